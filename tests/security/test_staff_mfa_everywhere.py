"""With PORTAL_REQUIRE_STAFF_MFA on, no staff surface accepts a password-only staff session.

The URL patterns are walked through the resolver: every pattern of the two admin sites, and
every other pattern that refuses a signed-in resident but lets a superuser with TOTP in (found
by asking both), must send a superuser without TOTP to the TOTP set-up."""

import pytest
from django.test import Client

from accounts.middleware import PROTECTED_PREFIXES
from tests.factories import StaffUserFactory, UserFactory, activate_totp

from . import url_walk

pytestmark = pytest.mark.django_db

MFA_SET_UP = "/accounts/2fa/totp/activate/"


def _client(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def _refused(response) -> bool:
    return response.status_code in (401, 403) or (
        response.status_code == 302 and "login" in response.get("Location", "")
    )


@pytest.fixture
def mfa_required(settings):
    settings.PORTAL_REQUIRE_STAFF_MFA = True


@pytest.fixture
def superuser_with_mfa():
    user = StaffUserFactory(is_superuser=True)
    activate_totp(user)
    return user


@pytest.fixture
def staff_surfaces(home_pages, mfa_required, superuser_with_mfa):
    """Every walked URL that needs staff rights."""
    routes = url_walk.routes()
    resident, staff = _client(UserFactory()), _client(superuser_with_mfa)
    surfaces = [url for url in routes if url.startswith(PROTECTED_PREFIXES)]
    for url in sorted(routes):
        if url.startswith(PROTECTED_PREFIXES) or "/accounts/" in url:
            continue
        if _refused(resident.get(url)) and not _refused(staff.get(url)):
            surfaces.append(url)
    return surfaces


def test_the_walk_finds_the_staff_surfaces(staff_surfaces):
    assert "/ko/registrations/check-in/1/" in staff_surfaces
    assert "/admin/feedback/1/" in staff_surfaces
    assert "/admin/registrations/event/1/export.csv" in staff_surfaces
    assert "/admin/kpis/" in staff_surfaces
    assert "/django-admin/" in staff_surfaces
    assert len(staff_surfaces) > 300  # both admin sites, walked whole


def test_every_staff_surface_refuses_a_password_only_staff_session(staff_surfaces):
    staff = _client(StaffUserFactory(is_superuser=True))

    accepted = {}
    for url in staff_surfaces:
        for method in ("get", "post"):
            response = getattr(staff, method)(url)
            if not (response.status_code == 302 and response["Location"].endswith(MFA_SET_UP)):
                accepted[f"{method.upper()} {url}"] = response.status_code
    assert accepted == {}


@pytest.mark.parametrize(
    "url",
    [
        "/ko/registrations/check-in/1/",
        "/en/registrations/check-in/1/",
        "/admin/",
        "/admin/feedback/",
        "/admin/registrations/",
        "/admin/kpis/",
        "/django-admin/",
    ],
)
def test_staff_with_totp_reach_the_staff_surfaces(
    home_pages, mfa_required, superuser_with_mfa, url
):
    response = _client(superuser_with_mfa).get(url)

    assert response.status_code in (200, 404)  # 404: no event 1, after the permission check
    assert not response.get("Location", "").endswith(MFA_SET_UP)


def test_check_in_page_refuses_a_password_only_staff_session(event, mfa_required):
    staff = _client(StaffUserFactory(is_superuser=True))

    for method in ("get", "post"):
        response = getattr(staff, method)(f"/ko/registrations/check-in/{event.pk}/", {"code": "x"})

        assert response.status_code == 302
        assert response["Location"].endswith(MFA_SET_UP)
