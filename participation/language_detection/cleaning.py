"""clean_text(): what is left of a resident's text once the parts that belong to no language
are gone — links, email addresses, @handles, control characters."""

import re
import unicodedata

URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+", re.IGNORECASE)
# A bare host name ("gangnam.go.kr/feedback"): only with a lower-case top-level domain that
# people type, so that "Anmeldung.Es geht" (a missing space) stays text.
BARE_HOST = re.compile(
    r"\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\."
    r"(?:com|net|org|info|biz|edu|gov|io|app|dev|me|co|kr|jp|cn|vn|ru|mn|th|ph|uz|id|np|kh|mm"
    r"|es|fr|de|eu|sa|ae)\b(?:/\S*)?"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HANDLE = re.compile(r"(?<!\w)@\w+")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Format characters (Unicode category Cf): soft hyphen, zero-width space and joiners, direction
# marks, byte-order mark, emoji tags. They sit inside words, so they go without a space.
FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
# Letters only: \w without digits and underscore.
LETTER = re.compile(r"[^\W\d_]")
SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """`text` without URLs, email addresses, @handles and control or format characters, its
    whitespace collapsed. Emails go before handles, so that no "@example" is left behind."""
    # Composed form: a phone may send "cảm" as c, a, U+0309, m; the rules look for "ả".
    text = unicodedata.normalize("NFC", FORMAT.sub("", CONTROL.sub(" ", text)))
    for pattern in (URL, EMAIL, BARE_HOST, HANDLE):
        text = pattern.sub(" ", text)
    return SPACES.sub(" ", text).strip()


def count_letters(text: str) -> int:
    return len(LETTER.findall(text))
