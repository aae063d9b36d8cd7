import csv
import io
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from participation.proposals.statistics import proposal_kpis
from tests.factories import ProposalFactory, ProposalRoundFactory

pytestmark = pytest.mark.django_db


def test_kpis_count_public_proposals_by_origin_answers_in_time_and_implementation():
    now = timezone.now()
    proposal_round = ProposalRoundFactory(answer_due_days=30)
    long_ago = now - timedelta(days=60)
    ProposalFactory(round=proposal_round, language="ko", created_at=long_ago)  # overdue
    ProposalFactory(
        round=proposal_round,
        language="vi",
        created_at=long_ago,
        answered_at=long_ago + timedelta(days=10),
        status="implemented",
    )
    ProposalFactory(
        round=proposal_round,
        language="vi",
        created_at=long_ago,
        answered_at=long_ago + timedelta(days=40),
        status="not_accepted",
    )
    ProposalFactory(round=proposal_round, language="en")  # not due yet
    ProposalFactory(round=proposal_round, language="ja", visibility="in_review")
    kpis = proposal_kpis(now=now)
    assert kpis["proposals"] == 4
    assert kpis["by_language_of_origin"] == {"en": 1, "ko": 1, "vi": 2}
    assert kpis["foreign_language_share"] == 0.75
    assert kpis["answered_within_due_time_share"] == round(1 / 3, 4)
    assert kpis["implemented_share"] == 0.5


def test_open_data_has_no_author(client):
    proposal = ProposalFactory(title="=cmd", body="Benches")
    document = json.loads(client.get("/open-data/proposals.json").content)
    (row,) = document["proposals"]
    assert row["id"] == proposal.pk and "author" not in json.dumps(row)
    assert proposal.author.email not in json.dumps(document)
    content = b"".join(client.get("/open-data/proposals.csv").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content.lstrip("\ufeff"))))
    assert rows[0]["title"] == "'=cmd"  # a formula is written as text
    assert proposal.author.email not in content
