"""The demo's pictures (demo/data/images/, drawn for the demo and free to reuse), stored once
each as Wagtail images: a second load finds an image by the hash of its file."""

from pathlib import Path

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

IMAGES = Path(__file__).resolve().parent / "data" / "images"


def demo_image(filename: str):
    """The Wagtail image of demo/data/images/<filename>, created on first use."""
    image_model = get_image_model()
    path = IMAGES / filename
    with path.open("rb") as file:
        file_hash = hash_filelike(file)
    existing = image_model.objects.filter(file_hash=file_hash).first()
    if existing is not None:
        return existing
    with path.open("rb") as file:
        image = image_model(
            title=path.stem.replace("-", " "), file_hash=file_hash, file_size=path.stat().st_size
        )
        image.file = ImageFile(file, name=filename)
        image.save()
    return image
