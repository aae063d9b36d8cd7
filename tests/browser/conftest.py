"""Playwright driving Debian's Chromium (never a downloaded browser) against the live server."""

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

from tests.browser.background import Background
from tests.conftest import restore_kpi_definitions
from tests.support.waiting import new_browser_context
from tests.support.worker import WORKER_SERVICES


@pytest.fixture
def page(browser, live_server, transactional_db):
    context = new_browser_context(browser, base_url=live_server.url, locale="ko-KR")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def background(request, tmp_path):
    """A real Celery worker where PostgreSQL and Redis are configured, else eager Celery
    (tests/browser/background.py); call `.start(**env)` before the flow."""
    if not WORKER_SERVICES:
        return Background(mail_folder=None)
    request.getfixturevalue("real_broker")
    return Background(
        mail_folder=tmp_path / "mail", start_worker=request.getfixturevalue("start_worker")
    )


@pytest.fixture
def new_page(browser, live_server, transactional_db):
    """`new_page(locale)`: a page in a browser context of its own, as another person's browser
    would be; closed after the test."""
    contexts = []

    def open_page(locale):
        contexts.append(new_browser_context(browser, base_url=live_server.url, locale=locale))
        return contexts[-1].new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def staff_browser(new_page, live_server, no_staff_mfa):
    """`staff_browser(user, admin_language)`: a new page signed in as `user`, whose Wagtail
    admin speaks `admin_language`."""

    def open_as(user, admin_language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = admin_language
        profile.save()
        client = Client()
        client.force_login(user)
        page = new_page(admin_language)
        session = client.cookies["sessionid"].value
        page.context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        return page

    return open_as


@pytest.fixture
def kpi_definitions(transactional_db):
    restore_kpi_definitions()


@pytest.fixture
def public_site(home_pages, kpi_definitions, libretranslate):
    """Content behind every page of tests/browser/public_pages.py:PUBLIC_PAGES."""
    from tests.browser.public_pages import public_site

    return public_site(home_pages)


@pytest.fixture
def resident_browser(new_page, live_server):
    """`resident_browser(user, locale)`: a new page signed in as the resident `user`."""

    def open_as(user, locale):
        client = Client()
        client.force_login(user)
        page = new_page(locale)
        session = client.cookies["sessionid"].value
        page.context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        return page

    return open_as
