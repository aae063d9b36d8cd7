"""A past edition played out through the registration services: the production rules decide
seats, the waitlist and offers; a second run only reads the edition back."""

from datetime import timedelta

import pytest
from django.db.models import Sum
from django.utils import timezone

from demo.activity.editions import EditionPlayer
from participation.registrations.models import CheckIn, ParticipationRecord, Registration
from tests.factories import (
    EventPageFactory,
    ProgramIndexPageFactory,
    ProgramPageFactory,
    ServiceCategoryFactory,
)

pytestmark = pytest.mark.django_db
Status = Registration.Status
Kind = ParticipationRecord.Kind
CAPACITY = 30


@pytest.fixture
def past_edition(home_pages):
    # Fixed slugs: the edition's draws are seeded by them, so every run plays the same edition
    # whatever tests ran before (factory sequences would change them).
    program = ProgramPageFactory(
        parent=ProgramIndexPageFactory(parent=home_pages), slug="global-forum"
    )
    starts_at = timezone.now() - timedelta(days=10)
    event = EventPageFactory(
        parent=program,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        registration_opens_at=starts_at - timedelta(days=30),
        capacity=CAPACITY,
        max_party_size=2,
        slug="2026",
    )
    return program, event


def play(program, event, *, done=frozenset()):
    player = EditionPlayer(
        programs={event.pk: program},
        events_category=ServiceCategoryFactory(code="events-programs", sla_days=5),
        done=set(done),
        now=timezone.now(),
    )
    return player.play(event)


def seats_held_over_time(event) -> int:
    """The most seats ever held at once, replayed from the participation records."""
    held, most = 0, 0
    records = ParticipationRecord.objects.filter(event=event).order_by("at", "pk")
    holding = {}
    for record in records:
        before = holding.get(record.registration_id, False)
        after = {
            Kind.REGISTERED: True,
            Kind.OFFERED: True,
            Kind.ACCEPTED: True,
            Kind.CANCELLED: False,
            Kind.DECLINED: False,
            Kind.EXPIRED: False,
        }.get(record.kind, before)
        held += record.party_size * (int(after) - int(before))
        holding[record.registration_id] = after
        most = max(most, held)
    return most


def test_registrations_never_exceed_the_capacity(past_edition):
    program, event = past_edition

    edition = play(program, event)

    registrations = Registration.objects.filter(event=event)
    assert registrations.count() == len(edition.registrations) == 100  # the default profile
    confirmed = registrations.filter(status=Status.CONFIRMED).aggregate(seats=Sum("party_size"))
    assert confirmed["seats"] <= CAPACITY
    assert seats_held_over_time(event) <= CAPACITY
    # Oversubscribed: the services kept a waitlist and offered freed places in turn.
    kinds = set(ParticipationRecord.objects.filter(event=event).values_list("kind", flat=True))
    assert {Kind.REGISTERED, Kind.WAITLISTED, Kind.CANCELLED, Kind.OFFERED} <= kinds


def test_the_services_date_everything_when_it_happened(past_edition):
    program, event = past_edition

    play(program, event)

    registrations = Registration.objects.filter(event=event)
    for registration in registrations:
        assert event.registration_opens_at <= registration.created_at < event.starts_at
        assert registration.records.order_by("at", "pk").first().at == registration.created_at
    check_ins = CheckIn.objects.filter(registration__event=event)
    assert check_ins.exists()
    assert not check_ins.exclude(registration__status=Status.CONFIRMED).exists()
    for check_in in check_ins:
        assert abs(check_in.checked_in_at - event.starts_at) < timedelta(hours=1)
    surveyed = registrations.filter(survey_sent_at__isnull=False)
    assert set(surveyed.values_list("pk", flat=True)) == set(
        check_ins.values_list("registration_id", flat=True)
    )


def test_a_played_edition_is_only_read_back(past_edition):
    program, event = past_edition
    first = play(program, event)
    records = ParticipationRecord.objects.count()

    again = play(program, event, done={event.pk})

    assert ParticipationRecord.objects.count() == records
    assert [(r.person, r.status, r.checked_in_at) for r in again.registrations] == [
        (r.person, r.status, r.checked_in_at) for r in first.registrations
    ]
