"""Registration models, by concept: seats, registrations and their records (registrations),
check-in at the door (check_in)."""

from .check_in import CheckIn, CheckInAssignment, CheckInConflict, OfflineScan
from .registrations import (
    EventCapacity,
    ParticipationRecord,
    Registration,
    RegistrationNotice,
    ResidentType,
    new_ticket_token,
)

__all__ = [
    "CheckIn",
    "CheckInAssignment",
    "CheckInConflict",
    "EventCapacity",
    "OfflineScan",
    "ParticipationRecord",
    "Registration",
    "RegistrationNotice",
    "ResidentType",
    "new_ticket_token",
]
