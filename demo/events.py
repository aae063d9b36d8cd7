"""A program's editions in the demo (demo/data/programs.yaml, `events` of a program): the
event page's fields and texts, and its sessions (`sessions` of an event, optional), which are
set on the Korean page before it is published and given to wagtail-localize, translated, with
the page's other texts."""

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from cms.models import EventCategory, EventSession, Venue

from .data import LANGUAGES, by_language

SEOUL = ZoneInfo("Asia/Seoul")
SOURCE_LANGUAGE = LANGUAGES[0]


def aware(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=SEOUL)


def event_fields(event: dict) -> dict:
    return {
        "starts_at": aware(event["starts_at"]),
        "ends_at": aware(event["ends_at"]),
        "venue": Venue.objects.get(code=event["venue"]) if event["venue"] else None,
        "online_url": event["online_url"],
        "category": EventCategory.objects.get(code=event["category"]),
        "capacity": event["capacity"],
        "max_party_size": event["max_party_size"],
        "registration_opens_at": aware(event["registration_opens_at"]),
        "registration_closes_at": aware(event["registration_closes_at"]),
        "languages": event["languages"],
        "interpretation_languages": event["interpretation"],
    }


class DemoSessions:
    """The sessions of one demo event; `key_of(number)` is the translation key of its
    number-th session, the same on every run (so a rerun updates, never replaces, a session
    people may have registered for)."""

    def __init__(self, items: list[dict], key_of: Callable[[int], object]):
        self.items = items
        self.keys = [key_of(number) for number in range(len(items))]

    def set_on(self, page) -> bool:
        """Give the Korean `page` its sessions (before it is published); whether any changed."""
        current = {session.translation_key: session for session in page.sessions.all()}
        wanted, changed = [], len(current) != len(self.items)
        for number, (key, item) in enumerate(zip(self.keys, self.items, strict=True)):
            session = current.get(key) or EventSession(translation_key=key, locale=page.locale)
            fields = {**self._shared(item), "title": item["title"][SOURCE_LANGUAGE]}
            fields["sort_order"] = number
            for name, value in fields.items():
                if getattr(session, name) != value:
                    setattr(session, name, value)
                    changed = True
            wanted.append(session)
        if changed:
            page.sessions = wanted
        return changed

    def translated(self, language: str) -> list[EventSession]:
        """The sessions as the `language` page has them: what wagtail-localize pairs with the
        Korean page's, segment by segment."""
        return [
            EventSession(translation_key=key, title=item["title"][language], **self._shared(item))
            for key, item in zip(self.keys, self.items, strict=True)
        ]

    @staticmethod
    def _shared(item: dict) -> dict:
        return {
            "starts_at": aware(item["starts_at"]),
            "ends_at": aware(item["ends_at"]),
            "capacity": item["capacity"],
        }


def event_texts(event: dict, sessions: DemoSessions) -> dict[str, dict]:
    """{language: the page's translatable fields}; the translations also carry the sessions."""
    texts = {}
    for language, text in by_language(event, ("title", "summary", "accessibility")).items():
        texts[language] = {
            "title": text["title"],
            "summary": text["summary"],
            "accessibility_information": text["accessibility"],
        }
        if sessions.items and language != SOURCE_LANGUAGE:
            texts[language]["sessions"] = sessions.translated(language)
    return texts
