"""The head of the waiting list answers the question whether it accepts fewer places than its
party wants (the rule: services/offers.py and docs/architecture.md)."""

from django.db import transaction
from django.utils import timezone

from ..errors import OfferNotAvailable
from ..locking import lock_event_capacity
from ..models import Registration
from ..notifications import notify_registrant
from ..records import Kind, record_participation
from ..selectors import free_places_and_start
from .offers import fewer_places_pending, lapse_fewer_places, offer_free_seats

Status = Registration.Status


def accept_fewer_places(*, registration: Registration, now=None) -> Registration:
    """Take the places offered: the party becomes that many, confirmed. Accepting twice is
    harmless; a lapsed question cannot be revived."""
    now = now or timezone.now()
    with transaction.atomic():
        lock_event_capacity(event_id=registration.event_id)
        registration = _reload(registration)
        if registration.status == Status.CONFIRMED:
            return registration
        if registration.status != Status.WAITING or registration.fewer_places_offered is None:
            raise OfferNotAvailable()
        places = registration.fewer_places_offered
        free, _starts_at = free_places_and_start(
            event_id=registration.event_id, session_id=registration.session_id
        )
        if fewer_places_pending(registration, now=now) and places <= free:
            registration.party_size = places
            registration.status = Status.CONFIRMED
            registration.confirmed_at = now
            registration.fewer_places_offered = None
            registration.save(
                update_fields=["party_size", "status", "confirmed_at", "fewer_places_offered"]
            )
            record_participation(kind=Kind.ACCEPTED, registration=registration, at=now)
            notify_registrant(registration=registration, kind="confirmed")
            return registration
        # Lapsed (the beat has not run yet), or an editor lowered the capacity meanwhile:
        # close the question now (committed), offer the places on, then refuse.
        lapse_fewer_places(registration)
        offer_free_seats(event=registration.event, now=now, session_id=registration.session_id)
    raise OfferNotAvailable()


def keep_waiting(*, registration: Registration, now=None) -> Registration:
    """Decline the fewer places and keep one's place at the head of the list; the free places
    go to the next parties that fit. Answering twice is harmless."""
    now = now or timezone.now()
    with transaction.atomic():
        lock_event_capacity(event_id=registration.event_id)
        registration = _reload(registration)
        asked = registration.fewer_places_offered is not None
        if registration.status == Status.WAITING and not asked:
            if registration.fewer_places_declined is not None:
                return registration  # answered already
            raise OfferNotAvailable()
        if registration.status != Status.WAITING:
            raise OfferNotAvailable()
        lapse_fewer_places(registration)
        offer_free_seats(event=registration.event, now=now, session_id=registration.session_id)
    return registration


def _reload(registration: Registration) -> Registration:
    return Registration.objects.select_related("event", "session").get(pk=registration.pk)
