"""Masking of contact data in text that the API publishes: residents sometimes write their
email address, phone number or name into the message itself.

Matching runs on a folded copy of the text (NFKC, so full-width ＠ and ０１０ read as @ and
010; accents dropped, so Nguyen finds Nguyễn); masks replace the matching stretch of the
original text, which is otherwise published as written."""

import re
import unicodedata
from dataclasses import dataclass
from itertools import permutations

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"
NAME_MASK = "[name]"
ADDRESS_MASK = "[address]"

# Scripts written without spaces: text runs into an address ("邮箱wang@example.cn电话").
CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
CJK_CHARACTER = re.compile(f"[{CJK}]")
# Internationalised addresses: letters of any script on both sides of the @.
# The local part starts where a run of its characters starts: tried once per run, not at
# each of its characters (a 4,000-character word would take quadratic time).
LOCAL_CHARACTERS = r"[\w.!#$%&'*+/=?^`{|}~-]"
LABEL = r"[^\W_](?:[\w-]*[^\W_])?"  # letters or digits, dashes inside
EMAIL = re.compile(
    rf"(?<!{LOCAL_CHARACTERS}){LOCAL_CHARACTERS}+@{LABEL}(?:\.{LABEL})*\.[^\W\d_]{{2,}}"
)
# Digits in groups joined by spaces, dashes, dots, slashes, underscores or brackets,
# optionally after "+" or "(+" (+82 10-…, (+82) 010-…).
SEPARATORS = r" \t\u00a0\-./_()\u2010-\u2015\u2212"
PHONE_CANDIDATE = re.compile(rf"(?<![0-9A-Za-z+])(?:\(?\+|\()?\d[\d{SEPARATORS}]*\d(?![0-9A-Za-z])")
# Candidates that are something else: a leading date (2026-11-29, 2026.11.29) …
LEADING_DATE = re.compile(
    r"^(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d)[ .\-/]*"
)
# … the minutes of a time before it …
TIME_BEFORE = re.compile(r"\d:$")
DATE = re.compile(r"^(?:19|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$")
# … a decimal number such as a coordinate (37.498095) …
# (without a leading zero: 010.12345678 is a phone number)
DECIMAL = re.compile(r"^(?:0|[1-9]\d{0,2})\.\d+$")
PHONE_GROUPS = re.compile(r"^\d{3}\.\d{4}$")
# … or an amount in thousands (15.000.000.000, 1 500 000 000): phone numbers end in 4 digits.
THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:([. \u00a0])\d{3})(?:\1\d{3})*$")
# Phone numbers have 9 (Seoul's 02-123-4567) to 15 (E.164's maximum) digits.
PHONE_DIGITS = range(9, 16)
# Between the parts of a name as people write it: nothing, spaces, a comma, a middle dot.
NAME_GAP = r"[\s,.\u00b7\u30fb]*"
# Characters that NFKC leaves as they are and that carry no accent: folded as they stand.
PLAIN_RUN = re.compile("[\x00-\x7f\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff\uac00-\ud7a3]+")
HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,5}$")
MAX_NAME_PARTS = 4  # permutations grow factorially
# Shorter places ("집", "A동") are ordinary words.
MIN_PLACE_LENGTH = 4


def redact_contact_data(text: str, *, name: str = "", place: str = "") -> str:
    """`text` with email addresses, phone numbers, the given name (in any order of its
    parts) and the place the resident typed (which only staff see) masked."""
    if not text:
        return text
    folded = Folded.of(text)
    spans = [(start, end, EMAIL_MASK) for start, end in _emails(folded.text)]
    spans += [(start, end, NAME_MASK) for start, end in _found(name_pattern(name), folded.text)]
    spans += [
        (start, end, ADDRESS_MASK) for start, end in _found(place_pattern(place), folded.text)
    ]
    spans += [(start, end, PHONE_MASK) for start, end in _phones(folded.text, taken=spans)]
    return folded.mask(spans)


@dataclass(frozen=True)
class Folded:
    """A text folded for matching, with where each of its characters came from."""

    original: str
    text: str
    origins: tuple[tuple[int, int], ...]  # per folded character: its original [start, end)

    @classmethod
    def of(cls, original: str) -> "Folded":
        pieces, origins, position = [], [], 0
        for run in PLAIN_RUN.finditer(original):
            start, end = run.span()
            if end < len(original) and _continues(original[end]):
                end -= 1  # the last character folds with the marks after it
            _fold_clusters(original, position, start, pieces, origins)
            pieces.append(original[start:end])
            origins.extend(zip(range(start, end), range(start + 1, end + 1), strict=True))
            position = max(end, start)
        _fold_clusters(original, position, len(original), pieces, origins)
        return cls(original=original, text="".join(pieces), origins=tuple(origins))

    def mask(self, spans: list[tuple[int, int, str]]) -> str:
        """The original with each folded [start, end) replaced by its mask; a span that
        overlaps an earlier one is left out."""
        result, position = [], 0
        for start, end, mask in sorted(
            ((self.origins[s][0], self.origins[e - 1][1], m) for s, e, m in spans if e > s),
            key=lambda span: (span[0], -span[1]),
        ):
            if start < position:
                continue
            result += [self.original[position:start], mask]
            position = end
        result.append(self.original[position:])
        return "".join(result)


