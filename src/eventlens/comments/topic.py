"""Off-topic: how little of what a comment talks about appears in the report it sits under."""

from __future__ import annotations

import re

_CONTENT = re.compile(r"[a-z][a-z'-]{2,}")
_COMMON = frozenset(
    """this that with have from they them their there what when where which would could should about just like
    than then were been being into only also very more most much some such your yours will shall does doing
    because while these those other every here after before again over under same good well make made know
    think people really thing things said says want need going still even ever never always the and for are was
    not but you all any can who how why its out get got one two see did has had our""".split()
)
# Words of conflict itself: a comment using them is about the report's subject even in other words.
_CONFLICT = frozenset(
    """attack attacker kill killed killing dead death bomb bombing blast explosion militia fighter force army troop
    soldier rebel militant terrorist terrorism war military strike shelling airstrike casualtie victim civilian
    isi daesh taliban qaeda insurgent ied wounded injured""".split()
)


def content_words(text: str) -> set[str]:
    """Lower-cased words of three letters or more, less a plural's final s, less the commonest words."""
    return {word.rstrip("s") for word in _CONTENT.findall(text.lower()) if word not in _COMMON}


def off_topic(comment: str, report_words: set[str]) -> float:
    """1 when none of the comment's content words is the report's or a word of conflict, 0 from a quarter of
    them; 0 for a comment too short to tell (fewer than four content words) or when there is no report."""
    words = content_words(comment)
    if not report_words or len(words) < 4:
        return 0.0
    shared = len(words & (report_words | _CONFLICT)) / len(words)
    return round(max(0.0, 1.0 - 4.0 * shared), 3)
