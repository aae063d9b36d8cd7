"""Attachment checks: the type is read from the content, never from the name or the browser's
word for it. Photos are decoded and re-encoded without metadata (EXIF location, comments), which
also turns a polyglot into a plain image; PDFs must be PDFs and carry no scripts or files."""

import io
import re
import warnings
from dataclasses import dataclass

from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from portal.errors import lazy_format

from . import conf
from .errors import InvalidAttachment

IMAGE_FORMATS = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png")}
PDF_TYPE = ("application/pdf", ".pdf")
MAX_PIXELS = 40_000_000
# Formatted when shown, in the reader's language (5.0 MB, 5,0 MB).
_LIMIT = lazy(filesizeformat, str)(conf.MAX_ATTACHMENT_BYTES)
# Active content a complaint's PDF has no business carrying.
PDF_ACTIVE = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|OpenAction|AA)\b")
SAFE_NAME = re.compile(r"[^\w.\- ()]+", re.UNICODE)

WRONG_TYPE = _("“%(name)s” is not a JPEG, PNG or PDF file.")
TOO_LARGE = _("“%(name)s” is larger than %(limit)s.")
DAMAGED = _("“%(name)s” is damaged or cannot be read.")
ACTIVE_PDF = _("“%(name)s” contains scripts or embedded files, which are not accepted.")
TOO_MANY = _("You can attach at most %(count)d files.")


@dataclass(frozen=True)
class CheckedFile:
    name: str  # the resident's file name, cleaned, with the extension of the real type
    content: bytes
    content_type: str


def check_attachments(files) -> list[CheckedFile]:
    files = [f for f in files if f]
    if len(files) > conf.MAX_ATTACHMENTS:
        raise InvalidAttachment(lazy_format(TOO_MANY, {"count": conf.MAX_ATTACHMENTS}))
    return [check_attachment(f) for f in files]


def check_attachment(upload) -> CheckedFile:
    name = _clean_name(getattr(upload, "name", "") or "file")
    if upload.size > conf.MAX_ATTACHMENT_BYTES:
        raise InvalidAttachment(lazy_format(TOO_LARGE, {"name": name, "limit": _LIMIT}))
    upload.seek(0)
    data = upload.read(conf.MAX_ATTACHMENT_BYTES + 1)
    if len(data) > conf.MAX_ATTACHMENT_BYTES:
        raise InvalidAttachment(lazy_format(TOO_LARGE, {"name": name, "limit": _LIMIT}))
    if data.startswith(b"%PDF-"):
        return _checked_pdf(name, data)
    return _checked_image(name, data)


def _checked_image(name: str, data: bytes) -> CheckedFile:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(IMAGE_FORMATS)) as probe:
                probe.verify()
            image = Image.open(io.BytesIO(data), formats=list(IMAGE_FORMATS))
            if image.width * image.height > MAX_PIXELS:
                raise InvalidAttachment(lazy_format(DAMAGED, {"name": name}))
            image_format = image.format
            image.load()
    except InvalidAttachment:
        raise
    except (Image.UnidentifiedImageError, Image.DecompressionBombError, Warning):
        raise InvalidAttachment(lazy_format(WRONG_TYPE, {"name": name})) from None
    except (OSError, SyntaxError, ValueError):
        raise InvalidAttachment(lazy_format(DAMAGED, {"name": name})) from None
    content_type, extension = IMAGE_FORMATS[image_format]
    # Turn the pixels the way the camera meant, then save them alone: no EXIF, no GPS, no XMP.
    image = ImageOps.exif_transpose(image)
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    out = io.BytesIO()
    if image_format == "JPEG":
        image.save(out, "JPEG", quality=90, optimize=True)
    else:
        image.save(out, "PNG", optimize=True)
    return CheckedFile(
        name=_with_extension(name, extension), content=out.getvalue(), content_type=content_type
    )


def _checked_pdf(name: str, data: bytes) -> CheckedFile:
    if b"%%EOF" not in data[-2048:]:
        raise InvalidAttachment(lazy_format(DAMAGED, {"name": name}))
    if PDF_ACTIVE.search(data):
        raise InvalidAttachment(lazy_format(ACTIVE_PDF, {"name": name}))
    # Hidden HTML after the PDF: browsers sniffing it could run it.
    if re.search(rb"<(script|html|svg|iframe)", data, re.IGNORECASE):
        raise InvalidAttachment(lazy_format(ACTIVE_PDF, {"name": name}))
    content_type, extension = PDF_TYPE
    return CheckedFile(
        name=_with_extension(name, extension), content=data, content_type=content_type
    )


def _clean_name(name: str) -> str:
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = SAFE_NAME.sub("_", name).strip(" ._") or "file"
    return name[:120]


def _with_extension(name: str, extension: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}{extension}"
