"""The events page in a browser, in all five languages: filters chosen in the form change the
list and the address; axe finds nothing serious or critical; nothing scrolls sideways at 360 px."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.browser.axe import blocking_violations, enable_axe
from tests.browser.content import LANGUAGES, kpop_world_city_week, program_index
from tests.factories import EventPageFactory, translate_page

pytestmark = pytest.mark.browser

TALK_TITLES = {
    "ko": "외국인 주민 생활 안내 설명회",
    "en": "Living in Gangnam: an information session",
    "zh-hans": "江南生活指南说明会",
    "ja": "江南生活ガイド説明会",
    "vi": "Buổi hướng dẫn cuộc sống ở Gangnam",
}


@pytest.fixture
def events(home_pages):
    """The K-POP festival (interpreted into Chinese, Japanese, Vietnamese) and a talk in
    Korean only, online too, each in all five languages."""
    program, festival = kpop_world_city_week(program_index(home_pages))
    starts_at = timezone.now() + timedelta(days=20)
    talk = EventPageFactory(
        parent=program,
        slug="living-in-gangnam",
        title=TALK_TITLES["ko"],
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        languages=["ko"],
        interpretation_languages=[],
        online_url="https://example.org/live",
    )
    for language in LANGUAGES[1:]:
        translate_page(talk, language, title=TALK_TITLES[language])
    return festival, talk


def label(language: str, text: str) -> str:
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_choosing_a_filter_changes_the_list_and_the_address(page, events, language):
    page.goto(f"/{language}/events/")
    items = page.locator(".event-item")
    expect(items).to_have_count(2)

    page.get_by_label(label(language, "Interpretation available")).check()
    page.get_by_role("button", name=label(language, "Show events")).click()

    expect(page).to_have_url(re.compile(r"[?&]interpretation=on(&|$)"))
    expect(items).to_have_count(1)
    expect(items.first).not_to_contain_text(TALK_TITLES[language])
    expect(page.get_by_label(label(language, "Interpretation available"))).to_be_checked()

    # A second filter narrows further, and the shared address alone gives the same list.
    page.get_by_role("combobox", name=label(language, "Language"), exact=True).select_option("ar")
    page.get_by_role("button", name=label(language, "Show events")).click()
    expect(page).to_have_url(re.compile(r"language=ar"))
    shared = page.url
    expect(items).to_have_count(0)
    expect(page.locator(".empty-state")).to_be_visible()
    page.goto(shared)
    expect(page.locator(".empty-state")).to_be_visible()

    # The month calendar keeps the filters and shows the festival on its day.
    page.goto(f"/{language}/events/?interpretation=on")
    page.get_by_role("link", name=label(language, "Month calendar"), exact=True).click()
    expect(page).to_have_url(re.compile(r"view=calendar"))
    expect(page).to_have_url(re.compile(r"interpretation=on"))
    expect(page.get_by_role("table")).to_be_visible()


def test_no_serious_or_critical_violations_and_no_sideways_scrolling(page, events):
    enable_axe(page.context)
    found, too_wide = {}, {}
    paths = [
        "/{language}/events/",
        "/{language}/events/?view=calendar",
        "/{language}/events/?language=ar",
    ]
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        for language in LANGUAGES:
            for path in paths:
                url = path.format(language=language)
                response = page.goto(url)
                assert response.status == 200, url
                if violations := blocking_violations(page):
                    found[f"{url} at {width} px"] = violations
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width:
                    too_wide[f"{url} at {width} px"] = scroll_width
    assert found == {}
    assert too_wide == {}
