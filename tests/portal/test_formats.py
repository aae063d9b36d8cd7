"""Dates, times, ranges, lists and numbers as each language writes them (portal.formats), and
the template filters over them."""

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from portal import formats

SEOUL = ZoneInfo("Asia/Seoul")
LANGUAGES = ("ko", "en", "zh-hans", "ja", "vi")


def seoul(*args):
    return datetime(*args, tzinfo=SEOUL)


AFTERNOON = (seoul(2026, 5, 14, 14, 0), seoul(2026, 5, 14, 17, 0))
MORNING_TO_AFTERNOON = (seoul(2026, 5, 14, 10, 30), seoul(2026, 5, 14, 13, 0))
TWO_DAYS = (seoul(2026, 5, 14, 14, 0), seoul(2026, 5, 15, 11, 0))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ko", "2026년 5월 14일 (목) 오후 2:00~5:00"),
        ("en", "Thu, May 14, 2026, 2:00–5:00 PM"),
        ("zh-hans", "2026年5月14日（周四）14:00–17:00"),
        ("ja", "2026年5月14日（木）14:00〜17:00"),
        ("vi", "14:00–17:00, thứ Năm, ngày 14 tháng 5 năm 2026"),
    ],
)
def test_an_afternoon_event(language, expected):
    assert formats.format_datetime_range(*AFTERNOON, language=language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ko", "2026년 5월 14일 (목) 오전 10:30~오후 1:00"),
        ("en", "Thu, May 14, 2026, 10:30 AM–1:00 PM"),
        ("zh-hans", "2026年5月14日（周四）10:30–13:00"),
        ("ja", "2026年5月14日（木）10:30〜13:00"),
        ("vi", "10:30–13:00, thứ Năm, ngày 14 tháng 5 năm 2026"),
    ],
)
def test_an_event_across_noon_says_both_periods(language, expected):
    assert formats.format_datetime_range(*MORNING_TO_AFTERNOON, language=language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ko", "2026년 5월 14일 (목) 오후 2:00 ~ 2026년 5월 15일 (금) 오전 11:00"),
        ("en", "Thu, May 14, 2026, 2:00 PM – Fri, May 15, 2026, 11:00 AM"),
        ("zh-hans", "2026年5月14日（周四）14:00至2026年5月15日（周五）11:00"),
        ("ja", "2026年5月14日（木）14:00〜2026年5月15日（金）11:00"),
        (
            "vi",
            "14:00, thứ Năm, ngày 14 tháng 5 năm 2026 – 11:00, thứ Sáu, ngày 15 tháng 5 năm 2026",
        ),
    ],
)
def test_an_event_over_two_days(language, expected):
    assert formats.format_datetime_range(*TWO_DAYS, language=language) == expected


@pytest.mark.parametrize(
    ("language", "day", "with_weekday", "moment", "noon", "midnight"),
    [
        (
            "ko",
            "2026년 5월 4일",
            "2026년 5월 4일 (월)",
            "2026년 5월 4일 오후 2:05",
            "오후 12:00",
            "오전 12:00",
        ),
        ("en", "May 4, 2026", "Mon, May 4, 2026", "May 4, 2026, 2:05 PM", "12:00 PM", "12:00 AM"),
        ("zh-hans", "2026年5月4日", "2026年5月4日（周一）", "2026年5月4日 14:05", "12:00", "00:00"),
        ("ja", "2026年5月4日", "2026年5月4日（月）", "2026年5月4日 14:05", "12:00", "00:00"),
        (
            "vi",
            "ngày 4 tháng 5 năm 2026",
            "thứ Hai, ngày 4 tháng 5 năm 2026",
            "14:05 ngày 4 tháng 5 năm 2026",
            "12:00",
            "00:00",
        ),
    ],
)
def test_dates_and_times(language, day, with_weekday, moment, noon, midnight):
    assert formats.format_date(date(2026, 5, 4), language=language) == day
    assert formats.format_date(date(2026, 5, 4), weekday=True, language=language) == with_weekday
    assert formats.format_datetime(seoul(2026, 5, 4, 14, 5), language=language) == moment
    assert formats.format_time(time(12, 0), language=language) == noon
    assert formats.format_time(time(0, 0), language=language) == midnight


def test_times_are_shown_in_seoul_time():
    utc = datetime(2026, 5, 14, 5, 0, tzinfo=ZoneInfo("UTC"))

    assert formats.format_datetime(utc, language="ko") == "2026년 5월 14일 오후 2:00"


