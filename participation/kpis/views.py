"""The public dashboard: aggregates only, small groups suppressed, in every site language."""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from .periods import seoul_today
from .selectors.dashboard import available_years, build_dashboard
from .selectors.open_data import open_data_links


def selected_year(request) -> int:
    years = available_years()
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = seoul_today().year
    return year if year in years else years[-1]


@require_GET
def dashboard(request):
    context = {
        "dashboard": build_dashboard(year=selected_year(request), public=True),
        "open_data": open_data_links(),
    }
    return TemplateResponse(request, "kpis/dashboard.html", context)
