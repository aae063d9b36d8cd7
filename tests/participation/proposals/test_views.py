import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from participation.feedback.models import TranslationStatus
from participation.proposals.links import unfollow_token
from participation.proposals.models import Follow, Proposal, StatusChange, TextTranslation
from tests.factories import ProposalFactory, ProposalRoundFactory, TopicFactory, UserFactory
from tests.support.images import jpeg_bytes, png_bytes

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"proposals:{name}", kwargs=kwargs)


def translated(proposal, language, title, body="", status=TranslationStatus.DONE):
    for field, text in (("title", title), ("body", body or f"{title} body")):
        TextTranslation.objects.create(
            proposal=proposal,
            field=field,
            source_language=proposal.language,
            target_language=language,
            source_text=getattr(proposal, field),
            translated_text=text,
            status=status,
            requested_at=proposal.created_at,
        )


def test_the_proposal_page_shows_the_translation_marked_with_the_original_and_lang(client):
    proposal = ProposalFactory(title="More benches", body="Along the stream, please.")
    translated(proposal, "ko", "벤치를 더 놓아 주세요", "양재천을 따라 부탁합니다.")
    StatusChange.objects.create(
        proposal=proposal,
        to_status="accepted",
        answer="설치하겠습니다.",
        changed_at=proposal.created_at,
    )
    page = client.get(url("proposal", "ko", pk=proposal.pk)).content.decode()
    assert '<h1 lang="ko">벤치를 더 놓아 주세요</h1>' in page
    assert '<div class="shown-text" lang="ko"><p>양재천을 따라 부탁합니다.</p></div>' in page
    assert '<div lang="en"><p>Along the stream, please.</p></div>' in page  # the original
    with translation.override("ko"):
        assert translation.gettext("Machine-translated.") in page
    assert "설치하겠습니다." in page
    english = client.get(url("proposal", "en", pk=proposal.pk)).content.decode()
    assert '<h1 lang="en">More benches</h1>' in english
    assert "Show the original" not in english  # nothing shown is a translation


def test_a_proposal_in_review_is_not_public_and_a_hidden_one_shows_only_its_reason(client):
    assert (
        client.get(url("proposal", pk=ProposalFactory(visibility="in_review").pk)).status_code
        == 404
    )
    hidden = ProposalFactory(visibility="hidden", hidden_reason="advertising", body="BUY NOW")
    page = client.get(url("proposal", pk=hidden.pk)).content.decode()
    assert "It is advertising." in page and "BUY NOW" not in page


def test_support_and_withdraw_through_the_page(client):
    proposal, user = ProposalFactory(), UserFactory()
    client.force_login(user)
    assert client.post(url("support", pk=proposal.pk)).status_code == 302
    assert Proposal.objects.get(pk=proposal.pk).support_count == 1
    page = client.get(url("proposal", pk=proposal.pk)).content.decode()
    assert "Withdraw my support" in page
    client.post(url("withdraw", pk=proposal.pk))
    response = client.post(url("withdraw", pk=proposal.pk), follow=True)
    assert "You are not supporting this proposal." in response.content.decode()
    assert Proposal.objects.get(pk=proposal.pk).support_count == 0


def test_the_submission_form_shows_the_error_summary_and_writes_nothing(client):
    proposal_round = ProposalRoundFactory()
    client.force_login(UserFactory())
    response = client.post(url("submit", pk=proposal_round.pk), {"title": "", "body": "x" * 6000})
    page = response.content.decode()
    assert "data-error-summary" in page
    assert "Please give your proposal a title." in page
    assert "Please keep your proposal to 5000 characters." in page
    assert not Proposal.objects.exists()


def test_a_resident_submits_a_proposal_and_follows_it(client):
    proposal_round = ProposalRoundFactory()
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        url("submit", pk=proposal_round.pk),
        {"title": "Benches", "body": "More benches please", "language": "en", "dong": ""},
    )
    proposal = Proposal.objects.get()
    assert response.url == url("sent", pk=proposal.pk)
    assert Follow.objects.filter(user=user, proposal=proposal).exists()


def test_submitting_needs_a_sign_in(client):
    response = client.get(url("submit", pk=ProposalRoundFactory().pk))
    assert response.status_code == 302 and "login" in response.url


def test_a_comment_is_posted_and_a_bad_one_refused(client):
    proposal = ProposalFactory()
    client.force_login(UserFactory())
    assert client.post(url("comment", pk=proposal.pk), {"body": "Good idea!"}).status_code == 302
    response = client.post(url("comment", pk=proposal.pk), {"body": " "})
    assert response.status_code == 400 and "Please write your comment." in response.content.decode()


def test_unfollow_in_one_click_from_the_email(client):
    proposal = ProposalFactory()
    follow = Follow.objects.create(
        proposal=proposal, user=UserFactory(), created_at=proposal.created_at
    )
    link = url("unfollow", token=unfollow_token(follow))
    assert client.get(link).status_code == 200
    assert Follow.objects.exists()  # a link checker's visit changes nothing
    assert client.post(link).status_code == 200
    assert not Follow.objects.exists()
    assert client.get(url("unfollow", token="forged")).status_code == 404


