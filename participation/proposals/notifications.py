"""Emails about proposals, each rendered in its recipient's preferred language and queued
through the portal's email outbox (participation.emails: sent after commit, at most once).
Call inside the transaction of the change they report, so a rollback sends nothing."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from participation.emails import queue_email
from participation.feedback.models import TranslationStatus

from .links import list_unsubscribe_headers, proposal_url, unfollow_url
from .models import HideReason, Status


def _language(user) -> str:
    return user.preferred_language or "ko"


def notify_author_hidden(*, proposal) -> None:
    user = proposal.author
    if user is None:  # erased: nobody to tell
        return
    language = _language(user)
    with translation.override(language):
        subject = _("Your proposal was hidden: %(title)s") % {"title": proposal.title}
        body = render_to_string(
            "proposals/emails/hidden.txt",
            {
                "proposal": proposal,
                "reason": HideReason(proposal.hidden_reason).label,
                "url": proposal_url(proposal, language=language),
            },
        )
    email = EmailMultiAlternatives(subject=subject, body=body, to=[user.email])
    queue_email(message=email, language=language)


def notify_comment_author_hidden(*, comment) -> None:
    """Tell a comment's author, in their language, that the moderators hid it and why."""
    user, proposal = comment.author, comment.proposal
    language = _language(user)
    with translation.override(language):
        subject = _("Your comment was hidden: %(title)s") % {"title": proposal.title}
        body = render_to_string(
            "proposals/emails/comment_hidden.txt",
            {
                "proposal": proposal,
                "comment": comment,
                "reason": HideReason(comment.hidden_reason).label,
                "url": proposal_url(proposal, language=language),
            },
        )
    email = EmailMultiAlternatives(subject=subject, body=body, to=[user.email])
    queue_email(message=email, language=language)


def notify_follower(*, notice, answer=None) -> None:
    """Email `notice`'s follower about its answer (a StatusChange) in their language:
    `answer` (its readable TextTranslation) or, for Korean readers, the Korean itself; a
    translation says how it was made and carries the Korean original."""
    change, follow, language = notice.status_change, notice.follow, notice.language
    proposal = change.proposal
    with translation.override(language):
        status = Status(change.to_status).label
        subject = _("Proposal “%(title)s”: %(status)s") % {
            "title": proposal.title,
            "status": status,
        }
        body = render_to_string(
            "proposals/emails/status.txt",
            {
                "proposal": proposal,
                "change": change,
                "status": status,
                "translation": answer,
                "machine": answer is not None and answer.status == TranslationStatus.DONE,
                "url": proposal_url(proposal, language=language),
                "unfollow_url": unfollow_url(follow, language=language),
            },
        )
    email = EmailMultiAlternatives(
        subject=subject,
        body=body,
        to=[follow.user.email],
        headers=list_unsubscribe_headers(follow),
    )
    queue_email(message=email, language=language)
