"""Stored and reflected XSS: script and event-handler payloads in what residents and staff type
(feedback text, contact names, attachment file names, registration names, search queries) are
shown as text everywhere — resident pages, the Wagtail admin and emails — never as markup."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from participation.feedback.models import FeedbackItem
from participation.models import OutboundEmail
from participation.registrations.models import Registration
from tests.factories import (
    FeedbackStaffFactory,
    RegistrationFactory,
    StaffUserFactory,
)

from .conftest import (
    SHORT_PAYLOAD,
    XSS_ALL,
    XSS_PAYLOADS,
    assert_inert,
    client_for,
    feedback_form,
    live_markup,
    parse,
    png_bytes,
    registration_form,
    upload,
)

pytestmark = pytest.mark.django_db

SHORT = SHORT_PAYLOAD


def test_the_checker_finds_live_markup():
    """The parser-based check itself: each payload unescaped is caught, escaped is not."""
    from django.utils.html import escape

    for payload in XSS_PAYLOADS:
        if payload.startswith("javascript:"):
            page = f'<a href="{payload}">x</a>'
        elif payload.startswith("'"):
            page = f"<input value='{payload}'>"
        else:
            page = f"<p>{payload}</p>"
        assert live_markup(page), payload
        assert live_markup(f"<p>{escape(payload)}</p><a href='/x'>y</a>") == []


# --- Feedback: the resident's pages ------------------------------------------------------------


@pytest.fixture
def xss_item(client, category, libretranslate, django_capture_on_commit_callbacks):
    """A complaint sent through the web form with a payload in every free-text field and in
    the attachment's file name; translated (the fake provider keeps the payload)."""
    attachment = upload("<img src=x onerror=alert('xss-file')>.png", png_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/feedback/",
            feedback_form(
                category,
                text=XSS_ALL,
                contact_name=SHORT,
                location_text=XSS_PAYLOADS[2],
                attachments=attachment,
            ),
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    return FeedbackItem.objects.get()


def test_payloads_are_stored_verbatim(xss_item):
    assert xss_item.messages.get().text == XSS_ALL
    assert xss_item.contact_name == SHORT
    assert xss_item.location_text == XSS_PAYLOADS[2]
    # The file name is cleaned of markup characters on upload, keeping a readable stem.
    name = xss_item.attachments.get().original_name
    assert "<" not in name and ">" not in name and '"' not in name and "=" not in name


def test_status_page_shows_the_payloads_as_text(client, xss_item):
    response = client.get(f"/en/feedback/status/{xss_item.tracking_code}/")
    assert response.status_code == 200
    assert_inert(response.content, shown=XSS_PAYLOADS[0])
    html = response.content.decode()
    assert "&lt;script&gt;alert(&#x27;xss-script&#x27;)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_status_page_after_a_staff_reply_with_markup(
    client, xss_item, member, libretranslate, django_capture_on_commit_callbacks
):
    """Staff text (and its machine translation) is text too."""
    from participation.feedback import services

    with django_capture_on_commit_callbacks(execute=True):
        services.reply_as_staff(item=xss_item, text=f"답변 {XSS_ALL}", user=member)
    response = client.get(f"/en/feedback/status/{xss_item.tracking_code}/")
    assert_inert(response.content, shown=XSS_PAYLOADS[3])


def test_follow_up_with_payloads_is_shown_as_text(client, xss_item):
    url = f"/en/feedback/status/{xss_item.tracking_code}/follow-up/"
    response = client.post(url, {"text": XSS_ALL})
    assert response.status_code == 302
    page = client.get(f"/en/feedback/status/{xss_item.tracking_code}/")
    assert_inert(page.content, shown=XSS_PAYLOADS[-1])


def test_invalid_form_redisplays_the_payload_as_text(client, category):
    """Reflected: the form comes back with what was typed, escaped, in every field."""
    response = client.post(
        "/en/feedback/",
        feedback_form(category, text=XSS_ALL, contact_name=SHORT, contact_email=XSS_PAYLOADS[6]),
    )
    assert response.status_code == 200
    assert_inert(response.content)
    textarea = parse(response.content).find("textarea", attrs={"name": "text"})
    assert textarea.get_text().strip() == XSS_ALL


