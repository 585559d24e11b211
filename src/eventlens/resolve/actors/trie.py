"""A token trie: every phrase that starts at a token, longest first, with acronyms checked in their own case."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from eventlens.resolve.actors.text import Token, is_acronym, tokenize

V = TypeVar("V")


@dataclass(frozen=True)
class Phrase(Generic[V]):
    value: V
    # Per token: the exact text an acronym must show, or None where case does not matter.
    case: tuple[str | None, ...]
    text: str


@dataclass
class _Node(Generic[V]):
    children: dict[str, _Node[V]] = field(default_factory=dict)
    phrases: list[Phrase[V]] = field(default_factory=list)


class PhraseTrie(Generic[V]):
    def __init__(self) -> None:
        self._root: _Node[V] = _Node()

    def add(self, text: str, value: V) -> bool:
        tokens = tokenize(text)
        if not tokens:
            return False
        node = self._root
        for token in tokens:
            node = node.children.setdefault(token.norm, _Node())
        case = tuple(t.text if t.is_word and is_acronym(t.text) else None for t in tokens)
        node.phrases.append(Phrase(value, case, text))
        return True

    def filter_nodes(self, keep: Callable[[list[Phrase[V]]], list[Phrase[V]]]) -> None:
        """Rewrite the phrases of each node at once: a user file taking an alias over must see all its claims."""
        stack = [self._root]
        while stack:
            node = stack.pop()
            node.phrases = keep(node.phrases)
            stack.extend(node.children.values())

    def phrases(self) -> Iterator[Phrase[V]]:
        stack = [self._root]
        while stack:
            node = stack.pop()
            yield from node.phrases
            stack.extend(node.children.values())

    def starts(self, norm: str) -> bool:
        """Whether some phrase starts with this word: `matches` finds none at a token where none does."""
        return norm in self._root.children

    def matches(self, tokens: list[Token], start: int, shouting: bool = False) -> list[tuple[int, list[Phrase[V]]]]:
        """(end, phrases) for every phrase starting at `start`, longest first. In all-caps text (`shouting`)
        one- and two-letter acronyms are not trusted: "IS" there is as likely the verb."""
        found: list[tuple[int, list[Phrase[V]]]] = []
        node = self._root
        for index in range(start, len(tokens)):
            child = node.children.get(tokens[index].norm)
            if child is None:
                break
            node = child
            fitting = [p for p in node.phrases if _case_fits(p.case, tokens, start, shouting)]
            if fitting:
                found.append((index + 1, fitting))
        found.reverse()
        return found


def _case_fits(case: tuple[str | None, ...], tokens: list[Token], start: int, shouting: bool) -> bool:
    for offset, exact in enumerate(case):
        if exact is None:
            continue
        if tokens[start + offset].text != exact or (shouting and len(exact) <= 2):
            return False
    return True
