"""Dates, times, ranges, lists and numbers as each site language writes them.

Django's locale formats mix orders in Korean ("2:00 오후 – 오후 5:00"), write Vietnamese dates
capitalised mid-sentence ("Ngày 14 tháng 5") and join nothing, so the portal spells them out
here, one table per language: Korean "2026년 5월 14일 (목) 오후 2:00~5:00", Japanese and Chinese
lists with "、", Vietnamese "ngày" in lower case. Times are shown in Seoul time (TIME_ZONE).
Templates use the filters in portal/templatetags/portal_formats.py.
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils import timezone, translation

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@dataclass(frozen=True)
class LanguageFormat:
    date: str  # str.format fields: year, month, day, month_name
    weekday_date: str  # the same with {weekday}
    weekdays: tuple[str, ...]  # Monday first
    datetime: str  # {date} and {time}
    weekday_datetime: str  # the same when the date has its weekday
    same_month_dates: str  # a range within one month: year, month, month_name, day, end_day
    range_separator: str  # between two full dates or date-times
    time_range_separator: str  # between two times of one day
    twelve_hour: bool
    list_separator: str
    list_last_separator: str  # before the last of three or more
    pair_separator: str  # between the two of two
    decimal_separator: str
    thousand_separator: str


FORMATS = {
    "ko": LanguageFormat(
        date="{year}년 {month}월 {day}일",
        weekday_date="{year}년 {month}월 {day}일 ({weekday})",
        weekdays=tuple("월화수목금토일"),
        datetime="{date} {time}",
        weekday_datetime="{date} {time}",
        same_month_dates="{year}년 {month}월 {day}일~{end_day}일",
        range_separator=" ~ ",
        time_range_separator="~",
        twelve_hour=True,
        list_separator=", ",
        list_last_separator=", ",
        pair_separator=", ",
        decimal_separator=".",
        thousand_separator=",",
    ),
    "en": LanguageFormat(
        date="{month_name} {day}, {year}",
        weekday_date="{weekday}, {month_name} {day}, {year}",
        weekdays=tuple(EN_WEEKDAYS),
        datetime="{date}, {time}",
        weekday_datetime="{date}, {time}",
        same_month_dates="{month_name} {day}–{end_day}, {year}",
        range_separator=" – ",
        time_range_separator="–",
        twelve_hour=True,
        list_separator=", ",
        list_last_separator=" and ",
        pair_separator=" and ",
        decimal_separator=".",
        thousand_separator=",",
    ),
    "zh-hans": LanguageFormat(
        date="{year}年{month}月{day}日",
        weekday_date="{year}年{month}月{day}日（{weekday}）",
        weekdays=("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
        datetime="{date} {time}",
        weekday_datetime="{date}{time}",
        same_month_dates="{year}年{month}月{day}日至{end_day}日",
        range_separator="至",
        time_range_separator="–",
        twelve_hour=False,
        list_separator="、",
        list_last_separator="、",
        pair_separator="、",
        decimal_separator=".",
        thousand_separator=",",
    ),
    "ja": LanguageFormat(
        date="{year}年{month}月{day}日",
        weekday_date="{year}年{month}月{day}日（{weekday}）",
        weekdays=tuple("月火水木金土日"),
        datetime="{date} {time}",
        weekday_datetime="{date}{time}",
        same_month_dates="{year}年{month}月{day}日〜{end_day}日",
        range_separator="〜",
        time_range_separator="〜",
        twelve_hour=False,
        list_separator="、",
        list_last_separator="、",
        pair_separator="、",
        decimal_separator=".",
        thousand_separator=",",
    ),
    # Vietnamese puts the time first and writes "ngày", "thứ" in lower case mid-sentence.
    "vi": LanguageFormat(
        date="ngày {day} tháng {month} năm {year}",
        weekday_date="{weekday}, ngày {day} tháng {month} năm {year}",
        weekdays=("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"),
        datetime="{time} {date}",
        weekday_datetime="{time}, {date}",
        same_month_dates="ngày {day}–{end_day} tháng {month} năm {year}",
        range_separator=" – ",
        time_range_separator="–",
        twelve_hour=False,
        list_separator=", ",
        list_last_separator=" và ",
        pair_separator=" và ",
        decimal_separator=",",
        thousand_separator=".",
    ),
}

PERIODS = {"ko": ("오전", "오후"), "en": ("AM", "PM")}


def language_format(language: str | None = None) -> LanguageFormat:
    return FORMATS[_code(language)]


def _code(language: str | None) -> str:
    code = (language or translation.get_language() or settings.LANGUAGE_CODE).lower()
    if code in FORMATS:
        return code
    return code.split("-")[0] if code.split("-")[0] in FORMATS else settings.LANGUAGE_CODE


def _local(value: datetime) -> datetime:
    """Seoul time; a naive value is taken as already local."""
    return timezone.localtime(value) if timezone.is_aware(value) else value


def _day(value) -> date:
    return _local(value).date() if isinstance(value, datetime) else value


def format_date(value: date | datetime, *, weekday: bool = False, language=None) -> str:
    fmt = language_format(language)
    day = _day(value)
    pattern = fmt.weekday_date if weekday else fmt.date
    return pattern.format(
        year=day.year,
        month=day.month,
        day=day.day,
        month_name=EN_MONTHS[day.month - 1],
        weekday=fmt.weekdays[day.weekday()],
    )


def _time_of(value: datetime | time) -> time:
    return _local(value).time() if isinstance(value, datetime) else value


def _clock(value: time, language: str) -> tuple[str, str]:
    """(the time without its period, its period: 오전/오후, AM/PM, or "" on a 24-hour clock)."""
    periods = PERIODS.get(language)
    if periods is None:
        return f"{value.hour:02d}:{value.minute:02d}", ""
    return f"{value.hour % 12 or 12}:{value.minute:02d}", periods[value.hour >= 12]


def _with_period(clock: str, period: str, language: str) -> str:
    if not period:
        return clock
    # Korean says the period first ("오후 2:00"), English after ("2:00 PM").
    return f"{period} {clock}" if language == "ko" else f"{clock} {period}"


def format_time(value: datetime | time, *, language=None) -> str:
    code = _code(language)
    return _with_period(*_clock(_time_of(value), code), code)


def format_datetime(value: datetime, *, weekday: bool = False, language=None) -> str:
    fmt = language_format(language)
    pattern = fmt.weekday_datetime if weekday else fmt.datetime
    return pattern.format(
        date=format_date(value, weekday=weekday, language=language),
        time=format_time(value, language=language),
    )


def format_time_range(start: datetime | time, end: datetime | time, *, language=None) -> str:
    """Two times of one day: "오후 2:00~5:00", "2:00–5:00 PM", "14:00〜17:00"; the period
    (오전/오후, AM/PM) is said once when both times share it."""
    code = _code(language)
    separator = FORMATS[code].time_range_separator
    start_clock, start_period = _clock(_time_of(start), code)
    end_clock, end_period = _clock(_time_of(end), code)
    if start_period == end_period:
        return _with_period(f"{start_clock}{separator}{end_clock}", start_period, code)
    return (
        _with_period(start_clock, start_period, code)
        + separator
        + _with_period(end_clock, end_period, code)
    )


def format_datetime_range(
    start: datetime, end: datetime | None, *, weekday: bool = True, language=None
) -> str:
    """An event's time: its date and a time range when it ends the day it starts, else two
    full date-times."""
    if end is None:
        return format_datetime(start, weekday=weekday, language=language)
    fmt = language_format(language)
    if _day(start) == _day(end):
        pattern = fmt.weekday_datetime if weekday else fmt.datetime
        return pattern.format(
            date=format_date(start, weekday=weekday, language=language),
            time=format_time_range(start, end, language=language),
        )
    return (
        format_datetime(start, weekday=weekday, language=language)
        + fmt.range_separator
        + format_datetime(end, weekday=weekday, language=language)
    )


def format_date_range(start: date | datetime, end: date | datetime | None, *, language=None):
    """Days: "2026년 5월 14일~16일", "May 14–16, 2026", "ngày 14–16 tháng 5 năm 2026"."""
    fmt = language_format(language)
    first = _day(start)
    last = _day(end) if end is not None else first
    if first == last:
        return format_date(first, language=language)
    if (first.year, first.month) == (last.year, last.month):
        return fmt.same_month_dates.format(
            year=first.year,
            month=first.month,
            month_name=EN_MONTHS[first.month - 1],
            day=first.day,
            end_day=last.day,
        )
    return (
        format_date(first, language=language)
        + fmt.range_separator
        + format_date(last, language=language)
    )


def join_list(items, *, language=None) -> str:
    """ "A, B and C", "A、B、C", "A, B và C"."""
    fmt = language_format(language)
    items = [str(item) for item in items]
    if _code(language) == "vi":
        # Common nouns heading a name ("Tiếng Việt") are lower case mid-sentence.
        items = items[:1] + [_lower_common_noun(item) for item in items[1:]]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return fmt.pair_separator.join(items)
    return fmt.list_separator.join(items[:-1]) + fmt.list_last_separator + items[-1]


VIETNAMESE_COMMON_NOUNS = ("Tiếng ", "Ngày ", "Thứ ", "Tháng ", "Năm ")


def _lower_common_noun(text: str) -> str:
    return text[0].lower() + text[1:] if text.startswith(VIETNAMESE_COMMON_NOUNS) else text


def format_number(value, *, decimal_pos: int | None = None, language=None) -> str:
    """Grouped thousands and the language's decimal mark: "1,234.5"; Vietnamese "1.234,5".
    Without `decimal_pos`, whole numbers have no decimals and others at most two."""
    fmt = language_format(language)
    number = Decimal(str(value))
    if decimal_pos is None:
        places = 0 if number == number.to_integral_value() else 2
    else:
        places = decimal_pos
    number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{number:,.{places}f}"
    if decimal_pos is None and places:
        text = text.rstrip("0").rstrip(".")
    whole, _dot, fraction = text.partition(".")
    whole = whole.replace(",", fmt.thousand_separator)
    if whole in ("-0", "-"):
        whole = "0"
    return whole + (fmt.decimal_separator + fraction if fraction else "")
