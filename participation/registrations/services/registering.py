"""Registration state changes. Every change to who holds seats runs inside one transaction
that first locks the event's capacity row (locking.py), so seat counting and the change it
decides are atomic: no seat is ever taken twice.

Seats held = party sizes of confirmed registrations + outstanding offers. The waitlist is
served in order (services/offers.py: a group at its head that wants more places than are free
is first asked whether it accepts fewer), and newcomers wait while anyone is waiting.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import EventPage
from portal.insert import insert_together

from .. import conf, one_round_trip
from ..errors import (
    AlreadyRegistered,
    CancellationClosed,
    ConsentMissing,
    EventOver,
    InvalidRegistrationData,
    OfferNotAvailable,
    PartySizeInvalid,
    RegistrationBusy,
    RegistrationClosed,
    RegistrationError,
    RegistrationNotOpen,
    SessionRequired,
)
from ..locking import Seats, lock_event_capacity, lock_event_for_registration
from ..models import Registration, ResidentType
from ..notifications import notify_registrant, owe_notice, send_registration_email, unsaved_notice
from ..questions import clean_answers, questions_of
from ..records import Kind, participation_record, record_participation
from ..selectors import source_event
from .offers import expire_offer as _expire_offer
from .offers import lapsed_offers
from .offers import offer_free_seats as _offer_free_seats
from .offers import offer_seats as _offer_seats

Status = Registration.Status
NATIONALITY = re.compile(r"^[A-Z]{2}$")
REMINDER_BATCH = 500


def register(
    *,
    event: EventPage,
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
) -> Registration:
    """Register for `event` (any language version): confirmed if places are free and nobody
    waits, else waiting. Raises a RegistrationError; AlreadyRegistered after emailing the
    existing registration's link to `email`."""
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
    if one_round_trip.available():
        outcome = one_round_trip.register(
            event=event, fields=fields, user=user, now=now if now_given else None
        )
        if outcome is not None and outcome.registration is not None:
            return outcome.registration
        if outcome is not None:
            raise AlreadyRegistered(registration_id=outcome.registered_id)
    with transaction.atomic():
        # The lock, seats, waitlist and the email's registration in one round trip, and the
        # new rows in one more (PostgreSQL): the lock is held for little more than that.
        seats = lock_event_for_registration(event_id=event.pk, email=fields["email"])
        if seats.has_sessions:
            raise SessionRequired()  # services.sessions registers for them
        # Dated inside the lock, so the order of registration times is the order in which
        # places were given (first come, first served).
        now = now if now_given else timezone.now()
        if seats.registered_id is None:
            return _create_registration(event=event, fields=fields, user=user, seats=seats, now=now)
        # The same work as a new registration (seats, waitlist, a write to the registration,
        # a record and a notice): the answer's timing must not tell a stranger that this email
        # is registered.
        existing = Registration.objects.get(pk=seats.registered_id)
        existing.event = event  # as a new registration has it: no query for the page
        _serve_waitlist(event=event, seats=seats, now=now)
        existing.asked_again_at = now
        existing.save(update_fields=["asked_again_at"])
        record_participation(kind=Kind.ASKED_AGAIN, registration=existing, at=now)
        notify_registrant(registration=existing, kind="existing")
    raise AlreadyRegistered(registration_id=existing.pk)


def _serve_waitlist(*, event: EventPage, seats: Seats, now) -> tuple[int, bool]:
    """Offer free places to those waiting; (places still free, whether anyone still waits).
    Inside the transaction that holds the event's capacity lock, `seats` read under it."""
    free = seats.free
    if free <= 0 or not seats.someone_waiting:
        # The common case: nothing to offer, so no need to read the list.
        return free, seats.someone_waiting or free <= 0
    offered, someone_waiting = _offer_seats(
        event_id=event.pk, free=free, starts_at=seats.starts_at, now=now
    )
    return free - sum(registration.party_size for registration in offered), someone_waiting


