"""Site search in the visitor's language.

Full-text search finds whole words. Korean attaches particles to words ("축제를", "축제가") and
Chinese and Japanese do not separate words at all, so a query in those scripts also matches
word prefixes (autocomplete) and substrings of titles and summaries. Diacritics do not matter:
"le hoi" finds "lễ hội" (cms.folding).
"""

import re

from django.db.models import Q
from wagtail.models import Locale, Page

from .folding import fold
from .models import EventPage, NewsPage, ProgramPage

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 50
CJK_SCRIPT = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
SUMMARY_MODELS = (ProgramPage, EventPage, NewsPage)
WORD = re.compile(r"\w+")


def search_pages(*, query: str, locale: Locale) -> list[Page]:
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    if not query:
        return []
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    # Only words reach the full-text backends: quotes, operators and brackets mean nothing
    # to residents and are syntax to SQLite's FTS5.
    words = " ".join(WORD.findall(query))
    found: list[int] = [page.pk for page in pages.search(words)[:MAX_RESULTS]] if words else []
    # Pages index their text without diacritics too; exact matches keep the first ranks.
    if words and (folded := fold(words)) != words:
        found += [page.pk for page in pages.search(folded)[:MAX_RESULTS]]
    if CJK_SCRIPT.search(query):
        found += [page.pk for page in pages.autocomplete(words)[:MAX_RESULTS]]
        found += pages.filter(
            Q(title__icontains=query) | Q(search_description__icontains=query)
        ).values_list("pk", flat=True)[:MAX_RESULTS]
        for model in SUMMARY_MODELS:
            found += (
                model.objects.live()
                .filter(locale=locale, summary__icontains=query)
                .values_list("pk", flat=True)[:MAX_RESULTS]
            )
    ranked = list(dict.fromkeys(found))[:MAX_RESULTS]  # first occurrence keeps its rank
    by_pk = Page.objects.filter(pk__in=ranked).specific().in_bulk()
    return [by_pk[pk] for pk in ranked if pk in by_pk]
