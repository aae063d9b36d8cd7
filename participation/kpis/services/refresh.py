"""The periodic refresh: recompute the roll-ups of the months that may have changed, then the
snapshots of every period that contains one of them.

Which months: the last KPI_ROLLUP_WINDOW_MONTHS months (an item passes its due date, or is
reopened or rated, without a row that says so), plus the months of whatever changed since the
last finished run — feedback items updated since (each of their dates), participation records
added since, events published since. Without a finished run, every month since KPI_FIRST_YEAR.
Months no one touched keep their roll-ups and snapshots: history survives data purges."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db.models import Max, Q
from django.utils import timezone
from wagtail.models import Locale

from cms.models import EventPage
from participation.feedback.models import FeedbackItem
from participation.registrations.models import ParticipationRecord

from .. import conf
from ..models import RollupRefresh
from ..periods import add_months, month_of, months_between
from .rollups import in_month, rebuild_rollups
from .snapshots import compute_snapshots_for_months

LOCK_KEY = "kpis:refresh-lock"
LOCK_SECONDS = 60 * 60
FEEDBACK_DATES = ("created_at", "due_at", "first_answered_at", "closed_at", "rated_at")


@dataclass(frozen=True)
class RefreshSummary:
    months: list[date]
    snapshots: int
    skipped: bool = False


def window_months(now) -> list[date]:
    current = month_of(now)
    return [add_months(current, -n) for n in range(conf.rollup_window_months() - 1, -1, -1)]


def touched_months(*, since, last_record_id: int) -> set[date]:
    months: set[date] = set()
    updated = FeedbackItem.objects.filter(updated_at__gte=since)
    for field in FEEDBACK_DATES:
        months.update(_distinct_months(updated.exclude(**{f"{field}__isnull": True}), field))
    months.update(_distinct_months(ParticipationRecord.objects.filter(pk__gt=last_record_id), "at"))
    published = EventPage.objects.filter(locale=Locale.get_default()).filter(
        Q(last_published_at__gte=since) | Q(latest_revision_created_at__gte=since)
    )
    months.update(_distinct_months(published, "starts_at"))
    return months


def _distinct_months(queryset, field: str) -> set[date]:
    values = (
        queryset.annotate(month=in_month(field)).order_by().values_list("month", flat=True)
    ).distinct()
    return {month_of(value) if hasattr(value, "hour") else value for value in values}


def refresh_rollups_and_snapshots(
    *, now=None, months: list[date] | None = None, progress: Callable | None = None
) -> RefreshSummary:
    """Idempotent; a second run while one is going on does nothing (a cache lock)."""
    now = now or timezone.now()
    if not cache.add(LOCK_KEY, now.isoformat(), timeout=LOCK_SECONDS):
        return RefreshSummary(months=[], snapshots=0, skipped=True)
    try:
        return _refresh(now=now, months=months, progress=progress)
    finally:
        cache.delete(LOCK_KEY)


def _refresh(*, now, months, progress) -> RefreshSummary:
    last = RollupRefresh.objects.filter(finished_at__isnull=False).first()
    last_record_id = ParticipationRecord.objects.aggregate(last=Max("pk"))["last"] or 0
    run = RollupRefresh.objects.create(started_at=now, last_record_id=last_record_id)
    if months is None:
        if last is None:
            months = months_between(date(conf.first_year(), 1, 1), month_of(now))
        else:
            months = set(window_months(now))
            months |= touched_months(since=last.started_at, last_record_id=last.last_record_id)
            months = sorted(month for month in months if month <= month_of(now))
    months = sorted(months)
    if months:
        rebuild_rollups(months=months, now=now)
    written = compute_snapshots_for_months(months=months, now=now, progress=progress)
    run.months = [month.isoformat() for month in months]
    run.finished_at = timezone.now()
    run.save(update_fields=["months", "finished_at"])
    return RefreshSummary(months=months, snapshots=written)
