"""An answer's email reaches each follower once it reads in their language — a machine or a
staff translation, or the Korean for Korean readers — and exactly once."""

import pytest
from django.utils.translation import override

from participation.feedback.models import TranslationStatus
from participation.models import OutboundEmail
from participation.proposals.models import AnswerNotice, Status, TextTranslation
from participation.proposals.services import answer_proposal, support_proposal, translate_by_hand
from participation.proposals.services.delivery import deliver_answer
from participation.proposals.services.texts import translations
from tests.factories import ProposalFactory, UserFactory

ANSWER = "검토 결과 양재천 산책로에 벤치 20개를 추가 설치하기로 하였습니다."
ENGLISH = "After study, 20 more benches will be put along the Yangjae stream path."


@pytest.fixture
def followers(db):
    """A published proposal followed by a Korean and an English reader (both supporters)."""
    proposal = ProposalFactory()
    korean = UserFactory(preferred_language="ko")
    english = UserFactory(preferred_language="en")
    for user in (korean, english):
        support_proposal(proposal=proposal, user=user)
    return proposal, korean, english


def sent_to(user):
    """The emails queued for `user` (the portal's at-most-once email outbox)."""
    return [email for email in OutboundEmail.objects.all() if email.to == [user.email]]


def test_each_follower_is_emailed_once_the_answer_reads_in_their_language(
    followers, moderator, libretranslate, django_capture_on_commit_callbacks
):
    proposal, korean, english = followers
    with django_capture_on_commit_callbacks(execute=False):  # the broker never hears of it
        change = answer_proposal(
            proposal=proposal, user=moderator, status=Status.UNDER_STUDY, answer=ANSWER
        )
    # The Korean reader at once, in Korean; the English one waits for the translation.
    (email,) = sent_to(korean)
    assert ANSWER in email.body_text
    assert sent_to(english) == []

    pending = TextTranslation.objects.get(status_change=change, target_language="en")
    translations.run(pending.pk)  # the sweep's run, no broker needed
    (email,) = sent_to(english)
    with override("en"):
        assert email.subject == f"Proposal “{proposal.title}”: {Status.UNDER_STUDY.label}"
    assert f"[en] {ANSWER}" in email.body_text
    assert "Machine-translated from Korean." in email.body_text

    # A retried task, a sweep's second run or a second call sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        translations.run(pending.pk)
        for row in TextTranslation.objects.filter(status_change=change):
            translations.run(row.pk)
        deliver_answer(status_change_id=change.pk)
    assert OutboundEmail.objects.count() == 2
    assert not AnswerNotice.objects.filter(sent_at__isnull=True).exists()


def test_without_a_machine_translation_the_email_waits_for_staff(
    followers, moderator, settings, django_capture_on_commit_callbacks
):
    settings.TRANSLATION_PROVIDER = ""  # no provider: every translation needs staff
    proposal, korean, english = followers
    with django_capture_on_commit_callbacks(execute=True):
        change = answer_proposal(
            proposal=proposal, user=moderator, status=Status.ACCEPTED, answer=ANSWER
        )
    row = TextTranslation.objects.get(status_change=change, target_language="en")
    assert row.status == TranslationStatus.NEEDS_MANUAL
    assert len(sent_to(korean)) == 1 and sent_to(english) == []

    with django_capture_on_commit_callbacks(execute=True):
        translate_by_hand(translation=row, user=moderator, text=ENGLISH)
    (email,) = sent_to(english)
    assert ENGLISH in email.body_text and "Translated from Korean by staff." in email.body_text

    # Staff correcting their translation later emails nobody again.
    with django_capture_on_commit_callbacks(execute=True):
        translate_by_hand(translation=row, user=moderator, text=ENGLISH + " (corrected)")
    assert OutboundEmail.objects.count() == 2


def test_each_answer_is_its_own_email(
    followers, moderator, libretranslate, django_capture_on_commit_callbacks
):
    proposal, korean, english = followers
    for status in (Status.UNDER_STUDY, Status.ACCEPTED):
        with django_capture_on_commit_callbacks(execute=True):
            answer_proposal(proposal=proposal, user=moderator, status=status, answer=ANSWER)
    assert len(sent_to(korean)) == 2 and len(sent_to(english)) == 2
