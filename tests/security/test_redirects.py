"""Open redirects: the language switcher's `next` and the sign-in `next` only ever lead to a
path on this site, whatever form the off-site address takes."""

from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client

from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

OFF_SITE = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example/",
    "///evil.example/",
    "////evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "/\\/evil.example/",
    "http:evil.example",
    "https:/evil.example",
    "https:\\\\evil.example",
    "/%2F%2Fevil.example/",
    "%2F%2Fevil.example/",
    "/%5Cevil.example/",
    "%2f%5cevil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    " //evil.example/",
    "\x00//evil.example/",
    "//evil.example%2F@testserver/",
    "http://testserver@evil.example/",
    "https://testserver.evil.example/",
    "javascript:alert(document.domain)",
    "data:text/html,<script>alert(1)</script>",
    "//%65vil.example/",
    "/ko/../..//evil.example/",
]


def assert_on_site(location: str) -> None:
    """Where a browser goes: it drops tabs and newlines, reads backslashes as slashes and
    resolves the Location against the page's address — that must stay on this host."""
    as_browser = "".join(ch for ch in location if ch not in "\t\r\n").replace("\\", "/")
    resolved = urlsplit(urljoin("http://testserver/en/accounts/login/", as_browser))
    assert (resolved.scheme, resolved.netloc) == ("http", "testserver"), location


def test_language_switcher_never_leaves_the_site(client, home_pages):
    for target in OFF_SITE:
        response = client.get("/language/en/", {"next": target})
        if "\x00" in target:
            assert response.status_code == 400, target  # portal.security refuses NUL
            continue
        assert response.status_code == 302, target
        assert_on_site(response["Location"])


def test_language_switcher_keeps_an_on_site_next(client, home_pages):
    response = client.get("/language/en/", {"next": "/ko/feedback/"})
    assert response["Location"] == "/en/feedback/"


def test_sign_in_next_never_leaves_the_site(home_pages):
    user = UserFactory()
    for number, target in enumerate(OFF_SITE):
        client = Client(REMOTE_ADDR=f"192.0.2.{number + 1}")  # under allauth's per-IP limit
        response = client.post(
            "/en/accounts/login/?next=" + target,
            {"login": user.email, "password": DEFAULT_PASSWORD, "next": target},
        )
        if "\x00" in target:
            assert response.status_code == 400, target
            continue
        assert response.status_code == 302, (target, response.content.decode()[:500])
        assert_on_site(response["Location"])
        assert client.session.get("_auth_user_id") == str(user.pk)


def test_sign_out_and_admin_sign_in_next_never_leave_the_site(home_pages):
    user = UserFactory()
    for target in OFF_SITE[:8]:
        client = Client()
        client.force_login(user)
        response = client.post("/en/accounts/logout/", {"next": target})
        assert response.status_code == 302, target
        assert_on_site(response["Location"])
        for admin_login in ("/admin/login/", "/django-admin/login/"):
            response = Client().get(admin_login, {"next": target})
            assert response.status_code == 302, (admin_login, target)
            assert_on_site(response["Location"])


def test_sign_in_form_does_not_echo_an_off_site_next_as_a_link(client, home_pages):
    response = client.get("/en/accounts/login/", {"next": "https://evil.example/"})
    assert response.status_code == 200
    assert 'href="https://evil.example' not in response.content.decode()


@pytest.mark.parametrize(
    "location", ["//evil.example/", "/\\evil.example", "https://evil.example", "/\t/evil.example"]
)
def test_the_check_catches_off_site_locations(location):
    with pytest.raises(AssertionError):
        assert_on_site(location)
