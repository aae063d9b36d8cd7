"""Participation records: one row per state change, for the KPI aggregates."""

from cms.models import ProgramPage

from .models import ParticipationRecord

Kind = ParticipationRecord.Kind


def record_participation(*, kind: str, registration, at) -> ParticipationRecord:
    # The event's program carries the strategy axis and cluster the KPIs group by.
    program = (
        ProgramPage.objects.ancestor_of(registration.event)
        .values("pk", "strategy_axis_id", "cluster_id")
        .first()
    ) or {}
    return ParticipationRecord.objects.create(
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
