import pytest
from wagtail.models import Locale

from cms.folding import fold
from tests.factories import EventPageFactory, ProgramPageFactory, translate_page


@pytest.fixture
def festival(program_index):
    program = ProgramPageFactory(
        parent=program_index,
        title="K-POP 월드 시티 위크",
        slug="kpop-week",
        summary="한류 콘텐츠로 세계 시민과 만나는 강남의 가을 축제입니다.",
    )
    EventPageFactory(
        parent=program, title="강남 한류 축제를 여는 밤", slug="opening", summary="개막 공연"
    )
    ProgramPageFactory(
        parent=program_index, title="강남 글로벌 테크 포럼", slug="tech", summary="AI 기업 포럼"
    )
    return program


def result_titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [result.title for result in response.context["results"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("축제", "강남 한류 축제를 여는 밤"),
        ("한류", "강남 한류 축제를 여는 밤"),
        ("월드 시티", "K-POP 월드 시티 위크"),
    ],
)
def test_short_korean_queries_find_words_with_particles(client, festival, query, title):
    titles = result_titles(client, "ko", query)

    assert title in titles
    assert "강남 글로벌 테크 포럼" not in titles


@pytest.mark.django_db
def test_korean_query_finds_the_program_and_its_event(client, festival):
    assert set(result_titles(client, "ko", "축제")) == {
        "K-POP 월드 시티 위크",
        "강남 한류 축제를 여는 밤",
    }


@pytest.mark.django_db
def test_search_stays_in_the_visitors_language(client, festival):
    translate_page(festival.get_parent(), "ja", title="プログラム")
    translate_page(
        festival,
        "ja",
        title="K-POPワールドシティウィーク",
        summary="韓流で世界とつながる秋の祭りです。",
    )
    translate_page(festival.get_parent(), "en", title="Programs")
    translate_page(
        festival,
        "en",
        title="K-POP World City Week",
        summary="Gangnam's autumn festival of K-culture.",
    )

    assert result_titles(client, "ja", "祭り") == ["K-POPワールドシティウィーク"]
    assert result_titles(client, "en", "festival") == ["K-POP World City Week"]
    assert result_titles(client, "ko", "festival") == []


@pytest.mark.django_db
def test_empty_and_overlong_queries_are_harmless(client, festival):
    assert result_titles(client, "ko", "") == []
    assert result_titles(client, "ko", "축제" * 500) == []


@pytest.mark.django_db
def test_search_page_escapes_the_query(client, festival):
    html = client.get("/ko/search/", {"q": "<script>alert(1)</script>"}).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"> 축제', '"축제', "축제*", "한류 -축제", "(월드", ':"'])
def test_quotes_and_operators_are_ignored_not_errors(client, festival, query):
    titles = result_titles(client, "ko", query)

    if any(word in query for word in ("축제", "한류", "월드")):
        assert "K-POP 월드 시티 위크" in titles


@pytest.fixture
def vietnamese_festival(festival):
    translate_page(festival.get_parent(), "vi", title="Chương trình")
    translate_page(
        festival,
        "vi",
        title="Tuần lễ Thành phố Thế giới K-POP",
        summary="Lễ hội mùa thu của Gangnam với người dân khắp thế giới, gần ga Đường Hàn.",
    )
    return festival


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["le hoi", "Le Hoi mua thu", "lễ hội", "LỄ HỘI", "duong han", "the gioi"]
)
def test_search_ignores_diacritics(client, vietnamese_festival, query):
    assert result_titles(client, "vi", query) == ["Tuần lễ Thành phố Thế giới K-POP"]


@pytest.mark.django_db
def test_a_page_edited_after_indexing_is_found_without_diacritics(client, vietnamese_festival):
    page = vietnamese_festival.get_translation(Locale.objects.get(language_code="vi"))
    page.summary = "Hội chợ ẩm thực đường phố."
    page.save_revision().publish()

    assert result_titles(client, "vi", "am thuc") == ["Tuần lễ Thành phố Thế giới K-POP"]
    assert result_titles(client, "vi", "mua thu") == []  # the old summary is gone


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Lễ hội Đường phố", "Le hoi Duong pho"),
        ("Hà Nội, Việt Nam", "Ha Noi, Viet Nam"),
        ("Café crème, São Paulo, Łódź", "Cafe creme, Sao Paulo, Lodz"),
        ("강남 축제 ガイド 节日", "강남 축제 ガイド 节日"),  # other scripts keep their marks
    ],
)
def test_folding_takes_marks_off_latin_letters_only(text, folded):
    assert fold(text) == folded


@pytest.mark.django_db
def test_an_empty_result_suggests_programs_and_the_events_page(client, festival):
    html = client.get("/ko/search/", {"q": "없는낱말"}).content.decode()

    suggestions = html.split('class="search-suggestions"')[1].split("</section>")[0]
    assert 'href="/ko/events/"' in suggestions
    assert 'href="/ko/programs/"' in suggestions
    assert 'href="/ko/programs/kpop-week/"' in suggestions and "K-POP 월드 시티 위크" in suggestions
    assert "search-suggestions" not in client.get("/ko/search/", {"q": "축제"}).content.decode()
