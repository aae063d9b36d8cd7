"""Editors get clear validation errors in the Wagtail admin."""

import pytest
from django.urls import reverse

from cms.models import EventPage
from tests.factories import StaffUserFactory


@pytest.fixture
def editor_client(client):
    client.force_login(StaffUserFactory())
    return client


def event_form(**overrides):
    data = {
        "title": "K-POP 월드 시티 위크 2027",
        "slug": "2027",
        "summary": "한류 시민 외교 주간",
        "starts_at": "2027-10-11 18:00",
        "ends_at": "2027-10-11 21:00",
        "address": "코엑스 컨벤션홀",
        "capacity": "300",
        "max_party_size": "2",
        "registration_opens_at": "2027-09-01 10:00",
        "registration_closes_at": "2027-10-10 18:00",
        "languages": ["ko", "en"],
        "interpretation_languages": ["ja"],
        "accessibility_information": "",
        "body-count": "0",
        "registration_questions-count": "0",
        **sessions_management(0),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return data


def sessions_management(total, initial=0):
    """The management form of the event's sessions (an InlinePanel)."""
    return {
        "sessions-TOTAL_FORMS": str(total),
        "sessions-INITIAL_FORMS": str(initial),
        "sessions-MIN_NUM_FORMS": "0",
        "sessions-MAX_NUM_FORMS": "1000",
    }


def add_event(client, program, data):
    url = reverse("wagtailadmin_pages:add", args=("cms", "eventpage", program.pk))
    return client.post(url, data, headers={"accept-language": "en"})


@pytest.mark.django_db
def test_editor_publishes_a_valid_event(editor_client, program):
    response = add_event(editor_client, program, event_form())

    assert response.status_code == 302, response.content.decode()[:3000]
    event = EventPage.objects.get(slug="2027")
    assert event.live
    assert event.languages == ["ko", "en"]
    assert event.starts_at.isoformat() == "2027-10-11T09:00:00+00:00"  # entered in Seoul time


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ends_at": "2027-10-11 17:00"}, "An event must end after it starts."),
        ({"capacity": "-5"}, "Ensure this value is greater than or equal to 0."),
        (
            {"registration_closes_at": "2027-10-12 18:00"},
            "Registration must close before the event starts.",
        ),
    ],
)
def test_editor_gets_a_clear_error_for_an_invalid_event(editor_client, program, overrides, message):
    response = add_event(editor_client, program, event_form(**overrides))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EventPage.objects.filter(slug="2027").exists()


@pytest.mark.django_db
def test_event_published_with_a_hangul_slug_gets_it_romanised(editor_client, program):
    response = add_event(editor_client, program, event_form(slug="케이팝-주간"))

    assert response.status_code == 302, response.content.decode()[:3000]
    assert EventPage.objects.get(title="K-POP 월드 시티 위크 2027").slug == "keipap-jugan"


@pytest.mark.django_db
def test_admin_pages_translate_wagtail_localizes_hard_coded_labels(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))

    assert 'src="/static/js/admin-hard-coded-labels.js"' in response.content.decode()


def question_form(label, kind, choices=()):
    """The admin form's fields for one registration question (a StreamField child)."""
    data = {
        "registration_questions-count": "1",
        "registration_questions-0-type": "question",
        "registration_questions-0-deleted": "",
        "registration_questions-0-order": "0",
        "registration_questions-0-id": "",
        "registration_questions-0-value-label": label,
        "registration_questions-0-value-kind": kind,
        "registration_questions-0-value-required": "on",
        "registration_questions-0-value-choices-count": str(len(choices)),
    }
    for number, choice in enumerate(choices):
        prefix = f"registration_questions-0-value-choices-{number}"
        data |= {
            f"{prefix}-value": choice,
            f"{prefix}-deleted": "",
            f"{prefix}-order": str(number),
            f"{prefix}-id": "",
        }
    return data


@pytest.mark.django_db
def test_editor_asks_a_registration_question(editor_client, program):
    data = event_form(**question_form("식사 선택", "choice", ["채식", "일반식"]))

    response = add_event(editor_client, program, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    [question] = EventPage.objects.get(slug="2027").registration_questions
    assert question.id  # the stable key answers are stored against
    assert question.value["label"] == "식사 선택"
    assert [item.id is not None for item in question.value["choices"].bound_blocks] == [True] * 2


@pytest.mark.django_db
def test_a_choice_question_needs_two_choices(editor_client, program):
    data = event_form(**question_form("식사 선택", "choice", ["채식"]))

    response = add_event(editor_client, program, data)

    assert response.status_code == 200
    assert "Give at least two choices." in response.content.decode()
    assert not EventPage.objects.filter(slug="2027").exists()
