"""Issue #16, at the door: two phones of the offline check-in app lose the network, check in 20
tickets between them (one ticket on both), and sync when it is back; the server counts 19
check-ins and shows staff one conflict."""

import base64
import json
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from participation.registrations.check_in_list import code_hash, list_salt
from participation.registrations.links import registration_url
from participation.registrations.models import CheckIn, CheckInAssignment, CheckInConflict
from participation.registrations.notifications import ticket_qr_png
from participation.registrations.services import (
    resolve_check_in_conflict,
    sync_offline_check_ins,
)
from participation.registrations.services.offline_sync import OfflineCheckIn
from tests.browser.axe import blocking_violations, enable_axe
from tests.factories import RegistrationFactory, UserFactory
from tests.support.waiting import wait_until

pytestmark = pytest.mark.browser


@pytest.fixture
def door_staff(event):
    """A staff account allowed to check people in at `event` only."""
    user = UserFactory(is_staff=True, email="door@example.org")
    CheckInAssignment.objects.create(event=event, user=user)
    return user


def open_app(page, url):
    page.goto(url)
    expect(page.locator("[data-count=tickets]")).to_have_text("19")
    # The service worker took the page over: from now on it opens without a network.
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")


def check_in(page, code, queued):
    page.get_by_label("티켓 코드 또는 링크").fill(code)
    page.get_by_label("티켓 코드 또는 링크").press("Enter")
    expect(page.locator("#check-in-result.check-in-result--checked_in")).to_be_visible()
    expect(page.locator("[data-count=queued]")).to_have_text(str(queued))


def test_two_offline_devices_sync_19_check_ins_and_one_conflict(staff_browser, event, door_staff):
    tickets = [RegistrationFactory(event=event).ticket_token for _ in range(19)]
    app = f"/ko/registrations/check-in/{event.pk}/app/"
    first, second = staff_browser(door_staff, "ko"), staff_browser(door_staff, "ko")
    for device in (first, second):
        open_app(device, app)
        device.context.set_offline(True)

    # With the network off, the app opens again from the service worker's copy (the worker
    # itself cannot reach the server either).
    (worker,) = first.context.service_workers
    reach = "() => fetch('/healthz').then(() => 'reached', () => 'offline')"
    assert worker.evaluate(reach) == "offline"
    first.reload()
    expect(first.locator("[data-network]")).to_have_class("check-in-app__network is-offline")
    expect(first.locator("[data-count=tickets]")).to_have_text("19")
    assert first.evaluate(reach) == "offline"

    # Ten tickets each; ticket 9 is checked in on both devices.
    for queued, code in enumerate(tickets[:10], start=1):
        check_in(first, code, queued)
    for queued, code in enumerate(tickets[9:], start=1):
        check_in(second, code, queued)
    assert CheckIn.objects.count() == 0

    # The network is back: each device sends its queue by itself.
    for device in (first, second):
        device.context.set_offline(False)
    for device in (first, second):
        expect(device.locator("[data-count=queued]")).to_have_text("0")
        expect(device.locator("[data-network]")).to_have_class("check-in-app__network")

    wait_until(lambda: CheckInConflict.objects.count() == 1, what="the conflict")
    assert CheckIn.objects.count() == 19
    conflict = CheckInConflict.objects.get()
    assert conflict.registration.ticket_token == tickets[9]
    assert conflict.first_device_id and conflict.first_device_id != conflict.scan.device_id

    # Staff see it on the event's check-in page; the devices show the count.
    for device in (first, second):
        device.locator("[data-download]").click()
        expect(device.locator("[data-count=conflicts]")).to_have_text("1")
        expect(device.locator("[data-count=checked_in]")).to_have_text("19")
    first.goto(f"/ko/registrations/check-in/{event.pk}/")
    rows = first.locator("tr[data-conflict]")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text(conflict.registration.ticket_number)
    expect(rows).to_contain_text(conflict.first_device_id[:8])
    expect(rows).to_contain_text(conflict.scan.device_id[:8])
    expect(first.locator("[data-count=checked_in]")).to_have_text("19")

    # Staff follow it up and mark it resolved with a note; it is then shown as resolved.
    first.get_by_label("해결 내용 메모").fill("두 분 모두 입장 확인함")
    first.get_by_role("button", name="해결됨으로 표시").click()
    expect(first.locator("tr[data-conflict=resolved]")).to_contain_text("두 분 모두 입장 확인함")
    expect(first.get_by_text("미해결 중복 입장 0건.")).to_be_visible()
    wait_until(
        lambda: CheckInConflict.objects.filter(resolved_at__isnull=False).exists(),
        what="the resolution",
    )


