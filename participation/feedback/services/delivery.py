"""When a staff reply reaches the resident: only once they can read it (a machine or staff
translation, or staff sending it untranslated on purpose). Then, and only then, the resident
is emailed, an open item becomes answered and its first-answer time is set."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..errors import ActionNotAllowed
from ..models import AWAITING_STATUSES, FeedbackItem, Message
from ..notifications import notify_resident
from .statuses import change_status_quietly

Status = FeedbackItem.Status


class ReplyAwaitsTranslation(ActionNotAllowed):
    message = _(
        "A reply on this item is still waiting for its translation. Translate it, or send it "
        "untranslated with a reason, first."
    )


def deliver_reply(*, message: Message, now=None) -> None:
    """`message` (a staff reply) now reads in the resident's language. Inside the transaction
    that made it readable; a second call changes nothing and emails nobody."""
    if not message.is_reply or message.awaits_translation:
        return
    now = now or timezone.now()
    item = FeedbackItem.objects.select_for_update().get(pk=message.item_id)
    if item.status in FeedbackItem.OPEN_STATUSES:
        change_status_quietly(item=item, status=Status.ANSWERED, user=message.author_user, now=now)
    if not message.resident_notified_at:
        notify_resident(item=item, kind="reply", message=message)
        message.resident_notified_at = now
        Message.objects.filter(pk=message.pk).update(resident_notified_at=now)
    message.item = item


def ensure_no_reply_awaits_translation(item: FeedbackItem) -> None:
    """An item cannot be answered or closed while the resident cannot read a reply on it."""
    if item.messages.filter(
        author=Message.Author.STAFF, is_internal=False, translation_status__in=AWAITING_STATUSES
    ).exists():
        raise ReplyAwaitsTranslation()
