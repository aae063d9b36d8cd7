"""Fixtures shared by the whole suite; a package's conftest.py adds only what is its own."""

import importlib
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from celery._state import _set_task_join_will_block
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone, translation
from wagtail.models import Collection, Locale, Page

from cms import page_cache
from cms.services import set_up_home_pages
from demo.data import home_page_texts
from portal.celery import app as celery_app
from tests.factories import (
    DepartmentFactory,
    EventPageFactory,
    FeedbackStaffFactory,
    ProgramIndexPageFactory,
    ProgramPageFactory,
    ServiceCategoryFactory,
    in_english,
)
from tests.support.waiting import BROWSER_TIMEOUT_MS
from tests.support.worker import DATABASE_URL, Queue, configure_broker, stop_processes

BASE_DIR = Path(__file__).resolve().parents[1]

# `make test` runs the suite in two processes (pytest-xdist): gw0, gw1; one process otherwise.
XDIST_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # pytest-django has ordered the tests as Django does: those inside a transaction, then those
    # that flush the database, then those without one. Within each group the slow ones go
    # first (the slow tests without a database before all): left to the end, one of them keeps
    # a process busy for minutes while the other has nothing left to do.
    items.sort(key=lambda item: _slow_first_in_its_group(item))


def _slow_first_in_its_group(item) -> tuple[int, bool]:
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    flushes = bool(marker and marker.kwargs.get("transaction")) or bool(
        fixtures & {"transactional_db", "live_server"}
    )
    uses_db = flushes or bool(marker) or "db" in fixtures
    slow = item.get_closest_marker("slow") is not None
    if not uses_db:
        return (-1 if slow else 2, not slow)
    return (1 if flushes else 0, not slow)


def redis_database_url(purpose: int) -> str:
    """A Redis database of its own beside REDIS_URL's, one per purpose (0: Celery broker,
    1: cache tests) and per test process, so parallel processes and runs never share one."""
    url = urlsplit(os.environ["REDIS_URL"])
    base = int(url.path.strip("/") or 0)
    return urlunsplit(url._replace(path=f"/{(base + 8 + purpose + 2 * XDIST_WORKER) % 16}"))


@pytest.fixture(autouse=True)
def _site_language():
    # Each test starts in the site's default language: one that activates another language
    # (a view, a template tag) must not change the URLs or numbers the next test sees.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


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


def restore_kpi_definitions():
    """The KPI definitions their data migration creates, which a transactional test's flush
    removes like the locales."""
    from django.apps import apps

    from participation.kpis.models import KpiDefinition

    if not KpiDefinition.objects.exists():
        migration = importlib.import_module("participation.kpis.migrations.0002_kpi_definitions")
        migration.create_definitions(apps, None)


@pytest.fixture
def home_pages(db):
    """The home page in every site language, as the demo content publishes it."""
    restore_wagtail_base_data()
    return set_up_home_pages(content=home_page_texts())


@pytest.fixture
def no_staff_mfa(settings):
    """Staff reach the admin without an authenticator (the MFA tests turn it on themselves)."""
    settings.PORTAL_REQUIRE_STAFF_MFA = False


@pytest.fixture
def program(home_pages):
    index = ProgramIndexPageFactory(parent=home_pages)
    return ProgramPageFactory(parent=index, title="다국어 거버넌스 데이", slug="governance-day")


@pytest.fixture
def make_event(program):
    """`make_event(**fields)`: an event of `program`, open for registration, 2 places."""

    def make(**fields):
        fields.setdefault("registration_opens_at", timezone.now() - timedelta(days=1))
        fields.setdefault("capacity", 2)
        fields.setdefault("max_party_size", 4)
        return EventPageFactory(parent=program, **fields)

    return make


@pytest.fixture
def event(make_event):
    return make_event(title="다국어 거버넌스 데이 2026", slug="2026")


@pytest.fixture
def department(db):
    return DepartmentFactory(code="foreign-residents", name_ko="외국인주민지원과")


