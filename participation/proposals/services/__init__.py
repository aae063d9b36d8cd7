"""Proposal writes, by who makes them: residents (residents, supports), staff (staff) and the
language and translation workers (texts)."""

from .residents import (
    add_comment,
    correct_proposal_language,
    follow_proposal,
    submit_proposal,
    unfollow_proposal,
)
from .staff import answer_proposal, hide_comment, hide_proposal, publish_proposal
from .supports import support_proposal, withdraw_support
from .texts import set_manual_translation

__all__ = [
    "add_comment",
    "answer_proposal",
    "correct_proposal_language",
    "follow_proposal",
    "hide_comment",
    "hide_proposal",
    "publish_proposal",
    "set_manual_translation",
    "submit_proposal",
    "support_proposal",
    "unfollow_proposal",
    "withdraw_support",
]
