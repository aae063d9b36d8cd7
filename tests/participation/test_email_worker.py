"""A real Celery worker on Redis delivers queued emails once, even when tasks are duplicated
or the worker was down when the email was queued. Needs PostgreSQL and Redis (CI has both)."""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.mail import EmailMessage
from django.db import connection

from participation import emails
from participation.models import OutboundEmail
from participation.tasks import deliver_email
from portal.celery import app as celery_app

BASE_DIR = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_URL", "")
DATABASE_URL = os.environ.get("DATABASE_URL", "")

pytestmark = [
    pytest.mark.skipif(
        not (REDIS_URL and DATABASE_URL.startswith("postgres")),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) shared with a worker",
    ),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def broker_url():
    # A Redis database of its own, emptied, so no stray task reaches the worker.
    url = urlsplit(REDIS_URL)._replace(path="/14")
    import redis

    redis.Redis.from_url(urlunsplit(url)).flushdb()
    return urlunsplit(url)


def configure_broker(*, url, eager):
    celery_app.conf.update(broker_url=url, task_always_eager=eager)
    # Forget the pools made for the previous broker (kombu keeps one per broker URL).
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def real_broker(broker_url):
    previous = (celery_app.conf.broker_url, celery_app.conf.task_always_eager)
    configure_broker(url=broker_url, eager=False)
    yield
    configure_broker(url=previous[0], eager=previous[1])


@pytest.fixture
def start_worker(tmp_path, broker_url):
    """Start `celery worker` as its own process, on the test database and broker."""
    test_database_url = urlunsplit(
        urlsplit(DATABASE_URL)._replace(path=f"/{connection.settings_dict['NAME']}")
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": test_database_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        # django-environ drops one leading slash of the path.
        "EMAIL_URL": f"filemail:///{tmp_path / 'mail'}",
    }
    command = [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo"]
    command += ["--without-heartbeat", "--without-mingle", "--without-gossip", "-l", "WARNING"]
    with (tmp_path / "worker.log").open("a") as log:
        workers = []

        def start():
            workers.append(subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=log))

        yield start
        for process in workers:
            process.terminate()
            process.wait(timeout=20)


def delivered_files(mail_dir: Path) -> list[str]:
    if not mail_dir.exists():
        return []
    return [path.read_text() for path in sorted(mail_dir.iterdir())]


def wait_until_sent(email_id: int, timeout: float = 60) -> OutboundEmail:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        email = OutboundEmail.objects.get(pk=email_id)
        if email.status == OutboundEmail.Status.SENT:
            return email
        time.sleep(0.25)
    raise AssertionError(f"email {email_id} not delivered within {timeout}s")


def test_worker_delivers_a_queued_email_once(real_broker, start_worker, tmp_path):
    start_worker()
    email = emails.queue_email(
        message=EmailMessage(subject="Đăng ký thành công", body="Xin chào", to=["an@example.org"]),
        language="vi",
    )
    deliver_email.delay(email.pk)  # a duplicate task, as a broker redelivery would make

    wait_until_sent(email.pk)
    time.sleep(2)  # give the duplicate task time to run

    files = delivered_files(tmp_path / "mail")
    assert len(files) == 1
    assert "an@example.org" in files[0]


def test_email_queued_while_the_worker_is_down_is_delivered_when_it_starts(
    real_broker, start_worker, tmp_path
):
    email = emails.queue_email(
        message=EmailMessage(
            subject="申し込み完了", body="ありがとうございます", to=["yuki@example.org"]
        ),
        language="ja",
    )
    assert OutboundEmail.objects.get(pk=email.pk).status == OutboundEmail.Status.PENDING

    start_worker()

    wait_until_sent(email.pk)
    assert len(delivered_files(tmp_path / "mail")) == 1
