"""portal.outbox on its own: an outbox over OutboundEmail rows whose work is recorded here, so
each test sees exactly what ran. Celery is eager (tests settings); the race runs on PostgreSQL."""

import logging
import os
import threading
import time
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from participation.models import OutboundEmail
from portal.outbox import Outbox, Retry

pytestmark = pytest.mark.django_db(transaction=True)

needs_postgres = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="row locks between connections need PostgreSQL (set DATABASE_URL)",
)

Status = OutboundEmail.Status


class Work:
    """What the outbox's handle did; `hold` keeps a run inside its transaction until set."""

    def __init__(self):
        self.done: list[int] = []
        self.failures: list[tuple[int, bool]] = []
        self.fail_with: Exception | None = None
        self.inside = threading.Event()
        self.hold: threading.Event | None = None

    def handle(self, row, _prepared) -> bool:
        self.inside.set()
        if self.hold is not None:
            self.hold.wait(timeout=30)
        if self.fail_with is not None:
            raise self.fail_with
        self.done.append(row.pk)
        row.status = Status.SENT
        row.save(update_fields=["status"])
        return True

    def record_failure(self, *, row_id, error, final):
        self.failures.append((row_id, final))


work = Work()
outbox = Outbox(
    model=OutboundEmail,
    pending=Q(status=Status.PENDING),
    handle=work.handle,
    task_name="tests.portal.test_outbox.run",
    sweep_task_name="tests.portal.test_outbox.sweep",
    stale_after=timedelta(minutes=2),
    retry=Retry(
        on=(ConnectionError,),
        attempts=lambda: 3,
        first_delay_seconds=lambda: 10,
        record_failure=work.record_failure,
    ),
)


@pytest.fixture(autouse=True)
def fresh_work():
    work.__init__()
    yield work
    if work.hold is not None:
        work.hold.set()


def write_row(**fields) -> OutboundEmail:
    with transaction.atomic():
        return outbox.create(
            to=["resident@example.org"], from_email="portal@example.org", subject="s", **fields
        )


def test_a_row_is_worked_on_after_commit():
    with transaction.atomic():
        row = outbox.create(to=["a@example.org"], from_email="p@example.org", subject="s")
        assert work.done == []  # not before the commit
    assert work.done == [row.pk]


def test_a_rolled_back_row_enqueues_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        outbox.create(to=["a@example.org"], from_email="p@example.org", subject="s")
        raise RuntimeError("the service failed")
    assert work.done == []
    assert not OutboundEmail.objects.exists()


def test_a_dead_broker_is_logged_and_the_sweep_enqueues_the_row_later(monkeypatch, caplog):
    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("broker unreachable")

    monkeypatch.setattr(outbox.task, "delay", broker_down)
    with caplog.at_level(logging.ERROR, logger="portal.outbox"):
        row = write_row()  # does not raise: the service's transaction is committed
    assert "could not enqueue tests.portal.test_outbox.run" in caplog.text
    assert OutboundEmail.objects.get(pk=row.pk).status == Status.PENDING
    monkeypatch.undo()

    assert outbox.sweep() == 0  # not yet stale: its task may still be on its way
    assert outbox.sweep(now=timezone.now() + timedelta(minutes=3)) == 1
    assert work.done == [row.pk]
    assert outbox.sweep(now=timezone.now() + timedelta(minutes=3)) == 0  # done: not again


def test_the_sweep_task_enqueues_only_stale_pending_rows(monkeypatch):
    monkeypatch.setattr(outbox.task, "delay", lambda *args: None)  # every task lost
    stale, recent, done = write_row(), write_row(), write_row()
    OutboundEmail.objects.filter(pk__in=[stale.pk, done.pk]).update(
        created_at=timezone.now() - timedelta(minutes=5)
    )
    OutboundEmail.objects.filter(pk=done.pk).update(status=Status.SENT)
    monkeypatch.undo()

    assert outbox.sweep_task.delay().get() == 1
    assert work.done == [stale.pk]
    assert OutboundEmail.objects.get(pk=recent.pk).status == Status.PENDING


def test_a_duplicate_task_does_nothing():
    row = write_row()
    assert work.done == [row.pk]

    assert outbox.task.delay(row.pk).get() is False
    assert work.done == [row.pk]


def test_a_failing_run_is_retried_waiting_twice_as_long_then_recorded_final(monkeypatch):
    monkeypatch.setattr(outbox.task, "delay", lambda *args: None)  # the test runs the task
    row = write_row()
    countdowns = []
    original = outbox.task.apply_async

    def record_countdown(*args, countdown=None, **kwargs):
        countdowns.append(countdown)
        return original(*args, **kwargs)  # at once: the test does not wait

    monkeypatch.setattr(outbox.task, "apply_async", record_countdown)
    work.fail_with = ConnectionError("provider down")

    assert outbox.task.apply(args=[row.pk]).get() is False

    assert countdowns == [10, 20]
    assert work.failures == [(row.pk, False), (row.pk, False), (row.pk, True)]
    assert work.done == []


def test_an_error_not_retried_propagates_and_leaves_the_row_pending(monkeypatch):
    monkeypatch.setattr(outbox.task, "delay", lambda *args: None)  # the test runs the task
    row = write_row()
    work.fail_with = ValueError("a bug")

    with pytest.raises(ValueError):
        outbox.run(row.pk)
    assert OutboundEmail.objects.get(pk=row.pk).status == Status.PENDING
    assert work.failures == []


def waiting_for_a_lock() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def wait_for(condition, what: str, timeout: float = 20):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


@needs_postgres
def test_two_tasks_racing_for_one_row_do_the_work_once(monkeypatch):
    monkeypatch.setattr(outbox.task, "delay", lambda *args: None)  # the test runs the tasks
    row = write_row()
    work.hold = threading.Event()
    results = {}

    def run(name):
        try:
            results[name] = outbox.run(row.pk)
        finally:
            connection.close()

    first = threading.Thread(target=run, args=("first",))
    first.start()
    assert work.inside.wait(timeout=20)  # the first holds the row lock
    second = threading.Thread(target=run, args=("second",))
    second.start()
    wait_for(lambda: waiting_for_a_lock() == 1, what="the second task to wait for the lock")

    work.hold.set()
    first.join(timeout=20)
    second.join(timeout=20)
    assert results == {"first": True, "second": False}
    assert work.done == [row.pk]
