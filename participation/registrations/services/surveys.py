"""The satisfaction survey after an event: sent once to each attendee who was checked in, and
answered once per registration. The answer is a feedback item (participation.feedback), so a
comment has its language detected and is translated for staff like any other feedback."""

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
    """Email the survey to each attendee of a finished event, once; safe to run any number of
    times, and concurrently."""
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
            registration.survey_sent_at = now
            registration.save(update_fields=["survey_sent_at"])
            send_registration_email(registration=registration, kind="survey")
            sent += 1
    return sent


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
    if FeedbackItem.objects.filter(registration=registration).exists():
        raise SurveyAlreadyAnswered()


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
            # Two submissions of one survey queue here; the second then sees the first answer.
            registration = (
                Registration.objects.select_for_update(of=("self",))
                .select_related("event")
                .get(pk=registration.pk)
            )
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
