"""Every kind of public page, in one list (the signed-in ones in a second): the width check
at 360 px and the screenshots visit these. A new page kind is one more line in PUBLIC_PAGES
(its path, with `{language}` and any of the keys `public_site` returns)."""

from urllib.parse import urlsplit

from django.test import Client
from django.utils import timezone

from cms.models import EventPage
from participation.feedback import services as feedback_services
from participation.proposals import services as proposal_services
from participation.registrations import services as registration_services
from tests.browser.content import (
    accessibility_statement,
    kpop_world_city_week,
    news,
    participation_figures,
    program_index,
)
from tests.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ServiceCategoryFactory,
    StaffUserFactory,
    TopicFactory,
    UserFactory,
)

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
    "proposal rounds": "/{language}/proposals/",
    "proposal round": "/{language}/proposals/rounds/{proposal_round}/",
    "proposal": "/{language}/proposals/{proposal}/",
    "page not found": "/{language}/no-such-page/",
}
# Pages only a signed-in resident sees: visited with `site["resident_session"]`.
SIGNED_IN_PAGES = {
    "proposal form": "/{language}/proposals/rounds/{proposal_round}/new/",
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
        **proposals(),
    }


def proposals() -> dict:
    """An open round with a topic and a Vietnamese proposal answered by staff in Korean (its
    translations through the fake provider), and a signed-in resident's session."""
    proposal_round = ProposalRoundFactory(
        title_ko="다국어 거버넌스의 날 주민 제안",
        title_en="Multilingual Governance Day proposals",
        title_vi="Đề xuất cho Ngày Quản trị Đa ngôn ngữ",
        description_ko="강남구 프로그램에 대한 아이디어를 어떤 언어로든 제안해 주세요.",
        description_en="Propose ideas for Gangnam-gu's programs in any language.",
    )
    topic = TopicFactory(round=proposal_round, name_ko="공원", name_en="Parks", name_vi="Công viên")
    proposal = ProposalFactory(
        round=proposal_round,
        topic=topic,
        title="Thêm ghế đá dọc suối Yangjae",
        body="Người cao tuổi đi bộ dọc suối Yangjae không có chỗ nghỉ. Xin đặt thêm ghế đá.",
        language="vi",
        site_language="vi",
        published_at=timezone.now(),
    )
    proposal_services.answer_proposal(
        proposal=proposal,
        user=StaffUserFactory(),
        status="under_study",
        answer="공원 관리과에서 의자 설치 위치를 검토하고 있습니다.",
    )
    client = Client()
    client.force_login(UserFactory())
    return {
        "proposal_round": proposal_round.pk,
        "proposal": proposal.pk,
        "resident_session": client.cookies["sessionid"].value,
    }


def url_of(name: str, language: str, site: dict) -> str | None:
    """The path of page `name` in `language`, or None when the list has no such page."""
    path = PUBLIC_PAGES.get(name) or SIGNED_IN_PAGES.get(name)
    if path is None:
        return None
    return path.format(
        language=language,
        ticket=site["ticket"],
        tracking_code=site["tracking_code"],
        event=site["event"][language],
        proposal_round=site["proposal_round"],
        proposal=site["proposal"],
    )


def sign_in(page, site: dict) -> None:
    """Make `page`'s browser (already on the live server) the signed-in resident of
    `public_site`, for SIGNED_IN_PAGES."""
    origin = urlsplit(page.url)._replace(path="/", query="", fragment="").geturl()
    cookie = {"name": "sessionid", "value": site["resident_session"], "url": origin}
    page.context.add_cookies([cookie])
