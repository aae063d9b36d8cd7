import codecs
import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from participation.registrations.models import CheckIn, Registration
from tests.factories import UserFactory
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture(autouse=True)
def _no_mfa_requirement(settings):
    settings.PORTAL_REQUIRE_STAFF_MFA = False


def admin_url(name, event_id, language="en"):
    with translation.override(language):
        return reverse(name, kwargs={"event_id": event_id})


def index_url(event):
    return admin_url("registrations_admin_index", event.pk)


def csv_url(event):
    return admin_url("registrations_admin_csv", event.pk)


def staff_user(*codenames, language="en", is_staff=True):
    user = UserFactory(is_staff=is_staff)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def big_event(make_event):
    return make_event(title="큰 행사", slug="big", capacity=10)


@pytest.fixture
def checker_client(client):
    client.force_login(staff_user("check_in_registrations"))
    return client


@pytest.fixture
def registrations(big_event):
    alice = register(
        big_event,
        name="Alice Kim",
        email="alice@example.org",
        party_size=3,
        interpretation_language="vi",
    )
    bob = register(
        big_event,
        name="Bob Lee",
        email="bob@example.org",
        party_size=2,
        interpretation_language="vi",
    )
    chen = register(
        big_event, name="Chen Wei", email="chen@example.org", interpretation_language="ja"
    )
    cancelled = register(big_event, name="Dora Park", email="dora@example.org")
    Registration.objects.filter(pk=cancelled.pk).update(status=Status.CANCELLED)
    waiting = register(big_event, name="Eve Choi", email="eve@example.org")
    Registration.objects.filter(pk=waiting.pk).update(status=Status.WAITING)
    CheckIn.objects.create(registration=alice, checked_in_at=timezone.now())
    return {"alice": alice, "bob": bob, "chen": chen}


def csv_rows(response):
    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_staff_without_the_check_in_permission_are_refused(big_event, client):
    client.force_login(staff_user())

    assert client.get(index_url(big_event)).status_code == 403
    assert client.get(csv_url(big_event)).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(big_event, client):
    for url in (index_url(big_event), csv_url(big_event)):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_a_non_staff_user_cannot_export(big_event, registrations, client):
    client.force_login(staff_user("check_in_registrations", is_staff=False))

    response = client.get(csv_url(big_event))

    assert response.status_code == 403
    assert b"alice@example.org" not in response.content


def test_staff_with_the_permission_and_superusers_see_the_page(big_event, client):
    client.force_login(staff_user("check_in_registrations"))
    assert client.get(index_url(big_event)).status_code == 200

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(index_url(big_event)).status_code == 200


def test_unknown_event_is_404_for_staff(checker_client):
    # LocaleMiddleware first tries a language-prefixed path for a 404; that one 404s too.
    url = admin_url("registrations_admin_index", 999999)

    assert checker_client.get(url, follow=True).status_code == 404


def test_counts_and_interpretation_summary_are_shown(big_event, registrations, checker_client):
    response = checker_client.get(index_url(big_event))

    counts = dict(response.context["counts"])
    assert counts == {
        "confirmed": 3,
        "waiting": 1,
        "offered a seat": 0,
        "cancelled": 1,
        "checked in": 1,
    }
    # People, not registrations: Alice brings 3 and Bob 2.
    assert response.context["interpretation"] == [
        {"language": "Japanese", "people": 1},
        {"language": "Vietnamese", "people": 5},
    ]
    content = response.content.decode()
    assert "Vietnamese" in content
    assert "Alice Kim" in content


def test_status_filter(big_event, registrations, checker_client):
    response = checker_client.get(index_url(big_event), {"status": "cancelled"})

    names = [r.name for r in response.context["page"].object_list]
    assert names == ["Dora Park"]


def test_an_unknown_status_shows_everyone(big_event, registrations, checker_client):
    response = checker_client.get(index_url(big_event), {"status": "bogus"})

    assert len(response.context["page"].object_list) == 5


def test_search_by_name_or_email(big_event, registrations, checker_client):
    by_name = checker_client.get(index_url(big_event), {"q": "bob lee"})
    by_email = checker_client.get(index_url(big_event), {"q": "CHEN@example"})

    assert [r.name for r in by_name.context["page"].object_list] == ["Bob Lee"]
    assert [r.name for r in by_email.context["page"].object_list] == ["Chen Wei"]


def test_csv_header_rows_and_bom(big_event, registrations, checker_client):
    response = checker_client.get(csv_url(big_event))

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == [
        "Name",
        "Email",
        "Phone",
        "Status",
        "Places",
        "Preferred language",
        "Interpretation",
        "Registered at",
        "Checked in at",
    ]
    assert len(rows) == 6
    alice = next(row for row in rows if row[1] == "alice@example.org")
    assert alice[0] == "Alice Kim"
    assert alice[3] == "confirmed"
    assert alice[4] == "3"
    assert alice[6] == "Vietnamese"
    assert alice[8]  # checked in


def test_csv_follows_the_filters(big_event, registrations, checker_client):
    rows = csv_rows(checker_client.get(csv_url(big_event), {"status": "waiting"}))

    assert [row[0] for row in rows[1:]] == ["Eve Choi"]


def test_csv_status_labels_are_in_the_staffs_language(big_event, registrations, client):
    client.force_login(staff_user("check_in_registrations", language="ko"))

    rows = csv_rows(client.get(csv_url(big_event), {"status": "cancelled"}))

    with translation.override("ko"):
        assert rows[1][3] == str(Status.CANCELLED.label)


def test_csv_guards_against_formula_injection(big_event, checker_client):
    register(big_event, name='=HYPERLINK("http://evil")', email="x@example.org")
    register(big_event, name="+1", email="y@example.org", phone="-2")
    register(big_event, name="@SUM(A1)", email="z@example.org")

    rows = csv_rows(checker_client.get(csv_url(big_event)))

    names = {row[0] for row in rows[1:]}
    assert names == {'\'=HYPERLINK("http://evil")', "'+1", "'@SUM(A1)"}
    assert "'-2" in {row[2] for row in rows[1:]}
