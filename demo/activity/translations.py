"""The demo asks no translation provider: staff type the translations the data gives. A
message the demo leaves untranslated (on an item nobody has triaged yet) would be pending with
a provider configured, and sent to it when the load commits; it waits for staff instead."""

from contextlib import contextmanager

from django.db.models import Max

from participation.feedback.models import Message, TranslationStatus

DEMO_NOT_TRANSLATED = "Demo data: not sent to a translation provider."


@contextmanager
def no_provider_requests():
    """Run inside the load's transaction."""
    last_message = Message.objects.aggregate(last=Max("pk"))["last"] or 0
    yield
    Message.objects.filter(
        pk__gt=last_message, translation_status=TranslationStatus.PENDING
    ).update(
        translation_status=TranslationStatus.NEEDS_MANUAL, translation_error=DEMO_NOT_TRANSLATED
    )
