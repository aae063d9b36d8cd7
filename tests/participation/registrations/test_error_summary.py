"""The registration and survey forms list their errors at the top, each linked to its field."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.support.forms import error_summary

pytestmark = pytest.mark.django_db


def test_an_empty_registration(vietnamese_event, client):
    with translation.override("vi"):
        url = reverse("registrations:register", kwargs={"event_id": vietnamese_event.pk})
    response = client.post(url, {"preferred_language": "vi", "party_size": "1"})

    heading, messages, targets = error_summary(response.content)
    assert heading == "Có vấn đề cần sửa"
    assert targets == ["id_name", "id_email", "id_consent"]
    assert messages[0] == "Vui lòng nhập họ tên của bạn."


def test_a_survey_without_a_rating(attendee, client):
    with translation.override("en"):
        url = reverse("registrations:survey", kwargs={"token": attendee.ticket_token})
    response = client.post(url, {"comment": "Good"})

    _heading, messages, targets = error_summary(response.content)
    assert (messages, targets) == (["Please choose a rating from 1 to 5."], ["id_rating_0"])
