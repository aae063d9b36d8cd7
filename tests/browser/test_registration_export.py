"""The CSV export's progress indicator in a real browser (static/js/csv-export-progress.js)."""

from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from tests.factories import RegistrationFactory, StaffUserFactory
from tests.support.waiting import new_browser_context

pytestmark = pytest.mark.browser

ROWS = 120


@pytest.fixture
def staff_page(browser, live_server, transactional_db, no_staff_mfa):
    """A browser page signed in as an English-speaking superuser."""
    user = StaffUserFactory()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    context = new_browser_context(browser, base_url=live_server.url, accept_downloads=True)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    yield page
    context.close()


def test_the_export_counts_rows_announces_them_and_saves_the_file(staff_page, make_event):
    event = make_event(title="큰 행사", slug="big", capacity=ROWS)
    for _ in range(ROWS):
        RegistrationFactory(event=event)
    staff_page.goto(f"/admin/registrations/event/{event.pk}/")
    status = staff_page.locator("[data-csv-export-status]")
    assert status.get_attribute("aria-live") == "polite"

    with staff_page.expect_download() as download_info:
        staff_page.get_by_role("link", name="Export CSV").click()

    download = download_info.value
    assert download.suggested_filename == f"registrations-event-{event.pk}.csv"
    lines = Path(download.path()).read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == ROWS + 1  # the header row and one per registration
    expect(status).to_have_text(f"Export finished: {ROWS} rows. The file has been saved.")
    progress = staff_page.locator("[data-csv-export-progress]")
    expect(progress).to_be_visible()
    expect(progress).to_have_js_property("value", ROWS)
