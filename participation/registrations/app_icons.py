"""The offline check-in app's PNG icons, drawn with Pillow from the portal's mark
(static/img/check-in-app.svg: a blue rounded square, three QR finder squares and a tick).

Browsers install a web app only with PNG icons of 192 and 512 pixels in its manifest, and iOS
takes its home-screen icon from an apple-touch-icon (180 pixels, opaque: iOS rounds the corners
itself). The PNGs are committed; after changing the mark, regenerate them with
`python -m participation.registrations.app_icons`.
"""

from pathlib import Path

BLUE = "#003675"
WHITE = "#ffffff"
# The mark's own grid (the SVG's viewBox) and how much larger it is drawn before being scaled
# down, for smooth edges.
GRID = 512
OVERSAMPLE = 4

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
MANIFEST_ICONS = [("img/check-in-app-192.png", 192), ("img/check-in-app-512.png", 512)]
APPLE_TOUCH_ICON = ("img/check-in-app-apple-touch-icon.png", 180)


def draw_mark(size: int, *, rounded: bool = True):
    """The mark as a `size`×`size` RGBA image; `rounded=False` fills the corners (iOS)."""
    from PIL import Image, ImageDraw

    big = GRID * OVERSAMPLE

    def at(value: float) -> int:
        return round(value * OVERSAMPLE)

    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=at(96) if rounded else 0, fill=BLUE)
    # The three squares: 96 units wide, a 28-unit stroke centred on their edges.
    for left, top in ((128, 128), (288, 128), (128, 288)):
        box = (at(left - 14), at(top - 14), at(left + 96 + 14), at(top + 96 + 14))
        draw.rectangle(box, outline=WHITE, width=at(28))
    # The tick, with round caps and joins.
    points = [(at(300), at(340)), (at(340), at(380)), (at(412), at(292))]
    draw.line(points, fill=WHITE, width=at(32), joint="curve")
    radius = at(16)
    for x, y in points:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(directory: Path) -> list[Path]:
    """Write every icon under `directory` (the static folder); returns the files written."""
    written = []
    icons = [(path, size, True) for path, size in MANIFEST_ICONS]
    icons.append((*APPLE_TOUCH_ICON, False))
    for path, size, rounded in icons:
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        image = draw_mark(size, rounded=rounded)
        if not rounded:
            image = image.convert("RGB")
        image.save(target, format="PNG", optimize=True)
        written.append(target)
    return written


if __name__ == "__main__":
    for written in write_icons(STATIC_DIR):
        print(written)
