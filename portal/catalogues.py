"""Compile the gettext catalogues (.po → .mo) with polib, so no system gettext is needed.

    python -m portal.catalogues
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def catalogue_paths() -> list[Path]:
    return sorted(LOCALE_DIR.glob("**/LC_MESSAGES/*.po"))


def compile_catalogues() -> list[Path]:
    compiled = []
    for po_path in catalogue_paths():
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        # Fuzzy entries are never used: gettext skips them too.
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        compiled.append(mo_path)
    return compiled


if __name__ == "__main__":
    for path in compile_catalogues():
        print(f"compiled {path.relative_to(LOCALE_DIR.parent)}")
