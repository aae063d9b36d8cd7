"""Reading a page's error summary (templates/includes/error_summary.html) in view tests."""

from bs4 import BeautifulSoup


def error_summary(html, summary_id="error-summary") -> tuple[str, list[str], list[str]]:
    """The summary's heading, its messages, and the ids its links point to — each checked to
    be an element of the page whose aria-describedby (or whose fieldset's) names an error
    showing that message beside the field."""
    soup = BeautifulSoup(html, "html.parser")
    box = soup.find(id=summary_id)
    assert box is not None and box.get("tabindex") == "-1", "no focusable error summary"
    messages = [item.get_text(" ", strip=True) for item in box.select("li")]
    targets = []
    for link in box.select("a"):
        target = soup.find(id=link["href"].removeprefix("#"))
        assert target is not None, f"{link['href']} is not on the page"
        described = target.get("aria-describedby") or target.find_parent("fieldset").get(
            "aria-describedby"
        )
        errors = [soup.find(id=name) for name in described.split()]
        assert any(
            error is not None and link.get_text(strip=True) in error.get_text() for error in errors
        ), f"{link['href']} does not describe its error"
        targets.append(target["id"])
    return box.select_one("h2").get_text(strip=True), messages, targets
