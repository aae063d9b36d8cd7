"""Months are Asia/Seoul months: 2026-01-31 23:30 KST (14:30 UTC) is January, 2026-02-01 00:30
KST (2026-01-31 15:30 UTC) is February."""

from datetime import UTC, date, datetime

import pytest
from django.db.models import Sum

from participation.kpis.models import FeedbackMonthly, ParticipationMonthly
from participation.kpis.periods import Period, PeriodKind, month_of, periods_covering

from .helpers import attend, feedback, kst, recompute, snapshot

pytestmark = pytest.mark.django_db

LAST_HALF_HOUR_OF_JANUARY = datetime(2026, 1, 31, 14, 30, tzinfo=UTC)  # 23:30 KST
FIRST_HALF_HOUR_OF_FEBRUARY = datetime(2026, 1, 31, 15, 30, tzinfo=UTC)  # 00:30 KST


def test_periods():
    assert month_of(LAST_HALF_HOUR_OF_JANUARY) == date(2026, 1, 1)
    assert month_of(FIRST_HALF_HOUR_OF_FEBRUARY) == date(2026, 2, 1)
    assert Period.parse("2026-Q4") == Period(PeriodKind.QUARTER, date(2026, 10, 1))
    assert Period.parse("2026-02").ends_at == kst(2026, 3, 1, 0)
    assert Period.parse("2026").last_day == date(2026, 12, 31)
    with pytest.raises(ValueError):
        Period.parse("2026-13")
    assert {p.code for p in periods_covering([date(2026, 2, 1)])} == {"2026", "2026-Q1", "2026-02"}


def test_feedback_and_participation_fall_in_the_seoul_month(make_program, make_event):
    program = make_program()
    feedback(program=program, created_at=LAST_HALF_HOUR_OF_JANUARY)
    feedback(program=program, created_at=FIRST_HALF_HOUR_OF_FEBRUARY)
    feedback(
        program=program,
        created_at=FIRST_HALF_HOUR_OF_FEBRUARY,
        rating=5,
        rated_at=FIRST_HALF_HOUR_OF_FEBRUARY,
    )
    event = make_event(program, kst(2026, 2, 10, 18))
    attend(event, email="late@example.org", at=LAST_HALF_HOUR_OF_JANUARY)
    attend(event, email="early@example.org", at=FIRST_HALF_HOUR_OF_FEBRUARY)
    recompute("2026-01", "2026-02", now=kst(2026, 3, 1))

    received = dict(
        FeedbackMonthly.objects.values("month")
        .annotate(n=Sum("received"))
        .values_list("month", "n")
    )
    assert received == {date(2026, 1, 1): 1, date(2026, 2, 1): 2}
    rated = FeedbackMonthly.objects.get(rated=1)
    assert rated.month == date(2026, 2, 1)
    check_ins = {
        row.month: row.records for row in ParticipationMonthly.objects.filter(kind="checked_in")
    }
    assert check_ins == {date(2026, 1, 1): 1, date(2026, 2, 1): 1}
    assert snapshot("feedback_received", "2026-01").value == 1
    assert snapshot("feedback_received", "2026-02").value == 2
    assert snapshot("feedback_received", "2026-Q1").value == 3
