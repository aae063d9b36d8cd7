"""A real Celery worker process beside the tests, on Redis and the test's PostgreSQL database
(the fixtures `real_broker`, `start_worker` and `broker_queue` in tests/conftest.py); tests
that need one are skipped elsewhere, via `needs_worker_services`."""

import os
import subprocess

import pytest

from portal.celery import app as celery_app
from tests.support.waiting import DEADLINE_SECONDS, wait_until

REDIS_URL = os.environ.get("REDIS_URL", "")
DATABASE_URL = os.environ.get("DATABASE_URL", "")
WORKER_SERVICES = bool(REDIS_URL and DATABASE_URL.startswith("postgres"))

needs_worker_services = pytest.mark.skipif(
    not WORKER_SERVICES,
    reason="needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) shared with a worker",
)


def configure_broker(*, url, eager):
    celery_app.conf.update(broker_url=url, task_always_eager=eager)
    # Forget the pools made for the previous broker (kombu keeps one per broker URL).
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def stop_processes(processes: list[subprocess.Popen]) -> None:
    """SIGTERM to all at once (a warm shutdown, which a loaded machine makes slow), then
    SIGKILL to any still running at the deadline: stopping never fails a test."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=DEADLINE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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

    def wait_until_drained(
        self, *, abandoned: set[bytes] = frozenset(), also: tuple[str, ...] = ()
    ) -> None:
        """`also`: queues other than the default one that a started worker consumes."""
        looks = []

        def idle() -> bool:
            waiting = sum(self.client.llen(name) for name in (self.name, *also))
            looks.append(waiting == 0 and self.unacknowledged() <= abandoned)
            return looks[-2:] == [True, True]

        wait_until(idle, what="the worker ran every queued task", interval=0.2)
