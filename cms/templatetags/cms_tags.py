import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

from cms.calendar import event_location
from cms.maps import map_links
from portal.links import page_url

register = template.Library()

SCHEMA_LANGUAGE_CODES = {"zh-hans": "zh-Hans", "ksl": "kvk"}


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    """schema.org Event data for search engines, in a JSON-LD script element."""
    request = context["request"]
    if event.online_url and (event.venue or event.address):
        mode = "MixedEventAttendanceMode"
    elif event.online_url:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    locations = []
    if event.venue or event.address:
        locations.append(
            {
                "@type": "Place",
                "name": event.venue.name if event.venue else event.address,
                "address": event_location(event),
            }
        )
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": page_url(event, request),
        "startDate": event.starts_at.isoformat(),
        "endDate": event.ends_at.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "location": locations[0] if len(locations) == 1 else locations,
        "inLanguage": [SCHEMA_LANGUAGE_CODES.get(code, code) for code in event.languages],
        "maximumAttendeeCapacity": event.capacity,
        "organizer": {
            "@type": "GovernmentOrganization",
            "name": "Gangnam-gu Office",
            "url": "https://www.gangnam.go.kr",
        },
    }
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    # Escape <, > and & so the text can never close the script element.
    return mark_safe(  # noqa: S308 - escaped above
        f'<script type="application/ld+json">{payload.translate(_json_script_escapes)}</script>'
    )


@register.simple_tag
def event_map_links(event):
    """Naver Map, Kakao Map and OpenStreetMap links to where `event` is held (cms.maps)."""
    return map_links(event)
