"""Staff resolve the offline app's conflicts (services/conflicts.py): on the event's check-in
page and on its registrations page in the admin, per event and with CSRF."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from participation.registrations.check_in_list import (
    check_in_conflicts,
    code_hash,
    list_salt,
    open_check_in_conflicts,
)
from participation.registrations.errors import (
    ConflictAlreadyResolved,
    NotCheckInStaff,
    ResolutionNoteMissing,
)
from participation.registrations.models import CheckInAssignment, CheckInConflict
from participation.registrations.services import (
    resolve_check_in_conflict,
    sync_offline_check_ins,
)
from participation.registrations.services.offline_sync import OfflineCheckIn
from tests.factories import RegistrationFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]


@pytest.fixture
def door_staff(event):
    user = UserFactory(is_staff=True, email="door@example.org")
    CheckInAssignment.objects.create(event=event, user=user)
    return user


def make_conflict(event, staff) -> CheckInConflict:
    """One ticket checked in on two devices: the second device's sync is the conflict."""
    registration = RegistrationFactory(event=event, name="김민지")
    for device in ("phone-a", "phone-b"):
        item = OfflineCheckIn(
            device_id=device,
            client_id=f"r{registration.pk}",
            scanned_at=timezone.now() - timedelta(minutes=5),
            code_hash=code_hash(list_salt(event), registration.ticket_token),
        )
        sync_offline_check_ins(event=event, check_ins=[item], staff=staff)
    return CheckInConflict.objects.get(registration=registration)


def resolve_url(event, conflict, language="en"):
    with translation.override(language):
        return reverse(
            "registrations:resolve_check_in_conflict",
            kwargs={"event_id": event.pk, "conflict_id": conflict.pk},
        )


def check_in_url(event, language="en"):
    with translation.override(language):
        return reverse("registrations:check_in", kwargs={"event_id": event.pk})


# --- the service ----------------------------------------------------------------------------


def test_resolving_records_who_when_and_the_note_and_the_conflict_is_no_longer_open(
    event, door_staff
):
    conflict = make_conflict(event, door_staff)
    now = timezone.now() + timedelta(hours=1)

    resolve_check_in_conflict(
        conflict=conflict, staff=door_staff, note="  Two friends, one ticket; both left.  ", now=now
    )

    conflict.refresh_from_db()
    assert (conflict.resolved_at, conflict.resolved_by) == (now, door_staff)
    assert conflict.resolution_note == "Two friends, one ticket; both left."
    assert conflict.is_resolved
    assert open_check_in_conflicts(event_id=event.pk).count() == 0
    assert list(check_in_conflicts(event_id=event.pk)) == [conflict]


def test_a_note_is_needed(event, door_staff):
    conflict = make_conflict(event, door_staff)

    with pytest.raises(ResolutionNoteMissing):
        resolve_check_in_conflict(conflict=conflict, staff=door_staff, note="   ")

    conflict.refresh_from_db()
    assert not conflict.is_resolved


def test_the_first_resolution_stands(event, door_staff):
    conflict = make_conflict(event, door_staff)
    resolve_check_in_conflict(conflict=conflict, staff=door_staff, note="first")

    with pytest.raises(ConflictAlreadyResolved):
        resolve_check_in_conflict(conflict=conflict, staff=door_staff, note="second")

    conflict.refresh_from_db()
    assert conflict.resolution_note == "first"


def test_only_check_in_staff_of_the_event_may_resolve(event, make_event, door_staff):
    conflict = make_conflict(event, door_staff)
    elsewhere = UserFactory(is_staff=True)
    CheckInAssignment.objects.create(event=make_event(title="다른 행사", slug="o"), user=elsewhere)

    with pytest.raises(NotCheckInStaff):
        resolve_check_in_conflict(conflict=conflict, staff=elsewhere, note="not mine")

    conflict.refresh_from_db()
    assert not conflict.is_resolved


def test_open_conflicts_are_counted_first_and_resolved_ones_listed_after(event, door_staff):
    resolved = make_conflict(event, door_staff)
    resolve_check_in_conflict(conflict=resolved, staff=door_staff, note="done")
    still_open = make_conflict(event, door_staff)

    assert list(check_in_conflicts(event_id=event.pk)) == [still_open, resolved]
    assert list(open_check_in_conflicts(event_id=event.pk)) == [still_open]


