"""The statistical detectors behind detect_language(), each restricted to the portal's
languages and built once per process, on first use: lingua, langdetect, and lingua with CLD2
(pycld2) as a second opinion for the two Latin-script languages lingua misses — Uzbek, which it
has no model for, and Vietnamese typed without its accents (benchmarks/langid).

Each engine answers `best(text, group=...)` with the likeliest language (portal code) and its
probability, choosing only among a group of languages: "latin" and "cyrillic" (what
detect_language asks once the script is known) or "all" (every portal language the engine
knows — the raw engine, as the benchmark measures it).
"""

import functools
import threading
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from participation.translation.languages import LANGUAGES

ENGINES = ("lingua-cld2", "lingua", "langdetect")

# The portal's languages by script. Neither lingua nor langdetect knows Uzbek; langdetect knows
# no Mongolian.
GROUPS = {
    "latin": ("en", "vi", "tl", "id", "es", "fr", "de", "uz"),
    "cyrillic": ("ru", "mn"),
    "all": LANGUAGES,
}


class Engine:
    name = ""

    def __init__(self):
        self._detectors = {}
        self._lock = threading.Lock()

    def best(self, text: str, *, group: str) -> tuple[str, float] | None:
        """(portal code, probability 0..1) of the likeliest language in `group`, or None when
        the engine finds nothing to go on."""
        raise NotImplementedError

    def languages(self, group: str) -> tuple[str, ...]:
        """The portal codes of `group` that this engine can tell apart."""
        raise NotImplementedError

    def detector(self, group: str):
        """The engine's detector for `group`, built on first use (once, whichever thread asks
        first) and kept for the life of the process."""
        detector = self._detectors.get(group)
        if detector is None:
            with self._lock:
                detector = self._detectors.get(group)
                if detector is None:
                    detector = self._detectors[group] = self._build(self.languages(group))
        return detector

    def _build(self, codes: tuple[str, ...]):
        raise NotImplementedError


class LinguaEngine(Engine):
    """lingua-language-detector (Rust, n-gram models of 1–5 characters in the wheel)."""

    name = "lingua"

    def __init__(self, *, low_accuracy: bool = False):
        super().__init__()
        # Low-accuracy mode uses trigrams only: far less memory, much worse on short texts.
        self.low_accuracy = low_accuracy

    def languages(self, group):
        return tuple(code for code in GROUPS[group] if code in _lingua_languages()[0])

    def best(self, text, *, group):
        codes = self.languages(group)
        if len(codes) == 1:
            return codes[0], 1.0
        values = self.detector(group).compute_language_confidence_values(text)
        if not values or values[0].value <= 0:
            return None
        return _lingua_languages()[1][values[0].language], values[0].value

    def _build(self, codes):
        from lingua import LanguageDetectorBuilder

        languages = _lingua_languages()[0]
        builder = LanguageDetectorBuilder.from_languages(*(languages[code] for code in codes))
        if self.low_accuracy:
            builder = builder.with_low_accuracy_mode()
        # All models up front: no request waits for one to load later.
        return builder.with_preloaded_language_models().build()


class LinguaCld2Engine(LinguaEngine):
    """lingua, with CLD2 as a second opinion on Latin-script text: where CLD2 is sure of Uzbek
    (lingua has no model for it) or Vietnamese (lingua misses it typed without accents), CLD2
    decides; where both name the same language, the answer is as sure as the surer of the two
    (two independent detectors agreeing on "sitio deber" is better than lingua's 0.26 alone).
    CLD2's tables are compiled into its extension: a few MB. It calls an answer reliable only
    when the text gives it enough to go on."""

    name = "lingua-cld2"
    CLD2_DECIDES = frozenset({"uz", "vi"})

    def best(self, text, *, group):
        second = cld2_best(text) if "uz" in GROUPS[group] else None
        if second and second[0] in self.CLD2_DECIDES:
            return second
        first = super().best(text, group=group)
        if first and second and first[0] == second[0]:
            return first[0], max(first[1], second[1])
        return first


def cld2_best(text: str) -> tuple[str, float] | None:
    """(portal code, share of the text) of CLD2's first language when it calls it reliable."""
    import pycld2

    try:
        reliable, _bytes, details = pycld2.detect(text)
    except pycld2.error:  # text CLD2 cannot read (e.g. lone surrogates)
        return None
    _name, code, percent, _score = details[0]
    if not reliable or code not in LANGUAGES:
        return None
    return code, percent / 100


class LangdetectEngine(Engine):
    """langdetect (pure Python port of Google's language-detection, character 1–3-grams)."""

    name = "langdetect"
    # langdetect's profile names; it tells traditional from simplified Chinese, we don't.
    PROFILES = {
        "ko": ("ko",),
        "en": ("en",),
        "zh-hans": ("zh-cn", "zh-tw"),
        "ja": ("ja",),
        "vi": ("vi",),
        "ru": ("ru",),
        "th": ("th",),
        "tl": ("tl",),
        "id": ("id",),
        "es": ("es",),
        "fr": ("fr",),
        "de": ("de",),
        "ar": ("ar",),
        "ne": ("ne",),
    }

    def languages(self, group):
        return tuple(code for code in GROUPS[group] if code in self.PROFILES)

    def best(self, text, *, group):
        from langdetect.lang_detect_exception import LangDetectException

        codes = self.languages(group)
        if len(codes) == 1:
            return codes[0], 1.0
        detector = self.detector(group).create()  # a Detector holds one text: one per call
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException:  # nothing in the text that its profiles know
            return None
        if not ranked:
            return None
        best = ranked[0]
        code = next(code for code, names in self.PROFILES.items() if best.lang in names)
        # zh-cn and zh-tw share one portal code: their probabilities add up.
        return code, sum(item.prob for item in ranked if item.lang in self.PROFILES[code])

    def _build(self, codes):
        from langdetect import DetectorFactory
        from langdetect.detector_factory import PROFILES_DIRECTORY

        factory = DetectorFactory()
        # langdetect samples n-grams at random; a fixed seed gives the same answer every time.
        factory.set_seed(0)
        names = [name for code in codes for name in self.PROFILES[code]]
        profiles = [(Path(PROFILES_DIRECTORY) / name).read_text(encoding="utf-8") for name in names]
        factory.load_json_profile(profiles)
        return factory


@functools.cache
def _lingua_languages() -> tuple[dict, dict]:
    """portal code → lingua Language and back, for the portal languages lingua knows."""
    from lingua import Language

    known = {language.iso_code_639_1.name.lower(): language for language in Language.all()}
    by_code = {
        code: known[lingua_code]
        for code in LANGUAGES
        if (lingua_code := "zh" if code == "zh-hans" else code) in known
    }
    return by_code, {language: code for code, language in by_code.items()}


_ENGINE_CLASSES = {
    "lingua-cld2": LinguaCld2Engine,
    "lingua": LinguaEngine,
    "langdetect": LangdetectEngine,
}
_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def get_engine(name: str) -> Engine:
    """The process's one instance of engine `name` (one of ENGINES)."""
    if name not in _ENGINE_CLASSES:
        raise ImproperlyConfigured(
            f"LANGUAGE_DETECTOR must be one of {', '.join(ENGINES)}, not {name!r}"
        )
    engine = _engines.get(name)
    if engine is None:
        with _engines_lock:
            engine = _engines.setdefault(name, _ENGINE_CLASSES[name]())
    return engine
