from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from participation.registrations import services
from participation.registrations.errors import CancellationClosed, RegistrationBusy
from participation.registrations.models import Registration
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db
Status = Registration.Status


def url(name, language="vi", **kwargs):
    with translation.override(language):
        return reverse(f"registrations:{name}", kwargs=kwargs)


def answers(**fields):
    values = {
        "name": "Nguyễn An",
        "email": "an@example.org",
        "preferred_language": "vi",
        "party_size": "1",
        "consent": "on",
    }
    values.update(fields)
    return {name: value for name, value in values.items() if value is not None}


def test_the_vietnamese_event_page_shows_the_form_in_vietnamese(vietnamese_event, client):
    response = client.get(vietnamese_event.url)

    page = response.content.decode()
    assert response.status_code == 200
    assert url("register", event_id=vietnamese_event.pk) in page
    assert "csrfmiddlewaretoken" in page
    assert 'value="vi" selected' in page  # preferred language defaults to the page's


def test_registering_from_the_vietnamese_page_emails_the_link_in_vietnamese(
    vietnamese_event, event, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("register", event_id=vietnamese_event.pk), answers())

    assert response.status_code == 302
    assert response["Location"] == url("check_email")
    registration = Registration.objects.get()
    assert registration.event_id == event.pk
    assert registration.preferred_language == "vi"
    [sent] = mail.outbox
    assert sent.to == ["an@example.org"]
    assert "Đăng ký" in sent.subject
    assert url("manage", token=registration.ticket_token) in sent.body


def test_a_duplicate_gets_the_same_answer_and_the_link_by_email(
    vietnamese_event, client, django_capture_on_commit_callbacks
):
    first = client.post(url("register", event_id=vietnamese_event.pk), answers())
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(
            url("register", event_id=vietnamese_event.pk), answers(email="AN@example.org")
        )

    assert (second.status_code, second["Location"]) == (first.status_code, first["Location"])
    assert Registration.objects.count() == 1
    [sent] = mail.outbox
    assert Registration.objects.get().ticket_token in sent.body


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"email": "not-an-email"}, "Vui lòng nhập địa chỉ email theo dạng name@example.com."),
        ({"consent": None}, "Vui lòng đồng ý cho phép sử dụng thông tin cá nhân để đăng ký."),
    ],
)
def test_invalid_answers_show_the_form_again_with_a_translated_error(
    vietnamese_event, client, fields, error
):
    response = client.post(url("register", event_id=vietnamese_event.pk), answers(**fields))

    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_a_party_over_the_limit_is_refused(vietnamese_event, client):
    response = client.post(url("register", event_id=vietnamese_event.pk), answers(party_size="9"))

    assert response.status_code == 200
    assert not Registration.objects.exists()


def test_a_closed_registration_says_so(make_event, client):
    event = make_event(registration_opens_at=timezone.now() + timedelta(days=1))

    response = client.post(url("register", language="ko", event_id=event.pk), answers())

    assert response.status_code == 200
    assert not Registration.objects.exists()
    assert "message--error" in response.content.decode()


def test_a_busy_event_answers_503_with_the_form(vietnamese_event, client, monkeypatch):
    def busy(**kwargs):
        raise RegistrationBusy()

    monkeypatch.setattr(services, "register", busy)

    response = client.post(url("register", event_id=vietnamese_event.pk), answers())

    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    assert "Hiện có nhiều người đang đăng ký" in response.content.decode()


def test_registering_is_rate_limited_per_address(vietnamese_event, client):
    target = url("register", event_id=vietnamese_event.pk)
    for n in range(10):
        client.post(target, answers(email=f"p{n}@example.org", consent=None))

    response = client.post(target, answers())

    assert response.status_code == 429
    assert not Registration.objects.exists()


def test_register_posts_need_a_csrf_token(vietnamese_event, client):
    client.handler.enforce_csrf_checks = True

    response = client.post(url("register", event_id=vietnamese_event.pk), answers())

    assert response.status_code == 403


def test_the_personal_page_shows_status_qr_and_ticket(event, client):
    registration = register(event, preferred_language="vi")

    response = client.get(url("manage", token=registration.ticket_token))

    page = response.content.decode()
    assert response.status_code == 200
    assert "đã xác nhận" in page  # "confirmed"
    assert "data:image/png;base64," in page
    assert url("ics", token=registration.ticket_token) in page
    assert "no-cache" in response["Cache-Control"]
    ics = client.get(url("ics", token=registration.ticket_token))
    assert ics["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VEVENT" in ics.content


def test_unknown_or_tampered_tokens_are_404(event, client):
    registration = register(event)

    for token in ("nope", registration.ticket_token[:-1] + "x"):
        assert client.get(url("manage", token=token)).status_code == 404
        assert client.post(url("cancel", token=token)).status_code == 404
        assert client.post(url("accept", token=token)).status_code == 404


def test_cancelling_frees_the_seat_for_the_next_person_waiting(
    event, client, django_capture_on_commit_callbacks
):
    first = register(event, party_size=2)
    waiting = register(event, email="w@example.org", preferred_language="vi")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("cancel", token=first.ticket_token))

    assert response.status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert waiting.status == Status.OFFERED
    assert any(sent.to == ["w@example.org"] for sent in mail.outbox)


def offered(event):
    holder = register(event, party_size=2)
    waiting = register(event, email="w@example.org", preferred_language="vi")
    services.cancel_registration(registration=holder)
    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    return waiting


