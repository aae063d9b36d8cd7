"""The per-event capacity lock: every transaction that changes who holds seats takes it."""

from dataclasses import dataclass
from datetime import datetime

from django.db import DatabaseError, connection

from cms.models import EventPage, EventSession

from . import conf
from .errors import RegistrationBusy
from .models import EventCapacity, Registration, RegistrationNotice
from .selectors import active_registration_for, free_places_and_start, waiting_queue

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


@dataclass(frozen=True)
class Seats:
    """What a registration decides on, read with the event's lock held."""

    free: int  # capacity minus seats held; negative when an editor lowered the capacity
    starts_at: datetime
    someone_waiting: bool
    registered_id: int | None  # the email's active registration for the event, if any
    # Primary keys for the new registration and its notice (PostgreSQL; None elsewhere).
    new_registration_id: int | None = None
    new_notice_id: int | None = None
    # The event has sessions: registering takes services.sessions, which counts per session.
    has_sessions: bool = False


def lock_event_for_registration(*, event_id: int, email: str) -> Seats:
    """lock_event_capacity, then the seats, the waitlist and the email's registration as they
    are under the lock: on PostgreSQL all in one round trip, the first of the transaction."""
    if connection.vendor != "postgresql":
        lock_event_capacity(event_id=event_id)
        free, starts_at = free_places_and_start(event_id=event_id)
        existing = active_registration_for(event_id=event_id, email=email)
        return Seats(
            free=free,
            starts_at=starts_at,
            someone_waiting=waiting_queue(event_id=event_id).exists(),
            registered_id=existing and existing.pk,
            has_sessions=EventSession.objects.filter(page_id=event_id).exists(),
        )
    try:
        with connection.cursor() as cursor:
            cursor.execute(_locking_statements(event_id) + _seats_statement(event_id, email))
            while cursor.nextset():  # the last result is the seats statement's
                pass
            row = cursor.fetchone()
    except DatabaseError as error:
        if _is_lock_timeout(error):
            raise RegistrationBusy() from error
        raise
    free, starts_at, someone_waiting, registered_id, registration_id, notice_id, sessions = row
    return Seats(
        free, starts_at, someone_waiting, registered_id, registration_id, notice_id, sessions
    )


def _seats_statement(event_id: int, email: str) -> str:
    """Free places (summed from the covering index of seats held), the start, whether anyone
    waits, the email's active registration (the unique index on lower(email), event) and two
    new primary keys. Identifiers and integers are the models' own; the email is quoted by
    psycopg, so no parameter is needed and the batch can run as one simple query."""
    from psycopg import sql

    event_id = int(event_id)
    registrations, notices = Registration._meta.db_table, RegistrationNotice._meta.db_table
    events, event_key = EventPage._meta.db_table, EventPage._meta.pk.column
    holding = ", ".join(f"'{status}'" for status in Registration.SEAT_HOLDING_STATUSES)
    active = ", ".join(f"'{status}'" for status in Registration.ACTIVE_STATUSES)
    quoted_email = sql.Literal(email).as_string(connection.connection)
    return (
        f" SELECT e.capacity - COALESCE((SELECT SUM(r.party_size) FROM {registrations} r"  # noqa: S608
        f" WHERE r.event_id = {event_id} AND r.status IN ({holding})), 0),"
        f" e.starts_at,"
        f" EXISTS (SELECT 1 FROM {registrations} r WHERE r.event_id = {event_id}"
        f" AND r.status = '{Registration.Status.WAITING}'),"
        f" (SELECT r.id FROM {registrations} r WHERE r.event_id = {event_id}"
        f" AND LOWER(r.email) = LOWER({quoted_email}) AND r.status IN ({active})"
        f" AND r.session_id IS NULL LIMIT 1),"
        f" nextval(pg_get_serial_sequence('{registrations}', 'id')),"
        f" nextval(pg_get_serial_sequence('{notices}', 'id')),"
        f" {has_sessions_sql(event_id)}"
        f" FROM {events} e WHERE e.{event_key} = {event_id}"
    )


def has_sessions_sql(event_id: int) -> str:
    """SQL true when the event has sessions (the model's own table and an integer only)."""
    table, page = EventSession._meta.db_table, EventSession._meta.get_field("page").column
    return f"EXISTS (SELECT 1 FROM {table} WHERE {page} = {int(event_id)})"  # noqa: S608


def _lock_in_one_round_trip(*, event_id: int) -> None:
    """PostgreSQL: the lock timeout (local to the transaction, so it also bounds the insert),
    the row's creation on first use and the row lock, in one round trip — the lock is taken on
    every registration. Both values are integers, so formatting them in is safe."""
    with connection.cursor() as cursor:
        cursor.execute(_locking_statements(event_id))


def _locking_statements(event_id: int) -> str:
    table = EventCapacity._meta.db_table
    column = EventCapacity._meta.pk.column
    timeout_ms, event_id = int(conf.lock_timeout_ms()), int(event_id)
    # Integers and the model's own table and column names only.
    return (
        f"SET LOCAL lock_timeout = '{timeout_ms}ms';"  # noqa: S608
        f" INSERT INTO {table} ({column}) VALUES ({event_id}) ON CONFLICT DO NOTHING;"
        f" SELECT 1 FROM {table} WHERE {column} = {event_id} FOR UPDATE;"
    )


def _is_lock_timeout(error: DatabaseError) -> bool:
    cause = error.__cause__
    if getattr(cause, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return True
    # SQLite: another writer held the database past the busy timeout.
    return "database is locked" in str(error)
