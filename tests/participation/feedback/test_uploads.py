"""Attachments are judged by their content; photos lose their metadata."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image, PngImagePlugin

from participation.feedback import conf
from participation.feedback.errors import InvalidAttachment
from participation.feedback.uploads import check_attachment, check_attachments
from tests.support.images import GPS_IFD, jpeg_bytes, png_bytes
from tests.support.pdfs import PAGES, PLAIN_PDF, build_pdf

PDF = PLAIN_PDF


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type)


def test_jpeg_loses_its_location_and_keeps_its_orientation():
    checked = check_attachment(upload("IMG_0001.JPG", jpeg_bytes(), "image/jpeg"))
    image = Image.open(io.BytesIO(checked.content))
    assert checked.content_type == "image/jpeg"
    assert checked.name == "IMG_0001.jpg"
    assert GPS_IFD not in image.getexif()
    assert b"GPS" not in checked.content
    assert image.size == (30, 40)  # turned as the camera meant, then saved without the tag


def test_png_loses_its_text_chunks():
    checked = check_attachment(upload("map.png", png_bytes(), "image/png"))
    assert checked.content_type == "image/png"
    assert "역삼로".encode() not in checked.content
    assert Image.open(io.BytesIO(checked.content)).size == (10, 10)


def test_pdf_is_kept_as_it_is():
    checked = check_attachment(upload("letter.pdf", PDF, "application/pdf"))
    assert (checked.content, checked.content_type) == (PDF, "application/pdf")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("photo.jpg", b"<script>alert(1)</script>", id="html-named-jpg"),
        pytest.param(
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            id="svg-with-script",
        ),
        pytest.param("photo.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", id="gif"),
        pytest.param("archive.pdf", b"PK\x03\x04zip", id="zip-named-pdf"),
    ],
)
def test_files_that_are_not_what_we_accept_are_refused(name, content):
    with pytest.raises(InvalidAttachment) as refused:
        check_attachment(upload(name, content, "image/jpeg"))
    with translation.override("en"):
        assert "is not a JPEG, PNG or PDF file" in str(refused.value.message)


def test_pdf_with_javascript_is_refused():
    scripted = build_pdf(
        {1: b"<</Type/Catalog/Pages 2 0 R/OpenAction<</JS(app.alert(1))>>>>", 2: PAGES}
    )
    with pytest.raises(InvalidAttachment):
        check_attachment(upload("form.pdf", scripted))


def catalog(extra: bytes) -> bytes:
    return b"<</Type/Catalog/Pages 2 0 R" + extra + b">>"


JS_ACTION = b"<</S/JavaScript/JS(app.alert(1))>>"
ACTIVE_PDFS = {
    # Names may spell any character as #xx: /Open#41ction is /OpenAction, /J#61vaScript is
    # /JavaScript, and no byte pattern sees them.
    "escaped-names": build_pdf(
        {1: catalog(b"/Open#41ction 3 0 R"), 2: PAGES, 3: b"<</S/J#61vaScript/J#53(app.alert(1))>>"}
    ),
    # The action hidden in a Flate-compressed object stream, listed by a cross-reference stream.
    "compressed-object-stream": build_pdf(
        {1: catalog(b"/OpenAction 3 0 R"), 2: PAGES, 3: JS_ACTION}, packed=(1, 3)
    ),
    # The same with no cross-reference table: viewers repair the file and find it.
    "object-stream-without-xref": build_pdf(
        {1: catalog(b"/Open#41ction 3 0 R"), 2: PAGES, 3: JS_ACTION}, packed=(3,), xref=False
    ),
    # An object stream the table lists, holding an object it does not list.
    "unlisted-object-in-a-listed-stream": build_pdf(
        {1: catalog(b""), 2: PAGES, 3: b"<</Title(x)>>", 9: b"<</S/Launch/F(cmd.exe)>>"},
        packed=(3, 9),
        unlisted=(9,),
    ),
    # An object the cross-reference table does not list, which a repairing viewer reads.
    "unlisted-object": PLAIN_PDF.replace(
        b"%PDF-1.7\n", b"%PDF-1.7\n9 0 obj<</S/Launch/F(cmd.exe)>>endobj\n", 1
    ),
    "page-additional-action": build_pdf(
        {
            1: catalog(b""),
            2: b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            3: b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]/AA<</O 4 0 R>>>>",
            4: JS_ACTION,
        }
    ),
    "document-javascript": build_pdf(
        {
            1: catalog(b"/Names<</JavaScript 3 0 R>>"),
            2: PAGES,
            3: b"<</Names[(a) 4 0 R]>>",
            4: JS_ACTION,
        }
    ),
    "launch": build_pdf({1: catalog(b"/OpenAction<</S/Launch/F(calc.exe)>>"), 2: PAGES}),
    "embedded-file": build_pdf(
        {
            1: catalog(b"/Names<</EmbeddedFiles<</Names[(x.exe) 3 0 R]>>>>"),
            2: PAGES,
            3: b"<</Type/Filespec/F(x.exe)/EF<</F 4 0 R>>>>",
            4: b"<</Type/EmbeddedFile/Length 2>>stream\nMZ\nendstream",
        }
    ),
    "xfa-form": build_pdf({1: catalog(b"/AcroForm<</Fields[]/XFA 3 0 R>>"), 2: PAGES, 3: b"()"}),
    "rich-media": build_pdf(
        {1: catalog(b""), 2: PAGES, 3: b"<</Type/Annot/Subtype/RichMedia/Rect[0 0 1 1]>>"}
    ),
    # HTML with an event handler appended after %%EOF: a browser sniffing the file runs it.
    "html-after-eof": PLAIN_PDF + b"<img src=x onerror=alert(document.domain)>\n",
    "handler-after-eof": PLAIN_PDF + b'<p onmouseover="alert(1)">hello</p>',
}


@pytest.mark.parametrize("content", ACTIVE_PDFS.values(), ids=ACTIVE_PDFS.keys())
def test_pdf_with_active_content_is_refused_however_it_is_written(content):
    with pytest.raises(InvalidAttachment) as refused:
        check_attachment(upload("scan.pdf", content))
    with translation.override("en"):
        assert "contains scripts or embedded files" in str(refused.value.message)


def test_pdf_that_moves_to_a_page_when_opened_is_accepted():
    content = build_pdf(
        {
            1: catalog(b"/OpenAction[3 0 R/Fit]"),
            2: b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            3: b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>",
        },
        packed=(2,),
        tail=b"\r\n\0\0",
    )
    assert check_attachment(upload("scan.pdf", content)).content == content


def test_bytes_inside_stream_data_are_not_taken_for_objects():
    # Compressed or binary stream data may hold anything, "7 0 obj" and "<script" included.
    noise = b"7 0 obj << ( <script> \xff\x00"
    content = build_pdf(
        {
            1: catalog(b""),
            2: b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            3: b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]/Contents 4 0 R>>",
            4: b"<</Length %d>>stream\n" % len(noise) + noise + b"\nendstream",
        }
    )
    assert check_attachment(upload("scan.pdf", content)).content == content


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"%PDF-1.4\nhello\n%%EOF\n", id="no-objects"),
        pytest.param(PLAIN_PDF[: len(PLAIN_PDF) // 2] + b"\n%%EOF\n", id="cut-in-half"),
        pytest.param(PLAIN_PDF.replace(b"/Count 0>>", b"/Count 0 (>>"), id="unbalanced"),
    ],
)
def test_unparseable_pdf_is_refused_as_unreadable(content):
    with pytest.raises(InvalidAttachment) as refused:
        check_attachment(upload("scan.pdf", content))
    with translation.override("ko"):
        assert "손상되었거나 읽을 수 없습니다" in str(refused.value.message)


def test_polyglot_pdf_with_html_is_refused():
    with pytest.raises(InvalidAttachment):
        check_attachment(upload("x.pdf", PDF + b"<html><script>alert(1)</script></html>"))


def test_polyglot_jpeg_is_rewritten_to_plain_pixels():
    polyglot = jpeg_bytes(with_gps=False) + b"<script>alert(document.cookie)</script>"
    checked = check_attachment(upload("cat.jpg", polyglot, "image/jpeg"))
    assert b"<script>" not in checked.content


def test_truncated_image_is_refused_as_damaged():
    with pytest.raises(InvalidAttachment) as refused:
        check_attachment(upload("half.jpg", jpeg_bytes()[:200], "image/jpeg"))
    with translation.override("en"):
        assert "damaged" in str(refused.value.message)


def test_oversized_file_is_refused_before_it_is_read():
    big = upload("big.pdf", PDF + b"0" * conf.MAX_ATTACHMENT_BYTES)
    with pytest.raises(InvalidAttachment) as refused:
        check_attachment(big)
    with translation.override("en"):
        assert "is larger than 5.0\xa0MB" in str(refused.value.message)


def test_at_most_three_files():
    files = [upload(f"{n}.pdf", PDF) for n in range(4)]
    with pytest.raises(InvalidAttachment):
        check_attachments(files)
    assert len(check_attachments(files[:3])) == 3


def test_file_names_cannot_carry_paths_or_markup():
    checked = check_attachment(upload("../../etc/<img src=x onerror=alert(1)>.pdf", PDF))
    assert "/" not in checked.name and "<" not in checked.name


# --- metadata ------------------------------------------------------------------------------

# Segments a re-encoded baseline or progressive JPEG needs; APP0 only as the bare JFIF header.
JPEG_IMAGE_MARKERS = {0xC0, 0xC1, 0xC2, 0xC4, 0xDB, 0xDD, 0xE0}


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, payload) of each segment from SOI up to the start of the scan."""
    assert data[:2] == b"\xff\xd8"
    segments, position = [], 2
    while True:
        marker = data[position + 1]
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segments.append((marker, data[position + 4 : position + 2 + length]))
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            return segments
        position += 2 + length


