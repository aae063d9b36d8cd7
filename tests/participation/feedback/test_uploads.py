"""Attachments are judged by their content; photos lose their metadata."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image, PngImagePlugin

from participation.feedback import conf
from participation.feedback.errors import InvalidAttachment
from participation.feedback.uploads import check_attachment, check_attachments

GPS_IFD = 0x8825


def jpeg_bytes(*, with_gps=True, size=(40, 30)) -> bytes:
    image = Image.new("RGB", size, "blue")
    exif = Image.Exif()
    if with_gps:
        exif[GPS_IFD] = {1: "N", 2: (37.0, 30.0, 0.0), 3: "E", 4: (127.0, 2.0, 0.0)}
    exif[0x0112] = 6  # orientation: rotate 90° when shown
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def png_bytes() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "home address: 역삼로 1")
    out = io.BytesIO()
    Image.new("RGBA", (10, 10), (255, 0, 0, 128)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


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
    scripted = PDF.replace(b"/Type/Catalog", b"/Type/Catalog/OpenAction<</JS(app.alert(1))>>")
    with pytest.raises(InvalidAttachment):
        check_attachment(upload("form.pdf", scripted))


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
