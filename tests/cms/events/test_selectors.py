from datetime import date, datetime, timedelta

import pytest
from wagtail.models import Locale

from cms.calendar import SEOUL
from cms.events.selectors import (
    Attendance,
    EventFilters,
    When,
    find_events,
    next_change,
    program_choices,
)
from tests.factories import EventPageFactory, ProgramPageFactory, translate_page

NOW = datetime(2026, 10, 15, 12, 0, tzinfo=SEOUL)


def seoul(*args) -> datetime:
    return datetime(*args, tzinfo=SEOUL)


@pytest.fixture
def korean():
    return Locale.objects.get(language_code="ko")


@pytest.fixture
def make(program):
    def make(starts_at, hours=3, **fields):
        return EventPageFactory(
            parent=program,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=hours),
            **fields,
        )

    return make


def titles(events) -> list[str]:
    return [event.title for event in events]


def found(locale, now=NOW, **filters) -> list[str]:
    return titles(find_events(locale=locale, filters=EventFilters(**filters), now=now))


@pytest.mark.django_db
def test_upcoming_soonest_first_past_latest_first_all_in_date_order(make, korean):
    make(seoul(2026, 9, 1, 10), title="past-early")
    make(seoul(2026, 10, 1, 10), title="past-late")
    make(seoul(2026, 10, 15, 11), title="running-now")
    make(seoul(2026, 11, 1, 10), title="later")
    make(seoul(2026, 10, 20, 10), title="soon")

    assert found(korean) == ["running-now", "soon", "later"]
    assert found(korean, when=When.PAST) == ["past-late", "past-early"]
    assert found(korean, when=When.ALL) == [
        "past-early",
        "past-late",
        "running-now",
        "soon",
        "later",
    ]


@pytest.mark.django_db
def test_drafts_are_not_listed(make, korean):
    draft = make(seoul(2026, 11, 1, 10), title="draft")
    draft.unpublish()

    assert found(korean) == []


@pytest.mark.django_db
def test_month_boundaries_are_seoul_days(make, korean):
    # 23:30 on 31 October in Seoul is 14:30 UTC: an October event, not a November one.
    make(seoul(2026, 10, 31, 23, 30), hours=0.5, title="october-night")
    # 00:00 on 1 November in Seoul is still 31 October in UTC.
    make(seoul(2026, 11, 1, 0, 0), hours=2, title="november-midnight")
    make(seoul(2026, 11, 30, 22, 0), hours=1, title="november-last")
    make(seoul(2026, 12, 1, 0, 0), hours=1, title="december")

    november = {"date_from": date(2026, 11, 1), "date_to": date(2026, 11, 30)}
    assert found(korean, **november) == ["november-midnight", "november-last"]
    assert found(korean, date_from=date(2026, 10, 31), date_to=date(2026, 10, 31)) == [
        "october-night"
    ]


@pytest.mark.django_db
def test_an_event_of_several_days_is_in_every_period_it_touches(make, korean):
    make(seoul(2026, 10, 30, 10), hours=24 * 4, title="festival")

    assert found(korean, date_from=date(2026, 11, 2), date_to=date(2026, 11, 2)) == ["festival"]
    assert found(korean, date_from=date(2026, 11, 4)) == []
    assert found(korean, date_to=date(2026, 10, 29)) == []


@pytest.mark.django_db
def test_program_filter_uses_the_translation_key(make, program, korean):
    other_program = ProgramPageFactory(parent=program.get_parent(), title="other")
    make(seoul(2026, 11, 1, 10), title="ours")
    EventPageFactory(
        parent=other_program,
        title="theirs",
        starts_at=seoul(2026, 11, 2, 10),
        ends_at=seoul(2026, 11, 2, 12),
    )

    assert found(korean, program=str(program.translation_key)) == ["ours"]
    assert found(korean, program=str(other_program.translation_key)) == ["theirs"]


@pytest.mark.django_db
def test_language_filter_matches_held_in_or_interpreted_into(make, korean):
    make(seoul(2026, 11, 1, 10), title="korean-only", languages=["ko"], interpretation_languages=[])
    make(seoul(2026, 11, 2, 10), title="in-english", languages=["en"], interpretation_languages=[])
    make(
        seoul(2026, 11, 3, 10),
        title="vietnamese-interpreting",
        languages=["ko"],
        interpretation_languages=["vi", "zh-hans"],
    )

    assert found(korean, language="vi") == ["vietnamese-interpreting"]
    assert found(korean, language="en") == ["in-english"]
    assert found(korean, language="zh-hans") == ["vietnamese-interpreting"]
    assert found(korean, language="ko") == ["korean-only", "vietnamese-interpreting"]
    # "zh" alone is no language code of any event: no partial matches.
    assert found(korean, language="zh") == []


