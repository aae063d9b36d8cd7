"""Issue #16, at the door: two phones of the offline check-in app lose the network, check in 20
tickets between them (one ticket on both), and sync when it is back; the server counts 19
check-ins and shows staff one conflict."""

import pytest
from playwright.sync_api import expect

from participation.registrations.models import CheckIn, CheckInAssignment, CheckInConflict
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
    expect(first.locator("[data-count=checked_in]")).to_have_text("19")
