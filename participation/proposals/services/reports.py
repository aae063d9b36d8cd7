"""Residents report comments (once per account and comment); staff hide a reported comment
with a public reason (services.staff.hide_comment) or dismiss its reports."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..errors import AlreadyReported, CommentNotAvailable, InvalidProposal
from ..models import MAX_REPORT_DETAILS_LENGTH, Comment, CommentReport, ReportReason, Visibility
from .residents import ensure_can_take_part
from .staff import ensure_can_moderate

REPORT_REASON_UNKNOWN = _("Please choose why you report this comment.")
REPORT_DETAILS_TOO_LONG = _("Please keep the details to %(limit)d characters.")


def is_visible(comment: Comment) -> bool:
    """Shown on the public page: on a published proposal, its language known, not hidden."""
    return (
        comment.proposal.visibility == Visibility.PUBLISHED
        and not comment.language_pending
        and not comment.hidden_reason
    )


@transaction.atomic
def report_comment(
    *, comment: Comment, user, reason: str, details: str = "", now=None
) -> CommentReport:
    """A signed-in resident reports a visible comment to the moderators, once per comment.
    Raises AlreadyReported on a second report and writes nothing then."""
    now = now or timezone.now()
    ensure_can_take_part(user)
    comment = Comment.objects.select_related("proposal").get(pk=comment.pk)
    if not is_visible(comment):
        raise CommentNotAvailable()
    if reason not in ReportReason.values:
        raise InvalidProposal(REPORT_REASON_UNKNOWN, field="reason")
    details = (details or "").strip()
    if len(details) > MAX_REPORT_DETAILS_LENGTH:
        raise InvalidProposal(
            REPORT_DETAILS_TOO_LONG, field="details", limit=MAX_REPORT_DETAILS_LENGTH
        )
    try:
        with transaction.atomic():  # a savepoint: a duplicate leaves the transaction usable
            return CommentReport.objects.create(
                comment=comment, reporter=user, reason=reason, details=details, created_at=now
            )
    except IntegrityError:
        raise AlreadyReported() from None


@transaction.atomic
def dismiss_comment_reports(*, comment: Comment, user, now=None) -> int:
    """Staff find nothing wrong: the comment stays, its open reports are closed."""
    ensure_can_moderate(user)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    return CommentReport.objects.filter(comment=comment, resolved_at__isnull=True).update(
        resolved_at=now or timezone.now()
    )
