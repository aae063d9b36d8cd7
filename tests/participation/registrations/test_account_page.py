"""Signed-in residents: the form filled in from the account, and their registrations listed."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import translation

from participation.registrations.models import Registration
from tests.factories import RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


def url(name, language="vi", **kwargs):
    with translation.override(language):
        return reverse(f"registrations:{name}", kwargs=kwargs)


@pytest.fixture
def resident():
    return UserFactory(
        email="minh@example.org", first_name="Minh", last_name="Tran", preferred_language="ja"
    )


# --- the form, filled in --------------------------------------------------------------------


def test_the_event_page_form_is_filled_in_from_the_account(vietnamese_event, resident, client):
    client.force_login(resident)

    page = client.get(vietnamese_event.url).content.decode()

    assert 'value="Minh Tran"' in page
    assert 'value="minh@example.org"' in page
    assert 'value="ja" selected' in page  # the account's language, not the page's


def test_the_register_page_is_filled_in_too(vietnamese_event, resident, client):
    client.force_login(resident)

    response = client.get(url("register", event_id=vietnamese_event.pk))

    form = response.context["form"]
    assert form["name"].initial == "Minh Tran"
    assert form["email"].initial == "minh@example.org"
    assert form["preferred_language"].initial == "ja"


def test_guests_get_an_empty_form_in_the_page_language(vietnamese_event, client):
    page = client.get(vietnamese_event.url).content.decode()

    assert 'value="minh@example.org"' not in page
    assert 'value="vi" selected' in page


def test_a_signed_in_registration_belongs_to_the_account(vietnamese_event, resident, client):
    client.force_login(resident)
    answers = {
        "name": "Minh Tran",
        "email": "minh@example.org",
        "preferred_language": "ja",
        "party_size": "1",
        "consent": "on",
    }

    client.post(url("register", event_id=vietnamese_event.pk), answers)

    assert Registration.objects.get().user == resident


# --- the account page -----------------------------------------------------------------------


def test_the_account_page_needs_signing_in(client):
    response = client.get(url("mine"))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_account_page_lists_the_residents_registrations(
    event, vietnamese_event, make_event, resident, client
):
    own = RegistrationFactory(event=event, user=resident, email="other-address@example.org")
    as_guest = RegistrationFactory(
        event=make_event(title="게스트 행사", slug="guest"), email="MINH@example.org"
    )
    EmailAddress.objects.create(user=resident, email="old@example.org", verified=False)
    unverified = RegistrationFactory(event=make_event(slug="x"), email="old@example.org")
    someone_else = RegistrationFactory(event=event, email="stranger@example.org")
    client.force_login(resident)

    response = client.get(url("mine"))

    page = response.content.decode()
    assert response.status_code == 200
    listed = [row["registration"] for row in response.context["rows"]]
    assert set(listed) == {own, as_guest}
    assert unverified not in listed and someone_else not in listed
    assert url("manage", token=own.ticket_token) in page
    assert url("manage", token=as_guest.ticket_token) in page
    assert someone_else.ticket_token not in page
    assert vietnamese_event.title in page  # the event in the page's language
    assert "게스트 행사" in page  # not translated: its own title
    assert "no-cache" in response["Cache-Control"]


def test_an_account_without_registrations_says_so(resident, client):
    client.force_login(resident)

    with translation.override("en"):
        response = client.get(url("mine", language="en"))

    assert response.context["rows"] == []
    assert "You have no registrations yet." in response.content.decode()


def test_the_header_links_to_the_account_page_when_signed_in(event, resident, client):
    page_url = url("check_email")
    assert url("mine") not in client.get(page_url).content.decode()

    client.force_login(resident)

    assert url("mine") in client.get(page_url).content.decode()
