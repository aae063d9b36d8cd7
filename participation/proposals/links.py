"""Links in emails: a proposal's page in the reader's language, and the one-click unfollow
link, whose signed token is the credential (no sign-in needed)."""

from django.core import signing
from django.urls import reverse
from django.utils import translation

from portal.links import absolute_url

UNFOLLOW_SALT = "proposals.unfollow"


def proposal_url(proposal, *, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("proposals:proposal", kwargs={"pk": proposal.pk}))


def unfollow_token(follow) -> str:
    return signing.dumps([follow.proposal_id, follow.user_id], salt=UNFOLLOW_SALT)


def read_unfollow_token(token: str):
    """(proposal id, user id), or None for a token that was not signed by us."""
    try:
        proposal_id, user_id = signing.loads(token, salt=UNFOLLOW_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return proposal_id, user_id


def unfollow_url(follow, *, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("proposals:unfollow", kwargs={"token": unfollow_token(follow)}))


def one_click_unfollow_url(follow) -> str:
    """RFC 8058's List-Unsubscribe target: a mail client POSTs to it, without a session."""
    return absolute_url(
        reverse("proposals_one_click_unfollow", kwargs={"token": unfollow_token(follow)})
    )


def list_unsubscribe_headers(follow) -> dict:
    return {
        "List-Unsubscribe": f"<{one_click_unfollow_url(follow)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
