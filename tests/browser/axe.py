"""axe-core (tests/support/axe.min.js, see tests/support/README.md) in the tests' browser.

The script is added to the browser context as an init script, so every page of the context has
it before its own scripts run, whatever the page's Content-Security-Policy says."""

from pathlib import Path

AXE_SCRIPT = Path(__file__).resolve().parents[1] / "support" / "axe.min.js"
# What the portal must never have; "moderate" and "minor" findings are left to review.
BLOCKING_IMPACTS = ("serious", "critical")


def enable_axe(context) -> None:
    context.add_init_script(path=AXE_SCRIPT)


def blocking_violations(page) -> list[str]:
    """The page's serious and critical axe-core violations, one line per element."""
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}) at {node['target']}: {violation['help']}"
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
        for node in violation["nodes"]
    ]
