"""CSRF: every form that changes something refuses a POST without the token (403) and writes
nothing. The only CSRF-exempt views are APIs that do not take the session as proof: Open311
(api_key), and Wagtail's and wagtail-localize's REST views, which check CSRF themselves
whenever they accept the session."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.models import Page

from participation.feedback.models import ApiKey, FeedbackItem
from participation.registrations import services as registration_services
from participation.registrations.models import Registration
from tests.factories import StaffUserFactory, UserFactory
from tests.participation.registrations.helpers import attend

from .conftest import client_for, feedback_form, png_bytes, registration_form, upload

pytestmark = pytest.mark.django_db

# Views that may be CSRF-exempt, each with the reason (the tests below prove the reason).
EXEMPT_BY_DESIGN = {
    "participation.open311.views": "Open311: clients authenticate with api_key, not a session",
    "wagtail.admin.api.views": "Wagtail admin API (DRF): SessionAuthentication enforces CSRF",
    "wagtail.images.api.admin.views": "as above",
    "wagtail.documents.api.admin.views": "as above",
    "wagtail_localize.views.edit_translation": "DRF @api_view with SessionAuthentication",
    "wagtail_localize.views.snippets_api": "DRF viewset, read-only",
    "allauth.socialaccount.providers.google.views": "Google One Tap: g_csrf_token cookie",
    "participation.proposals.unsubscribe_views": "RFC 8058 one-click: the signed token, no session",
}


def _patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def test_only_apis_that_check_their_own_credentials_are_csrf_exempt():
    exempt = {
        route: callback.__module__
        for route, callback in _patterns(get_resolver())
        if getattr(callback, "csrf_exempt", False)
    }
    assert exempt, "the Open311 API at least is exempt"
    unexpected = {
        route: module for route, module in exempt.items() if module not in EXEMPT_BY_DESIGN
    }
    assert unexpected == {}


def table_counts() -> dict[str, int]:
    """Rows in every table but sessions: what a refused POST must leave as it was."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.label not in ("sessions.Session",) and not model._meta.proxy
    }


@pytest.fixture
def strict():
    return Client(enforce_csrf_checks=True)


def refused(client, url, data=None, **extra):
    """POST without a token: 403, and no table changed."""
    before = table_counts()
    response = client.post(url, data or {}, **extra)
    assert response.status_code == 403, (url, response.status_code)
    assert table_counts() == before, url
    return response


