import os
import subprocess
import sys
from pathlib import Path

import pytest

from portal.celery import app as celery_app

BASE_DIR = Path(__file__).resolve().parents[2]
BROKER_VARIABLES = ("REDIS_URL", "CELERY_BROKER_URL", "CELERY_TASK_ALWAYS_EAGER")


def test_tasks_are_registered_by_autodiscovery():
    celery_app.loader.import_default_modules()

    assert "participation.tasks.deliver_email" in celery_app.tasks
    assert "participation.tasks.deliver_pending_emails" in celery_app.tasks


def test_beat_schedule_names_registered_tasks():
    celery_app.loader.import_default_modules()

    for entry in celery_app.conf.beat_schedule.values():
        assert entry["task"] in celery_app.tasks


def celery_app_conf(**environment) -> tuple[str, str]:
    """(broker URL, eager?) of the Celery app under the base settings, in a fresh process
    with only `environment` for the broker variables."""
    env = {k: v for k, v in os.environ.items() if k not in BROKER_VARIABLES}
    env.update(DJANGO_SETTINGS_MODULE="portal.settings.base", **environment)
    script = (
        "import django; django.setup(); from portal.celery import app; "
        "print(app.conf.broker_url, app.conf.task_always_eager)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    broker, eager = result.stdout.split()
    return broker, eager


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, ("None", "True")),  # the local demo: no broker, tasks run in-process
        ({"REDIS_URL": "redis://redis:6379/0"}, ("redis://redis:6379/0", "False")),
        ({"CELERY_BROKER_URL": "redis://redis:6379/1"}, ("redis://redis:6379/1", "False")),
        (
            {"REDIS_URL": "redis://redis:6379/0", "CELERY_TASK_ALWAYS_EAGER": "true"},
            ("redis://redis:6379/0", "True"),
        ),
    ],
)
def test_tasks_run_eagerly_exactly_when_no_broker_is_configured(environment, expected):
    assert celery_app_conf(**environment) == expected
