from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from cms.maps import kakao_map_url, map_links, naver_map_url, osm_url


def venue(**fields):
    values = {
        "name": "COEX",
        "name_ko": "코엑스(COEX)",
        "address": "513 Yeongdong-daero, Gangnam-gu, Seoul",
        "address_ko": "서울특별시 강남구 영동대로 513",
        "latitude": Decimal("37.511852"),
        "longitude": Decimal("127.059210"),
    }
    values.update(fields)
    return SimpleNamespace(**values)


def event(**fields):
    values = {"venue": venue(), "address": "", "online_url": ""}
    values.update(fields)
    return SimpleNamespace(**values)


def test_a_venue_with_coordinates_gets_three_links():
    with translation.override("en"):
        links = {link.service: link for link in map_links(event())}

    assert links["naver"].url == (
        "https://map.naver.com/p/search/"
        "%EC%84%9C%EC%9A%B8%ED%8A%B9%EB%B3%84%EC%8B%9C%20%EA%B0%95%EB%82%A8%EA%B5%AC%20"
        "%EC%98%81%EB%8F%99%EB%8C%80%EB%A1%9C%20513"
    )
    assert links["kakao"].url == (
        "https://map.kakao.com/link/map/%EC%BD%94%EC%97%91%EC%8A%A4%28COEX%29,37.511852,127.059210"
    )
    assert links["osm"].url == (
        "https://www.openstreetmap.org/?mlat=37.511852&mlon=127.059210#map=17/37.511852/127.059210"
    )
    assert links["naver"].label == "Open in Naver Map"


def test_without_coordinates_the_links_search_the_korean_address():
    links = {link.service: link.url for link in map_links(event(venue=venue(latitude=None)))}

    address = "서울특별시 강남구 영동대로 513"
    assert unquote(links["kakao"]) == f"https://map.kakao.com/link/search/{address}"
    assert parse_qs(urlsplit(links["osm"]).query) == {"query": [address]}


def test_an_event_with_only_an_address_or_only_online():
    in_a_room = event(venue=None, address="강남구청 별관")
    room = {link.service: link.url for link in map_links(in_a_room)}
    assert unquote(room["naver"]).endswith("/p/search/강남구청 별관")

    assert map_links(event(venue=None, online_url="https://example.org/live")) == []


FORBIDDEN_IN_LINKS = set(' "<>#?\n')


@settings(max_examples=200, derandomize=True, database=None)
@given(st.text(min_size=1, max_size=40))
def test_any_name_or_address_stays_inside_its_part_of_the_link(text):
    for url in (naver_map_url(text, text), kakao_map_url(text, text, (37.5, 127.0))):
        parts = urlsplit(url)
        assert parts.netloc in ("map.naver.com", "map.kakao.com")
        assert not parts.query and not parts.fragment
        assert not FORBIDDEN_IN_LINKS & set(url.removeprefix("https://"))
        assert text in unquote(parts.path)
    search = urlsplit(osm_url(text, None))
    assert parse_qs(search.query, keep_blank_values=True)["query"] == [text]


@pytest.mark.django_db
def test_the_event_page_shows_the_address_and_map_links(event, client):
    event.venue.latitude, event.venue.longitude = Decimal("37.511852"), Decimal("127.059210")
    event.venue.save()

    page = client.get(event.url).content.decode()

    assert event.venue.address in page
    assert ",37.511852,127.059210" in page  # Kakao's marker
    assert "https://www.openstreetmap.org/?mlat=37.511852&amp;mlon=127.059210" in page
    assert page.count('rel="noopener" target="_blank"') == 3
