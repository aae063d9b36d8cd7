"""The staff KPI dashboard in the Wagtail admin: every figure unsuppressed, with drill-down to
programs, their editions, categories and (for staff who may see them) the feedback items; the
CSV import of external values; a "recompute now" button.

Wagtail wraps these views in its admin-access check; on top of it each view checks its own
permission and answers a refusal with a 403 page (a raised PermissionDenied would become a
redirect in Wagtail)."""

import logging

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from kombu.exceptions import OperationalError as BrokerUnreachable
from wagtail.admin import messages
from wagtail.models import Locale

from cms.models import ProgramPage
from participation.feedback.permissions import can_access_queue

from .admin_forms import ExternalValuesUploadForm
from .errors import ImportRejected, NotPermitted
from .selectors import drilldown
from .selectors.dashboard import build_dashboard
from .selectors.languages import language_correction_rows
from .services.external_values import COLUMNS, import_external_values
from .tasks import refresh_rollups_and_snapshots
from .views import selected_year

VIEW_DASHBOARD = "kpis.view_kpi_dashboard"
ADD_VALUES = "kpis.add_externalkpivalue"
PER_PAGE = 50

logger = logging.getLogger(__name__)


def can_view_dashboard(user) -> bool:
    return bool(user and user.is_active and user.is_staff and user.has_perm(VIEW_DASHBOARD))


def _refusal(request):
    context = {"reason": NotPermitted.message}
    return TemplateResponse(request, "kpis/admin/forbidden.html", context, status=403)


def dashboard(request):
    if not can_view_dashboard(request.user):
        return _refusal(request)
    year = selected_year(request)
    data = build_dashboard(year=year, public=False)
    for row in data.programs:
        row["link"] = reverse("kpis_admin_program", args=[row["key"]]) + f"?year={year}"
    context = {
        "dashboard": data,
        "categories": drilldown.category_rows(year=year),
        "language_corrections": language_correction_rows(year=year),
        "items_url": reverse("kpis_admin_items"),
        "may_see_items": can_access_queue(request.user),
        "may_import": request.user.has_perm(ADD_VALUES),
    }
    return TemplateResponse(request, "kpis/admin/dashboard.html", context)


def program_detail(request, pk: int):
    if not can_view_dashboard(request.user):
        return _refusal(request)
    program = get_object_or_404(ProgramPage, pk=pk, locale=Locale.get_default())
    year = selected_year(request)
    context = {
        "program": program,
        "year": year,
        "dashboard": build_dashboard(year=year, public=False),
        "events": drilldown.program_events(program=program, year=year),
        "slots": drilldown.program_slots(program=program, year=year, now=timezone.now()),
        "totals": drilldown.program_participation(program=program, year=year),
        "categories": drilldown.category_rows(year=year, program_id=program.pk),
        "items_url": reverse("kpis_admin_items"),
        "may_see_items": can_access_queue(request.user),
    }
    return TemplateResponse(request, "kpis/admin/program.html", context)


def _int_parameter(request, name: str) -> int | None:
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() else None


def items(request):
    """The feedback items behind a figure; each links to its page in the feedback admin."""
    if not (can_view_dashboard(request.user) and can_access_queue(request.user)):
        return _refusal(request)
    year = selected_year(request)
    month = _int_parameter(request, "month")
    filters = {
        "category": request.GET.get("category"),
        "program": _int_parameter(request, "program"),
        "event": _int_parameter(request, "event"),
        "kind": request.GET.get("kind", ""),
    }
    queryset = drilldown.feedback_items(
        user=request.user, year=year, month=month if month in range(1, 13) else None, **filters
    )
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    context = {"page": page, "year": year, "query": query.urlencode(), "filters": filters}
    return TemplateResponse(request, "kpis/admin/items.html", context)


def import_values(request):
    if not request.user.has_perm(ADD_VALUES):
        return _refusal(request)
    form = ExternalValuesUploadForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            count = import_external_values(
                data=form.cleaned_data["file"].read(), entered_by=request.user
            )
        except ImportRejected as rejected:
            errors = rejected.errors
            messages.error(request, rejected.message)
        else:
            messages.success(request, _("Values imported: %(count)d.") % {"count": count})
            return redirect("kpis_admin_import")
    context = {"form": form, "errors": errors, "columns": COLUMNS}
    status = 400 if errors else 200
    return TemplateResponse(request, "kpis/admin/import.html", context, status=status)


@require_POST
def recompute(request):
    if not can_view_dashboard(request.user):
        return _refusal(request)
    try:
        refresh_rollups_and_snapshots.delay()
    except (BrokerUnreachable, OSError):
        # Nothing is lost: the hourly refresh recomputes the same months.
        logger.exception("could not enqueue the KPI refresh")
        messages.error(
            request,
            _(
                "The task queue cannot be reached, so the KPIs were not recomputed now. "
                "The hourly refresh will bring them up to date; you can also try again in a "
                "few minutes."
            ),
        )
        return redirect("kpis_admin_dashboard")
    messages.success(request, _("The KPIs are being recomputed; reload the page in a minute."))
    return redirect("kpis_admin_dashboard")
