from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from participation.feedback.models import TranslationStatus
from participation.proposals import selectors
from participation.proposals.errors import InvalidProposal, NotAvailable
from participation.proposals.models import Comment, TextTranslation
from participation.proposals.services import add_comment, hide_comment
from tests.factories import ProposalFactory, UserFactory

JAPANESE = "とても良いアイデアだと思います。川沿いにベンチがあれば散歩がもっと楽しくなります。"


def test_a_comment_is_detected_and_translated_like_a_proposal(
    db, libretranslate, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory()
    with django_capture_on_commit_callbacks(execute=True):
        comment = add_comment(
            proposal=proposal, user=UserFactory(), body=JAPANESE, site_language="en"
        )
    comment.refresh_from_db()
    assert comment.language == "ja" and not comment.language_pending
    rows = TextTranslation.objects.filter(comment=comment)
    assert sorted(rows.values_list("target_language", flat=True)) == ["en", "ko", "vi", "zh-hans"]
    assert set(rows.values_list("status", flat=True)) == {TranslationStatus.DONE}


def test_replies_are_one_level_deep(db):
    proposal, user = ProposalFactory(), UserFactory()
    first = add_comment(proposal=proposal, user=user, body="Yes", site_language="en")
    reply = add_comment(proposal=proposal, user=user, body="No", site_language="en", parent=first)
    with pytest.raises(InvalidProposal):
        add_comment(proposal=proposal, user=user, body="Maybe", site_language="en", parent=reply)
    assert Comment.objects.count() == 2


def test_no_comment_on_a_proposal_in_review(db):
    with pytest.raises(NotAvailable):
        add_comment(
            proposal=ProposalFactory(visibility="in_review"),
            user=UserFactory(),
            body="Hi",
            site_language="en",
        )


def test_a_hidden_comment_shows_its_reason_not_its_text(client, moderator):
    proposal = ProposalFactory()
    comment = add_comment(
        proposal=proposal, user=UserFactory(), body="SPAM SPAM", site_language="en"
    )
    Comment.objects.filter(pk=comment.pk).update(language_pending=False, language="en")
    hide_comment(comment=comment, user=moderator, reason="advertising")
    with translation.override("en"):
        page = client.get(reverse("proposals:proposal", args=[proposal.pk])).content.decode()
    assert "SPAM SPAM" not in page and "It is advertising." in page


def test_the_proposal_page_puts_each_reply_under_its_own_comment(db):
    proposal, user = ProposalFactory(), UserFactory()
    first = add_comment(proposal=proposal, user=user, body="First", site_language="en")
    second = add_comment(proposal=proposal, user=user, body="Second", site_language="en")
    for parent, body in ((second, "To the second"), (first, "To the first"), (first, "Again")):
        add_comment(proposal=proposal, user=user, body=body, site_language="en", parent=parent)
    Comment.objects.update(language_pending=False, language="en")
    page = selectors.proposal_page(pk=proposal.pk, language="en")
    shown = [(c.body, [r.body for r in c.shown_replies]) for c in page["comments"]]
    assert shown == [("First", ["To the first", "Again"]), ("Second", ["To the second"])]


@pytest.mark.parametrize("threads", [3, 120])
def test_the_proposal_page_shows_comments_a_page_at_a_time_in_constant_queries(db, client, threads):
    proposal, user = ProposalFactory(), UserFactory()
    now = timezone.now()
    comments = Comment.objects.bulk_create(
        Comment(
            proposal=proposal,
            author=user,
            body=f"Thread {n}",
            language="en",
            site_language="en",
            created_at=now + timedelta(seconds=n),
        )
        for n in range(threads)
    )
    Comment.objects.bulk_create(
        Comment(
            proposal=proposal,
            author=user,
            parent=comment,
            body=f"Reply to {n}",
            language="en",
            site_language="en",
            created_at=now + timedelta(hours=1),
        )
        for n, comment in enumerate(comments)
    )
    page_url = reverse("proposals:proposal", args=[proposal.pk])
    with translation.override("en"):
        client.get(page_url)
        with CaptureQueriesContext(connection) as queries:
            first = client.get(page_url).content.decode()
        last = client.get(page_url, {"comments": 3}).content.decode()
    size = selectors.COMMENT_PAGE_SIZE
    assert first.count("Thread ") == min(threads, size)
    assert first.count("Reply to ") == min(threads, size)
    assert ("Thread 0" in first) and (f"Thread {size}" not in first)
    if threads > 2 * size:
        assert f"Thread {2 * size}" in last and f"Reply to {threads - 1}" in last
        assert "?comments=2" in last
    assert len(queries) <= QUERIES, "\n".join(query["sql"][:90] for query in queries)


# Session-less visitor: the proposal with its round and topic, its translations, the count,
# the threads, their translations, the replies, theirs, the timeline (and its translations).
QUERIES = 10
