"""The offline check-in app's endpoints: the page, manifest and service worker, the ticket-list
download and the sync API, each gated per event as the check-in page is."""

import json
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from participation.registrations.app_icons import MANIFEST_ICONS, draw_mark
from participation.registrations.check_in_app_views import app_texts
from participation.registrations.check_in_list import code_hash, list_expires_at, list_salt
from participation.registrations.models import (
    CheckIn,
    CheckInAssignment,
    CheckInConflict,
    OfflineScan,
)
from tests.factories import RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


def url(name, event_id, language="en"):
    with translation.override(language):
        return reverse(f"registrations:{name}", kwargs={"event_id": event_id})


@pytest.fixture
def door_staff(event):
    user = UserFactory(is_staff=True)
    CheckInAssignment.objects.create(event=event, user=user)
    return user


@pytest.fixture
def staff_client(client, door_staff):
    client.force_login(door_staff)
    return client


def batch(event, registration, *, device="phone-a", client_id="c1"):
    return {
        "device_id": device,
        "check_ins": [
            {
                "client_id": client_id,
                "code_hash": code_hash(list_salt(event), registration.ticket_token),
                "scanned_at": timezone.now().isoformat(),
            }
        ],
    }


def post_sync(client, event, body, **extra):
    return client.post(
        url("check_in_app_sync", event.pk),
        data=json.dumps(body),
        content_type="application/json",
        **extra,
    )


def test_the_list_needs_a_sign_in_and_the_events_permission(event, make_event, client):
    other = make_event(title="다른 행사", slug="other")
    assert client.get(url("check_in_app_list", event.pk)).status_code == 302

    assigned_elsewhere = UserFactory(is_staff=True)
    CheckInAssignment.objects.create(event=other, user=assigned_elsewhere)
    client.force_login(assigned_elsewhere)
    assert client.get(url("check_in_app_list", event.pk)).status_code == 403
    assert client.get(url("check_in_app", event.pk)).status_code == 403
    assert client.get(url("check_in_app_list", 999999)).status_code == 403
    body = batch(event, RegistrationFactory(event=event))
    assert post_sync(client, event, body).status_code == 403
    assert CheckIn.objects.count() == 0


def test_assigned_staff_download_the_list(event, staff_client):
    registration = RegistrationFactory(event=event)

    response = staff_client.get(url("check_in_app_list", event.pk))

    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    data = response.json()
    assert [t["hash"] for t in data["tickets"]] == [
        code_hash(list_salt(event), registration.ticket_token)
    ]
    assert registration.ticket_token not in response.content.decode()
    assert data["conflicts"] == 0


def test_the_list_is_refused_after_the_event_day(make_event, client, door_staff):
    ended = timezone.now() - timedelta(days=2)
    past = make_event(
        title="지난 행사",
        slug="past",
        registration_opens_at=ended - timedelta(days=9),
        starts_at=ended - timedelta(hours=2),
        ends_at=ended,
    )
    CheckInAssignment.objects.create(event=past, user=door_staff)
    client.force_login(door_staff)

    response = client.get(url("check_in_app_list", past.pk))

    assert response.status_code == 410
    assert response.json()["error"] == "expired"


def test_the_app_page_manifest_and_worker(event, staff_client):
    page = staff_client.get(url("check_in_app", event.pk, "vi"))
    manifest = staff_client.get(url("check_in_app_manifest", event.pk, "vi"))
    worker = staff_client.get(url("check_in_app_worker", event.pk, "vi"))

    html = page.content.decode()
    assert page.status_code == 200
    assert 'rel="manifest"' in html and 'id="check-in-app-config"' in html
    assert '<label for="check-in-code">' in html and 'aria-live="polite"' in html
    assert manifest["Content-Type"] == "application/manifest+json"
    assert manifest.json()["start_url"] == url("check_in_app", event.pk, "vi")
    assert manifest.json()["scope"] == url("check_in_app", event.pk, "vi")
    assert worker["Content-Type"].startswith("text/javascript")
    assert "/static/js/check-in-app.js" in worker.content.decode()
    assert "/static/vendor/jsqr/jsQR.js" in worker.content.decode()


def test_sync_needs_the_csrf_token(event, door_staff):
    client = Client(enforce_csrf_checks=True)
    client.force_login(door_staff)
    registration = RegistrationFactory(event=event)

    refused = post_sync(client, event, batch(event, registration))
    client.get(url("check_in_app", event.pk))
    token = client.cookies["csrftoken"].value
    accepted = post_sync(client, event, batch(event, registration), HTTP_X_CSRFTOKEN=token)

    assert refused.status_code == 403
    assert accepted.status_code == 200
    assert CheckIn.objects.count() == 1


def test_sync_answers_per_item_and_a_retry_changes_nothing(event, staff_client):
    registration = RegistrationFactory(event=event)
    body = batch(event, registration)

    first = post_sync(staff_client, event, body).json()
    again = post_sync(staff_client, event, body).json()
    other_device = post_sync(
        staff_client, event, batch(event, registration, device="phone-b")
    ).json()

    assert first["results"] == [{"client_id": "c1", "result": "checked_in", "replayed": False}]
    assert again["results"] == [{"client_id": "c1", "result": "checked_in", "replayed": True}]
    assert other_device["results"][0]["result"] == "conflict"
    assert (other_device["checked_in"], other_device["conflicts"]) == (1, 1)
    assert OfflineScan.objects.count() == 2


