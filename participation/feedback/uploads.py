"""Attachment checks: the type is read from the content, never from the name or the browser's
word for it. Photos' pixels are counted from their headers (all of a message together) before
any is decoded, then decoded and re-encoded with nothing but pixels (no EXIF location, comment,
XMP, ICC profile or other APPn segment), which also turns a polyglot into a plain image. PDFs
are parsed (pdfs.py) and must carry no scripts, launch actions, files or forms."""

import io
import re
import warnings
from dataclasses import dataclass

from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps

from portal.errors import lazy_format

from . import conf, pdfs
from .errors import InvalidAttachment

IMAGE_FORMATS = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png")}
PDF_TYPE = ("application/pdf", ".pdf")
# Formatted when shown, in the reader's language (5.0 MB, 5,0 MB).
_LIMIT = lazy(filesizeformat, str)(conf.MAX_ATTACHMENT_BYTES)
SAFE_NAME = re.compile(r"[^\w.\- ()]+", re.UNICODE)
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))

WRONG_TYPE = _("“%(name)s” is not a JPEG, PNG or PDF file.")
TOO_LARGE = _("“%(name)s” is larger than %(limit)s.")
DAMAGED = _("“%(name)s” is damaged or cannot be read.")
ACTIVE_PDF = _("“%(name)s” contains scripts or embedded files, which are not accepted.")
TOO_MANY = _("You can attach at most %(count)d files.")
TOO_MANY_PIXELS = _(
    "The photos are too large together: at most %(megapixels)d megapixels per message. "
    "Please send smaller photos."
)


@dataclass(frozen=True)
class CheckedFile:
    name: str  # the resident's file name, cleaned, with the extension of the real type
    content: bytes
    content_type: str


def check_counts_and_sizes(files) -> list:
    """The checks that read nothing: how many files, how large. The forms run them with the
    other fields; check_attachments, which decodes, only once the rest of the form is valid."""
    files = [f for f in files if f]
    if len(files) > conf.MAX_ATTACHMENTS:
        raise InvalidAttachment(lazy_format(TOO_MANY, {"count": conf.MAX_ATTACHMENTS}))
    for upload in files:
        if upload.size > conf.MAX_ATTACHMENT_BYTES:
            raise InvalidAttachment(
                lazy_format(TOO_LARGE, {"name": _name(upload), "limit": _LIMIT})
            )
    return files


def check_attachments(files) -> list[CheckedFile]:
    """Each file judged by its content; images' pixels counted from their headers, all
    together against conf.max_pixels_per_submission(), before any of them is decoded."""
    opened = [_opened(upload) for upload in check_counts_and_sizes(files)]
    pixels = sum(image.width * image.height for _name, _data, image in opened if image)
    if pixels > conf.max_pixels_per_submission():
        megapixels = conf.max_pixels_per_submission() // 1_000_000
        raise InvalidAttachment(lazy_format(TOO_MANY_PIXELS, {"megapixels": megapixels}))
    return [
        _checked_image(name, image) if image else _checked_pdf(name, data)
        for name, data, image in opened
    ]


def check_attachment(upload) -> CheckedFile:
    return check_attachments([upload])[0]


def _name(upload) -> str:
    return _clean_name(getattr(upload, "name", "") or "file")


def _opened(upload) -> tuple[str, bytes, Image.Image | None]:
    """The file's name, its bytes and, for an image, the image with only its header read."""
    name = _name(upload)
    upload.seek(0)
    data = upload.read(conf.MAX_ATTACHMENT_BYTES + 1)
    if len(data) > conf.MAX_ATTACHMENT_BYTES:
        raise InvalidAttachment(lazy_format(TOO_LARGE, {"name": name, "limit": _LIMIT}))
    if data.startswith(b"%PDF-"):
        return name, data, None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # verify() walks the chunks and their checksums without inflating any pixels.
            with Image.open(io.BytesIO(data), formats=list(IMAGE_FORMATS)) as probe:
                probe.verify()
            return name, data, Image.open(io.BytesIO(data), formats=list(IMAGE_FORMATS))
    except (Image.UnidentifiedImageError, Image.DecompressionBombError, Warning):
        raise InvalidAttachment(lazy_format(WRONG_TYPE, {"name": name})) from None
    except (OSError, SyntaxError, ValueError):
        raise InvalidAttachment(lazy_format(DAMAGED, {"name": name})) from None


def _checked_image(name: str, image: Image.Image) -> CheckedFile:
    image_format = image.format
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
    except (Image.DecompressionBombError, Warning):
        raise InvalidAttachment(lazy_format(WRONG_TYPE, {"name": name})) from None
    except (OSError, SyntaxError, ValueError):
        raise InvalidAttachment(lazy_format(DAMAGED, {"name": name})) from None
    content_type, extension = IMAGE_FORMATS[image_format]
    out = io.BytesIO()
    image = _pixels_only(image)
    if image_format == "JPEG":
        image.save(out, "JPEG", quality=90, optimize=True)
    else:
        image.save(out, "PNG", optimize=True)
    return CheckedFile(
        name=_with_extension(name, extension), content=out.getvalue(), content_type=content_type
    )


def _pixels_only(image: Image.Image) -> Image.Image:
    """The pixels, turned the way the camera meant and in sRGB, with nothing else: Pillow writes
    back what `info` holds (comments, EXIF, XMP, ICC profile, resolution), so it is emptied."""
    profile = image.info.get("icc_profile")
    image = ImageOps.exif_transpose(image)
    if profile and image.mode in ("RGB", "RGBA"):
        image = _in_srgb(image, profile)
    if image.format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif image.mode not in ("RGB", "RGBA", "L", "LA", "P", "1", "I;16", "I"):
        image = image.convert("RGBA")
    transparency = image.info.get("transparency")
    image.info = {} if transparency is None else {"transparency": transparency}
    return image


def _in_srgb(image: Image.Image, profile: bytes) -> Image.Image:
    """Colours kept as they looked (a phone's Display P3 photo) without its profile."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        return ImageCms.profileToProfile(image, source, SRGB, outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image  # an unusable profile: the pixels as they are


def _checked_pdf(name: str, data: bytes) -> CheckedFile:
    try:
        pdfs.check_pdf(data)
    except pdfs.Unreadable:
        raise InvalidAttachment(lazy_format(DAMAGED, {"name": name})) from None
    except pdfs.ActiveContent:
        raise InvalidAttachment(lazy_format(ACTIVE_PDF, {"name": name})) from None
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