def test_tracking_code_lookup_reflects_nothing_live(client):
    for payload in XSS_PAYLOADS:
        response = client.get("/en/feedback/status/", {"code": payload})
        assert response.status_code == 200
        assert_inert(response.content)
        response = client.get(f"/en/feedback/status/{payload.replace('/', '')}/")
        assert response.status_code in (404, 301)
        assert_inert(response.content)


def test_search_reflects_the_query_as_text(client, home_pages):
    for payload in XSS_PAYLOADS:
        response = client.get("/en/search/", {"q": payload})
        assert response.status_code == 200
        assert_inert(response.content, shown=payload)


# --- Feedback: the Wagtail admin -----------------------------------------------------------


def test_queue_shows_the_payloads_as_text(xss_item, member):
    response = client_for(member).get(reverse("feedback_admin_queue"))
    assert response.status_code == 200
    assert xss_item.display_code in response.content.decode()
    assert_inert(response.content)


def test_item_page_shows_every_payload_as_text(xss_item, member):
    response = client_for(member).get(reverse("feedback_admin_item", args=[xss_item.pk]))
    assert response.status_code == 200
    assert_inert(response.content, shown=XSS_PAYLOADS[0])
    text = parse(response.content).get_text()
    assert SHORT in text  # the contact name
    assert XSS_PAYLOADS[2] in text  # the place
    assert xss_item.attachments.get().original_name in text


def test_item_page_with_staff_notes_and_manual_translation_payloads(xss_item, member):
    staff = client_for(member)
    base = f"/admin/feedback/{xss_item.pk}"
    assert staff.post(f"{base}/note/", {"note-text": XSS_ALL}).status_code == 302
    assert staff.post(f"{base}/reply/", {"reply-text": XSS_ALL}).status_code == 302
    message = xss_item.messages.get(author="resident")
    field = f"translation-{message.pk}-text"
    response = staff.post(f"{base}/messages/{message.pk}/translation/", {field: XSS_ALL})
    assert response.status_code == 302
    page = staff.get(f"{base}/")
    assert_inert(page.content, shown=XSS_PAYLOADS[4])


def test_kpi_drilldown_of_items_is_inert(xss_item, member):
    from django.contrib.auth.models import Permission

    member.user_permissions.add(Permission.objects.get(codename="view_kpi_dashboard"))
    staff = client_for(member)
    for url in (reverse("kpis_admin_dashboard"), reverse("kpis_admin_items")):
        response = staff.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content)


# --- Feedback: emails -------------------------------------------------------------------------


def _sent_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_feedback_emails_are_plain_text_only(
    xss_item, member, libretranslate, django_capture_on_commit_callbacks
):
    """Plain text cannot run anything; no HTML alternative exists that could."""
    from participation.feedback import services

    with django_capture_on_commit_callbacks(execute=True):
        services.reply_as_staff(item=xss_item, text=f"답변 {XSS_ALL}", user=member)
    sent = _sent_to("resident@example.org")
    assert len(sent) >= 2  # received, reply
    for message in sent:
        assert message.content_subtype == "plain"
        assert not getattr(message, "alternatives", [])
    assert not OutboundEmail.objects.exclude(body_html="").exists()
    reply = sent[-1].body
    # The reply reaches the resident as typed: entity-escaping would only garble it
    # ("it&#x27;s"), since a plain-text body is never parsed as HTML.
    assert XSS_ALL in reply
    assert "&lt;" not in reply and "&#x27;" not in reply


# --- Registrations ---------------------------------------------------------------------------


