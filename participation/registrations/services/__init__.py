"""Registration writes, by concept: seats and the waitlist (registering), the survey after the
event (surveys), who may check in at an event (check_in_staff), the offline check-in app's
sync (offline_sync) and staff resolving its conflicts (conflicts), an event's sessions
(sessions)."""

from .check_in_staff import assign_check_in_staff, remove_check_in_staff
from .conflicts import resolve_check_in_conflict
from .fewer_places import accept_fewer_places, keep_waiting
from .offline_sync import sync_offline_check_ins
from .registering import (
    accept_offer,
    cancel_registration,
    cancellation_refusal,
    check_registration_window,
    decline_offer,
    expire_offers,
    offer_free_seats,
    register,
    send_reminders,
)
from .sessions import register_for_sessions
from .surveys import answer_survey, check_survey_open, send_surveys

__all__ = [
    "accept_fewer_places",
    "accept_offer",
    "answer_survey",
    "assign_check_in_staff",
    "cancel_registration",
    "cancellation_refusal",
    "check_registration_window",
    "check_survey_open",
    "decline_offer",
    "expire_offers",
    "keep_waiting",
    "offer_free_seats",
    "register",
    "register_for_sessions",
    "remove_check_in_staff",
    "resolve_check_in_conflict",
    "send_reminders",
    "send_surveys",
    "sync_offline_check_ins",
]
