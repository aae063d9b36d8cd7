"""Registration emails go through an outbox (RegistrationNotice): recorded with the change,
rendered after commit outside the capacity lock, once, even when the task is lost or doubled."""

import pytest
from django.utils import timezone

from participation.models import OutboundEmail
from participation.registrations import services, tasks
from participation.registrations.models import RegistrationNotice
from participation.registrations.notifications import STALE_NOTICE_AFTER

pytestmark = pytest.mark.django_db


def register(event, email="an@example.org"):
    return services.register(
        event=event, name="An", email=email, consent=True, preferred_language="vi"
    )


def test_the_email_is_rendered_only_after_commit(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        registration = register(event)
    notice = RegistrationNotice.objects.get()
    assert (notice.registration, notice.kind, notice.email) == (registration, "confirmed", None)
    assert not OutboundEmail.objects.exists()  # nothing rendered while the lock was held

    for callback in callbacks:
        callback()
    notice.refresh_from_db()
    assert notice.email.language == "vi"
    assert notice.email.to == ["an@example.org"]


def test_a_doubled_task_renders_one_email(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        register(event)
    notice = RegistrationNotice.objects.get()
    assert tasks.send_registration_notice.apply(args=[notice.pk]).get() is False
    assert OutboundEmail.objects.count() == 1


def test_a_notice_withdrawn_before_its_task_ran_renders_nothing(
    event, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        register(event)
    RegistrationNotice.objects.all().delete()  # e.g. the registration was erased meanwhile

    for callback in callbacks:
        callback()

    assert not OutboundEmail.objects.exists()
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_the_sweep_renders_notices_whose_task_was_lost(event):
    register(event)  # on_commit never runs: the task is lost
    notice = RegistrationNotice.objects.get()
    assert tasks.send_pending_registration_notices.apply().get() == 0  # too recent to judge
    RegistrationNotice.objects.filter(pk=notice.pk).update(
        created_at=timezone.now() - STALE_NOTICE_AFTER * 2
    )
    assert tasks.send_pending_registration_notices.apply().get() == 1
    notice.refresh_from_db()
    assert notice.email is not None and notice.email.language == "vi"
    assert tasks.send_pending_registration_notices.apply().get() == 0


def test_a_refused_registration_owes_no_email(event):
    from participation.registrations.errors import ConsentMissing

    with pytest.raises(ConsentMissing):
        services.register(
            event=event, name="An", email="an@example.org", consent=False, preferred_language="vi"
        )
    assert not RegistrationNotice.objects.exists()
