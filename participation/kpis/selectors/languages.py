"""Where language detection fails in production: staff's corrections, per detected and
corrected language (participation.feedback.models.LanguageCorrection)."""

from django.db.models import Count, Q

from cms.fields import EVENT_LANGUAGE_NAMES
from participation.feedback.models import LanguageCorrection

from .drilldown import year_period


def language_correction_rows(*, year: int) -> list[dict]:
    """Most frequent first: detected → corrected language, how many items, and how many of
    them the detector had left to the site language (unsure)."""
    period = year_period(year)
    groups = (
        LanguageCorrection.objects.filter(
            corrected_at__gte=period.starts_at, corrected_at__lt=period.ends_at
        )
        .values("detected_language", "corrected_language")
        .annotate(count=Count("pk"), fallbacks=Count("pk", filter=Q(detected_was_fallback=True)))
        .order_by("-count", "detected_language", "corrected_language")
    )
    return [
        {
            "detected": group["detected_language"],
            "detected_name": _name(group["detected_language"]),
            "corrected": group["corrected_language"],
            "corrected_name": _name(group["corrected_language"]),
            "count": group["count"],
            "fallbacks": group["fallbacks"],
        }
        for group in groups
    ]


def _name(code: str) -> str:
    return str(EVENT_LANGUAGE_NAMES.get(code, code))
