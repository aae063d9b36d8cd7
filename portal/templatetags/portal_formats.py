"""Template filters over portal.formats, in the active language:

    {{ event.starts_at|datetime_range:event.ends_at }}   2026년 5월 14일 (목) 오후 2:00~5:00
    {{ page.date|local_date }}  {{ item.due_at|local_date:"weekday" }}
    {{ message.created_at|local_datetime }}  {{ starts_at|local_time }}
    {{ start|time_range:end }}  {{ first_day|date_range:last_day }}
    {{ names|join_list }}  {{ count|local_number }}  {{ share|local_number:1 }}

Each returns "" for an empty value, so optional dates need no {% if %} of their own. Vietnamese
dates are lower case ("ngày …", "thứ Năm, …") for use mid-sentence; add |capfirst where one
stands alone.
"""

from django import template

from portal import formats

register = template.Library()


@register.filter
def local_date(value, arg=""):
    return formats.format_date(value, weekday=arg == "weekday") if value else ""


@register.filter
def local_time(value):
    return formats.format_time(value) if value else ""


@register.filter
def local_datetime(value, arg=""):
    return formats.format_datetime(value, weekday=arg == "weekday") if value else ""


@register.filter
def datetime_range(start, end):
    """With the weekday: an event's time as residents plan around it."""
    return formats.format_datetime_range(start, end or None) if start else ""


@register.filter
def time_range(start, end):
    return formats.format_time_range(start, end) if start and end else ""


@register.filter
def date_range(start, end):
    return formats.format_date_range(start, end or None) if start else ""


@register.filter
def join_list(items):
    return formats.join_list(items) if items else ""


@register.filter
def local_number(value, decimal_pos=None):
    if value is None or value == "":
        return ""
    return formats.format_number(
        value, decimal_pos=None if decimal_pos is None else int(decimal_pos)
    )
