"""A cheap test that proves a regular expression cannot match a text, so that most cue patterns are never run.

Every match of a pattern contains one of a few literal words, read off the pattern's own syntax tree ("kill"
for "kill(?:ed|ing)?", "clash" or "fight" for "clash(?:es)?|fight"). A text that holds none of them, in any
case, cannot match; one that holds one of them is searched as before. Being read from the pattern, the words
never fall behind a pattern's edits. `PatternGate` finds which words of many patterns a text holds in one pass;
`GatedText` searches one text with many patterns, running only those the text may match."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

# Under IGNORECASE `re` also matches these letters to ASCII ones (`str.lower` alone does not fold them).
_ASCII_CASE_PARTNERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_GRAM = 3  # words are looked up by their first three letters, texts sliced into every run of three

K = TypeVar("K")


class PatternGate(Generic[K]):
    """Which of many patterns a text may match: those whose required words it holds, or that have none."""

    def __init__(self, patterns: Mapping[K, re.Pattern[str]]) -> None:
        self.keys = frozenset(patterns)
        self._always: set[K] = set()  # patterns without required words: always searched
        self._keys_of: dict[str, set[K]] = {}  # a word, and the patterns whose words include it
        for key, pattern in patterns.items():
            words = required_words(pattern)
            if words is None:
                self._always.add(key)
            for word in words or ():
                self._keys_of.setdefault(word, set()).add(key)
        self._by_start: dict[str, set[str]] = {}
        self._short: set[str] = set()  # words shorter than a slice are searched for one by one
        for word in self._keys_of:
            if len(word) < _GRAM:
                self._short.add(word)
            else:
                self._by_start.setdefault(word[:_GRAM], set()).add(word)

    def possible(self, text: str) -> set[K]:
        """The keys of the patterns `text` may match; the other patterns surely do not match it."""
        possible = set(self._always)
        for word in self._held(fold_case(text)):
            possible |= self._keys_of[word]
        return possible

    def _held(self, folded: str) -> set[str]:
        slices = {folded[i : i + _GRAM] for i in range(len(folded) - _GRAM + 1)}
        held = {w for start in slices.intersection(self._by_start) for w in self._by_start[start] if w in folded}
        held.update(w for w in self._short if w in folded)
        return held


def pattern_gate(*patterns: re.Pattern[str]) -> PatternGate[re.Pattern[str]]:
    """A gate over patterns that are their own keys, for `GatedText`."""
    return PatternGate({pattern: pattern for pattern in patterns})


class GatedText:
    """One text searched with many patterns: a pattern the gate rules out for it is not run (`search` finds
    nothing, `finditer` nothing); any other pattern, one the gate was not built with too, is run as usual."""

    def __init__(self, gate: PatternGate[re.Pattern[str]], text: str) -> None:
        self.text = text
        self._gated = gate.keys
        self._possible = gate.possible(text)

    def search(self, pattern: re.Pattern[str], pos: int = 0) -> re.Match[str] | None:
        return pattern.search(self.text, pos) if self._may_match(pattern) else None

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return pattern.finditer(self.text) if self._may_match(pattern) else iter(())

    def _may_match(self, pattern: re.Pattern[str]) -> bool:
        return pattern in self._possible or pattern not in self._gated


def fold_case(text: str) -> str:
    """The text as `required_words` are written: lower case, with `re`'s other case partners of ASCII folded."""
    return text.translate(_ASCII_CASE_PARTNERS).lower()


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words one of which every match of `pattern` contains (compared without case, as `fold_case`
    gives the text), or None when the pattern has no such words ("\\d+ dead" has "dead"; "\\w+" has none).
    Words hold no whitespace, so a text whose other words were blanked with spaces keeps the guarantee."""
    return _of_sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def _of_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Each item of a sequence must match, so the words of any one of them will do: the most selective."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in _flattened(items):
        if op == sre.LITERAL and value < 128 and not chr(value).isspace():
            run.append(chr(value).lower())
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = None
        if op == sre.BRANCH:
            found = _of_branch(value[1])
        elif op in _REPEATS and value[0] >= 1:
            found = _of_sequence(list(value[2]))
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _of_branch(alternatives: list[Any]) -> frozenset[str] | None:
    """A match takes one alternative: words only when every alternative has some."""
    words: set[str] = set()
    for alternative in alternatives:
        found = _of_sequence(list(alternative))
        if found is None:
            return None
        words |= found
    return frozenset(words)


def _flattened(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Groups spliced into the sequence around them: "(?:air) strike" is one run of literals."""
    flat: list[tuple[Any, Any]] = []
    for op, value in items:
        if op == sre.SUBPATTERN:
            flat.extend(_flattened(list(value[3])))
        elif op == sre.ATOMIC_GROUP:
            flat.extend(_flattened(list(value)))
        else:
            flat.append((op, value))
    return flat
