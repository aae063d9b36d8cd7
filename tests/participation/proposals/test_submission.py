import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import override
from PIL import Image

from participation.feedback.models import TranslationStatus
from participation.proposals import conf
from participation.proposals.errors import EmailNotVerified, InvalidProposal, RoundClosed
from participation.proposals.models import Follow, Proposal, TextTranslation, Visibility
from participation.proposals.services import (
    correct_proposal_language,
    submit_proposal,
)
from participation.proposals.services.texts import proposal_languages
from tests.factories import ProposalRoundFactory, TopicFactory, UserFactory
from tests.support.images import GPS_IFD, jpeg_bytes, png_bytes
from tests.support.pdfs import PLAIN_PDF

VIETNAMESE_TITLE = "Thêm ghế đá ven suối Yangjae"
VIETNAMESE_BODY = (
    "Tôi đề nghị quận đặt thêm ghế đá và bóng cây dọc theo suối Yangjae để người cao tuổi "
    "có thể nghỉ chân khi đi bộ buổi chiều."
)


def submit(proposal_round, user, **fields):
    fields.setdefault("title", VIETNAMESE_TITLE)
    fields.setdefault("body", VIETNAMESE_BODY)
    fields.setdefault("site_language", "en")
    return submit_proposal(proposal_round=proposal_round, user=user, **fields)


def test_a_proposal_waits_for_review_and_its_language_is_detected_then_translated(
    proposal_round, resident, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        proposal = submit(proposal_round, resident, topic=proposal_round.topics.get())
    proposal.refresh_from_db()
    assert proposal.visibility == Visibility.IN_REVIEW
    assert proposal.language == "vi" and not proposal.language_pending
    assert not proposal.language_chosen_by_author
    rows = TextTranslation.objects.filter(proposal=proposal)
    assert sorted(rows.values_list("field", "target_language")) == sorted(
        (field, target) for field in ("title", "body") for target in ("ko", "en", "zh-hans", "ja")
    )
    assert set(rows.values_list("status", flat=True)) == {TranslationStatus.DONE}
    assert Follow.objects.filter(proposal=proposal, user=resident).exists()


def test_the_detection_is_left_to_the_language_worker(proposal_round, resident):
    proposal = submit(proposal_round, resident)
    assert proposal.language_pending and proposal.language == "en"  # the site's, meanwhile
    assert not TextTranslation.objects.exists()
    assert proposal_languages.run(proposal.pk)
    assert not proposal_languages.run(proposal.pk)  # a duplicate task does nothing
    proposal.refresh_from_db()
    assert proposal.language == "vi"


def test_without_a_provider_every_translation_is_left_for_staff(proposal_round, resident):
    proposal = submit(proposal_round, resident, language="vi")
    statuses = set(
        TextTranslation.objects.filter(proposal=proposal).values_list("status", flat=True)
    )
    assert statuses == {TranslationStatus.NEEDS_MANUAL}


def test_a_failing_provider_is_retried_then_left_for_staff(
    proposal_round, resident, libretranslate, settings, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_TRANSLATION_ATTEMPTS = 2
    settings.FEEDBACK_TRANSLATION_RETRY_SECONDS = 0
    libretranslate.failing_targets = {"ja"}
    with django_capture_on_commit_callbacks(execute=True):
        proposal = submit(proposal_round, resident, language="vi")
    japanese = TextTranslation.objects.filter(proposal=proposal, target_language="ja")
    assert set(japanese.values_list("status", flat=True)) == {TranslationStatus.NEEDS_MANUAL}
    assert all(row.error for row in japanese)
    others = TextTranslation.objects.filter(proposal=proposal).exclude(target_language="ja")
    assert set(others.values_list("status", flat=True)) == {TranslationStatus.DONE}


def test_the_author_corrects_the_language_and_the_translations_start_again(
    proposal_round, resident, libretranslate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        proposal = submit(
            proposal_round, resident, title="Bench", body="Bench please", language="en"
        )
    with django_capture_on_commit_callbacks(execute=True):
        correct_proposal_language(proposal=proposal, user=resident, language="vi")
    proposal.refresh_from_db()
    assert proposal.language == "vi" and proposal.language_chosen_by_author
    targets = set(
        TextTranslation.objects.filter(proposal=proposal).values_list("target_language", flat=True)
    )
    assert targets == {"ko", "en", "zh-hans", "ja"}


def test_post_moderation_publishes_at_once(resident):
    proposal_round = ProposalRoundFactory(moderation="after")
    proposal = submit(proposal_round, resident)
    assert proposal.visibility == Visibility.PUBLISHED and proposal.published_at


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "  "}, "title"),
        ({"body": ""}, "body"),
        ({"title": "x" * (conf.MAX_TITLE_LENGTH + 1)}, "title"),
        ({"body": "x" * (conf.MAX_BODY_LENGTH + 1)}, "body"),
        ({"dong": "없는동"}, "dong"),
        ({"language": "klingon"}, "language"),
    ],
)
def test_bad_input_is_refused_with_a_translated_message_and_nothing_written(
    proposal_round, resident, fields, field
):
    with pytest.raises(InvalidProposal) as error:
        submit(proposal_round, resident, **fields)
    assert error.value.field == field
    with override("ko"):
        korean = str(error.value.message)
    with override("en"):
        assert str(error.value.message) != korean
    assert not Proposal.objects.exists() and not Follow.objects.exists()


