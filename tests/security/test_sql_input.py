"""SQL-looking and otherwise awkward input — quotes and comments, NUL bytes, very long strings,
right-to-left and zero-width characters — is stored exactly as typed and shown back exactly as
typed, or refused with a message; never a server error, never a changed query."""

import pytest
from django.test import Client

from participation.feedback.conf import MAX_TEXT_LENGTH
from participation.feedback.models import ApiKey, FeedbackItem, Message
from participation.registrations.models import Registration

from .conftest import feedback_form, parse, registration_form

pytestmark = pytest.mark.django_db

AWKWARD = [
    "'; DROP TABLE feedback_feedbackitem; --",
    "' OR 1=1 --",
    '" OR ""="',
    "Robert'); DROP TABLE registrations_registration;--",
    "1; SELECT pg_sleep(5); --",
    "admin'/*",
    "%' AND 1=0 UNION SELECT email, password FROM accounts_user --",
    "\\'; \\\\ %_ $$ $1 ?",
    "مرحبا \u202eevil.exe\u202c שלום",  # right-to-left text and an override
    "zero\u200bwidth\u200cjoin\u200d\ufeffbom\u2060word",
    "강남구 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301",
]


def page_text(response) -> str:
    return parse(response.content).get_text()


@pytest.mark.parametrize("text", AWKWARD)
def test_feedback_text_and_name_are_kept_verbatim(client, category, text):
    response = client.post("/en/feedback/", feedback_form(category, text=text, contact_name=text))
    assert response.status_code == 302, response.content.decode()[:1000]
    item = FeedbackItem.objects.get()
    assert item.messages.get().text == text
    assert item.contact_name == text
    page = client.get(response["Location"].removesuffix("sent/"))  # the status page
    assert page.status_code == 200
    assert text in page_text(page)
    assert FeedbackItem.objects.count() == 1  # and the table is still there


def test_registration_name_is_kept_verbatim(client, event, settings):
    settings.REGISTRATION_RATE_LIMIT_PER_MINUTE = 100
    for number, text in enumerate(AWKWARD):
        email = f"sql{number}@example.org"
        data = registration_form(name=text, accessibility_needs=text, email=email)
        response = client.post(f"/en/registrations/event/{event.pk}/", data)
        assert response.status_code == 302, (text, response.content.decode()[:1000])
        registration = Registration.objects.get(email=email)
        assert registration.name == text
        assert registration.accessibility_needs == text
        page = client.get(f"/en/registrations/{registration.ticket_token}/")
        assert text in page_text(page), text


def test_search_answers_every_query(client, home_pages):
    for query in [*AWKWARD, "a" * 5000]:
        response = client.get("/en/search/", {"q": query})
        assert response.status_code == 200, query
        if len(query) < 200:
            field = parse(response.content).find("input", id="search-query")
            assert field is not None and field.get("value") == query


@pytest.mark.parametrize("code", [*AWKWARD, "A" * 5000])
def test_tracking_code_lookup_answers_every_code(client, code):
    response = client.get("/en/feedback/status/", {"code": code})
    assert response.status_code == 200
    response = client.get(f"/en/feedback/status/{code.replace('/', '')}/")
    assert response.status_code in (301, 404)


NUL_REQUESTS = [
    ("get", "/en/search/?q=%00", None),
    ("get", "/en/search/?q=kpop%00' OR 1=1", None),
    ("get", "/en/registrations/%00/", None),
    ("get", "/en/feedback/status/%00/", None),
    ("get", "/en/feedback/status/?code=%00", None),
    ("get", "/en/dashboard/?year=2026%00", None),
    ("get", "/open-data/kpis.json?lang=%00", None),
    ("get", "/language/en/?next=/%00", None),
    ("get", "/en/accounts/login/?next=%00", None),
    ("post", "/en/feedback/", "form"),
    ("post", "/en/accounts/login/", {"login": "a@example.org\x00", "password": "x"}),
]


@pytest.mark.parametrize(("method", "url", "data"), NUL_REQUESTS)
def test_nul_characters_are_a_400_not_a_server_error(client, category, method, url, data):
    """No text column can hold a NUL (PostgreSQL refuses it): portal.security refuses any
    request carrying one before a view could pass it to a query."""
    if data == "form":
        data = feedback_form(category, text="broken\x00light")
    before = FeedbackItem.objects.count()
    response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
    assert response.status_code == 400
    assert FeedbackItem.objects.count() == before


def test_nul_characters_reach_open311_clients_in_the_spec_format(client):
    response = client.get("/open311/v2/requests.json", {"service_code": "x\x00", "locale": "ko"})
    assert response.status_code == 400
    (error,) = response.json()
    assert error == {"code": 400, "description": "매개변수에 널 문자가 들어 있으면 안 됩니다."}
    xml = client.get("/open311/v2/requests.xml", {"service_code": "\x00"})
    assert xml.status_code == 400
    assert b"<code>400</code>" in xml.content
    assert b"null characters" in xml.content


def test_nul_in_the_registration_form_stores_nothing(client, event):
    response = client.post(
        f"/en/registrations/event/{event.pk}/", registration_form(name="Kim\x00Min")
    )
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_very_long_input_is_kept_up_to_the_limit_and_refused_beyond(client, category):
    longest = ("가나다라 ' OR 1=1 -- " * 1000)[: MAX_TEXT_LENGTH - 1] + "끝"
    response = client.post("/en/feedback/", feedback_form(category, text=longest))
    assert response.status_code == 302
    assert Message.objects.get().text == longest
    response = client.post(
        "/en/feedback/",
        feedback_form(category, text=longest + "x", contact_name="n" * 201),
    )
    assert response.status_code == 200
    assert "Ensure this value has at most" in page_text(response)
    assert FeedbackItem.objects.count() == 1


def test_open311_keeps_the_description_verbatim_and_reads_it_back(category, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 100
    _client, key = ApiKey.issue(name="Gangnam Mobile")
    client = Client()
    for text in AWKWARD:
        response = client.post(
            "/open311/v2/requests.json",
            {
                "api_key": key,
                "service_code": category.code,
                "description": text,
                # A typed place repeated in the text is masked when published: kept apart here.
                "address_string": "테헤란로 152",
            },
        )
        assert response.status_code == 200, response.content
        request_id = response.json()[0]["service_request_id"]
        item = FeedbackItem.objects.get(tracking_code__isnull=False, pk=_pk(request_id))
        assert item.messages.get().text == text
        read = client.get(f"/open311/v2/requests/{request_id}.json")
        assert read.status_code == 200
        assert read.json()[0]["description"] == text


def _pk(request_id):
    from participation.open311 import selectors

    return selectors.request_by_id(request_id).pk


@pytest.mark.parametrize("value", [*AWKWARD, "9" * 400])
def test_open311_queries_with_awkward_parameters(client, category, value):
    for params in (
        {"service_code": value},
        {"service_request_id": value},
        {"status": value},
        {"start_date": value},
        {"locale": value},
    ):
        response = client.get("/open311/v2/requests.json", params)
        assert response.status_code in (200, 400), (params, response.status_code)
    response = client.get(f"/open311/v2/services/{value.replace('/', '')}.json")
    assert response.status_code in (400, 404)
