"""Name keys for gazetteer lookups, and the cleaning of place text as news writes it.

Two keys per name:
- `name_key`: accent-folded, case-folded, punctuation to spaces. "Deir ez-Zor" → "deir ez zor".
- `loose_key`: what survives the usual ways English news transliterates Arabic, Persian or Pashto
  names: no article ("al-", "ar-", "el-", "ez-"…), no doubled letters, "-ah"/"-eh" endings alike,
  no spaces. "Al-Hasakeh", "Hasakah", "Hassakeh" → "hasaka"; "Mazar-i-Sharif" and "Mazari Sharif"
  → "mazarisharif". A loose match is weaker evidence than an exact one and is scored as such.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Arabic article forms as transliterated, incl. sun-letter assimilation (ar-, as-, ash-, az- …) and
# the mid-name forms (ez-, es-, ed-) of "Deir ez-Zor" or "Ras el-Ain". Dropped only when a word
# follows, so "Hoi An" or "Bac Ninh An" keep their last word.
_ARTICLES = frozenset(
    {
        "al",
        "el",
        "ar",
        "as",
        "ash",
        "at",
        "ath",
        "ad",
        "adh",
        "az",
        "an",
        "aj",
        "ed",
        "ez",
        "es",
        "et",
        "en",
        "er",
        "ul",
    }
)
# Apostrophes and the ayn/hamza marks are dropped rather than spaced: "Dar'a" → "dara", not "dar a".
_QUOTES = re.compile(r"['’‘`´ʼʻʿʾˌ\u02bc\u02bb]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DOUBLED = re.compile(r"(.)\1+")
_COMBINING = re.compile("[\u0300-\u036f]")  # the Latin diacritics; other scripts' marks stay and fail is_latin_key
_UNDECOMPOSABLE = str.maketrans(
    {
        "ı": "i",
        "ə": "a",  # Azerbaijani schwa: "Gədəbəy" is written "Gadabay"
        "Ə": "A",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
    }
)


def fold(text: str) -> str:
    """Accents off, case folded: "Şanlıurfa" → "sanliurfa". Letters that do not decompose (ı ø đ ł)
    are mapped by hand. Runs ~2M times per index build, hence the ASCII fast path and the regex."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return _COMBINING.sub("", decomposed).casefold()


def name_key(text: str) -> str:
    """The exact-match key. Empty when nothing alphanumeric is left."""
    folded = _QUOTES.sub("", fold(text))
    return _NON_ALNUM.sub(" ", folded).strip()


_MARK = "['’‘`´ʼʻʿʾ\u02bc\u02bb]"
_MARK_AT_WORD_START = re.compile(rf"(^|[\s(-]){_MARK}+")
_MARK_INSIDE = re.compile(_MARK)


def ascii_name(text: str) -> str:
    """A GeoNames name as ACLED would write it: diacritics off, ayn/hamza marks as an apostrophe
    inside a word and dropped at its start ("Dar‘ā" → "Dar'a", "Tall ‘Afar" → "Tall Afar").
    Names in other scripts come back unchanged."""
    if text.isascii():
        return text
    marked = _MARK_INSIDE.sub("'", _MARK_AT_WORD_START.sub(r"\1", text))
    out = _COMBINING.sub("", unicodedata.normalize("NFKD", marked.translate(_UNDECOMPOSABLE)))
    return out if out.isascii() else text


def is_latin_key(key: str) -> bool:
    """True when the key is plain a–z/0–9: names in other scripts are no use against English news."""
    return bool(key) and key.isascii()


def loose_key(text: str) -> str:
    """The transliteration-tolerant key (see the module docstring)."""
    tokens = name_key(text).split()
    kept = [tok for i, tok in enumerate(tokens) if not (tok in _ARTICLES and i < len(tokens) - 1)]
    out = []
    for tok in kept:
        tok = _DOUBLED.sub(r"\1", tok).replace("ou", "u")
        if len(tok) > 3 and tok.endswith(("ah", "eh")):
            tok = tok[:-1]
        if len(tok) > 3 and tok.endswith("e"):
            tok = tok[:-1] + "a"
        out.append(tok)
    return "".join(out)


