import pytest

PROVIDERS = {
    "kakao": {"APPS": [{"client_id": "kakao-id", "secret": "kakao-secret", "key": ""}]},
    "naver": {"APPS": [{"client_id": "naver-id", "secret": "naver-secret", "key": ""}]},
}


@pytest.mark.django_db
def test_no_social_buttons_without_keys(client, home_pages, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {}

    html = client.get("/en/accounts/login/").content.decode()

    for provider in ("kakao", "naver", "google"):
        assert f"/accounts/{provider}/login/" not in html


@pytest.mark.django_db
def test_only_configured_providers_are_shown(client, home_pages, settings):
    settings.SOCIALACCOUNT_PROVIDERS = PROVIDERS

    html = client.get("/en/accounts/login/").content.decode()

    assert "/en/accounts/kakao/login/" in html
    assert "/en/accounts/naver/login/" in html
    assert "/accounts/google/login/" not in html
