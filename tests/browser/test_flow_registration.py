"""A Vietnamese visitor registers for K-POP World City Week at /vi/…, is waitlisted, is offered
the seat another registrant frees through their personal link, accepts it from the offer email
and opens the ticket; every email in Vietnamese. The emails go through Celery: a real worker on
PostgreSQL and Redis in CI, eager locally (tests/browser/background.py)."""

from urllib.parse import urlsplit

import pytest
from django.utils import translation
from playwright.sync_api import expect

from participation.registrations import services
from participation.registrations.links import registration_url
from participation.registrations.models import Registration
from participation.registrations.notifications import SUBJECTS
from tests.browser.content import KPOP_2026, kpop_world_city_week, program_index

pytestmark = pytest.mark.browser

VISITOR = "an.nguyen@example.vn"


def subject(kind: str, title: str) -> str:
    with translation.override("vi"):
        return SUBJECTS[kind]() % {"title": title}


@pytest.fixture
def seat_holder(home_pages):
    """The registration of a Korean resident holding the only seat of the 2026 festival."""
    _program, event = kpop_world_city_week(program_index(home_pages), capacity=1)
    holder = services.register(
        event=event, name="김민지", email="minji@example.kr", consent=True, preferred_language="ko"
    )
    assert holder.status == Registration.Status.CONFIRMED
    return holder


def test_vietnamese_visitor_is_waitlisted_promoted_and_opens_the_ticket(
    new_page, live_server, seat_holder, background
):
    title = KPOP_2026["title"]["vi"]
    background.start()
    visitor = new_page("vi-VN")

    # The event page in Vietnamese: the seat is taken, the visitor registers all the same.
    visitor.goto("/vi/programs/kpop-world-city-week/2026/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    form = visitor.locator("form.registration-form")
    form.get_by_role("textbox", name="Họ tên").fill("Nguyễn Văn An")
    form.get_by_role("textbox", name="Địa chỉ email").fill(VISITOR)
    expect(form.get_by_role("combobox", name="Ngôn ngữ nhận email")).to_have_value("vi")
    form.get_by_role("checkbox", name="Tôi đồng ý").check()
    form.get_by_role("button", name="Đăng ký").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Vui lòng kiểm tra email")

    waiting = background.wait_for_mail(to=VISITOR, subject=subject("waiting", title))
    assert "danh sách chờ" in waiting.body
    visitor.goto(waiting.link("/vi/registrations/"))
    expect(visitor.locator(".registration-status")).to_have_text("đang chờ")
    expect(visitor.get_by_role("img", name="Mã QR của vé")).to_have_count(0)

    # The Korean resident gives up the seat through their own personal link.
    resident = new_page("ko-KR")
    resident.goto(urlsplit(registration_url(seat_holder)).path)
    resident.get_by_role("link", name="신청 취소").click()
    expect(resident.get_by_text("정말 신청을 취소하시겠습니까?", exact=False)).to_be_visible()
    resident.get_by_role("button", name="네, 신청을 취소합니다").click()
    expect(resident.get_by_role("status")).to_contain_text("신청이 취소되었습니다.")

    # The seat is offered to the visitor by email, in Vietnamese; they accept it from the link.
    offer = background.wait_for_mail(to=VISITOR, subject=subject("offer", title))
    assert "Đã có chỗ dành cho bạn" in offer.subject
    visitor.goto(offer.link("/accept/"))
    visitor.get_by_role("button", name="Nhận chỗ").click()

    expect(visitor.get_by_role("status")).to_contain_text("Bạn đã nhận chỗ.")
    expect(visitor.locator(".registration-status")).to_have_text("đã xác nhận")
    expect(visitor.get_by_role("heading", name="Vé của bạn")).to_be_visible()
    qr = visitor.get_by_role("img", name="Mã QR của vé")
    expect(qr).to_be_visible()
    assert qr.evaluate("image => image.complete && image.naturalWidth") > 0
    confirmed = background.wait_for_mail(to=VISITOR, subject=subject("confirmed", title))
    assert confirmed.link("/vi/registrations/") == visitor.url.removeprefix(live_server.url)
