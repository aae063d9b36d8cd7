"""The KPIs in the Wagtail admin: the staff dashboard (menu item and views), the KPI
definitions and the external values as snippets, and the CSV import."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.wagtail_hooks import translated_panels

from . import admin_views
from .admin_forms import ExternalKpiValueForm
from .models import ExternalKpiValue, KpiDefinition


class KpiDefinitionViewSet(SnippetViewSet):
    model = KpiDefinition
    icon = "table"
    list_display = ["name", "code", "source", "formula", "target", "direction", "is_headline"]
    list_filter = ["source", "is_headline", "is_public"]
    search_fields = ["code", "name"]
    panels = [
        FieldPanel("code"),
        *translated_panels("name"),
        *translated_panels("unit"),
        *translated_panels("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("source"), FieldPanel("formula")]),
                FieldRowPanel(
                    [FieldPanel("target"), FieldPanel("direction"), FieldPanel("period")]
                ),
                FieldRowPanel([FieldPanel("baseline_year"), FieldPanel("baseline_value")]),
            ],
            heading=_("How it is measured"),
        ),
        FieldRowPanel(
            [FieldPanel("is_headline"), FieldPanel("is_public"), FieldPanel("sort_order")]
        ),
    ]


class ExternalKpiValueViewSet(SnippetViewSet):
    model = ExternalKpiValue
    icon = "upload"
    list_display = [
        "definition",
        "period_start",
        "period_kind",
        "dimension",
        "dimension_key",
        "value",
    ]
    list_filter = ["definition", "period_kind", "dimension"]
    search_fields = ["source", "dimension_key"]
    # Wagtail takes the base form class from the edit handler, not from the viewset.
    edit_handler = ObjectList(
        [
            FieldPanel("definition"),
            FieldRowPanel([FieldPanel("period_kind"), FieldPanel("period_start")]),
            FieldRowPanel([FieldPanel("dimension"), FieldPanel("dimension_key")]),
            FieldPanel("value"),
            FieldPanel("source"),
        ],
        base_form_class=ExternalKpiValueForm,
    )


class KpiViewSetGroup(SnippetViewSetGroup):
    menu_label = _("KPI settings")
    menu_icon = "table"
    items = (KpiDefinitionViewSet, ExternalKpiValueViewSet)


register_snippet(KpiViewSetGroup)


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view_dashboard(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(
        _("Diplomacy dashboard"),
        reverse("kpis_admin_dashboard"),
        name="kpi-dashboard",
        icon_name="view",
        order=260,
    )


@hooks.register("register_permissions")
def register_kpi_permissions():
    return Permission.objects.filter(
        content_type__app_label=KpiDefinition._meta.app_label, codename="view_kpi_dashboard"
    )


@hooks.register("register_admin_urls")
def register_kpi_admin_urls():
    return [
        path("kpis/", admin_views.dashboard, name="kpis_admin_dashboard"),
        path("kpis/programs/<int:pk>/", admin_views.program_detail, name="kpis_admin_program"),
        path("kpis/items/", admin_views.items, name="kpis_admin_items"),
        path("kpis/import/", admin_views.import_values, name="kpis_admin_import"),
        path("kpis/recompute/", admin_views.recompute, name="kpis_admin_recompute"),
    ]
