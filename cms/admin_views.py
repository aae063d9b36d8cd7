from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.admin.views.reports import ReportView
from wagtail_localize.models import TranslationSource

from . import selectors
from .romanization import romanised_slug


class OutdatedTranslationsView(ReportView):
    """Translations whose Korean source changed after they were last published."""

    page_title = _("Translations out of date")
    header_icon = "resubmit"
    results_template_name = "cms/admin/outdated_translations_results.html"
    index_url_name = "outdated_translations"
    index_results_url_name = "outdated_translations_results"
    context_object_name = "pages"
    list_export = ["title", "locale.language_code", "last_published_at", "source_published_at"]
    export_headings = {
        "locale.language_code": _("Language"),
        "last_published_at": _("Translation published"),
        "source_published_at": _("Source published"),
    }

    def get_queryset(self):
        return selectors.outdated_translations()

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        sources = dict(
            TranslationSource.objects.filter(
                object_id__in=[page.translation_key for page in pages],
                locale__language_code="ko",
            ).values_list("object_id", "pk")
        )
        for page in pages:
            page.localize_source_id = sources.get(page.translation_key)
        return pages


@require_GET
def slug_suggestion(request):
    """The romanised slug for a Korean title, for the page editor (static/js/romanised-slug.js)."""
    title = request.GET.get("title", "")[:255]
    return JsonResponse({"slug": romanised_slug(title)})
