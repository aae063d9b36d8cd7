"""A small LibreTranslate-compatible server for the tests, on 127.0.0.1 and a free port.

The portal's translation code talks to it through deep-translator's real HTTP client, as it
would to a real LibreTranslate. Translations are deterministic: a small phrase book per
language pair for realistic cases, otherwise the text with a ``[ja] `` style prefix, so a test
can always tell what was translated into what. Switches make it misbehave:

    server.fail_with_status = 500   # every request answers that status…
    server.failing_targets = {"ja"} # …or only those into these languages
    server.delay_seconds = 5        # answer only after that long (a hung provider)
    server.api_key = "secret"       # a request with another key gets 403
    server.drop_markers = True      # eat "[…]" markers, as a careless engine might
    server.garbage = True           # answer 200 with a body that is not LibreTranslate's

POST /translate accepts its fields (q, source, target, format, api_key) in the query string,
a form body or a JSON body, with q a string or a list; GET /languages lists the languages.
"""

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlsplit

from tests.support.local_server import LocalHttpServer

LANGUAGE_NAMES = {
    "ko": "Korean",
    "en": "English",
    "zh": "Chinese",
    "ja": "Japanese",
    "vi": "Vietnamese",
    "ru": "Russian",
    "th": "Thai",
    "tl": "Tagalog",
    "id": "Indonesian",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "ar": "Arabic",
}

# (source, target) → {phrase: translation}, in LibreTranslate's codes.
PHRASES = {
    ("ko", "en"): {
        "안녕하세요": "Hello",
        "감사합니다": "Thank you",
        "강남 글로컬 포털": "Gangnam Glocal Portal",
        "행사에 참여해 주셔서 감사합니다.": "Thank you for taking part in the event.",
        "주차 공간이 부족합니다.": "There is not enough parking.",
        "공원 관리과에서 의자 설치 위치를 검토하고 있습니다.": (
            "The parks department is studying where to put the benches."
        ),
    },
    ("en", "ko"): {
        "Hello": "안녕하세요",
        "Thank you": "감사합니다",
        "Visit": "방문하세요",
        "our site": "우리 사이트",
        "today": "오늘",
        "world": "세계",
    },
    ("ko", "ja"): {
        "안녕하세요": "こんにちは",
        "감사합니다": "ありがとうございます",
        "강남 글로컬 포털": "江南グローカルポータル",
    },
    ("en", "ja"): {
        "Hello": "こんにちは",
        "Thank you": "ありがとうございます",
        "Visit": "ご覧ください",
        "our site": "私たちのサイト",
        "today": "今日",
    },
    ("ja", "ko"): {"こんにちは": "안녕하세요", "ありがとうございます": "감사합니다"},
    ("ko", "zh"): {
        "공사 현장에 야간 작업 중지를 요청했습니다.": "我们已要求施工现场停止夜间作业。",
        "안녕하세요": "你好",
        "감사합니다": "谢谢",
        "강남 글로컬 포털": "江南全球本地化门户",
    },
    ("en", "zh"): {"Hello": "你好", "Thank you": "谢谢", "our site": "我们的网站", "today": "今天"},
    ("zh", "ko"): {
        "你好": "안녕하세요",
        "谢谢": "감사합니다",
        "我家附近的施工噪音太大了，晚上十点以后还在施工。": (
            "집 근처 공사 소음이 너무 큽니다. 밤 10시 이후에도 공사를 합니다."
        ),
    },
    ("ko", "vi"): {
        "안녕하세요": "Xin chào",
        "감사합니다": "Cảm ơn",
        "강남 글로컬 포털": "Cổng thông tin Glocal Gangnam",
    },
    ("en", "vi"): {"Hello": "Xin chào", "Thank you": "Cảm ơn", "today": "hôm nay"},
    ("vi", "ko"): {
        "Xin chào": "안녕하세요",
        "Đường phố quá tối vào ban đêm.": "밤에 거리가 너무 어둡습니다.",
    },
}

MARKER = re.compile(r"\[[^\[\]]*\]")


