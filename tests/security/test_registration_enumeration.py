"""A duplicate registration must not tell a stranger that an email is registered: the answer
is the same, and the duplicate runs the same serial section (the event's capacity lock and
the seat count) as a new registration."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from participation.registrations.models import Registration

from .conftest import registration_form

pytestmark = pytest.mark.django_db


def _post(event, email):
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            f"/en/registrations/event/{event.pk}/", registration_form(email=email)
        )
    return response, [query["sql"] for query in queries]


def _answer_statements(queries):
    """The statements before the answer: the page, then one batch (the lock, the decision and
    its writes). What follows is the notice's delivery, a worker's task in production (run
    eagerly here), which differs by kind of email and does not delay the answer."""
    shape = _shape(queries)
    batch = next(i for i, verb in enumerate(shape) if verb.startswith("BEGIN;"))
    return shape[: batch + 1]


def _shape(queries):
    """Each statement's verb; the write to the registration row counted as one kind."""
    return [
        "WRITE REGISTRATION"
        if re.match(r'(INSERT INTO|UPDATE) "registrations_registration"', sql)
        else sql.split()[0].upper()
        for sql in queries
    ]


# As in production: a request outside any transaction takes the one-round-trip path, which
# exists on PostgreSQL only.
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the one-round-trip batch is PostgreSQL's"
)
def test_a_duplicate_takes_the_same_lock_and_gets_the_same_answer(event, settings):
    settings.REGISTRATION_RATE_LIMIT_PER_MINUTE = 1000
    type(event).objects.filter(pk=event.pk).update(capacity=10)  # places left on both paths
    _post(event, "warm-up@example.org")  # caches (locales, site) filled for both
    new, new_queries = _post(event, "first@example.org")
    duplicate, duplicate_queries = _post(event, "first@example.org")

    assert (duplicate.status_code, duplicate["Location"]) == (new.status_code, new["Location"])
    assert duplicate.content == new.content
    # The same statements in the same order: one batch in which the duplicate updates its
    # registration where a new one inserts it, and writes a KPI record and a notice as a new
    # one does (one_round_trip.py).
    assert _answer_statements(duplicate_queries) == _answer_statements(new_queries)
    assert Registration.objects.filter(email="first@example.org").count() == 1
