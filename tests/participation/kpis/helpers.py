"""Helpers for the KPI tests: feedback and participation written at given Seoul times, the
roll-ups and snapshots recomputed, a snapshot read back."""

from datetime import datetime, timedelta

from django.utils import timezone

from cms.calendar import SEOUL
from participation.kpis.models import KpiDefinition, KpiSnapshot
from participation.kpis.periods import Period, months_between, periods_covering
from participation.kpis.services.rollups import rebuild_rollups
from participation.kpis.services.snapshots import compute_snapshots
from participation.registrations.records import record_participation
from tests.factories import CheckInFactory, FeedbackItemFactory, RegistrationFactory


def kst(year, month, day, hour=12, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SEOUL)


def recompute(first: str, last: str, *, now=None) -> None:
    """Roll up the months from `first` to `last` ('YYYY-MM') and snapshot their periods."""
    now = now or timezone.now()
    months = months_between(Period.parse(first).start, Period.parse(last).start)
    rebuild_rollups(months=months, now=now)
    compute_snapshots(periods=periods_covering(months), now=now)


def snapshot(code: str, period: str, dimension="overall", key="") -> KpiSnapshot:
    period = Period.parse(period)
    return KpiSnapshot.objects.get(
        definition=KpiDefinition.objects.get(code=code),
        period_kind=period.kind,
        period_start=period.start,
        dimension=dimension,
        dimension_key=key,
    )


def attend(event, *, email, at, nationality="", language="ko", party_size=1):
    """A confirmed registration at `event`, checked in at `at`, with its records."""
    registration = RegistrationFactory(
        event=event,
        email=email,
        nationality=nationality,
        preferred_language=language,
        party_size=party_size,
    )
    record_participation(kind="registered", registration=registration, at=at - timedelta(days=7))
    CheckInFactory(registration=registration, checked_in_at=at)
    record_participation(kind="checked_in", registration=registration, at=at)
    return registration


def feedback(**fields):
    """A feedback item with explicit times (created_at defaults to `fields['created_at']`)."""
    fields.setdefault("due_at", None)
    return FeedbackItemFactory(**fields)
