"""Per-event check-in: managers (the global permission) check in anywhere and assign staff to
single events; assigned staff check in at those events only."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from participation.registrations import services
from participation.registrations.errors import NotStaffAccount
from participation.registrations.models import CheckIn, CheckInAssignment
from participation.registrations.permissions import (
    check_in_event_ids,
    may_check_in,
    may_manage_registrations,
)
from tests.factories import StaffUserFactory, UserFactory
from tests.participation.registrations.helpers import register

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_staff_mfa")]


def check_in_url(event, language="en"):
    with translation.override(language):
        return reverse("registrations:check_in", kwargs={"event_id": event.pk})


def manager(**fields):
    user = UserFactory(is_staff=True, **fields)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "check_in_registrations"])
    )
    UserProfile.get_for_user(user).save()
    return user


@pytest.fixture
def other_event(make_event):
    return make_event(title="다른 행사", slug="other")


@pytest.fixture
def door_staff(event):
    user = UserFactory(is_staff=True, email="door@example.org")
    CheckInAssignment.objects.create(event=event, user=user)
    return user


# --- the rules ------------------------------------------------------------------------------


def test_managers_may_check_in_everywhere(event, other_event):
    user = manager()

    assert may_manage_registrations(user)
    assert may_check_in(user, event) and may_check_in(user, other_event)
    assert may_check_in(user, None)  # they are told an event does not exist
    assert check_in_event_ids(user) is None


def test_assigned_staff_may_check_in_at_their_event_only(event, other_event, door_staff):
    assert not may_manage_registrations(door_staff)
    assert may_check_in(door_staff, event)
    assert not may_check_in(door_staff, other_event)
    assert not may_check_in(door_staff, None)
    assert check_in_event_ids(door_staff) == {event.pk}


def test_the_assignment_covers_every_language_version(event, vietnamese_event, door_staff):
    assert may_check_in(door_staff, vietnamese_event)


def test_an_assignment_is_void_once_the_account_is_no_longer_staff(event, door_staff):
    door_staff.is_staff = False
    door_staff.save()

    assert not may_check_in(door_staff, event)
    assert check_in_event_ids(door_staff) == set()


def test_staff_without_permission_or_assignment_may_not(event):
    user = UserFactory(is_staff=True)

    assert not may_check_in(user, event)
    assert check_in_event_ids(user) == set()


# --- the check-in page ----------------------------------------------------------------------


def test_assigned_staff_check_people_in_at_their_event(event, door_staff, client):
    registration = register(event)
    client.force_login(door_staff)

    assert client.get(check_in_url(event)).status_code == 200
    response = client.post(check_in_url(event), {"code": registration.ticket_token})

    assert response.context["result"].status == "checked_in"
    assert CheckIn.objects.get().checked_in_by == door_staff


def test_assigned_staff_use_the_translated_event_page_too(
    event, vietnamese_event, door_staff, client
):
    registration = register(event)
    client.force_login(door_staff)

    response = client.post(
        check_in_url(vietnamese_event, "vi"), {"code": registration.ticket_token}
    )

    assert response.context["result"].status == "checked_in"


def test_assigned_staff_are_refused_at_another_event(event, other_event, door_staff, client):
    registration = register(other_event)
    client.force_login(door_staff)

    assert client.get(check_in_url(other_event)).status_code == 403
    assert (
        client.post(check_in_url(other_event), {"code": registration.ticket_token}).status_code
        == 403
    )
    assert not CheckIn.objects.exists()


def test_a_missing_event_is_403_not_404_for_assigned_staff(door_staff, client):
    client.force_login(door_staff)
    with translation.override("en"):
        url = reverse("registrations:check_in", kwargs={"event_id": 999999})

    assert client.get(url).status_code == 403


def test_unassigned_staff_are_refused(event, client):
    registration = register(event)
    client.force_login(UserFactory(is_staff=True))

    assert client.post(check_in_url(event), {"code": registration.ticket_token}).status_code == 403
    assert not CheckIn.objects.exists()


def test_an_assigned_account_that_lost_staff_status_is_refused(event, door_staff, client):
    door_staff.is_staff = False
    door_staff.save()
    client.force_login(door_staff)

    assert client.get(check_in_url(event)).status_code == 403


def test_assigned_staff_do_not_see_the_registrations_in_the_admin(event, door_staff, client):
    door_staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(door_staff)

    assert client.get(reverse("registrations_admin_index", args=[event.pk])).status_code == 403
    assert client.get(reverse("registrations_admin_csv", args=[event.pk])).status_code == 403


# --- assigning, in the admin ----------------------------------------------------------------


def add_url(event):
    return reverse("registrations_admin_add_check_in_staff", args=[event.pk])


def remove_url(event, user):
    return reverse("registrations_admin_remove_check_in_staff", args=[event.pk, user.pk])


def test_a_manager_assigns_staff_by_email_and_removes_them(event, client):
    boss = manager()
    helper = UserFactory(is_staff=True, email="helper@example.org")
    client.force_login(boss)

    response = client.post(add_url(event), {"email": "HELPER@example.org"})

    assert response.status_code == 302
    assignment = CheckInAssignment.objects.get()
    assert (assignment.event, assignment.user, assignment.assigned_by) == (event, helper, boss)
    page = client.get(reverse("registrations_admin_index", args=[event.pk])).content.decode()
    assert "helper@example.org" in page
    assert remove_url(event, helper) in page

    client.post(add_url(event), {"email": "helper@example.org"})  # again: nothing new
    assert CheckInAssignment.objects.count() == 1

    client.post(remove_url(event, helper))
    assert not CheckInAssignment.objects.exists()


def test_assigning_from_a_translated_page_assigns_the_event(event, vietnamese_event):
    helper = UserFactory(is_staff=True)

    services.assign_check_in_staff(event=vietnamese_event, email=helper.email, assigned_by=None)

    assert CheckInAssignment.objects.get().event_id == event.pk


@pytest.mark.parametrize("account", ["resident", "inactive", "nobody"])
def test_only_active_staff_accounts_can_be_assigned(event, client, account):
    if account == "resident":
        UserFactory(email="x@example.org")
    elif account == "inactive":
        UserFactory(email="x@example.org", is_staff=True, is_active=False)
    client.force_login(manager())

    with pytest.raises(NotStaffAccount):
        services.assign_check_in_staff(event=event, email="x@example.org", assigned_by=None)
    response = client.post(add_url(event), {"email": "x@example.org"}, follow=True)

    assert response.status_code == 200
    assert not CheckInAssignment.objects.exists()
    with translation.override("ko"):  # the admin speaks the default language to this manager
        assert str(NotStaffAccount.message) in [str(m) for m in response.context["messages"]]


def test_staff_without_the_global_permission_cannot_assign(event, door_staff, client):
    door_staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other = UserFactory(is_staff=True, email="friend@example.org")
    client.force_login(door_staff)

    assert client.post(add_url(event), {"email": other.email}).status_code == 403
    assert client.post(remove_url(event, door_staff)).status_code == 403
    assert list(CheckInAssignment.objects.values_list("user", flat=True)) == [door_staff.pk]


def test_assigning_needs_a_post(event, client):
    client.force_login(StaffUserFactory())

    assert client.get(add_url(event)).status_code == 405
