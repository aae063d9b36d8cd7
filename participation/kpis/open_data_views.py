"""Open data of the KPIs: /open-data/kpis.json and .csv, per-dimension breakdowns, and a README
with the licence. One address for every language (`?lang=`, Korean by default); optional
`?period=month|quarter|year` and `?year=YYYY` filters. The page that explains them to people is
in each language (/<lang>/open-data/)."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal.csv_files import CsvWriter

from .dimensions import Dimension
from .selectors.open_data import (
    LICENCE,
    LICENCE_NOTE,
    PERIOD_KINDS,
    SUPPRESSION_NOTE,
    csv_rows,
    kpi_document,
    open_data_language,
    open_data_links,
    public_definitions,
)

LICENCE_LINK = f'<{LICENCE["url"]}>; rel="license"'


def _filters(request):
    period = request.GET.get("period", "")
    year = request.GET.get("year", "")
    if period and period not in PERIOD_KINDS:
        raise ValueError("period")
    if year and not (year.isdigit() and len(year) == 4):
        raise ValueError("year")
    return {"period_kind": period, "year": int(year or 0)}


def _respond(request, dimension: str, fmt: str):
    language = open_data_language(request.GET.get("lang"))
    try:
        filters = _filters(request)
    except ValueError as error:
        with override(language):
            message = _("Invalid %(parameter)s parameter.") % {"parameter": error.args[0]}
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
    document = kpi_document(dimension=dimension, language=language, **filters)
    if fmt == "json":
        response = JsonResponse(document, json_dumps_params={"ensure_ascii": False})
    else:
        writer = CsvWriter()
        # A BOM, so spreadsheet programs read Korean and Chinese labels as UTF-8.
        body = "\ufeff" + "".join(writer.writerow(row) for row in csv_rows(document))
        response = HttpResponse(body, content_type="text/csv; charset=utf-8")
        name = "kpis" if dimension == Dimension.OVERALL else f"kpis-{dimension}"
        response["Content-Disposition"] = f'inline; filename="{name}.csv"'
    response["Link"] = LICENCE_LINK
    response["Access-Control-Allow-Origin"] = "*"
    response["Content-Language"] = language
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_GET
def kpis_json(request):
    return _respond(request, Dimension.OVERALL, "json")


@require_GET
def kpis_csv(request):
    return _respond(request, Dimension.OVERALL, "csv")


@require_GET
def kpis_by_dimension(request, dimension: str, fmt: str):
    if dimension not in Dimension.values or fmt not in ("json", "csv"):
        raise Http404
    return _respond(request, dimension, fmt)


@require_GET
def readme(request):
    language = open_data_language(request.GET.get("lang"))
    with override(language):
        context = {
            "files": open_data_links(),
            "kpis": public_definitions(),
            "language": language,
            "licence_note": LICENCE_NOTE % {"attribution": LICENCE["attribution"]},
            "suppression_note": SUPPRESSION_NOTE,
        }
        body = render_to_string("kpis/open_data_readme.txt", context)
    response = HttpResponse(body, content_type="text/plain; charset=utf-8")
    response["Link"] = LICENCE_LINK
    response["Content-Language"] = language
    return response


@require_GET
def open_data_page(request):
    """`/<lang>/open-data/`: what the open data holds and how to use it, in the visitor's
    language; its file links ask for that language too (`?lang=`)."""
    language = open_data_language(get_language())
    return render(
        request,
        "kpis/open_data.html",
        {
            "files": open_data_links(),
            "kpis": public_definitions(),
            "lang_query": urlencode({"lang": language}),
            "licence_note": LICENCE_NOTE % {"attribution": LICENCE["attribution"]},
            "suppression_note": SUPPRESSION_NOTE,
        },
    )
