import os
import shutil
from urllib.parse import urlsplit, urlunsplit

import pytest
from celery._state import _set_task_join_will_block
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Collection, Locale, Page

from cms import page_cache
from cms.demo_content import HOME_PAGES
from cms.services import set_up_home_pages
from tests.support.waiting import BROWSER_TIMEOUT_MS

# `make test` runs the suite in two processes (pytest-xdist): gw0, gw1; one process otherwise.
XDIST_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def redis_database_url(purpose: int) -> str:
    """A Redis database of its own beside REDIS_URL's, one per purpose (0: Celery broker,
    1: cache tests) and per test process, so parallel processes and runs never share one."""
    url = urlsplit(os.environ["REDIS_URL"])
    base = int(url.path.strip("/") or 0)
    return urlunsplit(url._replace(path=f"/{(base + 8 + purpose + 2 * XDIST_WORKER) % 16}"))


@pytest.fixture(autouse=True)
def _clear_cache():
    # allauth's rate limits and cached pages live in the cache: each test starts clean.
    cache.clear()
    page_cache.purge()  # also forgets the pages this process keeps in memory
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _reset_celery_join_guard():
    yield
    # Eager tasks enqueued from several threads at once (concurrency tests) can leave Celery's
    # process-wide "inside a task" flag set, which would make a later EagerResult.get() fail.
    _set_task_join_will_block(False)


def restore_wagtail_base_data():
    """Transactional tests (browser, worker) flush the database, taking with it the rows that
    migrations created: the five locales, the page tree root and the root collection."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default(), live=True)
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def home_pages(db):
    """The home page in every site language, as the demo content publishes it."""
    restore_wagtail_base_data()
    return set_up_home_pages(content=HOME_PAGES)


@pytest.fixture
def libretranslate(settings):
    """A LibreTranslate-compatible server on 127.0.0.1 (tests/support/libretranslate_server.py),
    configured as the portal's translation provider: tests drive deep-translator's real HTTP
    client against it. Its switches make it fail, hang or refuse the key."""
    from tests.support.libretranslate_server import FakeLibreTranslate

    server = FakeLibreTranslate().start()
    settings.TRANSLATION_PROVIDER = "libretranslate"
    settings.TRANSLATION_API_URL = server.url
    settings.TRANSLATION_API_KEY = ""
    settings.TRANSLATION_TIMEOUT_SECONDS = 2.0
    yield server
    server.stop()


# --- Chromium, one per test session (tests/browser, tests/security) ------------------------
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Playwright driving Debian's Chromium (never a downloaded browser)."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("PORTAL_REQUIRE_BROWSER_TESTS"):
            pytest.fail("Chromium is required here: apt-get install chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    # One generous ceiling for every `expect(...)` (contexts get it for actions through
    # tests/support/waiting.py): a loaded machine is slower, never wrong.
    expect.set_options(timeout=BROWSER_TIMEOUT_MS)

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
