"""The outbox: work owed by a database row, done once by a Celery task.

A service writes (or marks) the row inside its transaction and calls `enqueue_after_commit`,
so a rollback enqueues nothing. A broker that cannot be reached is logged and leaves the row
pending; the beat task `sweep` enqueues rows left pending longer than `stale_after` (their task
was lost: broker down, worker killed). `run` locks the row and works on it only while it is
still pending, so duplicate tasks (a broker's redelivery, a sweep behind a slow task) do the
work once.

Each Outbox registers its two Celery tasks under the names given, so the services that own the
rows never import their tasks module, and tasks already queued keep their names."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from celery import shared_task
from django.db import models, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500


@dataclass(frozen=True)
class Retry:
    """A run that raises one of `on` is tried again, `attempts` times in all, each retry
    waiting twice as long as the previous one (`first_delay_seconds` first). Every failure is
    passed to `record_failure(row_id=, error=, final=)`, the last one with final=True."""

    on: tuple[type[BaseException], ...]
    attempts: Callable[[], int]
    first_delay_seconds: Callable[[], float]
    record_failure: Callable[..., None]


class Outbox:
    """Rows of `model` matching `pending` are owed work.

    - `handle(row, prepared)` does the work on the locked, pending row inside the run's
      transaction, leaves it no longer pending, and returns whether it did the work.
    - `prepare(row)`, if given, runs first, outside any transaction and lock (a slow network
      call); its result is handed to `handle`, which must check it still applies.
    - `requested_at` names the timestamp the sweep compares with `stale_after`; with
      `touch_when_swept` the sweep sets it to now, so a row is not enqueued again while its new
      task runs.
    - `sweep_filter` narrows the rows the sweep picks (e.g. not those out of attempts).
    """

    def __init__(
        self,
        *,
        model: type[models.Model],
        pending: models.Q,
        handle: Callable[[Any, Any], bool],
        task_name: str,
        sweep_task_name: str,
        stale_after: timedelta,
        requested_at: str = "created_at",
        touch_when_swept: bool = False,
        sweep_filter: models.Q | None = None,
        related: tuple[str, ...] = (),
        prepare: Callable[[Any], Any] | None = None,
        retry: Retry | None = None,
    ):
        self.model = model
        self.pending = pending
        self.handle = handle
        self.prepare = prepare
        self.retry = retry
        self.stale_after = stale_after
        self.requested_at = requested_at
        self.touch_when_swept = touch_when_swept
        self.sweep_filter = sweep_filter or models.Q()
        self.related = related
        self.task_name = task_name

        def run_task(row_id: int, attempt: int = 1) -> bool:
            return self.run(row_id, attempt=attempt)

        def sweep_task() -> int:
            return self.sweep()

        run_task.__doc__ = f"Do the work owed by one {model.__name__} (idempotent)."
        sweep_task.__doc__ = f"Beat: enqueue {model.__name__} rows whose task was lost."
        self.task = shared_task(name=task_name, acks_late=True)(run_task)
        self.sweep_task = shared_task(name=sweep_task_name)(sweep_task)

    # --- writing side: inside the service's transaction ---------------------------------------

    def create(self, **fields) -> models.Model:
        """Write a pending row and enqueue its task once the transaction commits."""
        row = self.model.objects.create(**fields)
        self.enqueue_after_commit(row.pk)
        return row

    def enqueue_after_commit(self, row_id: int) -> None:
        transaction.on_commit(lambda: self.enqueue(row_id))

    def enqueue(self, row_id: int) -> None:
        try:
            self.task.delay(row_id)
        except Exception:  # broker down: the row stays pending and the sweep enqueues it
            logger.exception("could not enqueue %s(%s)", self.task_name, row_id)

    # --- working side: in the Celery task ------------------------------------------------------

    def run(self, row_id: int, *, attempt: int = 1) -> bool:
        """Do the work owed by row `row_id` unless it is done already. Returns whether it was
        done now."""
        if self.retry is None:
            return self._run_once(row_id)
        try:
            return self._run_once(row_id)
        except self.retry.on as exc:
            final = attempt >= self.retry.attempts()
            self.retry.record_failure(row_id=row_id, error=repr(exc), final=final)
            if final:
                logger.warning("%s(%s) failed for the last time: %r", self.task_name, row_id, exc)
            else:
                # A new message rather than Task.retry: the same path with an eager Celery.
                self.task.apply_async(
                    args=[row_id],
                    kwargs={"attempt": attempt + 1},
                    countdown=self.retry.first_delay_seconds() * 2 ** (attempt - 1),
                )
            return False

    def _run_once(self, row_id: int) -> bool:
        prepared = None
        if self.prepare is not None:
            row = self._pending_rows().filter(pk=row_id).first()
            if row is None:
                return False
            prepared = self.prepare(row)
        with transaction.atomic():
            # The row lock makes a duplicate task wait here, then find the row done.
            row = self._pending_rows().select_for_update().filter(pk=row_id).first()
            if row is None:
                return False
            return bool(self.handle(row, prepared))

    def _pending_rows(self) -> models.QuerySet:
        return self.model.objects.filter(self.pending).select_related(*self.related)

    # --- the beat's sweep ----------------------------------------------------------------------

    def stale_ids(self, *, older_than: timedelta | None = None, now=None) -> list[int]:
        now = now or timezone.now()
        cutoff = now - (self.stale_after if older_than is None else older_than)
        rows = self.model.objects.filter(
            self.pending, self.sweep_filter, **{f"{self.requested_at}__lt": cutoff}
        )
        return list(rows.order_by(self.requested_at).values_list("pk", flat=True)[:SWEEP_BATCH])

    def sweep(self, *, older_than: timedelta | None = None, now=None) -> int:
        """Enqueue the rows pending longer than `older_than` (default `stale_after`)."""
        now = now or timezone.now()
        row_ids = self.stale_ids(older_than=older_than, now=now)
        if self.touch_when_swept and row_ids:
            self.model.objects.filter(pk__in=row_ids).update(**{self.requested_at: now})
        for row_id in row_ids:
            self.enqueue(row_id)
        return len(row_ids)
