"""Waiting for state, in one place: tests poll for what they need (a database row, a delivered
email, a page a worker changed) until a deadline, never sleep a fixed time that a slow machine
misses."""

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# The ceiling for anything a test waits on: generous, so that a loaded machine is only slower;
# a test that passes waits only as long as the state takes to arrive.
DEADLINE_SECONDS = 90.0
# Playwright's default for every action, navigation and `expect(...)`, in milliseconds.
BROWSER_TIMEOUT_MS = int(DEADLINE_SECONDS * 1000)


def wait_until(
    condition: Callable[[], T],
    *,
    what: str,
    timeout: float = DEADLINE_SECONDS,
    interval: float = 0.1,
    between: Callable[[], object] | None = None,
) -> T:
    """Call `condition` until it returns something truthy, and return that; `between` runs
    before each retry (a page reload). AssertionError naming `what` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not there after {timeout:g} s")
        time.sleep(interval)
        if between is not None:
            between()


def new_browser_context(browser, **options):
    """A Playwright browser context whose actions and navigations wait up to
    BROWSER_TIMEOUT_MS (`expect(...)` gets the same ceiling in tests/conftest.py)."""
    context = browser.new_context(**options)
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    context.set_default_navigation_timeout(BROWSER_TIMEOUT_MS)
    return context