def translate_text(text: str, *, source: str, target: str) -> str:
    phrases = PHRASES.get((source, target), {})
    if text.strip() in phrases:
        return text.replace(text.strip(), phrases[text.strip()])
    if phrases:
        pattern = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
        translated, count = pattern.subn(lambda match: phrases[match.group(0)], text)
        if count:
            return translated
    return f"[{target}] {text}"


def detect(text: str) -> str:
    if re.search(r"[\uac00-\ud7a3]", text):
        return "ko"
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    return "en"


class FakeLibreTranslate(LocalHttpServer):
    def __init__(self):
        super().__init__()
        self.api_key: str | None = None
        self.fail_with_status: int | None = None
        self.failing_targets: set[str] = set()
        self.delay_seconds = 0.0
        self.drop_markers = False
        self.garbage = False
        self.requests: list[dict] = []  # the fields of every POST /translate, in order
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"{self.address}/"

    @property
    def translate_requests(self) -> int:
        with self._lock:
            return len(self.requests)

    def handler_class(self):
        return _handler_for(self)

    def record(self, fields: dict) -> None:
        with self._lock:
            self.requests.append(fields)

    def wait(self) -> None:
        if self.delay_seconds:
            self._stopping.wait(self.delay_seconds)

    def answer(self, fields: dict) -> tuple[int, object]:
        if self.fail_with_status or fields.get("target") in self.failing_targets:
            status = self.fail_with_status or HTTPStatus.INTERNAL_SERVER_ERROR
            return status, {"error": "The server is having a bad day"}
        if self.garbage:
            return HTTPStatus.OK, "<html><body>Service temporarily replaced</body></html>"
        if self.api_key is not None and fields.get("api_key") != self.api_key:
            return HTTPStatus.FORBIDDEN, {"error": "Invalid API key"}
        q, source, target = fields.get("q"), fields.get("source"), fields.get("target")
        if q is None or not source or not target:
            return HTTPStatus.BAD_REQUEST, {"error": "Invalid request: missing q, source or target"}
        for code in (source, target):
            if code not in LANGUAGE_NAMES and not (code == source == "auto"):
                return HTTPStatus.BAD_REQUEST, {"error": f"{code} is not supported"}
        texts = q if isinstance(q, list) else [q]
        if self.drop_markers:
            texts = [MARKER.sub("", text) for text in texts]
        detected = detect(" ".join(texts)) if source == "auto" else source
        translated = [translate_text(text, source=detected, target=target) for text in texts]
        body = {"translatedText": translated if isinstance(q, list) else translated[0]}
        if source == "auto":
            body["detectedLanguage"] = {"confidence": 90.0, "language": detected}
        return HTTPStatus.OK, body


def _handler_for(server: FakeLibreTranslate):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            server.wait()
            if urlsplit(self.path).path.rstrip("/") != "/languages":
                return self._send(HTTPStatus.NOT_FOUND, {"error": "Not found"})
            languages = [
                {"code": code, "name": name, "targets": sorted(LANGUAGE_NAMES)}
                for code, name in LANGUAGE_NAMES.items()
            ]
            return self._send(HTTPStatus.OK, languages)

        def do_POST(self):
            if urlsplit(self.path).path.rstrip("/") != "/translate":
                return self._send(HTTPStatus.NOT_FOUND, {"error": "Not found"})
            fields = self._fields()
            server.record(fields)
            server.wait()
            return self._send(*server.answer(fields))

        def _fields(self) -> dict:
            # deep-translator sends its fields as a query string; other clients send a body.
            fields = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8") if length else ""
            if "json" in (self.headers.get("Content-Type") or "") and body:
                fields.update(json.loads(body))
            elif body:
                pairs = parse_qsl(body, keep_blank_values=True)
                fields.update(dict(pairs))
                qs = [value for key, value in pairs if key == "q"]
                if len(qs) > 1:
                    fields["q"] = qs
            return fields

        def _send(self, status, body):
            if isinstance(body, str):  # the garbage switch: not JSON at all
                payload = body.encode("utf-8")
            else:
                payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (timeout tests)

        def log_message(self, format, *args):
            pass  # keep test output clean

    return Handler
