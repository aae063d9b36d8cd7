"""detect_language(): script rules, both engines, cleaning and the fallback.

The engines are the real ones; each is built once per process (engines.get_engine), so the
models load once for the whole test session."""

import threading
import time
import unicodedata

import pytest
from django.core.exceptions import ImproperlyConfigured

from participation.language_detection import (
    MIN_CONFIDENCE,
    DetectedLanguage,
    detect_language,
    detect_with_engine,
    engines,
    preload_detector,
)
from participation.language_detection.cleaning import clean_text

ENGINES = ("lingua-cld2", "lingua", "langdetect")

# The same complaint in every language the portal detects (docs/architecture.md).
SENTENCES = {
    "ko": "지난주에 행사 참가 신청을 했는데 아직 확인 메일을 받지 못했습니다.",
    "en": "I registered for the event last week but I still have not received a confirmation.",
    "zh-hans": "我上周报名参加了活动，但是一直没有收到确认邮件。",
    "ja": "先週イベントに申し込みましたが、まだ確認メールが届いていません。",
    "vi": "Tôi đã đăng ký tham gia sự kiện tuần trước nhưng vẫn chưa nhận được email xác nhận.",
    "ru": "Я зарегистрировался на мероприятие на прошлой неделе, но так и не получил письмо.",
    "mn": "Би өнгөрсөн долоо хоногт арга хэмжээнд бүртгүүлсэн боловч захидал ирээгүй.",
    "th": "ฉันลงทะเบียนเข้าร่วมงานเมื่อสัปดาห์ที่แล้ว แต่ยังไม่ได้รับอีเมลยืนยันเลย",
    "tl": "Nagparehistro ako sa kaganapan noong isang linggo pero wala pa akong sagot.",
    "uz": "Oʻtgan hafta tadbirga roʻyxatdan oʻtdim, lekin tasdiqlash xati hali kelmadi.",
    "id": "Saya sudah mendaftar untuk acara minggu lalu tetapi belum menerima email konfirmasi.",
    "ne": "मैले गत हप्ता कार्यक्रमका लागि दर्ता गरें तर अहिलेसम्म पुष्टि इमेल आएको छैन।",
    "km": "ខ្ញុំបានចុះឈ្មោះចូលរួមកម្មវិធីកាលពីសប្តាហ៍មុន ប៉ុន្តែមិនទាន់ទទួលបានអ៊ីមែលបញ្ជាក់ទេ។",
    "my": "ကျွန်ုပ်သည် ပြီးခဲ့သောအပတ်က ပွဲအတွက် စာရင်းသွင်းခဲ့သော်လည်း အတည်ပြုအီးမေးလ် မရရှိသေးပါ။",
    "es": "Me inscribí en el evento la semana pasada, pero todavía no he recibido la confirmación.",
    "fr": "Je me suis inscrit à l'événement la semaine dernière, mais je n'ai rien reçu depuis.",
    "de": "Ich habe mich letzte Woche für die Veranstaltung angemeldet, aber nichts erhalten.",
    "ar": "سجلت في الفعالية الأسبوع الماضي لكنني لم أتلق رسالة التأكيد حتى الآن.",
}


def other_than(code: str) -> str:
    """A fallback that differs from the expected answer, so that a fallback fails the test."""
    return "en" if code == "ko" else "ko"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("code", SENTENCES)
def test_detects_every_language_of_the_minimum_set(engine, code):
    detected = detect_language(text=SENTENCES[code], fallback=other_than(code), engine=engine)

    assert detected.code == code
    assert not detected.is_fallback
    assert MIN_CONFIDENCE <= detected.confidence <= 1


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "K-POP World City Week 신청이 안 돼요",
        "Gangnam Global Tech Forum 등록은 어디서 하나요?",
        "이메일 verification이 안 와요",
        "Multilingual Governance Day 행사 장소가 COEX 맞나요? https://www.gangnam.go.kr 참고했어요",
    ],
)
def test_korean_with_english_names_is_korean(engine, text):
    detected = detect_language(text=text, fallback="en", engine=engine)

    assert (detected.code, detected.is_fallback) == ("ko", False)


