import re
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from cms.calendar import SEOUL
from tests.factories import EventPageFactory

LANGUAGES = ["ko", "en", "zh-hans", "ja", "vi"]


def seoul(*args) -> datetime:
    return datetime(*args, tzinfo=SEOUL)


def event_titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="event-item__title"><a href="[^"]*">([^<]+)</a>', html)


@pytest.fixture
def make(program):
    def make(starts_at, hours=2, **fields):
        ends_at = starts_at + timedelta(hours=hours)
        return EventPageFactory(parent=program, starts_at=starts_at, ends_at=ends_at, **fields)

    return make


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_events_page_has_an_address_in_every_language(language):
    with translation.override(language):
        assert reverse("events:list") == f"/{language}/events/"


@pytest.mark.django_db
def test_the_list_shows_upcoming_events_and_the_filters_keep_their_values(make, client):
    soon = timezone.now() + timedelta(days=3)
    make(soon, title="vietnamese", interpretation_languages=["vi"])
    make(soon + timedelta(days=1), title="english", languages=["en"], interpretation_languages=[])
    make(timezone.now() - timedelta(days=3), title="over")

    everything = client.get("/en/events/")
    filtered = client.get("/en/events/?language=vi&interpretation=on")

    assert everything.status_code == 200
    assert event_titles(everything) == ["vietnamese", "english"]
    assert event_titles(filtered) == ["vietnamese"]
    html = filtered.content.decode()
    assert '<option value="vi" selected>' in html
    assert re.search(r'<input type="checkbox" name="interpretation"[^>]* checked', html)
    assert '<label for="id_language">Language</label>' in html
    assert event_titles(client.get("/en/events/?when=past")) == ["over"]


@pytest.mark.django_db
def test_the_filter_form_is_a_get_form_with_a_label_for_every_field(client, program):
    html = client.get("/ko/events/").content.decode()

    form = html[html.index('<form method="get" action="/ko/events/"') :]
    form = form[: form.index("</form>")]
    ids = re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', form)
    assert ids, form
    for field_id in ids:
        assert f'<label for="{field_id}">' in form, field_id
    assert "csrfmiddlewaretoken" not in form


@pytest.mark.django_db
def test_an_anonymous_filtered_page_is_kept_by_the_page_cache(make, client):
    make(timezone.now() + timedelta(days=3), title="cached")

    client.get("/ko/events/?attendance=in_person")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/ko/events/?attendance=in_person")

    assert event_titles(second) == ["cached"]
    assert "public" in second["Cache-Control"]
    assert len(queries) <= 2


@pytest.mark.django_db
def test_pages_of_20_with_links_that_keep_the_filters(make, client):
    start = timezone.now() + timedelta(days=1)
    for number in range(25):
        make(start + timedelta(hours=number), title=f"event {number:02d}")

    first = client.get("/en/events/?attendance=in_person")
    second = client.get("/en/events/?attendance=in_person&page=2")

    assert len(event_titles(first)) == 20
    assert event_titles(second) == [f"event {number:02d}" for number in range(20, 25)]
    assert 'href="?attendance=in_person&amp;page=2"' in first.content.decode()
    assert "Page 2 of 2" in second.content.decode()


@pytest.mark.django_db
def test_nothing_found_suggests_what_to_do(client, program):
    html = client.get("/en/events/?language=ar").content.decode()

    assert "No events match these filters." in html
    assert 'href="?language=ar&amp;when=all"' in html  # include past events
    assert 'href="/en/events/?view=calendar"' in html
    assert reverse("feedback:submit", urlconf=None).replace("/ko/", "/en/") in html


@pytest.mark.django_db
def test_an_invalid_filter_is_shown_and_left_out(make, client):
    make(timezone.now() + timedelta(days=3), title="still listed")

    response = client.get("/en/events/?month=October&date_from=2026-13-45")

    assert response.status_code == 200
    assert event_titles(response) == ["still listed"]
    assert response.content.decode().count('class="errorlist"') == 2


@pytest.mark.django_db
def test_the_month_calendar_is_an_accessible_table(make, client):
    make(seoul(2026, 11, 3, 14), title="tuesday forum")
    make(seoul(2026, 10, 31, 23, 30), hours=3, title="halloween night")  # into 1 November
    make(seoul(2026, 12, 1, 10), title="december")

    html = client.get("/en/events/?view=calendar&month=2026-11").content.decode()

    assert '<caption id="month-calendar-caption"><h2>November 2026</h2></caption>' in html
    headers = re.findall(r'<th scope="col"><abbr title="([^"]+)">', html)
    assert headers == [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ]
    cells = re.findall(r'<time datetime="(2026-11-\d\d)">.*?</td>', html, re.S)
    assert len(cells) == 30
    day = html[html.index('datetime="2026-11-03"') :]
    assert "tuesday forum" in day[: day.index("</td>")]
    first = html[html.index('datetime="2026-11-01"') :]
    assert "halloween night" in first[: first.index("</td>")]
    assert "december" not in html
    assert 'href="?view=calendar&amp;month=2026-10" rel="prev"' in html
    assert 'href="?view=calendar&amp;month=2026-12" rel="next"' in html


@pytest.mark.django_db
def test_the_calendar_starts_the_week_as_the_language_does(client, program):
    chinese = client.get("/zh-hans/events/?view=calendar&month=2026-11").content.decode()
    korean = client.get("/ko/events/?view=calendar&month=2026-11").content.decode()

    assert re.search(r'<th scope="col"><abbr title="([^"]+)">', chinese).group(1) == "星期一"
    assert re.search(r'<th scope="col"><abbr title="([^"]+)">', korean).group(1) == "일요일"
    assert "<h2>2026년 11월</h2>" in korean


@pytest.mark.django_db
def test_the_calendar_keeps_the_other_filters(make, client):
    make(seoul(2026, 11, 3, 14), title="online one", online_url="https://example.org/live")
    make(seoul(2026, 11, 4, 14), title="in the hall")

    html = client.get("/en/events/?view=calendar&month=2026-11&attendance=online").content.decode()

    assert "online one" in html
    assert "in the hall" not in html
    assert 'href="?view=calendar&amp;month=2026-12&amp;attendance=online"' in html


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


URLS = [
    "/en/events/",
    "/en/events/?when=all&language=vi&interpretation=on&registration_open=on&attendance=in_person",
    "/en/events/?view=calendar",
]


@pytest.mark.django_db
def test_the_same_queries_for_10_and_500_events(make, client, settings, program):
    settings.PAGE_CACHE_ENABLED = False
    start = timezone.now() + timedelta(hours=1)
    program_key = str(program.translation_key)
    urls = [*URLS, f"/en/events/?program={program_key}"]
    for number in range(10):
        make(start + timedelta(hours=number), interpretation_languages=["vi"])
    client.get(urls[0])  # the first request fills per-process caches (site root paths)
    at_10 = [_queries(client, url) for url in urls]
    for number in range(10, 500):
        make(start + timedelta(hours=number), interpretation_languages=["vi"])

    assert [_queries(client, url) for url in urls] == at_10
    # And the list really shows them: 20 of 500 on the first page.
    assert len(event_titles(client.get("/en/events/"))) == 20


@pytest.mark.django_db
def test_home_and_program_pages_link_to_the_events_page(client, program):
    home = client.get("/en/").content.decode()
    program_page = client.get(program.url).content.decode()

    assert 'href="/en/events/"' in home
    assert f'href="/ko/events/?program={program.translation_key}"' in program_page
