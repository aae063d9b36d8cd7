"""Program cards on the home page: the hero image in responsive renditions with its text
alternative, the cluster by name and never by its internal code."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import ClusterFactory, ProgramIndexPageFactory, ProgramPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def featured(home_pages):
    image = Image.objects.create(
        title="무대", file=get_test_image_file(size=(1200, 800), filename="stage.png")
    )
    return ProgramPageFactory(
        parent=ProgramIndexPageFactory(parent=home_pages),
        featured=True,
        cluster=ClusterFactory(code="c1", name_ko="AI·기술 외교"),
        hero_image=image,
        hero_image_alt="코엑스 광장 무대에서 공연하는 K-POP 그룹",
    )


def card_of(html: str) -> str:
    return html.split('class="card program-card"', 1)[1].split("</article>", 1)[0]


def test_the_card_shows_the_hero_image_in_several_widths_with_its_alt(client, featured):
    card = card_of(client.get("/ko/").content.decode())

    img = card.split("<img", 1)[1].split(">", 1)[0]
    assert 'alt="코엑스 광장 무대에서 공연하는 K-POP 그룹"' in img
    srcset = img.split('srcset="', 1)[1].split('"', 1)[0]
    assert [candidate.rsplit(" ", 1)[1] for candidate in srcset.split(", ")] == [
        "320w",
        "640w",
        "960w",
    ]
    assert 'sizes="' in img


def test_the_card_names_the_cluster_without_its_code(client, featured):
    card = card_of(client.get("/ko/").content.decode())

    assert "AI·기술 외교" in card
    assert "C1" not in card


def test_a_program_without_an_image_gets_a_card_without_one(client, featured):
    featured.hero_image = None
    featured.save_revision().publish()

    card = card_of(client.get("/ko/").content.decode())

    assert "<img" not in card