@pytest.fixture
def xss_registration(client, event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/registrations/event/{event.pk}/",
            registration_form(
                name=SHORT, email="xss@example.org", accessibility_needs=XSS_ALL, phone="<b>1</b>"
            ),
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Registration.objects.get(email="xss@example.org")


def test_registration_stores_the_name_verbatim(xss_registration):
    assert xss_registration.name == SHORT
    assert xss_registration.accessibility_needs == XSS_ALL


def test_personal_page_shows_the_name_as_text(client, xss_registration):
    response = client.get(f"/en/registrations/{xss_registration.ticket_token}/")
    assert response.status_code == 200
    assert_inert(response.content, shown=SHORT)


def test_registration_pages_reflect_nothing_live(client, event):
    response = client.post(
        f"/en/registrations/event/{event.pk}/",
        registration_form(name=XSS_ALL[:200], email=XSS_PAYLOADS[0], consent=None),
    )
    assert response.status_code == 200
    assert_inert(response.content)
    for payload in XSS_PAYLOADS:
        token = payload.replace("/", "")
        for suffix in ("", "accept/", "survey/"):
            response = client.get(f"/en/registrations/{token}/{suffix}")
            assert response.status_code == 404
            assert_inert(response.content)


def test_registrations_admin_and_check_in_show_the_name_as_text(event, xss_registration):
    manager = StaffUserFactory()
    staff = client_for(manager)
    for url in (
        reverse("registrations_admin_overview"),
        reverse("registrations_admin_index", args=[event.pk]),
    ):
        response = staff.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content)
    index = staff.get(reverse("registrations_admin_index", args=[event.pk]))
    assert SHORT in parse(index.content).get_text()
    with translation.override("en"):
        check_in = reverse("registrations:check_in", args=[event.pk])
    response = staff.post(check_in, {"code": xss_registration.ticket_token})
    assert response.status_code == 200
    assert_inert(response.content, shown=SHORT)
    # The scanner's JSON answer is data, served as JSON (the page writes it with textContent).
    answer = staff.post(
        check_in, {"code": xss_registration.ticket_token}, HTTP_ACCEPT="application/json"
    )
    assert answer["Content-Type"] == "application/json"
    assert answer.json()["name"] == SHORT


def test_csv_export_neutralises_formulas_and_keeps_markup_as_text(event):
    RegistrationFactory(event=event, name='=HYPERLINK("http://evil","x")', email="f@x.org")
    RegistrationFactory(event=event, name=SHORT, email="g@x.org")
    response = client_for(StaffUserFactory()).get(
        reverse("registrations_admin_csv", args=[event.pk])
    )
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "\n=HYPERLINK" not in body and ",=HYPERLINK" not in body
    assert "'=HYPERLINK" in body
    assert SHORT in body  # a CSV is text: the name as typed


def test_registration_emails_are_plain_text_only(xss_registration):
    sent = [message for message in mail.outbox if "xss@example.org" in message.to]
    assert sent
    for message in sent:
        assert message.content_subtype == "plain"
        assert not getattr(message, "alternatives", [])
    assert not OutboundEmail.objects.exclude(body_html="").exists()
    assert f"Dear {SHORT}," in sent[0].body  # as typed, not "&lt;img …"


def test_staff_without_markup_privileges_cannot_smuggle_markup_into_the_queue(
    category, department, submit
):
    """A dispatcher's view of many items at once (the queue) stays inert with 20 payloads."""
    for payload in XSS_PAYLOADS * 2:
        submit(text=payload, contact_name=payload[:200])
    dispatcher = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    response = client_for(dispatcher).get(reverse("feedback_admin_queue"))
    assert response.status_code == 200
    assert_inert(response.content)


def test_dashboards_show_editors_names_as_text(event, category, member, submit):
    """Program titles and topic names come from editors; the public and staff dashboards and
    the open data still show them as text."""
    from django.contrib.auth.models import Permission

    program = event.get_parent().specific
    program.title = SHORT
    program.save_revision().publish()
    category.name_en = XSS_PAYLOADS[0]
    category.save()
    submit(text="A complaint to count.")
    member.user_permissions.add(Permission.objects.get(codename="view_kpi_dashboard"))
    staff = client_for(member)
    for client, url in (
        (staff, reverse("kpis_admin_dashboard")),
        (staff, reverse("kpis_admin_program", args=[program.pk])),
        (Client(), "/en/dashboard/"),
        (Client(), "/ko/"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content)
    data = Client().get("/open-data/kpis.json?lang=en")
    assert data["Content-Type"].startswith("application/json")
