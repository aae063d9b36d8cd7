"""Sessions and emailed credentials expire: the settings say how long each lives, and an
expired one — session, password-reset link, email-confirmation link, sign-in code, waiting-list
offer — is refused."""

import re
import time
from datetime import timedelta
from unittest import mock

import pytest
from allauth.account import app_settings as account_settings
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.utils import timezone

from participation.registrations import services as registration_services
from participation.registrations.models import Registration
from tests.factories import DEFAULT_PASSWORD, UserFactory

from .conftest import parse

pytestmark = pytest.mark.django_db

EIGHT_HOURS = 8 * 60 * 60


def test_lifetimes_are_configured():
    assert settings.SESSION_COOKIE_AGE == EIGHT_HOURS
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.PASSWORD_RESET_TIMEOUT == 60 * 60
    assert account_settings.EMAIL_CONFIRMATION_EXPIRE_DAYS == 3
    assert account_settings.EMAIL_CONFIRMATION_HMAC  # signed, timestamped keys
    assert account_settings.LOGIN_BY_CODE_TIMEOUT == 180
    assert account_settings.LOGIN_BY_CODE_MAX_ATTEMPTS == 3
    assert account_settings.REAUTHENTICATION_TIMEOUT == 300
    assert not account_settings.CONFIRM_EMAIL_ON_GET  # a prefetched link confirms nothing


def sign_in(client, user, **extra):
    data = {"login": user.email, "password": DEFAULT_PASSWORD, **extra}
    response = client.post("/en/accounts/login/", data)
    assert response.status_code == 302
    return response


def test_remembered_session_lasts_the_configured_age(client, home_pages):
    response = sign_in(client, UserFactory(), remember="on")
    assert response.cookies["sessionid"]["max-age"] == EIGHT_HOURS
    assert response.cookies["sessionid"]["httponly"]


def test_session_not_remembered_ends_with_the_browser(client, home_pages):
    response = sign_in(client, UserFactory())
    assert response.cookies["sessionid"]["max-age"] == ""
    assert client.session.get_expire_at_browser_close()


def test_an_expired_session_is_signed_out(client, home_pages):
    sign_in(client, UserFactory(), remember="on")
    assert client.get("/en/registrations/mine/").status_code == 200
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/en/registrations/mine/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def _link(pattern: str) -> str:
    match = re.search(pattern, mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(1)


def test_password_reset_link_expires_after_an_hour(
    client, home_pages, django_capture_on_commit_callbacks
):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/password/reset/", {"email": user.email})
    link = _link(r"https?://[^/\s]+(/en/accounts/password/reset/key/\S+/)")
    later = PasswordResetTokenGenerator()._now() + timedelta(seconds=60 * 60 + 5)
    with mock.patch.object(PasswordResetTokenGenerator, "_now", return_value=later):
        response = Client().get(link, follow=True)
        assert 'name="password1"' not in response.content.decode()
        response = Client().post(
            link, {"password1": "N3w-passphrase!", "password2": "N3w-passphrase!"}, follow=True
        )
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)
    # Within the hour the same link works.
    response = Client().get(link, follow=True)
    assert 'name="password1"' in response.content.decode()


def test_email_confirmation_link_expires(client, home_pages, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/accounts/signup/",
            {
                "email": "late@example.org",
                "password1": "Sup3r-secret!",
                "password2": "Sup3r-secret!",
            },
        )
    link = _link(r"https?://[^/\s]+(/en/accounts/confirm-email/\S+/)")
    expired = time.time() + 3 * 24 * 60 * 60 + 60
    with mock.patch("django.core.signing.time.time", return_value=expired):
        page = Client().get(link)
        assert "expired or is invalid" in " ".join(parse(page.content).get_text().split())
        Client().post(link)
    assert not EmailAddress.objects.get(email="late@example.org").verified
    Client().post(link)  # in time, the same link confirms
    assert EmailAddress.objects.get(email="late@example.org").verified


def test_sign_in_code_expires(client, home_pages, django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/login/code/", {"email": user.email})
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.MULTILINE).group(1)
    later = time.time() + 181
    with mock.patch(
        "allauth.account.internal.flows.code_verification.time.time", return_value=later
    ):
        client.post(response["Location"], {"code": code})
    assert "_auth_user_id" not in client.session


def test_sign_in_code_allows_three_wrong_tries(
    client, home_pages, django_capture_on_commit_callbacks
):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/login/code/", {"email": user.email})
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.MULTILINE).group(1)
    for _ in range(3):
        client.post(response["Location"], {"code": "AAAA-AAAA"})
    client.post(response["Location"], {"code": code})
    assert "_auth_user_id" not in client.session


def test_an_expired_waiting_list_offer_link_is_refused(client, event):
    event.capacity = 1
    event.save_revision().publish()
    first = registration_services.register(
        event=event, name="First", email="first@example.org", consent=True, preferred_language="en"
    )
    waiting = registration_services.register(
        event=event, name="Next", email="next@example.org", consent=True, preferred_language="en"
    )
    assert waiting.status == Registration.Status.WAITING
    registration_services.cancel_registration(registration=first)
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.OFFERED
    Registration.objects.filter(pk=waiting.pk).update(
        offer_expires_at=timezone.now() - timedelta(minutes=1)
    )
    response = client.post(f"/en/registrations/{waiting.ticket_token}/accept/", follow=True)
    waiting.refresh_from_db()
    assert waiting.status != Registration.Status.CONFIRMED
    assert "expired" in " ".join(parse(response.content).get_text().split()).lower()
