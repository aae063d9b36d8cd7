"""What staff do: review (publish or hide with a public reason), hide and answer comments,
and answer proposals officially in Korean — each answer a status change on the public timeline,
translated like a staff reply and emailed to each follower once it reads in their language."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import conf
from ..errors import InvalidProposal, NotAvailable, NotPermitted
from ..models import Comment, HideReason, Proposal, Status, StatusChange, Visibility
from ..notifications import notify_author_hidden, notify_comment_author_hidden
from ..selectors import result_pages
from .delivery import create_answer_notices, deliver_answer
from .residents import checked_text
from .texts import (
    request_answer_translations,
    retry_translation,
    set_manual_translation,
    store_language,
)

ANSWER_MISSING = _("Please write the answer (in Korean).")
ANSWER_TOO_LONG = _("Please keep the answer to %(limit)d characters.")
STATUS_UNKNOWN = _("Please choose a status.")
RESULT_ONLY_WHEN_IMPLEMENTED = _(
    "Only an implemented proposal links to the page that shows its result."
)
RESULT_PAGE_UNKNOWN = _("Please choose a published news or program page.")
REASON_UNKNOWN = _("Please choose why it is hidden.")
TRANSLATION_MISSING = _("Please type the translation.")
PROVIDER_CANNOT = _(
    "The translation provider cannot translate this text now: translate it by hand."
)
COMMENT_ANSWER_MISSING = _("Please write the answer (in Korean).")
COMMENT_ANSWER_TOO_LONG = _("Please keep the answer to %(limit)d characters.")
STAFF_LANGUAGE = "ko"
MODERATE_PERMISSION = "proposals.change_proposal"


def ensure_can_moderate(user) -> None:
    if user is None or not user.is_staff or not user.has_perm(MODERATE_PERMISSION):
        raise NotPermitted()


def _locked(proposal: Proposal) -> Proposal:
    # of=self: the author is a nullable join, which PostgreSQL cannot lock.
    return (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("author")
        .get(pk=proposal.pk)
    )


@transaction.atomic
def publish_proposal(*, proposal: Proposal, user, now=None) -> Proposal:
    ensure_can_moderate(user)
    proposal = _locked(proposal)
    if proposal.visibility == Visibility.PUBLISHED:
        return proposal
    proposal.visibility = Visibility.PUBLISHED
    proposal.hidden_reason = ""
    proposal.published_at = proposal.published_at or now or timezone.now()
    proposal.save(update_fields=["visibility", "hidden_reason", "published_at"])
    return proposal


@transaction.atomic
def hide_proposal(*, proposal: Proposal, user, reason: str, now=None) -> Proposal:
    """Hide a proposal; its title stays listed with the reason, and the author is told in
    their language."""
    ensure_can_moderate(user)
    if reason not in HideReason.values:
        raise InvalidProposal(REASON_UNKNOWN, field="reason")
    proposal = _locked(proposal)
    if proposal.visibility == Visibility.HIDDEN:
        raise NotAvailable()
    proposal.visibility = Visibility.HIDDEN
    proposal.hidden_reason = reason
    proposal.save(update_fields=["visibility", "hidden_reason"])
    notify_author_hidden(proposal=proposal)
    return proposal


@transaction.atomic
def hide_comment(*, comment: Comment, user, reason: str, now=None) -> Comment:
    """Hide a comment: the public reason shows in its place, its open reports are closed and
    its author is told in their language (once: hiding it again only changes the reason)."""
    ensure_can_moderate(user)
    if reason not in HideReason.values:
        raise InvalidProposal(REASON_UNKNOWN, field="reason")
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    already_hidden = bool(comment.hidden_reason)
    comment.hidden_reason = reason
    comment.save(update_fields=["hidden_reason"])
    comment.reports.filter(resolved_at__isnull=True).update(resolved_at=now or timezone.now())
    if not already_hidden and comment.author_id and not comment.by_staff:
        notify_comment_author_hidden(
            comment=Comment.objects.select_related("author", "proposal").get(pk=comment.pk)
        )
    return comment


@transaction.atomic
def answer_comment(*, comment: Comment, user, body: str, now=None) -> Comment:
    """Staff answer a comment in Korean, one level deep (an answer to a reply joins its
    thread); marked as the district's, and translated like any comment."""
    now = now or timezone.now()
    ensure_can_moderate(user)
    body = checked_text(
        body,
        limit=conf.MAX_COMMENT_LENGTH,
        missing=COMMENT_ANSWER_MISSING,
        too_long=COMMENT_ANSWER_TOO_LONG,
        field="body",
    )
    comment = Comment.objects.select_related("proposal").get(pk=comment.pk)
    if comment.proposal.visibility != Visibility.PUBLISHED:
        raise NotAvailable()
    answer = Comment.objects.create(
        proposal=comment.proposal,
        parent_id=comment.parent_id or comment.pk,
        author=user,
        by_staff=True,
        body=body,
        language=STAFF_LANGUAGE,
        site_language=STAFF_LANGUAGE,
        created_at=now,
    )
    store_language(text_owner=answer, code=STAFF_LANGUAGE, confidence=1.0, chosen=True, now=now)
    return answer


@transaction.atomic
def answer_proposal(
    *, proposal: Proposal, user, status: str, answer: str, result_page=None, now=None
):
    """Staff's official answer in Korean with the proposal's (new) status: a timeline entry,
    its translation into the other site languages, and an email to each follower, sent when
    the answer reads in their language (services/delivery.py). An implemented proposal may
    link to the news or program page that shows its result."""
    now = now or timezone.now()
    ensure_can_moderate(user)
    if status not in Status.values or status == Status.OPEN:
        raise InvalidProposal(STATUS_UNKNOWN, field="status")
    answer = checked_text(
        answer,
        limit=conf.MAX_BODY_LENGTH,
        missing=ANSWER_MISSING,
        too_long=ANSWER_TOO_LONG,
        field="answer",
    )
    if result_page is not None:
        if status != Status.IMPLEMENTED:
            raise InvalidProposal(RESULT_ONLY_WHEN_IMPLEMENTED, field="result_page")
        if not result_pages().filter(pk=result_page.pk).exists():
            raise InvalidProposal(RESULT_PAGE_UNKNOWN, field="result_page")
    proposal = _locked(proposal)
    if proposal.visibility != Visibility.PUBLISHED:
        raise NotAvailable()
    change = StatusChange.objects.create(
        proposal=proposal,
        from_status=proposal.status,
        to_status=status,
        answer=answer,
        changed_by=user,
        changed_at=now,
    )
    proposal.status = status
    proposal.answered_at = proposal.answered_at or now
    if result_page is not None:
        proposal.result_page = result_page
    proposal.save(update_fields=["status", "answered_at", "result_page"])
    create_answer_notices(change=change)
    request_answer_translations(status_change=change, now=now)
    deliver_answer(status_change_id=change.pk, now=now)  # Korean readers at once
    return change


def translate_by_hand(*, translation, user, text: str, now=None):
    """Staff type the translation the provider could not give (or correct the machine's)."""
    ensure_can_moderate(user)
    if not text.strip():
        raise InvalidProposal(TRANSLATION_MISSING, field="text")
    return set_manual_translation(translation=translation, text=text, now=now)


def retry_machine_translation(*, translation, user) -> None:
    ensure_can_moderate(user)
    if not retry_translation(translation=translation):
        raise NotAvailable(PROVIDER_CANNOT)
