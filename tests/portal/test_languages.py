import re

import pytest
from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
HOME_TITLES = {
    "ko": "강남 글로컬 포털",
    "en": "Gangnam Glocal Portal",
    "zh-hans": "江南全球本地化门户",
    "ja": "江南グローカルポータル",
    "vi": "Cổng thông tin Glocal Gangnam",
}


def hreflang_links(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_home_page_renders_in_each_language_with_lang_and_hreflang(client, home_pages, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{HOME_TITLES[language]}</h1>" in html
    assert hreflang_links(html) == {
        "ko": "http://testserver/ko/",
        "x-default": "http://testserver/ko/",
        "en": "http://testserver/en/",
        "zh-hans": "http://testserver/zh-hans/",
        "ja": "http://testserver/ja/",
        "vi": "http://testserver/vi/",
    }


@pytest.mark.django_db
def test_hreflang_alternates_on_non_page_views(client):
    html = client.get("/ja/accounts/login/").content.decode()

    assert '<html lang="ja">' in html
    assert hreflang_links(html)["vi"] == "http://testserver/vi/accounts/login/"
    assert hreflang_links(html)["x-default"] == "http://testserver/ko/accounts/login/"


@pytest.mark.django_db
def test_site_root_redirects_to_korean_by_default(client, home_pages):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/ko/"


@pytest.mark.django_db
def test_ui_strings_are_translated(client, home_pages):
    assert "본문 바로가기" in client.get("/ko/").content.decode()
    assert "Skip to main content" in client.get("/en/").content.decode()
    assert "跳到主要内容" in client.get("/zh-hans/").content.decode()
    assert "メインコンテンツへ移動" in client.get("/ja/").content.decode()
    assert "Chuyển đến nội dung chính" in client.get("/vi/").content.decode()


@pytest.mark.django_db
def test_switcher_links_to_every_language_with_the_current_path(client, home_pages):
    html = client.get("/en/accounts/login/").content.decode()

    for code in ("ko", "zh-hans", "ja", "vi"):
        assert f'href="/language/{code}/?next=/en/accounts/login/"' in html
    assert '<span aria-current="true" lang="en">English</span>' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("next_url", "language", "expected"),
    [
        ("/ko/", "vi", "/vi/"),
        ("/en/", "ko", "/ko/"),
        ("/ko/accounts/login/", "ja", "/ja/accounts/login/"),
        ("/zh-hans/accounts/signup/?next=/zh-hans/", "en", "/en/accounts/signup/?next=/zh-hans/"),
        ("/vi/accounts/password/reset/", "zh-hans", "/zh-hans/accounts/password/reset/"),
    ],
)
def test_switching_language_keeps_the_page(client, home_pages, next_url, language, expected):
    response = client.get(f"/language/{language}/", {"next": next_url})

    assert response.status_code == 302
    assert response["Location"] == expected
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == language
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_switching_follows_translated_page_slugs(client, home_pages):
    from cms.models import HomePage

    # A translated page may carry its own slug; the switcher follows the page, not the path.
    english = HomePage.objects.get(locale__language_code="en")
    assert client.get("/language/ko/", {"next": english.url}).headers["Location"] == "/ko/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/ko/",
        "http://testserver.evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "",
    ],
)
def test_off_site_next_is_refused(client, home_pages, next_url):
    response = client.get("/language/en/", {"next": next_url})

    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_unknown_language_falls_back_to_korean(client, home_pages):
    response = client.get("/language/xx/", {"next": "/en/accounts/login/"})

    assert response["Location"] == "/ko/accounts/login/"
