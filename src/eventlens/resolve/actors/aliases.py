"""The surface forms of one table row: the aliases written in the table, the ones its ACLED and GTD names
already spell out ("PKK: Kurdistan Workers Party" gives "PKK" and "Kurdistan Workers Party"), and their other
grammatical number ("Houthi" -> "Houthis", "soldiers" <-> "soldier")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventlens.resolve.actors.model import COUNTRY, NATION, REGIME, Entry
from eventlens.resolve.actors.tables import NONE_MARK
from eventlens.resolve.actors.text import is_acronym, number_variants, tokenize

_TRAILING_PAREN = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
# Number variants only for short aliases: "Islamic States" is harmless, a plural of a long official name is noise.
_MAX_VARIANT_WORDS = 3
_MIN_PREFIX_LETTERS = 3
# Roles whose singular mostly works as an adjective ("the terrorist group", "a militant attack"): only the plural
# names people, so no singular is made from them.
_ADJECTIVAL = frozenset({"terrorist", "militant", "insurgent", "jihadist", "extremist", "islamist", "rebel", "local"})


@dataclass(frozen=True)
class Forms:
    everywhere: tuple[str, ...]  # usable in any country
    local: tuple[str, ...]  # usable only in the row's countries (or when the country is unknown)
    after_nation: tuple[str, ...]  # "{nation} forces" written without the placeholder: "forces"


def forms(entry: Entry, is_country: Callable[[str], bool], gtd_is_alias: bool = True) -> Forms:
    """`gtd_is_alias=False` for a row whose GTD name is another actor's own name (see `dictionary`)."""
    derived_everywhere, derived_local = _derived(entry, is_country, gtd_is_alias)
    everywhere = [*entry.aliases, *derived_everywhere]
    local = [*entry.local_aliases, *derived_local]
    if entry.templated:
        # A role without countries ("troops") takes the document's country, so it is local by nature; a
        # country-bound template keeps its written proper names global ("IRGC" in Syria is still Iran's), while
        # the words its name spells out ("State Police", "Gendarmerie") stay local.
        written = list(entry.aliases) if entry.countries else []
        local = [*(a for a in everywhere if a not in written), *local]
        everywhere = written
    after_nation = [a[len(NATION) :].strip() for a in [*everywhere, *local] if a.startswith(NATION)]
    everywhere = [a for a in everywhere if NATION not in a]
    local = [a for a in local if NATION not in a]
    return Forms(
        _with_numbers(everywhere, entry.generic),
        _with_numbers(local, entry.generic),
        _with_numbers(after_nation, entry.generic),
    )


def _derived(entry: Entry, is_country: Callable[[str], bool], gtd_is_alias: bool) -> tuple[list[str], list[str]]:
    everywhere: list[str] = []
    local: list[str] = []
    if entry.templated:
        everywhere.extend(_template_forms(entry.acled))
    else:
        _split_name(entry.acled, is_country, everywhere, local, inner_names=False)
    # GTD's "Unknown" names nobody, so it is no alias.
    if gtd_is_alias and entry.gtd and entry.gtd not in (NONE_MARK, "Unknown"):
        _split_name(entry.gtd, is_country, everywhere, local, inner_names=True)
    return everywhere, local


def _template_forms(template: str) -> list[str]:
    """The words a template spells: the sub-unit of "... ({regime}) Popular Mobilization Forces", the part of
    "Fulani Ethnic Militia ({country})" before the country."""
    found = []
    marker = f"({REGIME}) "
    if marker in template:
        found.append(template.split(marker, 1)[1])
    suffix = f" ({COUNTRY})"
    if template.endswith(suffix) and "{" not in template[: -len(suffix)]:
        found.append(template[: -len(suffix)])
    return [f for f in found if "{" not in f]


def _split_name(
    name: str, is_country: Callable[[str], bool], everywhere: list[str], local: list[str], inner_names: bool
) -> None:
    """Names spell out their own aliases: "PREFIX: Long Name" and "Long Name (ACRONYM)". A bare acronym is kept to the
    row's countries (ACLED's "AKP" in the Philippines is not Turkey's AKP); a country in brackets is dropped.
    Only GTD brackets hold other names ("Houthi extremists (Ansar Allah)"); ACLED's hold regions and factions
    ("Islamic State (Greater Sahara)"), which name nothing alone unless they are acronyms."""
    if _words(name) > 1:
        everywhere.append(name)
    if ": " in name:
        prefix, long_name = name.split(": ", 1)
        _split_name(long_name, is_country, everywhere, local, inner_names)
        if sum(c.isalpha() for c in prefix) >= _MIN_PREFIX_LETTERS:
            local.append(prefix)
        return
    match = _TRAILING_PAREN.match(name)
    if match is None:
        return
    base, inner = match.groups()
    _split_name(base, is_country, everywhere, local, inner_names)
    if is_country(inner):
        return
    if is_acronym(inner.replace("-", "")) and sum(c.isalpha() for c in inner) >= _MIN_PREFIX_LETTERS:
        local.append(inner)
    elif inner_names and _words(inner) > 1:
        everywhere.append(inner)


def _words(text: str) -> int:
    return sum(1 for t in tokenize(text) if t.is_word)


def _with_numbers(aliases: list[str], generic: bool) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for alias in aliases:
        out[alias] = None
        if _words(alias) <= _MAX_VARIANT_WORDS:
            for variant in number_variants(alias, both_ways=generic):
                if variant.rpartition(" ")[2].lower() not in _ADJECTIVAL:
                    out.setdefault(variant, None)
    return tuple(out)
