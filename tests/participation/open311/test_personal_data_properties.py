"""Property-based: hypothesis generates how residents write their names, email addresses and
phone numbers (orders, widths, separators, non-ASCII letters, +82 forms), and nothing of them
survives in any public answer (list and by id, JSON and XML, description and status notes);
ordinary text — dates, counts, amounts — is published unchanged."""

import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from participation.feedback.models import Message
from participation.open311.redaction import EMAIL_MASK, NAME_MASK, PHONE_MASK
from tests.factories import FeedbackItemFactory, FeedbackMessageFactory

from .published import published_requests

pytestmark = pytest.mark.django_db

PROPERTY = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,  # repeatable in CI
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Around the personal data: no digits, no letters glued to it, none of the name's syllables.
PREFIXES = ["저는 ", "연락처: ", "Contact me at ", "我的联系方式：", "連絡先 ", "Liên hệ: ", ""]
SUFFIXES = [" 입니다.", " 로 연락 주세요.", ", thanks!", "。", " để được trả lời.", ""]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --- names ---------------------------------------------------------------------------------

SURNAMES = ["김", "이", "박", "최", "홍", "남궁", "제갈", "선우"]
SYLLABLES = "민서지현우준영길동성혜윤아"
korean_names = st.tuples(
    st.sampled_from(SURNAMES), st.text(st.sampled_from(SYLLABLES), min_size=1, max_size=2)
)
LATIN_LETTERS = "abcdefghijklmnoprstuvyzéèüöñçăâơưđ"
latin_part = st.text(st.sampled_from(LATIN_LETTERS), min_size=2, max_size=8).map(str.capitalize)


@st.composite
def names(draw):
    """(how the item stores the name, how the resident writes it in the text)."""
    if draw(st.booleans()):
        surname, given_name = draw(korean_names)
        stored = draw(
            st.sampled_from(
                [f"{given_name} {surname}", f"{surname} {given_name}", surname + given_name]
            )
        )
        gap = draw(st.sampled_from(["", " ", "\u3000"]))
        order = draw(st.sampled_from([(surname, given_name), (given_name, surname)]))
        return stored, gap.join(order)
    surname, given_name = draw(latin_part), draw(latin_part)
    stored = draw(st.sampled_from([f"{given_name} {surname}", f"{surname} {given_name}"]))
    order = draw(st.sampled_from([(surname, given_name), (given_name, surname)]))
    written = draw(st.sampled_from([" ", ", "])).join(order)
    case = draw(st.sampled_from([str, str.upper, str.lower, full_width]))
    if draw(st.booleans()):  # written without the accents
        written = "".join(
            c for c in unicodedata.normalize("NFD", written) if not unicodedata.combining(c)
        )
    return stored, case(written)


# --- emails --------------------------------------------------------------------------------

EMAIL_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789éüöñçåøăơđ"
DOMAIN_LETTERS = "abcdefghijklmnopqrstuvwxyzüöäéñçåøđ"
local_parts = st.lists(
    st.text(st.sampled_from(EMAIL_LETTERS), min_size=1, max_size=8), min_size=1, max_size=3
).flatmap(lambda words: st.sampled_from([".", "_", "+", "-"]).map(lambda sep: sep.join(words)))
domains = st.tuples(
    st.lists(
        st.text(st.sampled_from(DOMAIN_LETTERS), min_size=1, max_size=10), min_size=1, max_size=2
    ),
    st.sampled_from(["com", "de", "kr", "co.kr", "org", "vn", "한국", "中国"]),
).map(lambda parts: ".".join([*parts[0], parts[1]]))


@st.composite
def emails(draw):
    local = draw(st.one_of(local_parts, st.sampled_from(["홍길동", "王芳", "ひろし"])))
    email = f"{local}@{draw(domains)}"
    width = draw(st.sampled_from(["as is", "full width", "at sign", "small at sign", "dots"]))
    if width == "full width":
        return full_width(email)
    if width == "at sign":
        return email.replace("@", "＠")
    if width == "small at sign":
        return email.replace("@", "﹫")
    if width == "dots":
        return email.replace(".", "．")
    return email


# --- phones --------------------------------------------------------------------------------

NUMBERS = [("010", 4, 4), ("011", 3, 4), ("02", 3, 4), ("02", 4, 4), ("031", 3, 4)]
DIGITS = st.sampled_from("0123456789")
SEPARATORS = ["", " ", "-", ".", "/", "_", " - ", "－", "–", "\u00a0", "／", "．"]