def titles(page: str) -> list[str]:
    return re.findall(r'<h3><a href="[^"]+" lang="\w+">([^<]+)</a></h3>', page)


def test_filters_and_sorts(client):
    proposal_round = ProposalRoundFactory()
    topic = TopicFactory(round=proposal_round, name_ko="교통", name_en="Transport")
    ProposalFactory(round=proposal_round, title="Quiet", support_count=1)
    ProposalFactory(round=proposal_round, title="Popular", support_count=9, topic=topic)
    ProposalFactory(round=proposal_round, title="Korean", language="ko", dong="역삼1동")
    ProposalFactory(round=proposal_round, title="Unseen", visibility="in_review")
    base = url("round", pk=proposal_round.pk)
    assert titles(client.get(base).content.decode())[:2] == ["Popular", "Quiet"]
    assert titles(client.get(base, {"sort": "newest"}).content.decode())[0] == "Korean"
    assert titles(client.get(base, {"topic": topic.pk}).content.decode()) == ["Popular"]
    assert titles(client.get(base, {"origin": "ko"}).content.decode()) == ["Korean"]
    assert titles(client.get(base, {"dong": "yeoksam-1"}).content.decode()) == ["Korean"]
    assert titles(client.get(base, {"status": "accepted"}).content.decode()) == []
    assert len(titles(client.get(base, {"topic": "nonsense"}).content.decode())) == 3
    first = titles(client.get(base, {"sort": "random"}).content.decode())
    assert sorted(first) == ["Korean", "Popular", "Quiet"]
    for _ in range(3):  # the same visitor sees the same order
        assert titles(client.get(base, {"sort": "random"}).content.decode()) == first


@pytest.mark.parametrize("count", [10, 200])
def test_the_list_takes_the_same_number_of_queries_whatever_its_length(
    client, count, django_assert_max_num_queries
):
    proposal_round = ProposalRoundFactory()
    topic = TopicFactory(round=proposal_round)
    for proposal in ProposalFactory.create_batch(count, round=proposal_round, topic=topic):
        translated(proposal, "ko", f"제안 {proposal.pk}")
    client.get(url("round", "ko", pk=proposal_round.pk))  # the session exists from now on
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("round", "ko", pk=proposal_round.pk), {"sort": "random"})
    assert response.status_code == 200
    assert len(titles(response.content.decode())) == min(count, 20)
    assert "제안" in response.content.decode()
    assert len(queries) == QUERIES, "\n".join(query["sql"][:90] for query in queries)


# The round, its topics (filter form), the count, the page, the page's translations, and the
# visitor's new random seed saved in the session (4): the same at 10 and 200 proposals.
QUERIES = 9


def test_the_program_page_links_its_rounds(client, program):
    proposal_round = ProposalRoundFactory(program=program)
    page = client.get(program.url).content.decode()
    assert url("round", "ko", pk=proposal_round.pk) in page


def test_the_rounds_page_lists_the_open_rounds(client):
    proposal_round = ProposalRoundFactory(title_en="Greener streets")
    assert "Greener streets" in client.get(url("rounds")).content.decode()
    assert url("round", pk=proposal_round.pk) in client.get(url("rounds")).content.decode()


def test_an_implemented_proposal_links_to_its_result_in_the_visitors_language(client, program):
    proposal = ProposalFactory(status="implemented", result_page=program.page_ptr)
    english = program.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.title = "Multilingual Governance Day"
    english.save_revision().publish()

    english_page = client.get(url("proposal", "en", pk=proposal.pk)).content.decode()
    japanese_page = client.get(url("proposal", "ja", pk=proposal.pk)).content.decode()

    assert f'href="{english.url}"' in english_page
    assert "Multilingual Governance Day" in english_page
    # No Japanese translation: the Korean page.
    assert f'href="{program.url}"' in japanese_page


def test_a_result_page_shows_only_for_an_implemented_proposal(client, program):
    proposal = ProposalFactory(status="accepted", result_page=program.page_ptr)

    page = client.get(url("proposal", "en", pk=proposal.pk)).content.decode()

    assert program.url not in page


def test_a_picture_shows_with_its_description_as_alt_text(client, resident):
    proposal = ProposalFactory(language="vi", image_description="Ghế đá ven suối")
    proposal.image.save("bench.png", ContentFile(png_bytes()))

    page = client.get(url("proposal", "ko", pk=proposal.pk)).content.decode()

    assert f'src="{proposal.image.url}" alt="Ghế đá ven suối" lang="vi"' in page


def test_the_form_sends_a_picture_to_the_service(client, resident):
    proposal_round = ProposalRoundFactory()
    client.force_login(resident)
    photo = SimpleUploadedFile("bench.jpg", jpeg_bytes(), content_type="image/jpeg")

    response = client.post(
        url("submit", "en", pk=proposal_round.pk),
        {"title": "Benches", "body": "More benches along the stream.", "image": photo},
    )

    assert response.status_code == 200  # no description: the form asks for one
    assert "Please say what the picture shows" in response.content.decode()
    assert not Proposal.objects.exists()
