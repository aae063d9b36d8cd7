"""What a formula is and what it returns. Formulas are pure functions of a mapping of totals
(sums of roll-up columns for one period and one group, see services/totals.py), so they can be
tested with hand-computed numbers and show their inputs beside the figure."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

FORMULAS: dict[str, "Formula"] = {}


class Display(models.TextChoices):
    INDEX = "index", _("index from 0 to 1")
    SHARE = "share", _("share")
    GROWTH = "growth", _("change against the baseline")
    COUNT = "count", _("count")
    DAYS = "days", _("days")
    NUMBER = "number", _("number")


class Source(models.TextChoices):
    """Which totals a formula reads (services/totals.py gathers them per source)."""

    FEEDBACK = "feedback"
    PARTICIPATION = "participation"
    EVENTS = "events"
    SCHEDULE = "schedule"
    AGREEMENTS = "agreements"


@dataclass(frozen=True)
class Result:
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    inputs: dict = field(default_factory=dict)
    # Counts of people (or of their items) behind the figure, including the complement of a
    # share (denominator − numerator): any of 1–4 suppresses the public figure (disclosure.py).
    people_counts: tuple[int, ...] = ()


@dataclass(frozen=True)
class Formula:
    key: str
    label: str
    explanation: str
    sources: tuple[str, ...]
    dimensions: tuple[str, ...]
    display: str
    function: Callable[[Mapping], Result]
    # Counts that add up across the cells of a breakdown: complementary suppression applies.
    additive: bool = False

    def __call__(self, totals: Mapping) -> Result:
        return self.function(totals)


def formula(key, *, label, explanation, sources, dimensions, display, additive=False):
    def register(function):
        FORMULAS[key] = Formula(
            key=key,
            label=label,
            explanation=explanation,
            sources=tuple(sources),
            dimensions=tuple(dimensions),
            display=display,
            function=function,
            additive=additive,
        )
        return function

    return register


def ratio(numerator, denominator) -> float | None:
    return None if not denominator else numerator / denominator


def share_counts(numerator: int, denominator: int) -> tuple[int, ...]:
    """A share reveals its numerator, its denominator and the rest."""
    return (int(numerator), int(denominator), int(denominator - numerator))


def number(totals: Mapping, name: str) -> int:
    return int(totals.get(name) or 0)
