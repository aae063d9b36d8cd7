"""A server-side cache of the pages anonymous visitors see, emptied whenever content changes.

PageCacheMiddleware sits right after whitenoise, so a cache hit costs about what a static file
does. It only answers requests that carry no session or messages cookie — a signed-in visitor
always has a session cookie — and it only stores page responses that `serve_page` marked
cacheable and that set no cookie and used no CSRF token, so nothing personal is ever shared.
Emptying works by changing a generation token that every entry must match.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
PAGE_TIMEOUT_SECONDS = 24 * 60 * 60
BROWSER_MAX_AGE_SECONDS = 60
# A request with one of these cookies may see something personal (a signed-in user, a message).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        key = _key(request)
        # One round trip: the current generation and the entry, which says its generation.
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        entry = found.get(key)
        if generation is not None and entry is not None and entry[0] == generation:
            return _response_from(entry)
        response = self.get_response(request)
        if _may_store(request, response):
            if generation is None:
                generation = _new_generation()
            entry = (generation, response.status_code, list(response.items()), response.content)
            cache.set(key, entry, PAGE_TIMEOUT_SECONDS)
        return response


def mark_cacheable(request, response):
    """Called by the page view: anonymous page responses may be kept and shared."""
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE_SECONDS)
        response.page_cacheable = True
    return response


def purge() -> None:
    """Make every cached page stale (a new generation; old entries expire on their own)."""
    _new_generation()


def _new_generation() -> str:
    # A random token, not a counter: if Redis evicts it, old entries cannot match again.
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, timeout=None)
    return generation


def _key(request) -> str:
    url = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"page-cache:{hashlib.sha256(url).hexdigest()}"


def _response_from(entry) -> HttpResponse:
    _generation, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def _may_use_cache(request) -> bool:
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def _may_store(request, response) -> bool:
    return (
        getattr(response, "page_cacheable", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )
