import pytest
from django.contrib.auth.models import Permission

from tests.factories import ProposalRoundFactory, TopicFactory, UserFactory


@pytest.fixture
def proposal_round(db):
    """An open round, reviewed before publication, with one topic."""
    proposal_round = ProposalRoundFactory()
    TopicFactory(round=proposal_round, name_ko="교통", name_en="Transport")
    return proposal_round


@pytest.fixture
def resident(db):
    return UserFactory(preferred_language="vi")


@pytest.fixture
def moderator(db):
    """Staff who may moderate and answer proposals (not a superuser)."""
    user = UserFactory(is_staff=True, preferred_language="ko")
    user.user_permissions.add(
        Permission.objects.get(codename="change_proposal"),
        Permission.objects.get(codename="access_admin"),
    )
    return user
