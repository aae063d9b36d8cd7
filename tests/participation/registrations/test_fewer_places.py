"""Groups on the waiting list (services/offers.py, docs/architecture.md): when the head wants
more places than are free it is asked first whether it accepts fewer; if it keeps waiting or
lets the question lapse, the places go to the next parties that fit, in queue order."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from participation.registrations import services
from participation.registrations.errors import OfferNotAvailable
from participation.registrations.models import ParticipationRecord, Registration
from participation.registrations.selectors import free_places_and_start
from tests.factories import UserFactory, in_english
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db

Status = Registration.Status
Kind = ParticipationRecord.Kind


@pytest.fixture
def queue(make_event):
    """Capacity 4, full (a: 2, b: 2); waiting in order c: 3 (in Vietnamese), d: 1, e: 2, f: 1."""
    event = make_event(capacity=4, max_party_size=4)
    people = {"a": register(event, party_size=2), "b": register(event, party_size=2)}
    people["c"] = register(event, party_size=3, preferred_language="vi", email="c@example.org")
    for name, size in (("d", 1), ("e", 2), ("f", 1)):
        people[name] = register(event, party_size=size, email=f"{name}@example.org")
    assert [people[n].status for n in "cdef"] == [Status.WAITING] * 4
    people["event"] = event
    return people


def fresh(*registrations):
    for registration in registrations:
        registration.refresh_from_db()
    return registrations


def held(event) -> int:
    free, _starts_at = free_places_and_start(event_id=event.pk)
    return event.capacity - free


def ask_c(queue, django_capture_on_commit_callbacks):
    """a cancels: 2 places free, c (3) is asked whether it accepts 2."""
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(registration=queue["a"])
    fresh(queue["c"])


def statuses(queue, names="cdef"):
    return [fresh(queue[name])[0].status for name in names]


def test_the_head_is_asked_first_in_its_language_and_nobody_overtakes(
    queue, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)

    c = queue["c"]
    assert c.status == Status.WAITING
    assert c.fewer_places_offered == 2
    assert c.offer_expires_at > timezone.now()
    assert statuses(queue) == [Status.WAITING] * 4  # the places wait for c's answer
    assert held(queue["event"]) == 2
    [email] = [sent for sent in mail.outbox if sent.to == ["c@example.org"]]
    assert "Có ít chỗ hơn cho nhóm của bạn" in email.subject
    assert "3" in email.body and "2" in email.body
    assert f"/vi/registrations/{c.ticket_token}/accept-fewer/" in email.body
    assert f"/vi/registrations/{c.ticket_token}/keep-waiting/" in email.body
    # A newcomer who would fit still joins the waiting list behind them.
    assert register(queue["event"]).status == Status.WAITING


def test_accepting_fewer_confirms_the_group_with_the_places_offered(
    queue, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        c = services.accept_fewer_places(registration=queue["c"])

    assert (c.status, c.party_size, c.fewer_places_offered) == (Status.CONFIRMED, 2, None)
    assert held(queue["event"]) == 4
    assert statuses(queue, "def") == [Status.WAITING] * 3
    assert ParticipationRecord.objects.filter(registration=c).latest("pk").kind == Kind.ACCEPTED
    assert [n.kind for n in c.notices.order_by("pk")][-1] == "confirmed"
    # Accepting twice changes nothing; keeping waiting afterwards is refused.
    assert services.accept_fewer_places(registration=c).party_size == 2
    with pytest.raises(OfferNotAvailable):
        services.keep_waiting(registration=c)


def test_keeping_waiting_offers_the_places_to_the_next_parties_that_fit(
    queue, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)

    services.keep_waiting(registration=queue["c"])

    # d (1) fits, e (2) no longer does, f (1) does: in queue order, skipping e.
    assert statuses(queue) == [Status.WAITING, Status.OFFERED, Status.WAITING, Status.OFFERED]
    c = queue["c"]
    assert (c.fewer_places_offered, c.fewer_places_declined) == (None, 2)
    assert queue["d"].offered_at <= queue["f"].offered_at
    assert held(queue["event"]) == 4
    assert services.keep_waiting(registration=c).status == Status.WAITING  # twice: harmless
    with pytest.raises(OfferNotAvailable):
        services.accept_fewer_places(registration=c)


def test_the_head_keeps_its_place_and_is_asked_again_only_for_more(
    queue, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)
    services.keep_waiting(registration=queue["c"])
    services.decline_offer(registration=queue["d"])
    # One place free: c declined 2, so it is not asked for 1; e (2) does not fit; nobody else.
    assert statuses(queue) == [Status.WAITING, Status.DECLINED, Status.WAITING, Status.OFFERED]

    services.cancel_registration(registration=queue["b"])  # 3 free: enough for c's group

    assert statuses(queue, "ce") == [Status.OFFERED, Status.WAITING]
    assert queue["c"].party_size == 3
    assert held(queue["event"]) == 4


def test_more_places_freed_while_asked_are_offered_to_the_whole_group(
    queue, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)

    services.cancel_registration(registration=queue["b"])  # 4 free

    assert statuses(queue) == [Status.OFFERED, Status.OFFERED, Status.WAITING, Status.WAITING]
    assert (queue["c"].party_size, queue["c"].fewer_places_offered) == (3, None)
    assert held(queue["event"]) == 4


def test_a_lapsed_question_counts_as_keeping_waiting(queue, django_capture_on_commit_callbacks):
    ask_c(queue, django_capture_on_commit_callbacks)
    later = queue["c"].offer_expires_at + timedelta(seconds=1)

    assert services.expire_offers(now=later) == 1

    assert statuses(queue) == [Status.WAITING, Status.OFFERED, Status.WAITING, Status.OFFERED]
    assert queue["c"].fewer_places_declined == 2
    assert queue["d"].offer_expires_at > later
    with pytest.raises(OfferNotAvailable):
        services.accept_fewer_places(registration=queue["c"], now=later)


def test_accepting_after_the_deadline_before_the_beat_ran_passes_the_places_on(
    queue, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)
    later = queue["c"].offer_expires_at + timedelta(seconds=1)

    with pytest.raises(OfferNotAvailable):
        services.accept_fewer_places(registration=queue["c"], now=later)

    assert statuses(queue) == [Status.WAITING, Status.OFFERED, Status.WAITING, Status.OFFERED]


def test_leaving_the_list_while_asked_passes_the_places_on(
    queue, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)

    services.cancel_registration(registration=queue["c"])

    # d (1) is offered its place; e (2), now at the head, is asked whether it accepts the 1 left.
    assert statuses(queue) == [Status.CANCELLED, Status.OFFERED, Status.WAITING, Status.WAITING]
    assert (queue["e"].fewer_places_offered, queue["f"].fewer_places_offered) == (1, None)


def test_the_personal_page_asks_and_the_answer_is_posted(
    queue, client, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)
    token = queue["c"].ticket_token
    with translation.override("en"):
        manage = reverse("registrations:manage", kwargs={"token": token})
        accept = reverse("registrations:accept_fewer", kwargs={"token": token})

    page = client.get(manage).content.decode()
    confirm = client.get(accept)  # a prefetched link changes nothing

    assert "Fewer places are available for your group" in page
    assert "You asked for 3 places; 2 places are free now." in page
    assert "register your group for the 2 places offered?" in confirm.content.decode()
    assert fresh(queue["c"])[0].status == Status.WAITING
    response = client.post(accept)
    assert response.status_code == 302
    assert fresh(queue["c"])[0].status == Status.CONFIRMED


@pytest.mark.usefixtures("no_staff_mfa")
def test_staff_see_who_is_asked_about_fewer_places(
    queue, client, django_capture_on_commit_callbacks
):
    ask_c(queue, django_capture_on_commit_callbacks)
    client.force_login(in_english(UserFactory(is_staff=True, is_superuser=True)))
    with translation.override("en"):
        url = reverse("registrations_admin_index", args=[queue["event"].pk])

    html = client.get(url).content.decode()

    assert "asked whether 2 places will do" in html
