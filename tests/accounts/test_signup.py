import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from accounts.models import User

PASSWORD = "a-Long-and-unusual-passphrase-42"


def sign_up(client, language, email):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def confirmation_path(message) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+/accounts/confirm-email/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


def is_logged_in_as(client, email) -> bool:
    user_id = client.session.get("_auth_user_id")
    return user_id is not None and User.objects.get(pk=user_id).email == email


@pytest.mark.django_db
def test_sign_up_confirm_email_then_log_in(client, home_pages, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, "en", "newcomer@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not is_logged_in_as(client, "newcomer@example.org")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["newcomer@example.org"]
    assert "Please Confirm Your Email Address" in message.subject

    # Unverified: signing in sends the visitor back to the verification notice.
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "newcomer@example.org", "password": PASSWORD}
    )
    assert not is_logged_in_as(client, "newcomer@example.org")

    confirm = confirmation_path(message)
    assert confirm.startswith("/en/")
    assert client.get(confirm).status_code == 200
    assert client.post(confirm)["Location"] == "/en/"
    assert EmailAddress.objects.get(email="newcomer@example.org").verified

    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "newcomer@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert is_logged_in_as(client, "newcomer@example.org")
    assert User.objects.get(email="newcomer@example.org").preferred_language == "en"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "subject_words"),
    [
        ("ko", "이메일"),
        ("ja", "メール"),
        ("zh-hans", "确认"),
        ("vi", "xác nhận"),
    ],
)
def test_confirmation_email_is_in_the_language_of_the_sign_up(
    client, home_pages, django_capture_on_commit_callbacks, language, subject_words
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, language, f"resident-{language}@example.org")

    message = mail.outbox[0]
    assert subject_words in message.subject.lower()
    assert f"/{language}/accounts/confirm-email/" in message.body
    assert User.objects.get(email=f"resident-{language}@example.org").preferred_language == language


@pytest.mark.django_db
def test_the_confirmation_link_is_on_the_portal_base_url_whatever_host_was_asked(
    client, home_pages, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_BASE_URL = "https://portal.example.go.kr"
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, "en", "newcomer@example.org")

    body = mail.outbox[0].body
    assert "https://portal.example.go.kr/en/accounts/confirm-email/" in body
    assert "testserver" not in body


@pytest.mark.django_db
def test_email_is_the_login_and_unique_case_insensitively(client, home_pages):
    sign_up(client, "en", "Someone@Example.org")
    client.logout()
    response = sign_up(client, "en", "someone@example.org")

    assert User.objects.filter(email__iexact="someone@example.org").count() == 1
    # Enumeration prevention: the second sign-up looks the same as a first one.
    assert response.status_code == 302


@pytest.mark.django_db
def test_sign_up_page_is_inside_the_site_chrome_and_translated(client, home_pages):
    html = client.get("/ko/accounts/signup/").content.decode()

    assert '<html lang="ko">' in html
    assert 'class="skip-link"' in html
    assert '<main id="main"' in html
    assert "회원가입" in html
    assert '<label for="id_email">' in html