@pytest.mark.parametrize("engine", ENGINES)
def test_english_with_a_korean_place_name_stays_english(engine):
    text = "I live near 역삼역 and the registration page keeps failing every evening."

    detected = detect_language(text=text, fallback="ko", engine=engine)

    assert (detected.code, detected.is_fallback) == ("en", False)


@pytest.mark.parametrize("engine", ENGINES)
def test_japanese_needs_kana_and_han_alone_is_chinese(engine):
    assert detect_language(text="江南区政府", fallback="ko", engine=engine).code == "zh-hans"
    assert detect_language(text="江南区のイベント", fallback="ko", engine=engine).code == "ja"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Letters Russian lacks decide even for langdetect, which has no Mongolian.
        ("Бүртгэлийн хуудас ажиллахгүй байна", "mn"),
        ("Ўтган ҳафта тадбирга рўйхатдан ўтдим, лекин тасдиқлаш хати келмади.", "uz"),
        ("O'tgan hafta tadbirga ro'yxatdan o'tdim, lekin xat kelmadi.", "uz"),
        ("cảm ơn", "vi"),
        (unicodedata.normalize("NFD", "cảm ơn"), "vi"),  # as some phones send it
    ],
)
def test_letters_only_one_portal_language_uses(engine, text, code):
    detected = detect_language(text=text, fallback="ko", engine=engine)

    assert (detected.code, detected.is_fallback) == (code, False)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "https://www.gangnam.go.kr/portal/feedback?id=42",
        "help@gangnam.go.kr",
        "@gangnam_official https://t.co/AbCdEf portal.gangnam.go.kr/ko/ minwon.help@example.com",
        "",
        "   \n\t  ",
        "😀🎉👍🇰🇷",
        "010-1234-5678 !!! ??? 2025.10.03",
        "\x00\x07\u200b\ufeff",
    ],
)
def test_nothing_left_to_detect_gives_the_fallback(engine, text):
    assert detect_language(text=text, fallback="vi", engine=engine) == DetectedLanguage(
        code="vi", confidence=0.0, is_fallback=True
    )


@pytest.mark.parametrize("text", ["ok", "hotel", "taxi"])
def test_an_unsure_guess_gives_the_fallback(text):
    # lingua finds these words in several languages at once (confidence well below the
    # threshold); "ok" is also under the letters a detector needs.
    detected = detect_language(text=text, fallback="ja", engine="lingua")

    assert detected == DetectedLanguage(code="ja", confidence=0.0, is_fallback=True)


class FixedEngine(engines.Engine):
    """An engine that is always this sure of French."""

    def __init__(self, probability):
        super().__init__()
        self.probability = probability
        self.asked = []

    def best(self, text, *, group):
        self.asked.append((text, group))
        return "fr", self.probability


@pytest.mark.parametrize(
    ("probability", "expected"),
    [
        (MIN_CONFIDENCE - 0.01, DetectedLanguage(code="de", confidence=0.0, is_fallback=True)),
        (MIN_CONFIDENCE, DetectedLanguage(code="fr", confidence=MIN_CONFIDENCE, is_fallback=False)),
        (0.9, DetectedLanguage(code="fr", confidence=0.9, is_fallback=False)),
    ],
)
def test_the_confidence_threshold(probability, expected):
    engine = FixedEngine(probability)

    assert detect_with_engine(text="Bonjour à tous", fallback="de", engine=engine) == expected
    assert engine.asked == [("Bonjour à tous", "latin")]


def test_the_detector_sees_only_the_letters_of_its_script():
    engine = FixedEngine(1.0)

    detect_with_engine(text="Хариулах MONGOL - CHADNA, 감사", fallback="ko", engine=engine)

    text, group = engine.asked[0]
    assert group == "cyrillic"
    assert "Хариулах" in text
    assert not any(word in text for word in ("MONGOL", "CHADNA", "감사"))


def test_the_fallback_is_a_portal_code():
    assert detect_language(text="", fallback="zh_Hans").code == "zh-hans"
    with pytest.raises(ValueError, match="unknown language code"):
        detect_language(text="Hello there, neighbours", fallback="xx")


