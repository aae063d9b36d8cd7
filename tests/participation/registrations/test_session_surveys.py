"""The survey after an event with sessions: one email per person (event, email address), and
one answer for the event, whichever session's link answers it."""

import pytest
from django.core import mail

from participation.registrations import services
from participation.registrations.errors import SurveyAlreadyAnswered
from participation.registrations.models import Registration
from tests.participation.registrations.helpers import attend

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_sessions(finished_event, make_session):
    starts_at = finished_event.starts_at
    return [
        make_session(finished_event, title=title, starts_at=starts_at, ends_at=starts_at)
        for title in ("기조연설", "워크숍", "투어")
    ]


@pytest.fixture
def three_attended(finished_event, three_sessions):
    return [
        attend(finished_event, session=session, email="An@example.org", preferred_language="vi")
        for session in three_sessions
    ]


def test_three_sessions_attended_one_email_all_marked(
    finished_event, three_attended, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_surveys() == 1

    [sent] = mail.outbox
    assert sent.to == ["An@example.org"]
    assert Registration.objects.filter(survey_sent_at__isnull=True).count() == 0


def test_running_twice_still_sends_one(three_attended, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.send_surveys()
        assert services.send_surveys() == 0
        services.send_surveys()

    assert len(mail.outbox) == 1


def test_a_second_person_gets_their_own_email(
    finished_event, three_sessions, three_attended, django_capture_on_commit_callbacks
):
    other = attend(finished_event, session=three_sessions[1], email="binh@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_surveys() == 2

    assert sorted(email.to[0] for email in mail.outbox) == ["An@example.org", "binh@example.org"]
    other.refresh_from_db()
    assert other.survey_sent_at is not None


def test_a_late_check_in_for_another_session_sends_nothing_more(
    finished_event, three_sessions, django_capture_on_commit_callbacks
):
    attend(finished_event, session=three_sessions[0], email="an@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.send_surveys()
    late = attend(finished_event, session=three_sessions[2], email="AN@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_surveys() == 0

    assert len(mail.outbox) == 1
    late.refresh_from_db()
    assert late.survey_sent_at is not None


def test_the_survey_answers_for_the_event_from_any_sessions_link(three_attended):
    first, second, _third = three_attended
    services.answer_survey(registration=second, rating=4, language="vi")

    with pytest.raises(SurveyAlreadyAnswered):
        services.answer_survey(registration=first, rating=2, language="vi")
    with pytest.raises(SurveyAlreadyAnswered):
        services.check_survey_open(registration=first)
