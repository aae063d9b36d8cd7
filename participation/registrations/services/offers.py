"""Offering free places to the waiting list (call with the event's capacity lock held).

The rule (docs/architecture.md, "Waiting list and groups"): the list is served strictly in
order. A party that fits the free places is offered them (status "offered": the places are
held for it). When the party at the head wants more places than are free, it is first asked
whether it accepts fewer: a "fewer places" offer of all the free places, with the usual expiry
(REGISTRATION_OFFER_HOURS, never past the start). The places are not held by that question,
but nobody else gets them while it is open: the head keeps its status "waiting", so newcomers
wait and nobody is offered anything. If the head accepts, its party becomes the number offered
and it is confirmed; if it keeps waiting (or lets the question lapse), that number is recorded
as declined and the free places go to the next parties in queue order that fit, skipping those
that do not. The head keeps its place at the front and is asked again only when more places are
free than it last turned down; when enough are free for its whole party, it is offered them."""

from django.utils import timezone

from .. import conf
from ..models import Registration
from ..notifications import notify_registrant
from ..records import Kind, record_participation
from ..selectors import free_places_and_start, waiting_queue

Status = Registration.Status


def offer_free_seats(*, event, now, session_id: int | None = None) -> list[Registration]:
    """Offer the event's free places (the session's, when given: each session has its own
    places and waiting list) to those waiting."""
    # As they are now:
    free, starts_at = free_places_and_start(event_id=event.pk, session_id=session_id)
    offered, _still_waiting = offer_seats(
        event_id=event.pk, free=free, starts_at=starts_at, now=now, session_id=session_id
    )
    return offered


def offer_seats(
    *, event_id: int, free: int, starts_at, now, session_id: int | None = None
) -> tuple[list[Registration], bool]:
    """Offer `free` places to the waitlist (the session's, when given) by the rule above.
    Returns the offers and whether anyone is still waiting."""
    queue = waiting_queue(event_id=event_id, session_id=session_id)
    if free <= 0 or now >= starts_at:
        # The common case under load: no need to read the list.
        return [], queue.exists() if free > 0 else True
    expires_at = min(now + conf.offer_validity(), starts_at)
    offered = []
    # Everyone takes at least one place: the first `free` people waiting, and one more to tell
    # whether anyone is left, are all that can matter while everyone fits.
    for registration in queue[: free + 1]:
        if free <= 0:
            return offered, True
        if registration.party_size <= free:
            _offer(registration, expires_at=expires_at, now=now)
            free -= registration.party_size
            offered.append(registration)
            continue
        # The head wants more places than are free.
        if fewer_places_pending(registration, now=now):
            return offered, True  # everyone behind waits for its answer
        if registration.fewer_places_offered is not None:
            lapse_fewer_places(registration)  # lapsed before the beat's sweep came
        if (registration.fewer_places_declined or 0) < free:
            _ask_fewer(registration, places=free, expires_at=expires_at, now=now)
            return offered, True
        # It turned this many down: the next parties that fit, in queue order.
        behind = queue.filter(party_size__lte=free).exclude(pk=registration.pk)
        for other in behind:
            if free <= 0:
                break
            if other.party_size <= free:
                _offer(other, expires_at=expires_at, now=now)
                free -= other.party_size
                offered.append(other)
        return offered, True
    return offered, False


def fewer_places_pending(registration: Registration, *, now=None) -> bool:
    """Whether `registration` has been asked to accept fewer places and may still answer."""
    now = now or timezone.now()
    return (
        registration.status == Status.WAITING
        and registration.fewer_places_offered is not None
        and registration.offer_expires_at is not None
        and registration.offer_expires_at > now
    )


def lapsed_offers(*, now):
    """Offers of places and questions about fewer places whose time has run out."""
    return Registration.objects.filter(
        status__in=(Status.OFFERED, Status.WAITING), offer_expires_at__lte=now
    )


def lapse_fewer_places(registration: Registration) -> None:
    """The head did not accept fewer places (declined or let it lapse): remember how many, so
    the places go to the next parties that fit."""
    registration.fewer_places_declined = registration.fewer_places_offered
    registration.fewer_places_offered = None
    registration.offered_at = registration.offer_expires_at = None
    registration.save(
        update_fields=[
            "fewer_places_declined",
            "fewer_places_offered",
            "offered_at",
            "offer_expires_at",
        ]
    )


def expire_offer(*, registration: Registration, now) -> None:
    if registration.status == Status.WAITING:  # a question about fewer places
        lapse_fewer_places(registration)
        return
    registration.status = Status.EXPIRED
    registration.save(update_fields=["status"])
    record_participation(kind=Kind.EXPIRED, registration=registration, at=now)
    notify_registrant(registration=registration, kind="expired")


def _offer(registration: Registration, *, expires_at, now) -> None:
    registration.status = Status.OFFERED
    registration.offered_at = now
    registration.offer_expires_at = expires_at
    registration.fewer_places_offered = None
    registration.save(
        update_fields=["status", "offered_at", "offer_expires_at", "fewer_places_offered"]
    )
    record_participation(kind=Kind.OFFERED, registration=registration, at=now)
    notify_registrant(registration=registration, kind="offer")


def _ask_fewer(registration: Registration, *, places: int, expires_at, now) -> None:
    registration.fewer_places_offered = places
    registration.offered_at = now
    registration.offer_expires_at = expires_at
    registration.save(update_fields=["fewer_places_offered", "offered_at", "offer_expires_at"])
    notify_registrant(registration=registration, kind="fewer")
