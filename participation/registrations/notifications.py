"""Registration emails, rendered in the registrant's language and queued for Celery
(participation.emails: sent after commit, at most once).

State changes call notify_registrant() inside their transaction: it records a
RegistrationNotice (so a rollback sends nothing and a lost task loses nothing) and renders the
email after commit, outside the event's capacity lock. Batch jobs already in Celery (reminders,
surveys) call send_registration_email() directly."""

import io
from datetime import timedelta

import qrcode
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms.calendar import SEOUL, event_location, registration_calendar, sessions_calendar
from participation.emails import queue_email
from portal.outbox import Outbox

from .links import registration_url
from .models import Registration, RegistrationNotice
from .selectors import localized_event, localized_sessions

# Notices still unrendered after this long lost their task; the sweep renders them.
STALE_NOTICE_AFTER = timedelta(minutes=2)

# Emails that carry the calendar file and the ticket's QR code.
TICKET_KINDS = ("confirmed", "reminder")

SUBJECTS = {
    # Marked here, translated when sent (inside translation.override).
    "confirmed": lambda: _("Registration confirmed: %(title)s"),
    "waiting": lambda: _("You are on the waiting list: %(title)s"),
    "offer": lambda: _("A place is available for you: %(title)s"),
    "fewer": lambda: _("Fewer places are available for your group: %(title)s"),
    "expired": lambda: _("Your offer has expired: %(title)s"),
    "cancelled": lambda: _("Registration cancelled: %(title)s"),
    "reminder": lambda: _("Reminder: %(title)s"),
    "existing": lambda: _("Your registration: %(title)s"),
    "sessions": lambda: _("Your sessions: %(title)s"),
    "survey": lambda: _("How was %(title)s? Tell us in one minute"),
}


def send_registration_email(*, registration, kind: str):
    language = registration.preferred_language
    with translation.override(language):
        event = localized_event(registration.event, language)
        session = registration.session and localized_session(registration.session, language)
        context = {
            "registration": registration,
            "event": event,
            "session": session,
            # The session's times when the registration is for one (reminders included).
            "starts_at": timezone.localtime((session or event).starts_at, SEOUL),
            "ends_at": timezone.localtime((session or event).ends_at, SEOUL),
            "location": event_location(event),
            "manage_url": registration_url(registration),
            "accept_url": registration_url(registration, action="accept"),
            "decline_url": registration_url(registration, action="decline"),
            "accept_fewer_url": registration_url(registration, action="accept_fewer"),
            "keep_waiting_url": registration_url(registration, action="keep_waiting"),
            "survey_url": registration_url(registration, action="survey"),
            "offer_expires_at": registration.offer_expires_at
            and timezone.localtime(registration.offer_expires_at, SEOUL),
        }
        if kind == "sessions":
            context["session_rows"] = session_rows(registration=registration, language=language)
        subject = SUBJECTS[kind]() % {"title": event.title}
        body = render_to_string(f"registrations/emails/{kind}.txt", context)
    message = EmailMultiAlternatives(subject=subject, body=body, to=[registration.email])
    if kind in TICKET_KINDS:
        calendar = registration_calendar(event, session=session)
        message.attach("event.ics", calendar, "text/calendar")
        message.attach("ticket-qr.png", ticket_qr_png(context["manage_url"]), "image/png")
    if kind == "sessions":
        confirmed = [
            row["session"]
            for row in context["session_rows"]
            if row["registration"].status == Registration.Status.CONFIRMED
        ]
        if confirmed:
            message.attach("sessions.ics", sessions_calendar(event, confirmed), "text/calendar")
    return queue_email(message=message, language=language)


def localized_session(session, language: str):
    return localized_sessions([session], language)[session.pk]


def session_rows(*, registration, language: str) -> list[dict]:
    """The email's active registrations for the sessions of `registration`'s event, in
    session order: what the "sessions" email lists, each with its state and personal link."""
    registrations = list(
        Registration.objects.filter(
            event_id=registration.event_id,
            email__iexact=registration.email,
            session__isnull=False,
            status__in=Registration.ACTIVE_STATUSES,
        )
        .select_related("session")
        .order_by("session__sort_order", "session__starts_at", "pk")
    )
    titles = localized_sessions([row.session for row in registrations], language)
    return [
        {
            "registration": row,
            "session": titles[row.session_id],
            "title": titles[row.session_id].title,
            "starts_at": timezone.localtime(row.session.starts_at, SEOUL),
            "ends_at": timezone.localtime(row.session.ends_at, SEOUL),
            "manage_url": registration_url(row),
        }
        for row in registrations
    ]


def ticket_qr_png(url: str) -> bytes:
    """The QR code staff scan at check-in: the personal link, whose token is unguessable."""
    image = qrcode.make(url, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def notify_registrant(*, registration, kind: str) -> RegistrationNotice:
    """Owe `registration` the `kind` email. Call inside the state change's transaction."""
    return outbox.create(registration=registration, kind=kind)


def unsaved_notice(*, registration, kind: str, pk: int) -> RegistrationNotice:
    """The notice notify_registrant() would write, for a caller that inserts it together with
    other rows (portal.insert); once inserted, owe_notice() enqueues its task after commit."""
    return RegistrationNotice(pk=pk, registration=registration, kind=kind)


def owe_notice(notice: RegistrationNotice) -> None:
    outbox.enqueue_after_commit(notice.pk)


def _render(notice: RegistrationNotice, _prepared=None) -> bool:
    """Render and queue the email of one locked notice that has none yet."""
    notice.email = send_registration_email(registration=notice.registration, kind=notice.kind)
    notice.save(update_fields=["email"])
    return True


# Task names kept from when the tasks lived in registrations/tasks.py: queued ones still run.
outbox = Outbox(
    model=RegistrationNotice,
    pending=Q(email__isnull=True),
    handle=_render,
    related=("registration__event",),
    task_name="participation.registrations.tasks.send_registration_notice",
    sweep_task_name="participation.registrations.tasks.send_pending_registration_notices",
    stale_after=STALE_NOTICE_AFTER,
)
