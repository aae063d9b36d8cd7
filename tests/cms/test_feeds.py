import json
import re
from datetime import timedelta

import defusedxml.ElementTree as ET
import icalendar
import pytest
from django.utils import timezone

from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory, translate_page

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def japanese_event(program, event):
    translate_page(program.get_parent(), "ja", title="プログラム")
    translate_page(program, "ja", title="K-POPワールドシティウィーク")
    return translate_page(event, "ja", title="K-POPワールドシティウィーク 2026")


@pytest.mark.django_db
def test_sitemap_lists_every_language_with_hreflang_alternates(client, japanese_event):
    root = ET.fromstring(client.get("/sitemap.xml").content)

    entries = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    event_ja = "http://testserver/ja/programs/kpop-week/2026/"
    event_ko = "http://testserver/ko/programs/kpop-week/2026/"
    assert entries[event_ja] == entries[event_ko] == {"ko": event_ko, "ja": event_ja}
    assert set(entries["http://testserver/en/"]) == {"ko", "en", "zh-hans", "ja", "vi"}


@pytest.mark.django_db
def test_calendar_feed_lists_upcoming_events_in_the_language(client, japanese_event, program):
    past_start = timezone.now() - timedelta(days=30)
    EventPageFactory(
        parent=program, slug="past", starts_at=past_start, ends_at=past_start + timedelta(hours=1)
    )

    response = client.get("/ja/events.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["K-POPワールドシティウィーク 2026"]
    event = events[0]
    assert event["dtstart"].dt.tzinfo.key == "Asia/Seoul"
    assert event["dtstart"].dt == japanese_event.starts_at.replace(microsecond=0)
    assert str(event["url"]).endswith("/ja/programs/kpop-week/2026/")
    assert calendar.walk("VTIMEZONE")[0]["tzid"] == "Asia/Seoul"


@pytest.mark.django_db
def test_calendar_uids_are_stable_and_shared_across_languages(client, japanese_event):
    def uids(language):
        calendar = icalendar.Calendar.from_ical(client.get(f"/{language}/events.ics").content)
        return [str(event["uid"]) for event in calendar.walk("VEVENT")]

    assert uids("ja") == uids("ja") == uids("ko")
    assert uids("ko")[0] == f"event-{japanese_event.translation_key}@gangnam-glocal-portal"


@pytest.mark.django_db
def test_news_feed_is_atom_in_the_language(client, home_pages):
    news_index = NewsIndexPageFactory(parent=home_pages)
    item = NewsPageFactory(parent=news_index, title="K-POP 주간 참가자 모집", slug="kpop-call")
    translate_page(news_index, "vi", title="Tin tức")
    translate_page(item, "vi", title="Tuyển người tham gia Tuần lễ K-POP", summary="Đăng ký ngay.")

    feed = ET.fromstring(client.get("/vi/news/feed/").content)

    titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Tuyển người tham gia Tuần lễ K-POP"]


@pytest.mark.django_db
def test_event_page_carries_schema_org_event_json_ld(client, event):
    html = client.get("/ko/programs/kpop-week/2026/").content.decode()

    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(payload)
    assert data["@type"] == "Event"
    assert data["name"] == "K-POP 월드 시티 위크 2026"
    assert data["startDate"] == event.starts_at.isoformat()
    assert data["location"]["@type"] == "Place"
    assert data["inLanguage"] == ["ko", "en"]


@pytest.mark.django_db
def test_json_ld_cannot_break_out_of_its_script_element(client, event):
    event.summary = "</script><script>alert(1)</script>"
    event.save_revision().publish()

    html = client.get("/ko/programs/kpop-week/2026/").content.decode()

    assert "<script>alert(1)</script>" not in html


BASE_URL = "https://portal.example.go.kr"


@pytest.mark.django_db
def test_sitemap_calendar_and_feed_link_to_the_portal_base_url(client, settings, japanese_event):
    settings.PORTAL_BASE_URL = BASE_URL
    news_index = NewsIndexPageFactory(parent=japanese_event.get_site().root_page)
    NewsPageFactory(parent=news_index, slug="call")
    event_ko = f"{BASE_URL}/ko/programs/kpop-week/2026/"

    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [url.find(f"{SITEMAP}loc").text for url in sitemap.findall(f"{SITEMAP}url")]
    assert event_ko in locations
    assert all(location.startswith(f"{BASE_URL}/") for location in locations)
    [vevent] = icalendar.Calendar.from_ical(client.get("/ko/events.ics").content).walk("VEVENT")
    assert str(vevent["url"]) == event_ko
    feed = ET.fromstring(client.get("/ko/news/feed/").content)
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert links and all(link.startswith(f"{BASE_URL}/ko/") for link in links)
    assert event_ko in client.get(event_ko.removeprefix(BASE_URL)).content.decode()
