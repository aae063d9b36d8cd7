"""The emails the services queue while the demo plays history: written like any other, never
delivered. Before the load commits, the registration notices it owes are rendered and every
email queued for a demo address is marked failed with DEMO_NOT_DELIVERED, so neither the eager
run after commit, nor a worker, nor the sweeps send them to anyone."""

from contextlib import contextmanager

from django.db.models import Max

from participation.models import OutboundEmail
from participation.registrations.models import RegistrationNotice
from participation.registrations.notifications import render_notice

from .common import DEMO_EMAIL_DOMAIN, DEMO_EMAIL_PREFIX, demo_email_filter

DEMO_NOT_DELIVERED = "Demo data: not delivered."


@contextmanager
def undelivered_emails():
    """Run inside the load's transaction."""
    last_email = OutboundEmail.objects.aggregate(last=Max("pk"))["last"] or 0
    yield
    owed = RegistrationNotice.objects.filter(
        email__isnull=True, **demo_email_filter("registration__email")
    ).values_list("pk", flat=True)
    for notice_id in list(owed):
        render_notice(notice_id=notice_id)
    queued = OutboundEmail.objects.filter(pk__gt=last_email, status=OutboundEmail.Status.PENDING)
    demo = [pk for pk, to in queued.values_list("pk", "to") if all(map(_is_demo_address, to))]
    OutboundEmail.objects.filter(pk__in=demo).update(
        status=OutboundEmail.Status.FAILED, last_error=DEMO_NOT_DELIVERED
    )


def _is_demo_address(address: str) -> bool:
    return address.startswith(DEMO_EMAIL_PREFIX) and address.endswith(DEMO_EMAIL_DOMAIN)
