import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from participation.feedback import services, tasks
from participation.feedback.models import Attachment, FeedbackItem
from participation.feedback.uploads import check_attachments
from tests.factories import FeedbackStaffFactory
from tests.participation.feedback.test_uploads import PDF

pytestmark = pytest.mark.django_db


def closed_item(submit, *, days_ago):
    item = submit(
        contact_name="王芳",
        location_text="역삼동 123",
        latitude="37.500000",
        longitude="127.036000",
        attachments=check_attachments([SimpleUploadedFile("a.pdf", PDF)]),
    )
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    services.change_status(item=item, status=FeedbackItem.Status.CLOSED, user=staff)
    FeedbackItem.objects.filter(pk=item.pk).update(
        closed_at=timezone.now() - timezone.timedelta(days=days_ago)
    )
    return item


def test_purge_erases_personal_data_after_the_retention_period_only(
    submit, libretranslate, settings, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_RETENTION_DAYS = 30
    old = closed_item(submit, days_ago=31)
    recent = closed_item(submit, days_ago=29)
    still_open = submit()
    FeedbackItem.objects.filter(pk=still_open.pk).update(
        created_at=timezone.now() - timezone.timedelta(days=400)
    )
    stored = old.attachments.get().file
    assert stored.storage.exists(stored.name)

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.purge_expired_personal_data.apply().get() == 1

    old.refresh_from_db()
    assert old.personal_data_erased_at is not None
    assert (old.contact_email, old.contact_name, old.location_text) == ("", "", "")
    assert old.latitude is None and old.longitude is None
    assert not Attachment.objects.filter(item=old).exists()
    assert not stored.storage.exists(stored.name)
    assert old.messages.get().text == ""
    # What the KPIs count is kept.
    assert (old.kind, old.category_id, old.language, old.status) == (
        "complaint",
        recent.category_id,
        "zh-hans",
        "closed",
    )
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.personal_data_erased_at is None and kept.contact_email
    assert tasks.purge_expired_personal_data.apply().get() == 0  # idempotent


def test_erased_items_take_no_follow_up_and_send_no_email(submit, libretranslate):
    from django.core import mail

    from participation.feedback.errors import ActionNotAllowed

    item = submit()
    services.erase_personal_data(item=item)
    with pytest.raises(ActionNotAllowed):
        services.add_follow_up(item=item, text="再说一句")
    sent = len(mail.outbox)
    staff = FeedbackStaffFactory(feedback_permissions=["triage_all_feedback"])
    services.change_status(item=item, status=FeedbackItem.Status.CLOSED, user=staff)
    assert len(mail.outbox) == sent
