"""Is a PDF inert? Decided by parsing it with pypdf, never by matching bytes: names are read
decoded (``/J#61vaScript`` is ``/JavaScript``) and object streams are decompressed. Every object
the file holds is looked at — those the cross-reference table lists, those it hides (a viewer
repairing the file would find them) and those packed in object streams."""

import bisect
import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    StreamObject,
    read_object,
)

logger = logging.getLogger(__name__)


class Unreadable(Exception):
    """Not a PDF pypdf can read (damaged, truncated or encrypted): nothing can be vouched for."""


class ActiveContent(Exception):
    """Scripts, launch actions, embedded files or forms that run code."""


# Keys and names of what runs code or carries files: JavaScript (the document's name tree,
# /JS of an action, OpenAction or /AA pointing at one), launching programs, embedded files,
# XFA forms, Flash-era rich media, importing or submitting data.
ACTIVE_KEYS = frozenset(
    {"/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/EF", "/XFA"}
    | {"/RichMedia", "/RichMediaContent", "/RichMediaSettings", "/RichMediaExecute"}
)
ACTIVE_NAMES = frozenset(
    {"/JavaScript", "/Launch", "/EmbeddedFile", "/RichMedia", "/RichMediaExecute", "/GoToE"}
    | {"/ImportData", "/SubmitForm", "/Rendition", "/Movie", "/Sound"}
)
# Markup a browser sniffing the file could render: tags and event-handler attributes.
MARKUP = re.compile(
    rb"<\s*/?\s*(?:script|html|body|svg|iframe|img|object|embed|meta|form|style|link|a)\b"
    rb"|\bon[a-z]{3,}\s*=",
    re.IGNORECASE,
)
STREAM_BODY = re.compile(rb"\bstream\r?\n.*?\bendstream\b", re.DOTALL)
OBJECT_HEADER = re.compile(rb"(?<![\d.])(\d{1,10})\s+(\d{1,5})\s+obj\b")
EOF_MARKER = b"%%EOF"
WHITESPACE = b" \t\r\n\f\0"
# Walking a hostile file is bounded (pypdf reads some 2,000 objects a second here): a
# complaint's scan or letter has hundreds.
MAX_OBJECTS = 10_000


def check_pdf(data: bytes) -> None:
    """Raise Unreadable or ActiveContent; return when the PDF carries neither."""
    end = data.rfind(EOF_MARKER)
    if end < 0:
        raise Unreadable("no %%EOF")
    # What follows the end is ignored by viewers but read by a browser that sniffs it.
    if MARKUP.search(data[end + len(EOF_MARKER) :]):
        raise ActiveContent("markup after %%EOF")
    outside_streams = STREAM_BODY.sub(b"stream endstream", data)
    if MARKUP.search(outside_streams):
        raise ActiveContent("markup outside streams")
    reader = _reader(data)
    for value in _objects(reader, data):
        _check_object(value)


def _reader(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise Unreadable("encrypted: its strings and streams cannot be inspected")
        root = reader.trailer["/Root"].get_object()
        if not isinstance(root, DictionaryObject):
            raise Unreadable("no document catalog")
    except (PyPdfError, KeyError, ValueError, TypeError, AttributeError, RecursionError) as error:
        raise Unreadable(str(error)) from None
    return reader


def _objects(reader: PdfReader, data: bytes):
    """Every object: the trailer, those the cross-reference table lists, each one with an
    `N G obj` header in the file outside stream data (listed or not), and each one inside an
    object stream."""
    yield reader.trailer
    yield from _listed(reader)
    streams = [match.span() for match in STREAM_BODY.finditer(data)]  # sorted, disjoint
    starts = [start for start, _end in streams]

    def in_stream(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < streams[index][1]

    listed = {offset for table in reader.xref.values() for offset in table.values()}
    headers = (
        match
        for match in OBJECT_HEADER.finditer(data)
        if match.start() not in listed and not in_stream(match.start())
    )
    for count, match in enumerate(headers):
        if count >= MAX_OBJECTS:
            raise Unreadable("too many objects")
        value = _read_at(reader, data, match.end())
        yield value
        if isinstance(value, StreamObject) and value.get("/Type") == "/ObjStm":
            yield from _packed(reader, value)


def _listed(reader: PdfReader):
    numbers = {number for table in reader.xref.values() for number in table}
    numbers |= set(reader.xref_objStm)
    if len(numbers) > MAX_OBJECTS:
        raise Unreadable("too many objects")
    for number in sorted(numbers):
        try:
            value = reader.get_object(number)
        except (PyPdfError, KeyError, ValueError, TypeError, OSError, RecursionError) as error:
            raise Unreadable(f"object {number}: {error}") from None
        yield value
        if isinstance(value, StreamObject) and value.get("/Type") == "/ObjStm":
            yield from _packed(reader, value)  # members the table does not list, too


def _read_at(reader: PdfReader, data: bytes, offset: int):
    while offset < len(data) and data[offset] in WHITESPACE:
        offset += 1
    stream = io.BytesIO(data)
    stream.seek(offset)
    try:
        return read_object(stream, reader)
    except (PyPdfError, KeyError, ValueError, TypeError, RecursionError, OSError) as error:
        raise Unreadable(f"object at {offset}: {error}") from None


def _packed(reader: PdfReader, object_stream: StreamObject):
    try:
        content = object_stream.get_data()
        count, first = int(object_stream["/N"]), int(object_stream["/First"])
        numbers = content[:first].split()
        offsets = [int(offset) for offset in numbers[1 : 2 * count : 2]]
    except (PyPdfError, KeyError, ValueError, TypeError, OSError) as error:
        raise Unreadable(f"object stream: {error}") from None
    for offset in offsets:
        yield _read_at(reader, content, first + offset)


def _check_object(value) -> None:
    stack, seen = [value], 0
    while stack:
        value = stack.pop()
        seen += 1
        if seen > MAX_OBJECTS:
            raise Unreadable("too deeply nested")
        if isinstance(value, DictionaryObject):  # streams too: their dictionary
            for key, item in value.items():
                if key in ACTIVE_KEYS:
                    raise ActiveContent(key)
                stack.append(item)
        elif isinstance(value, ArrayObject):
            stack.extend(value)
        elif isinstance(value, NameObject) and value in ACTIVE_NAMES:
            raise ActiveContent(value)
