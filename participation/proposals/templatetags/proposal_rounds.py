"""`{% program_rounds page as rounds %}`: the proposal rounds of a program page, in whichever
language version the round names (one query)."""

from django import template
from django.db.models import Q

from ..models import ProposalRound

register = template.Library()


@register.simple_tag
def program_rounds(page):
    key = page.translation_key
    return list(
        ProposalRound.objects.filter(
            Q(program__translation_key=key) | Q(event__translation_key=key)
        ).order_by("-closes_at")[:5]
    )
