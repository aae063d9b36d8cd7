"""Pages the end-to-end and accessibility tests visit, with the demo content's real texts in
all five languages (demo/data/), built with factories in a second rather than by
`load_demo_content` in a minute."""

from datetime import date, timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone
from wagtail.rich_text import RichText

from cms.calendar import SEOUL
from cms.models import EventSession, StandardPage
from demo.data import by_language, read
from demo.events import aware
from tests.factories import (
    ClusterFactory,
    EventCategoryFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProgramIndexPageFactory,
    ProgramPageFactory,
    StrategyAxisFactory,
    translate_page,
)
from tests.participation.kpis.helpers import attend, feedback

LANGUAGES = ("ko", "en", "zh-hans", "ja", "vi")
TRANSLATIONS = LANGUAGES[1:]

KPOP = next(p for p in read("programs") if p["slug"] == "kpop-world-city-week")
KPOP_2026 = next(e for e in KPOP["events"] if e["slug"] == "2026")
FORUM = next(p for p in read("programs") if p["slug"] == "gangnam-global-tech-forum")
FORUM_2027 = next(e for e in FORUM["events"] if e["slug"] == "2027")


def _body(html: str) -> list:
    return [("paragraph", RichText(html))]


def program_index(home_pages, languages=TRANSLATIONS):
    texts = by_language(read("site")["program_index"], ("title", "intro"))
    index = ProgramIndexPageFactory(parent=home_pages, **texts["ko"])
    for language in languages:
        translate_page(index, language, **texts[language])
    return index


def kpop_world_city_week(index, *, languages=TRANSLATIONS, **event_fields):
    """The K-POP World City Week program and its 2026 opening festival, open for registration
    (from yesterday), in Korean and `languages`. Returns (program, event), both Korean."""
    program = ProgramPageFactory(
        parent=index,
        slug=KPOP["slug"],
        strategy_axis=StrategyAxisFactory(code=KPOP["axis"], name_ko="문화 외교"),
        cluster=ClusterFactory(code=KPOP["cluster"], name_ko="K-컬처 외교"),
        title=KPOP["title"]["ko"],
        summary=KPOP["summary"]["ko"],
        body=_body(KPOP["body_html"]["ko"]),
        featured=True,
    )
    event_fields.setdefault("capacity", 600)
    event_fields.setdefault("max_party_size", 1)
    starts_at = timezone.now() + timedelta(days=14)
    event = EventPageFactory(
        parent=program,
        slug=KPOP_2026["slug"],
        category=EventCategoryFactory(code=KPOP_2026["category"], name_ko="축제"),
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        registration_opens_at=timezone.now() - timedelta(days=1),
        languages=KPOP_2026["languages"],
        interpretation_languages=["zh-hans", "ja", "vi"],
        **_event_texts("ko"),
        **event_fields,
    )
    for language in languages:
        text = by_language(KPOP, ("title", "summary", "body_html"))[language]
        translate_page(
            program,
            language,
            title=text["title"],
            summary=text["summary"],
            body=_body(text["body_html"]),
        )
        translate_page(event, language, **_event_texts(language))
    return program, event


def _event_texts(language: str) -> dict:
    text = by_language(KPOP_2026, ("title", "summary", "accessibility"))[language]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "accessibility_information": text["accessibility"],
    }


def standard_page(home_pages, slug):
    """The standard page `slug` (about, privacy, accessibility) as the demo content publishes
    it, in all five languages."""
    item = next(p for p in read("standard_pages") if p["slug"] == slug)
    text = by_language(item, ("title", "body_html"))
    page = StandardPage(slug=item["slug"], title=text["ko"]["title"])
    page.body = _body(text["ko"]["body_html"])
    home_pages.add_child(instance=page)
    for language in TRANSLATIONS:
        translate_page(
            page, language, title=text[language]["title"], body=_body(text[language]["body_html"])
        )
    return page


def accessibility_statement(home_pages):
    return standard_page(home_pages, "accessibility")


def participation_figures(program) -> int:
    """An edition of `program` held an hour ago with 6 attendees and 6 rated answers (enough
    for every figure to clear the "<5" suppression), rolled up by `recompute_kpis`. Returns
    the year the figures count in."""
    held_at = timezone.now() - timedelta(hours=1)
    past = EventPageFactory(
        parent=program, slug="earlier", starts_at=held_at, ends_at=held_at + timedelta(hours=2)
    )
    for n in range(6):
        attend(past, email=f"fan{n}@example.org", at=held_at, nationality="VN", language="vi")
        feedback(program=program, created_at=held_at, rating=4 + n % 2, rated_at=held_at)
    month = held_at.astimezone(SEOUL).strftime("%Y-%m")
    call_command("recompute_kpis", "--from", month, "--to", month, stdout=StringIO())
    return held_at.astimezone(SEOUL).year


def news(home_pages):
    """The news index and the demo content's first article, in all five languages."""
    index_texts = by_language(read("site")["news_index"], ("title", "intro"))
    index = NewsIndexPageFactory(parent=home_pages, slug="news", **index_texts["ko"])
    for language in TRANSLATIONS:
        translate_page(index, language, **index_texts[language])
    item = read("news")[0]
    text = by_language(item, ("title", "summary", "body_html"))
    article = NewsPageFactory(
        parent=index,
        slug=item["slug"],
        date=date.fromisoformat(item["date"]),
        title=text["ko"]["title"],
        summary=text["ko"]["summary"],
        body=_body(text["ko"]["body_html"]),
    )
    for language in TRANSLATIONS:
        translate_page(
            article,
            language,
            title=text[language]["title"],
            summary=text[language]["summary"],
            body=_body(text[language]["body_html"]),
        )
    return article


def tech_forum_2027(index, *, languages=TRANSLATIONS):
    """The Gangnam Global Tech Forum program and its 2027 edition with its three sessions (as
    demo/data/programs.yaml has them), open for registration, in Korean and `languages`, each
    session titled in the page's language. Returns the Korean event."""
    texts = by_language(FORUM, ("title", "summary"))
    program = ProgramPageFactory(
        parent=index,
        slug=FORUM["slug"],
        strategy_axis=StrategyAxisFactory(code=FORUM["axis"], name_ko="산업"),
        cluster=ClusterFactory(code=FORUM["cluster"], name_ko="AI 스마트시티"),
        **texts["ko"],
    )
    items = FORUM_2027["sessions"]
    event_texts = by_language(FORUM_2027, ("title", "summary"))
    event = EventPageFactory(
        parent=program,
        slug=FORUM_2027["slug"],
        starts_at=aware(items[0]["starts_at"]),
        ends_at=aware(items[-1]["ends_at"]),
        registration_opens_at=timezone.now() - timedelta(days=1),
        max_party_size=1,
        **event_texts["ko"],
    )
    for number, item in enumerate(items):
        EventSession.objects.create(
            page=event,
            title=item["title"]["ko"],
            starts_at=aware(item["starts_at"]),
            ends_at=aware(item["ends_at"]),
            capacity=item["capacity"],
            sort_order=number,
        )
    for language in languages:
        translate_page(program, language, **texts[language])
        translated = translate_page(event, language, **event_texts[language])
        for session in EventSession.objects.filter(page=translated):
            session.title = items[session.sort_order]["title"][language]
            session.save(update_fields=["title"])
    return event
