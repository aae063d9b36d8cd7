"""The public forms fuzzed with hypothesis through the whole stack (middleware, CSRF-free test
client, form, service, database): registration, feedback, follow-up, the after-event survey and
the tracking-code lookup. Whatever is posted — any Unicode, wrong types, missing and extra
fields, huge values — the answer is never a server error.

Bounded and repeatable for CI: derandomized, FUZZ_EXAMPLES (40) examples per form."""

import os
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.participation.registrations.helpers import attend

from .conftest import feedback_form, registration_form

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

# Text as browsers and scripts send it: any code point that UTF-8 can carry, NULs included.
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
tricky = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "1e309",
        "NaN",
        "9" * 40,
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\x00",
        "\u202e",
        "가" * 5000,
        "a@b",
        "@",
        "x" * 300 + "@example.org",
    ]
)
value = st.one_of(any_text, tricky, st.integers().map(str))
# A changed field is left out (None), takes any value, or several values at once.
field = st.one_of(st.none(), value, st.lists(value, max_size=3))


def overrides(names):
    """Up to four fields changed, the rest as a person fills them in: so that the services
    behind valid-looking submissions are fuzzed too, not only the forms' validation."""
    return st.dictionaries(st.sampled_from(names), field, max_size=4)


def post(client, url, base, changes):
    data = dict(base)
    for name, changed in changes.items():
        if changed is None:
            data.pop(name, None)
        else:
            data[name] = changed
    response = client.post(url, data)
    assert response.status_code < 500, (url, data)
    return response


@pytest.fixture
def fuzz_settings(settings):
    settings.FEEDBACK_RATE_LIMIT_PER_HOUR = 1_000_000
    settings.REGISTRATION_RATE_LIMIT_PER_MINUTE = 1_000_000


REGISTRATION_FIELDS = [
    "name",
    "email",
    "phone",
    "nationality",
    "preferred_language",
    "interpretation_language",
    "accessibility_needs",
    "party_size",
    "consent",
    "csrfmiddlewaretoken",
]


def test_registration_form(event, fuzz_settings):
    client = Client()

    @FUZZ
    @given(changes=overrides(REGISTRATION_FIELDS), language=st.sampled_from(["ko", "en", "vi"]))
    def run(changes, language):
        post(client, f"/{language}/registrations/event/{event.pk}/", registration_form(), changes)

    run()


FEEDBACK_FIELDS = [
    "kind",
    "category",
    "text",
    "related_page",
    "location_text",
    "latitude",
    "longitude",
    "contact_name",
    "contact_email",
    "website",
    "consent",
]


def test_feedback_form(category, fuzz_settings):
    client = Client()

    @FUZZ
    @given(changes=overrides(FEEDBACK_FIELDS), language=st.sampled_from(["ko", "zh-hans", "ja"]))
    def run(changes, language):
        post(client, f"/{language}/feedback/", feedback_form(category), changes)

    run()


def test_follow_up_rating_and_reopen_forms(submit, fuzz_settings):
    item = submit()
    client = Client()
    base = f"/en/feedback/status/{item.tracking_code}"

    @FUZZ
    @given(
        action=st.sampled_from(["follow-up", "rate", "reopen"]),
        changes=overrides(["text", "rating"]),
    )
    def run(action, changes):
        post(client, f"{base}/{action}/", {"text": "More details.", "rating": "4"}, changes)

    run()


def test_survey_form(event, fuzz_settings):
    event.starts_at = timezone.now() - timedelta(hours=5)
    event.ends_at = timezone.now() - timedelta(hours=3)
    event.save_revision().publish()
    registration = attend(event, name="Attendee", email="attendee@example.org")
    client = Client()
    url = f"/en/registrations/{registration.ticket_token}/survey/"

    @FUZZ
    @given(changes=overrides(["rating", "comment"]))
    def run(changes):
        post(client, url, {"rating": "5", "comment": "Great event"}, changes)

    run()


def test_tracking_code_lookup(submit):
    submit()
    client = Client()

    @FUZZ
    @given(code=st.one_of(value, st.lists(value, min_size=2, max_size=3)))
    def run(code):
        response = client.get("/en/feedback/status/", {"code": code})
        assert response.status_code < 500, code

    run()


def test_generated_ids_charsets_and_sizes(event, category, fuzz_settings, settings):
    """Classes, not values: ids of any size in the id routes, any charset on a form body,
    bodies around the upload limit."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 20_000  # the limit's behaviour, at a tenth of the cost
    client = Client(raise_request_exception=False)

    @FUZZ
    @given(
        number=st.integers(min_value=0, max_value=2**200),
        charset=st.one_of(
            st.sampled_from(["utf-16", "utf-32", "cp037", "utf-7", "hz", "latin-1", "UTF-8"]),
            st.text(
                st.characters(min_codepoint=33, max_codepoint=126, exclude_characters=';,"'),
                min_size=1,
                max_size=12,
            ),
        ),
        size=st.integers(min_value=0, max_value=40_000),
        multipart=st.booleans(),
    )
    def run(number, charset, size, multipart):
        for url in (f"/ko/registrations/event/{number}/", f"/en/registrations/check-in/{number}/"):
            assert client.get(url).status_code < 500, url
        fields = {**feedback_form(category), "text": "x" * size}
        if multipart:
            body = (
                "".join(
                    f'--B\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
                    for name, value in fields.items()
                )
                + "--B--\r\n"
            )
            content_type = f"multipart/form-data; boundary=B; charset={charset}"
        else:
            body = "&".join(f"{name}={value}" for name, value in fields.items())
            content_type = f"application/x-www-form-urlencoded; charset={charset}"
        try:
            encoded = body.encode(charset, errors="replace")
        except LookupError:
            encoded = body.encode()
        response = client.generic("POST", "/ko/feedback/", encoded, content_type=content_type)
        assert response.status_code < 500, (charset, size, multipart)

    run()
