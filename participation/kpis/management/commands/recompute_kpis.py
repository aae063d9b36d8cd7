"""Recompute the roll-ups and KPI snapshots of a range of months, with a progress bar:

manage.py recompute_kpis --from 2024-01 --to 2026-12
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from participation.kpis.periods import (
    Period,
    PeriodKind,
    month_of,
    months_between,
    periods_covering,
)
from participation.kpis.services.rollups import rebuild_rollups
from participation.kpis.services.snapshots import compute_snapshots

MONTHS_PER_STEP = 3


def month_argument(value: str) -> date:
    try:
        period = Period.parse(value)
    except ValueError:
        raise CommandError(f"Not a month (YYYY-MM): {value}") from None
    if period.kind != PeriodKind.MONTH:
        raise CommandError(f"Not a month (YYYY-MM): {value}")
    return period.start


class Command(BaseCommand):
    help = "Recompute the KPI roll-ups and snapshots of a range of months (Asia/Seoul)."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="first", required=True, help="First month, YYYY-MM.")
        parser.add_argument("--to", dest="last", help="Last month, YYYY-MM (default: this one).")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, first, last=None, no_progress=False, **options):
        now = timezone.now()
        first_month = month_argument(first)
        last_month = min(month_argument(last) if last else month_of(now), month_of(now))
        if last_month < first_month:
            raise CommandError("--to must not be before --from.")
        months = months_between(first_month, last_month)
        periods = [p for p in periods_covering(months) if p.start <= last_month]
        quiet = no_progress or options["verbosity"] == 0
        with tqdm(total=len(months), desc="roll-ups", unit="month", disable=quiet) as bar:
            # A quarter per step: one grouped query per kind of date covers its three months.
            for start in range(0, len(months), MONTHS_PER_STEP):
                step = months[start : start + MONTHS_PER_STEP]
                rebuild_rollups(months=step, now=now)
                bar.update(len(step))
        with tqdm(total=len(periods), desc="snapshots", unit="period", disable=quiet) as bar:
            written = compute_snapshots(periods=periods, now=now, progress=lambda _p: bar.update())
        self.stdout.write(
            f"{len(months)} months rolled up, {written} snapshots written "
            f"({months[0]:%Y-%m} to {months[-1]:%Y-%m})."
        )
