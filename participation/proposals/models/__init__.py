"""The proposals' models: rounds, proposals and what hangs on them (core), and residents'
reports of comments (reports)."""

from .core import (
    LANGUAGE_CHOICES,
    AnswerNotice,
    Comment,
    DetectedText,
    Follow,
    HideReason,
    Moderation,
    Proposal,
    ProposalRound,
    Status,
    StatusChange,
    Support,
    TextTranslation,
    Topic,
    Visibility,
    image_path,
)
from .reports import MAX_REPORT_DETAILS_LENGTH, CommentReport, ReportReason

__all__ = [
    "LANGUAGE_CHOICES",
    "MAX_REPORT_DETAILS_LENGTH",
    "AnswerNotice",
    "Comment",
    "CommentReport",
    "DetectedText",
    "Follow",
    "HideReason",
    "Moderation",
    "Proposal",
    "ProposalRound",
    "ReportReason",
    "Status",
    "StatusChange",
    "Support",
    "TextTranslation",
    "Topic",
    "Visibility",
    "image_path",
]
