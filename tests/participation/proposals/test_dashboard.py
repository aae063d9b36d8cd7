"""The proposal KPIs on the public dashboard, with the KPI engine's small-count suppression."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.translation import override

from participation.kpis.disclosure import SUPPRESSED
from participation.proposals.statistics import public_proposal_figures
from tests.factories import ProposalFactory, ProposalRoundFactory

pytestmark = pytest.mark.django_db


def proposals(language, number, **fields):
    return [ProposalFactory(language=language, **fields) for _ in range(number)]


def by_label(figures):
    with override("en"):
        return {str(figure.label): figure.text for figure in figures["by_language"]}


def test_small_languages_are_suppressed_and_not_given_away_by_the_total():
    now = timezone.now()
    proposal_round = ProposalRoundFactory()
    proposals("ko", 6, round=proposal_round, published_at=now)
    proposals("en", 7, round=proposal_round, published_at=now)
    proposals("mn", 2, round=proposal_round, published_at=now)
    figures = public_proposal_figures(now=now)
    languages = by_label(figures)
    assert languages["Mongolian"] == SUPPRESSED
    # One hidden cell would follow from the total: the smallest other one is hidden too.
    assert languages["Korean"] == SUPPRESSED and languages["English"] == "7"
    assert figures["total"].text == "15"
    # 9 of 15 not in Korean.
    assert figures["shares"][0].text == "60%"


def test_shares_about_few_proposals_are_suppressed():
    now = timezone.now()
    proposal_round = ProposalRoundFactory(answer_due_days=30)
    published = now - timedelta(days=40)
    answered = proposals(
        "en", 6, round=proposal_round, published_at=published, answered_at=now - timedelta(days=35)
    )
    answered[0].status = "implemented"
    answered[0].save()
    figures = public_proposal_figures(now=now)
    in_time, implemented = figures["shares"][1:]
    assert in_time.text == "100%"  # 6 of 6: complement 0 is published
    assert implemented.text == SUPPRESSED  # 1 of 6


def test_the_dashboard_shows_them_translated(client):
    now = timezone.now()
    proposals("vi", 6, published_at=now)
    page = client.get("/ko/dashboard/").content.decode()
    assert "주민 제안" in page and "베트남어" in page
