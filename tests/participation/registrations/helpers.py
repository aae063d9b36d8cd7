"""Helpers shared by the registration tests."""

import itertools

from django.utils import timezone

from participation.registrations import services
from participation.registrations.models import CheckIn
from tests.factories import RegistrationFactory

_counter = itertools.count()


def register(event, **fields):
    """services.register with a valid guest's answers, overridable."""
    n = next(_counter)
    values = {
        "name": f"참가자 {n}",
        "email": f"guest{n}@example.org",
        "consent": True,
        "preferred_language": "ko",
    }
    values.update(fields)
    return services.register(event=event, **values)


def attend(event, **fields):
    """A confirmed registration for `event` (written directly, as after the event no one can
    register any more) that was checked in."""
    registration = RegistrationFactory(event=event, **fields)
    CheckIn.objects.create(registration=registration, checked_in_at=timezone.now())
    return registration
