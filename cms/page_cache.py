"""A server-side cache of the pages anonymous visitors see, emptied whenever content changes.

PageCacheMiddleware sits right after whitenoise, so a cache hit costs about what a static file
does. It only answers requests that carry no session or messages cookie — a signed-in visitor
always has a session cookie — and it only stores page responses that `serve_page` marked
cacheable and that set no cookie and used no CSRF token, so nothing personal is ever shared.
Emptying works by changing a generation token that every entry must match; each process
rechecks the token every second and keeps its most requested pages in memory.
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
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
PAGE_TIMEOUT_SECONDS = 24 * 60 * 60
# Other processes notice a publish within this time; the publishing process at once.
GENERATION_RECHECK_SECONDS = 1.0
LOCAL_ENTRIES = 512
BROWSER_MAX_AGE_SECONDS = 60
# A request with one of these cookies may see something personal (a signed-in user, a message).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return _set_cache_control(request, self.get_response(request), shared=False)
        key = _key(request)
        try:
            generation = _current_generation()
            entry = _local_entries.get(key)
            if entry is None or entry[0] != generation:
                entry = cache.get(key)
                if entry is not None and entry[0] == generation:
                    _local_entries.put(key, entry)
        except Exception:  # a cache outage must not take pages down
            logger.warning("page cache unavailable", exc_info=True)
            return _set_cache_control(request, self.get_response(request), shared=False)
        if entry is not None and entry[0] == generation:
            return _response_from(entry)
        response = self.get_response(request)
        shared = _may_store(request, response)
        _set_cache_control(request, response, shared=shared)
        if shared:
            entry = (generation, response.status_code, list(response.items()), response.content)
            _local_entries.put(key, entry)
            try:
                cache.set(key, entry, PAGE_TIMEOUT_SECONDS)
            except Exception:  # likewise
                logger.warning("page cache unavailable", exc_info=True)
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


def mark_cacheable(request, response):
    """Called by the page view: this page response may be kept and shared if, once rendered,
    it turns out to be anonymous (see _may_store); the middleware decides."""
    response.page_cacheable = True
    return response


def _set_cache_control(request, response, *, shared: bool):
    # Decided after rendering: a page that used a CSRF token (a form) or set a cookie must
    # not be kept by a shared cache either, only pages this cache stores may be.
    if not getattr(response, "page_cacheable", False):
        return response
    if shared:
        patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE_SECONDS)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


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
