"""The Trust Index and each component, from hand-computed fixtures (January 2026, Seoul time).

satisfaction   ratings 5, 4, 3 (answers) and 5, 2 (surveys): Σ(r − 1)/4 = 14/4 over 5 = 0.70
responsiveness 8 items due in January, 6 answered by their due date           6/8 = 0.75
resolution     6 closed, 2 rejected, 1 duplicate (left out)                   6/8 = 0.75
return         10 check-ins at the January event, 4 by October's attendees   4/10 = 0.40
Trust Index    equal weights: (0.70 + 0.75 + 0.75 + 0.40) / 4                       = 0.65
"""

import pytest

from participation.kpis.formulas.trust import trust_index

from .helpers import attend, feedback, kst, recompute, snapshot

pytestmark = pytest.mark.django_db

NOW = kst(2026, 3, 1)


@pytest.fixture
def january(make_program, make_event):
    program = make_program(cluster="C1")
    october = make_event(program, kst(2025, 10, 10, 18))
    january = make_event(program, kst(2026, 1, 20, 18))
    for n in range(4):
        attend(october, email=f"Regular{n}@example.org", at=kst(2025, 10, 10, 18))
    attend(october, email="once@example.org", at=kst(2025, 10, 10, 18))
    for n in range(4):  # the same people, their address typed in another case
        attend(january, email=f"regular{n}@EXAMPLE.org", at=kst(2026, 1, 20, 18))
    for n in range(6):
        attend(january, email=f"new{n}@example.org", at=kst(2026, 1, 20, 18))

    due = kst(2026, 1, 12, 10)
    items = []
    for n in range(8):
        on_time = n < 6
        items.append(
            feedback(
                program=program,
                created_at=kst(2026, 1, 5, 10),
                due_at=due,
                first_answered_at=kst(2026, 1, 8) if on_time else kst(2026, 1, 20),
                status="closed" if on_time else "rejected",
                closed_at=kst(2026, 1, 25) if on_time else kst(2026, 1, 26),
            )
        )
    feedback(
        program=program,
        created_at=kst(2026, 1, 6),
        status="duplicate",
        closed_at=kst(2026, 1, 7),
        first_answered_at=None,
    )
    for item, rating in zip(items[:3], (5, 4, 3), strict=True):
        item.rating, item.rated_at = rating, kst(2026, 1, 27)
        item.save()
    for rating in (5, 2):
        feedback(
            kind="event_survey",
            category=None,
            program=program,
            event=january,
            created_at=kst(2026, 1, 21),
            rating=rating,
            rated_at=kst(2026, 1, 21),
        )
    return program


def test_components_and_index(january):
    recompute("2025-10", "2026-02", now=NOW)
    assert snapshot("trust_satisfaction", "2026-01").value == pytest.approx(0.70)
    assert snapshot("trust_responsiveness", "2026-01").value == pytest.approx(0.75)
    assert snapshot("trust_resolution", "2026-01").value == pytest.approx(0.75)
    returning = snapshot("trust_return_participation", "2026-01")
    assert (returning.numerator, returning.denominator) == (4, 10)
    index = snapshot("trust_index", "2026-01")
    assert index.value == pytest.approx(0.65)
    components = index.inputs["components"]
    assert components["satisfaction"] == {
        "value": pytest.approx(0.7),
        "weight": 0.25,
        "numerator": 14,
        "denominator": 20,
    }
    # The quarter and the year hold the same items; the cluster and program too.
    assert snapshot("trust_index", "2026-Q1").value == pytest.approx(0.65)
    assert snapshot("trust_index", "2026").value == pytest.approx(0.65)
    assert snapshot("trust_index", "2026-01", "cluster", "C1").value == pytest.approx(0.65)
    assert snapshot("trust_index", "2026-01", "axis", "industry").value == pytest.approx(0.65)
    program_key = str(january.pk)
    assert snapshot("trust_index", "2026-01", "program", program_key).value == pytest.approx(0.65)


def test_weights_are_settings(january, settings):
    settings.KPI_TRUST_WEIGHTS = {
        "satisfaction": 0.4,
        "responsiveness": 0.2,
        "resolution": 0.2,
        "return_participation": 0.2,
    }
    recompute("2026-01", "2026-01", now=NOW)
    # 0.4 × 0.70 + 0.2 × 0.75 + 0.2 × 0.75 + 0.2 × 0.40 = 0.66
    assert snapshot("trust_index", "2026-01").value == pytest.approx(0.66)


def test_components_without_data_are_left_out():
    # Only ratings: the index is satisfaction alone, not dragged down by empty components.
    result = trust_index({"rated": 2, "rating_sum": 10})
    assert result.value == pytest.approx(1.0)
    assert trust_index({}).value is None


def test_october_check_ins_are_not_returning(january):
    recompute("2025-10", "2025-10", now=NOW)
    october = snapshot("trust_return_participation", "2025-10")
    assert (october.numerator, october.denominator, october.value) == (0, 5, 0)
