"""Limits of what residents write, and how long personal data is kept.

- PROPOSALS_RETENTION_DAYS: who wrote, supported, followed and commented on a proposal is
  forgotten this long after its round closed and its last answer came (default:
  FEEDBACK_RETENTION_DAYS, else 1095).
"""

from datetime import timedelta

from django.conf import settings

MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 5000
MAX_COMMENT_LENGTH = 2000
MAX_IMAGE_DESCRIPTION_LENGTH = 200


def retention_period() -> timedelta:
    default = getattr(settings, "FEEDBACK_RETENTION_DAYS", 365 * 3)
    return timedelta(days=getattr(settings, "PROPOSALS_RETENTION_DAYS", default))