@pytest.mark.parametrize(
    ("language", "same_month", "across_months"),
    [
        ("ko", "2026년 5월 14일~16일", "2026년 4월 30일 ~ 2026년 5월 2일"),
        ("en", "May 14–16, 2026", "April 30, 2026 – May 2, 2026"),
        ("zh-hans", "2026年5月14日至16日", "2026年4月30日至2026年5月2日"),
        ("ja", "2026年5月14日〜16日", "2026年4月30日〜2026年5月2日"),
        ("vi", "ngày 14–16 tháng 5 năm 2026", "ngày 30 tháng 4 năm 2026 – ngày 2 tháng 5 năm 2026"),
    ],
)
def test_date_ranges(language, same_month, across_months):
    assert formats.format_date_range(date(2026, 5, 14), date(2026, 5, 16), language=language) == (
        same_month
    )
    assert formats.format_date_range(date(2026, 4, 30), date(2026, 5, 2), language=language) == (
        across_months
    )
    assert formats.format_date_range(date(2026, 5, 14), None, language=language) == (
        formats.format_date(date(2026, 5, 14), language=language)
    )


@pytest.mark.parametrize(
    ("language", "three", "two"),
    [
        ("ko", "한국어, 영어, 일본어", "한국어, 영어"),
        ("en", "Korean, English and Japanese", "Korean and English"),
        ("zh-hans", "韩语、英语、日语", "韩语、英语"),
        ("ja", "韓国語、英語、日本語", "韓国語、英語"),
        ("vi", "tiếng Hàn, tiếng Anh và tiếng Nhật", "tiếng Hàn và tiếng Anh"),
    ],
)
def test_lists(language, three, two):
    words = three.replace(" and ", ", ").replace(" và ", ", ").replace("、", ", ").split(", ")

    assert formats.join_list(words, language=language) == three
    assert formats.join_list(words[:2], language=language) == two
    assert formats.join_list(words[:1], language=language) == words[0]
    assert formats.join_list([], language=language) == ""


@pytest.mark.parametrize(
    ("language", "count", "share", "small"),
    [
        ("ko", "1,234,567", "12.5", "0.25"),
        ("en", "1,234,567", "12.5", "0.25"),
        ("zh-hans", "1,234,567", "12.5", "0.25"),
        ("ja", "1,234,567", "12.5", "0.25"),
        ("vi", "1.234.567", "12,5", "0,25"),
    ],
)
def test_numbers(language, count, share, small):
    assert formats.format_number(1234567, language=language) == count
    assert formats.format_number(12.5, decimal_pos=1, language=language) == share
    assert formats.format_number(0.25, language=language) == small
    assert formats.format_number(-0.001, language=language) == "0"


def test_vietnamese_names_of_languages_are_lower_case_after_the_first():
    names = ["Tiếng Hàn", "Tiếng Anh", "Tiếng Nhật"]

    assert formats.join_list(names, language="vi") == "Tiếng Hàn, tiếng Anh và tiếng Nhật"


def test_the_active_language_is_the_default():
    with translation.override("vi"):
        assert formats.format_date(date(2026, 5, 4)) == "ngày 4 tháng 5 năm 2026"
    with translation.override("ja"):
        assert formats.join_list(["A", "B", "C"]) == "A、B、C"


moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(SEOUL)
)


@given(start=moments, minutes=st.integers(min_value=0, max_value=60 * 24 * 40))
def test_every_range_reads_in_order_in_every_language(start, minutes):
    end = start + timedelta(minutes=minutes)
    for language in LANGUAGES:
        text = formats.format_datetime_range(start, end, language=language)
        start_time = formats.format_time(start, language=language)
        end_time = formats.format_time(end, language=language)
        clocks = re.findall(r"\d{1,2}:\d\d", text)
        # The start's time is read before the end's, and each is there.
        assert clocks[0] == re.search(r"\d{1,2}:\d\d", start_time).group()
        assert clocks[-1] == re.search(r"\d{1,2}:\d\d", end_time).group()
        if language == "ko":
            # 오전/오후 always before the time it belongs to, never after one.
            assert not re.search(r"\d:\d\d ?오[전후]", text)
            assert ("오후" in text) == (start.hour >= 12 or end.hour >= 12)
        if language == "vi":
            assert "Ngày" not in text and "Thứ" not in text
        if start.date() == end.date():
            day = formats.format_date(start, language=language)
            assert day.split(" năm ")[0].split(", ")[-1] in text
        else:
            assert formats.format_date(end, language=language).split("年")[0] in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ko", "2026년 5월 14일 (목) 오후 2:00~5:00 | 2026년 5월 14일 | 1,234 | 한, 영"),
        (
            "vi",
            "14:00–17:00, thứ Năm, ngày 14 tháng 5 năm 2026 | ngày 14 tháng 5 năm 2026 | "
            "1.234 | a và b",
        ),
    ],
)
def test_template_filters_use_the_active_language(language, expected):
    template = Template(
        "{% load portal_formats %}{{ start|datetime_range:end }} | {{ start|local_date }} | "
        "{{ count|local_number }} | {{ words|join_list }}{{ missing|local_date }}"
    )
    words = ["한", "영"] if language == "ko" else ["a", "b"]
    context = Context({"start": AFTERNOON[0], "end": AFTERNOON[1], "count": 1234, "words": words})

    with translation.override(language):
        assert template.render(context) == expected
