"""A registration in one database round trip, so the event's lock is held for no network wait.

On PostgreSQL, outside any transaction (a request: ATOMIC_REQUESTS is off), the whole
registration is one batch sent at once: BEGIN, the lock (locking.py), then one statement that
reads the seats, the waitlist and the email's active registration under the lock, decides and
writes — a new registration with its participation record and email notice, or for an email
already registered its "asked again" time, record and notice (the same work, so the timing
does not tell a stranger the email is registered) — and COMMIT. PostgreSQL runs it without
waiting for the client, so the lock is held only for the server's own work. When a place is
free while people wait (offers to make, in Python: services/registering.py) the batch writes
nothing and the caller takes the general path; so it does for an event with sessions
(services.sessions). Values are the models' own or quoted by psycopg.
"""

from dataclasses import dataclass

from django.db import DatabaseError, IntegrityError, connection
from psycopg import sql

from . import locking
from .errors import RegistrationBusy
from .models import ParticipationRecord, Registration, RegistrationNotice
from .notifications import owe_notice
from .records import Kind, participation_record

Status = Registration.Status


@dataclass(frozen=True)
class Outcome:
    registration: Registration | None  # the new registration, or None
    registered_id: int | None  # the email's registration, asked again (or None)


def available() -> bool:
    return connection.vendor == "postgresql" and not connection.in_atomic_block


def register(*, event, fields: dict, user, now) -> Outcome | None:
    """Register in one round trip; None when the batch wrote nothing (places to offer to the
    waitlist first, or a race on the email): the caller then takes the general path. `now`
    None: dated by PostgreSQL's clock under the lock."""
    registration = Registration(event=event, user=user, status=Status.WAITING, **fields)
    record = participation_record(kind=Kind.REGISTERED, registration=registration, at=now)
    connection.ensure_connection()
    quote = _quoter()
    batch = (
        "BEGIN;"
        + locking._locking_statements(event.pk)
        + _statement(event.pk, registration, record, quote, now)
        + "; COMMIT;"
    )
    try:
        with connection.cursor() as cursor:
            row = _last_row(cursor, batch)
    except DatabaseError as error:
        with connection.cursor() as cursor:
            cursor.execute("ROLLBACK")
        if locking._is_lock_timeout(error):
            raise RegistrationBusy() from error
        if isinstance(error, IntegrityError):
            return None
        raise
    new_id, status, at, notice_id, registered_id, again_notice_id = row
    if (new_id is None and registered_id is None) or (registered_id and again_notice_id is None):
        return None
    owe_notice(RegistrationNotice(pk=notice_id or again_notice_id))  # committed: sent at once
    if new_id is None:
        return Outcome(registration=None, registered_id=registered_id)
    registration.pk, registration.status = new_id, status
    registration.created_at = registration.consent_given_at = at
    registration.confirmed_at = at if status == Status.CONFIRMED else None
    registration._state.adding, registration._state.db = False, connection.alias
    return Outcome(registration=registration, registered_id=None)


def _last_row(cursor, batch: str):
    cursor.execute(batch)
    row = None
    while True:
        if cursor.description is not None:
            row = cursor.fetchone()
        if not cursor.nextset():
            return row


def _quoter():
    raw = connection.connection

    def quote(value) -> str:
        return sql.Literal(value).as_string(raw)

    return quote


