import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from cms.calendar import SEOUL
from participation.registrations import services
from participation.registrations.check_in_views import ticket_code
from participation.registrations.models import CheckIn
from tests.factories import StaffUserFactory, UserFactory
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db


def url(event, language="en"):
    with translation.override(language):
        return reverse("registrations:check_in", kwargs={"event_id": event.pk})


@pytest.fixture
def checker(db):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="check_in_registrations"))
    return user


@pytest.fixture
def staff_client(client, checker):
    client.force_login(checker)
    return client


def post(client, event, code, **extra):
    return client.post(url(event), {"code": code}, **extra)


def test_anonymous_visitors_are_sent_to_log_in(event, client):
    response = client.get(url(event))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_staff_without_the_permission_are_refused(event, client):
    client.force_login(UserFactory(is_staff=True))

    assert client.get(url(event)).status_code == 403
    assert post(client, event, register(event).ticket_token).status_code == 403
    assert CheckIn.objects.count() == 0


def test_a_non_staff_user_with_the_permission_is_refused(event, client):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="check_in_registrations"))
    client.force_login(user)

    assert client.get(url(event)).status_code == 403


def test_a_superuser_may_check_in(event, client):
    client.force_login(StaffUserFactory())

    assert client.get(url(event)).status_code == 200


def test_the_page_has_the_event_the_form_and_the_counts(event, staff_client):
    register(event)

    response = staff_client.get(url(event))

    page = response.content.decode()
    assert response.status_code == 200
    assert event.title in page
    assert 'name="code"' in page and "autofocus" in page and 'autocomplete="off"' in page
    assert '<label for="check-in-code">' in page
    assert 'role="status" aria-live="polite"' in page
    assert "js/checkin.js" in page
    assert response.context["confirmed_count"] == 1
    assert response.context["checked_in_count"] == 0


def test_an_unknown_event_is_404_for_staff(staff_client, event):
    response = staff_client.get(reverse("registrations:check_in", kwargs={"event_id": 999999}))

    assert response.status_code == 404


def test_a_valid_code_is_checked_in_and_a_retry_records_one(event, staff_client, checker):
    registration = register(event)

    with translation.override("en"):
        first = post(staff_client, event, registration.ticket_token)
        retried = post(staff_client, event, registration.ticket_token)

    assert first.status_code == 200
    assert "check-in-result--checked_in" in first.content.decode()
    assert "Checked in." in first.content.decode()
    check_in = CheckIn.objects.get()
    assert check_in.checked_in_by == checker
    at = timezone.localtime(check_in.checked_in_at, SEOUL).strftime("%H:%M")
    assert f"Already checked in at {at}." in retried.content.decode()
    assert "check-in-result--already_checked_in" in retried.content.decode()
    assert CheckIn.objects.count() == 1
    assert retried.context["checked_in_count"] == 1


def test_a_pasted_personal_link_works(event, staff_client):
    registration = register(event)
    with translation.override("vi"):
        link = "https://portal.example.org" + reverse(
            "registrations:manage", kwargs={"token": registration.ticket_token}
        )

    response = post(staff_client, event, f"  {link}  ")

    assert response.context["result"].status == "checked_in"
    assert CheckIn.objects.get().registration == registration


def test_the_translated_event_page_checks_in_the_same_tickets(
    event, vietnamese_event, staff_client
):
    registration = register(event)

    response = post(staff_client, vietnamese_event, registration.ticket_token)

    assert response.context["result"].status == "checked_in"


def test_a_cancelled_ticket(event, staff_client):
    registration = register(event)
    services.cancel_registration(registration=registration)

    with translation.override("en"):
        response = post(staff_client, event, registration.ticket_token)

    assert "check-in-result--cancelled" in response.content.decode()
    assert "This registration was cancelled." in response.content.decode()
    assert CheckIn.objects.count() == 0


def test_a_ticket_for_another_event(event, make_event, staff_client):
    other = register(make_event(slug="other"))

    with translation.override("en"):
        response = post(staff_client, event, other.ticket_token)

    assert "check-in-result--not_for_this_event" in response.content.decode()
    assert "This ticket is for another event." in response.content.decode()
    assert other.name not in response.content.decode()
    assert CheckIn.objects.count() == 0


@pytest.mark.parametrize("code", ["garbage", "", "https://example.org/registrations/nope/"])
def test_unknown_codes(event, staff_client, code):
    register(event)

    with translation.override("en"):
        response = post(staff_client, event, code)

    assert response.status_code == 200
    assert "check-in-result--unknown_code" in response.content.decode()
    assert "Unknown code." in response.content.decode()


def test_json_answer_when_asked(event, staff_client):
    registration = register(event)

    with translation.override("en"):
        first = post(staff_client, event, registration.ticket_token, HTTP_ACCEPT="application/json")
        again = post(staff_client, event, registration.ticket_token, HTTP_ACCEPT="application/json")

    assert first["Content-Type"] == "application/json"
    assert first.json()["result"] == "checked_in"
    assert first.json()["message"] == "Checked in."
    assert first.json()["checked_in"] == 1
    assert first.json()["who"] == f"{registration.name} · Number of places: 1"
    assert again.json()["result"] == "already_checked_in"
    assert again.json()["message"].startswith("Already checked in at ")
    assert CheckIn.objects.count() == 1


def test_a_browser_form_post_gets_html(event, staff_client):
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

    response = post(staff_client, event, "garbage", HTTP_ACCEPT=accept)

    assert response["Content-Type"].startswith("text/html")


def test_csrf_is_enforced(event, checker):
    registration = register(event)
    client = Client(enforce_csrf_checks=True)
    client.force_login(checker)

    refused = post(client, event, registration.ticket_token)
    assert refused.status_code == 403
    assert CheckIn.objects.count() == 0

    page = client.get(url(event))
    token = page.cookies["csrftoken"].value
    accepted = client.post(
        url(event), {"code": registration.ticket_token, "csrfmiddlewaretoken": token}
    )
    assert accepted.status_code == 200
    assert CheckIn.objects.count() == 1


def test_the_page_answers_in_the_staff_language(event, staff_client):
    registration = register(event)

    response = staff_client.post(url(event, "ko"), {"code": registration.ticket_token})

    assert response.context["result"].status == "checked_in"
    assert 'lang="ko"' in response.content.decode()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("abc_DEF-123", "abc_DEF-123"),
        ("  abc  ", "abc"),
        ("https://x.org/vi/registrations/abc_DEF-123/", "abc_DEF-123"),
        ("/ko/registrations/abc/", "abc"),
        ("https://x.org/registrations/abc/?utm=1", "abc"),
    ],
)
def test_ticket_code_from_text(text, code):
    assert ticket_code(text) == code
