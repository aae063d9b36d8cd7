"""Participation records: one row per state change, for the KPI aggregates."""

import contextlib

from django.core.cache import cache

from cms.models import ProgramPage

from .models import ParticipationRecord

Kind = ParticipationRecord.Kind
# How long an event's program, axis and cluster are taken from the cache. Editors rarely
# change them; the key holds the event's tree path, so moving the event is seen at once.
PROGRAM_CACHE_SECONDS = 60


def record_participation(*, kind: str, registration, at) -> ParticipationRecord:
    record = participation_record(kind=kind, registration=registration, at=at)
    record.save(force_insert=True)
    return record


def participation_record(*, kind: str, registration, at) -> ParticipationRecord:
    """The record of `kind` for `registration`, not saved yet."""
    program = program_of(registration.event)
    return ParticipationRecord(
        kind=kind,
        registration=registration,
        event_id=registration.event_id,
        program_id=program.get("pk"),
        strategy_axis_id=program.get("strategy_axis_id"),
        cluster_id=program.get("cluster_id"),
        language=registration.preferred_language,
        nationality=registration.nationality,
        resident_type=registration.resident_type,
        party_size=registration.party_size,
        at=at,
    )


def program_of(event) -> dict:
    """The event's program, which carries the strategy axis and cluster the KPIs group by.
    Read on every registration, so kept in the cache for a minute."""
    key = f"registrations:program-of:{event.pk}:{event.path}"
    try:
        program = cache.get(key)
    except Exception:  # a cache outage must not stop registrations
        program = None
    if program is None:
        program = (
            ProgramPage.objects.ancestor_of(event)
            .values("pk", "strategy_axis_id", "cluster_id")
            .first()
        ) or {}
        with contextlib.suppress(Exception):  # the record is written either way
            cache.set(key, program, PROGRAM_CACHE_SECONDS)
    return program
