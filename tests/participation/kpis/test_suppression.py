"""Small-count suppression: groups of 1–4 people are "<5" in public output, and so is any cell
that would give one away by subtraction."""

import pytest

from participation.kpis.disclosure import Cell, is_small, protect, smallest_group
from participation.kpis.formulas.programs import foreign_participant_share
from participation.kpis.formulas.trust import trust_index

from .helpers import attend, feedback, kst, recompute, snapshot

pytestmark = pytest.mark.django_db


def test_small_means_one_to_four():
    assert [is_small(n) for n in (0, 1, 4, 5, None)] == [False, True, True, False, False]
    assert smallest_group([0, 12, 3, 7]) == 3
    assert smallest_group([0, 0]) is None


def test_a_share_reveals_its_complement():
    # 98 of 100 are foreign: the 2 who are not are a group of 2.
    result = foreign_participant_share({"foreign_checked_in": 98, "nationality_known": 100})
    assert is_small(smallest_group(result.people_counts))
    result = foreign_participant_share({"foreign_checked_in": 50, "nationality_known": 100})
    assert not is_small(smallest_group(result.people_counts))


def test_a_composite_is_as_small_as_its_smallest_component():
    result = trust_index({"rated": 3, "rating_sum": 12, "due": 40, "due_answered_on_time": 30})
    assert smallest_group(result.people_counts) == 3


def test_one_hidden_cell_hides_the_next_smallest():
    total = Cell(("total",), 20, False)
    cells = [Cell(("a",), 3, True), Cell(("b",), 6, False), Cell(("c",), 11, False)]
    protect([(total, cells)])
    assert [cell.suppressed for cell in cells] == [True, True, False]


def test_a_small_remainder_hides_a_cell():
    # 20 in total, 17 in the cells: the 3 without a group would be revealed.
    total = Cell(("total",), 20, False)
    cells = [Cell(("a",), 6, False), Cell(("b",), 11, False)]
    protect([(total, cells)])
    assert [cell.suppressed for cell in cells] == [True, False]


def test_two_hidden_cells_are_safe():
    total = Cell(("total",), 20, False)
    cells = [Cell(("a",), 3, True), Cell(("b",), 4, True), Cell(("c",), 13, False)]
    protect([(total, cells)])
    assert [cell.suppressed for cell in cells] == [True, True, False]


@pytest.fixture
def nationalities(make_program, make_event):
    """January: 7 Korean, 3 Vietnamese, 6 Japanese registrants (16); February: 10 more."""
    program = make_program()
    event = make_event(program, kst(2026, 2, 20, 18))
    for nationality, count in (("KR", 7), ("VN", 3), ("JP", 6)):
        for n in range(count):
            attend(
                event,
                email=f"{nationality}{n}@example.org",
                at=kst(2026, 1, 20),
                nationality=nationality,
            )
    return event


def test_breakdown_cells_are_suppressed_with_their_complement(nationalities):
    recompute("2026-01", "2026-01", now=kst(2026, 3, 1))
    registrations = {
        key: snapshot("check_ins", "2026-01", "nationality", key) for key in ("KR", "VN", "JP")
    }
    assert registrations["VN"].is_suppressed  # 3 people
    assert registrations["JP"].is_suppressed  # would give VN away: 16 − 7 − 6 = 3
    assert not registrations["KR"].is_suppressed
    assert not snapshot("check_ins", "2026-01").is_suppressed  # 16 overall


def test_a_month_that_would_reveal_another_is_suppressed(make_program, make_event):
    program = make_program()
    event = make_event(program, kst(2026, 3, 20, 18))
    for n in range(3):
        attend(event, email=f"jan{n}@example.org", at=kst(2026, 1, 10))
    for n in range(10):
        attend(event, email=f"feb{n}@example.org", at=kst(2026, 2, 10))
    recompute("2026-01", "2026-02", now=kst(2026, 3, 1))
    assert snapshot("check_ins", "2026-01").is_suppressed
    # The quarter (13) minus February would give January away: February is hidden too.
    assert snapshot("check_ins", "2026-02").is_suppressed
    assert not snapshot("check_ins", "2026-Q1").is_suppressed


def test_rates_about_few_people_are_suppressed(make_program):
    program = make_program()
    for rating in (5, 4, 4):
        feedback(
            program=program, created_at=kst(2026, 1, 5), rating=rating, rated_at=kst(2026, 1, 6)
        )
    recompute("2026-01", "2026-01", now=kst(2026, 2, 1))
    assert snapshot("trust_satisfaction", "2026-01").is_suppressed
    assert snapshot("trust_index", "2026-01").is_suppressed
    assert snapshot("feedback_received", "2026-01").is_suppressed  # 3 items
