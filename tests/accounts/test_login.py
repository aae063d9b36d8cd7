import re

import pytest
from django.core import mail

from tests.factories import DEFAULT_PASSWORD, UserFactory


@pytest.mark.django_db
def test_log_in_with_email_and_password(client, home_pages):
    user = UserFactory()

    response = client.post(
        "/ko/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ja", "vi"])
def test_sign_in_and_out_stay_in_the_visitors_language(client, home_pages, language):
    user = UserFactory()

    response = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response["Location"] == f"/{language}/"

    response = client.post(f"/{language}/accounts/logout/")
    assert response["Location"] == f"/{language}/"


@pytest.mark.django_db
def test_wrong_password_gives_a_translated_error(client, home_pages):
    user = UserFactory()

    response = client.post("/ko/accounts/login/", {"login": user.email, "password": "wrong"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "올바르지 않습니다" in response.content.decode()


@pytest.mark.django_db
def test_log_in_by_emailed_code(client, home_pages, django_capture_on_commit_callbacks):
    user = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ja/accounts/login/code/", {"email": user.email})
    assert response.status_code == 302
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[0].body, re.MULTILINE).group(1)

    response = client.post(response["Location"], {"code": code})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_password_reset_email_links_to_a_working_form(
    client, home_pages, django_capture_on_commit_callbacks
):
    user = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/vi/accounts/password/reset/", {"email": user.email})

    link = re.search(r"https?://[^/\s]+(/vi/accounts/password/reset/key/\S+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    response = client.get(link.group(1), follow=True)
    assert response.status_code == 200
    assert 'name="password1"' in response.content.decode()


@pytest.mark.django_db
def test_failed_logins_are_rate_limited(client, home_pages):
    user = UserFactory()
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})

    response = client.post(
        "/en/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )

    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
