"""Fixtures for integration tests with a real Celery worker process on Redis and the test's
PostgreSQL database (skipped elsewhere, via `needs_worker_services`)."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.db import connection

from portal.celery import app as celery_app
from tests.conftest import redis_database_url
from tests.support.waiting import wait_until

BASE_DIR = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_URL", "")
DATABASE_URL = os.environ.get("DATABASE_URL", "")

needs_worker_services = pytest.mark.skipif(
    not (REDIS_URL and DATABASE_URL.startswith("postgres")),
    reason="needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) shared with a worker",
)


@pytest.fixture
def broker_url():
    # Emptied, so no stray task reaches the worker.
    url = redis_database_url(0)
    import redis

    redis.Redis.from_url(url).flushdb()
    return url


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

        def start(**extra_env) -> subprocess.Popen:
            process = subprocess.Popen(
                command, cwd=BASE_DIR, env={**env, **extra_env}, stdout=log, stderr=log
            )
            workers.append(process)
            return process

        yield start
        for process in workers:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=20)


class Queue:
    """The broker's view of the worker's tasks. `wait_until_drained()`: until the worker has
    run every task sent so far — none waiting in the queue, none taken and not yet acknowledged
    (tasks are acknowledged when they end, `CELERY_TASK_ACKS_LATE`) — on two looks in a row, as
    a task moves from one to the other. A killed worker's task stays unacknowledged until the
    broker's visibility timeout: `abandoned()` before, to leave those out."""

    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(url)
        self.name = celery_app.conf.task_default_queue

    def unacknowledged(self) -> set[bytes]:
        return set(self.client.hkeys("unacked"))

    def wait_until_drained(self, *, abandoned: set[bytes] = frozenset()) -> None:
        looks = []

        def idle() -> bool:
            looks.append(self.client.llen(self.name) == 0 and self.unacknowledged() <= abandoned)
            return looks[-2:] == [True, True]

        wait_until(idle, what="the worker ran every queued task", interval=0.2)


@pytest.fixture
def broker_queue(broker_url) -> Queue:
    return Queue(broker_url)