@pytest.mark.django_db
def test_interpretation_filter(make, korean):
    make(seoul(2026, 11, 1, 10), title="none", interpretation_languages=[])
    make(seoul(2026, 11, 2, 10), title="sign-language", interpretation_languages=["ksl"])

    assert found(korean, interpretation=True) == ["sign-language"]


@pytest.mark.django_db
def test_registration_open_filter(make, korean):
    make(seoul(2026, 11, 1, 10), title="not-yet", registration_opens_at=seoul(2026, 10, 20, 9))
    make(
        seoul(2026, 11, 2, 10),
        title="open",
        registration_opens_at=seoul(2026, 10, 1, 9),
        registration_closes_at=seoul(2026, 10, 30, 18),
    )
    make(seoul(2026, 11, 3, 10), title="open-until-start")
    make(
        seoul(2026, 11, 4, 10),
        title="closed",
        registration_opens_at=seoul(2026, 10, 1, 9),
        registration_closes_at=seoul(2026, 10, 14, 18),
    )
    make(seoul(2026, 10, 15, 11), title="started")

    assert found(korean, registration_open=True) == ["open", "open-until-start"]


@pytest.mark.django_db
def test_attendance_filter(make, korean):
    make(seoul(2026, 11, 1, 10), title="venue")
    make(seoul(2026, 11, 2, 10), title="hybrid", online_url="https://example.org/live")
    make(seoul(2026, 11, 3, 10), title="online", venue=None, online_url="https://example.org/live")
    make(seoul(2026, 11, 4, 10), title="room-only", venue=None, address="강남구청 별관 3층")

    assert found(korean, attendance=Attendance.ONLINE) == ["hybrid", "online"]
    assert found(korean, attendance=Attendance.IN_PERSON) == ["venue", "hybrid", "room-only"]


@pytest.mark.django_db
def test_filters_combine(make, korean):
    make(
        seoul(2026, 11, 1, 10),
        title="match",
        interpretation_languages=["vi"],
        online_url="https://example.org/live",
    )
    make(seoul(2026, 11, 2, 10), title="no-interpretation", interpretation_languages=[])
    make(seoul(2026, 12, 1, 10), title="december", interpretation_languages=["vi"])
    make(seoul(2026, 11, 3, 10), title="offline", interpretation_languages=["vi"])

    assert found(
        korean,
        date_from=date(2026, 11, 1),
        date_to=date(2026, 11, 30),
        language="vi",
        interpretation=True,
        attendance=Attendance.ONLINE,
    ) == ["match"]


@pytest.mark.django_db
def test_other_languages_see_translations_and_untranslated_events_in_korean(make, program):
    translate_page(program.get_parent(), "en")
    translate_page(program, "en", title="Governance Day")
    translated = make(seoul(2026, 11, 1, 10), title="번역된 행사")
    translate_page(translated, "en", title="Translated event")
    make(seoul(2026, 11, 2, 10), title="번역 안 된 행사")
    english = Locale.objects.get(language_code="en")

    events = list(find_events(locale=english, filters=EventFilters(), now=NOW))

    assert titles(events) == ["Translated event", "번역 안 된 행사"]
    assert [event.locale.language_code for event in events] == ["en", "ko"]
    assert [event.program_title for event in events] == ["Governance Day", program.title]
    # The program filter takes the key every language version shares.
    assert titles(
        find_events(
            locale=english, filters=EventFilters(program=str(program.translation_key)), now=NOW
        )
    ) == ["Translated event", "번역 안 된 행사"]


@pytest.mark.django_db
def test_program_choices_in_the_visitors_language_with_korean_fallback(program):
    translate_page(program.get_parent(), "ja")
    other = ProgramPageFactory(parent=program.get_parent(), title="번역 안 된 프로그램")
    translate_page(program, "ja", title="多言語ガバナンスデー")
    japanese = Locale.objects.get(language_code="ja")

    assert program_choices(locale=japanese) == [
        (str(program.translation_key), "多言語ガバナンスデー"),
        (str(other.translation_key), "번역 안 된 프로그램"),
    ]


@pytest.mark.django_db
def test_next_change_is_the_next_start_end_opening_or_closing(make):
    make(seoul(2026, 11, 1, 10), registration_opens_at=seoul(2026, 10, 20, 9))
    make(seoul(2026, 10, 15, 11), hours=2)  # running: ends at 13:00

    assert next_change(now=NOW) == seoul(2026, 10, 15, 13)
    assert next_change(now=seoul(2026, 10, 15, 13)) == seoul(2026, 10, 20, 9)
    assert next_change(now=seoul(2026, 12, 1)) is None
