import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import page_cache
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


@pytest.mark.django_db
def test_a_page_with_a_form_is_neither_stored_nor_shared(client, event):
    event.registration_opens_at = event.starts_at - timedelta(days=30)
    event.registration_closes_at = event.starts_at - timedelta(days=1)
    event.save_revision().publish()

    response = client.get("/ko/programs/kpop-week/2026/")

    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
