import re

import pytest


@pytest.mark.django_db
def test_nothing_is_loaded_from_another_host(client, home_pages):
    html = client.get("/ko/").content.decode()

    assets = re.findall(r'<(?:script|img|link rel="stylesheet")[^>]*(?:src|href)="([^"]+)"', html)
    assert assets  # the stylesheet at least
    assert [url for url in assets if not url.startswith("/")] == []


@pytest.mark.django_db
def test_unknown_page_gets_a_translated_404_in_the_site_chrome(client, home_pages):
    response = client.get("/ja/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "ページが見つかりません" in html


@pytest.mark.django_db
def test_last_chosen_language_is_remembered_at_the_site_root(client, home_pages):
    client.get("/language/vi/", {"next": "/ko/"})

    assert client.get("/")["Location"] == "/vi/"


@pytest.mark.django_db
def test_browser_language_is_used_at_the_site_root(client, home_pages):
    response = client.get("/", headers={"accept-language": "ja,en;q=0.8"})

    assert response["Location"] == "/ja/"
