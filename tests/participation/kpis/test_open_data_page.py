"""/<lang>/open-data/: the open data explained in the visitor's language, its files linked in
that language."""

from html import unescape

import pytest
from django.utils.html import strip_tags

from tests.browser.content import LANGUAGES

pytestmark = pytest.mark.django_db

HEADINGS = {
    "ko": "공공데이터",
    "en": "Open data",
    "zh-hans": "开放数据",
    "ja": "オープンデータ",
    "vi": "Dữ liệu mở",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_speaks_the_visitors_language_and_links_files_in_it(client, language):
    response = client.get(f"/{language}/open-data/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{HEADINGS[language]}</h1>" in html
    assert f'href="/open-data/kpis.json?lang={language}"' in html
    assert f'href="/open-data/kpis.csv?lang={language}"' in html
    assert f'href="/open-data/README.txt?lang={language}"' in html
    assert 'href="https://www.kogl.or.kr/info/licenseType1.do"' in html


def test_every_linked_file_answers_in_that_language(client):
    html = client.get("/ja/open-data/").content.decode()
    table = html.split("<table", 1)[1].split("</table>", 1)[0]
    urls = [piece.split('"', 1)[0].replace("&amp;", "&") for piece in table.split('href="')[1:]]

    assert len(urls) >= 4  # overall and at least one breakdown, JSON and CSV each
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Language"] == "ja", url


def test_the_kpis_are_explained(client):
    html = client.get("/en/open-data/").content.decode()

    text = " ".join(unescape(strip_tags(html)).split())
    assert "Trust Index" in text
    assert "<5" in text  # small groups are suppressed, and the page says so
