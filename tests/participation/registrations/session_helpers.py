"""Helpers for the tests of an event's sessions."""

import itertools

from participation.registrations import services

_counter = itertools.count()


def register_sessions(event, sessions, **fields):
    """services.register_for_sessions with a valid guest's answers, overridable."""
    n = next(_counter)
    values = {
        "name": f"세션 참가자 {n}",
        "email": f"session-guest{n}@example.org",
        "consent": True,
        "preferred_language": "ko",
    }
    values.update(fields)
    return services.register_for_sessions(
        event=event, session_ids=[session.pk for session in sessions], **values
    )


def sessions_by_title(event) -> dict:
    return {session.title: session for session in event.sessions.all()}
