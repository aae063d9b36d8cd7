"""The header's main navigation at 1280 px and at 360 px (the menu button), by mouse and by
keyboard, in all five languages; the home page at 360 px; axe on the open mobile menu."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import blocking_violations, enable_axe
from tests.browser.content import LANGUAGES, kpop_world_city_week, program_index
from tests.portal.test_navigation import MENU

pytestmark = pytest.mark.browser

MAIN_MENU = {
    "ko": "주 메뉴",
    "en": "Main menu",
    "zh-hans": "主菜单",
    "ja": "メインメニュー",
    "vi": "Menu chính",
}
MENU_BUTTON = {
    "ko": "전체메뉴",
    "en": "Menu",
    "zh-hans": "菜单",
    "ja": "メニュー",
    "vi": "Trình đơn",
}


@pytest.fixture
def site(home_pages):
    kpop_world_city_week(program_index(home_pages))
    return home_pages


def test_desktop_shows_the_six_sections_without_a_menu_button(page, site):
    page.set_viewport_size({"width": 1280, "height": 800})
    for language in LANGUAGES:
        page.goto(f"/{language}/")

        menu = page.get_by_role("navigation", name=MAIN_MENU[language])
        expect(menu.get_by_role("link")).to_have_text(MENU[language])
        expect(menu.get_by_role("link").first).to_be_visible()
        expect(page.locator(".btn-navi.all")).to_be_hidden()


def test_desktop_menu_link_leads_to_its_section_and_marks_it(page, site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/vi/")

    page.get_by_role("navigation", name="Menu chính").get_by_role("link", name="Gửi ý kiến").click()

    page.wait_for_url("**/vi/feedback/")
    current = page.get_by_role("navigation", name="Menu chính").locator("[aria-current=page]")
    expect(current).to_have_text("Gửi ý kiến")


@pytest.mark.parametrize("language", LANGUAGES)
def test_mobile_menu_opens_and_closes_by_keyboard(page, site, language):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/{language}/")
    button = page.get_by_role("button", name=MENU_BUTTON[language])
    menu = page.get_by_role("navigation", name=MAIN_MENU[language])
    links = menu.get_by_role("link")

    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(links.first).to_be_hidden()

    button.focus()
    page.keyboard.press("Enter")

    expect(button).to_have_attribute("aria-expanded", "true")
    expect(links).to_have_text(MENU[language])
    expect(links.first).to_be_focused()  # focus moves into the opened menu
    page.keyboard.press("Tab")
    expect(links.nth(1)).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.keyboard.press("Escape")

    expect(button).to_have_attribute("aria-expanded", "false")
    expect(links.first).to_be_hidden()
    expect(button).to_be_focused()  # back where the visitor was


def test_mobile_menu_closes_when_focus_leaves_it_and_its_links_work(page, site):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/ja/")
    button = page.get_by_role("button", name="メニュー")
    links = page.get_by_role("navigation", name="メインメニュー").get_by_role("link")

    button.click()
    links.last.focus()
    page.keyboard.press("Tab")  # past the last link, into the page

    expect(button).to_have_attribute("aria-expanded", "false")
    expect(links.first).to_be_hidden()

    button.click()
    links.get_by_text("ニュース").click()
    page.wait_for_url("**/ja/news/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_fits_a_360_px_screen(page, site, language):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/{language}/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # Nothing is cut off either: KRDS hides body overflow, the portal does not.
    assert page.evaluate("getComputedStyle(document.body).overflowX") == "visible"


def test_the_open_mobile_menu_has_no_serious_axe_violation(page, site):
    enable_axe(page.context)
    page.set_viewport_size({"width": 360, "height": 740})
    found = {}
    for language in LANGUAGES:
        page.goto(f"/{language}/")
        page.get_by_role("button", name=MENU_BUTTON[language]).click()
        expect(page.get_by_role("button", name=MENU_BUTTON[language])).to_have_attribute(
            "aria-expanded", "true"
        )
        if violations := blocking_violations(page):
            found[language] = violations
    assert found == {}
