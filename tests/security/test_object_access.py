"""Object access: a tracking code, a registration link and a department are each the boundary
of what someone may see. Guessing gets a 404 that says nothing about what exists; staff of one
department get a 403 on every view and action of another's complaints."""

import re
import secrets
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from participation.feedback.codes import new_tracking_code
from participation.feedback.uploads import check_attachments
from participation.registrations import services as registration_services
from participation.registrations.models import CheckInAssignment, Registration
from tests.factories import (
    EventPageFactory,
    FeedbackStaffFactory,
    StaffUserFactory,
    UserFactory,
)

from .conftest import client_for, png_bytes
from .test_csrf import table_counts

pytestmark = pytest.mark.django_db

CSRF_VALUE = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')


def normalized(response, typed: str) -> bytes:
    """The body without the per-request CSRF token and without what was typed (which the page
    echoes in its language links and form): what is left is what the answer tells."""
    body = CSRF_VALUE.sub(b"", response.content)
    for form in {typed, quote(typed, safe="/"), quote(typed, safe="")}:
        for shown in {form, escape(form)}:
            body = body.replace(shown.encode(), b"TYPED")
    return body


def same_answers(responses, typed) -> bool:
    """One status and one body for every guess."""
    bodies = {normalized(response, text) for response, text in zip(responses, typed, strict=True)}
    return len({response.status_code for response in responses}) == 1 and len(bodies) == 1


def with_photo(submit, **fields):
    photo = SimpleUploadedFile("photo.png", png_bytes(), "image/png")
    return submit(attachments=check_attachments([photo]), **fields)


# --- Tracking codes ------------------------------------------------------------------------


# Well-formed and malformed; URL-safe, so each reaches the view as typed (SQL-looking and
# other odd input: test_sql_input.py).
GUESSES = [
    new_tracking_code(),
    "0" * 26,
    "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23",
    "NOPE",
    "ZZZZ" * 10,
]


def test_guessed_codes_get_the_same_404_as_malformed_ones(client, submit):
    submit()
    answers = [client.get(f"/en/feedback/status/{guess}/") for guess in GUESSES]
    assert {answer.status_code for answer in answers} == {404}
    assert same_answers(answers, GUESSES)
    assert all(answer["Referrer-Policy"] == "no-referrer" for answer in answers)


def test_lookup_form_answers_alike_for_every_wrong_code(client, submit):
    submit()
    answers = [client.get("/en/feedback/status/", {"code": guess}) for guess in GUESSES[:3]]
    assert {answer.status_code for answer in answers} == {200}
    assert same_answers(answers, GUESSES[:3])
    assert b"We found no feedback with this code" in answers[0].content


def test_guessed_codes_cannot_act_on_anything(client, submit):
    item = submit()
    before = table_counts()
    for guess in GUESSES[:3]:
        for action, data in (
            ("follow-up", {"text": "hijack"}),
            ("rate", {"rating": "1"}),
            ("reopen", {"text": "x"}),
            ("erase", {}),
        ):
            response = client.post(f"/en/feedback/status/{guess}/{action}/", data)
            assert response.status_code == 404, (guess, action)
    assert table_counts() == before
    item.refresh_from_db()
    assert item.personal_data_erased_at is None


def test_one_code_reads_only_its_own_item(client, submit):
    mine = submit(text="My street light is broken.")
    theirs = submit(text="Secret complaint about my neighbour.", contact_email="b@example.org")
    page = client.get(f"/en/feedback/status/{mine.tracking_code}/").content.decode()
    assert "My street light" in page
    assert "Secret complaint" not in page
    assert theirs.display_code not in page


def test_attachments_only_through_their_own_items_code(client, submit):
    owner = with_photo(submit)
    other = with_photo(submit, contact_email="other@example.org")
    attachment = owner.attachments.get()
    own = client.get(f"/en/feedback/status/{owner.tracking_code}/files/{attachment.pk}/")
    assert own.status_code == 200
    crossed = client.get(f"/en/feedback/status/{other.tracking_code}/files/{attachment.pk}/")
    missing = client.get(f"/en/feedback/status/{other.tracking_code}/files/999999/")
    guessed = client.get(f"/en/feedback/status/{new_tracking_code()}/files/{attachment.pk}/")
    assert crossed.status_code == missing.status_code == guessed.status_code == 404
    # No hint that the id exists.
    assert normalized(crossed, f"files/{attachment.pk}/") == normalized(missing, "files/999999/")


# --- Registration links --------------------------------------------------------------------


@pytest.fixture
def registration(event):
    return registration_services.register(
        event=event,
        name="Kim Min-ji",
        email="minji@example.org",
        consent=True,
        preferred_language="en",
    )


TOKEN_GUESSES = [secrets.token_urlsafe(32), "A" * 43, "mine-but-not", "x" * 65, "nothing-here"]


def test_guessed_registration_links_get_one_404(client, registration):
    for suffix in ("", "ticket.ics", "accept/", "decline/", "survey/"):
        answers = [client.get(f"/en/registrations/{token}/{suffix}") for token in TOKEN_GUESSES]
        assert {answer.status_code for answer in answers} == {404}, suffix
        assert same_answers(answers, TOKEN_GUESSES), suffix
        assert "Kim Min-ji" not in answers[0].content.decode()


