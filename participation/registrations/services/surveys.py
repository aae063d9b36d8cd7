"""The satisfaction survey after an event: sent once to each person (email address) who was
checked in, however many of the event's sessions they attended, and answered once for the
event. The answer is a feedback item (participation.feedback), so a comment has its language
detected and is translated for staff like any other feedback."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from participation.feedback.errors import FeedbackError
from participation.feedback.models import FeedbackItem, Kind
from participation.feedback.services import submit_feedback

from .. import conf
from ..errors import (
    InvalidSurveyAnswer,
    SurveyAlreadyAnswered,
    SurveyNotAvailable,
    SurveyNotOpen,
)
from ..models import Registration
from ..notifications import send_registration_email

Status = Registration.Status
SURVEY_BATCH = 500
RATINGS = range(1, 6)


def surveys_due(*, now):
    """Registrations whose survey should go out at `now`: checked in, still confirmed, not
    asked yet, at an event that ended at least conf.survey_delay() ago (and not too long ago)."""
    ended_by = now - conf.survey_delay()
    return Registration.objects.filter(
        status=Status.CONFIRMED,
        check_in__isnull=False,
        survey_sent_at__isnull=True,
        event__ends_at__lte=ended_by,
        event__ends_at__gt=ended_by - conf.survey_max_age(),
    )


def send_surveys(*, now=None) -> int:
    """Email the survey once to each attendee of a finished event: one email per (event, email
    address), the lowest registration carrying it and its sibling registrations (other sessions)
    marked as sent with it. Safe to run any number of times, and concurrently."""
    now = now or timezone.now()
    due = surveys_due(now=now).order_by("pk").values_list("pk", flat=True)[:SURVEY_BATCH]
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            # A concurrent run skips the row it cannot lock; the re-check makes it once only.
            registration = (
                surveys_due(now=now)
                .select_for_update(skip_locked=True, of=("self",))
                .select_related("event")
                .filter(pk=pk)
                .first()
            )
            if registration is None:
                continue
            if send_person_survey(registration=registration, now=now):
                sent += 1
    return sent


def send_person_survey(*, registration: Registration, now) -> bool:
    """Inside the transaction holding `registration`'s row lock: email its person the survey
    unless a sibling registration carries (or carried) it. Returns whether an email went out."""
    same_person = Registration.objects.filter(
        event_id=registration.event_id, email__iexact=registration.email
    ).exclude(pk=registration.pk)
    lower_due = surveys_due(now=now).filter(pk__in=same_person, pk__lt=registration.pk)
    if lower_due.exists():
        # The person's first registration carries the email; another run holds it.
        return False
    already_asked = same_person.filter(survey_sent_at__isnull=False).exists()
    same_person.filter(survey_sent_at__isnull=True).update(survey_sent_at=now)
    registration.survey_sent_at = now
    registration.save(update_fields=["survey_sent_at"])
    if already_asked:  # e.g. a late check-in for another session
        return False
    send_registration_email(registration=registration, kind="survey")
    return True


def check_survey_open(*, registration: Registration, now=None) -> None:
    """Raise the RegistrationError that says why `registration` may not answer the survey."""
    now = now or timezone.now()
    attended = (
        registration.status == Status.CONFIRMED
        and Registration.objects.filter(pk=registration.pk, check_in__isnull=False).exists()
    )
    if not attended:
        raise SurveyNotAvailable()
    if now < registration.event.ends_at:
        raise SurveyNotOpen()
    if answers_of_person(registration=registration).exists():
        raise SurveyAlreadyAnswered()


def answers_of_person(*, registration: Registration):
    """Survey answers for `registration`'s event from its email address: one answers for all of
    the person's sessions."""
    return FeedbackItem.objects.filter(
        kind=Kind.EVENT_SURVEY,
        registration__event_id=registration.event_id,
        registration__email__iexact=registration.email,
    )


def answer_survey(
    *, registration: Registration, rating: int, comment: str = "", language: str, now=None
) -> FeedbackItem:
    """Store the attendee's rating (1–5) and optional comment, written on a page in `language`,
    as an event-survey feedback item. Raises a RegistrationError: SurveyAlreadyAnswered for a
    second answer, even one racing the first."""
    if rating not in RATINGS:
        raise InvalidSurveyAnswer()
    try:
        with transaction.atomic():
            # Two submissions for one person (any of their sessions' links) queue here, the
            # registrations locked in one order; the second then sees the first answer.
            list(
                Registration.objects.select_for_update(of=("self",))
                .filter(event_id=registration.event_id, email__iexact=registration.email)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            registration = Registration.objects.select_related("event").get(pk=registration.pk)
            check_survey_open(registration=registration, now=now)
            return submit_feedback(
                kind=Kind.EVENT_SURVEY,
                channel=FeedbackItem.Channel.SURVEY,
                registration=registration,
                event=registration.event,
                rating=rating,
                text=comment,
                site_language=language,
                consent=True,
                require_contact=False,
                contact_email="",
                now=now,
            )
    except IntegrityError:
        # The one-to-one constraint: another answer won (only without row locks, e.g. SQLite).
        if FeedbackItem.objects.filter(registration_id=registration.pk).exists():
            raise SurveyAlreadyAnswered() from None
        raise
    except FeedbackError as error:  # e.g. a comment over the length limit
        raise InvalidSurveyAnswer(error.message) from error
