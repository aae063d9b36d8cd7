"""Load the demo content of demo/data/: reference data, partners and agreements, programs with
their editions, news and standard pages, in all five languages.

Idempotent: every object gets a translation key derived from its demo key, so a second run
finds and updates what the first created, and publishes only pages whose content changed.
"""

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from cms.models import (
    Agreement,
    Cluster,
    EventCategory,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    Partner,
    ProgramIndexPage,
    ProgramPage,
    ProgramPartner,
    StandardPage,
    StrategyAxis,
    Venue,
)
from cms.services import set_up_home_pages, set_up_translator_groups

from .data import LANGUAGES, by_language, home_page_texts, read
from .events import DemoSessions, event_fields, event_texts
from .images import demo_image

DEMO_NAMESPACE = uuid.UUID("6f1c6a52-4a0e-4c1e-9a37-1f0f2c7d9a10")
SOURCE_LANGUAGE = LANGUAGES[0]
REFERENCE_MODELS = {
    "axes": StrategyAxis,
    "clusters": Cluster,
    "categories": EventCategory,
    "venues": Venue,
}


def demo_key(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


def load_demo_content(*, progress: Callable[[Iterator], Iterator] = iter) -> dict[str, int]:
    """Create or update all demo content. `progress` wraps the list of steps (a progress bar)."""
    steps = [
        ("reference data", _load_reference_data),
        ("home pages", _load_home_pages),
        ("partners", _load_partners),
        ("standard pages", _load_standard_pages),
        ("news", _load_news),
        *[(program["slug"], _program_loader(program)) for program in read("programs")],
    ]
    counts: dict[str, int] = {}
    for _label, step in progress(steps):
        # No transaction around a whole step: wagtail-localize publishes a translation when
        # its transaction commits, and a page published only after its children were added
        # would write back a stale child count. Each page is saved in its own transaction.
        for kind, number in step().items():
            counts[kind] = counts.get(kind, 0) + number
    return counts


def _locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def _load_reference_data() -> dict[str, int]:
    reference = read("reference")
    for group, model in REFERENCE_MODELS.items():
        for position, item in enumerate(reference[group]):
            defaults = {"sort_order": position}
            for field in ("name", "description", "address"):
                for language, text in item.get(field, {}).items():
                    defaults[f"{field}_{language.replace('-', '_')}"] = text
            for field in ("latitude", "longitude"):  # venues: where the map links point
                if field in item:
                    defaults[field] = Decimal(item[field])
            model.objects.update_or_create(code=item["code"], defaults=defaults)
    return {"reference rows": sum(len(items) for items in reference.values())}


def _load_home_pages() -> dict[str, int]:
    site = read("site")
    home = set_up_home_pages(content=home_page_texts())
    _upsert_page(
        parent=home,
        model=ProgramIndexPage,
        key="program-index",
        slug="programs",
        texts=by_language(site["program_index"], ("title", "intro")),
    )
    _upsert_page(
        parent=home,
        model=NewsIndexPage,
        key="news-index",
        slug="news",
        texts=by_language(site["news_index"], ("title", "intro")),
    )
    set_up_translator_groups()
    return {"pages": 3}


def _load_partners() -> dict[str, int]:
    data = read("partners")
    partners = {}
    for item in data["partners"]:
        partners[item["key"]] = _upsert_snippet(
            model=Partner,
            key=f"partner:{item['key']}",
            shared={"kind": item["kind"], "country": item["country"], "website": item["website"]},
            texts=by_language(item, ("name",)),
        )
    for item in data["agreements"]:
        _upsert_snippet(
            model=Agreement,
            key=f"agreement:{item['partner']}:{item['kind']}:{item['signed_on'] or 'planned'}",
            shared={
                "partner": partners[item["partner"]],
                "kind": item["kind"],
                "status": item["status"],
                "signed_on": date.fromisoformat(item["signed_on"]) if item["signed_on"] else None,
                "ends_on": date.fromisoformat(item["ends_on"]) if item["ends_on"] else None,
            },
            texts=by_language(item, ("title",)),
        )
    return {"partners": len(data["partners"]), "agreements": len(data["agreements"])}


def _load_standard_pages() -> dict[str, int]:
    home = HomePage.objects.get(locale__language_code=SOURCE_LANGUAGE)
    pages = read("standard_pages")
    for item in pages:
        _upsert_page(
            parent=home,
            model=StandardPage,
            key=f"standard:{item['slug']}",
            slug=item["slug"],
            texts=_with_body(by_language(item, ("title", "body_html"))),
        )
    return {"pages": len(pages)}


def _load_news() -> dict[str, int]:
    news_index = _source_page("news-index")
    news = read("news")
    for item in news:
        _upsert_page(
            parent=news_index,
            model=NewsPage,
            key=f"news:{item['slug']}",
            slug=item["slug"],
            shared={"date": date.fromisoformat(item["date"])},
            texts=_with_body(by_language(item, ("title", "summary", "body_html"))),
        )
    return {"pages": len(news)}


def _program_loader(program: dict) -> Callable[[], dict[str, int]]:
    def load() -> dict[str, int]:
        page = _upsert_page(
            parent=_source_page("program-index"),
            model=ProgramPage,
            key=f"program:{program['slug']}",
            slug=program["slug"],
            shared={
                "strategy_axis": StrategyAxis.objects.get(code=program["axis"]),
                "cluster": Cluster.objects.get(code=program["cluster"]),
                "cadence": program["cadence"],
                "cadence_month": program["cadence_month"],
                "featured": program["featured"],
                "hero_image": demo_image(program["hero_image"]),
            },
            texts=_with_body(
                by_language(program, ("title", "summary", "body_html", "hero_image_alt"))
            ),
            before_publish=lambda page: _set_program_partners(page, program),
        )
        for event in program["events"]:
            key = f"event:{program['slug']}:{event['slug']}"
            sessions = DemoSessions(
                event.get("sessions", []),
                lambda number, key=key: demo_key("session", f"{key}:{number}"),
            )
            _upsert_page(
                parent=page,
                model=EventPage,
                key=key,
                slug=event["slug"],
                shared=event_fields(event),
                texts=event_texts(event, sessions),
                before_publish=sessions.set_on,
            )
        return {"pages": 1 + len(program["events"])}

    return load


def _set_program_partners(page: ProgramPage, program: dict) -> bool:
    # Translations get the partners of their own language from wagtail-localize.
    wanted = [
        Partner.objects.get(
            translation_key=demo_key("snippet", f"partner:{key}"), locale=page.locale
        )
        for key in program["partners"]
    ]
    if [link.partner_id for link in page.partners.all()] == [p.pk for p in wanted]:
        return False
    page.partners = [ProgramPartner(partner=partner) for partner in wanted]
    return True


def _body(html: str) -> list:
    return [("paragraph", RichText(html))]


def _with_body(texts: dict[str, dict]) -> dict[str, dict]:
    """Each language's `body_html` as the page's `body` (one paragraph block)."""
    return {
        language: {
            **{name: value for name, value in fields.items() if name != "body_html"},
            "body": _body(fields["body_html"]),
        }
        for language, fields in texts.items()
    }


def _source_page(key: str) -> Page:
    return Page.objects.get(
        translation_key=demo_key("page", key), locale__language_code=SOURCE_LANGUAGE
    ).specific


def _upsert_snippet(*, model, key: str, shared: dict, texts: dict[str, dict]):
    translation_key = demo_key("snippet", key)
    source = None
    for language in LANGUAGES:
        instance = model.objects.filter(
            translation_key=translation_key, locale__language_code=language
        ).first()
        if instance is None:
            instance = model(translation_key=translation_key, locale=_locale(language))
        localized_shared = dict(shared)
        if "partner" in shared:  # agreements point at the partner of their own locale
            localized_shared["partner"] = shared["partner"].get_translation(instance.locale)
        for name, value in {**localized_shared, **texts[language]}.items():
            setattr(instance, name, value)
        instance.full_clean()
        instance.save()
        source = source or instance
    return source


def _upsert_page(
    *,
    parent: Page,
    model,
    key: str,
    slug: str,
    texts: dict[str, dict],
    shared=None,
    before_publish=None,
) -> Page:
    """The page in the source language under `parent`, published, then its translation into
    every other language through wagtail-localize (so editors can later sync them when the
    Korean source changes). Returns the source page."""
    shared = shared or {}
    translation_key = demo_key("page", key)
    source = model.objects.filter(
        translation_key=translation_key, locale__language_code=SOURCE_LANGUAGE
    ).first()
    if source is None:
        source = model(
            translation_key=translation_key, slug=slug, **shared, **texts[SOURCE_LANGUAGE]
        )
        parent.add_child(instance=source)
        changed = True
    else:
        changed = _apply(source, {**shared, **texts[SOURCE_LANGUAGE]})
    if before_publish is not None:
        changed = before_publish(source) or changed
    if changed or not source.live:
        source.save_revision().publish()
        source = model.objects.get(pk=source.pk)  # as published: its children saved too

    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            _translate_page(source, language, texts[language], shared=shared)
    return source


@transaction.atomic
def _translate_page(source: Page, language: str, texts: dict, *, shared: dict) -> None:
    """Give wagtail-localize our translation of each segment of `source`, then publish (when
    this transaction commits)."""
    locale = _locale(language)
    localize_source, _created = TranslationSource.update_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(
        source=localize_source, target_locale=locale
    )
    segments = _segment_translations(source, texts)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = segments.get((entry.msgctxt, entry.msgid), "")
    missing = [entry.msgctxt for entry in po if not entry.msgstr]
    if missing:
        raise ValueError(f"{source.slug} [{language}]: no translation for {missing}")

    existing = {
        (path, source_text): text
        for path, source_text, text in StringTranslation.objects.filter(
            context__object_id=localize_source.object_id, locale=locale
        ).values_list("context__path", "translation_of__data", "data")
    }
    target = source.get_translation_or_none(locale)
    up_to_date = (
        target is not None
        and target.live
        and not target.has_unpublished_changes
        and all(getattr(target.specific, name) == value for name, value in shared.items())
        and all(existing.get((entry.msgctxt, entry.msgid)) == entry.msgstr for entry in po)
    )
    if up_to_date:
        return
    translation.import_po(po, delete=True, tool_name="demo content")
    translation.save_target(publish=True)


def _segment_translations(source: Page, texts: dict) -> dict[tuple[str, str], str]:
    """Pair each translatable segment of `source` with the same segment of the translated
    texts, by content path and position."""
    translated = type(source).objects.get(pk=source.pk)
    for name, value in texts.items():
        if name == "body":
            # Same block ids as the source, so the content paths match.
            value = [
                {"type": kind, "value": rich_text.source, "id": block.id}
                for (kind, rich_text), block in zip(value, source.body, strict=True)
            ]
        setattr(translated, name, value)

    def strings_by_path(instance):
        grouped = defaultdict(list)
        for segment in extract_segments(instance):
            if isinstance(segment, StringSegmentValue):
                grouped[segment.path].append(segment.string.data)
        return grouped

    source_strings, translated_strings = strings_by_path(source), strings_by_path(translated)
    pairs = {}
    for path, strings in source_strings.items():
        if len(strings) != len(translated_strings[path]):
            raise ValueError(f"{source.slug}: {path} has a different structure in translation")
        pairs.update(
            {
                (path, text): target
                for text, target in zip(strings, translated_strings[path], strict=True)
            }
        )
    return pairs


def _apply(page: Page, fields: dict) -> bool:
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        unchanged = _same_body(current, value) if name == "body" else current == value
        if not unchanged:
            setattr(page, name, value)
            changed = True
    return changed


def _same_body(current, value: list) -> bool:
    blocks = [(block.block_type, block.value.source) for block in current]
    return blocks == [(kind, rich_text.source) for kind, rich_text in value]
