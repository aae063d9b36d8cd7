"""Participation figures: registrations, check-ins, attendance, feedback volume and the time it
takes to answer and to finish an item."""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

from ..dimensions import PROGRAM_TREE, Dimension
from .base import Display, Result, Source, formula, number, ratio, share_counts

SECONDS_PER_DAY = 86400


@formula(
    "registrations",
    label=_("Registrations"),
    explanation=_("Registrations made in the period, confirmed or on the waiting list."),
    sources=[Source.PARTICIPATION],
    dimensions=(*PROGRAM_TREE, Dimension.LANGUAGE, Dimension.NATIONALITY),
    display=Display.COUNT,
    additive=True,
)
def registrations(totals: Mapping) -> Result:
    count = number(totals, "registrations")
    return Result(count, inputs={"registrations": count}, people_counts=(count,))


@formula(
    "check_ins",
    label=_("Check-ins"),
    explanation=_("Registrations checked in at an event in the period."),
    sources=[Source.PARTICIPATION],
    dimensions=(*PROGRAM_TREE, Dimension.LANGUAGE, Dimension.NATIONALITY),
    display=Display.COUNT,
    additive=True,
)
def check_ins(totals: Mapping) -> Result:
    count = number(totals, "check_ins")
    return Result(count, inputs={"check_ins": count}, people_counts=(count,))


@formula(
    "attendance_rate",
    label=_("Attendance rate"),
    explanation=_(
        "Checked-in registrations ÷ confirmed registrations, for the events that started and "
        "ended in the period."
    ),
    sources=[Source.EVENTS],
    dimensions=PROGRAM_TREE,
    display=Display.SHARE,
)
def attendance_rate(totals: Mapping) -> Result:
    confirmed, checked_in = number(totals, "confirmed"), number(totals, "checked_in")
    # A walk-in checked in after a cancellation can make the numerator exceed the denominator.
    checked_in = min(checked_in, confirmed)
    return Result(
        ratio(checked_in, confirmed),
        numerator=checked_in,
        denominator=confirmed,
        inputs={"confirmed": confirmed, "checked_in": checked_in},
        people_counts=share_counts(checked_in, confirmed),
    )


@formula(
    "feedback_received",
    label=_("Feedback received"),
    explanation=_(
        "Feedback items received in the period: complaints, questions, suggestions, "
        "praise and event surveys."
    ),
    sources=[Source.FEEDBACK],
    dimensions=(*PROGRAM_TREE, Dimension.LANGUAGE, Dimension.KIND, Dimension.CATEGORY),
    display=Display.COUNT,
    additive=True,
)
def feedback_received(totals: Mapping) -> Result:
    count = number(totals, "received")
    return Result(count, inputs={"received": count}, people_counts=(count,))


@formula(
    "mean_response_days",
    label=_("Mean time to first answer"),
    explanation=_(
        "Sum of (first answer − received) ÷ items first answered in the period, in days."
    ),
    sources=[Source.FEEDBACK],
    dimensions=(*PROGRAM_TREE, Dimension.KIND, Dimension.CATEGORY),
    display=Display.DAYS,
)
def mean_response_days(totals: Mapping) -> Result:
    answered, seconds = number(totals, "answered"), number(totals, "response_seconds")
    return Result(
        ratio(seconds / SECONDS_PER_DAY, answered),
        numerator=round(seconds / SECONDS_PER_DAY, 4),
        denominator=answered,
        inputs={"answered": answered, "days_total": round(seconds / SECONDS_PER_DAY, 4)},
        people_counts=(answered,),
    )


@formula(
    "mean_resolution_days",
    label=_("Mean time to finish"),
    explanation=_(
        "Sum of (finished − received) ÷ items closed, rejected or marked duplicate in the "
        "period, in days."
    ),
    sources=[Source.FEEDBACK],
    dimensions=(*PROGRAM_TREE, Dimension.KIND, Dimension.CATEGORY),
    display=Display.DAYS,
)
def mean_resolution_days(totals: Mapping) -> Result:
    finished, seconds = number(totals, "finished"), number(totals, "resolution_seconds")
    return Result(
        ratio(seconds / SECONDS_PER_DAY, finished),
        numerator=round(seconds / SECONDS_PER_DAY, 4),
        denominator=finished,
        inputs={"finished": finished, "days_total": round(seconds / SECONDS_PER_DAY, 4)},
        people_counts=(finished,),
    )