@st.composite
def phones(draw):
    area, middle_length, last_length = draw(st.sampled_from(NUMBERS))
    middle = draw(st.text(DIGITS, min_size=middle_length, max_size=middle_length))
    last = draw(st.text(DIGITS, min_size=last_length, max_size=last_length))
    first_gap, second_gap = draw(st.sampled_from(SEPARATORS)), draw(st.sampled_from(SEPARATORS))
    form = draw(st.sampled_from(["national", "+82 ", "+82-", "+82", "(+82) 0", "82-", "(area)"]))
    if form == "national":
        head = area
    elif form == "(area)":
        head = f"({area})"
        first_gap = first_gap or " "
    elif form == "(+82) 0":
        head = "(+82) " + area
    else:
        head = form + area[1:]
    phone = f"{head}{first_gap}{middle}{second_gap}{last}"
    return full_width(phone) if draw(st.booleans()) else phone


def item_with(client, text: str, *, contact_name: str = ""):
    """A request whose first message and latest staff reply both read `text`, as published."""
    item = FeedbackItemFactory(contact_name=contact_name, language="ko", site_language="ko")
    FeedbackMessageFactory(item=item, text=text)
    Message.objects.create(item=item, author=Message.Author.STAFF, text=text, language="ko")
    return published_requests(client, item)


@PROPERTY
@given(name=names(), prefix=st.sampled_from(PREFIXES), suffix=st.sampled_from(SUFFIXES))
def test_no_generated_name_survives(client, name, prefix, suffix):
    stored, written = name

    for request in item_with(client, f"{prefix}{written}{suffix}", contact_name=stored):
        assert request["description"] == f"{prefix}{NAME_MASK}{suffix}"
        assert request["status_notes"] == f"{prefix}{NAME_MASK}{suffix}"


@PROPERTY
@given(email=emails(), prefix=st.sampled_from(PREFIXES), suffix=st.sampled_from(SUFFIXES))
def test_no_generated_email_survives(client, email, prefix, suffix):
    if not suffix[:1].isspace() and suffix:
        suffix = " " + suffix  # an address glued to a word has no end to find

    for request in item_with(client, f"{prefix}{email}{suffix}"):
        assert request["description"] == f"{prefix}{EMAIL_MASK}{suffix}"
        assert request["status_notes"] == f"{prefix}{EMAIL_MASK}{suffix}"


@PROPERTY
@given(phone=phones(), prefix=st.sampled_from(PREFIXES), suffix=st.sampled_from(SUFFIXES))
def test_no_generated_phone_survives(client, phone, prefix, suffix):
    for request in item_with(client, f"{prefix}{phone}{suffix}"):
        assert request["description"] == f"{prefix}{PHONE_MASK}{suffix}"
        assert request["status_notes"] == f"{prefix}{PHONE_MASK}{suffix}"


# --- ordinary text -------------------------------------------------------------------------

WORDS = ["공사", "소음이", "심합니다", "noise", "every night", "噪音", "騒音", "tiếng ồn", "주민"]
days = st.dates(date(1900, 1, 1), date(2099, 12, 31))
ordinary_numbers = st.one_of(
    st.integers(1900, 2100).map(lambda year: f"{year}년"),
    st.tuples(st.integers(1, 12), st.integers(1, 31)).map(lambda md: f"{md[0]}월 {md[1]}일"),
    days.map(lambda day: day.isoformat()),
    days.map(lambda day: day.strftime("%Y.%m.%d")),
    st.integers(0, 10**12).map(lambda amount: f"{amount:,}원"),
    st.integers(1000, 10**12).map(lambda amount: f"{amount:,}".replace(",", ".") + " đồng"),
    st.integers(0, 99_999_999).map(lambda count: f"{count}명"),
    st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda hm: f"{hm[0]}:{hm[1]:02d}"),
    st.decimals(0, 180, places=6).map("{:f}".format),
    st.integers(0, 100).map(lambda share: f"{share}%"),
)
ordinary_texts = st.lists(
    st.one_of(st.sampled_from(WORDS), ordinary_numbers), min_size=1, max_size=8
).map(" ".join)


@PROPERTY
@given(text=ordinary_texts)
def test_ordinary_numbers_and_words_are_published_unchanged(client, text):
    for request in item_with(client, text, contact_name="홍길동"):
        assert request["description"] == text
        assert request["status_notes"] == text


text_without_contact_data = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn", "Nd", "No")), min_size=1
).filter(
    lambda text: (
        text == text.strip()
        and "@" not in unicodedata.normalize("NFKC", text)
        and not any(c.isdigit() for c in unicodedata.normalize("NFKC", text))
    )
)


@PROPERTY
@given(text=text_without_contact_data)
def test_any_text_without_contact_data_is_published_unchanged(client, text):
    for request in item_with(client, text):
        assert request["description"] == text
