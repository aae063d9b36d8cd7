"""Feedback writes, by who makes them: residents (submission), staff (staff), the translation
pipeline (translating) and data protection (privacy)."""

from .privacy import erase_personal_data, purge_expired_personal_data
from .staff import (
    add_internal_note,
    assign_department,
    change_status,
    correct_language,
    reply_as_staff,
)
from .submission import add_follow_up, rate_answer, reopen_item, submit_feedback
from .translating import set_manual_translation

__all__ = [
    "add_follow_up",
    "add_internal_note",
    "assign_department",
    "change_status",
    "correct_language",
    "erase_personal_data",
    "purge_expired_personal_data",
    "rate_answer",
    "reopen_item",
    "reply_as_staff",
    "set_manual_translation",
    "submit_feedback",
]