def png_chunks(data: bytes) -> list[bytes]:
    chunks, position = [], 8
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        chunks.append(data[position + 4 : position + 8])
        position += 12 + length
    return chunks


def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def jpeg_with_every_kind_of_metadata() -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret-exif-description"
    Image.new("RGB", (24, 16), "navy").save(
        out,
        "JPEG",
        comment=b"secret-comment <script>alert(1)</script>",
        exif=exif,
        icc_profile=srgb_profile(),
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret-xmp</x:xmpmeta>',
    )
    data = out.getvalue()
    # A Photoshop APP13 segment with IPTC text, and a second comment, right after SOI.
    app13 = b"Photoshop 3.0\0secret-iptc"
    comment = b"secret-second-comment"
    extra = (
        b"\xff\xed"
        + (len(app13) + 2).to_bytes(2, "big")
        + app13
        + b"\xff\xfe"
        + (len(comment) + 2).to_bytes(2, "big")
        + comment
    )
    return data[:2] + extra + data[2:]


def test_jpeg_loses_comments_and_every_other_metadata_segment():
    sent = jpeg_with_every_kind_of_metadata()
    assert {0xFE, 0xE1, 0xE2, 0xED} <= {marker for marker, _ in jpeg_segments(sent)}

    checked = check_attachment(upload("photo.jpg", sent, "image/jpeg")).content

    segments = jpeg_segments(checked)
    markers = {marker for marker, _ in segments[:-1]}
    assert markers <= JPEG_IMAGE_MARKERS, sorted(hex(m) for m in markers - JPEG_IMAGE_MARKERS)
    assert [payload[:5] for marker, payload in segments if marker == 0xE0] == [b"JFIF\0"]
    assert b"secret" not in checked and b"<script" not in checked
    assert Image.open(io.BytesIO(checked)).size == (24, 16)


