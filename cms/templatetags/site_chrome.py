from django import template

from portal import navigation
from portal.i18n import language_links as build_language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in every site language (switcher and hreflang alternates)."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    return build_language_links(request, page=page if hasattr(page, "get_translations") else None)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main navigation's items, the current section marked."""
    return navigation.main_menu(context.get("request"))


@register.simple_tag
def footer_links():
    return navigation.footer_links()
