import codecs
import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from participation.registrations.models import CheckIn, CheckInAssignment, Registration
from tests.factories import UserFactory
from tests.participation.registrations.helpers import register

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]

Status = Registration.Status


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
        "open check-in conflicts": 0,
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


# --- the overview of events -----------------------------------------------------------------

OVERVIEW_URL = "/admin/registrations/"


def check_in_url(event):
    with translation.override("en"):
        return reverse("registrations:check_in", kwargs={"event_id": event.pk})


def test_the_overview_lists_upcoming_and_recent_events_with_counts(
    big_event, registrations, make_event, checker_client
):
    now = timezone.now()
    recent = make_event(
        title="지난주 행사",
        slug="recent",
        starts_at=now - timedelta(days=7),
        ends_at=now - timedelta(days=7) + timedelta(hours=2),
        registration_opens_at=None,
    )
    long_ago = make_event(
        title="오래된 행사",
        slug="long-ago",
        starts_at=now - timedelta(days=90),
        ends_at=now - timedelta(days=90) + timedelta(hours=2),
        registration_opens_at=None,
    )

    with translation.override("en"):
        response = checker_client.get(OVERVIEW_URL)

    assert response.status_code == 200
    rows = {row["event"].pk: row for row in response.context["rows"]}
    assert recent.pk in rows and big_event.pk in rows
    assert long_ago.pk not in rows
    assert response.context["rows"][0]["event"] == recent  # soonest first
    assert response.context["count_labels"] == [
        "confirmed",
        "waiting",
        "offered a seat",
        "cancelled",
        "checked in",
    ]
    assert rows[big_event.pk]["counts"] == [3, 1, 0, 1, 1]
    page = response.content.decode()
    assert reverse("registrations_admin_index", args=[big_event.pk]) in page
    assert check_in_url(big_event) in page


def test_the_overview_shows_events_in_the_staffs_language(
    big_event, vietnamese_event, event, client
):
    client.force_login(staff_user("check_in_registrations", language="vi"))

    response = client.get(OVERVIEW_URL)

    titles = {row["event"].pk: row["title"] for row in response.context["rows"]}
    assert titles[event.pk] == vietnamese_event.title
    assert titles[big_event.pk] == "큰 행사"  # no Vietnamese version: the Korean title


def test_assigned_check_in_staff_see_only_their_events_without_registrations_links(
    big_event, event, client
):
    user = staff_user()
    CheckInAssignment.objects.create(event=event, user=user)
    client.force_login(user)

    response = client.get(OVERVIEW_URL)

    assert response.status_code == 200
    assert [row["event"].pk for row in response.context["rows"]] == [event.pk]
    page = response.content.decode()
    assert reverse("registrations_admin_index", args=[event.pk]) not in page
    assert check_in_url(event) in page


def test_staff_with_neither_permission_nor_assignment_are_refused_the_overview(client):
    client.force_login(staff_user())

    assert client.get(OVERVIEW_URL).status_code == 403


def admin_home(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_menu_item_is_shown_to_managers_and_assigned_staff_only(event, client):
    with translation.override("en"):
        client.force_login(staff_user("check_in_registrations"))
        assert OVERVIEW_URL in admin_home(client)

        assigned = staff_user()
        client.force_login(assigned)
        assert OVERVIEW_URL not in admin_home(client)

        CheckInAssignment.objects.create(event=event, user=assigned)
        assert OVERVIEW_URL in admin_home(client)


# --- export with a progress indicator -------------------------------------------------------


def test_the_export_shows_the_row_count_a_plain_link_and_a_live_region(
    big_event, registrations, checker_client
):
    response = checker_client.get(index_url(big_event), {"status": "confirmed"})

    page = response.content.decode()
    assert response.context["export_rows"] == 3
    # Without JavaScript: an ordinary download of the filtered export.
    assert f'href="{csv_url(big_event)}?status=confirmed" download' in page
    assert 'data-total="3"' in page
    assert 'role="status" aria-live="polite" data-csv-export-status' in page
    assert '<progress data-csv-export-progress max="3" value="0" hidden' in page
    assert "js/csv-export-progress.js" in page
    for name in ("progress", "done", "failed"):
        assert f"data-{name}-text=" in page
    assert "%(done)s" in page and "%(total)s" in page


def test_csv_guards_formulas_behind_whitespace_and_full_width_forms(big_event, checker_client):
    register(big_event, name="  =1+1", email="w@example.org")
    register(big_event, name="＝HYPERLINK(1)", email="v@example.org")

    rows = csv_rows(checker_client.get(csv_url(big_event)))

    names = [row[0] for row in rows[1:]]
    assert len(names) == 2 and all(name.startswith("'") for name in names), names
    assert "'＝HYPERLINK(1)" in names
