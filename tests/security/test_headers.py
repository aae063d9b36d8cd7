"""Security headers: the Content-Security-Policy of each part of the site (portal/security.py),
nosniff, Referrer-Policy, frame-ancestors / X-Frame-Options, and HSTS with the other HTTPS
settings in production. The templates are checked for what the public policy forbids, so a
new inline script, event handler or style attribute fails here before it fails in a browser."""

import json
import re
from pathlib import Path

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_sameorigin

from portal.security import ContentSecurityPolicyMiddleware, policy_for
from tests.factories import StaffUserFactory
from tests.portal.test_deploy_check import run_manage

from .conftest import client_for

BASE_DIR = Path(__file__).resolve().parents[2]


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def assert_strict(policy: dict[str, list[str]]) -> None:
    for name in ("script-src", "style-src"):
        assert policy[name] == ["'self'"], name
    assert all("'unsafe-eval'" not in sources for sources in policy.values())
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'self'" in policy["form-action"]


PUBLIC_PAGES = [
    "/ko/",
    "/en/feedback/",
    "/en/feedback/status/",
    "/vi/accounts/login/",
    "/ja/search/?q=kpop",
    "/zh-hans/dashboard/",
    "/en/no-such-page/",
]


@pytest.mark.django_db
def test_public_pages_carry_the_strict_policy_and_the_other_headers(client, home_pages):
    for url in PUBLIC_PAGES:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert_strict(directives(response["Content-Security-Policy"]))
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] in ("same-origin", "no-referrer")
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_pages_carrying_a_secret_never_send_it_to_another_site(client, submit):
    """The status page's address holds the tracking code: no Referer leaves the site with it
    (same-origin, not no-referrer, so that browsers still send an Origin its forms' CSRF
    check accepts)."""
    item = submit()
    response = client.get(f"/en/feedback/status/{item.tracking_code}/")
    assert response.status_code == 200
    assert response["Referrer-Policy"] in ("same-origin", "no-referrer")
    missing = client.get("/en/feedback/status/NOPE/")
    assert missing["Referrer-Policy"] == "no-referrer"
    assert_strict(directives(response["Content-Security-Policy"]))


@pytest.mark.django_db
def test_open311_and_open_data_answers_carry_the_policy_too(client):
    for url in ("/open311/v2/discovery.json", "/open311/v2/openapi.json", "/open-data/kpis.json"):
        response = client.get(url)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_wagtail_admin_has_its_own_relaxed_policy_without_eval(home_pages):
    """Wagtail 8's editor writes inline scripts and styles (see portal/security.py): the
    admin allows them, never eval, and is framed only by itself where Wagtail says so."""
    staff = client_for(StaffUserFactory())
    response = staff.get("/admin/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert all("'unsafe-eval'" not in sources for sources in policy.values())
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    django_admin = staff.get("/django-admin/")
    assert directives(django_admin["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_admin_views_that_show_residents_text_are_strict(home_pages):
    staff = client_for(StaffUserFactory())
    for name in ("feedback_admin_queue", "registrations_admin_overview", "kpis_admin_dashboard"):
        response = staff.get(reverse(name))
        assert response.status_code == 200, name
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], name
        assert policy["style-src"] == ["'self'"], name


def test_framing_by_the_site_itself_where_a_view_allows_it():
    """Wagtail's preview panel frames previews (X-Frame-Options SAMEORIGIN): the policy
    follows, and never allows another site."""

    @xframe_options_sameorigin
    def preview(request):
        return HttpResponse("preview")

    from django.middleware.clickjacking import XFrameOptionsMiddleware

    stack = ContentSecurityPolicyMiddleware(XFrameOptionsMiddleware(preview))
    response = stack(RequestFactory().get("/admin/pages/3/edit/preview/"))
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    assert policy_for("/en/", x_frame_options="DENY")["frame-ancestors"] == ["'none'"]
    assert policy_for("/en/", x_frame_options=None)["frame-ancestors"] == ["'none'"]


def test_a_view_with_its_own_policy_keeps_it():
    def attachment(request):
        response = HttpResponse(b"%PDF-1.4")
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    response = ContentSecurityPolicyMiddleware(attachment)(RequestFactory().get("/x/"))
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_report_only_switch(settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = True
    response = ContentSecurityPolicyMiddleware(lambda request: HttpResponse())(
        RequestFactory().get("/en/")
    )
    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]


@pytest.mark.django_db
def test_hsts_is_sent_over_https_when_configured(client, settings, home_pages):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = client.get("/ko/", secure=True)
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")
    assert "Strict-Transport-Security" not in client.get("/ko/")  # never over plain HTTP


def test_production_settings_enforce_https():
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({k: getattr(s, k)"
        " for k in ['SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD',"
        " 'SECURE_SSL_REDIRECT', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE',"
        " 'LANGUAGE_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SECURE_CONTENT_TYPE_NOSNIFF',"
        " 'SECURE_REFERRER_POLICY', 'X_FRAME_OPTIONS', 'SECURE_PROXY_SSL_HEADER', 'DEBUG']}))"
    )
    result = run_manage("shell", "-c", code)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and values["SECURE_HSTS_PRELOAD"]
    assert values["SECURE_SSL_REDIRECT"]
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["LANGUAGE_COOKIE_SECURE"] and values["SESSION_COOKIE_HTTPONLY"]
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"]
    assert values["SECURE_REFERRER_POLICY"] == "same-origin"
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["DEBUG"] is False


# --- The templates hold what the public policy allows -----------------------------------------

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
STYLE = re.compile(r"<style\b|<[a-z][^>]*\sstyle\s*=", re.I)
JAVASCRIPT_URL = re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I)

# The public site's templates and those of the portal's own (strict) admin views.
STRICT_TEMPLATES = sorted(
    path
    for folder in ("templates", "participation", "cms", "accounts")
    for path in (BASE_DIR / folder).rglob("*.html")
    if folder == "templates" or "templates" in path.parts
)


def test_there_are_templates_to_check():
    assert len(STRICT_TEMPLATES) > 40


@pytest.mark.parametrize(
    "path", STRICT_TEMPLATES, ids=[str(p.relative_to(BASE_DIR)) for p in STRICT_TEMPLATES]
)
def test_template_has_no_inline_script_handler_or_style(path):
    text = path.read_text(encoding="utf-8")
    assert not INLINE_SCRIPT.search(text), "inline <script>: move it to static/js"
    assert not EVENT_HANDLER.search(text), "event-handler attribute: bind it in static/js"
    assert not STYLE.search(text), "inline style: use a class in static/css"
    assert not JAVASCRIPT_URL.search(text), "javascript: URL"


def test_static_scripts_write_no_markup_from_data():
    """The public scripts put text with textContent, never innerHTML and never eval."""
    for path in sorted((BASE_DIR / "static" / "js").glob("*.js")):
        code = path.read_text(encoding="utf-8")
        for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function"):
            assert forbidden not in code, (path.name, forbidden)
        assert "document.write" not in code, path.name
