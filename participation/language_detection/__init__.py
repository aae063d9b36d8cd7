"""Which language a resident wrote in (docs/architecture.md, "Languages").

    detect_language(text=..., fallback="vi") -> DetectedLanguage(code="ko", confidence=0.98, ...)

The text is cleaned (links, email addresses, @handles, control characters go), its script
decides where it can (scripts.py: Hangul → ko, kana → ja, Thai → th, …; quoted names in
another script aside), and the engine in settings.LANGUAGE_DETECTOR ("lingua-cld2", "lingua"
or "langdetect") chooses among the Latin-script or the Cyrillic languages. When nothing is
left to go on, the answer is unsure, or the text is one a detector could only guess at — a
greeting alone, Korean in Latin letters (unsure.py) — the result is the fallback, the language
the resident was using the site in, marked is_fallback.
"""

from dataclasses import dataclass

from django.conf import settings

from participation.translation.languages import normalize_language

from .cleaning import clean_text, count_letters
from .engines import ENGINES, Engine, get_engine
from .scripts import judge_script, only_script
from .unsure import is_romanised_korean, is_small_talk

__all__ = [
    "ENGINES",
    "MIN_CONFIDENCE",
    "DetectedLanguage",
    "detect_language",
    "detect_with_engine",
    "preload_detector",
]

# Below this, lingua's guesses on the benchmark's words and word pairs were right less than half
# the time: the resident's choice of site language is the better bet. (langdetect reports
# ~1.0 for nearly every guess, right or wrong, so with it the threshold seldom applies.)
MIN_CONFIDENCE = 0.3
# "ok", "no", "hi": too few letters for a detector to tell the language.
MIN_DETECTOR_LETTERS = 3


@dataclass(frozen=True, kw_only=True)
class DetectedLanguage:
    code: str  # a portal code (participation.translation.LANGUAGES)
    confidence: float  # 0..1; 0 for a fallback
    is_fallback: bool  # nothing reliable detected: `code` is the fallback given


def detect_language(*, text: str, fallback: str, engine: str | None = None) -> DetectedLanguage:
    """The language of `text`, or `fallback` (a portal code, e.g. the request's language) when
    it cannot be told. `engine` overrides settings.LANGUAGE_DETECTOR."""
    return detect_with_engine(
        text=text,
        fallback=fallback,
        engine=get_engine(engine or settings.LANGUAGE_DETECTOR),
    )


def preload_detector(engine: str | None = None) -> None:
    """Build the detectors detect_language() will need now rather than on the first request:
    in a server's parent process before it forks (gunicorn.conf.py), the workers then share
    the models' memory instead of each loading its own."""
    instance = get_engine(engine or settings.LANGUAGE_DETECTOR)
    for group in ("latin", "cyrillic"):
        if len(instance.languages(group)) > 1:
            instance.detector(group)
    instance.best("preload", group="latin")  # imports whatever else the engine asks


def detect_with_engine(*, text: str, fallback: str, engine: Engine) -> DetectedLanguage:
    """detect_language() with a given engine instance (the benchmark's variants)."""
    fallback = normalize_language(fallback)
    text = clean_text(text)
    verdict = judge_script(text)
    if verdict is None:  # no letters left, or none of a script we know
        return _fallback(fallback)
    if verdict.code:
        code, confidence = verdict.code, verdict.share
    else:
        sample = only_script(text, verdict.script)
        if is_small_talk(sample) or is_romanised_korean(sample):
            return _fallback(fallback)
        best = None
        if count_letters(sample) >= MIN_DETECTOR_LETTERS:
            best = engine.best(sample, group=verdict.script)
        if best is None:
            return _fallback(fallback)
        code, probability = best
        confidence = verdict.share * probability
    if confidence < MIN_CONFIDENCE:
        return _fallback(fallback)
    return DetectedLanguage(code=code, confidence=round(confidence, 4), is_fallback=False)


def _fallback(code: str) -> DetectedLanguage:
    return DetectedLanguage(code=code, confidence=0.0, is_fallback=True)
