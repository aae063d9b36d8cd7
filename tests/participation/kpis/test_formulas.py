"""Formulas as pure functions, the roll-up columns they read, and how figures read."""

from datetime import timedelta

import pytest
from django.utils import translation

from participation.kpis.formulas import FORMULAS, Display
from participation.kpis.formulas.agreements import agreement_growth
from participation.kpis.formulas.participation import attendance_rate, mean_response_days
from participation.kpis.models import FeedbackMonthly, KpiDefinition
from participation.kpis.presentation import Status, format_value, status_of, target_text

from .helpers import feedback, kst, recompute, snapshot

pytestmark = pytest.mark.django_db


def test_every_definition_names_a_registered_formula(db):
    for definition in KpiDefinition.objects.filter(source="computed"):
        assert definition.formula in FORMULAS


def test_pure_formulas():
    assert attendance_rate({"confirmed": 8, "checked_in": 6}).value == 0.75
    assert attendance_rate({}).value is None
    growth = agreement_growth({"agreements_active": 5, "agreements_baseline": 4})
    assert growth.value == pytest.approx(0.25)
    assert agreement_growth({"agreements_active": 5, "agreements_baseline": 0}).value is None
    days = mean_response_days({"answered": 4, "response_seconds": 4 * 86400 * 2})
    assert days.value == 2


def test_response_and_resolution_times(make_program):
    program = make_program()
    start = kst(2026, 1, 5, 9)
    for hours in (24, 72):  # answered after 1 and 3 days, finished after 2 and 6
        feedback(
            program=program,
            created_at=start,
            first_answered_at=start + timedelta(hours=hours),
            status="closed",
            closed_at=start + timedelta(hours=2 * hours),
        )
    feedback(  # a survey is never due nor "resolved"
        kind="event_survey",
        category=None,
        program=program,
        created_at=start,
        status="closed",
        closed_at=start + timedelta(days=1),
    )
    recompute("2026-01", "2026-01", now=kst(2026, 2, 1))
    assert snapshot("mean_response_days", "2026-01").value == pytest.approx(2)
    assert snapshot("mean_resolution_days", "2026-01").value == pytest.approx((2 + 6 + 1) / 3)
    assert sum(FeedbackMonthly.objects.values_list("resolved", flat=True)) == 2


def test_unanswered_items_count_as_late_once_due(make_program):
    program = make_program()
    feedback(program=program, created_at=kst(2026, 1, 2), due_at=kst(2026, 1, 9))
    feedback(program=program, created_at=kst(2026, 1, 20), due_at=kst(2026, 1, 27))
    recompute("2026-01", "2026-01", now=kst(2026, 1, 15))
    # The second is not due yet on the 15th: only the first counts, late.
    responsiveness = snapshot("trust_responsiveness", "2026-01")
    assert (responsiveness.numerator, responsiveness.denominator) == (0, 1)


def test_formatting_and_status(db):
    with translation.override("en"):
        assert format_value(0.755, Display.SHARE) == "75.5%"
        assert format_value(0.25, Display.GROWTH) == "+25%"
        assert format_value(0.9, Display.INDEX) == "0.90"
        assert format_value(12345, Display.COUNT) == "12,345"
        assert format_value(None, Display.COUNT) == "–"
    trust = KpiDefinition.objects.get(code="trust_index")
    assert target_text(trust) == "≥ 0.90"
    assert status_of(trust, 0.91) == Status.MET
    assert status_of(trust, 0.85) == Status.NEAR  # within 10 % of the target
    assert status_of(trust, 0.70) == Status.BELOW
    assert status_of(trust, None) == Status.NO_DATA
    assert status_of(trust, 0.2, suppressed=True) == Status.SUPPRESSED
    days = KpiDefinition.objects.get(code="mean_response_days")
    assert status_of(days, 3) == Status.TRACKED
