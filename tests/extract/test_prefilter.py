"""The cue prefilter: a pattern is skipped only when the text surely cannot match it."""

from __future__ import annotations

import random
import re
import re._constants as sre
import re._parser as sre_parse
import string
import sys
from typing import Any

import pytest

from eventlens.extract import casualties, claims
from eventlens.extract.cues import CUE_PATTERNS, _without_passing_mentions, find_cues
from eventlens.extract.prefilter import GatedText, PatternGate, fold_case, pattern_gate, required_words


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bkill(?:ed|ing|s)?\b", {"kill"}),
        (r"\b(?:clash(?:es)?|fight)\b", {"clash", "fight"}),
        (r"\b\d+ (?:people )?dead\b", {"dead"}),
        (r"\b(?:air )?strikes?\b", {"strike"}),
        (r"(?-i:march(?:ed|es)?)|rall(?:y|ies)", {"march", "rall"}),
        (r"\b(?:set (?:\w+ ){0,3}on fire|arson)\b", {"fire", "arson"}),
    ],
)
def test_the_words_every_match_holds(pattern: str, words: set[str]) -> None:
    assert required_words(re.compile(pattern, re.I)) == words


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:bomb)?", r"bomb|\d+", r"[A-Z]{2,}"])
def test_no_words_when_a_match_may_hold_none(pattern: str) -> None:
    assert required_words(re.compile(pattern, re.I)) is None


def test_a_pattern_without_words_is_always_searched() -> None:
    gate = PatternGate({"number": re.compile(r"\d+"), "bomb": re.compile(r"bomb", re.I)})
    assert gate.possible("Nothing here.") == {"number"}
    assert gate.possible("A BOMB went off.") == {"number", "bomb"}


def test_a_gated_text_skips_only_the_patterns_ruled_out() -> None:
    bomb, number, other = re.compile(r"bombs?", re.I), re.compile(r"\d+"), re.compile(r"\bwent\b")
    gate = pattern_gate(bomb, number)
    assert gate.possible("A device went off at 9.") == {number}  # ruled out: "bomb"; no words: always searched
    text = GatedText(gate, "A device went off at 9.")
    assert text.search(bomb) is None
    assert list(text.finditer(bomb)) == []
    assert text.search(number) is not None
    assert text.search(other) is not None  # not one of the gate's patterns: searched as usual


def test_every_letter_re_matches_to_an_ascii_one_is_folded_to_it() -> None:
    # Under IGNORECASE, `re` matches a few other letters to ASCII ones ("ſ" to "s", the Kelvin sign to "k").
    every_char = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_lowercase:
        for partner in re.findall(letter, every_char, re.I):
            assert fold_case(partner) == letter


# --- property: texts built to match each cue pattern are never skipped ---------------------------------------

_POOL = string.ascii_letters + string.digits + " -'.,/()" + "\u017f\u212a\u0131\u0130é’"
_PARTNERS = {"s": "\u017f", "k": "\u212a", "i": "\u0131"}
_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdigit,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def _in_set(char: str, items: list[tuple[Any, Any]]) -> bool:
    hit = False
    for op, value in items:
        if op == sre.LITERAL:
            hit |= char == chr(value)
        elif op == sre.RANGE:
            hit |= value[0] <= ord(char) <= value[1]
        elif op == sre.CATEGORY:
            hit |= _CATEGORIES[value](char)
    return hit != (items[0][0] == sre.NEGATE)


def _any_case(char: str, rng: random.Random, ignore_case: bool) -> str:
    """The letter in a case `re.IGNORECASE` accepts: lower, upper or, now and then, an odd Unicode partner."""
    if not ignore_case:
        return char
    if char.lower() in _PARTNERS and rng.random() < 0.1:
        return _PARTNERS[char.lower()]
    return char.upper() if rng.random() < 0.3 else char.lower()


def _generate(items: list[tuple[Any, Any]], rng: random.Random, ignore_case: bool) -> str:
    """A string the sequence of parsed items could match (lookbehinds and \\b are left to the final check)."""
    out = []
    for op, value in items:
        if op == sre.LITERAL:
            out.append(_any_case(chr(value), rng, ignore_case))
        elif op == sre.NOT_LITERAL:
            out.append(rng.choice([c for c in _POOL if c.lower() != chr(value).lower()]))
        elif op == sre.IN:
            out.append(rng.choice([c for c in _POOL if _in_set(c, value)]))
        elif op == sre.ANY:
            out.append(rng.choice(_POOL))
        elif op == sre.BRANCH:
            out.append(_generate(list(rng.choice(value[1])), rng, ignore_case))
        elif op == sre.SUBPATTERN:
            _, add, remove, group = value
            out.append(_generate(list(group), rng, (ignore_case or bool(add & re.I)) and not remove & re.I))
        elif op == sre.ASSERT and value[0] == 1:  # what a lookahead wants next: written out
            out.append(_generate(list(value[1]), rng, ignore_case))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high = value[0], min(value[1], value[0] + 3)
            out.extend(_generate(list(value[2]), rng, ignore_case) for _ in range(rng.randint(low, high)))
    return "".join(out)


# Sorted: the gates keep their patterns in sets, whose order changes from run to run.
_GATED = sorted(
    {*CUE_PATTERNS.values(), *casualties._GATE.keys, *claims._GATE.keys}, key=lambda p: (p.pattern, p.flags)
)


@pytest.mark.parametrize("pattern", _GATED, ids=[p.pattern[:40] for p in _GATED])
def test_no_text_a_gated_pattern_matches_is_skipped(pattern: re.Pattern[str]) -> None:
    gate = pattern_gate(pattern)
    rng = random.Random(f"prefilter-{pattern.pattern}")
    tree = list(sre_parse.parse(pattern.pattern, pattern.flags))
    matched = 0
    for _ in range(200):
        text = f"{rng.choice(['', 'On Monday ', 'Police said '])}{_generate(tree, rng, bool(pattern.flags & re.I))}{rng.choice(['', '.', ' in the town.'])}"
        if pattern.search(text):
            matched += 1
            assert gate.possible(text) == {pattern}, text
    assert matched >= 50  # the generator really exercises the pattern


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on motorbikes opened fire on a market, killing five traders.",
        "SUICIDE BOMBER STRIKES CHECKPOINT",
        "Residents blocked the highway with burning tyres to denounce the arrest of a local chief.",
        "The army said it had repelled an attack and seized a cache of weapons.",
        "Protesters were dispersed by police using tear gas; two were arrested.",
        "Talks on a ceasefire resumed in the capital.",
        "A farmer was hacked to death with machetes in his field.",
        "Nothing happened on Tuesday.",
    ],
)
def test_cues_are_those_of_searching_every_pattern(text: str) -> None:
    everything = {c for c, p in CUE_PATTERNS.items() if p.search(_without_passing_mentions(text, c))}
    assert find_cues(text) == everything
