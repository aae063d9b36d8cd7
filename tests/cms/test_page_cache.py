import re
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from cms import page_cache
from participation.registrations.errors import RegistrationClosed
from tests.factories import UserFactory


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


@pytest.mark.django_db
def test_anonymous_page_is_served_from_the_cache(client, program):
    first, _ = queries_for(client, "/ko/programs/kpop-week/")
    second, queries = queries_for(client, "/ko/programs/kpop-week/")

    assert second.content == first.content
    assert queries <= 2  # session/user lookups at most; no page rendering
    assert "public" in second["Cache-Control"]
    assert "max-age=60" in second["Cache-Control"]


@pytest.mark.django_db
def test_publishing_purges_the_cache(client, program):
    client.get("/ko/programs/kpop-week/")

    program.title = "K-POP 월드 시티 위크 (개정)"
    program.save_revision().publish()

    assert "K-POP 월드 시티 위크 (개정)" in client.get("/ko/programs/kpop-week/").content.decode()


@pytest.mark.django_db
def test_signed_in_pages_are_private_and_not_shared(client, program):
    user = UserFactory()
    client.force_login(user)

    response = client.get("/ko/programs/kpop-week/")

    assert "private" in response["Cache-Control"]
    client.logout()
    assert user.email not in client.get("/ko/programs/kpop-week/").content.decode()


@pytest.mark.django_db
def test_other_processes_see_a_publish_within_a_second(client, program, monkeypatch):
    client.get("/ko/programs/kpop-week/")
    # Another process publishes: the shared generation changes, this process has not read it.
    monkeypatch.setitem(page_cache._known_generation, "read_at", time.monotonic())
    cache.set(page_cache.GENERATION_KEY, "published-elsewhere", timeout=None)
    program.title = "새 제목"
    program.save(update_fields=["title"])
    assert "새 제목" not in client.get("/ko/programs/kpop-week/").content.decode()

    monkeypatch.setitem(page_cache._known_generation, "read_at", -10.0)  # a second later

    assert "새 제목" in client.get("/ko/programs/kpop-week/").content.decode()


@pytest.mark.django_db
def test_a_failing_page_cache_does_not_take_pages_down(client, program, monkeypatch):
    class UnavailableCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache unavailable")

        set = get

    monkeypatch.setattr(page_cache, "cache", UnavailableCache())  # the page cache's only
    page_cache._known_generation["read_at"] = -10.0  # make the middleware ask the cache

    response = client.get("/ko/programs/kpop-week/")

    assert response.status_code == 200
    assert "K-POP 월드 시티 위크" in response.content.decode()


def open_registration(event, **fields):
    event.registration_opens_at = event.starts_at - timedelta(days=30)
    event.registration_closes_at = event.starts_at - timedelta(days=1)
    for name, value in fields.items():
        setattr(event, name, value)
    event.save_revision().publish()


def token_in(response) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]


@pytest.mark.django_db
def test_a_page_with_a_form_is_stored_once_and_each_visitor_gets_their_own_token(event):
    open_registration(event)
    first_visitor = Client(enforce_csrf_checks=True)
    second_visitor = Client(enforce_csrf_checks=True)

    first, _ = queries_for(first_visitor, "/ko/programs/kpop-week/2026/")
    second, queries = queries_for(second_visitor, "/ko/programs/kpop-week/2026/")

    assert queries <= 2  # served from the cache
    assert page_cache.CSRF_PLACEHOLDER not in second.content.decode()
    assert token_in(first) != token_in(second)
    for response in (first, second):
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]
        assert "Cookie" in response["Vary"]
        assert settings.CSRF_COOKIE_NAME in response.cookies


@pytest.mark.django_db
def test_the_token_of_a_cached_page_is_accepted_and_anothers_is_not(event):
    open_registration(event)
    Client().get("/ko/programs/kpop-week/2026/")  # fills the cache
    visitor, stranger = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    page = visitor.get("/ko/programs/kpop-week/2026/")
    stranger.get("/ko/programs/kpop-week/2026/")
    answers = {
        "name": "Kim Minji",
        "email": "minji@example.org",
        "preferred_language": "ko",
        "party_size": "1",
        "consent": "on",
        "csrfmiddlewaretoken": token_in(page),
    }
    register_url = reverse("registrations:register", kwargs={"event_id": event.pk})

    assert stranger.post(register_url, answers).status_code == 403
    assert visitor.post(register_url, answers).status_code == 302


@pytest.mark.django_db
def test_a_visitor_who_has_a_csrf_cookie_keeps_it(event):
    open_registration(event)
    visitor = Client(enforce_csrf_checks=True)
    first = visitor.get("/ko/programs/kpop-week/2026/")

    again = visitor.get("/ko/programs/kpop-week/2026/")

    cookie = settings.CSRF_COOKIE_NAME
    assert again.cookies[cookie].value == first.cookies[cookie].value


@pytest.mark.django_db
def test_a_page_with_a_form_is_not_kept_past_the_close_of_registration(event, monkeypatch):
    closes_at = timezone.now() + timedelta(hours=1)
    open_registration(event, registration_closes_at=closes_at)
    client = Client()
    assert (
        'name="csrfmiddlewaretoken"' in client.get("/ko/programs/kpop-week/2026/").content.decode()
    )

    later = closes_at + timedelta(minutes=1)
    monkeypatch.setattr(page_cache.time, "time", lambda: later.timestamp())
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get("/ko/programs/kpop-week/2026/")

    assert 'name="csrfmiddlewaretoken"' not in response.content.decode()
    with translation.override("ko"):
        assert str(RegistrationClosed.message) in response.content.decode()


@pytest.mark.django_db
def test_signed_in_visitors_get_their_token_rendered_in(event):
    open_registration(event)
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())

    response = client.get("/ko/programs/kpop-week/2026/")

    assert page_cache.CSRF_PLACEHOLDER not in response.content.decode()
    assert len(token_in(response)) == 64


def is_listed_as_past(page: str, title: str) -> bool:
    return 'id="past-editions"' in page and page.index(title) > page.index('id="past-editions"')


@pytest.mark.django_db
def test_a_listing_of_upcoming_events_is_not_kept_past_the_end_of_the_first(event, monkeypatch):
    event.starts_at = timezone.now() + timedelta(hours=1)
    event.ends_at = event.starts_at + timedelta(hours=2)
    event.save_revision().publish()
    client = Client()
    before = client.get("/ko/programs/kpop-week/").content.decode()

    later = event.ends_at + timedelta(minutes=1)
    monkeypatch.setattr(page_cache.time, "time", lambda: later.timestamp())
    monkeypatch.setattr(timezone, "now", lambda: later)
    after = client.get("/ko/programs/kpop-week/").content.decode()

    assert not is_listed_as_past(before, event.title)
    assert is_listed_as_past(after, event.title)
