from datetime import datetime
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from cms.calendar import SEOUL, google_calendar_url


def test_the_google_calendar_link_has_utc_times_and_escaped_text():
    event = SimpleNamespace(
        title="K-POP & 월드 시티 위크 #1",
        summary="Talk + Q&A",
        starts_at=datetime(2026, 10, 10, 14, 0, tzinfo=SEOUL),
        ends_at=datetime(2026, 10, 10, 17, 30, tzinfo=SEOUL),
        venue=SimpleNamespace(name="COEX", address="513 Yeongdong-daero, Gangnam-gu"),
        address="Hall B",
        online_url="",
    )

    url = google_calendar_url(event, link="https://portal.example/en/programs/kpop/2026/")

    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "calendar.google.com",
        "/calendar/render",
    )
    assert not parts.fragment  # the "#" of the title is escaped
    query = parse_qs(parts.query)
    assert query["action"] == ["TEMPLATE"]
    # 14:00 in Seoul is 05:00 UTC.
    assert query["dates"] == ["20261010T050000Z/20261010T083000Z"]
    assert query["text"] == ["K-POP & 월드 시티 위크 #1"]
    assert query["details"] == ["Talk + Q&A\n\nhttps://portal.example/en/programs/kpop/2026/"]
    assert query["location"] == ["COEX, 513 Yeongdong-daero, Gangnam-gu, Hall B"]
    assert " " not in url and "&amp;" not in url


def test_with_a_session_the_link_has_the_sessions_times_and_title():
    event = SimpleNamespace(
        title="Gangnam Global Tech Forum 2027",
        summary="",
        starts_at=datetime(2027, 5, 12, 9, 0, tzinfo=SEOUL),
        ends_at=datetime(2027, 5, 14, 18, 0, tzinfo=SEOUL),
        venue=None,
        address="COEX",
        online_url="",
    )
    session = SimpleNamespace(
        title="Workshop",
        starts_at=datetime(2027, 5, 13, 14, 0, tzinfo=SEOUL),
        ends_at=datetime(2027, 5, 13, 16, 0, tzinfo=SEOUL),
    )

    query = parse_qs(urlsplit(google_calendar_url(event, session=session)).query)

    assert query["dates"] == ["20270513T050000Z/20270513T070000Z"]
    assert query["text"] == ["Gangnam Global Tech Forum 2027 – Workshop"]
    # Without a session (the event page), the event's own.
    query = parse_qs(urlsplit(google_calendar_url(event)).query)
    assert query["dates"] == ["20270512T000000Z/20270514T090000Z"]
    assert query["text"] == ["Gangnam Global Tech Forum 2027"]