# What news writes around a place name, and the kind it tells. Order matters: longer phrases first.
_KIND_WORDS: dict[str, str] = {
    "city": "city",
    "town": "town",
    "village": "village",
    "hamlet": "village",
    "settlement": "village",
    "camp": "village",
    "district": "district",
    "sub district": "district",
    "subdistrict": "district",
    "county": "district",
    "municipality": "district",
    "raion": "district",
    "rayon": "district",
    "territory": "district",
    "commune": "district",
    "cercle": "district",
    "local government area": "district",
    "lga": "district",
    "upazila": "district",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "quarter": "neighbourhood",
    "suburb": "neighbourhood",
    "area": "neighbourhood",
    "governorate": "governorate",
    "governate": "governorate",
    "province": "province",
    "oblast": "province",
    "wilaya": "province",
    "prefecture": "province",
    "state": "state",
    "region": "region",
    "countryside": "region",
    "country": "country",
}
_DIRECTIONS = (
    r"(?:north|south|east|west|northern|southern|eastern|western|central|"
    r"north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?)"
)
_KIND_ALT = "|".join(sorted((re.escape(k).replace(r"\ ", r"[- ]") for k in _KIND_WORDS), key=len, reverse=True))
# "the city of X", "the northern countryside of X", "the outskirts of X", "near X"
_PREFIX = re.compile(
    rf"^(?:the\s+)?(?:{_DIRECTIONS}\s+)?(?P<kind>{_KIND_ALT})\s+(?:of\s+)?(?=\S)",
    re.IGNORECASE,
)
_NEAR_PREFIX = re.compile(
    rf"^(?:(?:the\s+)?(?:outskirts|vicinity|suburbs|countryside|environs|edge|area)\s+of\s+|near\s+|around\s+|outside\s+|"
    rf"(?:the\s+)?{_DIRECTIONS}\s+(?:part\s+of\s+)?|(?:north|south|east|west)\s+of\s+)",
    re.IGNORECASE,
)
# "X Governorate", "X province", "X State", "X's northern countryside"
_SUFFIX = re.compile(rf"(?:'s)?\s+(?:{_DIRECTIONS}\s+)?(?P<kind>{_KIND_ALT})$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "Donetsk Airport", "Azaz hospital", "the Mosul Dam": a facility named after a place is near that place.
_FACILITY = re.compile(
    r"\s+(?:international\s+)?(?:airport|air\s?base|airfield|hospital|mine|dam|bridge|(?:border\s+)?crossing|"
    r"prison|checkpoint|stadium|university|refinery|power\s+(?:plant|station)|oil\s?field|military\s+base)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanName:
    """A place text with what surrounds the name taken off. `near` says the text places the event
    around the place rather than in it ("the outskirts of Aleppo", "northern Raqqa countryside")."""

    name: str
    kind: str | None
    near: bool


def clean_place_text(text: str) -> CleanName:
    """Take the name out of what news writes around it; the kind word found, if any, comes along."""
    name = " ".join(text.split()).strip(" ,.;:()")
    kind: str | None = None
    near = False
    for _ in range(3):  # "the outskirts of the city of X": peel a few layers, no more
        m = _NEAR_PREFIX.match(name)
        if m and m.end() < len(name):
            near = True
            name = name[m.end() :]
            continue
        m = _PREFIX.match(name)
        if m:
            kind = kind or _KIND_WORDS[m.group("kind").lower().replace("-", " ")]
            name = name[m.end() :]
            continue
        break
    m = _SUFFIX.search(name)
    if m and m.start() > 0:
        kind = kind or _KIND_WORDS[m.group("kind").lower().replace("-", " ")]
        name = name[: m.start()]
    name = _THE.sub("", name).strip(" ,.;:()")
    m = _FACILITY.search(name)
    if m and m.start() > 0:
        name, near = name[: m.start()], True
    if "countryside" in text.lower():  # "the northern countryside of Raqqa": the governorate's rural part
        near = True
        kind = kind or "region"
    return CleanName(name=name, kind=kind, near=near)
