"""The gettext catalogues of the UI.

python -m portal.catalogues           compile .po → .mo (polib: no system gettext needed)
python -m portal.catalogues update    extract new strings into every catalogue (needs gettext)
"""

import os
import subprocess
import sys
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = BASE_DIR / "locale"
CATALOGUE_LANGUAGES = ["ko", "en", "zh_Hans", "ja", "vi"]
MAKEMESSAGES_IGNORE = [
    ".venv",
    "locale",
    "tests",
    "benchmarks",
    "staticfiles",
    "media",
    "node_modules",
]


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


def update_catalogues(project_dir: Path = BASE_DIR, languages=CATALOGUE_LANGUAGES) -> None:
    """Run makemessages over `project_dir` (a checkout of this project)."""
    command = [sys.executable, "manage.py", "makemessages", "--no-location", "--no-wrap"]
    command += [f"--locale={language}" for language in languages]
    command += [f"--ignore={pattern}" for pattern in MAKEMESSAGES_IGNORE]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    subprocess.run(command, cwd=project_dir, env=env, check=True, capture_output=True)  # noqa: S603


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update_catalogues()
    for path in compile_catalogues():
        print(f"compiled {path.relative_to(BASE_DIR)}")
