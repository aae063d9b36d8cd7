"""Refresh the vendored KRDS (Korea Design System, npm ``krds-uiux``) in static/vendor/krds/.

python -m portal.krds_vendor            rebuild from the version in static/vendor/krds/VERSION
python -m portal.krds_vendor 1.2.0      rebuild from another published version (``make krds``)

Needs Node.js and npm. Into a temporary folder it installs ``krds-uiux`` and the Sass compiler
from the npm registry, compiles only the KRDS parts the portal uses (COMPONENTS) into one
``krds.css``, and copies the icons that CSS names and two weights of the Pretendard GOV font.
Nothing is fetched at run time: the pages load these files from the portal itself.

KRDS sizes everything in rem on a 10 px root (``html { font-size: 62.5% }``). The portal keeps
the browser's root size, so the rest of its CSS (and the visitor's font-size setting) work as
everywhere else; the build multiplies KRDS's rem values by 0.625 instead, which draws the same
pixels.
"""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from portal import npm_vendor

BASE_DIR = Path(__file__).resolve().parent.parent
VENDOR_DIR = BASE_DIR / "static" / "vendor" / "krds"
PACKAGE = "krds-uiux"
SASS_VERSION = "1.77.8"
# KRDS's Sass partials, in KRDS's own order: tokens and reset first, then the components.
COMMON = ["common/include", "common/root", "common/icon", "common/reset"]
COMPONENTS = [
    "button",
    "tab",
    "table",
    "skip_link",
    "header",
    "main_menu",
    "footer",
    "identifier",
    "pagination",
    "breadcrumb",
    "form_layout",
    "input",
    "select",
    "form_check",
    "language_switcher",
    "text_list",
]
FONT_WEIGHTS = {"Regular": 400, "Bold": 700}
REM_SCALE = 10 / 16
REM = re.compile(r"(?<![\w.-])(\d*\.?\d+)rem\b")
URL = re.compile(r"url\(([\"']?)[^)\"']*/(ico_[\w-]+\.svg)\1\)")


def rescale_rem(css: str) -> str:
    def scaled(match: re.Match) -> str:
        value = float(match.group(1)) * REM_SCALE
        return f"{value:.4f}".rstrip("0").rstrip(".") + "rem"

    css = re.sub(r"--krds-font-size-base:\s*62\.5%", "--krds-font-size-base:100%", css)
    return REM.sub(scaled, css)


def font_faces() -> str:
    return "".join(
        "@font-face{font-family:'Pretendard GOV';font-style:normal;font-display:swap;"
        f"font-weight:{weight};src:url(fonts/PretendardGOV-{name}.subset.woff2) format('woff2')}}"
        for name, weight in FONT_WEIGHTS.items()
    )


def build(version: str) -> None:
    npm = npm_vendor.npm_or_exit(PACKAGE)
    with tempfile.TemporaryDirectory(prefix="krds-") as tmp:
        work = Path(tmp)
        subprocess.run(  # noqa: S603 - fixed arguments, the version comes from the maintainer
            [npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(work),
             f"{PACKAGE}@{version}", f"sass@{SASS_VERSION}"],
            check=True,
        )  # fmt: skip
        package = work / "node_modules" / PACKAGE
        resources = package / "resources"
        entry = resources / "scss" / "portal-entry.scss"
        imports = COMMON + [f"component/{name}" for name in COMPONENTS]
        entry.write_text("".join(f'@import "{name}";\n' for name in imports))
        compiled = work / "krds.css"
        subprocess.run(  # noqa: S603 - the compiler just installed
            [str(work / "node_modules" / ".bin" / "sass"), "--no-source-map", "--quiet",
             "--style=compressed", f"--load-path={resources / 'scss'}", str(entry), str(compiled)],
            check=True,
        )  # fmt: skip
        tokens = (resources / "css" / "token" / "krds_tokens.css").read_text()
        tokens = re.sub(r'@charset "[^"]*";', "", tokens, flags=re.IGNORECASE)
        css = compiled.read_text().removeprefix("\ufeff").removeprefix('@charset "UTF-8";')
        css = re.sub(r"\s*\n\s*", "", tokens) + css
        icons = sorted({match.group(2) for match in URL.finditer(css)})
        css = URL.sub(lambda match: f"url(icons/{match.group(2)})", css)
        css = f"/* KRDS {PACKAGE}@{version} (ISC) — built by portal/krds_vendor.py */\n" + (
            font_faces() + rescale_rem(css)
        )

        npm_vendor.replace_folder(VENDOR_DIR)
        (VENDOR_DIR / "icons").mkdir()
        (VENDOR_DIR / "fonts").mkdir()
        (VENDOR_DIR / "krds.css").write_text(css)
        for icon in icons:
            shutil.copy(resources / "img" / "component" / "icon" / icon, VENDOR_DIR / "icons")
        for name in FONT_WEIGHTS:
            font = f"PretendardGOV-{name}.subset.woff2"
            shutil.copy(resources / "fonts" / font, VENDOR_DIR / "fonts" / font)
        npm_vendor.write_version(VENDOR_DIR, PACKAGE, version)
        (VENDOR_DIR / "LICENSE").write_text(LICENSE)


# krds-uiux ships no licence file: its package.json declares ISC and its README points to the
# KRDS terms of use. The text below is the ISC licence with the author package.json names.
LICENSE = """krds-uiux (KRDS, Korea Design System — https://www.krds.go.kr)
License: ISC (declared in the package's package.json; the package ships no licence file).
Its README adds: "본 패키지는 대한민국 디지털 정부 디자인 시스템(KRDS)의 이용약관을 따름"
— the KRDS terms of use: https://www.krds.go.kr/html/site/utility/utility_06.html
The Pretendard GOV font files are distributed in the same package.

ISC License

Copyright (c) krds

Permission to use, copy, modify, and/or distribute this software for any purpose with or
without fee is hereby granted, provided that the above copyright notice and this permission
notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT,
NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
"""


if __name__ == "__main__":
    npm_vendor.main(build, VENDOR_DIR)
