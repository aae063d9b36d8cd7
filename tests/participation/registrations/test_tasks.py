from datetime import timedelta

import pytest
from django.utils import timezone

from participation.registrations import services, tasks
from participation.registrations.models import Registration
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db


def test_expire_offers_task_moves_lapsed_offers_on(event, settings):
    settings.REGISTRATION_OFFER_HOURS = 1
    holder = register(event)
    register(event)
    first, second = register(event), register(event)
    # The first offer went out two hours ago and lapsed an hour ago.
    services.cancel_registration(registration=holder, now=timezone.now() - timedelta(hours=2))

    assert tasks.expire_offers.delay().get() == 1
    assert tasks.expire_offers.delay().get() == 0  # run again: nothing more to do

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Registration.Status.EXPIRED
    assert second.status == Registration.Status.OFFERED  # the place passed on, open an hour


def test_send_reminders_task_is_idempotent(make_event):
    soon = timezone.now() + timedelta(hours=3)
    event = make_event(starts_at=soon, ends_at=soon + timedelta(hours=2), capacity=5)
    registration = register(event)
    Registration.objects.filter(pk=registration.pk).update(
        confirmed_at=timezone.now() - timedelta(days=3)
    )

    assert tasks.send_reminders.delay().get() == 1
    assert tasks.send_reminders.delay().get() == 0
