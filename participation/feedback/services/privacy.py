"""Personal data: erased at the resident's request or after the retention period. What stays
is what the KPIs count (kind, category, department, languages, statuses, times, rating)."""

from django.db import transaction
from django.utils import timezone

from .. import conf
from ..models import Attachment, FeedbackItem, Message


@transaction.atomic
def erase_personal_data(*, item: FeedbackItem) -> FeedbackItem:
    """Contact details, account link, location, attachments and the resident's own words go;
    the item is closed if it was still open, since nobody can be answered any more."""
    item = FeedbackItem.objects.select_for_update().get(pk=item.pk)
    if item.personal_data_erased_at:
        return item
    now = timezone.now()
    files = [a.file.name for a in Attachment.objects.filter(item=item)]
    Attachment.objects.filter(item=item).delete()
    transaction.on_commit(lambda: _delete_files(files))
    Message.objects.filter(item=item, author=Message.Author.RESIDENT).update(
        text="", translated_text="", translation_error=""
    )
    item.user = None
    item.contact_name = ""
    item.contact_email = ""
    item.location_text = ""
    item.latitude = None
    item.longitude = None
    item.administrative_dong = ""
    item.attribute_answers = {}
    item.personal_data_erased_at = now
    item.save()
    return item


def purge_expired_personal_data(*, now=None) -> int:
    """Erase finished items closed longer ago than the retention period; one transaction each."""
    now = now or timezone.now()
    item_ids = list(
        FeedbackItem.objects.filter(
            status__in=FeedbackItem.FINAL_STATUSES,
            closed_at__lt=now - conf.retention_period(),
            personal_data_erased_at__isnull=True,
        ).values_list("pk", flat=True)[:1000]
    )
    for item_id in item_ids:
        erase_personal_data(item=FeedbackItem(pk=item_id))
    return len(item_ids)


def _delete_files(names: list[str]) -> None:
    storage = Attachment._meta.get_field("file").storage
    for name in names:
        storage.delete(name)
