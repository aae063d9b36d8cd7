"""Screenshots kept as CI artefacts in artifacts/screenshots/ (gitignored): named pages of
tests/browser/public_pages.py, per language and width."""

from pathlib import Path

from playwright.sync_api import expect

from tests.browser.public_pages import EXPECTED_STATUS, url_of

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def save_screenshots(page, site, names, *, languages, widths) -> tuple[list[Path], list[str]]:
    """A full-page PNG of each page in `names` that PUBLIC_PAGES lists, in each language and
    viewport width, once the page has answered and shown its heading. Returns (the files,
    the names skipped because PUBLIC_PAGES has no such page)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    saved, skipped = [], []
    for name in names:
        if url_of(name, languages[0], site) is None:
            skipped.append(name)
            continue
        for language in languages:
            url = url_of(name, language, site)
            for width in widths:
                page.set_viewport_size({"width": width, "height": 900})
                response = page.goto(url)
                assert response.status == EXPECTED_STATUS.get(name, 200), url
                expect(page.locator("html")).to_have_attribute("lang", language)
                expect(page.get_by_role("heading", level=1)).to_be_visible()
                page.evaluate("document.fonts.ready")
                path = SCREENSHOTS / f"{name.replace(' ', '-')}-{language}-{width}.png"
                page.screenshot(path=path, full_page=True)
                saved.append(path)
    return saved, skipped
