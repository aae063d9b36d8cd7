"""Writes of the API: authenticating a client, and taking in a service request as feedback."""

from django.utils import timezone

from participation.feedback import services as feedback_services
from participation.feedback.errors import FeedbackError, InvalidFeedback, SubmissionRateLimited
from participation.feedback.models import ApiKey, FeedbackItem, Kind, hash_api_key
from participation.feedback.ratelimits import (
    check_api_client_rate,
    check_failed_api_key_rate,
    check_submission_rate,
)

from . import conf
from .errors import (
    API_KEY_ATTEMPTS,
    API_KEY_INVALID,
    API_KEY_MISSING,
    EMAIL_INVALID,
    Forbidden,
    Open311Error,
    TooManyRequests,
)


def authenticate_client(raw_key: str, *, ip_address: str = "") -> ApiKey:
    """The active client whose key this is (its last use recorded), else Forbidden; each
    failure counts against `ip_address`, and past the hour's limit the answer is
    TooManyRequests."""
    if not raw_key:
        _count_failure(ip_address)
        raise Forbidden(API_KEY_MISSING)
    client = ApiKey.objects.filter(key_hash=hash_api_key(raw_key), is_active=True).first()
    if client is None:
        _count_failure(ip_address)
        raise Forbidden(API_KEY_INVALID)
    client.last_used_at = timezone.now()
    ApiKey.objects.filter(pk=client.pk).update(last_used_at=client.last_used_at)
    return client


def _count_failure(ip_address: str) -> None:
    if not ip_address:
        return
    try:
        check_failed_api_key_rate(ip_address=ip_address, limit=conf.failed_key_limit_per_hour())
    except SubmissionRateLimited as error:
        raise TooManyRequests(API_KEY_ATTEMPTS, retry_after=error.retry_after) from None


def count_client_request(*, client: ApiKey) -> None:
    """Count a POST of this client, valid or not: TooManyRequests past the hour's limit."""
    try:
        check_api_client_rate(client_id=client.pk, limit=conf.rate_limit_per_hour())
    except SubmissionRateLimited as error:
        raise TooManyRequests(error.message, retry_after=error.retry_after) from None


def submit_service_request(*, client: ApiKey, arguments: dict, language: str) -> FeedbackItem:
    """A complaint from intake.read_service_request's `arguments`, rate-limited per email
    address like the web form (per client: count_client_request). The client's terms of use
    carry the resident's consent; contact details are optional, as in the spec."""
    try:
        check_submission_rate(email=arguments["contact_email"])
        return feedback_services.submit_feedback(
            kind=Kind.COMPLAINT,
            site_language=language,
            consent=True,
            require_contact=False,
            channel=FeedbackItem.Channel.OPEN311,
            api_client=client,
            **arguments,
        )
    except SubmissionRateLimited as error:
        raise TooManyRequests(error.message, retry_after=error.retry_after) from None
    except InvalidFeedback as error:
        if error.field == "contact_email":
            raise Open311Error(EMAIL_INVALID) from None
        raise Open311Error(error.message) from None
    except FeedbackError as error:
        raise Open311Error(error.message) from None
