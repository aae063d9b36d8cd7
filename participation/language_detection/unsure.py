"""Latin- or Cyrillic-script texts whose language a detector would only guess at: the honest
answer for them is the fallback (the language the resident uses the site in).

- Small talk: a message that is only a greeting or thanks ("hello", "thanks!", "xin chao",
  "salom") — words residents of every language use, too short for any detector.
- Korean in Latin letters ("gamsahamnida", "eodi isseoyo?"): detectors know Korean only in
  Hangul and call it Tagalog, Indonesian or Spanish. It is recognised by its spelling: nearly
  every word splits into syllables of the Revised Romanization, and a word ends as a polite
  sentence does (-nida, -seyo, -eoyo) or many words spell eo, eu or ae.
"""

import re

# Greetings and thanks of the portal's Latin- and Cyrillic-script languages, with their common
# unaccented and abbreviated forms, and what goes with them. A message made of these phrases
# alone is small talk. A word that is also a content word elsewhere ("cam", "malam") is listed
# only inside its phrase.
SMALL_TALK_PHRASES = frozenset(
    """
    hello|hi|hey|hallo|halo|helo|hola|bonjour|salut|ciao|dear|sir|madam|there
    good morning|good afternoon|good evening|good night|good day
    thanks|thank you|thank|thanx|thx|ty|tnx|many thanks|cheers
    so much|very much|a lot|everyone|all|guys|again
    ok|okay|okey|oki|bye|goodbye|please|sorry
    salom|assalomu alaykum|rahmat|katta rahmat|xayr
    xin chao|chao|cam on|xin cam on|cam on nhieu|cam on ban
    terima kasih|terima kasih banyak|selamat pagi|selamat siang|selamat malam
    salamat|salamat po|maraming salamat|kumusta|po
    gracias|muchas gracias|merci|merci beaucoup|danke|vielen dank|danke sehr
    спасибо|большое спасибо|привет|здравствуйте|пока|сайн байна уу|баярлалаа
    """.replace("\n", "|").split("|")
)
MAX_SMALL_TALK_WORDS = 5
_PHRASES = "|".join(
    re.escape(phrase)
    for phrase in sorted((p.strip() for p in SMALL_TALK_PHRASES), key=len, reverse=True)
    if phrase
)
_SMALL_TALK = re.compile(f"(?:{_PHRASES})(?: (?:{_PHRASES}))*")

_WORD = re.compile(r"[^\W\d_]+")

# Revised Romanization of Korean: a syllable is an optional initial, a vowel, an optional
# final. Initials and finals as residents type them (r and l both occur).
_INITIAL = "(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
_VOWEL = "(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)"
_FINAL = "(?:ng|k|n|t|l|m|p)?"
ROMANISED_KOREAN_WORD = re.compile(f"(?:{_INITIAL}{_VOWEL}{_FINAL})+", re.IGNORECASE)
ROMANISED_WORD_SHARE = 0.8  # of the words, this many split into syllables …
# … and one ends as a polite sentence does, which says it on its own, …
ROMANISED_KOREAN_ENDING = re.compile(r"(?:nida|seyo|eoyo|aeyo|eyo)$", re.IGNORECASE)
# … or, in three words or more, this many spell what the romanization does and the other
# Latin-script languages seldom do (one or two such words are as often French "seule" or
# German "neuen").
ROMANISED_KOREAN_MARK = re.compile(r"eo|eu|ae", re.IGNORECASE)
ROMANISED_MARK_SHARE = 0.4
ROMANISED_MARK_MIN_WORDS = 3


def is_small_talk(text: str) -> bool:
    words = [word.lower() for word in _WORD.findall(text)]
    if not 0 < len(words) <= MAX_SMALL_TALK_WORDS:
        return False
    return _SMALL_TALK.fullmatch(" ".join(words)) is not None


def is_romanised_korean(text: str) -> bool:
    words = _WORD.findall(text)
    syllabic = sum(1 for word in words if ROMANISED_KOREAN_WORD.fullmatch(word))
    if not words or syllabic < ROMANISED_WORD_SHARE * len(words):
        return False
    if any(ROMANISED_KOREAN_ENDING.search(word) for word in words):
        return True
    marked = sum(1 for word in words if ROMANISED_KOREAN_MARK.search(word))
    return len(words) >= ROMANISED_MARK_MIN_WORDS and marked >= ROMANISED_MARK_SHARE * len(words)
