import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