@pytest.fixture
def category(department):
    return ServiceCategoryFactory(
        code="noise",
        name_ko="소음",
        name_en="Noise",
        name_zh_hans="噪音",
        department=department,
        sla_days=5,
    )


@pytest.fixture
def member(department):
    """Staff of `department` (which owns `category`), with the admin in English."""
    user = in_english(FeedbackStaffFactory())
    department.members.add(user)
    return user


@pytest.fixture
def dispatcher():
    """Staff who see and assign the feedback of every department, the admin in English."""
    return in_english(FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"]))


@pytest.fixture
def feedback_fields(category):
    """What `submit` sends unless a test says otherwise; a package's conftest may override it."""
    return {
        "kind": "complaint",
        "category": category,
        "text": "我家附近的施工噪音太大了，晚上十点以后还在施工。",
        "site_language": "zh-hans",
        "consent": True,
        "contact_email": "resident@example.org",
    }


@pytest.fixture
def submit(feedback_fields):
    """`submit(**fields)`: feedback from an anonymous resident through the service, as the web
    form sends it, and its language detected as the language worker does after commit (the
    translation task stays queued for after commit); `fields` override `feedback_fields`.
    Tests of the language still pending call submit_feedback themselves."""
    from participation.feedback.services import detect_item_language, submit_feedback

    def submit(**fields):
        return detect_item_language(item=submit_feedback(**{**feedback_fields, **fields}))

    return submit


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
    # Generous, so that a loaded machine never turns a working provider into a failing one;
    # the tests of a hung provider set their own short timeout.
    settings.TRANSLATION_TIMEOUT_SECONDS = 30.0
    yield server
    server.stop()


@pytest.fixture
def openai_server(settings):
    """An OpenAI-compatible chat-completion server on 127.0.0.1 (tests/support/openai_server.py),
    configured as the portal's translation provider: tests drive the real `openai` client
    against it. Its switches make it fail, hang, refuse the key or mangle placeholders."""
    from tests.support.openai_server import FakeOpenAI

    server = FakeOpenAI().start()
    settings.TRANSLATION_PROVIDER = "openai"
    settings.TRANSLATION_API_URL = server.url
    settings.TRANSLATION_API_KEY = ""
    settings.TRANSLATION_MODEL = "qwen2.5-7b-instruct"
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


# --- A real Celery worker (tests/support/worker.py) ----------------------------------------
@pytest.fixture
def broker_url():
    # Emptied, so no stray task reaches the worker.
    url = redis_database_url(0)
    import redis

    redis.Redis.from_url(url).flushdb()
    return url


@pytest.fixture
def real_broker(broker_url):
    previous = (celery_app.conf.broker_url, celery_app.conf.task_always_eager)
    configure_broker(url=broker_url, eager=False)
    yield
    configure_broker(url=previous[0], eager=previous[1])


@pytest.fixture
def start_worker(tmp_path, broker_url):
    """Start `celery worker` as its own process, on the test database and broker:
    `start(queues="celery", **env)`; the language worker is `queues="language"` (it builds the
    detector before it answers)."""
    test_database_url = urlunsplit(
        urlsplit(DATABASE_URL)._replace(path=f"/{connection.settings_dict['NAME']}")
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": test_database_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        # django-environ drops one leading slash of the path.
        "EMAIL_URL": f"filemail:///{tmp_path / 'mail'}",
    }
    command = [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool=solo"]
    command += ["--without-heartbeat", "--without-mingle", "--without-gossip", "-l", "WARNING"]
    with (tmp_path / "worker.log").open("a") as log:
        workers = []

        def start(*, queues: str = "celery", **extra_env) -> subprocess.Popen:
            process = subprocess.Popen(
                [*command, "-Q", queues],
                cwd=BASE_DIR,
                env={**env, **extra_env},
                stdout=log,
                stderr=log,
            )
            workers.append(process)
            return process

        yield start
        stop_processes(workers)


@pytest.fixture
def broker_queue(broker_url) -> Queue:
    return Queue(broker_url)
