"""Open data: the JSON validates against the schema in the OpenAPI document, the CSV parses,
labels follow ?lang=, the licence is stated, small groups are "<5" and nothing is personal."""

import csv
import io
import json

import pytest
from jsonschema import Draft202012Validator

from participation.kpis import openapi
from participation.kpis.selectors.open_data import CSV_COLUMNS

from .helpers import attend, feedback, kst, recompute

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures(make_program, make_event):
    program = make_program(cluster="C3", axis="industry")
    event = make_event(program, kst(2026, 1, 20, 18))
    for n in range(6):
        attend(
            event,
            email=f"p{n}@example.org",
            at=kst(2026, 1, 20, 18),
            nationality="KR",
            language="en",
        )
    for n in range(3):
        attend(
            event,
            email=f"f{n}@example.org",
            at=kst(2026, 1, 20, 18),
            nationality="VN",
            language="vi",
        )
    for n in range(8):
        attend(event, email=f"j{n}@example.org", at=kst(2026, 1, 20, 18), nationality="JP")
    for n in range(7):
        feedback(
            program=program, created_at=kst(2026, 1, 5), contact_email=f"writer{n}@example.org"
        )
    recompute("2026-01", "2026-01", now=kst(2026, 2, 15))
    return program


def validator():
    schemas = openapi.schemas()
    return Draft202012Validator(
        {"$ref": "#/components/schemas/KpiOpenData", "components": {"schemas": schemas}}
    )


def get_json(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert 'rel="license"' in response["Link"]
    return json.loads(response.content)


@pytest.mark.parametrize(
    "url",
    [
        "/open-data/kpis.json",
        "/open-data/kpis.json?lang=en&period=month&year=2026",
        "/open-data/kpis/cluster.json?lang=ja",
        "/open-data/kpis/nationality.json",
        "/open-data/kpis/language.json?lang=vi",
        "/open-data/kpis/program.json?lang=zh-hans",
    ],
)
def test_the_json_validates(client, figures, url):
    document = get_json(client, url)
    errors = [error.message for error in validator().iter_errors(document)]
    assert errors == []
    assert document["values"]


def test_labels_follow_lang_and_default_to_korean(client, figures):
    korean = get_json(client, "/open-data/kpis.json")
    english = get_json(client, "/open-data/kpis.json?lang=en")
    names = {kpi["code"]: kpi["name"] for kpi in korean["kpis"]}
    assert names["trust_index"] == "신뢰지수"
    assert {kpi["code"]: kpi["name"] for kpi in english["kpis"]}["trust_index"] == "Trust Index"
    assert korean["language"] == "ko" and english["language"] == "en"
    assert "KOGL" in english["licence"]["name"] and english["licence"]["url"].startswith("https://")


def test_small_groups_are_suppressed(client, figures):
    document = get_json(client, "/open-data/kpis/nationality.json?period=month")
    by_key = {v["key"]: v for v in document["values"] if v["kpi"] == "check_ins"}
    assert by_key["VN"]["value"] == "<5" and by_key["VN"]["inputs"] is None
    # KR (6) would give VN away by subtraction from the total: hidden too; JP (8) shown.
    assert by_key["KR"]["value"] == "<5"
    assert by_key["JP"]["value"] == 8
    languages = get_json(client, "/open-data/kpis/language.json?period=year")
    by_key = {v["key"]: v for v in languages["values"] if v["kpi"] == "registrations"}
    assert (by_key["vi"]["value"], by_key["en"]["value"], by_key["ko"]["value"]) == ("<5", "<5", 8)
    assert by_key["vi"]["numerator"] is None


def test_nothing_personal(client, figures):
    for url in ("/open-data/kpis.json", "/open-data/kpis/program.csv", "/open-data/kpis.csv"):
        body = client.get(url).content.decode()
        assert "@example.org" not in body


def test_the_csv_parses(client, figures):
    response = client.get("/open-data/kpis/cluster.csv?lang=en")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'rel="license"' in response["Link"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    trust = [r for r in records if r["kpi"] == "trust_index" and r["period"] == "2026-01"]
    assert trust and trust[0]["key"] == "C3" and trust[0]["kpi_name"] == "Trust Index"
    external = [r for r in records if r["source"] == "external"]
    assert {r["key"] for r in external} >= {"C1", "C2", "C3", "C4"}
    assert all(r["source_note"] for r in external)


def test_readme_states_the_licence(client, figures):
    response = client.get("/open-data/README.txt?lang=en")
    assert response.status_code == 200
    text = response.content.decode()
    assert "KOGL" in text and "trust_index" in text and "<5" in text


def test_wrong_parameters(client, db):
    assert client.get("/open-data/kpis.json?period=week").status_code == 400
    assert client.get("/open-data/kpis.json?year=26").status_code == 400
    assert client.get("/open-data/kpis/planet.json").status_code == 404
    assert client.get("/open-data/kpis/cluster.xml").status_code == 404


def test_the_openapi_document_lists_the_open_data(client, db):
    document = json.loads(client.get("/open311/v2/openapi.json").content)
    assert {
        "/open-data/kpis.json",
        "/open-data/kpis.csv",
        "/open-data/kpis/{dimension}.{format}",
    } <= set(document["paths"])
    assert "KpiOpenData" in document["components"]["schemas"]


def test_labels_editors_control_cannot_run_as_formulas(client, make_program, make_event):
    program = make_program(cluster="C3", axis="industry", title='=HYPERLINK("http://x.example")')
    event = make_event(program, kst(2026, 1, 20, 18))
    for n in range(6):
        attend(event, email=f"p{n}@example.org", at=kst(2026, 1, 20, 18), nationality="KR")
    recompute("2026-01", "2026-01", now=kst(2026, 2, 15))

    response = client.get("/open-data/kpis/program.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    labels = {row[CSV_COLUMNS.index("label")] for row in rows[1:]}
    assert '\'=HYPERLINK("http://x.example")' in labels
    assert not any(label.startswith("=") for label in labels)