# --- the check-in page ----------------------------------------------------------------------


def test_staff_resolve_a_conflict_on_the_check_in_page(event, door_staff):
    conflict = make_conflict(event, door_staff)
    client = Client(enforce_csrf_checks=True)
    client.force_login(door_staff)
    page = client.get(check_in_url(event)).content.decode()
    assert 'data-conflict="open"' in page and "1 open conflict." in page
    token = client.cookies["csrftoken"].value

    refused = client.post(resolve_url(event, conflict), {"note": "checked"})
    response = client.post(
        resolve_url(event, conflict), {"note": "Checked <b>both</b>", "csrfmiddlewaretoken": token}
    )

    assert refused.status_code == 403
    assert response.status_code == 302
    assert response["Location"] == check_in_url(event) + "#check-in-conflicts-heading"
    page = client.get(check_in_url(event)).content.decode()
    assert 'data-conflict="resolved"' in page and 'data-conflict="open"' not in page
    assert "Checked &lt;b&gt;both&lt;/b&gt;" in page and "door@example.org" in page
    assert "0 open conflicts." in page
    assert "The conflict has been marked resolved." in page


def test_an_empty_note_is_refused_with_a_message(event, door_staff):
    conflict = make_conflict(event, door_staff)
    client = Client()
    client.force_login(door_staff)

    page = client.post(resolve_url(event, conflict), {"note": ""}, follow=True).content.decode()

    assert "Write a note of how the conflict was resolved." in page
    conflict.refresh_from_db()
    assert not conflict.is_resolved


def test_staff_of_another_event_cannot_resolve_and_learn_nothing(event, make_event, door_staff):
    conflict = make_conflict(event, door_staff)
    other = make_event(title="다른 행사", slug="other")
    elsewhere = UserFactory(is_staff=True)
    CheckInAssignment.objects.create(event=other, user=elsewhere)
    client = Client()
    client.force_login(elsewhere)

    direct = client.post(resolve_url(event, conflict), {"note": "x"})
    # Through their own event's address: the conflict is not one of its conflicts.
    sideways = client.post(resolve_url(other, conflict), {"note": "x"})

    assert (direct.status_code, sideways.status_code) == (403, 404)
    conflict.refresh_from_db()
    assert not conflict.is_resolved


def test_the_sync_and_the_list_count_only_open_conflicts(event, door_staff):
    conflict = make_conflict(event, door_staff)
    resolve_check_in_conflict(conflict=conflict, staff=door_staff, note="done")
    client = Client()
    client.force_login(door_staff)

    with translation.override("en"):
        listed = client.get(
            reverse("registrations:check_in_app_list", kwargs={"event_id": event.pk})
        )

    assert listed.json()["conflicts"] == 0


# --- the registrations page in the admin ----------------------------------------------------


def test_managers_resolve_a_conflict_on_the_registrations_page(event, door_staff):
    conflict = make_conflict(event, door_staff)
    manager = UserFactory(is_staff=True, email="manager@example.org")
    manager.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "check_in_registrations"])
    )
    client = Client()
    client.force_login(manager)
    index = reverse("registrations_admin_index", kwargs={"event_id": event.pk})
    action = reverse(
        "registrations_admin_resolve_check_in_conflict",
        kwargs={"event_id": event.pk, "conflict_id": conflict.pk},
    )

    before = client.get(index).content.decode()
    response = client.post(action, {"note": "Called the registrant."})
    after = client.get(index).content.decode()

    assert 'data-conflict="open"' in before and action in before
    assert response.status_code == 302
    assert 'data-conflict="resolved"' in after and "Called the registrant." in after
    conflict.refresh_from_db()
    assert conflict.resolved_by == manager


def test_door_staff_cannot_use_the_admins_resolve(event, door_staff):
    conflict = make_conflict(event, door_staff)
    client = Client()
    client.force_login(door_staff)
    action = reverse(
        "registrations_admin_resolve_check_in_conflict",
        kwargs={"event_id": event.pk, "conflict_id": conflict.pk},
    )

    response = client.post(action, {"note": "x"})

    assert response.status_code in (302, 403)
    conflict.refresh_from_db()
    assert not conflict.is_resolved
