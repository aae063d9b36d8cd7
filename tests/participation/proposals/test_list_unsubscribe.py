"""Answer emails carry RFC 8058 List-Unsubscribe headers; a mail client's one-click POST
unfollows without a session, and nothing else does."""

import pytest
from django.core import mail
from django.test import Client

from participation.proposals.models import Follow
from participation.proposals.services import answer_proposal, support_proposal
from tests.factories import ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db

ANSWER = "검토하고 있습니다."


def test_the_answer_email_unfollows_in_one_click(moderator, django_capture_on_commit_callbacks):
    proposal = ProposalFactory()
    reader = UserFactory(preferred_language="ko")
    support_proposal(proposal=proposal, user=reader)
    with django_capture_on_commit_callbacks(execute=True):
        answer_proposal(proposal=proposal, user=moderator, status="under_study", answer=ANSWER)
    (email,) = mail.outbox
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = email.extra_headers["List-Unsubscribe"].strip("<>")
    path = "/" + link.split("/", 3)[3]

    client = Client(enforce_csrf_checks=True)  # a mail client: no session, no CSRF token
    assert client.get(path).status_code == 405
    assert client.post(path, {"other": "x"}).status_code == 400
    assert Follow.objects.filter(user=reader).exists()
    assert client.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 204
    assert not Follow.objects.filter(user=reader).exists()
    assert client.post(path.replace("/one-click/", "x/one-click/"), {}).status_code == 404