def test_the_setting_chooses_the_engine(settings):
    # "Good day" in Mongolian, without the letters Russian lacks: lingua has a Mongolian model,
    # langdetect has none and can only say Russian.
    text = "Сайн байна уу, танайх сайхан байна уу?"

    settings.LANGUAGE_DETECTOR = "lingua"
    assert detect_language(text=text, fallback="ko").code == "mn"
    settings.LANGUAGE_DETECTOR = "langdetect"
    assert detect_language(text=text, fallback="ko").code == "ru"
    # The argument wins over the setting.
    assert detect_language(text=text, fallback="ko", engine="lingua").code == "mn"


def test_an_unknown_engine_is_a_configuration_error(settings):
    settings.LANGUAGE_DETECTOR = "cld3"

    with pytest.raises(ImproperlyConfigured, match="LANGUAGE_DETECTOR"):
        detect_language(text="Hello there, neighbours", fallback="ko")


def test_langdetect_answers_the_same_every_time():
    # langdetect samples n-grams at random; seeded, an ambiguous input gets one answer.
    answers = {
        detect_language(text="sale menu radio", fallback="ko", engine="langdetect")
        for _ in range(5)
    }

    assert len(answers) == 1


def test_each_engine_is_one_instance_per_process():
    assert engines.get_engine("lingua") is engines.get_engine("lingua")
    assert engines.get_engine("lingua") is not engines.get_engine("langdetect")


def test_a_detector_is_built_once_when_threads_race_for_it():
    class SlowEngine(engines.Engine):
        builds = 0

        def languages(self, group):
            return ("en", "fr")

        def _build(self, codes):
            SlowEngine.builds += 1
            time.sleep(0.05)
            return object()

    engine = SlowEngine()
    barrier = threading.Barrier(8)
    detectors = []

    def ask():
        barrier.wait()
        detectors.append(engine.detector("latin"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert SlowEngine.builds == 1
    assert len({id(detector) for detector in detectors}) == 1


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("신청 https://www.gangnam.go.kr/ko/programs?id=1 안 돼요", "신청 안 돼요"),
        ("Write to help@gangnam.go.kr or @gangnam_official", "Write to or"),
        ("see gangnam.go.kr/feedback today", "see today"),
        ("Anmel\u00addung\x00 für\u200b\tdas\r\nFest", "Anmeldung für das Fest"),
        ("Die Anmeldung.Es geht nicht", "Die Anmeldung.Es geht nicht"),
    ],
)
def test_cleaning(text, cleaned):
    assert clean_text(text) == cleaned


# --- resident messages that detectors used to miss (benchmarks/langid/resident_messages.tsv) ---


@pytest.mark.parametrize(
    "text",
    [
        "Assalomu alaykum, men Gangnam tumanida yashayman, avtobus bekati yonidagi chiroq "
        "ishlamayapti.",
        "Bolam uchun bepul koreys tili kursi bormi? Qayerga murojaat qilishim kerak?",
        "Tadbirga royxatdan otdim, lekin tasdiqlash xati hali kelmadi.",
        "Koreys tilini yaxshi bilmayman, tarjimon bilan gaplashsam boladimi?",
        "Suv quvuri yorilib ketgan, podvalda suv toplanib qoldi, tezroq yordam bering.",
    ],
)
def test_uzbek_without_its_apostrophes_is_uzbek(text):
    detected = detect_language(text=text, fallback="ko", engine="lingua-cld2")

    assert (detected.code, detected.is_fallback) == ("uz", False)


@pytest.mark.parametrize(
    "text",
    [
        "Toi khong nhan duoc email xac nhan sau khi dang ky su kien.",
        "Toi muon dang ky lop hoc tieng Han mien phi cho nguoi nuoc ngoai.",
        "Lam on cho biet thu tuc gia han visa can nhung giay to gi?",
        "Benh vien nao o quan Gangnam co phien dich tieng Viet a?",
        "Nuoc may nha toi co mau vang, uong co an toan khong?",
    ],
)
def test_vietnamese_typed_without_accents_is_vietnamese(text):
    detected = detect_language(text=text, fallback="ko", engine="lingua-cld2")

    assert (detected.code, detected.is_fallback) == ("vi", False)


