"""The actor dictionary: the bundled tables plus any user files, and the lookups the pipeline needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from eventlens.resolve.actors.aliases import Forms, forms
from eventlens.resolve.actors.build import check, country_index, merge, nation_trie
from eventlens.resolve.actors.matcher import AliasRef, MentionFinder, Picked
from eventlens.resolve.actors.model import Actor, Channel, Country, Entry, When
from eventlens.resolve.actors.names import Template, acled_key, parent_name, render
from eventlens.resolve.actors.tables import NONE_MARK, Tables, read_tables
from eventlens.resolve.actors.text import fold, name_key
from eventlens.resolve.actors.trie import Phrase, PhraseTrie

# The document's own country first, then actors that belong to no country, then the rest in table order
# (an alias usable anywhere before a local one when the country is unknown); a local alias outside its
# countries is not usable at all.
_HOME, _ANYWHERE, _ELSEWHERE, _LOCAL_ELSEWHERE, _UNUSABLE = 0, 1, 2, 3, 9
# Words allowed between a group's possessive and the forces it owns ("the SDF's own internal security forces").
_OWNED_GAP = 2


@dataclass(frozen=True)
class HeldFront:
    """A place on a front line: the side that holds it, the side facing it, and where it lies."""

    facing: Actor
    holder: Actor
    country: str
    province: str


class ActorDictionary:
    """Actors by every name news and the ACLED/GTD codebooks give them.

    Build it with `default()` (the bundled tables) or `load(*paths)` (bundled tables, then each user file or
    directory in order: a later row with the same id and countries replaces an earlier one, and an alias a
    later file gives to another actor is taken over by it)."""

    def __init__(self, tables: Tables) -> None:
        countries = list({c.name: c for c in tables.countries}.values())
        self._countries = country_index(countries)
        self.entries = merge(tables.entries, self._countries)
        self._by_id: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            self._by_id.setdefault(entry.id, []).append(index)
        check(self.entries, set(self._by_id), self._countries)
        self._borrowed_gtd = _borrowed_gtd_names(self.entries)
        self._nations = nation_trie(countries)
        self._demonyms = sorted({demonym for country in countries for demonym in country.demonyms})
        self._aliases: PhraseTrie[AliasRef] = PhraseTrie()
        self._after_nation: PhraseTrie[AliasRef] = PhraseTrie()
        self._index_aliases()
        self._names, self._gtd_names = self._name_indexes()
        self._templates = sorted((Template(e) for e in self.entries if e.templated), key=lambda t: -t.specificity)
        self._channels: PhraseTrie[Channel] = PhraseTrie()
        self._channel_list = _unique_channels(tables.channels)
        self.frontlines = tuple(tables.frontlines)
        self._held = {name_key(place.name): place for place in tables.held_places}
        for channel, aliases in tables.channels:
            for alias in (channel.name, *aliases):
                self._channels.add(alias, self._channel_list[channel.name])
        self._finder = MentionFinder(
            self._aliases,
            self._after_nation,
            self._nations,
            self._channels,
            lambda ref: self.entries[ref.entry].templated,
            self._pick,
            self._either_or,
        )
        self._resolve = lru_cache(maxsize=65536)(self._resolve_uncached)

    # --- construction -------------------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> ActorDictionary:
        """The bundled dictionary, built once per process."""
        return _default()

    @classmethod
    def load(cls, *paths: Path | str, bundled: bool = True) -> ActorDictionary:
        """The bundled tables (unless `bundled=False`), then each path (a .tsv file or a directory of them)."""
        tables = Tables()
        if bundled:
            read_tables([_bundled_dir()], 0, tables)
        for layer, path in enumerate(paths, start=1):
            read_tables([Path(path)], layer, tables)
        return cls(tables)

    def _index_aliases(self) -> None:
        for indexes in self._by_id.values():
            shared = self._forms(indexes[0])
            for index in indexes:
                own = shared if index == indexes[0] else self._forms(index)
                # The first row's aliases name every variant; the country then picks the variant.
                sources = [own] if index == indexes[0] else [own, shared]
                for found in sources:
                    for alias in found.everywhere:
                        self._aliases.add(alias, AliasRef(index, local=False))
                    for alias in found.local:
                        self._aliases.add(alias, AliasRef(index, local=True))
                    for alias in found.after_nation:
                        self._after_nation.add(alias, AliasRef(index, local=True))
        for trie in (self._aliases, self._after_nation):
            trie.filter_nodes(self._later_files_win)

    def _forms(self, index: int) -> Forms:
        return forms(self.entries[index], self.is_country, gtd_is_alias=index not in self._borrowed_gtd)

    def _later_files_win(self, phrases: list[Phrase[AliasRef]]) -> list[Phrase[AliasRef]]:
        if not phrases:
            return phrases
        entries = [self.entries[p.value.entry] for p in phrases]
        top = max(e.layer for e in entries)
        top_ids = {e.id for e in entries if e.layer == top}
        unique: dict[tuple[int, bool], Phrase[AliasRef]] = {}
        for phrase, entry in zip(phrases, entries, strict=True):
            if entry.layer == top or entry.id in top_ids:
                unique.setdefault((phrase.value.entry, phrase.value.local), phrase)
        return list(unique.values())

    def _name_indexes(self) -> tuple[dict[str, int], dict[str, list[int]]]:
        names: dict[str, int] = {}
        gtd_names: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            if not entry.templated:
                names.setdefault(acled_key(entry.acled), index)
            if entry.gtd and entry.gtd != NONE_MARK and index not in self._borrowed_gtd:
                gtd_names.setdefault(name_key(entry.gtd), []).append(index)
        for index, entry in enumerate(self.entries):
            if entry.templated and entry.no_country:
                # "Civilians (International)": the template without a country, unless a row names it itself.
                names.setdefault(acled_key(entry.no_country), index)
        return names, gtd_names

    def _either_or(self, first: Actor, second: Actor) -> Actor | None:
        """ACLED's joint actor for "A/B" or "A or B" when it has one: "Boko Haram/ISWAP" is "Islamic State (West
        Africa) and/or Boko Haram - ...", the attribution ACLED gives when a source cannot tell the two apart."""
        for name in (
            f"{first.acled_name} and/or {second.acled_name}",
            f"{second.acled_name} and/or {first.acled_name}",
        ):
            index = self._names.get(acled_key(name))
            if index is not None:
                return self._actor(self.entries[index], self.country(first.country), When())
        return None

    # --- countries ------------------------------------------------------------------------------------------------

    def country(self, name: str | None) -> Country | None:
        """A country by its ACLED or GTD spelling or a usual short form ("DRC", "West Bank and Gaza Strip")."""
        return self._countries.get(name_key(name)) if name else None

    def is_country(self, name: str) -> bool:
        return self.country(name) is not None

    # --- the API ----------------------------------------------------------------------------------------------

    def surface_forms(self) -> list[str]:
        """Every alias, for a spaCy PhraseMatcher. Acronyms (see `text.is_acronym`) must match in their own case;
        the rest case-insensitively. "{nation} X" aliases are given once per demonym ("Syrian forces")."""
        found = {p.text for p in self._aliases.phrases()}
        for phrase in self._after_nation.phrases():
            found.update(f"{demonym} {phrase.text}" for demonym in self._demonyms)
        return sorted(found)

    def resolve(
        self, text: str, country: str | None = None, year: int | None = None, month: int | None = None
    ) -> Actor | None:
        """The actor a phrase names, or None. An exact ACLED or GTD name is read as such; otherwise the phrase's
        head mention wins: a bracketed name ("the SDF's security forces (Asayish)"), else the owner of generic
        forces ("the SDF's security forces"), else the first named group, else the first generic role."""
        return self._resolve(" ".join(text.split()), country, When(year, month))

    def _resolve_uncached(self, text: str, country: str | None, when: When) -> Actor | None:
        if not text:
            return None
        exact = self._lookup(text, self.country(country), when)
        if exact is not None:
            return exact
        mentions = self._finder.mentions(text, self.country(country), when)
        if not mentions:
            return None
        for mention in mentions:
            if mention.parenthetical and not mention.generic:
                return mention.actor
        for owner, owned in pairwise(mentions):
            # "the SDF's (own) security forces": forces a group owns are the group.
            if owner.possessive and not owner.generic and owned.generic and owned.first - owner.last <= _OWNED_GAP:
                return owner.actor
        heads = [m for i, m in enumerate(mentions) if not (m.possessive and i + 1 < len(mentions))] or mentions
        named = [m for m in heads if not m.generic]
        return (named or heads)[0].actor

    def lookup_name(
        self, name: str, country: str | None = None, year: int | None = None, month: int | None = None
    ) -> Actor | None:
        """An exact ACLED or GTD name (ACLED's regime years may differ by their end: "(2014-)" = "(2014-2021)").
        An unknown sub-unit of a known state force reads as the force: "... (2000-) 4th Armored Division"."""
        return self._lookup(" ".join(name.split()), self.country(country), When(year, month))

    def _lookup(self, name: str, home: Country | None, when: When) -> Actor | None:
        named = self._names.get(acled_key(name))
        if named is not None:
            entry = self.entries[named]
            if entry.templated:
                return self._actor(entry, None, when)
            return self._actor(self._variant(entry, home), home, when)
        for template in self._templates:
            found = template.match(name)
            if found is None:
                continue
            place = self.country(found.country)
            entry = template.entry
            if place is None or (entry.countries and place.name not in entry.countries):
                continue
            return self._actor(entry, place, when, found.regime)
        gtd = [self.entries[i] for i in self._gtd_names.get(name_key(name), [])]
        # A GTD name outside the actor's countries is left to the alias search: GTD's bare "Separatists" is
        # Cameroon's Ambazonians, not Ukraine's.
        for entry in sorted(gtd, key=lambda e: self._rank(e, home, local=True)):
            if self._rank(entry, home, local=True) == _UNUSABLE:
                continue
            actor = self._actor(entry, home, when)
            if actor is not None:
                return actor
        parent = parent_name(name)
        return self._lookup(parent, home, when) if parent else None

    def same_actor(self, a: str, b: str) -> bool:
        """Alias-aware equality: "ISIS" = "Islamic State (Syria)"; "Syrian Democratic Forces" =
        "QSD: Syrian Democratic Forces"; "Syrian army" = "Military Forces of Syria (2000-)"."""
        if fold(a).casefold().split() == fold(b).casefold().split():
            return True
        first, second = self.resolve(a), self.resolve(b)
        return first is not None and second is not None and first.canonical_id == second.canonical_id

    def gtd_name(self, acled_or_alias: str, country: str | None = None) -> str | None:
        """GTD's name for the actor ("Unknown" for an unnamed armed group), or None when GTD has none."""
        actor = self.resolve(acled_or_alias, country)
        return actor.gtd_name if actor is not None else None

    def find(
        self, text: str, country: str | None = None, year: int | None = None, month: int | None = None
    ) -> list[tuple[int, int, Actor]]:
        """Every actor mention in `text` as (start, end, actor), character offsets, left to right. Names that only
        modify another word ("US-backed", "anti-Houthi") and media channels ("Amaq") are not mentions."""
        mentions = self._finder.mentions(text, self.country(country), When(year, month))
        return [(m.start, m.end, m.actor) for m in mentions]

    def find_channels(self, text: str) -> list[tuple[int, int, Channel]]:
        """Media channels named in `text` (Amaq, Nashir, Site Intelligence Group...)."""
        return self._finder.channels(text)

    def channel(self, name: str) -> Channel | None:
        """The channel `name` names in full, or None: "Amaq News Agency" is a channel, "Amaq said" is not one."""
        name = name.strip()
        hits = self._finder.channels(name)
        return hits[0][2] if len(hits) == 1 and hits[0][:2] == (0, len(name)) else None

    def channels(self) -> list[Channel]:
        return list(self._channel_list.values())

    def role_actor(
        self, category: str, country: str | None, year: int | None = None, month: int | None = None
    ) -> Actor | None:
        """The generic actor of an ACLED category in a country: ("protesters", "India") -> Protesters (India).
        An event decides a crowd's role: the "residents" who riot are Rioters, not Civilians."""
        home = self.country(country)
        for entry in self.entries:
            if entry.generic and entry.category == category and entry.templated and not entry.countries:
                return self._actor(entry, home, When(year, month))
        return None

    def actor_by_id(
        self, canonical_id: str, country: str | None = None, year: int | None = None, month: int | None = None
    ) -> Actor | None:
        """The actor with this canonical id ("sdf", "islamic_state", "military_forces@Syria"), or None. The
        country picks a variant ("islamic_state" in Iraq is "Islamic State (Iraq)") unless the id names one."""
        identifier, _, named_country = canonical_id.partition("@")
        indexes = self._by_id.get(identifier)
        if not indexes:
            return None
        home = self.country(named_country or country)
        return self._actor(self._variant(self.entries[indexes[0]], home), home, When(year, month))

    def frontline_sides(
        self, country: str | None, province: str | None, year: int | None = None, month: int | None = None
    ) -> tuple[Actor, Actor] | None:
        """The two sides of the front line an event in this province lies on, at that date, or None."""
        for front in self.frontlines:
            if front.holds(country, province, year, month):
                first = self.actor_by_id(front.first_side, country, year, month)
                second = self.actor_by_id(front.second_side, country, year, month)
                if first is not None and second is not None:
                    return first, second
        return None

    def held_place(
        self, names: Sequence[str], country: str | None, year: int | None = None, month: int | None = None
    ) -> HeldFront | None:
        """The first of these place names that one side of an open front line holds, with the side facing it.
        A country other than the front's (a homonym abroad the report is placed in) rules the front out."""
        for name in names:
            place = self._held.get(name_key(name))
            front = next((f for f in self.frontlines if place and f.name == place.frontline), None)
            if place is None or front is None or country not in {None, front.country} or not front.open_at(year, month):
                continue
            holder = self.actor_by_id(place.holder, front.country, year, month)
            facing_id = front.second_side if place.holder == front.first_side else front.first_side
            facing = self.actor_by_id(facing_id, front.country, year, month)
            if holder is not None and facing is not None:
                return HeldFront(facing, holder, front.country, place.province)
        return None

    def parent(self, actor: Actor) -> Actor | None:
        """The actor `actor` belongs to (Asayish -> the SDF), in the same country."""
        return self.actor_by_id(actor.parent, actor.country) if actor.parent else None

    # --- picking ------------------------------------------------------------------------------------------------

    def _pick(
        self, phrases: list[Phrase[AliasRef]], home: Country | None, when: When, from_demonym: bool
    ) -> Picked | None:
        refs = sorted(
            (p.value for p in phrases),
            key=lambda ref: (self._rank(self.entries[ref.entry], home, ref.local), ref.entry),
        )
        for ref in refs:
            entry = self.entries[ref.entry]
            if self._rank(entry, home, ref.local) == _UNUSABLE:
                continue
            if from_demonym and entry.countries and home is not None and home.name not in entry.countries:
                continue
            actor = self._actor(entry, home, when)
            if actor is not None:
                weak = self._rank(entry, home, ref.local) == _LOCAL_ELSEWHERE
                return Picked(actor, entry.generic, weak)
        return None

    def _variant(self, entry: Entry, home: Country | None) -> Entry:
        """A default row's variant for the country: "Islamic State" in Syria is "Islamic State (Syria)"."""
        if entry.countries or home is None:
            return entry
        for index in self._by_id[entry.id]:
            if home.name in self.entries[index].countries:
                return self.entries[index]
        return entry

    @staticmethod
    def _rank(entry: Entry, home: Country | None, local: bool) -> int:
        """How well an entry fits the country (lower is better)."""
        if home is not None and home.name in entry.countries:
            return _HOME
        if not entry.countries:
            return _ANYWHERE
        if not local:
            return _ELSEWHERE
        return _UNUSABLE if home is not None else _LOCAL_ELSEWHERE

    def _actor(self, entry: Entry, home: Country | None, when: When, regime: str | None = None) -> Actor | None:
        place = home
        if entry.templated and entry.countries and (home is None or home.name not in entry.countries):
            place = self.country(entry.countries[0])
        name = render(entry, place if entry.templated else None, when, regime)
        if name is None:
            return None
        if entry.templated:
            country = place.name if place else None
        elif home is not None and home.name in entry.countries:
            country = home.name
        else:
            country = entry.countries[0] if entry.countries else None
        return Actor(
            acled_name=name,
            gtd_name=entry.gtd if entry.gtd and entry.gtd != NONE_MARK else None,
            category=entry.category,
            country=country,
            canonical_id=f"{entry.id}@{country}" if entry.templated and country else entry.id,
            parent=self._parent_id(entry, country),
        )

    def _parent_id(self, entry: Entry, country: str | None) -> str | None:
        if not entry.parent or entry.parent == NONE_MARK:
            return None
        parent = self.entries[self._by_id[entry.parent][0]]
        return f"{parent.id}@{country}" if parent.templated and country else parent.id


def _bundled_dir() -> Path:
    return Path(str(resources.files("eventlens") / "data" / "actors"))


@cache
def _default() -> ActorDictionary:
    return ActorDictionary.load()


def _borrowed_gtd_names(entries: list[Entry]) -> set[int]:
    """Rows whose GTD name is another actor's own name (its ACLED name or a written alias). GTD files the attacks
    of the Islamic State's West Africa Province under "Boko Haram"; the name still means Boko Haram, so it gives
    that row neither an alias nor an exact-name lookup, only the GTD name it reports."""
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for name in (entry.acled, *entry.aliases, *entry.local_aliases):
            owners.setdefault(name_key(name), set()).add(entry.id)
    return {
        index
        for index, entry in enumerate(entries)
        if entry.gtd and entry.gtd != NONE_MARK and owners.get(name_key(entry.gtd), set()) - {entry.id}
    }


def _unique_channels(channels: list[tuple[Channel, tuple[str, ...]]]) -> dict[str, Channel]:
    return {channel.name: channel for channel, _ in channels}
