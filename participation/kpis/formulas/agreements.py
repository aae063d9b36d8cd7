"""International exchange agreements from the partner registry (cms.Agreement, Korean rows):
those in force at the end of the period against the end of the baseline year."""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

from ..dimensions import Dimension
from .base import Display, Result, Source, formula, number, ratio


@formula(
    "agreements_active",
    label=_("Agreements in force"),
    explanation=_(
        "Sister-city, friendship-city and MOU agreements in force on the last day of the period "
        "(or today, for the current period)."
    ),
    sources=[Source.AGREEMENTS],
    dimensions=(Dimension.OVERALL,),
    display=Display.COUNT,
)
def agreements_active(totals: Mapping) -> Result:
    count = number(totals, "agreements_active")
    return Result(count, inputs={"agreements_active": count, "on": totals.get("agreements_on")})


@formula(
    "agreement_growth",
    label=_("Change in exchange agreements"),
    explanation=_(
        "Agreements in force at the end of the period ÷ agreements in force at the end of the "
        "baseline year − 1 (target +25 %)."
    ),
    sources=[Source.AGREEMENTS],
    dimensions=(Dimension.OVERALL,),
    display=Display.GROWTH,
)
def agreement_growth(totals: Mapping) -> Result:
    active, baseline = number(totals, "agreements_active"), totals.get("agreements_baseline")
    growth = ratio(active, baseline)
    return Result(
        None if growth is None else growth - 1,
        numerator=active,
        denominator=baseline,
        inputs={
            "agreements_active": active,
            "on": totals.get("agreements_on"),
            "baseline": baseline,
            "baseline_year": totals.get("baseline_year"),
        },
    )
