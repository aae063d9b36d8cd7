"""Uploads at the HTTP level (the checks themselves: tests/participation/feedback/
test_uploads.py): what the browser sends through the feedback and follow-up forms is refused
with a message the resident understands and stores nothing, or is re-encoded and served back
so that no browser can run it."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image, PngImagePlugin

from participation.feedback.models import Attachment, FeedbackItem
from tests.support.pdfs import PAGES, PLAIN_PDF, build_pdf

from .conftest import client_for, feedback_form, jpeg_bytes, parse, png_bytes, upload
from .test_csrf import table_counts

pytestmark = pytest.mark.django_db

SVG = b"""<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>"""
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
PDF_WITH_JS = build_pdf(
    {
        1: b"<</Type/Catalog/Pages 2 0 R/OpenAction 3 0 R>>",
        2: PAGES,
        3: b"<</S/JavaScript/JS(app.alert(1))>>",
    }
)
PDF_HTML_POLYGLOT = PLAIN_PDF.replace(b"%%EOF", b"<html><script>alert(1)</script></html>\n%%EOF")
JPEG_HTML_POLYGLOT = jpeg_bytes() + HTML


def send(client, category, *files, language="en"):
    return client.post(
        f"/{language}/feedback/", feedback_form(category, attachments=list(files) or None)
    )


def form_errors(response) -> str:
    soup = parse(response.content)
    return " ".join(
        " ".join(node.get_text().split())
        for node in soup.select(".errorlist, [role=alert], .message--error")
    )


REFUSED = [
    ("photo.jpg", HTML, "is not a JPEG, PNG or PDF file"),
    ("drawing.svg", SVG, "is not a JPEG, PNG or PDF file"),
    ("drawing.png", SVG, "is not a JPEG, PNG or PDF file"),
    ("report.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200, "is not a JPEG, PNG or PDF file"),
    ("scan.pdf", PDF_WITH_JS, "contains scripts or embedded files"),
    ("scan.pdf", PDF_HTML_POLYGLOT, "contains scripts or embedded files"),
    ("photo.png", png_bytes()[:60], "is damaged or cannot be read"),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_refused_with_a_clear_message_and_nothing_stored(client, category, name, content, message):
    before = table_counts()
    response = send(client, category, upload(name, content))
    assert response.status_code == 200  # the form again, with what was typed
    assert message in form_errors(response)
    assert table_counts() == before


def test_oversized_file_is_refused_with_the_limit(client, category):
    big = upload("huge.jpg", b"\xff\xd8\xff" + b"\x00" * (5 * 1024 * 1024))
    response = send(client, category, big)
    assert response.status_code == 200
    errors = form_errors(response)
    assert "is larger than 5.0" in errors and "MB" in errors
    assert not FeedbackItem.objects.exists()


def test_the_message_is_in_the_residents_language(client, category):
    response = send(client, category, upload("drawing.svg", SVG), language="ko")
    assert "JPEG, PNG, PDF 파일이 아닙니다" in form_errors(response)
    assert "is not a JPEG" not in form_errors(response)


def test_four_files_are_refused(client, category):
    files = [upload(f"p{n}.png", png_bytes()) for n in range(4)]
    response = send(client, category, *files)
    assert "at most 3 files" in form_errors(response)
    assert not FeedbackItem.objects.exists()


def test_follow_up_attachments_are_checked_too(client, submit):
    item = submit()
    url = f"/en/feedback/status/{item.tracking_code}/follow-up/"
    before = table_counts()
    response = client.post(url, {"text": "One more photo", "attachments": upload("x.svg", SVG)})
    assert response.status_code == 400
    assert "is not a JPEG, PNG or PDF file" in form_errors(response)
    assert table_counts() == before


def _png_with_text_chunk() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    out = io.BytesIO()
    Image.new("RGB", (20, 20), "green").save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _served(client, item, attachment):
    response = client.get(f"/en/feedback/status/{item.tracking_code}/files/{attachment.pk}/")
    return response, b"".join(response.streaming_content)


def test_accepted_image_is_reencoded_and_served_so_it_cannot_run(client, category):
    sent = _png_with_text_chunk()
    response = send(client, category, upload("../../etc/<b>photo</b>.png", sent))
    assert response.status_code == 302
    item = FeedbackItem.objects.get()
    attachment = item.attachments.get()
    name = attachment.original_name
    assert name.endswith(".png") and not set(name) & set("/\\<>\"'")
    served, body = _served(client, item, attachment)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert served["Content-Disposition"].startswith("inline; filename=")
    assert name in served["Content-Disposition"]
    assert body != sent and b"<script" not in body
    assert Image.open(io.BytesIO(body)).size == (20, 20)
    # Stored outside MEDIA_ROOT (never served by the web server as a static file), by a name
    # the resident did not choose.
    stored = Path(attachment.file.path).resolve()
    assert not str(stored).startswith(str(Path(settings.MEDIA_ROOT).resolve()))
    assert "etc" not in stored.parts[-3:] and "<" not in stored.name


def test_jpeg_html_polyglot_is_served_as_plain_pixels(client, category):
    assert send(client, category, upload("photo.jpg", JPEG_HTML_POLYGLOT)).status_code == 302
    item = FeedbackItem.objects.get()
    served, body = _served(client, item, item.attachments.get())
    assert served["Content-Type"] == "image/jpeg"
    assert b"<script" not in body and b"<html" not in body
    assert body.startswith(b"\xff\xd8")


def test_pdf_is_a_download_not_a_page(client, category):
    assert send(client, category, upload("scan.PDF", PLAIN_PDF)).status_code == 302
    item = FeedbackItem.objects.get()
    served, body = _served(client, item, item.attachments.get())
    assert served["Content-Type"] == "application/pdf"
    assert served["Content-Disposition"].startswith("attachment;")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert body == PLAIN_PDF


def test_staff_downloads_are_attachments_with_nosniff(client, category, member):
    assert send(client, category, upload("photo.png", png_bytes())).status_code == 302
    item = FeedbackItem.objects.get()
    attachment = Attachment.objects.get()
    response = client_for(member).get(f"/admin/feedback/{item.pk}/files/{attachment.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


# --- decompression bombs ---------------------------------------------------------------------


def one_colour_png(side: int) -> bytes:
    out = io.BytesIO()
    Image.new("L", (side, side), 255).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def image_reads(monkeypatch):
    """Every Image.open and every decode (ImageFile.load) the request reaches."""
    from PIL import ImageFile

    from participation.feedback import uploads

    calls = []
    real_open, real_load = Image.open, ImageFile.ImageFile.load

    def open_(*args, **kwargs):
        calls.append("open")
        return real_open(*args, **kwargs)

    def load(image):
        calls.append("load")
        return real_load(image)

    monkeypatch.setattr(uploads.Image, "open", open_)
    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return calls


def test_bombs_in_a_form_without_consent_are_never_opened(client, category, image_reads):
    # Three 6,300 × 6,300 one-colour PNGs (about 170 KB each, 40 million pixels decoded).
    bombs = [upload(f"bomb{n}.png", one_colour_png(6300)) for n in range(3)]
    data = feedback_form(category, attachments=bombs, consent=None)
    response = client.post("/en/feedback/", data)
    assert response.status_code == 200
    assert "Please agree" in form_errors(response)
    assert image_reads == []
    assert not FeedbackItem.objects.exists()


def test_bombs_with_consent_are_refused_from_their_headers(client, category, image_reads):
    bombs = [upload(f"bomb{n}.png", one_colour_png(6300)) for n in range(3)]
    response = client.post("/en/feedback/", feedback_form(category, attachments=bombs))
    assert response.status_code == 200
    assert "too large together" in form_errors(response)
    assert "load" not in image_reads
    assert not FeedbackItem.objects.exists()


def test_follow_up_decodes_nothing_when_its_text_is_missing(client, submit, image_reads):
    item = submit()
    url = f"/en/feedback/status/{item.tracking_code}/follow-up/"
    response = client.post(url, {"text": "", "attachments": upload("p.png", png_bytes())})
    assert response.status_code == 400
    assert image_reads == []