def test_png_keeps_only_pixels_and_transparency():
    out = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "secret-text")
    info.add_itxt("XML:com.adobe.xmp", "secret-xmp", zip=True)
    image = Image.new("P", (12, 12), 1)
    image.putpalette([0, 0, 0, 255, 0, 0])
    image.save(out, "PNG", pnginfo=info, icc_profile=srgb_profile(), dpi=(300, 300), transparency=1)

    checked = check_attachment(upload("map.png", out.getvalue(), "image/png")).content

    assert set(png_chunks(checked)) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
    assert b"secret" not in checked
    assert Image.open(io.BytesIO(checked)).convert("RGBA").getpixel((0, 0))[3] == 0


# --- pixels per submission -----------------------------------------------------------------


def big_png(side: int) -> bytes:
    out = io.BytesIO()
    Image.new("L", (side, side), 255).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def decodes(monkeypatch):
    """Counts the image decodes (ImageFile.load) the checks reach."""
    from PIL import ImageFile

    calls = []
    real_load = ImageFile.ImageFile.load

    def load(image):
        calls.append(image.size)
        return real_load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return calls


def test_pixels_are_capped_per_submission_before_anything_is_decoded(settings, decodes):
    settings.FEEDBACK_MAX_PIXELS_PER_SUBMISSION = 3 * 100 * 100 - 1
    files = [upload(f"{n}.png", big_png(100)) for n in range(3)]
    with pytest.raises(InvalidAttachment) as refused:
        check_attachments(files)
    with translation.override("en"):
        assert "too large together" in str(refused.value.message)
    assert decodes == []
    settings.FEEDBACK_MAX_PIXELS_PER_SUBMISSION = 3 * 100 * 100
    assert len(check_attachments([upload(f"{n}.png", big_png(100)) for n in range(3)])) == 3
    assert decodes  # decoded once they fit


def test_a_decompression_bomb_is_refused_unread(decodes):
    # 6,300 × 6,300 pixels of one colour: 170 KB of PNG, 40 million pixels decoded.
    with pytest.raises(InvalidAttachment):
        check_attachments([upload(f"{n}.png", big_png(6300)) for n in range(3)])
    assert decodes == []


def test_a_pdf_with_too_many_objects_is_refused_unread(monkeypatch):
    from participation.feedback import pdfs

    monkeypatch.setattr(pdfs, "MAX_OBJECTS", 5)
    content = build_pdf({1: catalog(b""), 2: PAGES, **dict.fromkeys(range(3, 9), b"<<>>")})
    with pytest.raises(InvalidAttachment) as refused:
        check_attachment(upload("scan.pdf", content))
    with translation.override("en"):
        assert "damaged or cannot be read" in str(refused.value.message)
