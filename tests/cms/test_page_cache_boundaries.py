"""A cached event page stops saying "not open yet" at the second registration opens (and the
form stops at the second it closes), for the page cache and for browsers: one second before,
at and after each boundary, with the clock injected."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cms import page_cache
from participation.registrations.errors import RegistrationClosed, RegistrationNotOpen

PAGE = "/ko/programs/kpop-week/2026/"
FORM = 'name="csrfmiddlewaretoken"'


@pytest.fixture
def clock(monkeypatch):
    """clock.set(moment): the moment the page cache and the registration form see."""

    class Clock:
        def set(self, moment):
            monkeypatch.setattr(page_cache.time, "time", lambda: moment.timestamp())
            monkeypatch.setattr(timezone, "now", lambda: moment)

    return Clock()


@pytest.fixture
def opens_at(event):
    """Registration for `event` opens at a whole second an hour from now, closes a day later."""
    moment = (timezone.now() + timedelta(hours=1)).replace(microsecond=0)
    event.registration_opens_at = moment
    event.registration_closes_at = moment + timedelta(days=1)
    event.save_revision().publish()
    return moment


def visit(moment, clock):
    clock.set(moment)
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(PAGE)
    return response, response.content.decode(), len(queries)


def max_age(response) -> int | None:
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        if name == "max-age":
            return int(value)
    return None


def not_open_message() -> str:
    with translation.override("ko"):
        return str(RegistrationNotOpen.message)


@pytest.mark.django_db
def test_a_second_before_opening_the_page_says_not_yet_for_one_second_at_most(opens_at, clock):
    response, page, _ = visit(opens_at - timedelta(seconds=1), clock)

    assert not_open_message() in page
    assert FORM not in page
    assert "public" in response["Cache-Control"]
    assert max_age(response) == 1


@pytest.mark.django_db
def test_a_stored_copy_tells_browsers_the_time_left_not_the_time_when_stored(opens_at, clock):
    visit(opens_at - timedelta(seconds=45), clock)  # rendered and stored: max-age=45

    response, page, queries = visit(opens_at - timedelta(seconds=2), clock)

    assert queries <= 2  # the stored copy
    assert not_open_message() in page
    assert max_age(response) == 2


@pytest.mark.django_db
@pytest.mark.parametrize("after", [timedelta(0), timedelta(seconds=1)])
def test_at_and_after_the_opening_second_the_form_is_served(opens_at, clock, after):
    visit(opens_at - timedelta(minutes=5), clock)  # the "not yet" page is stored
    visit(opens_at - timedelta(seconds=1), clock)

    response, page, _ = visit(opens_at + after, clock)

    assert FORM in page
    assert not_open_message() not in page
    assert "public" not in response["Cache-Control"]


@pytest.mark.django_db
def test_the_form_is_served_until_the_closing_second_and_not_at_it(opens_at, clock):
    closes_at = opens_at + timedelta(days=1)
    _, before, _ = visit(closes_at - timedelta(seconds=1), clock)

    _, at, _ = visit(closes_at, clock)
    _, after, _ = visit(closes_at + timedelta(seconds=1), clock)

    assert FORM in before
    with translation.override("ko"):
        closed = str(RegistrationClosed.message)
    for page in (at, after):
        assert FORM not in page
        assert closed in page
