"""The per-event capacity lock: every transaction that changes who holds seats takes it."""

from django.db import DatabaseError, connection

from . import conf
from .errors import RegistrationBusy
from .models import EventCapacity

LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL: lock_timeout reached


def lock_event_capacity(*, event_id: int) -> None:
    """Lock the event's capacity row until the current transaction ends.

    Must run inside transaction.atomic(). Raises RegistrationBusy when the lock is not free
    within REGISTRATION_LOCK_TIMEOUT_MS; the caller's transaction then rolls back whole.
    """
    if not conf.locking_enabled():  # test-only negative control
        return
    try:
        if connection.vendor == "postgresql":
            # Local to this transaction; also bounds the wait on the row insert below.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('lock_timeout', %s, true)", [f"{conf.lock_timeout_ms()}ms"]
                )
        # The row is created on first use; ON CONFLICT DO NOTHING makes racing creators safe.
        EventCapacity.objects.bulk_create([EventCapacity(event_id=event_id)], ignore_conflicts=True)
        EventCapacity.objects.select_for_update().get(event_id=event_id)
    except DatabaseError as error:
        if _is_lock_timeout(error):
            raise RegistrationBusy() from error
        raise


def _is_lock_timeout(error: DatabaseError) -> bool:
    cause = error.__cause__
    if getattr(cause, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return True
    # SQLite: another writer held the database past the busy timeout.
    return "database is locked" in str(error)
