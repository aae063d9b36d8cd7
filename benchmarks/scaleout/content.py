"""What the rehearsal needs in its database, and what its clients type into the forms.

Not the whole demo content (about 45 s to load on 2 cores, too long for CI): the home pages,
one program with one event, and the demo's feedback offices and topics."""

import re
from dataclasses import dataclass

from benchmarks.common import add_open_event, feedback_form_fields, registration_form_fields

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Demo topic (demo/data/feedback.yaml) without attributes to answer.
CATEGORY_CODE = "streets-transport"
KINDS = ("complaint", "question", "suggestion")
# Five languages, {n} makes every text distinct (translations are stored per text). Korean
# needs no translation for staff; Chinese and Japanese are told apart by script, English
# and Vietnamese by the statistical detector.
TEXTS = (
    "공원 {n}번 출입구 근처에 쓰레기가 많이 쌓여 있습니다. 치워 주세요.",
    "The bus stop near exit {n} of the station has no shelter, people wait in the rain.",
    "Xe buýt số {n} thường đến muộn vào buổi sáng, chúng tôi phải chờ rất lâu.",
    "公园{n}号入口附近的路灯坏了，晚上走路很危险，请尽快修理。",
    "駅の{n}番出口の近くに自転車が多くて、歩くのが大変です。",
    "강남구청 민원실 {n}번 창구의 대기 시간이 너무 깁니다. 개선해 주세요.",
    "Could you please add English signs at the district office? I got lost on floor {n}.",
    "Đường phố quá tối vào ban đêm. Đèn đường số {n} bị hỏng từ tuần trước.",
    "我想报名参加韩语课程，但是网站上找不到第{n}期的报名表。",
    "{n}回目の韓国語教室の日程を教えてください。",
)


@dataclass(frozen=True)
class Content:
    event_id: int
    seats: int
    category_id: int


def collect_static() -> None:
    """Production serves static files through whitenoise's manifest: templates need it."""
    from django.core.management import call_command

    call_command("collectstatic", verbosity=0, interactive=False)


def build_content(*, seats: int) -> Content:
    """Migrate and add the pages and topics the forms need."""
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Locale

    from cms.models import Cluster, ProgramIndexPage, ProgramPage, StrategyAxis, Venue
    from cms.services import set_up_home_pages
    from demo.data import home_page_texts
    from demo.reference import load_feedback_reference_data
    from participation.feedback.models import ServiceCategory

    call_command("migrate", verbosity=0)
    load_feedback_reference_data()
    home = set_up_home_pages(content=home_page_texts())
    korean = Locale.objects.get(language_code="ko")
    index = home.add_child(
        instance=ProgramIndexPage(title="프로그램", slug="programs", locale=korean)
    )
    program = index.add_child(
        instance=ProgramPage(
            title="K-POP 월드 시티 위크",
            slug="kpop-world-city-week",
            strategy_axis=StrategyAxis.objects.create(code="culture", name="문화"),
            cluster=Cluster.objects.create(code="c1", name="문화 교류"),
            cadence_month=10,
            summary="확장 리허설을 위한 프로그램입니다.",
            locale=korean,
        )
    )
    venue = Venue.objects.create(code="coex", name="코엑스", address="서울 강남구 영동대로 513")
    event = add_open_event(
        program,
        title=f"확장 리허설 {seats}석",
        slug="scale-out-rehearsal",
        summary="두 서버에 나뉜 동시 등록을 시험합니다.",
        capacity=seats,
        venue=venue,
        now=timezone.now(),
    )
    category = ServiceCategory.objects.get(code=CATEGORY_CODE)
    return Content(event_id=event.pk, seats=seats, category_id=category.pk)


def registration_fields(number: int) -> dict:
    return registration_form_fields(
        number, name=f"참가자 {number}", email=f"registrant{number}@example.org"
    )


def feedback_fields(category_id: int):
    def fields(number: int) -> dict:
        return feedback_form_fields(
            number,
            kind=KINDS[number % len(KINDS)],
            category_id=category_id,
            text=TEXTS[number % len(TEXTS)].format(n=number),
        )

    return fields


def needs_translation(text: str) -> bool:
    """Staff read Korean: everything else is machine-translated for them."""
    return not HANGUL.search(text)
