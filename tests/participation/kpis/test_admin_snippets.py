"""External values entered one at a time in the Wagtail admin; KPI definitions as snippets."""

import pytest

from participation.kpis.models import ExternalKpiValue, KpiDefinition
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/kpis/externalkpivalue/add/"


def test_staff_enter_a_value_with_its_source(client):
    staff = StaffUserFactory()
    client.force_login(staff)
    news = KpiDefinition.objects.get(code="news_trust_index")
    response = client.post(
        ADD,
        {
            "definition": news.pk,
            "period_kind": "year",
            "period_start": "2026-05-17",  # any day of the year names it
            "dimension": "overall",
            "dimension_key": "ignored",
            "value": "0.92",
            "source": "Press monitoring, first half of 2026",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    value = ExternalKpiValue.objects.get(definition=news, period_start__year=2026)
    assert str(value.period_start) == "2026-01-01"
    assert (value.dimension_key, value.entered_by) == ("", staff)


def test_only_kpis_from_outside_sources_take_values(client):
    client.force_login(StaffUserFactory())
    trust = KpiDefinition.objects.get(code="trust_index")
    response = client.post(
        ADD,
        {
            "definition": trust.pk,
            "period_kind": "year",
            "period_start": "2026-01-01",
            "dimension": "overall",
            "value": "0.5",
            "source": "Guess",
        },
    )
    assert response.status_code == 200  # the form again, with an error
    assert not ExternalKpiValue.objects.filter(definition=trust).exists()


def test_definitions_list(client):
    client.force_login(StaffUserFactory())
    response = client.get("/admin/snippets/kpis/kpidefinition/")
    assert response.status_code == 200
    assert "trust_index" in response.content.decode()
