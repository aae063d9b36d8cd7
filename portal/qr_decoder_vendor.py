"""Refresh the vendored QR decoder (npm ``jsqr``) in static/vendor/jsqr/.

python -m portal.qr_decoder_vendor          fetch the version in static/vendor/jsqr/VERSION
python -m portal.qr_decoder_vendor 1.4.0    fetch another published version (``make qr-decoder``)

The offline check-in app scans tickets with the browser's BarcodeDetector where there is one
(Chrome on Android and macOS) and with this decoder elsewhere (desktop Linux, Firefox,
Safari). Needs npm: ``npm pack`` downloads the package from the registry into a temporary
folder and its built file (no eval, so the strict CSP stands) is copied with its licence.
"""

import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from portal import npm_vendor

BASE_DIR = Path(__file__).resolve().parent.parent
VENDOR_DIR = BASE_DIR / "static" / "vendor" / "jsqr"
PACKAGE = "jsqr"


def fetch(version: str) -> None:
    npm = npm_vendor.npm_or_exit(PACKAGE)
    with tempfile.TemporaryDirectory(prefix="jsqr-") as tmp:
        work = Path(tmp)
        subprocess.run(  # noqa: S603 - fixed arguments, the version comes from the maintainer
            [npm, "pack", "--silent", "--pack-destination", str(work), f"{PACKAGE}@{version}"],
            check=True,
        )
        archive = next(work.glob("*.tgz"))
        with tarfile.open(archive) as tar:
            tar.extractall(work, filter="data")
        package = work / "package"
        npm_vendor.replace_folder(VENDOR_DIR)
        shutil.copy(package / "dist" / "jsQR.js", VENDOR_DIR / "jsQR.js")
        shutil.copy(package / "LICENSE", VENDOR_DIR / "LICENSE")
        npm_vendor.write_version(VENDOR_DIR, PACKAGE, version)


if __name__ == "__main__":
    npm_vendor.main(fetch, VENDOR_DIR)
