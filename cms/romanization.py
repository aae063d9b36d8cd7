"""Korean in Latin letters by the Revised Romanization (국어의 로마자 표기법, 2000), for slugs.

Editors write titles in Korean; a Hangul slug becomes a percent-encoded URL nobody can read or
type ("%EA%B0%95%EB%82%A8"), so pages get "gangnam-gu" instead. Each syllable is split into
its initial, vowel and final; the rules where sounds meet are those that change how a word is
written: a final carried over to a following vowel (국어 gugeo), nasal assimilation (국민
gungmin, 합니다 hamnida), ㄹ next to ㄴ or ㄹ (신라 silla, 종로 jongno) and ㅎ dropped or
aspirating (좋아 joa, 좋고 joko). Administrative units after a place name are hyphenated, as
the rules ask: 강남구 gangnam-gu, 역삼동 yeoksam-dong.
"""

import re
import unicodedata

FIRST_SYLLABLE, LAST_SYLLABLE = 0xAC00, 0xD7A3
INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()  # noqa: SIM905
VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
# Finals by index (0: none), each as (sound before a consonant or at the end, the consonant
# carried over to a following vowel, and what stays behind when it is carried over).
FINALS = [
    ("", "", ""),
    ("k", "g", ""),  # ㄱ
    ("k", "kk", ""),  # ㄲ
    ("k", "s", "k"),  # ㄳ
    ("n", "n", ""),  # ㄴ
    ("n", "j", "n"),  # ㄵ
    ("n", "", "n"),  # ㄶ
    ("t", "d", ""),  # ㄷ
    ("l", "r", ""),  # ㄹ
    ("k", "g", "l"),  # ㄺ
    ("m", "m", "l"),  # ㄻ
    ("l", "b", "l"),  # ㄼ
    ("l", "s", "l"),  # ㄽ
    ("l", "t", "l"),  # ㄾ
    ("p", "p", "l"),  # ㄿ
    ("l", "r", ""),  # ㅀ
    ("m", "m", ""),  # ㅁ
    ("p", "b", ""),  # ㅂ
    ("p", "s", "p"),  # ㅄ
    ("t", "s", ""),  # ㅅ
    ("t", "ss", ""),  # ㅆ
    ("ng", "ng", ""),  # ㅇ: stays where it is
    ("t", "j", ""),  # ㅈ
    ("t", "ch", ""),  # ㅊ
    ("k", "k", ""),  # ㅋ
    ("t", "t", ""),  # ㅌ
    ("p", "p", ""),  # ㅍ
    ("t", "", ""),  # ㅎ: silent before a vowel
]
FINAL_H, FINAL_NH, FINAL_LH = 27, 6, 15
INITIAL_SILENT, INITIAL_N, INITIAL_R, INITIAL_M = 11, 2, 5, 6
FINAL_NG = 21
# A final ㅎ before these initials makes one aspirated consonant (after ㄱ, ㄷ, ㅂ in nouns the
# rules keep the h: 묵호 Mukho).
ASPIRATED = {"g": "k", "d": "t", "j": "ch", "b": "p"}
ADMINISTRATIVE_UNITS = {"구", "동", "시", "군", "읍", "면"}


def is_hangul_syllable(character: str) -> bool:
    return FIRST_SYLLABLE <= ord(character) <= LAST_SYLLABLE


def contains_hangul(text: str) -> bool:
    return any(is_hangul_syllable(character) for character in text)


def _split(syllable: str) -> tuple[int, int, int]:
    index = ord(syllable) - FIRST_SYLLABLE
    return index // 588, (index % 588) // 28, index % 28


def _junction(final: int, initial: int) -> tuple[str, str]:
    """How a final and the next initial are written where they meet inside a word."""
    sound, carried, kept = FINALS[final]
    consonant = INITIALS[initial]
    if initial == INITIAL_SILENT:
        return (sound, "") if final == FINAL_NG else (kept, carried)
    if final in (FINAL_H, FINAL_NH, FINAL_LH) and consonant in ASPIRATED:
        return {FINAL_H: "", FINAL_NH: "n", FINAL_LH: "l"}[final], ASPIRATED[consonant]
    if final in (FINAL_NH, FINAL_LH) and initial == INITIAL_N:
        return ("n", "n") if final == FINAL_NH else ("l", "l")
    if initial == INITIAL_R:
        if sound in ("n", "l"):
            return "l", "l"
        if sound in ("m", "ng"):
            return sound, "n"
        if sound in ("k", "t", "p"):
            return {"k": "ng", "t": "n", "p": "m"}[sound], "n"
    if initial in (INITIAL_N, INITIAL_M) and sound in ("k", "t", "p"):
        return {"k": "ng", "t": "n", "p": "m"}[sound], consonant
    if sound == "l" and initial == INITIAL_N:
        return "l", "l"
    return sound, consonant


def _romanise_word(word: str) -> str:
    """One run of Hangul syllables, written as it is said across its syllables."""
    syllables = [_split(syllable) for syllable in word]
    written = []
    for position, (initial, vowel, final) in enumerate(syllables):
        if position == 0:
            onset = "" if initial == INITIAL_SILENT else INITIALS[initial]
        else:
            onset = _junction(syllables[position - 1][2], initial)[1]
        if position + 1 < len(syllables):
            coda = _junction(final, syllables[position + 1][0])[0]
        else:
            coda = FINALS[final][0]
        written.append(onset + VOWELS[vowel] + coda)
    return "".join(written)


def romanise(text: str) -> str:
    """`text` with every run of Hangul syllables in Latin letters; everything else kept."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[\uac00-\ud7a3]+", lambda match: _romanise_run(match.group()), text)


def _romanise_run(word: str) -> str:
    if len(word) >= 3 and word[-1] in ADMINISTRATIVE_UNITS:
        return f"{_romanise_word(word[:-1])}-{_romanise_word(word[-1])}"
    return _romanise_word(word)


def romanised_slug(text: str) -> str:
    """A readable ASCII slug for `text`: "강남구 축제" → "gangnam-gu-chukje"."""
    latin = unicodedata.normalize("NFKD", romanise(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")


class RomanisedSlug:
    """Page mixin: a page saved without a slug, or with Hangul in it, gets the romanised slug
    (Wagtail would keep the Hangul)."""

    def full_clean(self, *args, **kwargs):
        if not self.slug or contains_hangul(self.slug):
            base = romanised_slug(self.slug or self.title)
            if base:
                self.slug = self._get_autogenerated_slug(base)
        return super().full_clean(*args, **kwargs)