# A camera that films the ticket's QR code: getUserMedia answers with a canvas's stream, and
# BarcodeDetector is taken away so that the vendored jsQR decodes (as on desktop Linux).
FAKE_CAMERA = """
(() => {
  const image = new Image();
  image.src = %s;
  delete window.BarcodeDetector;
  navigator.mediaDevices.getUserMedia = () => image.decode().then(() => {
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth + 80;
    canvas.height = image.naturalHeight + 80;
    const context = canvas.getContext("2d");
    const draw = () => {
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 40, 40);
    };
    draw();
    window.setInterval(draw, 100);
    return canvas.captureStream(10);
  });
})();
"""


def test_the_camera_reads_the_tickets_qr_code_with_the_vendored_decoder(
    staff_browser, event, door_staff
):
    registration = RegistrationFactory(event=event)
    png = base64.b64encode(ticket_qr_png(registration_url(registration))).decode("ascii")
    device = staff_browser(door_staff, "ko")
    device.add_init_script(script=FAKE_CAMERA % json.dumps(f"data:image/png;base64,{png}"))
    device.goto(f"/ko/registrations/check-in/{event.pk}/app/")
    expect(device.locator("[data-count=tickets]")).to_have_text("1")

    device.get_by_role("button", name="카메라로 스캔").click()

    expect(device.get_by_label("QR 코드 스캔용 카메라 화면")).to_be_visible()
    expect(device.locator("#check-in-result.check-in-result--checked_in")).to_be_visible()
    wait_until(
        lambda: CheckIn.objects.filter(registration=registration).exists(), what="the check-in"
    )
    device.get_by_role("button", name="카메라 끄기").click()
    expect(device.get_by_label("QR 코드 스캔용 카메라 화면")).to_be_hidden()
    expect(device.get_by_role("button", name="카메라로 스캔")).to_be_visible()


def test_the_app_has_no_serious_accessibility_violations_in_vietnamese(
    staff_browser, event, door_staff
):
    RegistrationFactory(event=event)
    device = staff_browser(door_staff, "vi")
    enable_axe(device.context)
    device.goto(f"/vi/registrations/check-in/{event.pk}/app/")
    expect(device.locator("[data-count=tickets]")).to_have_text("1")
    device.get_by_label("Mã vé hoặc đường liên kết").fill("not-a-ticket")
    device.get_by_label("Mã vé hoặc đường liên kết").press("Enter")
    expect(device.get_by_role("status")).to_have_text(
        "Không có trong danh sách vé của sự kiện này."
    )
    expect(device.get_by_label("Mã vé hoặc đường liên kết")).to_be_focused()

    assert blocking_violations(device) == []


def test_the_list_leaves_the_device_when_the_staff_member_is_withdrawn(
    staff_browser, event, door_staff
):
    RegistrationFactory(event=event)
    device = staff_browser(door_staff, "ko")
    device.goto(f"/ko/registrations/check-in/{event.pk}/app/")
    expect(device.locator("[data-count=tickets]")).to_have_text("1")

    CheckInAssignment.objects.filter(user=door_staff).delete()
    device.locator("[data-download]").click()

    expect(device.locator("[data-count=tickets]")).to_have_text("0")
    stored = f"() => localStorage.getItem('portal-check-in:{event.pk}:list')"
    assert device.evaluate(stored) is None