def test_a_closed_round_refuses_proposals(resident):
    closed = ProposalRoundFactory(
        opens_at=timezone.now() - timedelta(days=10), closes_at=timezone.now() - timedelta(days=1)
    )
    with pytest.raises(RoundClosed):
        submit(closed, resident)
    assert not Proposal.objects.exists()


def test_an_unverified_email_cannot_propose(proposal_round):
    with pytest.raises(EmailNotVerified):
        submit(proposal_round, UserFactory(verified_email=False))


def test_a_topic_of_another_round_is_refused(proposal_round, resident):
    other = ProposalRoundFactory()
    with pytest.raises(InvalidProposal):
        submit(proposal_round, resident, topic=TopicFactory(round=other))


def test_a_known_dong_is_kept(proposal_round, resident):
    assert submit(proposal_round, resident, dong="역삼1동").dong == "역삼1동"


def test_a_picture_is_kept_with_nothing_but_its_pixels_under_a_random_name(
    proposal_round, resident, django_capture_on_commit_callbacks
):
    photo = SimpleUploadedFile("yangjae-stream.jpg", jpeg_bytes(), content_type="image/jpeg")

    with django_capture_on_commit_callbacks(execute=True):
        proposal = submit(
            proposal_round, resident, image=photo, image_description="양재천 산책로의 빈 자리"
        )

    proposal.refresh_from_db()
    assert proposal.image_description == "양재천 산책로의 빈 자리"
    assert proposal.image.name.startswith("proposals/") and proposal.image.name.endswith(".jpg")
    assert "yangjae" not in proposal.image.name
    with proposal.image.open("rb") as stored:
        picture = Image.open(io.BytesIO(stored.read()))
    assert GPS_IFD not in picture.getexif()


def test_a_failed_submission_leaves_no_picture_behind(proposal_round, resident, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    photo = SimpleUploadedFile("stream.png", png_bytes(), content_type="image/png")

    with pytest.raises(RuntimeError), transaction.atomic():
        submit(proposal_round, resident, image=photo, image_description="양재천 산책로")
        raise RuntimeError("the submission fails after the picture was taken")

    assert not Proposal.objects.exists()
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]


@pytest.mark.parametrize(
    ("upload", "description", "field"),
    [
        (("notes.pdf", PLAIN_PDF), "회의 자료", "image"),
        (("broken.png", b"\x89PNG not really"), "사진", "image"),
        (("stream.png", None), "", "image_description"),
        (("stream.png", None), "x" * (conf.MAX_IMAGE_DESCRIPTION_LENGTH + 1), "image_description"),
    ],
)
def test_a_bad_picture_is_refused_in_the_residents_language_and_nothing_is_written(
    proposal_round, resident, upload, description, field
):
    name, content = upload
    messages = {}
    for language in ("ko", "en"):
        photo = SimpleUploadedFile(name, content if content is not None else png_bytes())
        with override(language):
            with pytest.raises(InvalidProposal) as refused:
                submit(proposal_round, resident, image=photo, image_description=description)
            messages[language] = str(refused.value.message)
        assert refused.value.field == field

    assert messages["ko"] != messages["en"]
    assert not Proposal.objects.exists()
