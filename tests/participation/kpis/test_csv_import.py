"""Values from outside the portal imported from CSV: every row or none, with a report of each
wrong row."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation

from participation.kpis.errors import ImportRejected
from participation.kpis.models import ExternalKpiValue
from participation.kpis.services.external_values import import_external_values
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db

HEADER = "kpi,period,dimension,key,value,source\n"
GOOD = HEADER + (
    "news_trust_index,2026,cluster,c1,0.93,Press monitoring 2026\n"
    "news_trust_index,2026-Q1,overall,,0.9,Press monitoring 2026\n"
)
BAD = HEADER + (
    "news_trust_index,2026,cluster,C2,0.88,Press monitoring 2026\n"  # line 2: fine
    "no_such_kpi,2026,overall,,0.9,Somewhere\n"  # 3
    "trust_index,2026,overall,,0.9,Somewhere\n"  # 4: computed by the portal
    "news_trust_index,2026-13,cluster,C9,zero,\n"  # 5: four mistakes
    "news_trust_index,2026,cluster,C2,0.87,Again\n"  # 6: repeats line 2
)


@pytest.fixture
def clusters_in_db(clusters):
    return clusters


def test_a_good_file_is_imported(clusters_in_db):
    staff = StaffUserFactory()
    assert import_external_values(data=GOOD.encode(), entered_by=staff) == 2
    value = ExternalKpiValue.objects.get(period_start__year=2026, dimension="cluster")
    assert (value.dimension_key, value.value, value.entered_by) == ("C1", Decimal("0.93"), staff)
    # Importing again replaces, it does not duplicate.
    import_external_values(data=GOOD.replace("0.93", "0.95").encode())
    assert ExternalKpiValue.objects.filter(period_start__year=2026).count() == 2
    assert ExternalKpiValue.objects.get(
        dimension_key="C1", period_start__year=2026
    ).value == Decimal("0.95")


def test_a_file_with_errors_imports_nothing_and_reports_each_row(clusters_in_db):
    before = ExternalKpiValue.objects.count()
    with pytest.raises(ImportRejected) as rejected, translation.override("en"):
        import_external_values(data=BAD.encode())
    assert ExternalKpiValue.objects.count() == before  # not even line 2
    with translation.override("en"):
        errors = {line: [str(m) for m in messages] for line, messages in rejected.value.errors}
    assert sorted(errors) == [3, 4, 5, 6]
    assert errors[3] == ["Unknown KPI code “no_such_kpi”."]
    assert "computed by the portal" in errors[4][0]
    assert len(errors[5]) == 4  # period, cluster, value, source
    assert errors[6] == ["This row repeats row 2."]


def test_the_report_is_translated(clusters_in_db):
    with pytest.raises(ImportRejected) as rejected:
        import_external_values(data=BAD.encode())
    message = rejected.value.errors[0][1][0]
    with translation.override("en"):
        english = str(message)
    with translation.override("ko"):
        korean = str(message)
    assert "no_such_kpi" in english and "no_such_kpi" in korean


def test_not_a_csv_table(db):
    with pytest.raises(ImportRejected):
        import_external_values(data="\xff\xfe".encode("latin-1"))
    with pytest.raises(ImportRejected):
        import_external_values(data=b"a,b\n1,2\n")
    with pytest.raises(ImportRejected):
        import_external_values(data=HEADER.encode())


def test_admin_upload_reports_rows_and_imports_nothing(client, clusters_in_db):
    client.force_login(StaffUserFactory())
    before = ExternalKpiValue.objects.count()
    upload = SimpleUploadedFile("values.csv", BAD.encode(), content_type="text/csv")
    response = client.post("/admin/kpis/import/", {"file": upload})
    assert response.status_code == 400
    assert [line for line, _messages in response.context["errors"]] == [3, 4, 5, 6]
    assert ExternalKpiValue.objects.count() == before
    upload = SimpleUploadedFile("values.csv", GOOD.encode(), content_type="text/csv")
    response = client.post("/admin/kpis/import/", {"file": upload})
    assert response.status_code == 302
    assert ExternalKpiValue.objects.count() == before + 2


def test_management_command(tmp_path, clusters_in_db):
    bad, good = tmp_path / "bad.csv", tmp_path / "good.csv"
    bad.write_text(BAD, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    errors = StringIO()
    with pytest.raises(CommandError):
        call_command("import_kpi_values", str(bad), stderr=errors)
    assert "line 6" in errors.getvalue()
    out = StringIO()
    call_command("import_kpi_values", str(good), stdout=out)
    assert "Values imported: 2." in out.getvalue()


def test_the_report_values_of_2025_are_there(db):
    values = {
        v.dimension_key: v.value
        for v in ExternalKpiValue.objects.filter(
            definition__code="news_trust_index", period_start__year=2025
        )
    }
    assert values == {
        "C1": Decimal("0.91"),
        "C2": Decimal("0.89"),
        "C3": Decimal("0.87"),
        "C4": Decimal("0.90"),
    }
    assert "news-sentiment" in ExternalKpiValue.objects.first().source