def cancel_registration(*, registration: Registration, now=None) -> Registration:
    """Cancel a registration or leave the waitlist; freed places are offered at once.
    Cancelling again changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        lock_event_capacity(event_id=registration.event_id)
        registration = _reload(registration)
        if not registration.is_active:
            return registration
        if refusal := cancellation_refusal(registration=registration, now=now):
            raise refusal
        # Places held, or places kept free while it was asked about fewer: offered on.
        frees_places = registration.holds_seats or registration.fewer_places_offered is not None
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        record_participation(kind=Kind.CANCELLED, registration=registration, at=now)
        notify_registrant(registration=registration, kind="cancelled")
        if frees_places:
            _offer_free_seats(event=registration.event, now=now, session_id=registration.session_id)
    return registration


def cancellation_refusal(*, registration: Registration, now=None) -> RegistrationError | None:
    """Why `registration` cannot be cancelled now, or None when it can (the personal page
    offers the button only then)."""
    now = now or timezone.now()
    deadline = registration.starts_at - conf.cancellation_lead_time()
    if not registration.is_active or now >= deadline:
        return CancellationClosed()
    return None


def accept_offer(*, registration: Registration, now=None) -> Registration:
    """Take the offered place. Accepting twice is harmless; a lapsed offer cannot be revived."""
    now = now or timezone.now()
    with transaction.atomic():
        lock_event_capacity(event_id=registration.event_id)
        registration = _reload(registration)
        if registration.status == Status.CONFIRMED:
            return registration
        if registration.status != Status.OFFERED:
            raise OfferNotAvailable()
        if registration.offer_expires_at > now:
            registration.status = Status.CONFIRMED
            registration.confirmed_at = now
            registration.save(update_fields=["status", "confirmed_at"])
            record_participation(kind=Kind.ACCEPTED, registration=registration, at=now)
            notify_registrant(registration=registration, kind="confirmed")
            return registration
        # Lapsed, and the beat task has not run yet: expire it now (committed), then refuse.
        _expire_offer(registration=registration, now=now)
        _offer_free_seats(event=registration.event, now=now, session_id=registration.session_id)
    raise OfferNotAvailable()


def decline_offer(*, registration: Registration, now=None) -> Registration:
    """Turn the offered place down; it goes to the next person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        lock_event_capacity(event_id=registration.event_id)
        registration = _reload(registration)
        if registration.status == Status.DECLINED:
            return registration
        if registration.status != Status.OFFERED:
            raise OfferNotAvailable()
        registration.status = Status.DECLINED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        record_participation(kind=Kind.DECLINED, registration=registration, at=now)
        _offer_free_seats(event=registration.event, now=now, session_id=registration.session_id)
    return registration


def expire_offers(*, now=None) -> int:
    """Expire lapsed offers and questions about fewer places, and offer their places on;
    safe to run any number of times."""
    now = now or timezone.now()
    event_ids = set(lapsed_offers(now=now).values_list("event_id", flat=True))
    expired = 0
    for event_id in sorted(event_ids):
        try:
            with transaction.atomic():
                lock_event_capacity(event_id=event_id)
                lapsed = lapsed_offers(now=now).select_related("event").filter(event_id=event_id)
                event, session_ids = None, set()
                for registration in lapsed:
                    _expire_offer(registration=registration, now=now)
                    event, expired = registration.event, expired + 1
                    session_ids.add(registration.session_id)
                for session_id in sorted(session_ids, key=lambda pk: pk or 0):
                    _offer_free_seats(event=event, now=now, session_id=session_id)
        except RegistrationBusy:
            continue  # the next run takes this event
    return expired


def offer_free_seats(*, event: EventPage, now=None) -> list[Registration]:
    """Offer free places to the waitlist, e.g. after an editor raised the capacity."""
    now = now or timezone.now()
    event = source_event(event)
    with transaction.atomic():
        lock_event_capacity(event_id=event.pk)
        session_ids = list(event.sessions.values_list("pk", flat=True)) or [None]
        return [
            registration
            for session_id in session_ids
            for registration in _offer_free_seats(event=event, now=now, session_id=session_id)
        ]


