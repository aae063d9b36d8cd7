"""translate_html(): translate a fragment with inline markup and give its tags back unchanged.

wagtail-localize hands over segments such as ``Visit <a id="a1">our site</a> <b>today</b>``.
A provider given HTML as text may rewrite or translate its tags, so each tag becomes a
placeholder token (``[X0X]`` — the form Weblate uses, which translation engines pass
through), the whole sentence is translated at once (the words inside tags too, and the
provider may move the tokens where the target language puts those words), and the tokens are
turned back into the exact original tags. If the provider lost, doubled or misnested a token,
the text between the tags is translated piece by piece instead, with the tags left in place.
"""

import re
from dataclasses import dataclass, replace
from html import escape, unescape

from .service import Translation, translate

TAG = re.compile(r"<[^<>]+>")
# Tolerant of what engines do to a token: spaces inside, lower case.
TOKEN = re.compile(r"\[\s*X\s*(\d+)\s*X\s*\]", re.IGNORECASE)
VOID_ELEMENTS = {"br", "hr", "img", "wbr", "input", "area", "col", "embed", "source", "track"}


@dataclass(frozen=True)
class _Tag:
    markup: str  # exactly as in the source
    closes: int | None = None  # for a closing tag: the index of the tag it closes
    opens: bool = False


def translate_html(*, html: str, source: str, target: str) -> Translation:
    """Like translate(), for an HTML fragment with inline tags: the result carries every tag
    of `html` exactly as written; only the text is translated."""
    markups = TAG.findall(html)
    texts = [unescape(text) for text in TAG.split(html)]  # one more text than tags
    if not markups:
        translation = translate(text=texts[0], source=source, target=target)
        return _with_text(translation, _escape(translation.text) if translation.machine else html)

    tags = _parse_tags(markups)
    if not any(TOKEN.search(text) for text in texts):
        protected = "".join(
            text + (f"[X{index}X]" if index < len(tags) else "") for index, text in enumerate(texts)
        )
        translation = translate(text=protected, source=source, target=target)
        if not translation.machine:
            return _with_text(translation, html)
        restored = _restore(translation.text, tags)
        if restored is not None:
            return _with_text(translation, restored)

    return _translate_piece_by_piece(texts=texts, tags=tags, source=source, target=target)


def _parse_tags(markups: list[str]) -> list[_Tag]:
    tags, open_stack = [], []
    for index, markup in enumerate(markups):
        name = _name(markup)
        if markup.startswith("</"):
            opener = next((i for i in reversed(open_stack) if _name(markups[i]) == name), None)
            if opener is not None:
                open_stack = open_stack[: open_stack.index(opener)]
            tags.append(_Tag(markup, closes=opener))
        elif markup.endswith("/>") or name in VOID_ELEMENTS or markup.startswith("<!"):
            tags.append(_Tag(markup))
        else:
            open_stack.append(index)
            tags.append(_Tag(markup, opens=True))
    return tags


def _name(markup: str) -> str:
    match = re.match(r"</?\s*([A-Za-z][\w:-]*)", markup)
    return match.group(1).lower() if match else ""


def _restore(translated: str, tags: list[_Tag]) -> str | None:
    """The translated text with its tokens back as tags; None if the tokens came back
    incomplete or in an order that would break the nesting of the tags."""
    pieces = TOKEN.split(translated)  # text, index, text, index, …, text
    indexes = [int(index) for index in pieces[1::2]]
    if sorted(indexes) != list(range(len(tags))):
        return None
    open_stack = []
    for index in indexes:
        tag = tags[index]
        if tag.opens:
            open_stack.append(index)
        elif tag.closes is not None and (not open_stack or open_stack.pop() != tag.closes):
            return None
    if open_stack:
        return None
    restored = []
    for position, piece in enumerate(pieces):
        restored.append(_escape(piece) if position % 2 == 0 else tags[int(piece)].markup)
    return "".join(restored)


def _translate_piece_by_piece(
    *, texts: list[str], tags: list[_Tag], source: str, target: str
) -> Translation:
    translations, restored = [], []
    for index, text in enumerate(texts):
        translation = translate(text=text, source=source, target=target)
        translations.append(translation)
        restored.append(_escape(translation.text))
        if index < len(tags):
            restored.append(tags[index].markup)
    machine_made = [translation for translation in translations if translation.machine]
    if not machine_made:  # nothing but whitespace between the tags
        return _with_text(translations[0], "".join(restored))
    return _with_text(
        machine_made[0],
        "".join(restored),
        cached=all(translation.cached for translation in machine_made),
    )


def _with_text(translation: Translation, text: str, *, cached: bool | None = None) -> Translation:
    return replace(translation, text=text, cached=translation.cached if cached is None else cached)


def _escape(text: str) -> str:
    return escape(text, quote=False)
