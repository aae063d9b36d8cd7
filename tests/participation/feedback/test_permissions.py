import pytest
from django.contrib.auth.models import AnonymousUser

from participation.feedback.errors import NotPermitted
from participation.feedback.permissions import (
    assignable_departments,
    can_access_queue,
    can_handle,
    ensure_can_handle,
    sees_all_departments,
    visible_items,
)
from tests.factories import (
    DepartmentFactory,
    FeedbackItemFactory,
    FeedbackStaffFactory,
    ServiceCategoryFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def parks():
    return DepartmentFactory(code="parks")


@pytest.fixture
def roads():
    return DepartmentFactory(code="roads")


@pytest.fixture
def items(parks, roads):
    return {
        "parks": FeedbackItemFactory(category=ServiceCategoryFactory(department=parks)),
        "roads": FeedbackItemFactory(category=ServiceCategoryFactory(department=roads)),
        "unassigned": FeedbackItemFactory(department=None),
    }


@pytest.fixture
def parks_staff(parks):
    user = FeedbackStaffFactory()
    parks.members.add(user)
    return user


def test_queue_access_needs_staff_status_and_the_view_permission(parks):
    assert can_access_queue(FeedbackStaffFactory())
    assert not can_access_queue(AnonymousUser())
    assert not can_access_queue(None)
    assert not can_access_queue(UserFactory(is_staff=True))  # no view permission
    assert not can_access_queue(FeedbackStaffFactory(is_staff=False))
    assert not can_access_queue(FeedbackStaffFactory(is_active=False))


def test_department_staff_see_and_handle_only_their_departments_items(items, parks_staff):
    assert list(visible_items(parks_staff)) == [items["parks"]]
    assert can_handle(parks_staff, items["parks"])
    assert not can_handle(parks_staff, items["roads"])
    assert not can_handle(parks_staff, items["unassigned"])
    with pytest.raises(NotPermitted):
        ensure_can_handle(parks_staff, items["roads"])
    ensure_can_handle(parks_staff, items["parks"])


def test_a_member_of_several_departments_sees_each_item_once(items, parks, roads, parks_staff):
    roads.members.add(parks_staff)

    assert sorted(i.pk for i in visible_items(parks_staff)) == sorted(
        [items["parks"].pk, items["roads"].pk]
    )


@pytest.mark.parametrize("kind", ["dispatcher", "superuser"])
def test_dispatchers_and_superusers_see_every_item_including_unassigned(items, dispatcher, kind):
    user = dispatcher if kind == "dispatcher" else UserFactory(is_staff=True, is_superuser=True)

    assert sees_all_departments(user)
    assert visible_items(user).count() == 3
    assert all(can_handle(user, item) for item in items.values())


def test_a_department_member_without_the_view_permission_gets_nothing(items, parks):
    member = UserFactory(is_staff=True)
    parks.members.add(member)

    assert not visible_items(member).exists()
    assert not can_handle(member, items["parks"])
    assert not assignable_departments(member).exists()


def test_triage_all_without_the_view_permission_gets_nothing(items):
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="triage_all_feedback"))

    assert not visible_items(user).exists()
    assert not can_handle(user, items["unassigned"])


def test_assignable_departments(parks, roads, parks_staff, dispatcher):
    assert list(assignable_departments(parks_staff)) == [parks]
    assert set(assignable_departments(dispatcher)) == {parks, roads}
