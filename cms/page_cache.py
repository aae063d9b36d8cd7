"""A server-side cache of the pages anonymous visitors see, emptied whenever content changes.

Only anonymous GET requests whose response sets no cookie and uses no CSRF token are stored,
so nothing personal or form-bound is ever shared. Emptying works by bumping a generation
number that is part of every key; old entries simply expire.
"""

from django.core.cache import cache
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
PAGE_TIMEOUT_SECONDS = 24 * 60 * 60
BROWSER_MAX_AGE_SECONDS = 60


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def purge() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: nothing cached under it either
        cache.add(GENERATION_KEY, 1, timeout=None)


def _key(request) -> str:
    return f"page-cache:{_generation()}:{request.get_host()}:{request.get_full_path()}"


def is_cacheable_request(request) -> bool:
    return request.method in ("GET", "HEAD") and not request.user.is_authenticated


def cached_response(request):
    return cache.get(_key(request)) if is_cacheable_request(request) else None


def store(request, response):
    """Mark the response cacheable (or private) and keep it for the next anonymous visitor."""
    if not is_cacheable_request(request):
        patch_cache_control(response, private=True, no_cache=True)
        return response
    if (
        response.status_code != 200
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE_SECONDS)
    cache.set(_key(request), response, PAGE_TIMEOUT_SECONDS)
    return response
