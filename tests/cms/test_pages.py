from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cms import page_cache
from cms.models import (
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ProgramIndexPage,
    ProgramPage,
    StandardPage,
)
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory, translate_page


@pytest.mark.parametrize(
    ("model", "allowed_parents"),
    [
        (ProgramIndexPage, {HomePage}),
        (ProgramPage, {ProgramIndexPage}),
        (EventPage, {ProgramPage}),
        (NewsIndexPage, {HomePage}),
        (NewsPage, {NewsIndexPage}),
        (StandardPage, {HomePage, StandardPage}),
    ],
)
def test_pages_declare_where_they_live(model, allowed_parents):
    assert set(model.allowed_parent_page_models()) == allowed_parents


@pytest.mark.django_db
def test_event_must_end_after_it_starts(event):
    event.ends_at = event.starts_at - timedelta(minutes=1)

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    with translation.override("en"):
        assert error.value.message_dict["ends_at"] == ["An event must end after it starts."]
    with translation.override("vi"):
        assert error.value.message_dict["ends_at"] == ["Sự kiện phải kết thúc sau khi bắt đầu."]


@pytest.mark.django_db
def test_registration_must_close_before_the_event(event):
    event.registration_opens_at = event.starts_at - timedelta(days=10)
    event.registration_closes_at = event.starts_at + timedelta(hours=1)

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "registration_closes_at" in error.value.message_dict


@pytest.mark.django_db
def test_event_needs_a_place(event):
    event.venue = None
    event.address = ""
    event.online_url = ""

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    with translation.override("en"):
        assert error.value.message_dict["venue"] == ["Give a venue, an address or an online link."]


@pytest.mark.django_db
def test_unknown_event_language_is_refused(event):
    event.languages = ["ko", "xx"]

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "languages" in error.value.message_dict


@pytest.mark.django_db
def test_yearly_program_needs_its_month(program):
    program.cadence_month = None

    with pytest.raises(ValidationError) as error:
        program.full_clean()

    assert "cadence_month" in error.value.message_dict


@pytest.mark.django_db
def test_event_page_shows_times_in_seoul_and_languages(client, event):
    event.starts_at = datetime(2026, 12, 12, 5, 0, tzinfo=UTC)  # 14:00 in Seoul
    event.ends_at = event.starts_at + timedelta(hours=2)
    event.save_revision().publish()

    html = client.get("/en/programs/kpop-week/2026/", follow=True).content.decode()

    assert 'datetime="2026-12-12T14:00:00+09:00"' in html
    assert "Sat, December 12, 2026, 2:00–4:00 PM" in html
    assert "Korean and English" in html
    assert "Simplified Chinese, Japanese and Vietnamese" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "when", "languages"),
    [
        ("ko", "2026년 12월 12일 (토) 오후 2:00~4:00", "일본어, 베트남어"),
        ("ja", "2026年12月12日（土）14:00〜16:00", "日本語、ベトナム語"),
        ("vi", "14:00–16:00, thứ Bảy, ngày 12 tháng 12 năm 2026", "Tiếng Nhật và tiếng Việt"),
    ],
)
def test_event_page_writes_its_time_and_languages_as_the_language_does(
    client, event, language, when, languages
):
    event.starts_at = datetime(2026, 12, 12, 5, 0, tzinfo=UTC)
    event.ends_at = event.starts_at + timedelta(hours=2)
    event.interpretation_languages = ["ja", "vi"]
    event.save_revision().publish()

    html = client.get(f"/{language}/programs/kpop-week/2026/", follow=True).content.decode()

    assert when in html
    assert languages in html
    assert "2:00 오후" not in html


@pytest.mark.django_db
def test_program_page_lists_upcoming_and_past_editions(client, program):
    EventPageFactory(parent=program, title="다가오는 행사", slug="next")
    past_start = timezone.now() - timedelta(days=400)
    EventPageFactory(
        parent=program,
        title="지난 행사",
        slug="last",
        starts_at=past_start,
        ends_at=past_start + timedelta(hours=2),
    )

    html = client.get("/ko/programs/kpop-week/").content.decode()

    upcoming, past = html.split('id="past-editions"')
    assert "다가오는 행사" in upcoming
    assert "지난 행사" in past


@pytest.mark.django_db
def test_untranslated_page_shows_the_korean_original_with_a_notice(client, program):
    translate_page(program.get_parent(), "ja", title="プログラム")

    response = client.get("/ja/programs/kpop-week/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert "K-POP 월드 시티 위크" in html
    assert '<div class="content" lang="ko">' in html
    assert "このページはまだ" in html
    # Only real translations are advertised as alternates.
    assert 'hreflang="ja"' not in html.split("</head>")[0]
    assert "(まだ翻訳されていません)" in html


@pytest.mark.django_db
def test_translated_page_is_served_in_its_language(client, program):
    translate_page(program.get_parent(), "en", title="Programs")
    translate_page(program, "en", title="K-POP World City Week", slug="kpop-world-city-week")

    assert client.get("/en/programs/kpop-week/")["Location"] == "/en/programs/kpop-world-city-week/"
    html = client.get("/en/programs/kpop-world-city-week/").content.decode()
    assert "<h1>K-POP World City Week</h1>" in html
    assert 'class="notice"' not in html


@pytest.mark.django_db
def test_unknown_slug_is_a_translated_404(client, program_index):
    response = client.get("/vi/programs/no-such-program/")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def count_queries(client, url) -> int:
    page_cache.purge()  # measure rendering, not the page cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_listings_run_a_constant_number_of_queries(client, home_pages, program):
    news_index = NewsIndexPageFactory(parent=home_pages)
    for _ in range(10):
        EventPageFactory(parent=program)
        NewsPageFactory(parent=news_index)
    urls = ["/ko/", "/ko/programs/", "/ko/programs/kpop-week/", "/ko/news/"]
    for url in urls:
        client.get(url)  # warm per-process caches (site root, locales)
    with_ten = {url: count_queries(client, url) for url in urls}

    for _ in range(190):
        EventPageFactory(parent=program)
    for _ in range(40):
        NewsPageFactory(parent=news_index)

    assert {url: count_queries(client, url) for url in urls} == with_ten


@pytest.mark.django_db
def test_hero_image_needs_a_text_alternative(program):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    program.hero_image = Image.objects.create(title="무대", file=get_test_image_file())
    program.hero_image_alt = "  "

    with pytest.raises(ValidationError) as error:
        program.full_clean()

    assert "hero_image_alt" in error.value.message_dict


@pytest.mark.django_db
def test_unknown_language_prefix_ends_on_a_translated_404(client, program_index):
    response = client.get("/xx/programs/", follow=True)

    assert response.status_code == 404
    assert response.redirect_chain == [("/ko/xx/programs/", 302)]
    assert "페이지를 찾을 수 없습니다" in response.content.decode()


@pytest.mark.django_db
def test_news_dates_read_as_each_language_writes_them(client, home_pages):
    index = NewsIndexPageFactory(parent=home_pages)
    article = NewsPageFactory(
        parent=index, title="전략 발표", slug="strategy", date=date(2025, 3, 24)
    )
    translate_page(index, "vi", title="Tin tức")
    translate_page(article, "vi", title="Công bố chiến lược")

    korean = client.get("/ko/news/strategy/").content.decode()
    vietnamese = client.get("/vi/news/strategy/").content.decode()

    assert ">2025년 3월 24일</time>" in korean
    # Standing alone, the Vietnamese date starts with a capital.
    assert ">Ngày 24 tháng 3 năm 2025</time>" in vietnamese
