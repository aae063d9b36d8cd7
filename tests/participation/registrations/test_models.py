import pytest

from participation.registrations.models import Registration
from tests.participation.registrations.helpers import register

pytestmark = pytest.mark.django_db


def test_ticket_tokens_are_long_random_and_unrelated_to_the_id(event):
    event.capacity = 50
    event.save()
    registrations = [register(event) for _ in range(20)]
    tokens = [registration.ticket_token for registration in registrations]

    assert len(set(tokens)) == len(tokens)
    assert all(len(token) >= 43 for token in tokens)  # 32 random bytes, base64url
    assert all(len(set(token)) > 20 for token in tokens)  # random, not a padded counter
    assert not Registration.objects.filter(ticket_token=str(registrations[0].pk)).exists()
