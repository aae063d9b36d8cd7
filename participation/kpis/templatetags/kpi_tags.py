from django import template

from ..selectors.dashboard import teaser_figures

register = template.Library()


@register.inclusion_tag("kpis/includes/teaser.html")
def kpi_teaser():
    """The plan's three KPIs with their status, for the home page (public: suppressed)."""
    return {"figures": teaser_figures()}
