"""Fixtures for the KPI tests: a program tree with clusters (helpers in helpers.py)."""

from datetime import timedelta

import pytest

from tests.conftest import restore_kpi_definitions
from tests.factories import (
    ClusterFactory,
    EventPageFactory,
    ProgramIndexPageFactory,
    ProgramPageFactory,
    StrategyAxisFactory,
)


@pytest.fixture(autouse=True)
def kpi_definitions(request):
    """The definitions, back after a transactional test elsewhere in the run flushed them."""
    if "db" not in request.fixturenames and not request.node.get_closest_marker("django_db"):
        return
    request.getfixturevalue("db")
    restore_kpi_definitions()


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
