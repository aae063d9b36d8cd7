"""Reads for registrations: events across languages, seats, the waitlist."""

from django.db.models import Count, Q, Sum
from wagtail.models import Locale

from cms.models import EventPage

from .models import Registration

Status = Registration.Status


def source_event(event: EventPage) -> EventPage:
    """The default-language version of `event` (the one registrations point at)."""
    default_locale = Locale.get_default()
    if event.locale_id == default_locale.pk:
        return event
    return EventPage.objects.get(translation_key=event.translation_key, locale=default_locale)


def localized_event(event: EventPage, language: str) -> EventPage:
    """`event` in `language` when that version is live, else the source version."""
    translated = (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .first()
    )
    return translated or event


def seats_held(*, event_id: int) -> int:
    """Places taken by confirmed registrations and outstanding offers."""
    held = Registration.objects.filter(
        event_id=event_id, status__in=Registration.SEAT_HOLDING_STATUSES
    ).aggregate(total=Sum("party_size"))["total"]
    return held or 0


def waiting_queue(*, event_id: int):
    """Who is waiting, first come first served."""
    return Registration.objects.filter(event_id=event_id, status=Status.WAITING).order_by(
        "created_at", "pk"
    )


def active_registration_for(*, event_id: int, email: str) -> Registration | None:
    return (
        Registration.objects.filter(
            event_id=event_id, email__iexact=email, status__in=Registration.ACTIVE_STATUSES
        )
        .order_by("pk")
        .first()
    )


def registration_by_token(token: str) -> Registration | None:
    if not token or len(token) > 64:
        return None
    return Registration.objects.select_related("event").filter(ticket_token=token).first()


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
