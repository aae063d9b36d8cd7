"""The registration and feedback forms completed with the keyboard alone, from the top of the
page: Tab to move, typing into text fields, Space for check boxes and radio buttons, an arrow
key in the topic list, Enter to send. Every stop on the way shows where the focus is."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from participation.feedback.models import FeedbackItem
from participation.registrations.models import Registration
from tests.browser.content import kpop_world_city_week, program_index
from tests.factories import ServiceCategoryFactory

pytestmark = pytest.mark.browser

MAX_TAB_STOPS = 60

# What the focused element is, and whether a sighted keyboard user can see that it is.
FOCUS = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return {
    name: element.name || element.getAttribute('href') || element.className || element.tagName,
    visible: element.matches(':focus-visible') && (outlined || style.boxShadow !== 'none')
      && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
  };
}"""


def tab_to(page, selector: str) -> None:
    """Press Tab until the element matching `selector` has the focus, checking each stop."""
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        # KRDS scrolls smoothly: the focused field comes into view a moment after the Tab.
        try:
            page.wait_for_function(f"() => ({FOCUS})().visible")
        except PlaywrightTimeoutError:
            focus = page.evaluate(FOCUS)
            raise AssertionError(f"the focus on {focus['name']} cannot be seen") from None
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{selector} not reached in {MAX_TAB_STOPS} Tab presses")


def test_registration_form_by_keyboard_alone(page, home_pages):
    kpop_world_city_week(program_index(home_pages, languages=["vi"]), languages=["vi"])
    page.goto("/vi/programs/kpop-world-city-week/2026/")

    tab_to(page, "form.registration-form [name=name]")
    page.keyboard.type("Lê Thị Hoa")
    tab_to(page, "form.registration-form [name=email]")
    page.keyboard.type("hoa@example.vn")
    tab_to(page, "form.registration-form [name=consent]")
    page.keyboard.press("Space")
    tab_to(page, "form.registration-form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Vui lòng kiểm tra email")
    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.preferred_language) == (
        "Lê Thị Hoa",
        "hoa@example.vn",
        "vi",
    )
    assert registration.status == Registration.Status.CONFIRMED


def test_feedback_form_by_keyboard_alone(page, home_pages):
    ServiceCategoryFactory(code="noise", name_ko="소음", name_zh_hans="噪音")
    page.goto("/zh-hans/feedback/")

    tab_to(page, "input[name=kind][value=complaint]")
    page.keyboard.press("Space")
    tab_to(page, "select[name=category]")
    page.keyboard.press("ArrowDown")  # from "请选择主题" to the first topic
    tab_to(page, "textarea[name=text]")
    page.keyboard.type("路灯坏了一个星期。")
    tab_to(page, "input[name=contact_email]")
    page.keyboard.type("li.na@example.cn")
    tab_to(page, "input[name=consent]")
    page.keyboard.press("Space")
    tab_to(page, "form.feedback-form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("您的意见已提交")
    item = FeedbackItem.objects.get()
    assert (item.kind, item.category.code, item.contact_email) == (
        "complaint",
        "noise",
        "li.na@example.cn",
    )
    expect(page.locator("#tracking-code")).to_have_text(item.display_code)
    # The status link is the way on, reached by keyboard too.
    tab_to(page, f"main a.button[href$='/status/{item.tracking_code}/']")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("您的意见")
