"""What the vendoring tools share (krds_vendor.py, qr_decoder_vendor.py): npm from the
registry at build time only, a vendor folder replaced whole, and its VERSION file saying
which published version it holds."""

import shutil
import sys
from pathlib import Path


def npm_or_exit(package: str) -> str:
    npm = shutil.which("npm")
    if npm is None:
        sys.exit(f"npm is needed to fetch {package} from the npm registry (apt-get install npm).")
    return npm


def replace_folder(folder: Path) -> None:
    """An empty `folder`: nothing of an older version survives a refresh."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


def write_version(folder: Path, package: str, version: str) -> None:
    (folder / "VERSION").write_text(f"{package}@{version}\n")


def vendored_version(folder: Path) -> str:
    return (folder / "VERSION").read_text().strip().rpartition("@")[2]


def main(build, folder: Path) -> None:
    """`python -m …` with an optional version; without one, the version vendored now."""
    build(sys.argv[1] if len(sys.argv) > 1 else vendored_version(folder))
