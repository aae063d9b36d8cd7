"""Who may see and handle which items: dispatchers (the triage_all permission, superusers) see
every item; other staff see the items of the departments they belong to. Checked per object by
every staff view and service."""

from django.db.models import QuerySet

from .errors import NotPermitted
from .models import Department, FeedbackItem

TRIAGE_ALL = "feedback.triage_all_feedback"
ACCESS = "feedback.view_feedbackitem"


def can_access_queue(user) -> bool:
    return bool(user and user.is_active and user.is_staff and user.has_perm(ACCESS))


def sees_all_departments(user) -> bool:
    return user.is_superuser or user.has_perm(TRIAGE_ALL)


def visible_items(user) -> QuerySet[FeedbackItem]:
    if not can_access_queue(user):
        return FeedbackItem.objects.none()
    items = FeedbackItem.objects.all()
    if sees_all_departments(user):
        return items
    return items.filter(department__members=user)


def can_handle(user, item: FeedbackItem) -> bool:
    if not can_access_queue(user):
        return False
    if sees_all_departments(user):
        return True
    return item.department_id is not None and item.department.members.filter(pk=user.pk).exists()


def ensure_can_handle(user, item: FeedbackItem) -> None:
    if not can_handle(user, item):
        raise NotPermitted()


def assignable_departments(user) -> QuerySet[Department]:
    """Where `user` may route an item: anywhere for dispatchers, else their own departments."""
    if not can_access_queue(user):
        return Department.objects.none()
    if sees_all_departments(user):
        return Department.objects.all()
    return Department.objects.filter(members=user)
