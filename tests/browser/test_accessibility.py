"""axe-core on every kind of public page a resident goes through, in all five languages: no
serious or critical violation. One browser context; the pages are built once and scanned in
one test, which reports every violation it finds at once. And the accessibility statement
says what it must, in every language."""

import pytest
from django.utils.html import strip_tags

from cms.models import EventPage
from participation.feedback import services as feedback_services
from participation.feedback.models import FeedbackItem
from participation.registrations import services as registration_services
from tests.browser.axe import blocking_violations, enable_axe
from tests.browser.content import (
    LANGUAGES,
    accessibility_statement,
    kpop_world_city_week,
    participation_figures,
    program_index,
    standard_page,
)
from tests.browser.public_pages import SIGNED_IN_PAGES, proposals, sign_in
from tests.factories import FeedbackStaffFactory, ServiceCategoryFactory

pytestmark = pytest.mark.browser

# What the statement must say in each language: the standards, how it was tested (axe-core,
# keyboard, screen readers), known limitations and whom to contact.
STATEMENT = {
    "ko": "KWCAG 2.2 · WCAG 2.1 · AA · axe-core · 키보드 · 화면 낭독 · 알려진 한계 · 02-3423-5114",
    "en": "KWCAG · 2.2 · WCAG 2.1 level AA · axe-core · keyboard · screen reader · "
    "Known limitations · +82-2-3423-5114",
    "zh-hans": "KWCAG · 2.2 · WCAG 2.1 AA · axe-core · 键盘 · 读屏 · 已知局限 · +82-2-3423-5114",
    "ja": "KWCAG · 2.2 · WCAG 2.1 · AA · axe-core · キーボード · スクリーンリーダー · 既知の制約 · "
    "+82-2-3423-5114",
    "vi": "KWCAG · 2.2 · WCAG 2.1 · AA · axe-core · bàn phím · trình đọc màn hình · "
    "Hạn chế đã biết · +82-2-3423-5114",
}


@pytest.fixture
def site(home_pages, kpi_definitions, libretranslate):
    """Every page kind with realistic content: the K-POP program and its event (with this
    year's figures for the dashboard), a registration, an answered and closed complaint (its
    status page shows the translated reply and the rating form) and the statement."""
    program, event = kpop_world_city_week(program_index(home_pages))
    participation_figures(program)
    accessibility_statement(home_pages)
    standard_page(home_pages, "privacy")
    registration = registration_services.register(
        event=event,
        name="Trần Thị Mai",
        email="mai@example.vn",
        consent=True,
        preferred_language="vi",
    )
    item = feedback_services.submit_feedback(
        kind="complaint",
        category=ServiceCategoryFactory(code="noise", name_ko="소음", name_zh_hans="噪音"),
        text="我家附近的施工噪音太大了，晚上十点以后还在施工。",
        site_language="zh-hans",
        consent=True,
        contact_email="wang@example.cn",
    )
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    feedback_services.reply_as_staff(
        item=item, text="공사 현장에 야간 작업 중지를 요청했습니다.", user=staff
    )
    feedback_services.change_status(item=item, status=FeedbackItem.Status.CLOSED, user=staff)
    events = dict(
        EventPage.objects.filter(translation_key=event.translation_key).values_list(
            "locale__language_code", "pk"
        )
    )
    proposal_pages = proposals()
    round_pk, proposal_pk = proposal_pages["proposal_round"], proposal_pages["proposal"]
    events["resident_session"] = proposal_pages["resident_session"]
    events["proposal_round"] = round_pk
    return {
        "home": "/{language}/",
        "program index": "/{language}/programs/",
        "program": "/{language}/programs/kpop-world-city-week/",
        "event and its registration form": "/{language}/programs/kpop-world-city-week/2026/",
        "registration form": "/{language}/registrations/event/{event}/",
        "personal registration page": f"/{{language}}/registrations/{registration.ticket_token}/",
        "feedback form": "/{language}/feedback/",
        "feedback status page": f"/{{language}}/feedback/status/{item.tracking_code}/",
        "feedback sent page": f"/{{language}}/feedback/status/{item.tracking_code}/sent/",
        "dashboard": "/{language}/dashboard/",
        "search results": "/{language}/search/?q=K-POP",
        "accessibility statement": "/{language}/accessibility/",
        "privacy policy": "/{language}/privacy/",
        "open data": "/{language}/open-data/",
        "service status": "/{language}/status/",
        "proposal rounds": "/{language}/proposals/",
        "proposal round": f"/{{language}}/proposals/rounds/{round_pk}/",
        "proposal": f"/{{language}}/proposals/{proposal_pk}/",
    }, events


@pytest.mark.slow
def test_no_serious_or_critical_violations_in_any_language(page, site):
    paths, events = site
    enable_axe(page.context)
    found = {}

    def scan(name, url):
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == url.split("/")[1]
        assert page.url.endswith(url), f"{url} went to {page.url}"
        if violations := blocking_violations(page):
            found[f"{name} ({url})"] = violations

    for language in LANGUAGES:
        for name, path in paths.items():
            scan(name, path.format(language=language, event=events[language]))
    sign_in(page, events)
    for language in LANGUAGES:
        for name, path in SIGNED_IN_PAGES.items():
            scan(name, path.format(language=language, proposal_round=events["proposal_round"]))
    # On a phone the dashboard's wide tables scroll sideways, which must work by keyboard too.
    page.set_viewport_size({"width": 360, "height": 740})
    for language in LANGUAGES:
        scan("dashboard at 360 px", f"/{language}/dashboard/")
    assert found == {}


@pytest.mark.django_db
def test_the_statement_names_standards_tests_limitations_and_contact(client, home_pages):
    accessibility_statement(home_pages)
    for language in LANGUAGES:
        html = client.get(f"/{language}/accessibility/").content.decode()

        text = strip_tags(html.split("<article>")[1].split("</article>")[0])
        missing = [words for words in STATEMENT[language].split(" · ") if words not in text]
        assert missing == [], language
        # Linked from every page's footer.
        assert f'href="/{language}/accessibility/"' in html.split('class="site-footer"')[1]
