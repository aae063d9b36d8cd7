"""International exchange agreements against the baseline year (target +25 %).

In force at the end of 2024 (the baseline): Santa Clara (2019), Haidian (2021), Meguro (2022)
and an MOU of 2024-05 = 4. Not counted: an MOU that expired on 2024-10-31, a suspended one, a
planned one, and the English copies of the Korean rows. 2026 adds an MOU of 2026-03-18: 5 in
force, 5 ÷ 4 − 1 = +25 %, on target; 2025 stays at 4, +0 %."""

from datetime import date

import pytest
from wagtail.models import Locale

from participation.kpis.models import KpiDefinition
from participation.kpis.presentation import Status, status_of
from participation.kpis.selectors.totals import agreements_in_force
from tests.factories import AgreementFactory

from .helpers import kst, recompute, snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(home_pages):
    santa_clara = AgreementFactory(kind="sister", signed_on=date(2019, 6, 12))
    AgreementFactory(kind="friendship", signed_on=date(2021, 4, 22))
    AgreementFactory(kind="friendship", signed_on=date(2022, 9, 27))
    AgreementFactory(signed_on=date(2024, 5, 21), ends_on=date(2027, 5, 20))
    AgreementFactory(signed_on=date(2022, 11, 1), ends_on=date(2024, 10, 31), status="expired")
    AgreementFactory(signed_on=date(2023, 1, 1), status="suspended")
    AgreementFactory(signed_on=None, status="planned")
    AgreementFactory(signed_on=date(2026, 3, 18), ends_on=date(2029, 3, 17))
    english = santa_clara.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()


def test_agreements_in_force_on_a_day(registry):
    assert agreements_in_force(date(2024, 10, 31)) == 5  # the expired MOU's last day
    assert agreements_in_force(date(2024, 12, 31)) == 4
    assert agreements_in_force(date(2026, 3, 17)) == 4
    assert agreements_in_force(date(2026, 3, 18)) == 5


def test_growth_against_the_baseline_year(registry):
    recompute("2025-01", "2026-12", now=kst(2026, 12, 31, 20))
    growth_2026 = snapshot("exchange_agreements", "2026")
    assert growth_2026.value == pytest.approx(0.25)
    assert growth_2026.inputs == {
        "agreements_active": 5,
        "on": "2026-12-31",
        "baseline": 4,
        "baseline_year": 2024,
    }
    definition = KpiDefinition.objects.get(code="exchange_agreements")
    assert status_of(definition, growth_2026.value) == Status.MET
    assert snapshot("exchange_agreements", "2025").value == pytest.approx(0.0)
    assert status_of(definition, 0.0) == Status.BELOW
    # A month before the new MOU: still +0 %.
    assert snapshot("exchange_agreements", "2026-02").value == pytest.approx(0.0)
    assert snapshot("agreements_active", "2026-Q2").value == 5


def test_the_current_period_counts_up_to_today(registry):
    recompute("2026-01", "2026-03", now=kst(2026, 3, 10))
    year = snapshot("exchange_agreements", "2026")
    assert year.inputs["on"] == "2026-03-10"
    assert year.value == pytest.approx(0.0)


def test_a_baseline_value_entered_by_staff_wins(registry):
    KpiDefinition.objects.filter(code="exchange_agreements").update(baseline_value=2)
    recompute("2026-12", "2026-12", now=kst(2026, 12, 31, 20))
    assert snapshot("exchange_agreements", "2026").value == pytest.approx(1.5)  # 5 ÷ 2 − 1


def test_no_baseline_means_no_value(home_pages):
    recompute("2026-01", "2026-01", now=kst(2026, 2, 1))
    assert snapshot("exchange_agreements", "2026-01").value is None
