"""What the writing system alone says about a text.

Most of the portal's languages own their script: Hangul is Korean, kana is Japanese, Han
without kana is Chinese, and Thai, Khmer, Myanmar, Arabic and Devanagari (of the portal's
languages only Nepali writes it) each name one language. Only Latin-script text (en, vi, tl,
id, es, fr, de, uz) and Cyrillic text (ru, mn, Uzbek in Cyrillic) need a statistical detector,
and it is then asked to choose among that script's languages only.

Residents mix in names written in Latin letters ("K-POP World City Week 신청이 안 돼요"), so
Latin words that start with a capital count as names, not as language, when another script is
present. A Hangul, kana or Han character carries about a syllable or a word — three Latin
letters' worth (it is also three bytes in UTF-8) — so it is weighted three times.

Residents also quote names in another script: a Chinese message about "「강남구청」" or
"역삼1동 주민센터" is Chinese. So what is quoted or in brackets is left out when the rest of the
text has letters, and among the CJK scripts Hangul must be the majority to make a text Korean
(not merely present), kana a tenth to make it Japanese; else it is Chinese.
"""

import re
from dataclasses import dataclass

HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff"
KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
LATIN = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f"
    "\ua720-\ua7ff\uff21-\uff3a\uff41-\uff5a"
)
CYRILLIC = "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f"

# Scripts that decide the language on their own, with the portal code each one means.
DECISIVE_SCRIPTS = {
    "th": "\u0e00-\u0e7f",
    "km": "\u1780-\u17ff\u19e0-\u19ff",
    "my": "\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f",
    "ar": "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "ne": "\u0900-\u097f\ua8e0-\ua8ff",
}
CJK_WEIGHT = 3
# Of the CJK characters, this share of Hangul makes a text Korean (Korean with hanja still
# writes most words in Hangul; a Chinese or Japanese message quoting a Korean office name does
# not), and this share of kana makes it Japanese (Japanese prose is a third or more kana;
# Chinese borrows の now and then).
HANGUL_SHARE = 0.5
KANA_SHARE = 0.1
# Quotations and brackets, in the forms residents type: what is inside names something.
QUOTED = re.compile(
    '"[^"]*"|“[^”]*”|«[^»]*»|「[^」]*」|『[^』]*』|《[^》]*》|〈[^〉]*〉|【[^】]*】'
    "|\\([^()]*\\)|（[^（）]*）|\\[[^\\]]*\\]"
)

# Letters that Russian lacks. Mongolian: ө ү; old Mongolian fonts and keyboards put Ukrainian
# є ї in their place, still common online (Ukrainian itself would also have і).
MONGOLIAN_LETTERS = re.compile("[өүӨҮ]")
MONGOLIAN_STAND_INS = re.compile("[єїЄЇ]")
UKRAINIAN_LETTERS = re.compile("[іІ]")
UZBEK_CYRILLIC_LETTERS = re.compile("[ўқғҳЎҚҒҲ]")
# Letters of the Latin script that, of the portal's languages, only Vietnamese writes (ơ ư and
# the stacked tone marks of Latin Extended Additional). lingua takes the two words "cảm ơn"
# for Spanish; a text where half the (non-name) words carry one is Vietnamese.
VIETNAMESE_LETTERS = re.compile("[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0]")
VIETNAMESE_WORD_SHARE = 0.5
# Uzbek in Latin letters writes oʻ and gʻ (U+02BB, often typed as ‘ ’ ' or `); English has
# "o'clock", so one apostrophe-spelled form is not enough.
UZBEK_LATIN_MARK = re.compile("[OoGg]\u02bb")
UZBEK_LATIN_TYPED = re.compile("[OoGg]['‘’`](?=[^\\W\\d_])")


def _pattern(ranges: str) -> re.Pattern:
    return re.compile(f"[{ranges}]+")


