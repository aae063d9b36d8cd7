"""A published proposal still awaiting an answer past its round's days to answer is overdue:
first in the staff queue with a badge, filtered by ?overdue=1, and said so on its page."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from django.utils.translation import override

from participation.proposals import admin_views, selectors
from participation.proposals.deadlines import answer_due_at, is_overdue
from participation.proposals.staff_selectors import moderation_queue
from tests.factories import ProposalFactory, ProposalRoundFactory

pytestmark = pytest.mark.usefixtures("no_staff_mfa")

NOW = timezone.now()


def published(days_ago: int, *, answer_due_days: int = 30, **fields):
    return ProposalFactory(
        round=ProposalRoundFactory(answer_due_days=answer_due_days),
        published_at=NOW - timedelta(days=days_ago),
        created_at=NOW - timedelta(days=days_ago),
        **fields,
    )


def test_a_proposal_is_overdue_once_its_rounds_days_to_answer_passed(db):
    proposal = published(10, answer_due_days=7)
    assert answer_due_at(proposal) == proposal.published_at + timedelta(days=7)
    assert is_overdue(proposal, now=NOW)
    assert not is_overdue(proposal, now=NOW - timedelta(days=4))
    assert not is_overdue(published(10, answer_due_days=7, status="under_study"), now=NOW)
    assert not is_overdue(published(10, answer_due_days=30), now=NOW)


def test_the_queue_shows_overdue_proposals_first_and_filters_them(db):
    fresh = published(40, answer_due_days=60, title="Fresh")
    late = published(10, answer_due_days=7, title="Late")
    answered = published(50, answer_due_days=7, status="accepted", title="Answered")
    queue = moderation_queue(visibility="published", overdue_only=False, now=NOW)
    assert [p.title for p in queue] == ["Late", "Answered", "Fresh"]
    assert [p.is_overdue for p in queue] == [True, False, False]
    overdue = moderation_queue(visibility="in_review", overdue_only=True, now=NOW)
    assert [p.pk for p in overdue] == [late.pk]
    later = moderation_queue(
        visibility="published", overdue_only=True, now=NOW + timedelta(days=30)
    )
    assert {p.pk for p in later} == {late.pk, fresh.pk}
    assert answered.pk


def test_the_admin_queue_marks_overdue_proposals(db, moderator):
    published(10, answer_due_days=7, title="Late")
    published(1, answer_due_days=7, title="On time")
    request = RequestFactory().get("/admin/proposals/", {"overdue": "1"})
    request.user = moderator
    with override("en"):
        page = admin_views.queue(request, now=NOW).rendered_content
    assert "Late" in page and "On time" not in page and "overdue" in page


def test_the_admin_queue_answers_overdue_1_over_http(client, moderator):
    published(10, answer_due_days=7, title="Late")
    client.force_login(moderator)
    page = client.get("/admin/proposals/?overdue=1").content.decode()
    assert "Late" in page and "기한 초과" in page


def test_the_public_page_says_since_when_the_answer_is_awaited(db, client):
    late = published(10, answer_due_days=7)
    page = selectors.proposal_page(pk=late.pk, language="en", now=NOW)
    assert page["proposal"].awaiting_since == late.published_at
    early = selectors.proposal_page(pk=late.pk, language="en", now=NOW - timedelta(days=5))
    assert early["proposal"].awaiting_since is None
    html = client.get(f"/en/proposals/{late.pk}/").content.decode()
    assert "Awaiting the district's answer since" in html
    on_time = published(1, answer_due_days=7)
    assert (
        "Awaiting the district" not in client.get(f"/en/proposals/{on_time.pk}/").content.decode()
    )
