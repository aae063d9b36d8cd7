"""A server-side cache of the pages anonymous visitors see, emptied whenever content changes.

PageCacheMiddleware sits right after whitenoise, so a cache hit costs about what a static file
does. It only answers requests that carry no session or messages cookie — a signed-in visitor
always has a session cookie — and it only stores page responses that `serve_page` marked
cacheable and that set no cookie and used no CSRF token, so nothing personal is ever shared.
Emptying works by changing a generation token that every entry must match; each process
rechecks the token every second and keeps its most requested pages in memory.

Two things let pages with a form (an event's registration form) be stored too:
- `csrf_token_for(request)` gives such a form a placeholder instead of the visitor's token; the
  middleware puts each visitor's own token (and cookie) in its place on every answer, stored or
  not, so the stored copy holds nothing personal and is never shared beyond this cache.
- `valid_until(request, moment)`: what the page shows changes at that moment (registration
  opens or closes), so it is not kept past it.
"""

import hashlib
import logging
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache:v2"
PAGE_TIMEOUT_SECONDS = 24 * 60 * 60
# Other processes notice a publish within this time; the publishing process at once.
GENERATION_RECHECK_SECONDS = 1.0
LOCAL_ENTRIES = 512
BROWSER_MAX_AGE_SECONDS = 60
# A request with one of these cookies may see something personal (a signed-in user, a message).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Stands in for the visitor's CSRF token in stored pages; ASCII, so HTML escaping keeps it.
CSRF_PLACEHOLDER = "page-cache-csrf-token-7f3c9a1e5b"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return _set_cache_control(request, self.get_response(request), shared=False)
        request.page_cache_may_store = True
        key = _key(request)
        try:
            generation = _current_generation()
            entry = _local_entries.get(key)
            if not _is_fresh(entry, generation):
                entry = cache.get(key)
                if _is_fresh(entry, generation):
                    _local_entries.put(key, entry)
        except Exception:  # a cache outage must not take pages down
            logger.warning("page cache unavailable", exc_info=True)
            request.page_cache_may_store = False
            return _set_cache_control(request, self.get_response(request), shared=False)
        if _is_fresh(entry, generation):
            return _response_from(request, entry)
        response = self.get_response(request)
        shared = _may_store(request, response)
        _set_cache_control(request, response, shared=shared)
        if shared:
            expires_at = min(
                time.time() + PAGE_TIMEOUT_SECONDS,
                getattr(request, "page_cache_valid_until", float("inf")),
            )
            entry = (
                generation,
                expires_at,
                response.status_code,
                list(response.items()),
                response.content,
                _has_csrf_placeholder(request),
            )
            _local_entries.put(key, entry)
            try:
                cache.set(key, entry, max(1, int(expires_at - time.time())))
            except Exception:  # likewise
                logger.warning("page cache unavailable", exc_info=True)
        if _has_csrf_placeholder(request):
            _fill_csrf_placeholder(request, response)
        return response


class _LocalEntries:
    """The most requested pages, kept in this process too: a hit then needs no network."""

    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict[str, tuple] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_local_entries = _LocalEntries(LOCAL_ENTRIES)
_known_generation = {"token": None, "read_at": -GENERATION_RECHECK_SECONDS}


def _current_generation() -> str:
    """The generation token, read from the shared cache at most once per recheck interval."""
    now = time.monotonic()
    if now - _known_generation["read_at"] >= GENERATION_RECHECK_SECONDS:
        token = cache.get(GENERATION_KEY) or _new_generation()
        _known_generation.update(token=token, read_at=now)
    return _known_generation["token"]


def csrf_token_for(request) -> str:
    """The CSRF token to put in a form on a page: a placeholder that the middleware replaces
    with the visitor's own token when the page may be stored, else the token itself."""
    if getattr(request, "page_cache_may_store", False) and not request.user.is_authenticated:
        request.page_cache_csrf_placeholder = True
        return CSRF_PLACEHOLDER
    return get_token(request)


def valid_until(request, moment) -> None:
    """What this page shows changes at `moment` (an aware datetime): keep it no longer."""
    current = getattr(request, "page_cache_valid_until", float("inf"))
    request.page_cache_valid_until = min(current, moment.timestamp())


def keep_until_an_event_ends(request, events) -> None:
    """A listing of upcoming events changes when the first of them ends."""
    if events:
        valid_until(request, min(event.ends_at for event in events))


def mark_cacheable(request, response):
    """Called by the page view: this page response may be kept and shared if, once rendered,
    it turns out to be anonymous (see _may_store); the middleware decides."""
    response.page_cacheable = True
    return response


def _set_cache_control(request, response, *, shared: bool):
    # Decided after rendering: a page that used a CSRF token (a form) or set a cookie must
    # not be kept by a shared cache either, only pages this cache stores may be; a page
    # carrying the visitor's own token is kept by the visitor's browser at most.
    if not getattr(response, "page_cacheable", False):
        return response
    if shared and not _has_csrf_placeholder(request):
        valid_until = getattr(request, "page_cache_valid_until", float("inf"))
        patch_cache_control(response, public=True, max_age=_browser_max_age(valid_until))
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def _browser_max_age(valid_until: float) -> int:
    """Whole seconds a browser may keep the page, never past `valid_until` (rounded down)."""
    return int(max(0, min(BROWSER_MAX_AGE_SECONDS, valid_until - time.time())))


def purge() -> None:
    """Make every cached page stale (a new generation; old entries expire on their own)."""
    _new_generation()


def _new_generation() -> str:
    # A random token, not a counter: if Redis evicts it, old entries cannot match again.
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, timeout=None)
    _known_generation.update(token=generation, read_at=time.monotonic())
    return generation


def _key(request) -> str:
    url = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"{KEY_PREFIX}:{hashlib.sha256(url).hexdigest()}"


def _is_fresh(entry, generation) -> bool:
    return entry is not None and entry[0] == generation and entry[1] > time.time()


def _response_from(request, entry) -> HttpResponse:
    _generation, expires_at, status, headers, content, has_csrf_placeholder = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    if "public" in response.get("Cache-Control", ""):
        # The max-age stored was counted from when the page was rendered: browsers must not
        # keep this copy past the moment it changes either (patch_cache_control keeps the min).
        patch_cache_control(response, max_age=_browser_max_age(expires_at))
    if has_csrf_placeholder:
        _csrf_middleware.process_request(request)  # reads the visitor's CSRF cookie, if any
        request.page_cache_csrf_placeholder = True
        _fill_csrf_placeholder(request, response)
    return response


def _has_csrf_placeholder(request) -> bool:
    return getattr(request, "page_cache_csrf_placeholder", False)


def _fill_csrf_placeholder(request, response) -> None:
    """The visitor's own CSRF token in place of the placeholder, and its cookie set, as
    CsrfViewMiddleware does for a page rendered with the token."""
    token = get_token(request)
    response.content = response.content.replace(CSRF_PLACEHOLDER.encode(), token.encode())
    _csrf_middleware.process_response(request, response)
    patch_cache_control(response, private=True, no_cache=True)


_csrf_middleware = CsrfViewMiddleware(lambda request: None)


def _may_use_cache(request) -> bool:
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and get_language_from_path(request.path_info) is not None  # pages live under /<lang>/
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def _may_store(request, response) -> bool:
    return (
        getattr(response, "page_cacheable", False)
        and not request.user.is_authenticated
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )
