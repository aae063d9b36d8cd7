"""Erasing personal data (on request or after the retention period) changes no aggregate: the
roll-ups keep what they counted and past snapshots stay as they were."""

from datetime import timedelta

import pytest

from participation.feedback.services import erase_personal_data, purge_expired_personal_data
from participation.kpis.models import FeedbackMonthly, KpiSnapshot
from participation.kpis.services.refresh import refresh_rollups_and_snapshots
from tests.factories import FeedbackMessageFactory

from .helpers import feedback, kst, recompute

pytestmark = pytest.mark.django_db

FIELDS = ("definition_id", "period_kind", "period_start", "dimension", "dimension_key")


def figures():
    return {
        tuple(getattr(s, f) for f in FIELDS): (s.value, s.numerator, s.denominator, s.inputs)
        for s in KpiSnapshot.objects.filter(period_start__year=2025)
    }


def rollups():
    return sorted(
        FeedbackMonthly.objects.values_list(
            "month",
            "kind",
            "language",
            "received",
            "due",
            "due_answered_on_time",
            "resolved",
            "rejected",
            "rated",
            "rating_sum",
            "response_seconds",
        )
    )


@pytest.fixture
def answered_items(make_program):
    program = make_program()
    items = []
    for n in range(8):
        item = feedback(
            program=program,
            created_at=kst(2025, 3, 2),
            due_at=kst(2025, 3, 9),
            first_answered_at=kst(2025, 3, 4 + n % 7),
            status="closed" if n < 6 else "rejected",
            closed_at=kst(2025, 3, 20),
            rating=5 - n % 3 if n < 6 else None,
            rated_at=kst(2025, 3, 21) if n < 6 else None,
            contact_name="홍길동",
        )
        FeedbackMessageFactory(item=item)
        items.append(item)
    return items


def test_erasure_and_purge_leave_aggregates_and_snapshots_alone(answered_items):
    recompute("2025-01", "2025-12", now=kst(2026, 1, 10))
    before, rolled_up = figures(), rollups()
    assert before and rolled_up

    erase_personal_data(item=answered_items[0])
    assert purge_expired_personal_data(now=kst(2025, 3, 20) + timedelta(days=5000)) == 7
    # The hourly refresh sees the erased items as changed and recomputes their months.
    summary = refresh_rollups_and_snapshots(now=kst(2026, 1, 10, 13))
    assert summary.months and min(summary.months).year == 2024  # first run: all history

    assert rollups() == rolled_up
    assert figures() == before


def test_recomputing_after_the_purge_gives_the_same_figures(answered_items):
    recompute("2025-03", "2025-03", now=kst(2026, 1, 10))
    before = figures()
    purge_expired_personal_data(now=kst(2025, 3, 20) + timedelta(days=5000))
    recompute("2025-03", "2025-03", now=kst(2026, 1, 10))
    assert figures() == before
