"""The feedback form's place: a dong from the list, "near" text, the device's location."""

from decimal import Decimal

import pytest
from django.utils import translation

from participation.feedback.dongs import dong_by_code
from participation.feedback.forms import FeedbackForm
from participation.feedback.models import FeedbackItem
from participation.feedback.services import submit_feedback

pytestmark = pytest.mark.django_db


def form(category, **fields):
    data = {
        "kind": "complaint",
        "category": category.pk,
        "text": "The street light is broken.",
        "contact_email": "an@example.org",
        "consent": "on",
        **fields,
    }
    bound = FeedbackForm(data, language="en")
    bound.is_valid()
    return bound


def errors(bound, language="en") -> dict:
    with translation.override(language):
        return {name: [str(message) for message in found] for name, found in bound.errors.items()}


def submitted(bound) -> FeedbackItem:
    return submit_feedback(site_language="en", **bound.service_arguments())


def test_a_dong_is_stored_by_its_korean_name_at_its_point(category):
    bound = form(category, dong="nonhyeon-1", location_text="Exit 3 of Hakdong Station")
    assert bound.errors == {}
    item = submitted(bound)
    dong = dong_by_code("nonhyeon-1")
    assert item.administrative_dong == "논현1동"
    assert (item.latitude, item.longitude) == (dong.latitude, dong.longitude)
    assert item.location_text == "Exit 3 of Hakdong Station"  # staff only


def test_the_devices_location_is_kept_rather_than_the_dongs_point(category):
    bound = form(category, dong="yeoksam-1", latitude="37.5006123", longitude="127.0364")
    item = submitted(bound)
    assert item.administrative_dong == "역삼1동"
    assert (item.latitude, item.longitude) == (Decimal("37.500612"), Decimal("127.036400"))


def test_no_place_at_all_is_fine(category):
    item = submitted(form(category))
    assert (item.administrative_dong, item.latitude, item.longitude) == ("", None, None)


@pytest.mark.parametrize(
    ("latitude", "longitude", "message"),
    [
        ("35.1796", "129.0756", "outside Seoul"),  # Busan
        ("37.5", "", "could not read"),
        ("north", "127.03", "could not read"),
        ("NaN", "127.03", "outside Seoul"),
        ("1e999", "127.03", "could not read"),
    ],
)
def test_a_location_that_is_no_point_in_seoul_is_refused_at_the_dong_picker(
    category, latitude, longitude, message
):
    found = errors(form(category, latitude=latitude, longitude=longitude))
    assert list(found) == ["dong"]
    assert message in found["dong"][0]


def test_an_unknown_dong_is_refused(category):
    found = errors(form(category, dong="ilwon-2"))
    assert found["dong"] == ["Please choose a dong of Gangnam-gu from the list."]


def test_the_picker_offers_every_dong_in_the_visitors_language(category):
    with translation.override("zh-hans"):
        choices = dict(FeedbackForm(language="zh-hans").fields["dong"].choices)
    assert len(choices) == 23  # and "not in a particular dong"
    assert choices["apgujeong"] == "狎鸥亭洞"


@pytest.mark.parametrize(
    ("language", "messages"),
    [
        ("en", ["Please write your message.", "Please choose a topic."]),
        ("ko", ["내용을 입력해 주세요.", "주제를 선택해 주세요."]),
    ],
)
def test_empty_fields_are_explained_in_plain_words(category, language, messages):
    bound = FeedbackForm({"text": "", "category": ""}, language=language)
    found = errors(bound, language)
    assert [found["text"][0], found["category"][0]] == messages
