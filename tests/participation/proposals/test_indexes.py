"""The list's orders read the first page from an index, not by sorting the whole round
(benchmarks/proposals: a seq scan and sort of 10,000 proposals for "newest")."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participation.proposals import selectors
from participation.proposals.models import Proposal
from tests.factories import ProposalFactory, ProposalRoundFactory

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans only")


def index_leading_with(field: str) -> str:
    (index,) = [i for i in Proposal._meta.indexes if i.fields[:3] == ["round", "visibility", field]]
    return index.name


@pytest.mark.parametrize(
    ("sort", "field"), [("newest", "-published_at"), ("supported", "-support_count")]
)
def test_the_first_page_of_each_order_comes_from_its_index(db, sort, field):
    proposal_round = ProposalRoundFactory()
    ProposalFactory.create_batch(3, round=proposal_round)
    with CaptureQueriesContext(connection) as queries:
        selectors.round_proposals(proposal_round=proposal_round, language="en", sort=sort)
    (sql,) = [query["sql"] for query in queries if "LIMIT" in query["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Index Scan using {index_leading_with(field)} " in plan, plan
    if sort == "newest":  # the whole order is the index's: no sort at all
        assert "Sort" not in plan, plan