def fold(text: str) -> str:
    """NFKC, then accents dropped from letters outside Hangul (whose syllables would
    decompose into jamo)."""
    folded = []
    for character in unicodedata.normalize("NFKC", text):
        if "\uac00" <= character <= "\ud7a3":
            folded.append(character)
            continue
        base = "".join(
            part
            for part in unicodedata.normalize("NFD", character)
            if not unicodedata.combining(part)
        )
        folded.append(unicodedata.normalize("NFC", base))  # a lone mark folds to nothing
    return "".join(folded)


def _fold_clusters(text: str, start: int, stop: int, pieces: list, origins: list) -> None:
    """Fold text[start:stop] cluster by cluster: each character with the combining marks (and
    Hangul vowel and final jamo) that follow it."""
    cluster_start = start
    for index in range(start + 1, stop + 1):
        if index == stop or not _continues(text[index]):
            folded = fold(text[cluster_start:index])
            pieces.append(folded)
            origins.extend([(cluster_start, index)] * len(folded))
            cluster_start = index


def _continues(character: str) -> bool:
    return bool(unicodedata.combining(character)) or "\u1160" <= character <= "\u11ff"


def _emails(text: str):
    if "@" not in text:
        return
    for match in EMAIL.finditer(text):
        start, end = match.span()
        local, domain = match.group(0).split("@", 1)
        # An address glued to Chinese, Japanese or Korean words: the words are not part of it.
        latin_tail = re.search(f"[^{CJK}]+$", local)
        if latin_tail and latin_tail.start() > 0:
            start += latin_tail.start()
        last_label = domain.rsplit(".", 1)[-1]
        if CJK_CHARACTER.search(last_label) and not CJK_CHARACTER.match(last_label):
            end -= len(last_label) - len(re.match(f"[^{CJK}]+", last_label).group(0))
        yield start, end


def _phones(text: str, *, taken: list[tuple[int, int, str]]):
    for start, end in _phones_in(text, offset=0):
        if not any(s < end and start < e for s, e, _ in taken):
            yield start, end


def _phones_in(text: str, *, offset: int):
    for match in PHONE_CANDIDATE.finditer(text):
        start, candidate = match.start(), match.group(0)
        if TIME_BEFORE.search(text, max(start - 2, 0), start):  # 22:30 1000000명: the 30 is minutes
            minutes = len(re.match(r"\d*", candidate).group(0))
            yield from _phones_in(candidate[minutes:], offset=offset + start + minutes)
        else:
            yield from _phone_spans(candidate, offset=offset + start)


def _phone_spans(candidate: str, *, offset: int):
    date = LEADING_DATE.match(candidate)
    if date:
        yield from _phones_in(candidate[date.end() :], offset=offset + date.end())
        return
    # A date or a decimal among space-separated numbers ("37.5 127.0", "3 2026-03-15") is
    # no part of a phone number: the numbers around it are looked at on their own. After a
    # "+" everything is (+82 10.12345678).
    tokens = [] if candidate.lstrip("(").startswith("+") else re.finditer(r"\S+", candidate)
    for token in tokens:
        if _other_number(token.group(0)):
            yield from _phones_in(candidate[: token.start()], offset=offset)
            yield from _phones_in(candidate[token.end() :], offset=offset + token.end())
            return
    if THOUSANDS.match(candidate):
        return
    digits = sum(character.isdigit() for character in candidate)
    if digits in PHONE_DIGITS:
        yield offset, offset + len(candidate)


def _other_number(token: str) -> bool:
    """A date, a decimal or an amount in thousands, not a group of a phone number (whose
    groups run 3 or 4 digits, then 4: 123.4567 may be one)."""
    if DATE.match(token) or THOUSANDS.match(token):
        return True
    return bool(DECIMAL.match(token)) and not PHONE_GROUPS.match(token)


def _found(pattern: re.Pattern | None, text: str):
    if pattern is not None:
        for match in pattern.finditer(text):
            yield match.span()


def place_pattern(place: str) -> re.Pattern | None:
    """The typed place as written, however spaced, in any case."""
    words = fold(place).split()
    if len("".join(words)) < MIN_PLACE_LENGTH:
        return None
    return _words_pattern([r"\s*".join(re.escape(word) for word in words)], place)


def name_pattern(name: str) -> re.Pattern | None:
    """The name's parts in any order, with or without spaces between them, in any case; a
    Korean name written as one word also as surname and given name apart."""
    parts = [part for part in re.split(r"[\s,]+", fold(name)) if part][:MAX_NAME_PARTS]
    if len("".join(parts)) < 2:
        return None
    orders = {tuple(order) for order in permutations(parts)}
    if len(parts) == 1 and HANGUL_NAME.match(parts[0]):
        # Surnames have one syllable or two (남궁, 선우): both readings are masked.
        word = parts[0]
        for cut in (1, 2)[: len(word) - 1]:
            orders |= {(word[:cut], word[cut:]), (word[cut:], word[:cut])}
    alternatives = sorted(
        (NAME_GAP.join(re.escape(part) for part in order) for order in orders),
        key=len,
        reverse=True,
    )
    return _words_pattern(alternatives, name)


def _words_pattern(alternatives: list[str], written: str) -> re.Pattern:
    """Any of `alternatives`, in any case. Latin words end where the word ends (Lee is not in
    Leeds); Chinese, Japanese and Korean ones run into particles (홍길동입니다)."""
    body = "(?:" + "|".join(alternatives) + ")"
    if not CJK_CHARACTER.search(written):
        body = r"(?<![^\W\d_])" + body + r"(?![^\W\d_])"
    return re.compile(body, re.IGNORECASE)
