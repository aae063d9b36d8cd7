"""Limits of what residents write."""

MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 5000
MAX_COMMENT_LENGTH = 2000
