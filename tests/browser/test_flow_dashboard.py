"""A visitor switches language on an event page and on the dashboard and stays on the same
page; the public dashboard's SVG charts render with this year's figures (recompute_kpis), and
a screenshot of it is kept as a CI artefact in artifacts/screenshots/."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.content import (
    KPOP_2026,
    kpop_world_city_week,
    participation_figures,
    program_index,
)

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def figures(home_pages, kpi_definitions):
    """This year's figures of K-POP World City Week; returns the year."""
    program, _event = kpop_world_city_week(program_index(home_pages))
    return participation_figures(program)


def switch_language(page, current_name, target_name):
    page.get_by_role("navigation", name=current_name).get_by_role("link", name=target_name).click()


def test_language_switching_keeps_the_page_and_the_dashboard_charts_render(page, figures):
    page.goto("/ko/programs/kpop-world-city-week/2026/")
    switch_language(page, "언어", "Tiếng Việt")

    page.wait_for_url("**/vi/programs/kpop-world-city-week/2026/")
    expect(page.get_by_role("heading", level=1)).to_have_text(KPOP_2026["title"]["vi"])
    assert page.locator("html").get_attribute("lang") == "vi"

    page.goto(f"/vi/dashboard/?year={figures}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bảng chỉ số ngoại giao")
    switch_language(page, "Ngôn ngữ", "한국어")

    page.wait_for_url(f"**/ko/dashboard/?year={figures}")
    expect(page.get_by_role("heading", level=1)).to_have_text("외교 대시보드")
    charts = page.locator("figure.chart svg.chart__svg").filter(visible=True)
    assert charts.count() >= 3
    for chart in charts.all():
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        assert box["width"] > 200 and box["height"] > 50
    expect(page.locator("#chart-trust-trend .chart__point").first).to_be_visible()
    expect(page.locator(".chart__bar").first).to_be_visible()

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "dashboard-ko.png", full_page=True)
    assert (SCREENSHOTS / "dashboard-ko.png").stat().st_size > 10_000
