"""/open-data/proposals.json and .csv: the published proposals without their authors, with the
KPIs (statistics.py); one address for every language, KOGL Type 1 like the KPI open data."""

from django.http import JsonResponse, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from participation.kpis.selectors.open_data import LICENCE
from portal.csv_files import CsvWriter

from .statistics import OPEN_DATA_FIELDS, open_data_rows, proposal_kpis


@require_GET
def proposals_json(request):
    document = {
        "licence": LICENCE,
        "generated_at": timezone.now().isoformat(),
        "kpis": proposal_kpis(now=timezone.now()),
        "proposals": list(open_data_rows()),
    }
    return JsonResponse(document, json_dumps_params={"ensure_ascii": False})


@require_GET
def proposals_csv(request):
    writer = CsvWriter()

    def lines():
        yield "\ufeff" + writer.writerow(OPEN_DATA_FIELDS)
        for row in open_data_rows():
            yield writer.writerow([row[field] for field in OPEN_DATA_FIELDS])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="proposals.csv"'
    return response