def test_get_on_accept_only_asks_to_confirm(event, client):
    registration = offered(event)

    response = client.get(url("accept", token=registration.ticket_token))

    assert response.status_code == 200
    assert url("accept", token=registration.ticket_token) in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.OFFERED


def test_accepting_by_post_confirms(event, client):
    registration = offered(event)
    page = client.get(url("manage", token=registration.ticket_token)).content.decode()
    assert url("decline", token=registration.ticket_token) in page

    response = client.post(url("accept", token=registration.ticket_token))

    assert response["Location"] == url("manage", token=registration.ticket_token)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_declining_by_post(event, client):
    registration = offered(event)

    client.post(url("decline", token=registration.ticket_token))

    registration.refresh_from_db()
    assert registration.status == Status.DECLINED
    # Declining again is refused politely, not with an error page.
    response = client.post(url("accept", token=registration.ticket_token), follow=True)
    assert response.status_code == 200


def test_the_personal_page_offers_cancelling_exactly_when_the_service_allows_it(
    event, client, settings
):
    registration = register(event, party_size=1)
    cancel_url = url("cancel", token=registration.ticket_token)
    assert services.cancellation_refusal(registration=registration) is None
    assert cancel_url in client.get(url("manage", token=registration.ticket_token)).content.decode()

    settings.REGISTRATION_CANCELLATION_HOURS = 24 * 365  # the deadline has passed
    assert isinstance(services.cancellation_refusal(registration=registration), CancellationClosed)
    page = client.get(url("manage", token=registration.ticket_token)).content.decode()
    assert cancel_url not in page

    settings.REGISTRATION_CANCELLATION_HOURS = 0
    services.cancel_registration(registration=registration)
    registration.refresh_from_db()
    assert services.cancellation_refusal(registration=registration) is not None
    page = client.get(url("manage", token=registration.ticket_token)).content.decode()
    assert cancel_url not in page


def test_cancelling_asks_to_confirm_first_and_a_get_changes_nothing(event, client):
    registration = register(event)
    cancel_url = url("cancel", token=registration.ticket_token)

    response = client.get(cancel_url)

    page = response.content.decode()
    assert response.status_code == 200
    assert f'<form method="post" action="{cancel_url}">' in page
    assert "csrfmiddlewaretoken" in page
    assert "Có, hủy đăng ký của tôi" in page  # "Yes, cancel my registration"
    assert url("manage", token=registration.ticket_token) in page  # "No, keep it"
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_the_confirmation_says_so_when_the_service_refuses_cancelling(event, client, settings):
    registration = register(event)
    settings.REGISTRATION_CANCELLATION_HOURS = 24 * 365

    page = client.get(url("cancel", token=registration.ticket_token, language="en")).content

    assert b"This registration can no longer be cancelled online." in page
    assert b'method="post"' not in page


def test_the_ticket_shows_venue_map_links_number_and_both_calendars(event, client):
    registration = register(event)

    page = client.get(url("manage", token=registration.ticket_token, language="en")).content
    page = page.decode()

    assert event.venue.address_ko in page or event.venue.address in page
    assert "https://map.kakao.com/link/" in page
    assert 'rel="noopener"' in page
    assert f"{event.pk}-{registration.pk:06d}" in page  # the ticket number
    assert "https://calendar.google.com/calendar/render?action=TEMPLATE" in page
    assert url("ics", token=registration.ticket_token, language="en") in page
    assert "/static/css/ticket.css" in page


def test_the_print_stylesheet_prints_only_the_ticket_with_a_large_qr_code():
    from django.contrib.staticfiles import finders

    with open(finders.find("css/ticket.css"), encoding="utf-8") as file:
        css = file.read()
    print_rules = css[css.index("@media print") :]

    assert ".site-header" in print_rules and ".site-footer" in print_rules
    assert "display: none" in print_rules
    assert ".ticket-qr { width: 90mm" in print_rules


@pytest.fixture
def opening_minute(vietnamese_event, event, monkeypatch):
    """Registration for `event` opened ten seconds ago; the clock stands still."""
    now = timezone.now().replace(second=10, microsecond=0)
    for page in (event, vietnamese_event):
        page.registration_opens_at = now - timedelta(seconds=10)
        page.save(update_fields=["registration_opens_at"])
    monkeypatch.setattr(timezone, "now", lambda: now)
    return now


def test_a_crowd_behind_one_carrier_address_registers_at_the_opening(
    vietnamese_event, opening_minute, client, settings
):
    # The default allowance (300 a minute) is counted in test_throttle.py; 30 here keep the
    # test quick and show the view applies the opening allowance, not the everyday 10.
    settings.REGISTRATION_OPENING_RATE_LIMIT_PER_MINUTE = 30
    target = url("register", event_id=vietnamese_event.pk)

    statuses = [
        client.post(target, answers(email=f"fan{n}@example.org")).status_code for n in range(31)
    ]

    assert statuses == [302] * 30 + [429]
    assert Registration.objects.count() == 30


def test_one_email_hammering_gets_a_translated_429_with_retry_after(
    vietnamese_event, opening_minute, client
):
    target = url("register", event_id=vietnamese_event.pk)
    for _attempt in range(5):
        client.post(target, answers(consent=None))

    response = client.post(target, answers())

    assert response.status_code == 429
    assert response["Retry-After"] == "50"
    assert "Có quá nhiều lượt đăng ký" in response.content.decode()
    assert not Registration.objects.exists()
