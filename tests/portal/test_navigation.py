"""The main menu and the footer (portal/navigation.py, templates/includes/)."""

import pytest
from django.utils.html import strip_tags

from tests.browser.content import LANGUAGES, standard_page

MENU = {
    "ko": ["프로그램", "행사", "소식", "의견 보내기", "성과 대시보드", "포털 소개"],
    "en": ["Programs", "Events", "News", "Send feedback", "Dashboard", "About"],
    "zh-hans": ["项目", "活动", "新闻", "提交意见", "绩效看板", "关于本门户"],
    "ja": [
        "プログラム",
        "イベント",
        "ニュース",
        "ご意見を送る",
        "ダッシュボード",
        "ポータルについて",
    ],
    "vi": ["Chương trình", "Sự kiện", "Tin tức", "Gửi ý kiến", "Bảng số liệu", "Giới thiệu"],
}
PRIVACY = {
    "ko": "개인정보처리방침",
    "en": "Privacy policy",
    "zh-hans": "隐私政策",
    "ja": "個人情報の取り扱い方針",
    "vi": "Chính sách quyền riêng tư",
}


def part(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def links_in(fragment: str) -> list[tuple[str, str]]:
    pieces = fragment.split("<a ")[1:]
    return [
        (piece.split('href="', 1)[1].split('"', 1)[0], " ".join(strip_tags("<a " + piece).split()))
        for piece in pieces
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_main_menu_names_the_six_sections_in_the_visitors_language(client, home_pages, language):
    html = client.get(f"/{language}/").content.decode()

    menu = part(html, 'id="main-menu"', "</nav>")
    assert links_in(menu) == [
        (f"/{language}/programs/", MENU[language][0]),
        (f"/{language}/events/", MENU[language][1]),  # the events list answers there
        (f"/{language}/news/", MENU[language][2]),
        (f"/{language}/feedback/", MENU[language][3]),
        (f"/{language}/dashboard/", MENU[language][4]),
        (f"/{language}/about/", MENU[language][5]),
    ]
    assert "aria-current" not in menu  # the home page is none of them


@pytest.mark.django_db
def test_the_current_section_is_marked(client, home_pages):
    html = client.get("/ja/feedback/").content.decode()

    menu = part(html, 'id="main-menu"', "</nav>")
    current = part(menu, 'aria-current="page"', "</a>")
    assert "ご意見を送る" in current
    assert menu.count("aria-current") == 1


@pytest.mark.django_db
def test_menu_button_controls_the_menu_and_starts_closed(client, home_pages):
    html = client.get("/vi/").content.decode()

    button = part(html, '<button type="button" class="btn-navi all"', "</button>")
    assert 'aria-controls="main-menu"' in button
    assert 'aria-expanded="false"' in button
    # Shown by the script only: without it the menu stays open and needs no button.
    assert " hidden>" in button


@pytest.mark.django_db
def test_footer_links_resolve_in_every_language(client, home_pages):
    for slug in ("privacy", "accessibility"):
        standard_page(home_pages, slug)

    for language in LANGUAGES:
        html = client.get(f"/{language}/").content.decode()
        footer = part(html, 'id="krds-footer"', "</footer>")
        links = links_in(footer)
        assert len(links) >= 8
        for url, label in links:
            if url.startswith("tel:"):
                continue
            response = client.get(url)
            assert response.status_code == 200, (language, url, label)
            if response["Content-Type"].startswith("text/html"):
                assert f'<html lang="{language}">' in response.content.decode(), url


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_privacy_policy_comes_first_in_the_footer_and_stands_out(client, home_pages, language):
    html = client.get(f"/{language}/").content.decode()

    menu = part(html, 'class="f-menu footer-links"', "</ul>")
    first = part(menu, "<li>", "</li>")
    assert f'href="/{language}/privacy/"' in first
    assert 'class="point"' in first
    assert f"<strong>{PRIVACY[language]}</strong>" in first


@pytest.mark.django_db
def test_footer_gives_the_offices_address_and_phone(client, home_pages):
    html = client.get("/zh-hans/").content.decode()

    footer = part(html, 'id="krds-footer"', "</footer>")
    assert "韩国首尔特别市江南区鹤洞路426" in footer
    assert 'href="tel:+82-2-3423-5114"' in footer
