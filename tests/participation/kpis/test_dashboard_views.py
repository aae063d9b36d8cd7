"""The public dashboard in Korean and English, and the home-page teaser: the three KPIs with
their targets, trends and formulas; charts with text alternatives; small groups as "<5"."""

import re
from html import escape

import pytest
from django.utils import translation

from participation.kpis.formulas import FORMULAS
from participation.kpis.models import KpiDefinition

from .helpers import attend, feedback, kst, recompute

pytestmark = pytest.mark.django_db

HEADLINE = ("trust_index", "exchange_agreements", "programs_on_schedule")


@pytest.fixture
def figures(make_program, make_event):
    program = make_program(title="K-POP 월드 시티 위크")
    event = make_event(program, kst(2026, 1, 20, 18))
    for n in range(6):
        attend(event, email=f"p{n}@example.org", at=kst(2026, 1, 20, 18), nationality="KR")
    for n in range(2):  # two foreign participants: a group of 2
        attend(event, email=f"f{n}@example.org", at=kst(2026, 1, 20, 18), nationality="VN")
    for _n in range(6):
        feedback(program=program, created_at=kst(2026, 1, 5), rating=4, rated_at=kst(2026, 1, 6))
    recompute("2026-01", "2026-02", now=kst(2026, 2, 15))
    return program


def page(client, language):
    response = client.get(f"/{language}/dashboard/?year=2026")
    assert response.status_code == 200
    assert response["Content-Language"] == language
    return response.content.decode()


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_three_kpis_with_targets_and_formulas(client, figures, language):
    html = page(client, language)
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        for code in HEADLINE:
            definition = KpiDefinition.objects.get(code=code)
            assert escape(definition.name) in html
            assert escape(str(FORMULAS[definition.formula].explanation)) in html
    assert "≥ 0.90" in html and "≥ +25%" in html and "≥ 100%" in html
    assert 'id="chart-trust-trend"' in html


def test_english_labels(client, figures):
    html = page(client, "en")
    assert "Trust Index" in html
    assert "International exchange agreements" in html
    assert "Regular citizen-participation programs" in html


def test_korean_labels(client, figures):
    html = page(client, "ko")
    assert "신뢰지수" in html and "국제 교류 협약" in html and "정기 시민참여 외교 프로그램" in html


def test_charts_have_text_alternatives(client, figures):
    html = page(client, "en")
    figures_count = html.count('<figure class="chart"')
    assert figures_count >= 5
    assert html.count("<figcaption") == figures_count
    assert html.count('role="img"') >= figures_count - 1  # a breakdown without data has no SVG
    # Each chart in a wide and a narrow layout (the narrow one for phones), and its table.
    wide = html.count('class="chart__svg chart__svg--wide"')
    assert html.count('<table class="chart-data') == wide
    assert html.count('class="chart__svg chart__svg--narrow"') == wide
    # The trend's target line and its table rows, one per month.
    assert 'class="chart__target"' in html
    assert "2026-</span>01</th>" in html and "2026-</span>12</th>" in html
    # Status in words and a shape, not colour alone.
    assert "kpi-status__text" in html and "kpi-status__icon" in html


def test_small_groups_are_suppressed_and_nothing_personal_shown(client, figures):
    html = page(client, "en")
    assert "&lt;5" in html  # two foreign participants
    assert "p0@example.org" not in html and "f0@example.org" not in html


def test_the_dashboard_is_printable(client, figures):
    html = page(client, "en")
    assert "css/dashboard.css" in html
    from pathlib import Path

    from django.contrib.staticfiles import finders

    assert "@media print" in Path(finders.find("css/dashboard.css")).read_text(encoding="utf-8")


def test_every_language_renders(client, figures):
    for language in ("zh-hans", "ja", "vi"):
        assert client.get(f"/{language}/dashboard/").status_code == 200


def test_the_home_page_teaser(client, figures):
    html = client.get("/en/").content.decode()
    assert 'id="kpi-teaser"' in html
    for code in HEADLINE:
        with translation.override("en"):
            assert escape(KpiDefinition.objects.get(code=code).name) in html
    assert "/en/dashboard/" in html


def test_chart_axes_write_numbers_as_the_tables_do(client, figures):
    html = page(client, "vi")
    trend = html.split('id="chart-trust-trend"')[1].split("</figure>")[0]
    ticks = re.findall(r'text-anchor="end">([^<]+)</text>', trend)

    # The Trust Index axis from 0 to 1 in quarters, with the Vietnamese decimal comma.
    assert ticks[:5] == ["0", "0,25", "0,5", "0,75", "1"]
    # The same number format in the chart's table and on the cards.
    assert re.search(r"<td>\d,\d\d</td>", trend)
