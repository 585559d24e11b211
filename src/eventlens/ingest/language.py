"""Is this document English? A script count plus stopword profiles: no model to load, fast on one line."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from eventlens.ingest.errors import InputProblem

ENGLISH = "en"

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "tr": "Turkish",
    "id": "Indonesian",
    "ar": "Arabic",
    "fa": "Persian",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "he": "Hebrew",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "th": "Thai",
}

# The most frequent function words of each language, chosen to overlap little with the others.
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the of and to in is was were are that for on with by at from has have had it its he she they "
        "their his her an be been which who after this not but or as will would said says than into about "
        "a i you we do if",
        "fr": "le la les des du un une et est sont dans pour sur par avec qui que ne pas au aux ont été "
        "cette ces il elle ils leur selon mais ou se sa son lors après à où plus",
        "es": "el la los las del un una y es son en por para con que se su sus al lo como más pero fue "
        "han ha sido este esta según entre sobre también desde muy sin hasta donde a el",
        "de": "der die das und ist sind nicht ein eine einer den dem des mit von zu auf für im sich auch "
        "wurde wurden nach bei aus wie oder aber hat haben dass noch über am zum zur",
        "it": "il lo la gli le di del della dei delle che è e un una per con sono non nel nella ha hanno "
        "anche come più ma dopo secondo stato questo questa a",
        "pt": "o os as do da dos das um uma e é são em no na nos nas por para com que não ao foi pelo "
        "pela mais mas também segundo foram este esta a",
        "nl": "de het een en van is dat op te niet zijn voor met die er aan ook als bij door maar naar "
        "werd worden wordt nog dan deze",
        "tr": "ve bir bu için ile da de olarak çok daha gibi ama olan kadar sonra göre şekilde yılında "
        "değil ise ancak tarafından oldu",
        "id": "yang dan di dengan untuk ini itu dari dalam tidak akan pada juga ke oleh karena sudah "
        "telah mereka bahwa atau",
    }.items()
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TOO_FEW_WORDS = 4
# With no English function word at all, two foreign ones are enough (one-line texts); otherwise three.
_TOO_FEW_HITS = 3
_TOO_FEW_HITS_WITHOUT_ENGLISH = 2
# Letters that only some of the profiled languages use; each one present is one more vote.
_DISTINCTIVE_LETTERS = {
    "es": "ñ¿¡",
    "pt": "ãõ",
    "de": "ßäü",
    "fr": "èêœù",
    "it": "ìò",
    "tr": "ğşı",
}
# Another language must clearly beat English: English news quotes foreign names, slogans and titles.
_MARGIN_OVER_ENGLISH = 1.5
_MAX_WORDS_EXAMINED = 2000
_MAX_LETTERS_EXAMINED = 20000
_SCRIPT_BY_NAME_PREFIX = (
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("GREEK", "el"),
    ("CJK", "zh"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
)
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_PERSIAN_LETTERS = frozenset("پچژگ")


def _script_language(text: str) -> str | None:
    """The language a non-Latin script suggests, when most letters are in one; None for Latin text."""
    scripts: Counter[str] = Counter()
    letters = 0
    for char in text[:_MAX_LETTERS_EXAMINED]:
        if not char.isalpha():
            continue
        letters += 1
        if char.isascii():
            continue
        name = unicodedata.name(char, "")
        for prefix, code in _SCRIPT_BY_NAME_PREFIX:
            if name.startswith(prefix):
                scripts[code] += 1
                break
    if not scripts:
        return None
    code, count = scripts.most_common(1)[0]
    if count * 2 < letters:
        return None
    if code == "ru" and _UKRAINIAN_LETTERS.intersection(text):
        return "uk"
    if code == "ar" and _PERSIAN_LETTERS.intersection(text):
        return "fa"
    if code == "zh" and scripts["ja"]:
        return "ja"
    return code


def detect_language(text: str) -> str:
    """An ISO 639-1 code. Texts too short to tell default to English."""
    script_language = _script_language(text)
    if script_language is not None:
        return script_language
    words = [word.lower() for word in _WORD.findall(text[: _MAX_WORDS_EXAMINED * 12])][:_MAX_WORDS_EXAMINED]
    if len(words) < _TOO_FEW_WORDS:
        return ENGLISH
    hits = {code: sum(1 for word in words if word in stopwords) for code, stopwords in _STOPWORDS.items()}
    lowered = text[:_MAX_LETTERS_EXAMINED].lower()
    for code, letters in _DISTINCTIVE_LETTERS.items():
        hits[code] += sum(1 for letter in letters if letter in lowered)
    best = max(hits, key=lambda code: hits[code])
    enough = _TOO_FEW_HITS if hits[ENGLISH] else _TOO_FEW_HITS_WITHOUT_ENGLISH
    if best == ENGLISH or hits[best] < enough or hits[best] <= hits[ENGLISH] * _MARGIN_OVER_ENGLISH:
        return ENGLISH
    return best


def require_english(text: str) -> None:
    """Raise a skipping InputProblem for a document that is not in English."""
    code = detect_language(text)
    if code != ENGLISH:
        raise InputProblem(f"not English (looks like {LANGUAGE_NAMES[code]})", skipped=True)
