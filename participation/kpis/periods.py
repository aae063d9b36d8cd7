"""Reporting periods — months, quarters and years of the Asia/Seoul calendar. A period is named by
its kind and its first day; its bounds as instants are Seoul midnights, so an item at
2026-01-31 23:30 KST (14:30 UTC) belongs to January."""

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.calendar import SEOUL

CODE_PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})|Q(?P<quarter>[1-4])))?$")


class PeriodKind(models.TextChoices):
    MONTH = "month", _("month")
    QUARTER = "quarter", _("quarter")
    YEAR = "year", _("year")


MONTHS_IN = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_start(day: date) -> date:
    return date(day.year, day.month, 1)


def seoul_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=SEOUL)


def seoul_today() -> date:
    return timezone.localtime(timezone.now(), SEOUL).date()


def month_of(moment: datetime) -> date:
    return month_start(timezone.localtime(moment, SEOUL).date())


def months_between(first: date, last: date) -> list[date]:
    """First days of the months from `first` to `last`, both included."""
    months, month = [], month_start(first)
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months


@dataclass(frozen=True, order=True)
class Period:
    kind: str
    start: date

    @classmethod
    def containing(cls, kind: str, day: date) -> "Period":
        if kind == PeriodKind.YEAR:
            return cls(PeriodKind.YEAR, date(day.year, 1, 1))
        if kind == PeriodKind.QUARTER:
            return cls(PeriodKind.QUARTER, date(day.year, (day.month - 1) // 3 * 3 + 1, 1))
        return cls(PeriodKind.MONTH, month_start(day))

    @classmethod
    def parse(cls, code: str) -> "Period":
        """'2026' (year), '2026-Q1' (quarter) or '2026-01' (month); ValueError otherwise."""
        match = CODE_PATTERN.match((code or "").strip())
        if not match:
            raise ValueError(code)
        year = int(match["year"])
        if match["month"]:
            month = int(match["month"])
            if not 1 <= month <= 12:
                raise ValueError(code)
            return cls(PeriodKind.MONTH, date(year, month, 1))
        if match["quarter"]:
            return cls(PeriodKind.QUARTER, date(year, (int(match["quarter"]) - 1) * 3 + 1, 1))
        return cls(PeriodKind.YEAR, date(year, 1, 1))

    @property
    def end(self) -> date:
        """The first day after the period."""
        return add_months(self.start, MONTHS_IN[self.kind])

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.end.toordinal() - 1)

    @property
    def months(self) -> list[date]:
        return [add_months(self.start, n) for n in range(MONTHS_IN[self.kind])]

    @property
    def starts_at(self) -> datetime:
        return seoul_midnight(self.start)

    @property
    def ends_at(self) -> datetime:
        return seoul_midnight(self.end)

    @property
    def code(self) -> str:
        if self.kind == PeriodKind.YEAR:
            return f"{self.start.year}"
        if self.kind == PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start:%Y-%m}"

    def __str__(self):
        return self.code

    @property
    def year(self) -> "Period":
        return Period.containing(PeriodKind.YEAR, self.start)

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end


def periods_covering(months: list[date]) -> list[Period]:
    """Every month, quarter and year that contains one of `months`, sorted."""
    periods = set()
    for month in months:
        for kind in PeriodKind.values:
            periods.add(Period.containing(kind, month))
    return sorted(periods, key=lambda period: (period.start, MONTHS_IN[period.kind]))


def months_of_year(year: int) -> list[Period]:
    return [Period(PeriodKind.MONTH, date(year, month, 1)) for month in range(1, 13)]