def _statement(event_id: int, registration, record, quote, now) -> str:
    event_id = int(event_id)
    registrations = Registration._meta.db_table
    holding = ", ".join(quote(str(status)) for status in Registration.SEAT_HOLDING_STATUSES)
    active = ", ".join(quote(str(status)) for status in Registration.ACTIVE_STATUSES)
    confirmed, waiting = quote(str(Status.CONFIRMED)), quote(str(Status.WAITING))
    at = quote(now) if now is not None else "clock_timestamp()"
    status = (
        f"CASE WHEN {int(registration.party_size)} <= s.free AND NOT s.someone_waiting"
        f" THEN {confirmed} ELSE {waiting} END"
    )
    new_registration = _insert(
        Registration,
        registration,
        quote,
        source="decided d",
        computed={
            "id": "d.id",
            "status": "d.status",
            "created_at": "d.at",
            "consent_given_at": "d.at",
            "confirmed_at": f"CASE WHEN d.status = {confirmed} THEN d.at END",
        },
    )
    kinds = (quote(str(Kind.REGISTERED)), quote(str(Kind.WAITLISTED)))
    new_record = _insert(
        ParticipationRecord,
        record,
        quote,
        source="decided d",
        computed={
            "kind": f"CASE WHEN d.status = {confirmed} THEN {kinds[0]} ELSE {kinds[1]} END",
            "registration_id": "d.id",
            "at": "d.at",
        },
    )
    new_notice = _notice(
        "decided d", "d.id", f"CASE WHEN d.status = {confirmed} THEN 'confirmed' ELSE 'waiting' END"
    )
    again_record = _insert(
        ParticipationRecord,
        record,
        quote,
        source="again a",
        computed={
            "kind": quote(str(Kind.ASKED_AGAIN)),
            "registration_id": "a.id",
            "language": "a.preferred_language",
            "nationality": "a.nationality",
            "resident_type": "a.resident_type",
            "party_size": "a.party_size",
            "at": "a.at",
        },
    )
    again_notice = _notice("again a", "a.id", "'existing'")
    email = quote(registration.email)
    # No offers to make (nobody waits, or no place is free), and no sessions (each has its
    # own places: services.sessions).
    nothing_to_offer = "NOT (s.free > 0 AND s.someone_waiting) AND NOT s.has_sessions"
    return f""" WITH s AS MATERIALIZED (
    SELECT e.capacity - COALESCE((SELECT SUM(r.party_size) FROM {registrations} r
               WHERE r.event_id = {event_id} AND r.status IN ({holding})), 0) AS free,
           EXISTS (SELECT 1 FROM {registrations} r
               WHERE r.event_id = {event_id} AND r.status = {waiting}) AS someone_waiting,
           (SELECT r.id FROM {registrations} r WHERE r.event_id = {event_id}
               AND LOWER(r.email) = LOWER({email}) AND r.status IN ({active})
               AND r.session_id IS NULL LIMIT 1) AS registered_id,
           {locking.has_sessions_sql(event_id)} AS has_sessions,
           {at} AS at
    FROM {_events_table()} e WHERE e.{_events_key()} = {event_id}
), decided AS MATERIALIZED (
    SELECT nextval(pg_get_serial_sequence('{registrations}', 'id')) AS id,
           {status} AS status, s.at
    FROM s WHERE s.registered_id IS NULL AND {nothing_to_offer}
), again AS MATERIALIZED (
    SELECT r.id, r.preferred_language, r.nationality, r.resident_type, r.party_size, s.at
    FROM s JOIN {registrations} r ON r.id = s.registered_id WHERE {nothing_to_offer}
), new_registration AS ({new_registration}),
new_record AS ({new_record}),
new_notice AS ({new_notice} RETURNING id),
asked_again AS (UPDATE {registrations} SET asked_again_at = a.at FROM again a
    WHERE {registrations}.id = a.id),
again_record AS ({again_record}),
again_notice AS ({again_notice} RETURNING id)
SELECT d.id, d.status, d.at, n.id, s.registered_id, an.id
FROM s LEFT JOIN decided d ON true LEFT JOIN new_notice n ON true
    LEFT JOIN again_notice an ON true"""  # noqa: S608


def _insert(model, row, quote, *, source: str, computed: dict) -> str:
    """INSERT INTO model's table … SELECT from `source`: `computed` columns are SQL, the
    others `row`'s own values; the primary key is left to the database unless computed."""
    columns, values = [], []
    for field in model._meta.local_concrete_fields:
        if field.column in computed:
            values.append(computed[field.column])
        elif field.primary_key:
            continue
        else:
            value = field.get_db_prep_save(field.pre_save(row, add=True), connection)
            values.append(quote(value))
        columns.append(field.column)
    table = model._meta.db_table
    # Identifiers are the model's; every value is quoted by psycopg or is SQL written here.
    return f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {source}"  # noqa: S608


def _notice(source: str, registration_id: str, kind: str) -> str:
    table = RegistrationNotice._meta.db_table
    return (
        f"INSERT INTO {table} (registration_id, kind, created_at, email_id)"  # noqa: S608
        f" SELECT {registration_id}, {kind}, statement_timestamp(), NULL FROM {source}"
    )


def _events_table() -> str:
    return _event_model()._meta.db_table


def _events_key() -> str:
    return _event_model()._meta.pk.column


def _event_model():
    # The event page model, reached through the foreign key (cms imports this app).
    return Registration._meta.get_field("event").related_model
