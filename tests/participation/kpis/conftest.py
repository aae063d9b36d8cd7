"""Fixtures for the KPI tests: a program tree with clusters, and helpers that write feedback
and participation at given Seoul times, then recompute the roll-ups and snapshots."""

import importlib
from datetime import datetime, timedelta

import pytest
from django.apps import apps as django_apps
from django.utils import timezone

from cms.calendar import SEOUL
from participation.kpis.models import KpiDefinition, KpiSnapshot
from participation.kpis.periods import Period, months_between, periods_covering
from participation.kpis.services.rollups import rebuild_rollups
from participation.kpis.services.snapshots import compute_snapshots
from participation.registrations.records import record_participation
from tests.factories import (
    CheckInFactory,
    ClusterFactory,
    EventPageFactory,
    FeedbackItemFactory,
    ProgramIndexPageFactory,
    ProgramPageFactory,
    RegistrationFactory,
    StrategyAxisFactory,
)


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


@pytest.fixture(autouse=True)
def kpi_definitions(request):
    """The definitions the data migration creates; transactional tests elsewhere in the run
    flush them (as they flush the locales), so put them back when they are gone."""
    if "db" not in request.fixturenames and not request.node.get_closest_marker("django_db"):
        return
    request.getfixturevalue("db")
    if not KpiDefinition.objects.exists():
        migration = importlib.import_module("participation.kpis.migrations.0002_kpi_definitions")
        migration.create_definitions(django_apps, None)


@pytest.fixture
def clusters(db):
    names = {"C1": "AI·Tech", "C2": "K-Culture", "C3": "ESG", "C4": "Data Governance"}
    return {
        code: ClusterFactory(code=code, name_ko=f"{name} 외교", name_en=f"{name} diplomacy")
        for code, name in names.items()
    }


@pytest.fixture
def axes(db):
    return {
        code: StrategyAxisFactory(code=code, name_ko=f"{code} 외교", name_en=f"{code} diplomacy")
        for code in ("industry", "culture", "data", "inclusion")
    }


@pytest.fixture
def program_index(home_pages):
    return ProgramIndexPageFactory(parent=home_pages)


@pytest.fixture
def make_program(program_index, clusters, axes):
    def make(*, cluster="C1", axis="industry", **fields):
        fields.setdefault("cadence", "yearly")
        fields.setdefault("cadence_month", 10)
        return ProgramPageFactory(
            parent=program_index, cluster=clusters[cluster], strategy_axis=axes[axis], **fields
        )

    return make


@pytest.fixture
def make_event():
    def make(program, starts_at, **fields):
        fields.setdefault("ends_at", starts_at + timedelta(hours=3))
        return EventPageFactory(parent=program, starts_at=starts_at, **fields)

    return make


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
