import pytest
from wagtail.models import Site

from cms.services import set_up_home_pages
from demo.data import home_page_texts

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("base_url", "hostname", "port", "root_url"),
    [
        (
            "https://portal.example.go.kr",
            "portal.example.go.kr",
            443,
            "https://portal.example.go.kr",
        ),
        ("http://127.0.0.1:8000/", "127.0.0.1", 8000, "http://127.0.0.1:8000"),
    ],
)
def test_the_site_is_served_where_the_portal_base_url_says(
    home_pages, settings, base_url, hostname, port, root_url
):
    settings.PORTAL_BASE_URL = base_url

    set_up_home_pages(content=home_page_texts())

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (hostname, port, root_url)
    assert home_pages.get_full_url() == f"{root_url}/ko/"