@pytest.mark.parametrize(
    "body",
    [
        {"device_id": "phone a!", "check_ins": []},
        {"device_id": "", "check_ins": []},
        {"device_id": "phone-a", "check_ins": [{"client_id": "1", "scanned_at": "yesterday"}]},
        {"device_id": "phone-a", "check_ins": "all"},
        {"device_id": "phone-a", "check_ins": [{"client_id": "1"} for _ in range(501)]},
        ["phone-a"],
    ],
)
def test_a_malformed_batch_is_refused_whole(event, staff_client, body):
    response = post_sync(staff_client, event, body)

    assert response.status_code == 400
    assert OfflineScan.objects.count() == 0


def test_the_check_in_page_shows_conflicts_to_staff(event, staff_client):
    registration = RegistrationFactory(event=event, name="김민지")
    post_sync(staff_client, event, batch(event, registration, device="phone-a"))
    post_sync(staff_client, event, batch(event, registration, device="phone-b"))
    assert CheckInConflict.objects.count() == 1

    response = staff_client.get(url("check_in", event.pk))

    html = response.content.decode()
    assert "data-conflict" in html
    assert registration.ticket_number in html and "김민지" in html
    assert "phone-a" in html and "phone-b" in html


def test_every_sync_checks_the_assignment_again_and_refuses_in_json(
    event, staff_client, door_staff
):
    registration = RegistrationFactory(event=event)
    assert post_sync(staff_client, event, batch(event, registration)).status_code == 200

    CheckInAssignment.objects.filter(user=door_staff).delete()
    other = RegistrationFactory(event=event)
    response = post_sync(staff_client, event, batch(event, other, client_id="c2"))

    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"
    with translation.override("en"):
        assert response.json() == {"error": "forbidden", "message": app_texts()["forbidden"]}
    assert OfflineScan.objects.count() == 1
    assert not CheckIn.objects.filter(registration=other).exists()


def test_the_refusal_speaks_the_apps_language(event, staff_client, door_staff):
    CheckInAssignment.objects.filter(user=door_staff).delete()
    body = batch(event, RegistrationFactory(event=event))

    response = staff_client.post(
        url("check_in_app_sync", event.pk, "ko"),
        data=json.dumps(body),
        content_type="application/json",
    )

    with translation.override("ko"):
        korean = app_texts()["forbidden"]
    with translation.override("en"):
        assert korean != app_texts()["forbidden"]
    assert response.status_code == 403 and response.json()["message"] == korean


def test_a_scan_after_the_expiry_is_refused_and_shown_on_the_check_in_page(
    make_event, client, door_staff
):
    ended = timezone.now() - timedelta(days=2)
    past = make_event(
        title="지난 행사",
        slug="past",
        registration_opens_at=ended - timedelta(days=9),
        starts_at=ended - timedelta(hours=2),
        ends_at=ended,
    )
    CheckInAssignment.objects.create(event=past, user=door_staff)
    client.force_login(door_staff)
    on_time, late = RegistrationFactory(event=past), RegistrationFactory(event=past)
    body = {
        "device_id": "phone-a",
        "check_ins": [
            {
                "client_id": client_id,
                "code_hash": code_hash(list_salt(past), registration.ticket_token),
                "scanned_at": moment.isoformat(),
            }
            for client_id, registration, moment in (
                ("c1", on_time, ended - timedelta(hours=1)),
                ("c2", late, list_expires_at(past) + timedelta(minutes=5)),
            )
        ],
    }

    results = post_sync(client, past, body).json()["results"]
    page = client.get(url("check_in", past.pk)).content.decode()

    assert [item["result"] for item in results] == ["checked_in", "after_expiry"]
    assert list(CheckIn.objects.values_list("registration", flat=True)) == [on_time.pk]
    assert page.count("data-after-expiry") == 1 and late.ticket_number in page


def test_the_manifest_names_png_icons_of_192_and_512_pixels_and_the_page_a_touch_icon(
    event, staff_client
):
    manifest = staff_client.get(url("check_in_app_manifest", event.pk)).json()
    page = staff_client.get(url("check_in_app", event.pk)).content.decode()

    pngs = {icon["sizes"]: icon["src"] for icon in manifest["icons"] if icon["type"] == "image/png"}
    assert set(pngs) == {"192x192", "512x512"}
    for sizes, src in pngs.items():
        with Image.open(static_file(src)) as image:
            assert image.format == "PNG"
            assert "x".join(map(str, image.size)) == sizes
    touch = re.search(r'<link rel="apple-touch-icon" href="([^"]+)"', page).group(1)
    with Image.open(static_file(touch)) as image:
        assert (image.format, image.size, image.mode) == ("PNG", (180, 180), "RGB")


def static_file(src):
    return finders.find(src.removeprefix(settings.STATIC_URL))


def test_the_committed_icons_are_what_the_module_draws():
    for path, size in MANIFEST_ICONS:
        with Image.open(finders.find(path)) as committed:
            drawn = draw_mark(size)
            assert committed.size == drawn.size
            assert committed.convert("RGBA").tobytes() == drawn.tobytes()
