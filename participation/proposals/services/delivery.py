"""When an official answer reaches a follower: only once they can read it — a machine or
staff translation into their language, or the Korean itself for Korean readers — as feedback
does for staff replies. Each follower's email is an AnswerNotice, created with the answer and
sent at most once: the notices are locked and marked sent in the transaction that queues the
email, so a retried task, a sweep or a second call finds nothing left to send."""

from django.conf import settings
from django.utils import timezone

from participation.feedback.services.translating import STAFF_LANGUAGE

from ..models import AnswerNotice, Follow, TextTranslation
from ..notifications import notify_follower

SITE_LANGUAGES = {code for code, _name in settings.LANGUAGES}


def _reader_language(user) -> str:
    language = user.preferred_language or STAFF_LANGUAGE
    return language if language in SITE_LANGUAGES else STAFF_LANGUAGE


def create_answer_notices(*, change) -> None:
    """One pending email per current follower of the answered proposal, in their language.
    Inside the transaction that saves `change`."""
    follows = Follow.objects.filter(proposal_id=change.proposal_id).select_related("user")
    notices = [
        AnswerNotice(status_change=change, follow=f, language=_reader_language(f.user))
        for f in follows
    ]
    AnswerNotice.objects.bulk_create(notices, ignore_conflicts=True)


def deliver_answer(*, status_change_id: int, now=None) -> int:
    """Email every follower of the answer who can now read it and was not emailed yet;
    returns how many. Inside a transaction (the one that made a translation readable)."""
    now = now or timezone.now()
    notices = list(
        AnswerNotice.objects.select_for_update(of=("self",))
        .filter(status_change_id=status_change_id, sent_at__isnull=True)
        .select_related("follow__user", "status_change__proposal")
        .order_by("pk")
    )
    if not notices:
        return 0
    readable = {
        row.target_language: row
        for row in TextTranslation.objects.filter(
            status_change_id=status_change_id, field=TextTranslation.Field.ANSWER
        )
        if row.is_readable
    }
    sent = []
    for notice in notices:
        if notice.language == STAFF_LANGUAGE:
            translation = None
        elif notice.language in readable:
            translation = readable[notice.language]
        else:
            continue  # waits for its translation
        notify_follower(notice=notice, answer=translation)
        sent.append(notice.pk)
    AnswerNotice.objects.filter(pk__in=sent).update(sent_at=now)
    return len(sent)
