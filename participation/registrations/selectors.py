"""Reads for registrations: events across languages, seats, the waitlist."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Lower
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from cms.models import EventPage, EventSession

from .models import Registration

Status = Registration.Status


def source_event(event: EventPage) -> EventPage:
    """The default-language version of `event` (the one registrations point at). Fetch
    `event` with select_related("locale") where this runs on every request."""
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if event.locale.language_code == default_language:
        return event
    return EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code=default_language
    )


def localized_event(event: EventPage, language: str) -> EventPage:
    """`event` in `language` when that version is live, else the source version."""
    translated = (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .first()
    )
    return translated or event


def localized_events(events, language: str) -> dict:
    """{translation_key: the event in `language`, or as given when that version is not live},
    in one query; for lists (localized_event does one event)."""
    events = list(events)
    translated = EventPage.objects.live().filter(
        translation_key__in=[event.translation_key for event in events],
        locale__language_code=language,
    )
    found = {event.translation_key: event for event in translated}
    return {event.translation_key: found.get(event.translation_key, event) for event in events}


def free_places_and_start(*, event_id: int, session_id: int | None = None) -> tuple[int, object]:
    """Capacity minus seats held, and the start, in one query: with the event's lock held this
    runs on every registration. Negative when an editor lowered the capacity below the seats
    already taken. With `session_id`: the session's own capacity, seats and start."""
    if session_id is not None:
        return _free_places_and_start(EventSession, key="session_id", pk=session_id)
    return _free_places_and_start(EventPage, key="event_id", pk=event_id)


def _free_places_and_start(model, *, key: str, pk: int) -> tuple[int, object]:
    """`model` (an event or a session) with its seats held, summed by the registrations' `key`."""
    held = (
        Registration.objects.filter(
            **{key: OuterRef("pk")}, status__in=Registration.SEAT_HOLDING_STATUSES
        )
        .order_by()
        .values(key)
        .annotate(total=Sum("party_size"))
        .values("total")
    )
    capacity, starts_at, seats = (
        model.objects.filter(pk=pk)
        .annotate(held=Subquery(held))
        .values_list("capacity", "starts_at", "held")
        .get()
    )
    return capacity - (seats or 0), starts_at


def waiting_queue(*, event_id: int, session_id: int | None = None):
    """Who is waiting (for the session, when given), first come first served."""
    waiting = Registration.objects.filter(event_id=event_id, status=Status.WAITING)
    if session_id is not None:
        waiting = waiting.filter(session_id=session_id)
    return waiting.order_by("created_at", "pk")


def any_sessions() -> Exists:
    """An annotation for EventPage querysets: whether the event (in any language) has
    sessions, read with the page itself rather than in a query of its own."""
    return Exists(EventSession.objects.filter(page__translation_key=OuterRef("translation_key")))


def sessions_of(event: EventPage) -> list[EventSession]:
    """The sessions of `event` (the default-language page), in the editor's order, each with
    `free_places` (capacity minus seats held, never below 0), in one query."""
    held = Sum(
        "registrations__party_size",
        filter=Q(registrations__status__in=Registration.SEAT_HOLDING_STATUSES),
    )
    sessions = list(
        EventSession.objects.filter(page=event).annotate(held=held).order_by("sort_order", "pk")
    )
    for session in sessions:
        session.free_places = max(0, session.capacity - (session.held or 0))
    return sessions


def localized_sessions(sessions, language: str) -> dict[int, EventSession]:
    """{session pk: the session in `language` when the live page there has it, else as given},
    in one query: the titles a reader sees."""
    sessions = list(sessions)
    translated = EventSession.objects.filter(
        translation_key__in=[session.translation_key for session in sessions],
        locale__language_code=language,
        page__live=True,
    )
    found = {session.translation_key: session for session in translated}
    return {session.pk: found.get(session.translation_key, session) for session in sessions}


def session_titles(*, event: EventPage, language: str) -> dict[int, str]:
    """{session pk: its title in `language` (else the default language's)} for the sessions of
    `event` (the default-language page): for staff lists and exports."""
    sessions = EventSession.objects.filter(page=event)
    return {pk: session.title for pk, session in localized_sessions(sessions, language).items()}


def active_registration_for(*, event_id: int, email: str) -> Registration | None:
    # LOWER() on both sides, as in the unique constraint, so that its index answers this; it
    # also makes the match unique, so no ORDER BY (which would tempt the planner to walk the
    # primary key instead).
    matches = (
        Registration.objects.alias(email_lower=Lower("email"))
        .filter(
            event_id=event_id,
            email_lower=Lower(Value(email)),
            status__in=Registration.ACTIVE_STATUSES,
            session__isnull=True,
        )
        .order_by()
    )
    return next(iter(matches[:1]), None)


def registration_by_token(token: str) -> Registration | None:
    if not token or len(token) > 64:
        return None
    return (
        Registration.objects.select_related("event", "session").filter(ticket_token=token).first()
    )


def registration_counts(*, event_id: int) -> dict[str, int]:
    """Counts per status and of check-ins, for the staff views."""
    counts = Registration.objects.filter(event_id=event_id).aggregate(
        **{status: Count("pk", filter=Q(status=status)) for status in Status.values},
        checked_in=Count("check_in"),
    )
    return counts


def interpretation_requests(*, event_id: int) -> dict[str, int]:
    """Places needing interpretation per language, among confirmed and offered registrations."""
    rows = (
        Registration.objects.filter(
            event_id=event_id, status__in=Registration.SEAT_HOLDING_STATUSES
        )
        .exclude(interpretation_language="")
        .values("interpretation_language")
        .annotate(places=Sum("party_size"))
        .order_by("interpretation_language")
    )
    return {row["interpretation_language"]: row["places"] for row in rows}


def events_with_counts(*, ends_after, event_ids=None):
    """Default-language events ending after `ends_after` (upcoming and recent), soonest first,
    each annotated with its registration counts per status and its check-ins. `event_ids`
    limits them (None: all)."""
    events = EventPage.objects.filter(locale=Locale.get_default(), ends_at__gt=ends_after)
    if event_ids is not None:
        events = events.filter(pk__in=event_ids)
    return events.annotate(
        **{
            f"{status}_count": Count("registrations", filter=Q(registrations__status=status))
            for status in Status.values
        },
        checked_in_count=Count("registrations__check_in"),
    ).order_by("starts_at", "pk")


def registrations_of(user):
    """The account's registrations: made signed in, or as a guest with one of its verified
    email addresses. Latest event first."""
    emails = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    by_email = Q()
    for email in emails:
        by_email |= Q(email__iexact=email)
    return (
        Registration.objects.filter(Q(user=user) | by_email)
        .select_related("event", "session")
        .order_by("-event__starts_at", "-pk")
    )
