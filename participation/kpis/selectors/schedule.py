"""Program regularity: the slots a program's cadence promises and the editions that filled them.

A yearly program in month M promises one edition starting in M of each year; twice a year, in
M and M + 6; quarterly, in M, M + 3, M + 6 and M + 9 (without a month: once in each calendar
quarter); monthly, every month. A slot counts from the program's start (its first edition or
first publication, whichever is earlier) and is due once it is over — or as soon as an edition
filled it. An edition outside every slot is off schedule. Months are Asia/Seoul months."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from wagtail.models import Locale

from cms.models import ProgramPage

from ..dimensions import Dimension
from ..models import EventRollup
from ..periods import Period, add_months, month_of, seoul_midnight

Cadence = ProgramPage.Cadence


@dataclass(frozen=True, order=True)
class Slot:
    start: date
    months: int = 1

    @property
    def end(self) -> date:
        return add_months(self.start, self.months)

    def contains(self, month: date) -> bool:
        return self.start <= month < self.end


def slots_in_year(cadence: str, cadence_month: int | None, year: int) -> list[Slot]:
    def month(number: int) -> date:
        return date(year, (number - 1) % 12 + 1, 1)

    if cadence == Cadence.MONTHLY:
        return [Slot(month(number)) for number in range(1, 13)]
    if cadence == Cadence.QUARTERLY:
        if cadence_month:
            return sorted(Slot(month(cadence_month + 3 * n)) for n in range(4))
        return [Slot(month(number), 3) for number in (1, 4, 7, 10)]
    if cadence == Cadence.HALF_YEARLY:
        if cadence_month:
            return sorted(Slot(month(cadence_month + 6 * n)) for n in range(2))
        return [Slot(month(1), 6), Slot(month(7), 6)]
    if cadence == Cadence.YEARLY:
        return [Slot(month(cadence_month))] if cadence_month else [Slot(month(1), 12)]
    return []  # one-off programs have no schedule


@dataclass
class ProgramSchedule:
    program_id: int
    axis: str | None
    cluster: str | None
    slots: list[tuple[Slot, bool]] = field(default_factory=list)  # due slots, held or not
    editions_off_schedule: int = 0

    @property
    def slots_due(self) -> int:
        return len(self.slots)

    @property
    def slots_on_schedule(self) -> int:
        return sum(1 for _slot, held in self.slots if held)


def program_schedules(*, period: Period, now: datetime) -> list[ProgramSchedule]:
    programs = list(
        ProgramPage.objects.filter(locale=Locale.get_default(), live=True)
        .exclude(cadence=Cadence.ONE_OFF)
        .values(
            "pk",
            "cadence",
            "cadence_month",
            "first_published_at",
            "strategy_axis__code",
            "cluster__code",
        )
    )
    # Every edition held so far, as (program, month): a few per program and year.
    editions: dict[int, Counter] = defaultdict(Counter)
    for program_id, month in EventRollup.objects.filter(
        program_id__in=[program["pk"] for program in programs], starts_at__lte=now
    ).values_list("program_id", "month"):
        editions[program_id][month] += 1
    schedules = []
    for program in programs:
        held_months = editions[program["pk"]]
        starts = list(held_months)
        if program["first_published_at"]:
            starts.append(month_of(program["first_published_at"]))
        if not starts:
            continue
        first_month = min(starts)
        schedule = ProgramSchedule(
            program_id=program["pk"],
            axis=program["strategy_axis__code"],
            cluster=(program["cluster__code"] or "").upper() or None,
        )
        year_slots = slots_in_year(program["cadence"], program["cadence_month"], period.start.year)
        for slot in year_slots:
            if not period.contains(slot.start) or slot.start < first_month:
                continue
            held = any(slot.contains(month) for month in held_months)
            if held or seoul_midnight(slot.end) <= now:
                schedule.slots.append((slot, held))
        schedule.editions_off_schedule = sum(
            count
            for month, count in held_months.items()
            if period.contains(month) and not any(slot.contains(month) for slot in year_slots)
        )
        schedules.append(schedule)
    return schedules


def schedule_totals(*, period: Period, now: datetime) -> dict[str, dict[str, dict]]:
    """{dimension: {key: totals}} for the programs_on_schedule formula."""
    totals: dict[str, dict[str, dict]] = defaultdict(dict)
    for schedule in program_schedules(period=period, now=now):
        keys = {
            Dimension.OVERALL: "",
            Dimension.AXIS: schedule.axis,
            Dimension.CLUSTER: schedule.cluster,
            Dimension.PROGRAM: str(schedule.program_id),
        }
        for dimension, key in keys.items():
            if key is None:
                continue
            group = totals[dimension].setdefault(
                key,
                {
                    "scheduled_programs": 0,
                    "slots_due": 0,
                    "slots_on_schedule": 0,
                    "editions_off_schedule": 0,
                },
            )
            group["scheduled_programs"] += 1
            group["slots_due"] += schedule.slots_due
            group["slots_on_schedule"] += schedule.slots_on_schedule
            group["editions_off_schedule"] += schedule.editions_off_schedule
    return totals
