"""Registration emails, rendered in the registrant's language and queued for Celery
(participation.emails: sent after commit, at most once). Call inside the state change's
transaction so a rollback sends nothing."""

import io

import qrcode
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms.calendar import SEOUL, calendar_of, event_location
from participation.emails import queue_email

from .links import registration_url
from .selectors import localized_event

# Emails that carry the calendar file and the ticket's QR code.
TICKET_KINDS = ("confirmed", "reminder")

SUBJECTS = {
    # Marked here, translated when sent (inside translation.override).
    "confirmed": lambda: _("Registration confirmed: %(title)s"),
    "waiting": lambda: _("You are on the waiting list: %(title)s"),
    "offer": lambda: _("A place is available for you: %(title)s"),
    "expired": lambda: _("Your offer has expired: %(title)s"),
    "cancelled": lambda: _("Registration cancelled: %(title)s"),
    "reminder": lambda: _("Reminder: %(title)s"),
    "existing": lambda: _("Your registration: %(title)s"),
    "survey": lambda: _("How was %(title)s? Tell us in one minute"),
}


def send_registration_email(*, registration, kind: str):
    language = registration.preferred_language
    with translation.override(language):
        event = localized_event(registration.event, language)
        context = {
            "registration": registration,
            "event": event,
            "starts_at": timezone.localtime(event.starts_at, SEOUL),
            "ends_at": timezone.localtime(event.ends_at, SEOUL),
            "location": event_location(event),
            "manage_url": registration_url(registration),
            "accept_url": registration_url(registration, action="accept"),
            "decline_url": registration_url(registration, action="decline"),
            "survey_url": registration_url(registration, action="survey"),
            "offer_expires_at": registration.offer_expires_at
            and timezone.localtime(registration.offer_expires_at, SEOUL),
        }
        subject = SUBJECTS[kind]() % {"title": event.title}
        body = render_to_string(f"registrations/emails/{kind}.txt", context)
    message = EmailMultiAlternatives(subject=subject, body=body, to=[registration.email])
    if kind in TICKET_KINDS:
        message.attach("event.ics", calendar_of([event], None, name=event.title), "text/calendar")
        message.attach("ticket-qr.png", ticket_qr_png(context["manage_url"]), "image/png")
    return queue_email(message=message, language=language)


def ticket_qr_png(url: str) -> bytes:
    """The QR code staff scan at check-in: the personal link, whose token is unguessable."""
    image = qrcode.make(url, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
