"""Proposals' domain errors (portal.errors.DomainError): each carries a translated message the
views can show as is."""

from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError


class ProposalError(DomainError):
    message = _("Your proposal could not be processed.")


class InvalidProposal(ProposalError):
    """A field is wrong; ``field`` names it (None: the submission as a whole)."""

    def __init__(self, message, *, field: str | None = None, **params):
        self.field = field
        super().__init__(message, **params)


class RoundClosed(ProposalError):
    message = _("This proposal round is not open: proposals and supports are not accepted now.")


class EmailNotVerified(ProposalError):
    message = _("Please confirm your email address before taking part.")


class NotSupported(ProposalError):
    message = _("You are not supporting this proposal.")


class AlreadySupported(ProposalError):
    message = _("You already support this proposal.")


class NotAvailable(ProposalError):
    message = _("This proposal is not open for this now.")


class NotPermitted(ProposalError):
    message = _("You do not have permission to do this.")


class PostRateLimited(ProposalError):
    message = _("You have posted a lot in a short time. Please wait an hour and try again.")

    def __init__(self, message=None, *, retry_after: int = 3600):
        self.retry_after = retry_after  # seconds, for the 429's Retry-After header
        super().__init__(message)


class AlreadyReported(ProposalError):
    message = _(
        "You have already reported this comment. Thank you: the moderators will look at it."
    )


class CommentNotAvailable(ProposalError):
    message = _("This comment cannot be reported or answered now.")
