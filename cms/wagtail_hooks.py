from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import OutdatedTranslationsView, slug_suggestion
from .models import Agreement, Cluster, EventCategory, Partner, StrategyAxis, Venue
from .panels import translated_panels


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "globe"
    list_display = ["name", "kind", "country", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


class AgreementViewSet(SnippetViewSet):
    model = Agreement
    icon = "doc-full"
    list_display = ["title", "partner", "kind", "status", "signed_on", "ends_on"]
    list_filter = ["kind", "status", "locale"]


class StrategyAxisViewSet(SnippetViewSet):
    model = StrategyAxis
    icon = "tag"
    list_display = ["code", "name", "sort_order"]
    panels = [FieldPanel("code"), FieldPanel("sort_order"), *translated_panels("name")]


class ClusterViewSet(SnippetViewSet):
    model = Cluster
    icon = "tag"
    list_display = ["code", "name", "sort_order"]
    panels = [
        FieldPanel("code"),
        FieldPanel("sort_order"),
        *translated_panels("name", "description"),
    ]


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    list_display = ["code", "name", "sort_order"]
    panels = [FieldPanel("code"), FieldPanel("sort_order"), *translated_panels("name")]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["code", "name", "address"]
    panels = [
        FieldPanel("code"),
        FieldPanel("sort_order"),
        *translated_panels("name", "address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]


class ExchangeViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Partners")
    menu_icon = "globe"
    items = (PartnerViewSet, AgreementViewSet)


class ReferenceDataViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "list-ul"
    items = (StrategyAxisViewSet, ClusterViewSet, EventCategoryViewSet, VenueViewSet)


register_snippet(ExchangeViewSetGroup)
register_snippet(ReferenceDataViewSetGroup)


@hooks.register("register_admin_urls")
def register_outdated_translations_report():
    return [
        path(
            "reports/outdated-translations/",
            OutdatedTranslationsView.as_view(),
            name="outdated_translations",
        ),
        path(
            "reports/outdated-translations/results/",
            OutdatedTranslationsView.as_view(results_only=True),
            name="outdated_translations_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_outdated_translations_menu_item():
    return MenuItem(
        _("Translations out of date"),
        reverse("outdated_translations"),
        icon_name="resubmit",
        order=900,
    )


@hooks.register("register_admin_urls")
def register_slug_suggestion():
    return [path("cms/slug-suggestion/", slug_suggestion, name="cms_slug_suggestion")]


@hooks.register("insert_editor_js")
def romanised_slug_js():
    # Korean titles get "gangnam-gu" as their slug suggestion, not a Hangul URL.
    return format_html(
        '<script src="{}" data-url="{}"></script>',
        static("js/romanised-slug.js"),
        reverse("cms_slug_suggestion"),
    )


@hooks.register("insert_global_admin_js")
def hard_coded_labels_js():
    # English that Wagtail and wagtail-localize write outside gettext.
    return format_html('<script src="{}"></script>', static("js/admin-hard-coded-labels.js"))
