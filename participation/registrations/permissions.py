"""Who may see registrations and check people in.

- Registration managers: superusers, and staff with the global
  ``registrations.check_in_registrations`` permission. They see every event's registrations
  and CSV export, may check in at any event, and assign check-in staff per event.
- Check-in staff of one event: staff accounts with a CheckInAssignment for that event (its
  default-language page). They may open that event's check-in page, nothing else.

Checked per object in the views; a refusal never tells whether the event exists.
"""

from cms.models import EventPage

from .models import CheckInAssignment
from .selectors import source_event

CHECK_IN_PERMISSION = "registrations.check_in_registrations"


def may_manage_registrations(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or (user.is_staff and user.has_perm(CHECK_IN_PERMISSION))


def may_check_in(user, event: EventPage | None) -> bool:
    """Whether `user` may check people in at `event` (None: an event that does not exist,
    which only managers are told about)."""
    if may_manage_registrations(user):
        return True
    if event is None or not user.is_authenticated or not (user.is_active and user.is_staff):
        return False
    return CheckInAssignment.objects.filter(event=source_event(event), user=user).exists()


def check_in_event_ids(user) -> set[int] | None:
    """The (default-language) events `user` may check in at: None for all of them."""
    if may_manage_registrations(user):
        return None
    if not user.is_authenticated or not (user.is_active and user.is_staff):
        return set()
    return set(CheckInAssignment.objects.filter(user=user).values_list("event_id", flat=True))


def may_see_overview(user) -> bool:
    """The admin's list of events: managers, and staff assigned to at least one event."""
    event_ids = check_in_event_ids(user)
    return event_ids is None or bool(event_ids)
