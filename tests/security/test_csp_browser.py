"""The policy holds in a real browser: Debian's Chromium (Playwright) loads the public pages —
home, program, event, registration form, personal registration page, feedback form, status
page, dashboard, sign-in — and the strict admin pages, carrying the XSS payloads, and reports
no Content-Security-Policy violation, no console error and no alert() that ran."""

import pytest
from django.test import Client

from participation.registrations import services as registration_services
from tests.factories import StaffUserFactory
from tests.support.waiting import new_browser_context

from .conftest import SHORT_PAYLOAD, XSS_ALL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Recorded in the page before any of its own scripts run.
COLLECT = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(
  `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`
));
"""
# The violations, read after the events already queued have been dispatched.
FLUSHED_VIOLATIONS = "() => new Promise((done) => setTimeout(() => done(window.__violations)))"


@pytest.fixture
def chromium(browser):
    """The session's Chromium (tests/conftest.py): one Playwright per process."""
    return browser


def visit_all(chromium, base_url, paths, cookies=(), control_policy=None):
    """{path: problems} for each page: CSP violations, console errors, dialogs, bad status."""
    context = new_browser_context(chromium, base_url=base_url)
    context.add_init_script(COLLECT)
    if cookies:
        context.add_cookies(list(cookies))
    page = context.new_page()
    problems: dict[str, list[str]] = {}
    current = {"path": None}

    def on_console(message):
        # A failed load is reported with its address by on_response.
        if message.type == "error" and "Failed to load resource" not in message.text:
            problems[current["path"]].append(f"console: {message.text}")

    def on_response(response):
        # The browser's own guess at /favicon.ico is not the page's doing.
        failed = response.status >= 400 and not response.url.endswith("/favicon.ico")
        if failed and response.url != base_url + current["path"]:
            problems[current["path"]].append(f"{response.status} {response.url}")

    def on_dialog(dialog):
        problems[current["path"]].append(f"dialog (a payload ran): {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("response", on_response)
    page.on("dialog", on_dialog)
    if control_policy:
        # A control page under the same policy with an inline script and a handler: the
        # collector must see both blocked (else a clean result would prove nothing).
        page.route(
            "**/csp-control/",
            lambda route: route.fulfill(
                status=200,
                headers={"Content-Type": "text/html", "Content-Security-Policy": control_policy},
                body="<script>alert('control')</script><img src=x onerror=\"alert('c')\">",
            ),
        )
    for path in paths:
        current["path"] = path
        problems[path] = []
        # "networkidle": every script and style the page asked for has arrived (and was
        # allowed or blocked); then one task turn lets queued violation events fire.
        response = page.goto(path, wait_until="networkidle")
        if response.status >= 400:
            problems[path].append(f"status {response.status}")
        problems[path] += page.evaluate(FLUSHED_VIOLATIONS)
    context.close()
    return problems


@pytest.fixture
def pages(home_pages, event, submit, libretranslate):
    """The paths to visit, with the payloads stored where residents put text."""
    item = submit(text=XSS_ALL, contact_name=SHORT_PAYLOAD)
    registration = registration_services.register(
        event=event,
        name=SHORT_PAYLOAD,
        email="xss@example.org",
        consent=True,
        preferred_language="en",
    )
    program = event.get_parent()
    return {
        "item": item,
        "public": [
            "/ko/",
            "/en/",
            program.url,
            event.url,
            f"/en/registrations/event/{event.pk}/",
            f"/en/registrations/{registration.ticket_token}/",
            "/en/feedback/",
            "/en/feedback/status/",
            f"/en/feedback/status/{item.tracking_code}/",
            "/en/dashboard/",
            "/vi/dashboard/",
            "/en/accounts/login/",
            "/en/search/?q=%3Cscript%3Ealert(1)%3C/script%3E",
        ],
    }


def test_public_pages_run_under_the_policy_without_a_violation(chromium, live_server, pages):
    policy = Client().get("/en/")["Content-Security-Policy"]
    problems = visit_all(
        chromium, live_server.url, [*pages["public"], "/csp-control/"], control_policy=policy
    )
    control = problems.pop("/csp-control/")
    assert any(found.startswith("script-src-elem blocked inline") for found in control), control
    assert any(found.startswith("script-src-attr blocked inline") for found in control), control
    assert not any(found.startswith("dialog") for found in control)
    assert {path: found for path, found in problems.items() if found} == {}
    assert len(problems) == len(pages["public"])


def test_staff_pages_with_residents_text_run_under_the_strict_policy(
    chromium, live_server, pages, event
):
    staff = Client()
    staff.force_login(StaffUserFactory())
    cookie = {
        "name": "sessionid",
        "value": staff.cookies["sessionid"].value,
        "url": live_server.url,
    }
    item = pages["item"]
    paths = [
        "/admin/feedback/",
        f"/admin/feedback/{item.pk}/",
        "/admin/registrations/",
        f"/admin/registrations/event/{event.pk}/",
        "/admin/kpis/",
    ]
    problems = visit_all(chromium, live_server.url, paths, cookies=[cookie])
    assert {path: found for path, found in problems.items() if found} == {}
