"""Input that once made the portal answer a server error: ids beyond 64 bits in any integer
path parameter, and form bodies in charsets that are not ASCII-compatible or not known."""

import pytest
from django.test import Client

from tests.factories import StaffUserFactory, activate_totp

from . import url_walk
from .conftest import feedback_form, registration_form

pytestmark = pytest.mark.django_db

TOO_LARGE = ["9223372036854775808", "18446744073709551616", "9" * 40]


@pytest.fixture
def superuser_with_mfa(settings):
    settings.PORTAL_REQUIRE_STAFF_MFA = True
    user = StaffUserFactory(is_superuser=True)
    activate_totp(user)
    return user


@pytest.mark.parametrize("number", TOO_LARGE)
def test_ids_beyond_64_bits_are_404_on_every_integer_route(home_pages, superuser_with_mfa, number):
    anonymous = Client(raise_request_exception=False)
    staff = Client(raise_request_exception=False)
    staff.force_login(superuser_with_mfa)
    urls = url_walk.routes(integer=number, only_int=True)
    assert f"/ko/registrations/event/{number}/" in urls
    assert f"/admin/feedback/{number}/" in urls

    errors = {}
    for url in urls:
        for name, client in (("anonymous", anonymous), ("staff", staff)):
            for method in ("get", "post"):
                status = getattr(client, method)(url).status_code
                if status >= 500:
                    errors[f"{name} {method.upper()} {url}"] = status
    assert errors == {}
    assert anonymous.get(f"/ko/registrations/event/{number}/").status_code == 404
    assert staff.get(f"/ko/registrations/check-in/{number}/").status_code == 404


ODD_CHARSETS = ["utf-16", "utf-16-le", "utf-32", "cp037", "utf-7", "no-such-charset", "hz"]


def _post(url, fields, charset):
    body = "&".join(f"{name}={value}" for name, value in fields.items())
    try:
        encoded = body.encode(charset, errors="replace")
    except LookupError:
        encoded = body.encode()
    return Client(raise_request_exception=False).generic(
        "POST",
        url,
        encoded,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )


@pytest.mark.parametrize("charset", ODD_CHARSETS)
def test_a_form_in_an_odd_charset_is_400(event, category, charset):
    for url, fields in (
        (f"/ko/registrations/event/{event.pk}/", registration_form()),
        ("/ko/feedback/", feedback_form(category)),
        ("/en/feedback/status/", {"code": "ABCD-EFGH"}),
    ):
        assert _post(url, fields, charset).status_code == 400, url


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8"])
def test_a_form_in_utf_8_is_read(event, charset):
    form = registration_form(name="Nguyen Van An")
    response = _post(f"/ko/registrations/event/{event.pk}/", form, charset)

    assert response.status_code == 302


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "cp037"])
def test_a_multipart_form_in_an_odd_charset_is_400(category, charset):
    boundary = "BoUnDaRy"
    parts = "".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in feedback_form(category).items()
    )
    body = (parts + f"--{boundary}--\r\n").encode(charset, errors="replace")
    response = Client(raise_request_exception=False).generic(
        "POST",
        "/ko/feedback/",
        body,
        content_type=f"multipart/form-data; boundary={boundary}; charset={charset}",
    )

    assert response.status_code == 400
