"""Domain errors: each carries a translated message the views and the API can show as is."""

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from . import conf

# Interpolates when shown, so the message follows the language of whoever reads it.
lazy_format = lazy(lambda template, params: str(template) % params, str)


class FeedbackError(Exception):
    message = _("Your feedback could not be processed.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


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
        super().__init__(lazy_format(type(self).message, {"days": conf.reopen_period().days}))


class AlreadyRated(ActionNotAllowed):
    message = _("You have already rated this answer.")


class NotPermitted(FeedbackError):
    message = _("You do not have permission to handle this item.")
