"""A Vietnamese resident registers for sessions of the Gangnam Global Tech Forum 2027 at /vi/…:
submitting without a session, the translated error summary takes the focus; choosing two (the
workshop full, so its waiting list), they see the confirmation, and the database has one
confirmed and one waiting registration. The event page with its sessions has no serious or
critical axe finding and does not scroll sideways at 360 px."""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

from participation.registrations import services
from participation.registrations.models import Registration
from participation.registrations.notifications import SUBJECTS
from tests.browser.axe import blocking_violations, enable_axe
from tests.browser.content import FORUM_2027, program_index, tech_forum_2027

pytestmark = pytest.mark.browser

RESIDENT = "an.nguyen@example.vn"
EVENT_PATH = "/vi/programs/gangnam-global-tech-forum/2027/"
KEYNOTE, WORKSHOP, _TOUR = (item["title"] for item in FORUM_2027["sessions"])


@pytest.fixture
def forum(home_pages):
    """The forum, its workshop's only place already taken by a Korean resident."""
    event = tech_forum_2027(program_index(home_pages), languages=("vi",))
    workshop = event.sessions.get(title=WORKSHOP["ko"])
    workshop.capacity = 1
    workshop.save(update_fields=["capacity"])
    [holder] = services.register_for_sessions(
        event=event,
        session_ids=[workshop.pk],
        name="김민지",
        email="minji@example.kr",
        consent=True,
        preferred_language="ko",
    )
    assert holder.status == Registration.Status.CONFIRMED
    return event


def session_box(form, title):
    return form.get_by_role("checkbox", name=re.compile("^" + re.escape(title["vi"])))


def test_a_resident_registers_for_two_sessions_in_vietnamese(new_page, forum, background):
    background.start()
    page = new_page("vi-VN")
    page.goto(EVENT_PATH)
    expect(page.get_by_role("heading", level=1)).to_have_text(FORUM_2027["title"]["vi"])
    form = page.locator("form.registration-form")
    form.get_by_role("textbox", name="Họ tên").fill("Nguyễn Văn An")
    form.get_by_role("textbox", name="Địa chỉ email").fill(RESIDENT)
    form.get_by_role("checkbox", name="Tôi đồng ý").check()

    # No session chosen: the summary, in Vietnamese, takes the focus.
    form.get_by_role("button", name="Đăng ký").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading", level=2)).to_have_text("Có vấn đề cần sửa")
    expect(summary).to_contain_text("Vui lòng chọn ít nhất một phiên.")
    assert not Registration.objects.filter(email=RESIDENT).exists()

    # Two sessions: the keynote has places, the workshop only its waiting list.
    form = page.locator("form.registration-form")
    with translation.override("vi"):
        waiting_list = f"({translation.gettext('full: waiting list')})"
    expect(session_box(form, WORKSHOP)).to_have_accessible_name(
        re.compile(re.escape(waiting_list) + "$")
    )
    session_box(form, KEYNOTE).check()
    session_box(form, WORKSHOP).check()
    form.get_by_role("checkbox", name="Tôi đồng ý").check()  # kept, or ticked again
    form.get_by_role("button", name="Đăng ký").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Vui lòng kiểm tra email")
    statuses = {
        registration.session.title: registration.status
        for registration in Registration.objects.filter(email=RESIDENT).select_related("session")
    }
    assert statuses == {
        KEYNOTE["ko"]: Registration.Status.CONFIRMED,
        WORKSHOP["ko"]: Registration.Status.WAITING,
    }
    with translation.override("vi"):
        subject = SUBJECTS["sessions"]() % {"title": FORUM_2027["title"]["vi"]}
    sent = background.wait_for_mail(to=RESIDENT, subject=subject)
    assert KEYNOTE["vi"] in sent.body and WORKSHOP["vi"] in sent.body


def test_the_event_page_with_sessions_is_accessible_and_fits_360_px(page, forum):
    enable_axe(page.context)
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        response = page.goto(EVENT_PATH)
        assert response.status == 200
        expect(page.locator("#sessions-heading")).to_be_visible()
        assert blocking_violations(page) == [], f"{width} px"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
