"""Translation by an OpenAI-compatible chat-completion server (vLLM, Ollama, llama.cpp's
server, or a commercial endpoint) through the `openai` client library.

The model is told to keep placeholders and inline markup as they are; the answer is checked,
and one that lost, added or changed any of them is refused (TranslationUnavailable), so the
message is retried and then left to staff rather than delivered broken.
"""

import re
from collections import Counter

import openai
from django.conf import settings

from .errors import TranslationUnavailable

# What must come back exactly as sent: format placeholders, inline tags, links, and the tag
# tokens of markup.translate_html.
PROTECTED = re.compile(
    r"%\([A-Za-z_]\w*\)[#0 +-]*\d*(?:\.\d+)?[sdifrxXeEgGc]"  # %(name)s
    r"|%[#0 +-]*\d*(?:\.\d+)?[sdifrxXeEgGc]"  # %s, %d, %.2f
    r"|\{[A-Za-z_]\w*(?:[.!:][^{}]*)?\}|\{\d*\}"  # {name}, {0}, {}
    r"|<[^<>]+>"  # HTML tags
    r"|\bhttps?://[^\s<>\"']+"  # URLs
    r"|\[\s*X\s*\d+\s*X\s*\]",  # [X0X]
    re.IGNORECASE,
)

SYSTEM_PROMPT = (
    "You are a professional translator for the public administration of Gangnam-gu, Seoul. "
    "Translate the user's text from {source} into {target}. Answer with the translation only: "
    "no explanation, no quotation marks, no notes. Keep every placeholder such as {{name}}, "
    "%(name)s or %s, every HTML tag, every URL and every token like [X0X] exactly as written, "
    "untranslated, and keep the line breaks."
)


def protected_parts(text: str) -> Counter:
    return Counter(match.group(0) for match in PROTECTED.finditer(text))


def kept_protected_parts(source: str, translated: str) -> bool:
    return protected_parts(source) == protected_parts(translated)


class OpenAICompatibleTranslator:
    """deep-translator's shape (source, target, translate()), so providers.py treats every
    provider alike; source and target are language names (languages.py)."""

    def __init__(self):
        self.source = self.target = ""
        self.client = openai.OpenAI(
            base_url=settings.TRANSLATION_API_URL.rstrip("/"),
            # Self-hosted servers usually want no key; the library insists on one.
            api_key=settings.TRANSLATION_API_KEY or "none",
            timeout=settings.TRANSLATION_TIMEOUT_SECONDS,
            max_retries=0,  # the feedback task retries, with back-off
        )

    def translate(self, text: str) -> str:
        completion = self.client.chat.completions.create(
            model=settings.TRANSLATION_MODEL,
            temperature=0,
            messages=[
                {
                    "role": "system",
                    "content": SYSTEM_PROMPT.format(source=self.source, target=self.target),
                },
                {"role": "user", "content": text},
            ],
        )
        translated = (completion.choices[0].message.content or "").strip() if completion else ""
        if not kept_protected_parts(text, translated):
            raise LostProtectedParts()
        return translated


class LostProtectedParts(TranslationUnavailable):
    """The model changed a placeholder, tag or link: the answer is not used."""
