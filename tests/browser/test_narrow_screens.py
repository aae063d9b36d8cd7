"""On a 360 px phone no public page scrolls sideways, in any language, and the dashboard's
chart labels stay at least 12 px tall; screenshots of the pages residents meet first are kept
for review (artifacts/screenshots/)."""

import pytest
from PIL import Image

from tests.browser.content import LANGUAGES
from tests.browser.public_pages import (
    EXPECTED_STATUS,
    PUBLIC_PAGES,
    SIGNED_IN_PAGES,
    sign_in,
    url_of,
)
from tests.browser.screenshots import save_screenshots

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
SCREENSHOT_PAGES = ("home", "events", "event", "feedback form")

# The outermost elements sticking out past the right edge (their parent fits, no scrolling box
# holds them), to say what to fix: tag, classes, the section they are in, width.
OVERFLOWING = """() => {
  const limit = document.documentElement.clientWidth;
  const sticksOut = (element) => element.getBoundingClientRect().right > limit + 0.5;
  const clipped = (element) => {
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const out = [];
  for (const element of document.body.querySelectorAll("*")) {
    if (!sticksOut(element) || sticksOut(element.parentElement) || clipped(element)) continue;
    const section = element.closest("section, figure, form, header, footer, main");
    out.push(element.tagName.toLowerCase()
      + (element.classList.length ? "." + [...element.classList].join(".") : "")
      + (section ? " in " + section.tagName.toLowerCase() + "#" + (section.id
          || section.getAttribute("aria-labelledby") || section.className) : "")
      + ": " + Math.round(element.getBoundingClientRect().width) + " px wide");
  }
  return out.slice(0, 6);
}"""

# The smallest rendered font size of the chart text a visitor sees (SVG text is scaled with
# its chart, so the computed font size alone says nothing).
SMALLEST_CHART_TEXT = """() => {
  const sizes = [];
  for (const text of document.querySelectorAll("svg.chart__svg text")) {
    if (!text.getClientRects().length || !text.textContent.trim()) continue;
    const scale = text.getScreenCTM().a;
    sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
  }
  return sizes.length ? Math.min(...sizes) : null;
}"""


def test_no_public_page_scrolls_sideways_at_360_px(page, public_site):
    page.set_viewport_size(PHONE)
    too_wide = {}
    pages = [(language, name) for language in LANGUAGES for name in PUBLIC_PAGES]
    signed_in = [(language, name) for language in LANGUAGES for name in SIGNED_IN_PAGES]
    for index, (language, name) in enumerate(pages + signed_in):
        if index == len(pages):
            sign_in(page, public_site)
        url = url_of(name, language, public_site)
        response = page.goto(url)
        assert response.status == EXPECTED_STATUS.get(name, 200), url
        assert page.locator("html").get_attribute("lang") == language
        assert page.url.endswith(url), f"{url} went to {page.url}"
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[f"{name} ({url}): {width} px"] = page.evaluate(OVERFLOWING)
    assert too_wide == {}


def test_dashboard_chart_labels_are_at_least_12_px(page, public_site):
    smallest = {}
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        for language in LANGUAGES:
            page.goto(f"/{language}/dashboard/")
            smallest[(language, viewport["width"])] = page.evaluate(SMALLEST_CHART_TEXT)

    assert all(size is not None for size in smallest.values()), smallest
    assert {key: size for key, size in smallest.items() if size < 12} == {}


def test_screenshots_of_home_event_and_feedback_in_korean_and_vietnamese(page, public_site):
    saved, skipped = save_screenshots(
        page, public_site, SCREENSHOT_PAGES, languages=("ko", "vi"), widths=(1280, 360)
    )

    assert skipped == []
    assert len(saved) == len(SCREENSHOT_PAGES) * 2 * 2
    for path in saved:
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert image.width == int(path.stem.rsplit("-", 1)[1])
            # A rendered page, not a blank one: more than a handful of colours.
            assert len(image.convert("RGB").getcolors(maxcolors=1 << 16) or range(1 << 16)) > 50
