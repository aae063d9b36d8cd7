"""Regular citizen-participation programs: editions held on schedule, participants per edition
and the foreign-participant share. Which slot an edition fills is worked out in
selectors/schedule.py; here only the arithmetic."""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

from ..dimensions import PROGRAM_TREE
from .base import Display, Result, Source, formula, number, ratio, share_counts


@formula(
    "programs_on_schedule",
    label=_("Programs held on schedule"),
    explanation=_(
        "Scheduled editions held in their month ÷ scheduled editions due in the period, over "
        "every program with a cadence (e.g. yearly in October: one edition starting in October "
        "of each year)."
    ),
    sources=[Source.SCHEDULE],
    dimensions=PROGRAM_TREE,
    display=Display.SHARE,
)
def programs_on_schedule(totals: Mapping) -> Result:
    due, held = number(totals, "slots_due"), number(totals, "slots_on_schedule")
    return Result(
        ratio(held, due),
        numerator=held,
        denominator=due,
        inputs={
            "programs": number(totals, "scheduled_programs"),
            "editions_due": due,
            "editions_on_schedule": held,
            "editions_off_schedule": number(totals, "editions_off_schedule"),
        },
    )


@formula(
    "editions_held",
    label=_("Editions held"),
    explanation=_("Events of the programs that started in the period."),
    sources=[Source.EVENTS],
    dimensions=PROGRAM_TREE,
    display=Display.COUNT,
)
def editions_held(totals: Mapping) -> Result:
    count = number(totals, "editions")
    return Result(count, inputs={"editions": count})


@formula(
    "participants_per_edition",
    label=_("Participants per edition"),
    explanation=_(
        "People checked in (with the places of their registration) ÷ editions that ended in "
        "the period."
    ),
    sources=[Source.EVENTS],
    dimensions=PROGRAM_TREE,
    display=Display.NUMBER,
)
def participants_per_edition(totals: Mapping) -> Result:
    people, editions = number(totals, "checked_in_people"), number(totals, "editions_ended")
    return Result(
        ratio(people, editions),
        numerator=people,
        denominator=editions,
        inputs={"participants": people, "editions": editions},
        people_counts=(people,),
    )


@formula(
    "foreign_participant_share",
    label=_("Foreign participants"),
    explanation=_(
        "Checked-in registrants with a nationality other than Korean ÷ checked-in registrants "
        "who stated a nationality, at editions that ended in the period."
    ),
    sources=[Source.EVENTS],
    dimensions=PROGRAM_TREE,
    display=Display.SHARE,
)
def foreign_participant_share(totals: Mapping) -> Result:
    foreign, known = number(totals, "foreign_checked_in"), number(totals, "nationality_known")
    return Result(
        ratio(foreign, known),
        numerator=foreign,
        denominator=known,
        inputs={"foreign": foreign, "nationality_stated": known},
        people_counts=share_counts(foreign, known),
    )
