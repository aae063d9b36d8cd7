"""The month calendar of the events page: weeks of days, each with the events held that day
(an event of several days is on each of them), in Asia/Seoul time."""

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import get_format

from cms.calendar import SEOUL


@dataclass
class Day:
    date: date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


def _python_first_weekday() -> int:
    # Django's FIRST_DAY_OF_WEEK counts from Sunday (0), Python's calendar from Monday (0).
    return (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7


def weekday_names() -> list[tuple[str, str]]:
    """(full name, abbreviation) of the days of the week, in the order the language's weeks
    start (Sunday in Korean, Monday in Chinese)."""
    first = _python_first_weekday()
    return [(WEEKDAYS[(first + i) % 7], WEEKDAYS_ABBR[(first + i) % 7]) for i in range(7)]


def _days_of(event) -> tuple[date, date]:
    start = timezone.localtime(event.starts_at, SEOUL).date()
    # An event ending at midnight sharp is over before that day begins.
    end = timezone.localtime(event.ends_at - timedelta(microseconds=1), SEOUL).date()
    return start, max(start, end)


def month_grid(*, month: date, events, today: date) -> list[list[Day]]:
    weeks = calendar.Calendar(_python_first_weekday()).monthdatescalendar(month.year, month.month)
    days = {
        day: Day(date=day, in_month=day.month == month.month, is_today=day == today)
        for week in weeks
        for day in week
    }
    for event in events:
        start, end = _days_of(event)
        day = start
        while day <= end:
            if day in days and days[day].in_month:
                days[day].events.append(event)
            day += timedelta(days=1)
    return [[days[day] for day in week] for week in weeks]
