"""`{% public_proposal_figures as figures %}`: the proposal KPIs for the public dashboard,
small groups suppressed (statistics.public_proposal_figures)."""

from django import template
from django.utils import timezone

from ..statistics import public_proposal_figures as figures

register = template.Library()


@register.simple_tag
def public_proposal_figures():
    return figures(now=timezone.now())
