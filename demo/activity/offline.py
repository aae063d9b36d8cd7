"""What the demo never sends out: emails and translation requests.

The emails the services queue while the demo plays history are never delivered. Before the load
commits, the registration notices owed to demo people are withdrawn (rendering thousands of
tickets with a calendar file and a QR code nobody reads would be most of the load's time), and
every email queued for a demo address is kept but marked failed with DEMO_NOT_DELIVERED, so
neither the eager run after commit, nor a worker, nor the sweeps send them to anyone.

No translation provider is asked either: staff type the translations the data gives. A message
the demo leaves untranslated (on an item nobody has triaged yet) would be pending with a
provider configured, and sent to it when the load commits; it waits for staff instead, marked
DEMO_NOT_TRANSLATED."""

from contextlib import contextmanager

from django.db.models import Max

from participation.feedback.models import Message, TranslationStatus
from participation.models import OutboundEmail
from participation.registrations.models import RegistrationNotice

from .common import DEMO_EMAIL_DOMAIN, DEMO_EMAIL_PREFIX, demo_email_filter

DEMO_NOT_DELIVERED = "Demo data: not delivered."
DEMO_NOT_TRANSLATED = "Demo data: not sent to a translation provider."


@contextmanager
def nothing_sent_out():
    """Run inside the load's transaction."""
    last_email, last_message = (
        model.objects.aggregate(last=Max("pk"))["last"] or 0 for model in (OutboundEmail, Message)
    )
    yield
    RegistrationNotice.objects.filter(
        email__isnull=True, **demo_email_filter("registration__email")
    ).delete()
    queued = OutboundEmail.objects.filter(pk__gt=last_email, status=OutboundEmail.Status.PENDING)
    demo = [pk for pk, to in queued.values_list("pk", "to") if all(map(_is_demo_address, to))]
    OutboundEmail.objects.filter(pk__in=demo).update(
        status=OutboundEmail.Status.FAILED, last_error=DEMO_NOT_DELIVERED
    )
    pending = Message.objects.filter(
        pk__gt=last_message, translation_status=TranslationStatus.PENDING
    )
    pending.update(
        translation_status=TranslationStatus.NEEDS_MANUAL, translation_error=DEMO_NOT_TRANSLATED
    )


def _is_demo_address(address: str) -> bool:
    return address.startswith(DEMO_EMAIL_PREFIX) and address.endswith(DEMO_EMAIL_DOMAIN)