def send_reminders(*, now=None) -> int:
    """Remind confirmed registrants shortly before their event (their session's start, for a
    registration for a session), once each."""
    now = now or timezone.now()
    lead = conf.reminder_lead_time()
    due = (
        Registration.objects.alias(starts=Coalesce("session__starts_at", "event__starts_at"))
        .filter(
            status=Status.CONFIRMED,
            reminder_sent_at__isnull=True,
            starts__gt=now,
            starts__lte=now + lead,
            # Confirmed inside the window: the confirmation email was reminder enough.
            confirmed_at__lte=F("starts") - lead,
        )
        .values_list("pk", flat=True)[:REMINDER_BATCH]
    )
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            # A concurrent run skips the row it cannot lock; the re-check makes it once only.
            registration = (
                Registration.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("event", "session")
                .filter(pk=pk, status=Status.CONFIRMED, reminder_sent_at__isnull=True)
                .first()
            )
            if registration is None:
                continue
            registration.reminder_sent_at = now
            registration.save(update_fields=["reminder_sent_at"])
            send_registration_email(registration=registration, kind="reminder")
            sent += 1
    return sent


def check_registration_window(*, event: EventPage, now) -> None:
    """Raise the RegistrationError that says why `event` takes no registrations at `now`."""
    if now >= event.ends_at:
        raise EventOver()
    if event.registration_opens_at and now < event.registration_opens_at:
        raise RegistrationNotOpen()
    # Without a closing time, registration closes when the event starts.
    closes_at = event.registration_closes_at or event.starts_at
    if now >= closes_at:
        raise RegistrationClosed()


# --- internals (call with the event's capacity lock held) -----------------------------------


def _create_registration(*, event: EventPage, fields: dict, user, seats: Seats, now):
    free, someone_waiting = _serve_waitlist(event=event, seats=seats, now=now)
    confirmed = fields["party_size"] <= free and not someone_waiting
    registration = Registration(
        pk=seats.new_registration_id,
        event=event,
        user=user,
        consent_given_at=now,
        created_at=now,
        status=Status.CONFIRMED if confirmed else Status.WAITING,
        confirmed_at=now if confirmed else None,
        **fields,
    )
    kind = Kind.REGISTERED if confirmed else Kind.WAITLISTED
    notice_kind = "confirmed" if confirmed else "waiting"
    if seats.new_registration_id is None:  # not PostgreSQL: one INSERT at a time
        registration.save(force_insert=True)
        record_participation(kind=kind, registration=registration, at=now)
        notify_registrant(registration=registration, kind=notice_kind)
        return registration
    record = participation_record(kind=kind, registration=registration, at=now)
    notice = unsaved_notice(registration=registration, kind=notice_kind, pk=seats.new_notice_id)
    insert_together(registration, record, notice)
    owe_notice(notice)
    return registration


def _reload(registration: Registration) -> Registration:
    return Registration.objects.select_related("event", "session").get(pk=registration.pk)


def validated_registration_fields(*, event: EventPage, consent: bool, **values) -> dict:
    if not consent:
        raise ConsentMissing()
    name = (values["name"] or "").strip()
    email = (values["email"] or "").strip()
    if not name or len(name) > 200:
        raise InvalidRegistrationData(_("Please enter your name."))
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidRegistrationData(_("Please enter a valid email address.")) from None
    if values["preferred_language"] not in dict(settings.LANGUAGES):
        raise InvalidRegistrationData(_("Please choose one of the site languages."))
    party_size = values["party_size"]
    if not isinstance(party_size, int) or not 1 <= party_size <= event.max_party_size:
        raise PartySizeInvalid(limit=event.max_party_size)
    interpretation = values["interpretation_language"] or ""
    if interpretation and interpretation not in event.interpretation_languages:
        raise InvalidRegistrationData(
            _("Please choose one of the interpretation languages offered for this event.")
        )
    nationality = (values["nationality"] or "").strip().upper()
    if nationality and not NATIONALITY.match(nationality):
        raise InvalidRegistrationData(_("Please choose a nationality from the list."))
    resident_type = values["resident_type"] or ""
    if resident_type and resident_type not in ResidentType.values:
        raise InvalidRegistrationData(_("Please choose where you live from the list."))
    return {
        "name": name,
        "email": email,
        "phone": (values["phone"] or "").strip()[:40],
        "nationality": nationality,
        "resident_type": resident_type,
        "preferred_language": values["preferred_language"],
        "interpretation_language": interpretation,
        "accessibility_needs": (values["accessibility_needs"] or "").strip(),
        "party_size": party_size,
        # Checked against the source page's questions: the same keys in every language.
        "answers": clean_answers(questions_of(event), values["answers"]),
    }
