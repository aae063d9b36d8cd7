"""Search that ignores diacritics: "le hoi" finds "lễ hội", "Ha Noi" finds "Hà Nội".

Residents often type Vietnamese (and French, Spanish, …) without its marks on a phone or a
Korean keyboard. Each page indexes, beside its own text, the same text with the marks taken
off Latin letters (`folded_search_text`), and the query is folded the same way, so one code
path works on PostgreSQL and SQLite alike; Hangul, kana and Chinese characters are left as they
are. Pages indexed before this field existed need `manage.py update_index` once.
"""

import unicodedata

from wagtail.search import index

# Latin letters with a stroke have no decomposition: folded by hand.
STROKED = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"})


def _is_latin(character: str) -> bool:
    return (
        character.isascii()
        or "\u00c0" <= character <= "\u024f"
        or ("\u1e00" <= character <= "\u1eff")
    )


def fold(text: str) -> str:
    """`text` with the diacritics of its Latin letters removed, everything else kept."""
    kept = []
    base_is_latin = False
    for character in unicodedata.normalize("NFD", text):
        if unicodedata.combining(character):
            if base_is_latin:
                continue
        else:
            base_is_latin = _is_latin(character)
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept)).translate(STROKED)


def _text_of(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_text_of(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text_of(item) for item in value.values())
    return "" if value is None else str(value)


class FoldedSearchText:
    """Page mixin: add FOLDED_TEXT to the page's search_fields."""

    def folded_search_text(self) -> str:
        texts = [
            _text_of(field.get_value(self))
            for field in self.get_search_fields()
            if isinstance(field, index.SearchField) and field.field_name != FOLDED_TEXT.field_name
        ]
        text = " ".join(texts)
        folded = fold(text)
        # Text without diacritics is already indexed as it is.
        return folded if folded != text else ""


FOLDED_TEXT = index.SearchField("folded_search_text")
