"""A small OpenAI-compatible chat-completion server for the tests, on 127.0.0.1 and a free port
(what vLLM, Ollama or llama.cpp's server offer at ``/v1/chat/completions``).

The portal talks to it through the real `openai` client library. It "translates" the user
message as the fake LibreTranslate does (its phrase book, else a ``[ja] `` style prefix),
reading the language pair from the system prompt. Switches make it misbehave:

    server.fail_with_status = 500     # every request answers that status
    server.delay_seconds = 5          # answer only after that long (a hung server)
    server.api_key = "secret"         # a request without "Bearer secret" gets 401
    server.mangle_placeholders = True # drop {name}, %(name)s, %s, tags and URLs, as a careless
                                      # model might
"""

import json
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler

from tests.support.libretranslate_server import translate_text
from tests.support.local_server import LocalHttpServer

# The names the portal gives the model (participation/translation/languages.py) → the fake
# LibreTranslate's codes.
LANGUAGE_CODES = {
    "Korean": "ko",
    "English": "en",
    "Simplified Chinese": "zh",
    "Japanese": "ja",
    "Vietnamese": "vi",
    "Russian": "ru",
    "Thai": "th",
    "Tagalog": "tl",
    "Indonesian": "id",
    "Spanish": "es",
    "French": "fr",
    "German": "de",
    "Arabic": "ar",
}
PAIR = re.compile(r"from (?P<source>[A-Z][\w ()]*?) into (?P<target>[A-Z][\w ()]*?)\.")
PLACEHOLDERS = re.compile(r"%\(\w+\)s|%s|\{\w*\}|<[^<>]+>|https?://\S+")


class FakeOpenAI(LocalHttpServer):
    def __init__(self):
        super().__init__()
        self.api_key: str | None = None
        self.fail_with_status: int | None = None
        self.delay_seconds = 0.0
        self.mangle_placeholders = False
        self.requests: list[dict] = []  # every chat completion request body, in order
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        """The base URL, as TRANSLATION_API_URL takes it."""
        return f"{self.address}/v1"

    def handler_class(self):
        return _handler_for(self)

    def answer(self, body: dict, authorization: str) -> tuple[int, dict]:
        with self._lock:
            self.requests.append(body)
        if self.delay_seconds:
            self._stopping.wait(self.delay_seconds)
        if self.fail_with_status:
            return self.fail_with_status, _error("The server is having a bad day", "server_error")
        if self.api_key is not None and authorization != f"Bearer {self.api_key}":
            return HTTPStatus.UNAUTHORIZED, _error("Incorrect API key provided", "invalid_api_key")
        messages = body.get("messages") or []
        system = next((m["content"] for m in messages if m.get("role") == "system"), "")
        user = next((m["content"] for m in messages if m.get("role") == "user"), None)
        pair = PAIR.search(system)
        if user is None or not body.get("model") or pair is None:
            return HTTPStatus.BAD_REQUEST, _error("messages and model are required", "invalid")
        source = LANGUAGE_CODES.get(pair["source"], pair["source"])
        target = LANGUAGE_CODES.get(pair["target"], pair["target"])
        text = PLACEHOLDERS.sub("", user) if self.mangle_placeholders else user
        return HTTPStatus.OK, {
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": 0,
            "model": body["model"],
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": translate_text(text, source=source, target=target),
                    },
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }


def _error(message: str, code: str) -> dict:
    return {"error": {"message": message, "type": code, "param": None, "code": code}}


def _handler_for(server: FakeOpenAI):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if not self.path.rstrip("/").endswith("/v1/chat/completions"):
                return self._send(HTTPStatus.NOT_FOUND, _error("Not found", "not_found"))
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                return self._send(HTTPStatus.BAD_REQUEST, _error("Invalid JSON", "invalid"))
            status, answer = server.answer(body, self.headers.get("Authorization", ""))
            self._send(status, answer)

        def _send(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format, *args):  # quiet test output
            pass

    return Handler
