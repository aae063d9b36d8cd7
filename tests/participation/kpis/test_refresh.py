"""The hourly task and the recompute command: which months they recompute, and that they can
run again and again."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from participation.kpis import tasks
from participation.kpis.models import FeedbackMonthly, KpiSnapshot, RollupRefresh
from participation.kpis.periods import month_of
from participation.kpis.services.refresh import (
    LOCK_KEY,
    refresh_rollups_and_snapshots,
    window_months,
)

from .helpers import feedback, kst, snapshot

pytestmark = pytest.mark.django_db


def test_the_task_is_scheduled_hourly():
    entry = settings.CELERY_BEAT_SCHEDULE["refresh-kpi-rollups-and-snapshots"]
    assert entry == {"task": "kpis.tasks.refresh_rollups_and_snapshots", "schedule": 3600.0}
    assert tasks.refresh_rollups_and_snapshots.name == entry["task"]


def test_first_run_covers_history_then_only_what_changed(make_program, settings):
    # What changed is told by updated_at: no travelling in time here.
    program = make_program()
    feedback(program=program, created_at=timezone.now() - timedelta(days=300))
    now = timezone.now()
    settings.KPI_FIRST_YEAR = now.year - 1
    first = refresh_rollups_and_snapshots(now=now)
    assert first.months[0] == date(now.year - 1, 1, 1) and first.months[-1] == month_of(now)
    assert (
        snapshot("feedback_received", month_of(now - timedelta(days=300)).strftime("%Y-%m")).value
        == 1
    )

    # Nothing changed since: the last three months only.
    second = refresh_rollups_and_snapshots(now=timezone.now())
    assert second.months == window_months(timezone.now())
    assert len(second.months) == 3

    # An item about an older month arrives (e.g. through a late import): its month comes back.
    older = now - timedelta(days=200)
    feedback(program=program, created_at=older)
    third = refresh_rollups_and_snapshots(now=timezone.now())
    assert month_of(older) in third.months
    assert snapshot("feedback_received", month_of(older).strftime("%Y-%m")).value == 1
    assert RollupRefresh.objects.filter(finished_at__isnull=False).count() == 3


def test_it_is_idempotent(make_program):
    program = make_program()
    feedback(program=program, created_at=kst(2026, 1, 5))
    refresh_rollups_and_snapshots(now=kst(2026, 1, 20), months=[date(2026, 1, 1)])
    counts = (FeedbackMonthly.objects.count(), KpiSnapshot.objects.count())
    refresh_rollups_and_snapshots(now=kst(2026, 1, 20), months=[date(2026, 1, 1)])
    assert (FeedbackMonthly.objects.count(), KpiSnapshot.objects.count()) == counts


def test_a_run_in_progress_is_not_doubled(db):
    cache.add(LOCK_KEY, "running", timeout=60)
    assert refresh_rollups_and_snapshots(now=kst(2026, 1, 20)).skipped
    cache.delete(LOCK_KEY)


def test_the_recompute_command(make_program):
    program = make_program()
    feedback(program=program, created_at=kst(2025, 12, 31, 23, 30))
    out = StringIO()
    call_command(
        "recompute_kpis", "--from", "2025-11", "--to", "2026-01", "--no-progress", stdout=out
    )
    assert "3 months rolled up" in out.getvalue()
    assert snapshot("feedback_received", "2025-12").value == 1
    assert snapshot("feedback_received", "2025-Q4").value == 1


def test_the_command_refuses_bad_months(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("recompute_kpis", "--from", "2025-13")
    with pytest.raises(CommandError):
        call_command("recompute_kpis", "--from", "2026-02", "--to", "2026-01")
