from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone, translation

from participation.feedback.errors import InvalidFeedback
from participation.feedback.models import FeedbackItem, Kind, Message, TranslationStatus
from participation.feedback.services import detect_item_language, submit_feedback
from participation.registrations import services, tasks
from participation.registrations.errors import (
    InvalidSurveyAnswer,
    SurveyAlreadyAnswered,
    SurveyNotAvailable,
    SurveyNotOpen,
)
from participation.registrations.models import Registration
from participation.registrations.services import surveys
from tests.factories import RegistrationFactory, translate_page
from tests.participation.registrations.helpers import attend

pytestmark = pytest.mark.django_db
Status = Registration.Status


def survey_url(registration, language="vi"):
    with translation.override(language):
        return reverse("registrations:survey", kwargs={"token": registration.ticket_token})


# --- sending --------------------------------------------------------------------------------


def test_attendees_get_the_survey_once_in_their_language(
    finished_event, attendee, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_surveys() == 1
        assert services.send_surveys() == 0

    [sent] = mail.outbox
    assert sent.to == ["an@example.org"]
    assert finished_event.title in sent.subject
    assert "http://testserver" + survey_url(attendee, "vi") in sent.body
    attendee.refresh_from_db()
    assert attendee.survey_sent_at is not None


def test_the_email_is_in_the_registrants_language(
    finished_event, attendee, django_capture_on_commit_callbacks
):
    other = attend(finished_event, preferred_language="ja")

    with django_capture_on_commit_callbacks(execute=True):
        services.send_surveys()

    bodies = {email.to[0]: email for email in mail.outbox}
    assert survey_url(other, "ja") in bodies[other.email].body
    assert survey_url(attendee, "vi") in bodies["an@example.org"].body


def test_no_survey_before_the_delay_is_over(make_event, settings):
    settings.REGISTRATION_SURVEY_DELAY_HOURS = 2
    ended = timezone.now() - timedelta(hours=1)
    event = make_event(slug="just-ended", starts_at=ended - timedelta(hours=2), ends_at=ended)
    registration = attend(event)

    assert services.send_surveys() == 0
    assert services.send_surveys(now=timezone.now() + timedelta(hours=1, minutes=1)) == 1
    registration.refresh_from_db()
    assert registration.survey_sent_at is not None


def test_only_checked_in_confirmed_registrations_are_asked(
    finished_event, attendee, django_capture_on_commit_callbacks
):
    RegistrationFactory(event=finished_event)  # registered, never came
    cancelled = attend(finished_event)
    Registration.objects.filter(pk=cancelled.pk).update(status=Status.CANCELLED)

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_surveys() == 1
    assert [email.to for email in mail.outbox] == [["an@example.org"]]


def test_events_long_past_are_not_surveyed(make_event, settings):
    settings.REGISTRATION_SURVEY_MAX_AGE_DAYS = 14
    ended = timezone.now() - timedelta(days=20)
    registration = attend(
        make_event(
            slug="long-ago",
            starts_at=ended - timedelta(hours=2),
            ends_at=ended,
            registration_opens_at=None,
        )
    )

    assert services.send_surveys() == 0
    settings.REGISTRATION_SURVEY_MAX_AGE_DAYS = 30
    assert services.send_surveys() == 1
    registration.refresh_from_db()
    assert registration.survey_sent_at is not None


def test_the_beat_task_is_idempotent(finished_event, attendee):
    assert tasks.send_surveys.delay().get() == 1
    assert tasks.send_surveys.delay().get() == 0


# --- answering ------------------------------------------------------------------------------


def test_an_answer_becomes_an_event_survey_feedback_item(finished_event, attendee, libretranslate):
    comment = "Sự kiện rất hay, nhưng phòng hơi nóng và thiếu chỗ ngồi cho người lớn tuổi."

    item = services.answer_survey(registration=attendee, rating=4, comment=comment, language="ko")

    assert item.language_pending  # the language worker detects it after commit
    item = detect_item_language(item=item)
    assert item.kind == Kind.EVENT_SURVEY
    assert item.channel == FeedbackItem.Channel.SURVEY
    assert item.registration == attendee
    assert item.event == finished_event
    assert item.rating == 4
    assert item.site_language == "ko"
    assert item.language == "vi"  # detected from the comment, not the page's language
    assert not item.language_is_fallback
    [message] = item.messages.all()
    assert message.text == comment
    assert message.translation_language == "ko"
    assert message.translation_status == TranslationStatus.PENDING
    assert not mail.outbox  # survey answers send no receipt


def test_a_rating_alone_has_no_message_and_no_translation(attendee):
    item = services.answer_survey(registration=attendee, rating=5, comment="  ", language="vi")

    assert item.rating == 5
    assert item.language == "vi"  # nothing to detect: the page's language
    assert not item.language_pending
    assert not Message.objects.filter(item=item).exists()


def test_other_kinds_of_feedback_still_need_text():
    with pytest.raises(InvalidFeedback):
        submit_feedback(
            kind=Kind.PRAISE,
            text="",
            site_language="en",
            consent=True,
            require_contact=False,
        )


def test_one_answer_per_registration(attendee):
    services.answer_survey(registration=attendee, rating=3, language="vi")

    with pytest.raises(SurveyAlreadyAnswered):
        services.answer_survey(registration=attendee, rating=1, language="vi")

    assert FeedbackItem.objects.get().rating == 3


def test_a_racing_second_answer_is_told_it_was_answered(attendee, monkeypatch):
    services.answer_survey(registration=attendee, rating=3, language="vi")
    # As if both submissions passed the check before either wrote: the constraint decides.
    monkeypatch.setattr(surveys, "check_survey_open", lambda **kwargs: None)

    with pytest.raises(SurveyAlreadyAnswered):
        services.answer_survey(registration=attendee, rating=1, language="vi")

    assert FeedbackItem.objects.count() == 1


def test_an_unrelated_integrity_error_is_not_swallowed(attendee, monkeypatch):
    def broken(**kwargs):
        raise IntegrityError("something else")

    monkeypatch.setattr(surveys, "submit_feedback", broken)

    with pytest.raises(IntegrityError):
        services.answer_survey(registration=attendee, rating=2, language="vi")


@pytest.mark.parametrize("rating", [0, 6, None, "3"])
def test_a_rating_outside_1_to_5_is_refused(attendee, rating):
    with pytest.raises(InvalidSurveyAnswer):
        services.answer_survey(registration=attendee, rating=rating, language="vi")

    assert not FeedbackItem.objects.exists()


def test_a_comment_over_4000_characters_is_refused(attendee):
    with pytest.raises(InvalidSurveyAnswer) as refused:
        services.answer_survey(registration=attendee, rating=2, comment="a" * 4001, language="en")

    with translation.override("en"):
        assert "4000" in str(refused.value.message)
    assert not FeedbackItem.objects.exists()


def test_people_not_checked_in_cannot_answer(finished_event):
    registration = RegistrationFactory(event=finished_event)

    with pytest.raises(SurveyNotAvailable):
        services.answer_survey(registration=registration, rating=5, language="ko")


def test_a_cancelled_registration_cannot_answer(attendee):
    Registration.objects.filter(pk=attendee.pk).update(status=Status.CANCELLED)
    attendee.refresh_from_db()

    with pytest.raises(SurveyNotAvailable):
        services.answer_survey(registration=attendee, rating=5, language="ko")


def test_the_survey_opens_when_the_event_is_over(event):
    registration = attend(event)  # `event` is two weeks ahead

    with pytest.raises(SurveyNotOpen):
        services.answer_survey(registration=registration, rating=5, language="ko")
    assert not FeedbackItem.objects.exists()


# --- the page -------------------------------------------------------------------------------


def test_the_page_asks_in_the_page_language_with_an_accessible_form(attendee, client):
    response = client.get(survey_url(attendee, "en"))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in page
    assert "<fieldset" in page and "<legend" in page
    for value in range(1, 6):
        assert f'type="radio" name="rating" value="{value}"' in page
    assert page.count('type="radio"') == 5
    assert '<label for="id_rating_0"' in page
    assert 'name="comment"' in page and 'maxlength="4000"' in page
    assert 'name="robots" content="noindex"' in page
    assert "no-cache" in response["Cache-Control"]


def test_answering_on_the_page_thanks_and_a_second_visit_says_it_was_answered(attendee, client):
    with translation.override("en"):
        response = client.post(survey_url(attendee, "ja"), {"rating": "5", "comment": ""})
        assert response.status_code == 302
        thanks = client.get(response["Location"])
        again = client.get(survey_url(attendee, "en"))
        posted_again = client.post(survey_url(attendee, "en"), {"rating": "1"})

    item = FeedbackItem.objects.get()
    assert (item.rating, item.site_language) == (5, "ja")
    assert response["Location"] == survey_url(attendee, "ja") + "?answered"
    assert 'name="rating"' not in thanks.content.decode()
    assert "You have already answered this survey. Thank you!" in again.content.decode()
    assert 'name="rating"' not in again.content.decode()
    assert 'name="rating"' not in posted_again.content.decode()
    assert FeedbackItem.objects.get().rating == 5


def test_a_missing_rating_shows_the_form_again(attendee, client):
    with translation.override("en"):
        response = client.post(survey_url(attendee, "en"), {"comment": "Good"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Please choose a rating from 1 to 5." in page
    assert 'role="alert"' in page
    assert "Good</textarea>" in page
    assert not FeedbackItem.objects.exists()


def test_a_too_long_comment_on_the_page_is_refused(attendee, client):
    response = client.post(survey_url(attendee, "en"), {"rating": "3", "comment": "x" * 4001})

    assert response.status_code == 200
    assert 'name="rating"' in response.content.decode()
    assert not FeedbackItem.objects.exists()


def test_before_the_event_is_over_the_page_says_so_without_a_form(event, client):
    registration = attend(event)

    with translation.override("en"):
        response = client.get(survey_url(registration, "en"))

    page = response.content.decode()
    assert "The survey opens when the event is over." in page
    assert 'name="rating"' not in page
    assert client.post(survey_url(registration, "en"), {"rating": "5"}).status_code == 200
    assert not FeedbackItem.objects.exists()


def test_someone_not_checked_in_is_told_without_a_form(finished_event, client):
    registration = RegistrationFactory(event=finished_event)

    with translation.override("en"):
        response = client.get(survey_url(registration, "en"))

    assert "This survey is only for people who attended the event." in response.content.decode()
    assert 'name="rating"' not in response.content.decode()


def test_an_unknown_token_is_404(attendee, client):
    response = client.get(survey_url(attendee).replace(attendee.ticket_token, "nope"))

    assert response.status_code == 404


def test_the_page_shows_the_event_in_the_page_language(finished_event, attendee, client):
    program = finished_event.get_parent()
    translate_page(program.get_parent().specific, "vi", title="Chương trình")
    translate_page(program.specific, "vi", title="Ngày quản trị")
    translate_page(finished_event, "vi", title="Sự kiện đã qua")

    response = client.get(survey_url(attendee, "vi"))

    assert "Sự kiện đã qua" in response.content.decode()


def test_the_personal_page_links_to_the_open_survey_only(finished_event, attendee, client):
    with translation.override("vi"):
        manage_url = reverse("registrations:manage", kwargs={"token": attendee.ticket_token})

    assert survey_url(attendee) in client.get(manage_url).content.decode()

    services.answer_survey(registration=attendee, rating=4, language="vi")

    assert survey_url(attendee) not in client.get(manage_url).content.decode()