_HANGUL, _KANA, _HAN, _CYRILLIC = map(_pattern, (HANGUL, KANA, HAN, CYRILLIC))
_DECISIVE = {code: _pattern(ranges) for code, ranges in DECISIVE_SCRIPTS.items()}
_LATIN_WORD = re.compile(f"(?<![^\\W\\d_])[{LATIN}]+")
_LATIN = _pattern(LATIN)
_ALL_DECISIVE = "".join(DECISIVE_SCRIPTS.values())
# What a script's detector should not see: the letters of the other scripts we know.
_OTHER_SCRIPTS = {
    "latin": _pattern(HANGUL + KANA + HAN + CYRILLIC + _ALL_DECISIVE),
    "cyrillic": _pattern(HANGUL + KANA + HAN + LATIN + _ALL_DECISIVE),
}


@dataclass(frozen=True)
class ScriptVerdict:
    """Either a language (`code`) or the script whose detector should decide (`script`:
    "latin" or "cyrillic"); `share` is the dominant script's part of the text's weight."""

    share: float
    code: str | None = None
    script: str | None = None


def _letters(pattern: re.Pattern, text: str) -> int:
    return sum(len(run) for run in pattern.findall(text))


def judge_script(text: str) -> ScriptVerdict | None:
    """What the scripts of `text` say; None when it has no letters of a script we know. Quoted
    or bracketed parts count only when nothing else has letters."""
    surrounding = QUOTED.sub(" ", text)
    if surrounding != text:
        verdict = _judge(surrounding)
        if verdict is not None:
            return verdict
    return _judge(text)


def _judge(text: str) -> ScriptVerdict | None:
    hangul, kana, han = (_letters(pattern, text) for pattern in (_HANGUL, _KANA, _HAN))
    weights = {"cjk": CJK_WEIGHT * (hangul + kana + han), "cyrillic": _letters(_CYRILLIC, text)}
    weights.update({code: _letters(pattern, text) for code, pattern in _DECISIVE.items()})
    latin_words = _LATIN_WORD.findall(text)
    names = sum(len(word) for word in latin_words if word[0].isupper())
    weights["latin"] = _letters(_LATIN, text) - names
    if not any(weights.values()):
        weights["latin"] = names  # nothing but capitalised Latin words: a Latin text
    total = sum(weights.values())
    if not total:
        return None

    dominant = max(weights, key=weights.__getitem__)
    share = weights[dominant] / total
    if dominant == "cjk":
        return ScriptVerdict(code=_cjk_language(hangul=hangul, kana=kana, han=han), share=share)
    if dominant == "cyrillic":
        marked = _cyrillic_language(text)
    elif dominant == "latin":
        marked = _latin_language(text, words=[w for w in latin_words if not w[0].isupper()])
    else:  # a script that names its language
        return ScriptVerdict(code=dominant, share=share)
    if marked:
        return ScriptVerdict(code=marked, share=share)
    return ScriptVerdict(script=dominant, share=share)


def only_script(text: str, script: str) -> str:
    """`text` without the letters of other scripts, for the detector of `script` ("latin" or
    "cyrillic"): "Хариулах MONGOL - CHADNA" is Mongolian with a name in it, not English."""
    return _OTHER_SCRIPTS[script].sub(" ", text)


def _cjk_language(*, hangul: int, kana: int, han: int) -> str:
    cjk = hangul + kana + han
    if hangul >= HANGUL_SHARE * cjk:
        return "ko"
    if kana >= KANA_SHARE * cjk:
        return "ja"
    return "zh-hans"


def _cyrillic_language(text: str) -> str | None:
    """mn or uz when the text has letters that only they use; None lets the detector decide."""
    if MONGOLIAN_LETTERS.search(text) or (
        MONGOLIAN_STAND_INS.search(text) and not UKRAINIAN_LETTERS.search(text)
    ):
        return "mn"
    if UZBEK_CYRILLIC_LETTERS.search(text):
        return "uz"
    return None


def _latin_language(text: str, *, words: list[str]) -> str | None:
    """uz when the text spells oʻ/gʻ (neither detector knows Uzbek); vi when enough of its
    `words` (Latin, names left out) have letters only Vietnamese uses."""
    if UZBEK_LATIN_MARK.search(text) or len(UZBEK_LATIN_TYPED.findall(text)) >= 2:
        return "uz"
    marked = sum(1 for word in words if VIETNAMESE_LETTERS.search(word))
    if words and marked >= VIETNAMESE_WORD_SHARE * len(words):
        return "vi"
    return None