def test_the_token_is_what_makes_the_difference(strict, category):
    """The same POST with the token from the form page goes through."""
    page = strict.get("/en/feedback/")
    token = page.cookies["csrftoken"].value
    response = strict.post(
        "/en/feedback/", {**feedback_form(category), "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert FeedbackItem.objects.count() == 1


def test_a_token_from_another_browser_is_refused(strict, category):
    other = Client(enforce_csrf_checks=True)
    other.get("/en/feedback/")
    stolen = other.cookies["csrftoken"].value
    strict.get("/en/feedback/")
    refused(
        strict, "/en/feedback/", {**feedback_form(category), "csrfmiddlewaretoken": stolen[::-1]}
    )


# --- Resident forms ----------------------------------------------------------------------------


def test_feedback_forms(strict, category, submit):
    item = submit()
    refused(
        strict, "/en/feedback/", feedback_form(category, attachments=upload("a.png", png_bytes()))
    )
    base = f"/en/feedback/status/{item.tracking_code}"
    refused(strict, f"{base}/follow-up/", {"text": "more"})
    refused(strict, f"{base}/rate/", {"rating": "5"})
    refused(strict, f"{base}/reopen/", {"text": "again"})
    refused(strict, f"{base}/erase/")
    item.refresh_from_db()
    assert item.personal_data_erased_at is None


def test_registration_forms(strict, event, make_survey_ready):
    refused(strict, f"/en/registrations/event/{event.pk}/", registration_form())
    registration = registration_services.register(
        event=event, name="Kim", email="kim@example.org", consent=True, preferred_language="en"
    )
    token = registration.ticket_token
    for action in ("cancel", "accept", "decline"):
        refused(strict, f"/en/registrations/{token}/{action}/")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    attended = make_survey_ready()
    refused(strict, f"/en/registrations/{attended.ticket_token}/survey/", {"rating": "5"})


@pytest.fixture
def make_survey_ready(event):
    def make():
        event.starts_at = timezone.now() - timedelta(hours=5)
        event.ends_at = timezone.now() - timedelta(hours=3)
        event.save_revision().publish()
        return attend(event, name="Attendee", email="attendee@example.org")

    return make


def test_check_in_form(event):
    manager = StaffUserFactory()
    registration = registration_services.register(
        event=event, name="Lee", email="lee@example.org", consent=True, preferred_language="en"
    )
    refused(
        client_for(manager, enforce_csrf_checks=True),
        f"/en/registrations/check-in/{event.pk}/",
        {"code": registration.ticket_token},
    )


def test_account_forms(strict):
    user = UserFactory(email="member@example.org")
    refused(strict, "/en/accounts/login/", {"login": user.email, "password": "x"})
    refused(strict, "/en/accounts/signup/", {"email": "new@example.org", "password1": "Aa1!" * 4})
    refused(strict, "/en/accounts/password/reset/", {"email": user.email})
    refused(strict, "/en/accounts/login/code/", {"email": user.email})
    signed_in = client_for(user, enforce_csrf_checks=True)
    refused(signed_in, "/en/accounts/logout/")
    refused(signed_in, "/en/accounts/email/", {"email": "second@example.org", "action_add": ""})
    refused(
        signed_in,
        "/en/accounts/password/change/",
        {"oldpassword": "x", "password1": "N3w-secret!", "password2": "N3w-secret!"},
    )


def test_the_language_switcher_writes_nothing(strict, home_pages):
    """A GET link that only sets the language cookie and redirects: no row is written, so a
    cross-site GET achieves nothing; a POST to it is refused like any other without a token."""
    before = table_counts()
    response = strict.get("/language/en/?next=/ko/")
    assert response.status_code == 302
    assert table_counts() == before
    refused(strict, "/language/en/?next=/ko/")


# --- Staff forms in the admin ------------------------------------------------------------------


def test_feedback_admin_actions(submit, member, department):
    item = submit()
    message = item.messages.get()
    staff = client_for(member, enforce_csrf_checks=True)
    base = f"/admin/feedback/{item.pk}"
    refused(staff, f"{base}/reply/", {"reply-text": "답변"})
    refused(staff, f"{base}/note/", {"note-text": "메모"})
    refused(staff, f"{base}/status/", {"status-status": "closed"})
    refused(staff, f"{base}/department/", {"department-department": department.pk})
    refused(staff, f"{base}/language/", {"language-language": "ko"})
    refused(
        staff, f"{base}/messages/{message.pk}/translation/", {f"translation-{message.pk}-text": "x"}
    )


def test_registration_and_kpi_admin_actions(event):
    manager = StaffUserFactory()
    helper = UserFactory(is_staff=True)
    staff = client_for(manager, enforce_csrf_checks=True)
    refused(
        staff,
        reverse("registrations_admin_add_check_in_staff", args=[event.pk]),
        {"email": helper.email},
    )
    refused(staff, reverse("registrations_admin_remove_check_in_staff", args=[event.pk, helper.pk]))
    refused(staff, reverse("kpis_admin_recompute"))
    csv = upload("values.csv", b"code,period_kind,period_start,dimension,value,source\n")
    refused(staff, reverse("kpis_admin_import"), {"file": csv})


def test_wagtail_and_django_admin_forms(event):
    superuser = StaffUserFactory()
    staff = client_for(superuser, enforce_csrf_checks=True)
    refused(staff, f"/admin/pages/{event.pk}/edit/", {"title": "hijacked", "slug": "x"})
    refused(staff, f"/admin/pages/{event.pk}/delete/")
    refused(staff, "/django-admin/accounts/user/add/", {"email": "evil@example.org"})
    refused(staff, f"/django-admin/accounts/user/{superuser.pk}/delete/", {"post": "yes"})
    assert Page.objects.get(pk=event.pk).title != "hijacked"


def test_wagtail_rest_apis_check_csrf_for_session_users(event):
    """Exempt from the middleware, but DRF's SessionAuthentication refuses an unsafe request
    without the token."""
    staff = client_for(StaffUserFactory(), enforce_csrf_checks=True)
    response = staff.post(
        f"/admin/api/main/pages/{event.pk}/action/copy/",
        {"destination_page_id": event.get_parent().pk},
        content_type="application/json",
    )
    assert response.status_code == 403
    response = staff.put(
        "/admin/localize/translate/1/strings/1/edit/",
        {"value": "x"},
        content_type="application/json",
    )
    assert response.status_code == 403


# --- Open311: exempt by design, and the session is no substitute for the api_key ---------------


def open311_post(client, **fields):
    data = {
        "service_code": "streetlight",
        "description": "가로등이 꺼져 있습니다.",
        "address_string": "역삼로 123",
    }
    data.update(fields)
    return client.post("/open311/v2/requests.json", data)


def test_open311_post_needs_no_csrf_token_but_an_api_key(strict, category):
    _client, key = ApiKey.issue(name="Gangnam Mobile")
    response = open311_post(strict, api_key=key)
    assert response.status_code == 200, response.content
    assert FeedbackItem.objects.count() == 1


def test_open311_does_not_take_a_session_instead_of_an_api_key(category):
    """A signed-in staff member's (or resident's) browser, made to POST by another site,
    carries the session cookie but no key: refused, nothing written."""
    for user in (StaffUserFactory(), UserFactory()):
        browser = client_for(user, enforce_csrf_checks=True)
        before = table_counts()
        response = open311_post(browser)
        assert response.status_code == 403
        assert response.json()[0]["code"] == 403
        assert table_counts() == before


def test_open311_refuses_a_revoked_key(strict, category):
    client, key = ApiKey.issue(name="Old client")
    client.is_active = False
    client.save()
    assert open311_post(strict, api_key=key).status_code == 403
    assert not FeedbackItem.objects.exists()
