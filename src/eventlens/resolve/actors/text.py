"""Tokens for alias matching: the one place that decides what counts as "the same words".

Aliases and news text go through the same tokenizer, so spelling variants that carry no meaning compare equal:
case (except for acronyms), accents, apostrophes inside words ("Hay'at" = "Hayat"), hyphens and dashes
("al-Nusra" = "al Nusra"), and a possessive "'s" (kept as a flag, since "the SDF's police" is not the SDF).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# Hyphens and dashes join or separate words but never carry meaning for a name; they vanish from the token
# stream and only leave a `joined` flag on the next token ("US-backed" -> US, backed[joined]).
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"
_WORD = re.compile(rf"[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*")
# A bare apostrophe after a plural: "Workers'". ("SDF's" is one word for `_WORD` and loses its "'s" there.)
_PLURAL_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}](?![^\W_])")


class Token(NamedTuple):  # a named tuple: made for every word of every sentence, and quicker to make than a dataclass
    start: int
    end: int
    text: str  # accents and inner apostrophes removed, case kept: compared for acronyms
    norm: str  # `text` case-folded: compared for everything else
    joined: bool = False  # a hyphen or dash with no space ties it to the previous token
    possessive: bool = False  # "SDF's", "Workers'"

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()


def fold(text: str) -> str:
    """Accents off, inner apostrophes off: the spelling of a name, not its case."""
    if text.isascii():  # no accents to take off (the common case, and much quicker)
        return text.replace("'", "").replace("`", "")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain if c not in _APOSTROPHES)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    joined = False
    length = len(text)
    while pos < length:
        char = text[pos]
        if char.isspace():
            joined = False
            pos += 1
            continue
        if char in _DASHES:
            # Joined only when the dash touches a word on both sides: "US-backed", not "Taliban - Red Unit".
            joined = bool(tokens) and tokens[-1].end == pos and pos + 1 < length and text[pos + 1].isalnum()
            pos += 1
            continue
        word = _WORD.match(text, pos)
        if word is None:
            tokens.append(Token(pos, pos + 1, char, char, joined))
            joined = False
            pos += 1
            continue
        end = word.end()
        surface = word.group()
        possessive = False
        if len(surface) > 2 and surface[-2] in _APOSTROPHES and surface[-1] in "sS":
            surface, possessive = surface[:-2], True
        elif surface[-1] in "sS" and (tail := _PLURAL_POSSESSIVE.match(text, end)) is not None:
            possessive, end = True, tail.end()
        plain = fold(surface)
        tokens.append(Token(word.start(), end, plain, plain.casefold(), joined, possessive))
        joined = False
        pos = end
    return tokens


def is_acronym(token_text: str) -> bool:
    """Acronyms match only in their own case, so that "IS" is never "is" and "US" never "us".
    A word in capitals is an acronym ("IS", "MONUSCO"), and so are two capitals in a short word ("JaS", "AGuH")
    and a lone capital ("U.S.")."""
    letters = [c for c in token_text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if len(letters) == 1 or capitals == len(letters):
        return capitals >= 1
    return capitals >= 2 and len(token_text) <= 6


def name_key(text: str) -> str:
    """A whole-name key for exact lookups of ACLED/GTD names: folded, spaced and dashed alike."""
    return " ".join(t.norm for t in tokenize(text))


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "militiaman": "militiamen"}
_IRREGULAR_SINGULARS = {v: k for k, v in _IRREGULAR_PLURALS.items()}


def plural(word: str) -> str:
    lower = word.lower()
    for singular, many in _IRREGULAR_PLURALS.items():
        if lower.endswith(singular):
            return word[: len(word) - len(singular)] + _same_case(many, word)
    if lower.endswith(("s", "x", "ch", "sh")):
        return word + _same_case("es", word)
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + _same_case("ies", word)
    return word + _same_case("s", word)


def singular(word: str) -> str | None:
    lower = word.lower()
    for many, single in _IRREGULAR_SINGULARS.items():
        if lower.endswith(many):
            return word[: len(word) - len(many)] + _same_case(single, word)
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + _same_case("y", word)
    if lower.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3:
        return word[:-1]
    return None


def _same_case(suffix: str, word: str) -> str:
    return suffix.upper() if word.isupper() and len(word) > 1 else suffix


# Nouns with no other number worth matching ("aircrafts", "personnels" are noise).
_UNCOUNTABLE = frozenset(
    {"personnel", "aircraft", "police", "military", "artillery", "shelling", "staff", "people", "gendarmerie"}
)


def number_variants(alias: str, both_ways: bool) -> list[str]:
    """The alias with its last word in the other number. Group names only gain a plural ("Houthi" ->
    "Houthis", but "Hamas" and "forces" stay); generic role nouns go both ways ("soldiers" <-> "soldier").
    Acronyms stay as written."""
    head, _, last = alias.rpartition(" ")
    word = re.split(f"[{_DASHES}/]", last)[-1]
    if not word or not word[-1].isalpha() or is_acronym(word) or word.lower() in _UNCOUNTABLE:
        return []
    prefix = f"{head} " if head else ""
    one = singular(last)
    if one is not None:
        return [prefix + one] if both_ways else []
    return [prefix + plural(last)]
