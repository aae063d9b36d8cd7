import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CONTRAST_SCRIPT = """
(selector) => {
  const parse = (c) => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
  const luminance = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const backgroundOf = (el) => {
    for (; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const el = document.querySelector(selector);
  const l1 = luminance(parse(getComputedStyle(el).color));
  const l2 = luminance(parse(backgroundOf(el)));
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
"""


def test_language_switcher_keeps_the_page(page, home_pages):
    page.goto("/ko/accounts/login/")

    page.get_by_role("navigation", name="언어").get_by_role("link", name="English").click()

    page.wait_for_url("**/en/accounts/login/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.get_by_role("navigation", name="Language").locator("[aria-current]").inner_text()
        == "English"
    )


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, home_pages):
    page.goto("/vi/")

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip_link.inner_text() == "Chuyển đến nội dung chính"
    box = skip_link.bounding_box()
    assert box["y"] >= 0  # visible once focused

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_landmarks_are_present(page, home_pages):
    page.goto("/ja/")

    assert page.get_by_role("banner").count() == 1
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("contentinfo").count() == 1
    # The account links, the language switcher, the main menu and the footer's menu.
    assert page.get_by_role("navigation").count() == 4
    assert page.get_by_role("navigation", name="メインメニュー").count() == 1


@pytest.mark.parametrize("path", ["/ko/", "/vi/accounts/signup/", "/zh-hans/accounts/login/"])
def test_no_horizontal_scrolling_at_360_px(page, home_pages, path):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(path)

    assert page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.parametrize(
    "selector",
    [
        ".site-title",
        ".site-nav a",
        ".language-switcher a",
        ".krds-main-menu a",
        "main h1",
        ".site-footer p",
        ".site-footer .point",
    ],
)
def test_text_meets_wcag_aa_contrast(page, home_pages, selector):
    page.goto("/en/")

    assert page.evaluate(CONTRAST_SCRIPT, selector) >= 4.5


def test_sign_up_confirm_and_arrive_signed_in(page, home_pages):
    page.goto("/en/accounts/signup/")
    page.get_by_label("Email").fill("browser@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-Long-and-unusual-passphrase-42")
    page.get_by_label("Password (again)").fill("a-Long-and-unusual-passphrase-42")
    page.get_by_role("button", name="Sign Up").click()

    page.wait_for_url("**/en/accounts/confirm-email/")
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/en/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(urlsplit(link).path)  # the link names PORTAL_BASE_URL, not the live server
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_role("link", name="Sign out")).to_be_visible()
    expect(page.get_by_text("browser@example.org").first).to_be_visible()


def test_event_page_fits_a_360_px_screen(page, home_pages):
    from tests.factories import EventPageFactory, ProgramIndexPageFactory, ProgramPageFactory

    program = ProgramPageFactory(
        parent=ProgramIndexPageFactory(parent=home_pages), slug="kpop-week"
    )
    EventPageFactory(parent=program, slug="2026", accessibility_information="휠체어석 " * 40)
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto("/ko/programs/kpop-week/2026/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