def test_the_default_engine_knows_uzbek_and_unaccented_vietnamese(settings):
    assert settings.LANGUAGE_DETECTOR == "lingua-cld2"
    text = "Ertaga soat nechada uchrashuv boladi? Manzilni yuborib bera olasizmi?"

    assert detect_language(text=text, fallback="ko").code == "uz"


def test_two_detectors_agreeing_make_an_unsure_guess_sure():
    # lingua alone gives Spanish only 0.26 here; CLD2, reliably, says Spanish too.
    text = "sitio deber"

    assert detect_language(text=text, fallback="ko", engine="lingua").is_fallback
    detected = detect_language(text=text, fallback="ko", engine="lingua-cld2")
    assert (detected.code, detected.is_fallback) == ("es", False)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Korean office names, quoted or not, in a Chinese or Japanese message.
        ("我想问一下，역삼1동 주민센터的开放时间是几点？", "zh-hans"),
        ("请问去「강남구청」办理外国人登录证需要带什么材料？", "zh-hans"),
        ("上周我去了대치동的图书馆，那里没有中文书，希望以后能增加一些。", "zh-hans"),
        ("「강남구청」の外国人相談窓口は土曜日も開いていますか？", "ja"),
        ("駅前の自転車置き場がいつも満杯で、청담동の方に停めるしかありません。", "ja"),
        # … or in an English, Russian or Vietnamese one.
        ('Where is the "강남구 보건소" and does anyone there speak English?', "en"),
        ("Подскажите, пожалуйста, где находится «강남구청» и до скольки он работает?", "ru"),
        ("Tôi đã đến (역삼동 주민센터) hôm qua nhưng họ nói phải đặt lịch trước.", "vi"),
        # Korean that quotes Japanese or writes a name in hanja stays Korean.
        ("「ありがとう」라는 일본어 안내문이 틀리게 적혀 있어요, 고쳐 주세요.", "ko"),
        ("江南区廳 앞 횡단보도 신호가 너무 짧아서 어르신들이 건너기 힘들어요.", "ko"),
    ],
)
def test_mixed_scripts_go_by_the_surrounding_text(engine, text, code):
    detected = detect_language(text=text, fallback="th", engine=engine)

    assert (detected.code, detected.is_fallback) == (code, False)


def test_a_message_that_is_all_quotation_goes_by_the_quotation():
    assert detect_language(text="「강남구청」", fallback="en").code == "ko"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # Korean in Latin letters: detectors took it for Tagalog, Indonesian or Spanish.
        "annyeonghaseyo, sincheong haesseoyo",
        "gamsahamnida",
        "jeoneun yeoksam-dong-e salgo isseoyo. juminsenteo eodi isseoyo?",
        "bus jeongryujang-i neomu meoreoyo",
        "hangugeo jal mollayo, yeongeoro malhae juseyo",
        # Greetings and thanks alone.
        "hello",
        "Hello!",
        "ok thank you",
        "salom",
        "rahmat",
        "xin chao",
        "Maraming salamat po",
        "Спасибо!",
    ],
)
def test_what_a_detector_could_only_guess_gives_the_fallback(engine, text):
    assert detect_language(text=text, fallback="ja", engine=engine) == DetectedLanguage(
        code="ja", confidence=0.0, is_fallback=True
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A greeting inside a real message, or with letters only one language writes, counts.
        ("hello, the registration page does not open on my phone", "en"),
        ("cảm ơn", "vi"),
        ("Danke schön", "de"),
        # Words that merely look romanised: French, German, Spanish.
        ("Je suis seule chez moi et le chauffage ne marche plus.", "fr"),
        ("Die Leute sagen, die neuen Mülltonnen werden nicht geleert.", "de"),
    ],
)
def test_greeting_words_and_romanised_looking_words_in_real_messages(text, code):
    detected = detect_language(text=text, fallback="ja", engine="lingua-cld2")

    assert (detected.code, detected.is_fallback) == (code, False)


def test_preloading_builds_the_detectors_a_request_would_wait_for(monkeypatch, settings):
    settings.LANGUAGE_DETECTOR = "lingua-cld2"
    monkeypatch.setattr(engines, "_engines", {})  # a process that has detected nothing yet

    preload_detector()

    assert set(engines.get_engine("lingua-cld2")._detectors) == {"latin", "cyrillic"}
