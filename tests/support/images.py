"""Photos as residents' phones send them: a JPEG with its location and orientation in EXIF,
a PNG with a text chunk."""

import io

from PIL import Image, PngImagePlugin

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
