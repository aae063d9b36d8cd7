"""Feedback writes, by who makes them: residents (submission), staff (staff), the language
detection worker (languages), the translation pipeline (translating) and data protection
(privacy)."""

from .languages import detect_item_language
from .privacy import erase_personal_data, purge_expired_personal_data
from .staff import (
    add_internal_note,
    assign_department,
    change_status,
    correct_language,
    reply_as_staff,
)
from .submission import (
    add_follow_up,
    follow_up_refusal,
    rate_answer,
    rating_refusal,
    reopen_item,
    reopen_refusal,
    submit_feedback,
)
from .translating import retry_machine_translation, send_untranslated, set_manual_translation

__all__ = [
    "add_follow_up",
    "add_internal_note",
    "assign_department",
    "change_status",
    "correct_language",
    "detect_item_language",
    "erase_personal_data",
    "follow_up_refusal",
    "purge_expired_personal_data",
    "rate_answer",
    "rating_refusal",
    "reopen_item",
    "reopen_refusal",
    "reply_as_staff",
    "retry_machine_translation",
    "send_untranslated",
    "set_manual_translation",
    "submit_feedback",
]
