"""A time limit on the HTTP calls that deep-translator makes, and only on those.

deep-translator calls ``requests.get`` / ``requests.post`` without a timeout and offers no way
to pass one, so a hung provider would hold a Celery worker or an editor's request forever.
A one-time wrapper around ``requests.Session.request`` gives a request a timeout only while
a ``provider_call()`` block is active in the current thread or task (a contextvar): other
code that uses requests in the same process sees no change.
"""

import functools
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import requests


@dataclass
class ProviderCall:
    deadline: float  # time.monotonic() after which no request may run
    # The last failed request: some deep-translator clients swallow it and then fail on the
    # missing response (Microsoft's), and the report should name the real cause.
    request_error: requests.RequestException | None = None


_current_call: ContextVar[ProviderCall | None] = ContextVar(
    "translation_provider_call", default=None
)

# Session.request(method, url, params, data, headers, cookies, files, auth, timeout, ...)
_TIMEOUT_POSITION = 6  # index of `timeout` among the arguments after method and url


def _with_default_timeout(request):
    @functools.wraps(request)
    def wrapper(self, method, url, *args, **kwargs):
        call = _current_call.get()
        if call is None:
            return request(self, method, url, *args, **kwargs)
        if len(args) <= _TIMEOUT_POSITION and kwargs.get("timeout") is None:
            # One budget for the whole provider call, however many requests it makes.
            remaining = call.deadline - time.monotonic()
            if remaining <= 0:
                raise requests.Timeout(f"translation time limit reached before {method} {url}")
            kwargs["timeout"] = remaining
        try:
            return request(self, method, url, *args, **kwargs)
        except requests.RequestException as exc:
            call.request_error = exc
            raise

    wrapper.applies_translation_deadline = True
    return wrapper


def install() -> None:
    """Wrap requests.Session.request once (idempotent)."""
    if not getattr(requests.Session.request, "applies_translation_deadline", False):
        requests.Session.request = _with_default_timeout(requests.Session.request)


@contextmanager
def provider_call(*, seconds: float) -> Iterator[ProviderCall]:
    install()
    call = ProviderCall(deadline=time.monotonic() + seconds)
    token = _current_call.set(call)
    try:
        yield call
    finally:
        _current_call.reset(token)
