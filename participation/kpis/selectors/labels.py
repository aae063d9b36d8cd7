"""Names of dimension keys in the active language: one query per dimension, whatever the
number of keys."""

from django.db.models.functions import Upper
from django.utils.translation import get_language
from wagtail.models import Locale

from cms.fields import EVENT_LANGUAGE_NAMES
from cms.models import Cluster, ProgramPage, StrategyAxis
from participation.feedback.models import Kind, ServiceCategory
from participation.registrations.forms import NATIONALITY_CHOICES

from ..dimensions import Dimension

NATIONALITY_NAMES = dict(NATIONALITY_CHOICES)


def key_labels(dimension: str, keys) -> dict[str, str]:
    keys = {str(key) for key in keys if key not in (None, "")}
    if not keys:
        return {}
    if dimension == Dimension.AXIS:
        return {a.code: a.name for a in StrategyAxis.objects.filter(code__in=keys)}
    if dimension == Dimension.CLUSTER:
        clusters = Cluster.objects.annotate(key=Upper("code")).filter(key__in=keys)
        return {cluster.key: str(cluster) for cluster in clusters}
    if dimension == Dimension.PROGRAM:
        return program_titles([int(key) for key in keys if key.isdigit()])
    if dimension == Dimension.CATEGORY:
        return {c.code: c.name for c in ServiceCategory.objects.filter(code__in=keys)}
    if dimension == Dimension.LANGUAGE:
        return {key: str(EVENT_LANGUAGE_NAMES.get(key, key)) for key in keys}
    if dimension == Dimension.NATIONALITY:
        return {key: str(NATIONALITY_NAMES.get(key, key)) for key in keys}
    if dimension == Dimension.KIND:
        return {key: str(Kind(key).label) if key in Kind.values else key for key in keys}
    return {}


def program_titles(program_ids: list[int]) -> dict[str, str]:
    """The Korean programs' titles in the active language where translated."""
    programs = list(
        ProgramPage.objects.filter(pk__in=program_ids).values("pk", "title", "translation_key")
    )
    titles = {str(program["pk"]): program["title"] for program in programs}
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale and programs:
        by_key = {program["translation_key"]: str(program["pk"]) for program in programs}
        for translation_key, title in ProgramPage.objects.filter(
            translation_key__in=list(by_key), locale=locale, live=True
        ).values_list("translation_key", "title"):
            titles[by_key[translation_key]] = title
    return titles


def sort_keys(dimension: str, keys, labels: dict[str, str]) -> list[str]:
    if dimension in (Dimension.CLUSTER, Dimension.AXIS):
        return sorted(keys)
    return sorted(keys, key=lambda key: labels.get(key, key))
