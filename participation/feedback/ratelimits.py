"""Submissions per IP address and per email address an hour (conf.rate_limit_per_hour())."""

import hashlib
import logging

from django.core.cache import cache
from django.utils import timezone

from . import conf
from .errors import SubmissionRateLimited

logger = logging.getLogger(__name__)


def check_submission_rate(*, ip_address: str, email: str = "") -> None:
    """Count this submission; raise SubmissionRateLimited when a counter is over the limit."""
    hour = int(timezone.now().timestamp() // 3600)
    keys = [f"feedback:rate:ip:{ip_address}:{hour}"]
    if email:
        digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]
        keys.append(f"feedback:rate:email:{digest}:{hour}")
    limit = conf.rate_limit_per_hour()
    for key in keys:
        try:
            cache.add(key, 0, timeout=3700)
            count = cache.incr(key)
        except Exception:  # a cache outage must not stop residents from writing to us
            logger.warning("feedback rate limit unavailable", exc_info=True)
            continue
        if count > limit:
            raise SubmissionRateLimited()
