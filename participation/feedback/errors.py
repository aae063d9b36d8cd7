"""Feedback's domain errors (portal.errors.DomainError): each carries a translated message the
views and the API can show as is."""

from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError

from . import conf


class FeedbackError(DomainError):
    message = _("Your feedback could not be processed.")


class InvalidFeedback(FeedbackError):
    """A field is wrong; ``field`` names it (None: the submission as a whole)."""

    def __init__(self, message, *, field: str | None = None):
        self.field = field
        super().__init__(message)


class ConsentMissing(FeedbackError):
    message = _("Please agree to the use of your personal information to send feedback.")


class SubmissionRateLimited(FeedbackError):
    message = _(
        "You have sent a lot of feedback in a short time. Please wait an hour and try again."
    )

    def __init__(self, message=None, *, retry_after: int = 3600):
        self.retry_after = retry_after  # seconds, for the 429's Retry-After header
        super().__init__(message)


class InvalidAttachment(FeedbackError):
    pass


class ActionNotAllowed(FeedbackError):
    message = _("This action is not possible for this item now.")


class ReopenPeriodOver(ActionNotAllowed):
    message = _("Items can be reopened only within %(days)d days of being closed.")

    def __init__(self):
        super().__init__(days=conf.reopen_period().days)


class AlreadyRated(ActionNotAllowed):
    message = _("You have already rated this answer.")


class NotPermitted(FeedbackError):
    message = _("You do not have permission to handle this item.")
