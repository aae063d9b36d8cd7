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
    try:
        if connection.vendor == "postgresql":
            _lock_in_one_round_trip(event_id=event_id)
        else:
            # The row is created on first use; ignore_conflicts makes racing creators safe.
            EventCapacity.objects.bulk_create(
                [EventCapacity(event_id=event_id)], ignore_conflicts=True
            )
            EventCapacity.objects.select_for_update().get(event_id=event_id)
    except DatabaseError as error:
        if _is_lock_timeout(error):
            raise RegistrationBusy() from error
        raise


def _lock_in_one_round_trip(*, event_id: int) -> None:
    """PostgreSQL: the lock timeout (local to the transaction, so it also bounds the insert),
    the row's creation on first use and the row lock, in one round trip — the lock is taken on
    every registration. Both values are integers, so formatting them in is safe."""
    table = EventCapacity._meta.db_table
    column = EventCapacity._meta.pk.column
    timeout_ms, event_id = int(conf.lock_timeout_ms()), int(event_id)
    # Integers and the model's own table and column names only.
    statements = (
        f"SET LOCAL lock_timeout = '{timeout_ms}ms';"  # noqa: S608
        f" INSERT INTO {table} ({column}) VALUES ({event_id}) ON CONFLICT DO NOTHING;"
        f" SELECT 1 FROM {table} WHERE {column} = {event_id} FOR UPDATE"
    )
    with connection.cursor() as cursor:
        cursor.execute(statements)


def _is_lock_timeout(error: DatabaseError) -> bool:
    cause = error.__cause__
    if getattr(cause, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return True
    # SQLite: another writer held the database past the busy timeout.
    return "database is locked" in str(error)
