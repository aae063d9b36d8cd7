"""The web processes never load the language detector (about 260 MB of models): the language
worker detects (participation/feedback/services/languages.py)."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
DETECTOR_MODULES = ("lingua", "pycld2", "langdetect")


def test_the_wsgi_application_and_every_view_and_task_leave_the_detector_unloaded():
    script = (
        "import sys\n"
        "from portal.wsgi import application\n"
        "from django.urls import get_resolver\n"
        "from portal.celery import app\n"
        "get_resolver().url_patterns\n"  # every view module
        "app.loader.import_default_modules()\n"  # every tasks module
        "import participation.feedback.views, participation.open311.views\n"
        f"print(sorted(name for name in {DETECTOR_MODULES!r} if name in sys.modules))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_check_sees_the_detector_when_it_is_loaded():
    script = (
        "import sys\n"
        "import django; django.setup()\n"
        "from participation.language_detection import preload_detector\n"
        "preload_detector('lingua-cld2')\n"
        f"print(sorted(name for name in {DETECTOR_MODULES!r} if name in sys.modules))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['lingua', 'pycld2']"
