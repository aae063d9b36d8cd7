"""Supporters racing from separate PostgreSQL connections: the cached count equals the rows.

The negative control runs the same race through a read-modify-write count (what a naive
``proposal.support_count += 1; proposal.save()`` does), with every thread made to read before
any writes: it loses updates, which proves the race really runs concurrently and that the
test would catch a count kept that way."""

import os
import threading

import pytest
from django.db import connection, transaction

from participation.proposals.errors import AlreadySupported, NotSupported
from participation.proposals.models import Proposal, Support
from participation.proposals.services import support_proposal, withdraw_support
from tests.factories import ProposalFactory, UserFactory

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="concurrent connections need PostgreSQL (set DATABASE_URL)",
    ),
    pytest.mark.django_db(transaction=True),
]

RACERS = 20


def race(calls) -> list:
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_racing_supporters_are_all_counted():
    proposal = ProposalFactory()
    users = [UserFactory() for _ in range(RACERS)]
    results = race([lambda u=u: support_proposal(proposal=proposal, user=u) for u in users])
    assert all(isinstance(result, Support) for result in results), results
    proposal.refresh_from_db()
    assert proposal.support_count == RACERS == proposal.supports.count()


def test_one_account_racing_itself_counts_once_and_withdraws_once():
    proposal, user = ProposalFactory(), UserFactory()
    results = race([lambda: support_proposal(proposal=proposal, user=user)] * 8)
    assert sum(isinstance(result, Support) for result in results) == 1
    assert sum(isinstance(result, AlreadySupported) for result in results) == 7
    results = race([lambda: withdraw_support(proposal=proposal, user=user)] * 8)
    assert results.count(None) == 1
    assert sum(isinstance(result, NotSupported) for result in results) == 7
    proposal.refresh_from_db()
    assert proposal.support_count == 0 == proposal.supports.count()


def naive_support(*, proposal_id: int, user, everyone_has_read: threading.Barrier) -> None:
    """The negative control: the count read, then written back plus one."""
    with transaction.atomic():
        proposal = Proposal.objects.get(pk=proposal_id)
        Support.objects.create(proposal=proposal, user=user, created_at=proposal.created_at)
        everyone_has_read.wait()
        proposal.support_count += 1
        proposal.save(update_fields=["support_count"])


def test_negative_control_a_read_modify_write_count_loses_supports():
    proposal = ProposalFactory()
    users = [UserFactory() for _ in range(RACERS)]
    everyone_has_read = threading.Barrier(RACERS)
    results = race(
        [
            lambda u=u: naive_support(
                proposal_id=proposal.pk, user=u, everyone_has_read=everyone_has_read
            )
            for u in users
        ]
    )
    assert results == [None] * RACERS
    proposal.refresh_from_db()
    assert proposal.supports.count() == RACERS
    assert proposal.support_count < RACERS  # updates were lost: the race test can fail
