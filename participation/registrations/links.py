"""Personal links of a registration; the ticket token is the credential in each.

The views session owns the URL names: ``registrations:manage`` (the personal page, also what
the QR code encodes), ``registrations:accept`` and ``registrations:decline`` (waitlist offer),
``registrations:cancel`` and ``registrations:survey`` (after the event), each taking
``token``. Until they exist the paths below are used.
"""

from django.urls import NoReverseMatch, reverse
from django.utils import translation

from portal.links import absolute_url

ACTIONS = ("manage", "accept", "decline", "accept_fewer", "keep_waiting", "cancel", "survey")


def registration_url(registration, *, action: str = "manage") -> str:
    if action not in ACTIONS:
        raise ValueError(action)
    language = registration.preferred_language
    token = registration.ticket_token
    with translation.override(language):
        try:
            path = reverse(f"registrations:{action}", kwargs={"token": token})
        except NoReverseMatch:
            suffix = "" if action == "manage" else f"{action.replace('_', '-')}/"
            path = f"/{language}/registrations/{token}/{suffix}"
    return absolute_url(path)
