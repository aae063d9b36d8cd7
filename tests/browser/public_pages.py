"""Every kind of public page, in one list: the width check at 360 px and the screenshots visit
these. A new page kind is one more line in PUBLIC_PAGES (its path, with `{language}` and any
of the keys `public_site` returns)."""

from cms.models import EventPage
from participation.feedback import services as feedback_services
from participation.registrations import services as registration_services
from tests.browser.content import (
    accessibility_statement,
    kpop_world_city_week,
    news,
    participation_figures,
    program_index,
)
from tests.factories import ServiceCategoryFactory

PUBLIC_PAGES = {
    "home": "/{language}/",
    "program index": "/{language}/programs/",
    "program": "/{language}/programs/kpop-world-city-week/",
    "event": "/{language}/programs/kpop-world-city-week/2026/",
    "events": "/{language}/events/",
    "events calendar": "/{language}/events/?view=calendar",
    "news index": "/{language}/news/",
    "news": "/{language}/news/city-diplomacy-strategy-2025/",
    "standard page": "/{language}/accessibility/",
    "search with results": "/{language}/search/?q=K-POP",
    "search without results": "/{language}/search/?q=qwxyzzy",
    "feedback form": "/{language}/feedback/",
    "feedback status": "/{language}/feedback/status/{tracking_code}/",
    "feedback sent": "/{language}/feedback/status/{tracking_code}/sent/",
    "feedback lookup": "/{language}/feedback/status/",
    "registration form": "/{language}/registrations/event/{event}/",
    "registration and ticket": "/{language}/registrations/{ticket}/",
    "dashboard": "/{language}/dashboard/",
    "sign in": "/{language}/accounts/login/",
    "sign up": "/{language}/accounts/signup/",
    "page not found": "/{language}/no-such-page/",
}
# Pages answered with another status than 200 on purpose.
EXPECTED_STATUS = {"page not found": 404}


def public_site(home_pages) -> dict:
    """Content for every page in PUBLIC_PAGES: the K-POP program and its event with this
    year's figures on the dashboard, news, the accessibility statement, a confirmed
    registration and a complaint. Returns what the paths need besides the language:
    `ticket`, `tracking_code` and `event` (the event's id per language)."""
    program, event = kpop_world_city_week(program_index(home_pages))
    participation_figures(program)
    accessibility_statement(home_pages)
    news(home_pages)
    registration = registration_services.register(
        event=event,
        name="Trần Thị Mai",
        email="mai@example.vn",
        consent=True,
        preferred_language="vi",
    )
    item = feedback_services.submit_feedback(
        kind="complaint",
        category=ServiceCategoryFactory(code="noise", name_ko="소음", name_vi="Tiếng ồn"),
        text="Tiếng ồn công trường gần nhà tôi kéo dài sau 10 giờ tối.",
        site_language="vi",
        consent=True,
        contact_email="mai@example.vn",
        administrative_dong="역삼1동",
    )
    events = dict(
        EventPage.objects.filter(translation_key=event.translation_key).values_list(
            "locale__language_code", "pk"
        )
    )
    return {
        "ticket": registration.ticket_token,
        "tracking_code": item.tracking_code,
        "event": events,
    }


def url_of(name: str, language: str, site: dict) -> str | None:
    """The path of page `name` in `language`, or None when the list has no such page."""
    path = PUBLIC_PAGES.get(name)
    if path is None:
        return None
    return path.format(
        language=language,
        ticket=site["ticket"],
        tracking_code=site["tracking_code"],
        event=site["event"][language],
    )
