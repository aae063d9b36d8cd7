"""The Trust Index and its four components, each between 0 and 1.

- satisfaction: mean of (rating − 1) / 4 over the ratings given in the period — event-survey
  answers and the ratings residents give a closed complaint's answer (dated by rated_at);
- responsiveness: of the items due in the period (due_at, set from the category's SLA), the
  share first answered by their due date;
- resolution: of the items finished in the period (closed_at), the share closed — as opposed to
  rejected. Duplicates are left out: the original item carries the case;
- return participation: of the period's check-ins, the share by people who had checked in at
  an earlier event.

Trust Index = Σ wᵢ·cᵢ / Σ wᵢ over the components with data (weights: KPI_TRUST_WEIGHTS)."""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

from .. import conf
from ..dimensions import PROGRAM_TREE
from .base import Display, Result, Source, formula, number, ratio, share_counts

COMPONENT_LABELS = {
    "satisfaction": _("Satisfaction"),
    "responsiveness": _("Responsiveness"),
    "resolution": _("Resolution"),
    "return_participation": _("Return participation"),
}


@formula(
    "satisfaction",
    label=_("Satisfaction"),
    explanation=_(
        "Mean of (rating − 1) ÷ 4 over the ratings given in the period: event surveys and "
        "residents' ratings of answers (1–5 becomes 0–1)."
    ),
    sources=[Source.FEEDBACK],
    dimensions=PROGRAM_TREE,
    display=Display.INDEX,
)
def satisfaction(totals: Mapping) -> Result:
    rated, rating_sum = number(totals, "rated"), number(totals, "rating_sum")
    value = ratio(rating_sum - rated, 4 * rated)
    return Result(
        value,
        numerator=rating_sum - rated,
        denominator=4 * rated,
        inputs={"ratings": rated, "rating_sum": rating_sum},
        people_counts=(rated,),
    )


@formula(
    "responsiveness",
    label=_("Responsiveness"),
    explanation=_(
        "Items due in the period answered by their due date ÷ items due in the period (the due "
        "date comes from the category's answer time)."
    ),
    sources=[Source.FEEDBACK],
    dimensions=PROGRAM_TREE,
    display=Display.SHARE,
)
def responsiveness(totals: Mapping) -> Result:
    due, on_time = number(totals, "due"), number(totals, "due_answered_on_time")
    return Result(
        ratio(on_time, due),
        numerator=on_time,
        denominator=due,
        inputs={"due": due, "answered_on_time": on_time},
        people_counts=share_counts(on_time, due),
    )


@formula(
    "resolution",
    label=_("Resolution"),
    explanation=_(
        "Items closed in the period ÷ items closed or rejected in the period; duplicates are "
        "left out, their original carries the case."
    ),
    sources=[Source.FEEDBACK],
    dimensions=PROGRAM_TREE,
    display=Display.SHARE,
)
def resolution(totals: Mapping) -> Result:
    resolved, rejected = number(totals, "resolved"), number(totals, "rejected")
    finished = resolved + rejected
    return Result(
        ratio(resolved, finished),
        numerator=resolved,
        denominator=finished,
        inputs={"closed": resolved, "rejected": rejected},
        people_counts=share_counts(resolved, finished),
    )


@formula(
    "return_participation",
    label=_("Return participation"),
    explanation=_(
        "Check-ins in the period by people who had checked in at an earlier event ÷ all "
        "check-ins in the period."
    ),
    sources=[Source.PARTICIPATION],
    dimensions=PROGRAM_TREE,
    display=Display.SHARE,
)
def return_participation(totals: Mapping) -> Result:
    check_ins, returning = number(totals, "check_ins"), number(totals, "returning")
    return Result(
        ratio(returning, check_ins),
        numerator=returning,
        denominator=check_ins,
        inputs={"check_ins": check_ins, "returning": returning},
        people_counts=share_counts(returning, check_ins),
    )


COMPONENTS = {
    "satisfaction": satisfaction,
    "responsiveness": responsiveness,
    "resolution": resolution,
    "return_participation": return_participation,
}


@formula(
    "trust_index",
    label=_("Trust Index"),
    explanation=_(
        "Weighted mean of satisfaction, responsiveness, resolution and return participation: "
        "Σ weight × component ÷ Σ weight, over the components with data."
    ),
    sources=[Source.FEEDBACK, Source.PARTICIPATION],
    dimensions=PROGRAM_TREE,
    display=Display.INDEX,
)
def trust_index(totals: Mapping, weights: Mapping[str, float] | None = None) -> Result:
    weights = weights or conf.trust_weights()
    components, weighted_sum, weight_sum, people = {}, 0.0, 0.0, []
    for name, component in COMPONENTS.items():
        result = component(totals)
        components[name] = {
            "value": result.value,
            "weight": weights[name],
            "numerator": result.numerator,
            "denominator": result.denominator,
        }
        people.extend(result.people_counts)
        if result.value is not None and weights[name] > 0:
            weighted_sum += weights[name] * result.value
            weight_sum += weights[name]
    value = ratio(weighted_sum, weight_sum)
    return Result(
        value,
        numerator=weighted_sum if weight_sum else None,
        denominator=weight_sum or None,
        inputs={"components": components},
        people_counts=tuple(people),
    )
