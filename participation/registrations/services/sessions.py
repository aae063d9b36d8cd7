"""Registering for an event's sessions (cms.EventSession): one registration per session chosen,
each confirmed or waiting against that session's own places and waiting list.

The sessions share the event's capacity lock (locking.py): one lock per event keeps it simple
and correct, and the whole choice is one transaction — all the sessions are registered or none.
One email lists every session chosen and its state (notice kind "sessions"). Offers, accepting
or declining them, fewer places and cancelling work per session: they count and offer the
registration's own session (services.offers, services.registering)."""

from django.db import transaction
from django.utils import timezone

from cms.models import EventPage, EventSession

from ..errors import AlreadyRegistered, SessionRequired
from ..locking import lock_event_capacity
from ..models import Registration
from ..notifications import notify_registrant
from ..records import Kind, record_participation
from ..selectors import free_places_and_start, source_event, waiting_queue
from .offers import offer_seats
from .registering import check_registration_window, validated_registration_fields

Status = Registration.Status


def register_for_sessions(
    *,
    event: EventPage,
    session_ids,
    name: str,
    email: str,
    consent: bool,
    preferred_language: str,
    party_size: int = 1,
    phone: str = "",
    nationality: str = "",
    resident_type: str = "",
    interpretation_language: str = "",
    accessibility_needs: str = "",
    answers: dict | None = None,
    user=None,
    now=None,
) -> list[Registration]:
    """Register for the sessions `session_ids` of `event` (any language version; the ids are
    the default-language page's sessions). Returns the new registrations; sessions the email
    is registered for already are left as they are and listed in the email. Raises a
    RegistrationError; AlreadyRegistered (after emailing the links) when every session chosen
    was registered already."""
    now_given = now is not None
    now = now or timezone.now()
    event = source_event(event)
    fields = validated_registration_fields(
        event=event,
        name=name,
        email=email,
        consent=consent,
        preferred_language=preferred_language,
        party_size=party_size,
        phone=phone,
        nationality=nationality,
        resident_type=resident_type,
        interpretation_language=interpretation_language,
        accessibility_needs=accessibility_needs,
        answers=answers,
    )
    check_registration_window(event=event, now=now)
    sessions = _chosen_sessions(event=event, session_ids=session_ids)
    with transaction.atomic():
        lock_event_capacity(event_id=event.pk)
        now = now if now_given else timezone.now()  # dated inside the lock: first come first
        registered = _registered_sessions(event=event, email=fields["email"])
        created, existing = [], []
        for session in sessions:
            if session.pk in registered:
                existing.append(registered[session.pk])
                continue
            created.append(
                _register_for_session(
                    event=event, session=session, fields=fields, user=user, now=now
                )
            )
        for registration in existing:
            # As for the same email on an event without sessions (services.registering): the
            # same work as a new registration, and the links go to the email's owner only.
            registration.asked_again_at = now
            registration.save(update_fields=["asked_again_at"])
            record_participation(kind=Kind.ASKED_AGAIN, registration=registration, at=now)
        first = (created or existing)[0]
        notify_registrant(registration=first, kind="sessions")
    if not created:
        raise AlreadyRegistered(registration_id=existing[0].pk)
    return created


def _chosen_sessions(*, event: EventPage, session_ids) -> list[EventSession]:
    try:
        wanted = {int(pk) for pk in session_ids or ()}
    except (TypeError, ValueError):
        raise SessionRequired() from None
    sessions = list(
        EventSession.objects.filter(page=event, pk__in=wanted).order_by("sort_order", "pk")
    )
    if not wanted or len(sessions) != len(wanted):
        raise SessionRequired()
    return sessions


def _registered_sessions(*, event: EventPage, email: str) -> dict[int, Registration]:
    """{session pk: the email's active registration for it} (read under the lock)."""
    active = Registration.objects.filter(
        event=event,
        email__iexact=email,
        session__isnull=False,
        status__in=Registration.ACTIVE_STATUSES,
    ).select_related("event", "session")
    return {registration.session_id: registration for registration in active}


def _register_for_session(*, event, session, fields: dict, user, now) -> Registration:
    """One registration for `session`, with the event's lock held: its free places go to its
    own waiting list first, as for an event (services.registering)."""
    free, starts_at = free_places_and_start(event_id=event.pk, session_id=session.pk)
    someone_waiting = waiting_queue(event_id=event.pk, session_id=session.pk).exists()
    if free > 0 and someone_waiting:
        offered, someone_waiting = offer_seats(
            event_id=event.pk, free=free, starts_at=starts_at, now=now, session_id=session.pk
        )
        free -= sum(registration.party_size for registration in offered)
    confirmed = fields["party_size"] <= free and not someone_waiting
    registration = Registration.objects.create(
        event=event,
        session=session,
        user=user,
        consent_given_at=now,
        created_at=now,
        status=Status.CONFIRMED if confirmed else Status.WAITING,
        confirmed_at=now if confirmed else None,
        **fields,
    )
    kind = Kind.REGISTERED if confirmed else Kind.WAITLISTED
    record_participation(kind=kind, registration=registration, at=now)
    return registration
