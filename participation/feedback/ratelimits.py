"""Submissions per IP address and per email address an hour (conf.rate_limit_per_hour())."""

import hashlib

from django.utils import timezone

from portal.ratelimit import count_hit

from . import conf
from .errors import SubmissionRateLimited


def check_submission_rate(*, ip_address: str, email: str = "") -> None:
    """Count this submission; raise SubmissionRateLimited when a counter is over the limit."""
    hour = int(timezone.now().timestamp() // 3600)
    keys = [f"feedback:rate:ip:{ip_address}:{hour}"]
    if email:
        digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
        keys.append(f"feedback:rate:email:{digest}:{hour}")
    limit = conf.rate_limit_per_hour()
    for key in keys:
        count = count_hit(key, window_seconds=3700)
        if count is not None and count > limit:
            raise SubmissionRateLimited()
