"""Editors' registration questions: asked in the visitor's language, answered against keys
that are the same in every language, validated, stored with the registration (also by the
one-round-trip path), and shown to staff in the CSV export and on the event's page."""

import codecs
import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from participation.registrations.errors import InvalidRegistrationData
from participation.registrations.forms import RegistrationForm
from participation.registrations.models import Registration
from participation.registrations.questions import questions_of
from tests.factories import UserFactory, translate_page
from tests.participation.registrations.helpers import register

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]

QUESTIONS = [
    {
        "type": "question",
        "id": "q-meal",
        "value": {
            "label": "식사 선택",
            "kind": "choice",
            "choices": [
                {"type": "item", "id": "c-veg", "value": "채식"},
                {"type": "item", "id": "c-any", "value": "일반식"},
            ],
            "required": True,
        },
    },
    {
        "type": "question",
        "id": "q-photo",
        "value": {
            "label": "사진 촬영에 동의합니까?",
            "kind": "yes_no",
            "choices": [],
            "required": True,
        },
    },
    {
        "type": "question",
        "id": "q-note",
        "value": {"label": "하고 싶은 말", "kind": "text", "choices": [], "required": False},
    },
]
ENGLISH = {
    "식사 선택": "Meal",
    "채식": "Vegetarian",
    "일반식": "Regular",
    "사진 촬영에 동의합니까?": "May we take your photo?",
    "하고 싶은 말": "Anything to tell us",
}


@pytest.fixture
def asking_event(make_event):
    event = make_event(title="질문 행사", slug="questions", capacity=10)
    event.registration_questions = QUESTIONS
    event.save_revision().publish()
    event.refresh_from_db()
    return event


@pytest.fixture
def english_event(asking_event, django_capture_on_commit_callbacks):
    """`asking_event` translated into English through wagtail-localize, segment by segment."""
    program = asking_event.get_parent()
    translate_page(program.get_parent().specific, "en", title="Programs")
    translate_page(program.specific, "en", title="Governance Day")
    source, _created = TranslationSource.get_or_create_from_instance(asking_event)
    translation_ = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = ENGLISH.get(segment.string.data, segment.string.data)
        if segment.context.path == "title":
            text = "Question event"
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation_.target_locale,
            context=segment.context,
            data=text,
        )
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation_.save_target(publish=True)
    target = translation_.get_target_instance()
    assert target.live
    return target


def answers(meal="c-veg", photo=True, note=""):
    values = {"q-meal": meal, "q-photo": photo}
    if note:
        values["q-note"] = note
    return values


def form_data(**fields):
    return {
        "name": "Mai Nguyen",
        "email": "mai@example.org",
        "preferred_language": "en",
        "consent": "on",
        "party_size": "1",
        **fields,
    }


def test_the_form_asks_the_questions_in_korean(asking_event):
    with translation.override("ko"):
        form = RegistrationForm(event=asking_event, language="ko")
        html = str(form["question_q-meal"]) + form["question_q-meal"].label

    assert "식사 선택" in html and "채식" in html
    assert form.fields["question_q-meal"].required
    assert not form.fields["question_q-note"].required
    # The editor's questions come before the consent, the last field.
    assert list(form.fields)[-4:] == [
        "question_q-meal",
        "question_q-photo",
        "question_q-note",
        "consent",
    ]


def test_a_translated_page_asks_the_same_questions_in_its_language(asking_event, english_event):
    questions = questions_of(asking_event, labelled_by=english_event)

    assert [(q.key, q.label) for q in questions] == [
        ("q-meal", "Meal"),
        ("q-photo", "May we take your photo?"),
        ("q-note", "Anything to tell us"),
    ]
    assert questions[0].choices == (("c-veg", "Vegetarian"), ("c-any", "Regular"))
    # The kind and "required" are the source page's, copied by the translation.
    assert [q.kind for q in questions] == ["choice", "yes_no", "text"]
    with translation.override("en"):
        html = RegistrationForm(event=english_event, language="en").as_div()
    assert "Vegetarian" in html and "May we take your photo?" in html and "채식" not in html