def test_a_withdrawn_staff_members_sync_is_refused_and_the_queue_stays(
    staff_browser, event, door_staff
):
    ticket = RegistrationFactory(event=event).ticket_token
    device = staff_browser(door_staff, "ko")
    device.goto(f"/ko/registrations/check-in/{event.pk}/app/")
    expect(device.locator("[data-count=tickets]")).to_have_text("1")
    device.context.set_offline(True)
    check_in(device, ticket, 1)

    CheckInAssignment.objects.filter(user=door_staff).delete()
    device.context.set_offline(False)

    expect(device.get_by_role("status")).to_have_text(
        "이 행사의 입장 확인 담당자가 아닙니다. 입장 확인 기록은 이 기기에 남아 있습니다. "
        "행사 관리자에게 동기화를 요청하세요."
    )
    expect(device.locator("[data-count=queued]")).to_have_text("1")
    queue = f"() => JSON.parse(localStorage.getItem('portal-check-in:{event.pk}:queue')).length"
    assert device.evaluate(queue) == 1
    assert CheckIn.objects.count() == 0


STORED = """async () => ({
  storage: Object.keys(localStorage).filter((name) => name.startsWith("portal-check-in:")),
  caches: (await caches.keys()).filter((name) => name.startsWith("portal-check-in:")),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
})"""


def test_signing_out_clears_the_device_but_not_while_check_ins_wait(
    staff_browser, event, door_staff
):
    tickets = [RegistrationFactory(event=event).ticket_token for _ in range(2)]
    app = f"/ko/registrations/check-in/{event.pk}/app/"
    device = staff_browser(door_staff, "ko")
    device.goto(app)
    expect(device.locator("[data-count=tickets]")).to_have_text("2")
    device.wait_for_function("() => navigator.serviceWorker.controller !== null")
    device.context.set_offline(True)
    check_in(device, tickets[0], 1)

    # A check-in waits: signing out (the app's button or the header's link) is refused.
    sign_out = device.get_by_role("button", name="로그아웃하고 이 기기에서 삭제")
    sign_out.click()
    refusal = "아직 로그아웃할 수 없습니다. 이 기기에 동기화되지 않은 입장 확인이 있습니다."
    expect(device.get_by_role("status")).to_contain_text(refusal)
    device.get_by_role("link", name="로그아웃").click()
    expect(device.get_by_role("status")).to_contain_text(refusal)
    assert device.url.endswith(app)
    stored = device.evaluate(STORED)
    assert f"portal-check-in:{event.pk}:list" in stored["storage"] and stored["caches"]

    # Synced: signing out removes the lists, the queue and the service worker's copies.
    device.context.set_offline(False)
    expect(device.locator("[data-count=queued]")).to_have_text("0")
    sign_out.click()
    device.wait_for_url(lambda url: "/app/" not in url)
    assert device.evaluate(STORED) == {"storage": [], "caches": [], "workers": 0}
    assert CheckIn.objects.count() == 1
    device.goto(app)
    expect(device).to_have_url(re.compile(r"/accounts/login/"))


def test_the_check_in_pages_conflicts_are_accessible_at_360_px_in_japanese(
    staff_browser, event, door_staff
):
    tickets = [RegistrationFactory(event=event).ticket_token for _ in range(2)]
    for ticket in tickets:
        for device in ("phone-a", "phone-b"):
            item = OfflineCheckIn(
                device_id=device,
                client_id=ticket[:20],
                scanned_at=timezone.now(),
                code_hash=code_hash(list_salt(event), ticket),
            )
            sync_offline_check_ins(event=event, check_ins=[item], staff=door_staff)
    resolve_check_in_conflict(
        conflict=CheckInConflict.objects.first(), staff=door_staff, note="確認済み"
    )
    page = staff_browser(door_staff, "ja")
    enable_axe(page.context)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/ja/registrations/check-in/{event.pk}/")

    expect(page.locator("tr[data-conflict=open]")).to_have_count(1)
    expect(page.locator("tr[data-conflict=resolved]")).to_contain_text("確認済み")
    assert blocking_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
