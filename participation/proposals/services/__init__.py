"""Proposal writes, by who makes them: residents (residents, supports, reports), staff (staff,
reports), the language and translation workers (texts) and erasure (privacy)."""

from .privacy import (
    erase_participant_data,
    erase_proposal_personal_data,
    purge_expired_personal_data,
)
from .reports import dismiss_comment_reports, report_comment
from .residents import (
    add_comment,
    correct_proposal_language,
    follow_proposal,
    submit_proposal,
    unfollow_proposal,
)
from .staff import (
    answer_comment,
    answer_proposal,
    hide_comment,
    hide_proposal,
    publish_proposal,
    retry_machine_translation,
    translate_by_hand,
)
from .supports import support_proposal, withdraw_support

__all__ = [
    "add_comment",
    "answer_comment",
    "answer_proposal",
    "correct_proposal_language",
    "dismiss_comment_reports",
    "erase_participant_data",
    "erase_proposal_personal_data",
    "follow_proposal",
    "hide_comment",
    "hide_proposal",
    "publish_proposal",
    "purge_expired_personal_data",
    "report_comment",
    "retry_machine_translation",
    "submit_proposal",
    "support_proposal",
    "translate_by_hand",
    "unfollow_proposal",
    "withdraw_support",
]
