"""Forms a resident can finish: the feedback form's place (a dong from the list, the device's
location), the error summary in all five languages (it takes the focus, its links move the
focus to their fields, axe finds nothing serious), and the tracking code's copy button."""

import pytest
from playwright.sync_api import expect

from participation.feedback.models import FeedbackItem
from tests.browser.axe import blocking_violations, enable_axe
from tests.factories import ServiceCategoryFactory
from tests.support.waiting import new_browser_context

pytestmark = pytest.mark.browser

HEADINGS = {
    "ko": "입력 내용에 문제가 있습니다",
    "en": "There is a problem",
    "zh-hans": "出现了问题",
    "ja": "入力内容に問題があります",
    "vi": "Có vấn đề cần sửa",
}
# The fields the empty form's summary links to, in its order.
LINKED_FIELDS = ["id_kind_0", "id_category", "id_text", "id_contact_email", "id_consent"]
YEOKSAM_STATION = {"latitude": 37.500622, "longitude": 127.036456}


@pytest.fixture
def category(transactional_db):
    return ServiceCategoryFactory(
        code="noise", name_ko="소음", name_en="Noise", name_zh_hans="噪音"
    )


def fill_in(page):
    page.locator("input[name=kind][value=complaint]").check()
    page.locator("select[name=category]").select_option(label="Noise")
    page.locator("textarea[name=text]").fill("Construction noise after 10 pm, every night.")
    page.locator("input[name=contact_email]").fill("an@example.org")
    page.locator("input[name=consent]").check()


def test_the_error_summary_takes_the_focus_and_leads_to_each_field(
    browser, live_server, home_pages, category
):
    context = new_browser_context(browser, base_url=live_server.url, locale="ko-KR")
    enable_axe(context)
    page = context.new_page()
    for language, heading in HEADINGS.items():
        page.goto(f"/{language}/feedback/")
        page.locator("form.feedback-form button[type=submit]").click()

        summary = page.locator("#error-summary")
        expect(summary).to_be_focused()
        expect(summary.get_by_role("heading", level=2)).to_have_text(heading)
        links = summary.get_by_role("link")
        expect(links).to_have_count(len(LINKED_FIELDS))
        for index, field_id in enumerate(LINKED_FIELDS):
            links.nth(index).click()
            expect(page.locator(f"#{field_id}")).to_be_focused()
            expect(page.locator(f"#{field_id}")).to_be_in_viewport()
        assert blocking_violations(page) == [], language
    context.close()


def test_a_dong_and_the_devices_location(browser, live_server, home_pages, category):
    context = new_browser_context(
        browser,
        base_url=live_server.url,
        locale="en-GB",
        geolocation=YEOKSAM_STATION,
        permissions=["geolocation"],
    )
    page = context.new_page()
    page.goto("/en/feedback/")
    fill_in(page)
    page.get_by_role("combobox", name="Dong (optional)").select_option(label="Yeoksam 1-dong")
    page.get_by_role("textbox", name="Near (optional)").fill("Exit 3 of Yeoksam Station")
    page.get_by_role("button", name="Use my location").click()
    expect(page.locator("[data-locate-status]")).to_have_text(
        "Your location is added. It is published rounded to about 100 m."
    )
    expect(page.locator("input[name=latitude]")).to_have_value("37.500622")
    page.locator("form.feedback-form button[type=submit]").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your feedback was sent")
    item = FeedbackItem.objects.get()
    assert (item.administrative_dong, item.location_text) == (
        "역삼1동",
        "Exit 3 of Yeoksam Station",
    )
    assert (float(item.latitude), float(item.longitude)) == (37.500622, 127.036456)
    context.close()


def test_the_tracking_code_is_copied_and_the_status_link_leads_on(
    browser, live_server, home_pages, category
):
    context = new_browser_context(
        browser,
        base_url=live_server.url,
        locale="vi-VN",
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    page.goto("/en/feedback/")
    fill_in(page)
    page.get_by_role("combobox", name="Dong (optional)").select_option(label="Segok-dong")
    page.locator("form.feedback-form button[type=submit]").click()
    item = FeedbackItem.objects.get()
    assert item.administrative_dong == "세곡동"

    expect(page.locator("#tracking-code")).to_have_text(item.display_code)
    page.get_by_role("button", name="Copy the code").click()
    expect(page.locator("#tracking-code-status")).to_have_text("Copied the tracking code.")
    assert page.evaluate("navigator.clipboard.readText()") == item.display_code
    page.get_by_role("link", name="Open your status page").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your feedback")
    expect(page.locator(".facts")).to_contain_text("Segok-dong")
    context.close()
