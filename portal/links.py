"""Absolute links to the portal, for what is read outside a request: emails, calendar files,
feeds, the sitemap. One setting, PORTAL_BASE_URL, says where the portal is served; the host a
request happened to arrive on (a proxy's, a worker's "localhost") never leaks into them."""

from django.conf import settings


def absolute_url(path: str) -> str:
    return settings.PORTAL_BASE_URL.rstrip("/") + path


def page_url(page, request=None) -> str:
    """A page's address on the portal (its language prefix included)."""
    parts = page.get_url_parts(request)
    if parts is None:  # not routable: outside every site's tree
        return ""
    _site_id, _root_url, path = parts
    return absolute_url(path)
