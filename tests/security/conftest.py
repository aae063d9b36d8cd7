"""Fixtures and checks shared by the security suite: an attacker's payloads, a complaint and an
event to carry them, staff of two departments, and a parser that tells live markup from text."""

import io

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from PIL import Image

from tests.conftest import restore_wagtail_base_data
from tests.factories import (
    DepartmentFactory,
    FeedbackStaffFactory,
    ServiceCategoryFactory,
    in_english,
)

# Script and event-handler payloads, each with its own marker so a hit names the payload.
XSS_PAYLOADS = [
    "<script>alert('xss-script')</script>",
    "<img src=x onerror=alert('xss-img')>",
    "\"><svg onload=alert('xss-svg')>",
    "'><iframe src=javascript:alert('xss-iframe')></iframe>",
    "javascript:alert('xss-url')",
    "<a href=\"javascript:alert('xss-link')\">click</a>",
    "' autofocus onfocus='alert(`xss-attr`)' x='",
    "</textarea><script>alert('xss-textarea')</script>",
    "<details open ontoggle=alert('xss-details')>",
]
# One string that carries all of them, for fields that show a single value.
XSS_ALL = " ".join(XSS_PAYLOADS)
SHORT_PAYLOAD = XSS_PAYLOADS[1]  # fits any name field


URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data")


def parse(html: bytes | str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def live_markup(html: bytes | str) -> list[str]:
    """What would run in a browser: script elements with code in them, event-handler
    attributes, and javascript: URLs. The portal's own templates have none of these (their
    scripts are files, their JSON-LD and JSON blocks are data), so anything found is injected."""
    soup = parse(html)
    found = []
    for script in soup.find_all("script"):
        kind = (script.get("type") or "text/javascript").lower()
        if script.get("src") is None and kind not in ("application/ld+json", "application/json"):
            found.append(f"inline script: {script.string!r}")
        elif "alert(" in (script.string or ""):
            found.append(f"payload inside a data block: {script.string!r}")
    for element in soup.find_all(True):
        for attribute, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attribute.lower().startswith("on"):
                found.append(f"<{element.name} {attribute}={text!r}>")
            url = "".join(text.split()).lower()  # browsers ignore whitespace in a URL
            if attribute.lower() in URL_ATTRIBUTES and url.startswith("javascript:"):
                found.append(f"<{element.name} {attribute}={text!r}>")
    return found


def assert_inert(html: bytes | str, *, shown: str | None = None) -> None:
    """No live markup in the page; `shown`, when given, is there as text (escaped)."""
    assert live_markup(html) == []
    if shown is not None:
        assert shown in parse(html).get_text(), f"{shown!r} is not shown as text"


def png_bytes(color="red", size=(16, 16)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(color="blue", size=(16, 16)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def upload(name: str, content: bytes) -> io.BytesIO:
    file = io.BytesIO(content)
    file.name = name
    return file


def feedback_form(category, **overrides) -> dict:
    data = {
        "kind": "complaint",
        "category": category.pk,
        "text": "The street light in front of 123 Yeoksam-ro has been broken for a week.",
        "related_page": "",
        "location_text": "역삼동 123",
        "latitude": "",
        "longitude": "",
        "contact_name": "Resident",
        "contact_email": "resident@example.org",
        "website": "",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def registration_form(**overrides) -> dict:
    data = {
        "name": "Nguyễn Văn An",
        "email": "an@example.org",
        "phone": "",
        "nationality": "VN",
        "preferred_language": "en",
        "interpretation_language": "",
        "accessibility_needs": "",
        "party_size": "1",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def client_for(user, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _no_staff_mfa(no_staff_mfa):
    """The security tests reach the admin without an authenticator."""


@pytest.fixture
def department(db):
    restore_wagtail_base_data()  # the locales the forms need, after a transactional test
    return DepartmentFactory(
        code="foreign-residents", name_ko="외국인주민지원과", name_en="Foreign"
    )


@pytest.fixture
def category(department):
    return ServiceCategoryFactory(
        code="streetlight", name_ko="가로등", name_en="Street light", department=department
    )


@pytest.fixture
def parks(db):
    return DepartmentFactory(code="parks", name_ko="공원녹지과", name_en="Parks")


@pytest.fixture
def parks_category(parks):
    return ServiceCategoryFactory(code="parks", name_ko="공원", name_en="Parks", department=parks)


@pytest.fixture
def outsider(parks):
    """Staff with queue access, in another department."""
    user = in_english(FeedbackStaffFactory())
    parks.members.add(user)
    return user


@pytest.fixture
def feedback_fields(feedback_fields):
    return {
        **feedback_fields,
        "text": "The street light has been broken for a week.",
        "site_language": "en",
    }


@pytest.fixture
def event(make_event):
    return make_event(title="다국어 거버넌스 데이 2026", slug="2026", max_party_size=2)