def test_answers_on_the_english_page_are_stored_against_the_language_free_keys(
    english_event, client
):
    with translation.override("en"):
        url = reverse("registrations:register", args=[english_event.pk])
    data = form_data(**{"question_q-meal": "c-any", "question_q-photo": "no"})

    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    registration = Registration.objects.get(email="mai@example.org")
    assert registration.answers == {"q-meal": "c-any", "q-photo": False}


@pytest.mark.parametrize(
    ("language", "message"),
    [("en", "Please answer this question."), ("ko", "이 질문에 답해 주세요.")],
)
def test_a_missing_answer_is_explained_in_the_visitors_language(
    asking_event, client, language, message
):
    with translation.override(language):
        url = reverse("registrations:register", args=[asking_event.pk])

    response = client.post(url, form_data(**{"question_q-meal": "c-veg"}))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Registration.objects.exists()


def test_an_answer_not_offered_or_too_long_is_refused_by_the_form(asking_event):
    with translation.override("en"):
        form = RegistrationForm(
            form_data(
                **{
                    "question_q-meal": "c-fish",
                    "question_q-photo": "yes",
                    "question_q-note": "x" * 501,
                }
            ),
            event=asking_event,
            language="en",
        )
        assert not form.is_valid()
        assert form.errors["question_q-meal"] == ["Please choose one of the options in the list."]
        assert form.errors["question_q-note"] == [
            "Please keep your answer to 500 characters or fewer."
        ]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"q-photo": True}, "Please answer every required question."),
        (answers(meal="c-fish"), "Please choose one of the answers offered."),
        (answers(photo="maybe"), "Please answer yes or no."),
        (answers(note="x" * 501), "Please keep each answer to 500 characters or fewer."),
    ],
)
def test_the_service_checks_the_answers_again(asking_event, given, message):
    with pytest.raises(InvalidRegistrationData) as refused, translation.override("en"):
        register(asking_event, answers=given)
        assert str(refused.value.message) == message
    with translation.override("en"):
        assert str(refused.value.message) == message


def test_answers_are_stored_with_the_registration_unknown_keys_dropped(asking_event):
    registration = register(
        asking_event, answers={**answers(note="  휠체어로 갑니다  "), "q-gone": "x"}
    )

    registration.refresh_from_db()
    assert registration.answers == {"q-meal": "c-veg", "q-photo": True, "q-note": "휠체어로 갑니다"}


@pytest.mark.django_db(transaction=True)
def test_the_one_round_trip_path_writes_the_answers(asking_event):
    # Outside a transaction on PostgreSQL this is the one-statement path.
    registration = register(asking_event, answers=answers(meal="c-any", photo=False))

    assert Registration.objects.get(pk=registration.pk).answers == {
        "q-meal": "c-any",
        "q-photo": False,
    }


def staff_client(client, language):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "check_in_registrations"])
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def csv_rows(response):
    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_csv_export_has_a_column_per_question_in_korean(asking_event, client):
    register(asking_event, name="김민수", answers=answers(note="=1+1"))
    register(asking_event, name="이영희", answers=answers(meal="c-any", photo=False))
    staff_client(client, "ko")

    response = client.get(reverse("registrations_admin_csv", args=[asking_event.pk]))

    header, *rows = csv_rows(response)
    assert header[-3:] == ["식사 선택", "사진 촬영에 동의합니까?", "하고 싶은 말"]
    assert [row[-3:] for row in rows] == [
        ["채식", "예", "'=1+1"],
        ["일반식", "아니오", ""],
    ]


def test_english_staff_read_the_translated_labels(asking_event, english_event, client):
    register(asking_event, answers=answers())
    staff_client(client, "en")

    header, row = csv_rows(client.get(reverse("registrations_admin_csv", args=[asking_event.pk])))
    page = client.get(reverse("registrations_admin_index", args=[asking_event.pk]))

    assert header[-3:] == ["Meal", "May we take your photo?", "Anything to tell us"]
    assert row[-3:] == ["Vegetarian", "Yes", ""]
    html = page.content.decode()
    assert "<th>Meal</th>" in html and "<td>Vegetarian</td>" in html
