"""The dong an item names reads in the reader's language: the resident's status page and the
staff item page; Open311 keeps the Korean name and the point."""

import json

import pytest
from django.test import Client

from participation.feedback.models import FeedbackItem
from tests.factories import FeedbackStaffFactory, in_english

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]


@pytest.fixture
def item(submit, libretranslate):
    return submit(administrative_dong="개포3동")


@pytest.mark.parametrize(
    ("language", "name"),
    [("ko", "개포3동"), ("en", "Gaepo 3-dong"), ("zh-hans", "开浦3洞"), ("vi", "Phường Gaepo 3")],
)
def test_the_status_page_names_the_dong_in_the_visitors_language(client, item, language, name):
    page = client.get(f"/{language}/feedback/status/{item.tracking_code}/").content.decode()
    assert f"<dd>{name}</dd>" in page


def test_staff_read_the_dong_in_their_admin_language(item):
    staff = in_english(FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"]))
    office = Client()
    office.force_login(staff)
    page = office.get(f"/admin/feedback/{item.pk}/").content.decode()
    assert "<dd>Gaepo 3-dong</dd>" in page


def test_a_former_dong_name_reads_as_the_current_one(client, item):
    FeedbackItem.objects.filter(pk=item.pk).update(administrative_dong="일원2동")
    page = client.get(f"/en/feedback/status/{item.tracking_code}/").content.decode()
    assert "<dd>Gaepo 3-dong</dd>" in page


def test_open311_keeps_the_korean_name_and_the_dongs_point(item):
    published = json.loads(Client().get(f"/open311/v2/requests/{item.pk}.json").content)[0]
    assert (published["address"], published["lat"], published["long"]) == (
        "개포3동",
        37.491,
        127.077,
    )
