"""Program regularity: editions on and off schedule, participants per edition and the share of
foreign participants."""

from datetime import date

import pytest

from participation.kpis.selectors.schedule import Slot, slots_in_year

from .helpers import attend, kst, recompute, snapshot

pytestmark = pytest.mark.django_db


def test_slots_per_cadence():
    assert slots_in_year("yearly", 10, 2026) == [Slot(date(2026, 10, 1))]
    assert slots_in_year("half_yearly", 4, 2026) == [
        Slot(date(2026, 4, 1)),
        Slot(date(2026, 10, 1)),
    ]
    assert slots_in_year("half_yearly", 9, 2026) == [Slot(date(2026, 3, 1)), Slot(date(2026, 9, 1))]
    assert slots_in_year("quarterly", None, 2026)[1] == Slot(date(2026, 4, 1), 3)
    assert len(slots_in_year("monthly", None, 2026)) == 12
    assert slots_in_year("one_off", None, 2026) == []
    assert slots_in_year("yearly", None, 2026) == [Slot(date(2026, 1, 1), 12)]


@pytest.fixture
def k_pop_week(make_program, make_event):
    """Yearly in October: 2024-10 on schedule, 2025-11 late (off schedule), 2026-10 ahead."""
    program = make_program(cluster="C2", axis="culture", cadence="yearly", cadence_month=10)
    held_2024 = make_event(program, kst(2024, 10, 14, 18))
    make_event(program, kst(2025, 11, 3, 18))
    make_event(program, kst(2026, 10, 12, 18))
    return program, held_2024


def test_yearly_program_on_and_off_schedule(k_pop_week):
    recompute("2024-01", "2026-09", now=kst(2026, 9, 15))
    on_2024 = snapshot("programs_on_schedule", "2024")
    assert (on_2024.value, on_2024.numerator, on_2024.denominator) == (1.0, 1, 1)
    off_2025 = snapshot("programs_on_schedule", "2025")
    assert (off_2025.value, off_2025.denominator) == (0.0, 1)
    assert off_2025.inputs["editions_off_schedule"] == 1
    # October 2026 is not over and no edition has started yet: nothing due.
    assert snapshot("programs_on_schedule", "2026").value is None
    assert snapshot("programs_on_schedule", "2025-Q4", "cluster", "C2").value == 0.0
    assert snapshot("editions_held", "2025").value == 1


def test_an_edition_early_in_its_slot_counts_at_once(k_pop_week):
    recompute("2026-10", "2026-10", now=kst(2026, 10, 13))
    assert snapshot("programs_on_schedule", "2026-10").value == 1.0


def test_twice_a_year_and_monthly(make_program, make_event):
    twice = make_program(cadence="half_yearly", cadence_month=4)
    make_event(twice, kst(2026, 4, 18, 14))
    make_event(twice, kst(2026, 10, 24, 14))
    monthly = make_program(cadence="monthly", cadence_month=None)
    for month in (1, 2, 4):  # March missed
        make_event(monthly, kst(2026, month, 10, 19))
    recompute("2026-01", "2026-11", now=kst(2026, 11, 15))
    program_key = str(twice.pk)
    assert snapshot("programs_on_schedule", "2026", "program", program_key).value == 1.0
    monthly_2026 = snapshot("programs_on_schedule", "2026", "program", str(monthly.pk))
    # January to October due (November not over): 3 of 10 held.
    assert (monthly_2026.numerator, monthly_2026.denominator) == (3, 10)
    overall = snapshot("programs_on_schedule", "2026")
    assert (overall.numerator, overall.denominator) == (5, 12)


def test_participants_per_edition_and_foreign_share(make_program, make_event):
    program = make_program(cadence="yearly", cadence_month=6)
    first = make_event(program, kst(2026, 6, 13, 13))
    second = make_event(program, kst(2026, 6, 27, 13))
    for n in range(6):
        attend(first, email=f"a{n}@example.org", at=kst(2026, 6, 13, 13), nationality="KR")
    for n in range(4):
        attend(
            first,
            email=f"b{n}@example.org",
            at=kst(2026, 6, 13, 13),
            nationality="VN",
            party_size=2,
        )
    attend(first, email="c@example.org", at=kst(2026, 6, 13, 13))  # no nationality stated
    for n in range(5):
        attend(second, email=f"d{n}@example.org", at=kst(2026, 6, 27, 13), nationality="JP")
    recompute("2026-06", "2026-06", now=kst(2026, 7, 1))
    per_edition = snapshot("participants_per_edition", "2026-06")
    # First: 6 + 4 × 2 + 1 = 15 people; second: 5. (15 + 5) ÷ 2 = 10.
    assert (per_edition.value, per_edition.numerator, per_edition.denominator) == (10, 20, 2)
    foreign = snapshot("foreign_participant_share", "2026-06")
    # Registrants who stated a nationality: 6 KR, 4 VN, 5 JP → 9 of 15.
    assert (foreign.numerator, foreign.denominator) == (9, 15)
    assert foreign.value == pytest.approx(0.6)
    attendance = snapshot("attendance_rate", "2026-06")
    assert (attendance.numerator, attendance.denominator) == (16, 16)