def test_guessed_registration_links_change_nothing(client, registration):
    before = table_counts()
    for token in TOKEN_GUESSES:
        for action in ("cancel", "accept", "decline"):
            assert client.post(f"/en/registrations/{token}/{action}/").status_code == 404
        assert client.post(f"/en/registrations/{token}/survey/", {"rating": "1"}).status_code == 404
    assert table_counts() == before
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_one_link_shows_only_its_own_registration(client, event, registration):
    other = registration_services.register(
        event=event,
        name="Park Ji-hoon",
        email="jihoon@example.org",
        consent=True,
        preferred_language="en",
    )
    page = client.get(f"/en/registrations/{registration.ticket_token}/").content.decode()
    assert "Kim Min-ji" in page
    assert "Park Ji-hoon" not in page and other.ticket_token not in page


def test_account_page_lists_only_ones_own_registrations(client, event, registration):
    stranger = UserFactory(email="stranger@example.org")
    client.force_login(stranger)
    page = client.get("/en/registrations/mine/").content.decode()
    assert registration.ticket_token not in page
    assert "Kim Min-ji" not in page


# --- Departments in the feedback admin -----------------------------------------------------


@pytest.fixture
def parks_item(parks_category, submit):
    return with_photo(submit, category=parks_category, text="Broken bench in Dosan Park.")


def test_staff_of_another_department_are_refused_everywhere(parks_item, outsider, member):
    staff = client_for(member)  # member of the street-light department, not of parks
    message = parks_item.messages.get()
    attachment = parks_item.attachments.get()
    base = f"/admin/feedback/{parks_item.pk}"
    before = table_counts()
    assert staff.get(f"{base}/").status_code == 403
    assert staff.get(f"{base}/files/{attachment.pk}/").status_code == 403
    for action, data in (
        ("reply", {"reply-text": "답변"}),
        ("note", {"note-text": "메모"}),
        ("status", {"status-status": "closed"}),
        ("department", {"department-department": ""}),
        ("language", {"language-language": "ko"}),
        (f"messages/{message.pk}/translation", {f"translation-{message.pk}-text": "번역"}),
    ):
        response = staff.post(f"{base}/{action}/", data)
        assert response.status_code == 403, action
        assert "Broken bench" not in response.content.decode()
    assert table_counts() == before
    # Their own department's staff may.
    assert client_for(outsider).get(f"{base}/").status_code == 200


def test_the_queue_lists_only_ones_departments_items(parks_item, member, submit):
    own = submit(text="Street light out on Teheran-ro.")
    page = client_for(member).get(reverse("feedback_admin_queue")).content.decode()
    assert own.display_code in page
    assert parks_item.display_code not in page


def test_an_attachment_id_of_another_item_is_not_served_through_ones_own(
    parks_item, member, submit
):
    own = submit()
    foreign = parks_item.attachments.get()
    response = client_for(member).get(f"/admin/feedback/{own.pk}/files/{foreign.pk}/", follow=True)
    assert response.status_code == 404
    assert response.get("Content-Disposition") is None


def test_staff_without_queue_access_and_residents_get_nothing(parks_item):
    base = f"/admin/feedback/{parks_item.pk}/"
    admin_only = FeedbackStaffFactory()  # may enter the admin, not the feedback queue
    admin_only.user_permissions.remove(Permission.objects.get(codename="view_feedbackitem"))
    staff = client_for(admin_only)
    assert staff.get(reverse("feedback_admin_queue")).status_code == 403
    assert staff.get(base).status_code == 403
    resident = client_for(UserFactory())
    for url in (reverse("feedback_admin_queue"), base):
        response = resident.get(url)
        assert response.status_code == 302  # to the sign-in page, learning nothing
        assert "/accounts/login/" in response["Location"]


# --- KPI staff dashboard, registrations admin, check-in --------------------------------------


def test_kpi_staff_dashboard_needs_its_permission(parks_item):
    without = client_for(FeedbackStaffFactory())
    for name in ("kpis_admin_dashboard", "kpis_admin_items", "kpis_admin_import"):
        assert without.get(reverse(name)).status_code == 403, name
    assert without.post(reverse("kpis_admin_recompute")).status_code == 403
    viewer = FeedbackStaffFactory()
    viewer.user_permissions.add(Permission.objects.get(codename="view_kpi_dashboard"))
    allowed = client_for(viewer)
    assert allowed.get(reverse("kpis_admin_dashboard")).status_code == 200
    # The drill-down lists only items the viewer may handle: none of parks'.
    items = allowed.get(reverse("kpis_admin_items"))
    assert parks_item.display_code not in items.content.decode()


def test_registrations_admin_needs_its_permission(event, registration):
    staff = client_for(UserFactory(is_staff=True))
    staff_with_admin = UserFactory(is_staff=True)
    staff_with_admin.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for client in (staff, client_for(staff_with_admin)):
        for url in (
            reverse("registrations_admin_overview"),
            reverse("registrations_admin_index", args=[event.pk]),
            reverse("registrations_admin_csv", args=[event.pk]),
        ):
            response = client.get(url)
            assert response.status_code in (302, 403), url
            assert "Kim Min-ji" not in response.content.decode()


def test_check_in_staff_of_one_event_cannot_check_in_at_another(event, registration):
    other_event = EventPageFactory(parent=event.get_parent(), title="Other", slug="other")
    door = UserFactory(is_staff=True)
    CheckInAssignment.objects.create(event=other_event, user=door)
    staff = client_for(door)
    with translation.override("en"):
        url = reverse("registrations:check_in", args=[event.pk])
        missing = reverse("registrations:check_in", args=[999999])
    before = table_counts()
    assert staff.get(url).status_code == 403
    assert staff.post(url, {"code": registration.ticket_token}).status_code == 403
    assert staff.get(missing).status_code == 403  # not a 404: existence is not revealed
    assert table_counts() == before
    admin = client_for(StaffUserFactory())
    assert admin.get(url).status_code == 200
