import pytest

from tests.factories import (
    DEFAULT_PASSWORD,
    StaffUserFactory,
    UserFactory,
    activate_totp,
    current_totp_code,
)


@pytest.fixture
def mfa_required(settings):
    settings.PORTAL_REQUIRE_STAFF_MFA = True


@pytest.mark.django_db
@pytest.mark.parametrize("admin_path", ["/admin/", "/django-admin/"])
def test_staff_without_mfa_cannot_reach_the_admin(client, home_pages, mfa_required, admin_path):
    client.force_login(StaffUserFactory())

    response = client.get(admin_path)

    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")


@pytest.mark.django_db
@pytest.mark.parametrize("admin_path", ["/admin/", "/django-admin/"])
def test_staff_with_totp_reach_the_admin(client, home_pages, mfa_required, admin_path):
    staff = StaffUserFactory()
    activate_totp(staff)
    client.force_login(staff)

    assert client.get(admin_path).status_code == 200


@pytest.mark.django_db
def test_without_the_setting_staff_reach_the_admin_at_once(client, home_pages, settings):
    settings.PORTAL_REQUIRE_STAFF_MFA = False
    client.force_login(StaffUserFactory())

    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_residents_are_not_asked_for_mfa(client, home_pages, mfa_required):
    client.force_login(UserFactory())

    assert client.get("/ko/").status_code == 200


@pytest.mark.django_db
def test_admin_sign_in_goes_through_allauth(client, home_pages):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/ko/accounts/login/?next=%2Fadmin%2Fpages%2F"


@pytest.mark.django_db
def test_staff_with_totp_must_enter_a_code_to_sign_in(client, home_pages, mfa_required):
    staff = StaffUserFactory()
    secret = activate_totp(staff)

    response = client.post(
        "/en/accounts/login/",
        {"login": staff.email, "password": DEFAULT_PASSWORD, "next": "/admin/"},
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session

    response = client.post(response["Location"], {"code": current_totp_code(secret)})

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
