"""PDFs built byte by byte for the upload tests: loose objects, objects packed in a
Flate-compressed object stream, a cross-reference stream (or none), bytes after %%EOF."""

import struct
import zlib


def build_pdf(
    objects: dict[int, bytes], *, root=1, packed=(), unlisted=(), tail=b"", xref=True
) -> bytes:
    """`objects` maps numbers to bodies; those in `packed` go into one object stream, those in
    `unlisted` are left out of the cross-reference stream. Without `xref` the file has a bare
    trailer (and a wrong startxref), as hand-made and damaged files do."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    packed = [n for n in objects if n in packed]
    loose = [n for n in objects if n not in packed]
    stm_num = max(objects) + 1 if packed else None
    for n in loose:
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    index = {}
    if packed:
        header, body = b"", b""
        for i, n in enumerate(packed):
            index[n] = i
            header += b"%d %d " % (n, len(body))
            body += objects[n] + b" "
        data = zlib.compress(header + body)
        offsets[stm_num] = len(out)
        out += (
            b"%d 0 obj\n<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>\nstream\n"
            % (stm_num, len(packed), len(header), len(data))
            + data
            + b"\nendstream\nendobj\n"
        )
    size = max([*objects, stm_num or 0]) + 2
    xref_num = size - 1
    if xref:
        rows = b""
        for n in range(size):
            if n in unlisted:
                rows += struct.pack(">BIH", 0, 0, 0xFFFF)
            elif n in index:
                rows += struct.pack(">BIH", 2, stm_num, index[n])
            elif n in offsets:
                rows += struct.pack(">BIH", 1, offsets[n], 0)
            elif n == xref_num:
                rows += struct.pack(">BIH", 1, len(out), 0)
            else:
                rows += struct.pack(">BIH", 0, 0, 0xFFFF)
        start = len(out)
        out += (
            b"%d 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Root %d 0 R/Length %d>>\nstream\n"
            % (xref_num, size, root, len(rows))
            + rows
            + b"\nendstream\nendobj\n"
        )
        out += b"startxref\n%d\n%%%%EOF\n" % start
    else:
        out += b"trailer<</Root %d 0 R/Size %d>>\nstartxref\n0\n%%%%EOF\n" % (root, size)
    return bytes(out) + tail


CATALOG = b"<</Type/Catalog/Pages 2 0 R>>"
PAGES = b"<</Type/Pages/Kids[]/Count 0>>"
PLAIN_PDF = build_pdf({1: CATALOG, 2: PAGES})
