"""Small-count suppression: what public output (dashboard, home-page teaser, open data) may show.

1. Primary. A figure is suppressed when a group of people behind it has 1–4 members: a count of
   1–4 people or of their items, or a share or mean whose numerator, denominator or complement
   (denominator − numerator) is 1–4. Zero is published: an empty group reveals nobody.
2. Complementary. Counts that add up (registrations, check-ins, feedback received) could give a
   suppressed cell away by subtraction: in each breakdown of a period against its overall
   figure, and in the months of a quarter or year and the quarters of a year against their
   total. When such an equation has exactly one hidden cell and no other unknown — or its
   unpublished remainder (e.g. items without a program) is 1–4 — the smallest other non-zero
   cell is hidden too, until nothing changes.

A suppressed figure shows "<5" and none of its inputs. Figures about no one (agreements, the
program schedule) are never suppressed. Not covered: differences between different KPIs of the
same group (each is suppressed on its own counts)."""

from collections.abc import Iterable
from dataclasses import dataclass

from .conf import MIN_GROUP_SIZE

SUPPRESSED = "<5"


def is_small(count) -> bool:
    return count is not None and 0 < count < MIN_GROUP_SIZE


def smallest_group(counts: Iterable[int]) -> int | None:
    groups = [int(count) for count in counts if count]
    return min(groups) if groups else None


@dataclass
class Cell:
    key: tuple
    value: float
    suppressed: bool


def protect(equations: list[tuple[Cell, list[Cell]]], *, max_rounds: int = 50) -> None:
    """Hide further cells (in place) until no equation total = Σ cells + remainder gives a
    hidden cell or a small remainder away."""
    for _round in range(max_rounds):
        changed = False
        for total, cells in equations:
            if total.suppressed or not cells:
                continue
            hidden = [cell for cell in cells if cell.suppressed]
            remainder = round(total.value - sum(cell.value for cell in cells))
            exposed = (len(hidden) == 1 and remainder == 0) or (not hidden and is_small(remainder))
            if not exposed:
                continue
            candidates = [cell for cell in cells if not cell.suppressed and cell.value > 0]
            if candidates:
                min(candidates, key=lambda cell: (cell.value, cell.key)).suppressed = True
                changed = True
        if not changed:
            return
