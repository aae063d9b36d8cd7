"""The status page link of an item: the tracking code is the credential in it."""

from django.urls import reverse
from django.utils import translation

from portal.links import absolute_url


def status_url(item, *, absolute: bool = True) -> str:
    with translation.override(item.site_language):
        path = reverse("feedback:status", kwargs={"code": item.tracking_code})
    if not absolute:
        return path
    return absolute_url(path)
