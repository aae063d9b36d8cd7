"""The demo's people: registrants with a nationality, a language and a place of residence,
numbered in the order they first appear (their address is demo-<number>@example.org), and the
names residents sign their feedback with."""

import random
from dataclasses import dataclass

from participation.registrations.models import ResidentType

from .common import Weighted, registrant_email


def _names(text: str) -> list[str]:
    return text.split()


# The parts of a name in the order they are written (family name first, but for "EN"), and
# what joins them.
NAMES = {
    "KR": (
        _names("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍"),
        _names("민준 서연 지훈 하은 도윤 수아 예준 지유 현우 서윤 건우 민서 우진 채원 지호 다은"),
        "",
    ),
    "CN": (
        _names("王 李 张 刘 陈 杨 赵 黄 周 吴"),
        _names("伟 芳 娜 敏 静 磊 浩然 欣怡 子涵 雨桐"),
        "",
    ),
    "VN": (
        _names("Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô"),
        ["Thị Lan", "Văn Minh", "Thị Hương", "Minh Anh", "Quốc Bảo", "Thu Trang", "Đức Huy"],
        " ",
    ),
    "JP": (
        _names("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤"),
        _names("美咲 翔太 陽菜 大輝 さくら 蓮 結衣 悠真 葵 健太"),
        " ",
    ),
    "EN": (
        _names("Emily James Olivia Michael Sophia Daniel Grace Ryan Hannah Lucas"),
        _names("Carter Smith Johnson Brown Miller Davis Wilson Taylor Anderson Moore"),
        " ",
    ),
}
# Given and family name already paired (grammatical gender, or one name written as two).
FULL_NAMES = {
    "RU": ["Анна Смирнова", "Дмитрий Козлов", "Екатерина Попова", "Алексей Волков"],
    "MN": ["Бат-Эрдэнэ Ганбаатар", "Сарангэрэл Батболд", "Энхжаргал Дорж", "Тэмүүлэн Баяр"],
    "UZ": ["Dilnoza Karimova", "Rustam Yusupov", "Malika Rashidova", "Jasur Aliyev"],
    "TH": ["Somchai Srisai", "Kanya Phromma", "Niran Wongsawat", "Ploy Chaiyaporn"],
    "PH": ["Maria Santos", "Jose Reyes", "Angelica Cruz", "Mark Villanueva"],
    "IN": ["Priya Sharma", "Arjun Patel", "Ananya Iyer", "Rahul Mehta"],
    "DE": ["Lena Müller", "Jonas Schmidt", "Anna Becker", "Felix Wagner"],
    "FR": ["Camille Martin", "Louis Bernard", "Chloé Dubois", "Hugo Laurent"],
}
# Whose names are written in English letters with a given name first.
ENGLISH_NAMED = ("US", "GB", "CA", "AU", "")

# The site language people choose, by nationality: most their own, long-term residents Korean.
SITE_LANGUAGES = {
    "KR": {"ko": 97, "en": 3},
    "CN": {"zh-hans": 85, "ko": 15},
    "VN": {"vi": 85, "ko": 15},
    "JP": {"ja": 88, "en": 7, "ko": 5},
    "": {"ko": 60, "en": 40},
}
OTHER_SITE_LANGUAGES = {"en": 70, "ko": 30}
ABROAD_LIKELY = ("US", "GB", "DE", "FR", "IN", "JP", "TH", "AU")
RESIDENCE = {
    "KR": {ResidentType.GANGNAM: 55, ResidentType.KOREA: 42, "": 3},
    "foreign": {ResidentType.GANGNAM: 50, ResidentType.KOREA: 35, ResidentType.ABROAD: 10, "": 5},
    "visitor": {ResidentType.GANGNAM: 30, ResidentType.KOREA: 30, ResidentType.ABROAD: 35, "": 5},
}


@dataclass(frozen=True)
class Person:
    number: int
    name: str
    nationality: str  # ISO 3166-1 alpha-2, or "" when not stated
    language: str  # a site language
    resident_type: str
    phone: str

    @property
    def email(self) -> str:
        return registrant_email(self.number)


def person_name(rng: random.Random, nationality: str) -> str:
    if nationality in FULL_NAMES:
        return rng.choice(FULL_NAMES[nationality])
    written_as = nationality if nationality in NAMES and nationality not in ENGLISH_NAMED else "EN"
    first, second, separator = NAMES[written_as]
    return f"{rng.choice(first)}{separator}{rng.choice(second)}"


def new_person(number: int, nationality: str, rng: random.Random) -> Person:
    language = Weighted(SITE_LANGUAGES.get(nationality, OTHER_SITE_LANGUAGES)).draw(rng)
    if nationality in ("KR", ""):
        residence = RESIDENCE["KR"]
    else:
        residence = RESIDENCE["visitor" if nationality in ABROAD_LIKELY else "foreign"]
    resident_type = Weighted(residence).draw(rng)
    # Most people in Korea leave a mobile number; the digits are not a real subscriber's.
    phone = ""
    if resident_type != ResidentType.ABROAD and rng.random() < 0.6:
        phone = f"010-0{rng.randrange(100, 1000)}-{rng.randrange(1000, 10000)}"
    return Person(
        number=number,
        name=person_name(rng, nationality),
        nationality=nationality,
        language=language,
        resident_type=resident_type,
        phone=phone,
    )


def writer_name(rng: random.Random, language: str) -> str:
    """A name that goes with the language a resident writes feedback in."""
    nationality = {
        "ko": "KR",
        "zh-hans": "CN",
        "vi": "VN",
        "ja": "JP",
        "ru": "RU",
        "mn": "MN",
    }.get(language, "US")
    return person_name(rng, nationality)
