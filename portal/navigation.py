"""The site's main navigation and footer links, in the active language.

Pages of the page tree are linked by their slug under the language's home (`/ko/programs/`);
views by their URL name. The events list is linked by its path under the language prefix.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    is_current: bool = False
    is_emphasised: bool = False


def _page(slug: str = "") -> str:
    return reverse("wagtail_serve", args=[slug])


def _is_within(path: str, url: str) -> bool:
    return path == url or path.startswith(url)


def main_menu(request) -> list[NavItem]:
    """Programs, events, news, send feedback, dashboard, about."""
    home = _page()
    entries = [
        (pgettext_lazy("main menu", "Programs"), _page("programs/")),
        (pgettext_lazy("main menu", "Events"), f"{home}events/"),
        (pgettext_lazy("main menu", "News"), _page("news/")),
        (pgettext_lazy("main menu", "Send feedback"), reverse("feedback:submit")),
        (pgettext_lazy("main menu", "Dashboard"), reverse("kpis:dashboard")),
        (pgettext_lazy("main menu", "About"), _page("about/")),
    ]
    path = request.path if request is not None else ""
    return [
        NavItem(label=str(label), url=url, is_current=_is_within(path, url))
        for label, url in entries
    ]


def footer_links() -> list[NavItem]:
    """KRDS's footer menu: the privacy policy first and emphasised, as Korean public sites
    must show it; then accessibility, open data, service status and the feeds."""
    entries = [
        (_("Privacy policy"), _page("privacy/"), True),
        (_("Accessibility statement"), _page("accessibility/"), False),
        (_("Open data"), reverse("open_data"), False),
        (_("Service status"), reverse("service_status"), False),
        (_("Follow your feedback"), reverse("feedback:lookup"), False),
        (_("Residents' proposals"), reverse("proposals:rounds"), False),
        (_("Events calendar (iCalendar)"), reverse("events_calendar"), False),
        (_("News feed (Atom)"), reverse("news_feed"), False),
    ]
    return [NavItem(label=str(label), url=url, is_emphasised=bold) for label, url, bold in entries]
