"""Survey runs racing from separate PostgreSQL connections (the harness of
test_concurrency.py) still send each person one email, however many sessions they attended."""

import os
from collections import Counter

import pytest

from participation.models import OutboundEmail
from participation.registrations import services
from participation.registrations.models import Registration
from tests.participation.registrations.helpers import attend
from tests.participation.registrations.test_concurrency import run_in_threads

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="row locks and concurrent connections need PostgreSQL (set DATABASE_URL)",
    ),
    pytest.mark.django_db(transaction=True),
]

PEOPLE = ["an@example.org", "binh@example.org", "chi@example.org"]


def test_racing_survey_runs_send_each_person_one_email(finished_event, make_session):
    starts_at = finished_event.starts_at
    sessions = [
        make_session(finished_event, starts_at=starts_at, ends_at=starts_at) for _ in range(3)
    ]
    for session in sessions:  # interleaved: a person's registrations are not neighbours
        for email in PEOPLE:
            attend(finished_event, session=session, email=email)

    results = run_in_threads([services.send_surveys for _ in range(8)])

    assert all(isinstance(result, int) for result in results), results
    assert sum(results) == len(PEOPLE)
    recipients = Counter(email.to[0] for email in OutboundEmail.objects.all())
    assert recipients == dict.fromkeys(PEOPLE, 1)
    assert not Registration.objects.filter(survey_sent_at__isnull=True).exists()
