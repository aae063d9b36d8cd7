"""Responses in the two formats of GeoReport v2, from plain Python data.

JSON is written as UTF-8 without \\u escapes, XML by hand from the same data with every text
escaped, so that any text — Hangul, CJK, line breaks — reads back byte for byte: a carriage
return is written as a character reference (a parser would turn a raw one into a line feed),
and the few characters XML 1.0 cannot carry at all are left out.
"""

import json
import re
from xml.sax.saxutils import escape

from django.http import HttpResponse

from . import conf

# The element of each item of a list, by the list's element (the spec's own names).
XML_ITEM_NAMES = {
    "attributes": "attribute",
    "endpoints": "endpoint",
    "errors": "error",
    "formats": "format",
    "service_requests": "request",
    "services": "service",
    "values": "value",
}
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_ENTITIES = {"\r": "&#13;"}


def render(data, *, fmt: str, root: str, status: int = 200) -> HttpResponse:
    """`data` (dicts, lists, strings, numbers, booleans, None) as `fmt`. `root` names the XML
    document element; the JSON is `data` itself."""
    if fmt == "xml":
        body = '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_element(root, data)
    else:
        body = json.dumps(data, ensure_ascii=False)
    return HttpResponse(
        body.encode("utf-8"),
        status=status,
        content_type=f"{conf.MEDIA_TYPES.get(fmt, conf.MEDIA_TYPES['json'])}; charset=utf-8",
    )


def render_errors(errors: list[dict], *, fmt: str, status: int) -> HttpResponse:
    return render(errors, fmt=fmt, root="errors", status=status)


def xml_element(name: str, value) -> str:
    if value is None:
        return f"<{name}/>"
    if isinstance(value, dict):
        inner = "".join(xml_element(key, item) for key, item in value.items())
    elif isinstance(value, list | tuple):
        item_name = XML_ITEM_NAMES[name]
        inner = "".join(xml_element(item_name, item) for item in value)
    elif isinstance(value, bool):
        inner = "true" if value else "false"
    else:
        inner = xml_text(str(value))
    return f"<{name}>{inner}</{name}>"


def xml_text(text: str) -> str:
    return escape(_NOT_IN_XML.sub("", text), _XML_ENTITIES)
