"""Finding actor mentions in running text.

News names actors loosely: "ISIS cells", "the SDF's security forces (Asayish)", "Turkish forces", "forces of
Azerbaijan", "US-backed fighters". The finder takes the longest alias at each token, ties a country or demonym
to a role ("Syrian" + "troops"), drops names that only modify another word ("US-backed", "anti-Houthi"), and
stretches a group's span over the role nouns around it ("IS militants", "fighters of the SDF")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from eventlens.resolve.actors.model import Actor, Channel, Country, When
from eventlens.resolve.actors.text import Token, tokenize
from eventlens.resolve.actors.trie import Phrase, PhraseTrie


@dataclass(frozen=True)
class AliasRef:
    entry: int  # index into the dictionary's entries
    local: bool  # usable only in the entry's own countries (or when the country is unknown)


@dataclass(frozen=True)
class Picked:
    actor: Actor
    generic: bool
    weak: bool = False  # a local alias read without knowing the country: a composed name beats it


# Picks the actor an alias names, given the document's country (or the one a demonym gave: then True) and time.
Pick = Callable[[list[Phrase[AliasRef]], Country | None, When, bool], Picked | None]


@dataclass(frozen=True)
class Mention:
    first: int  # token indices, end exclusive
    last: int
    start: int  # character offsets
    end: int
    actor: Actor
    generic: bool
    possessive: bool  # "the SDF's ...": the name owns what follows
    parenthetical: bool  # "(Asayish)": an appositive naming the phrase before it


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A name hyphenated to one of these modifies the noun that follows and is not the actor: "US-backed fighters",
# "ISIS-linked news agency", "regime-held areas".
MODIFIER_SUFFIXES = _words(
    "backed led linked affiliated aligned allied inspired held controlled run sponsored supported funded trained "
    "dominated occupied owned based loyal friendly leaning style type related made"
)
# ... and so does a name after one of these: "anti-Houthi forces" are not the Houthis.
MODIFIER_PREFIXES = _words("anti pro non ex counter post pre")
# Words that name members or means of a group; they extend its span ("IS militants", "Houthi drones").
ROLE_NOUNS = _words(
    "cell cells sleeper fighter fighters militant militants member members element elements force forces rebel "
    "rebels insurgent insurgents gunman gunmen jihadist jihadists terrorist terrorists unit units troops soldier "
    "soldiers operative operatives combatant combatants faction factions militia militias militiaman militiamen men "
    "loyalists supporters activists cadre cadres commander commanders affiliates remnants group groups movement "
    "personnel guerrilla guerrillas bomber bombers sniper snipers mercenaries wing patrol patrols convoy positions "
    "drone drones missile missiles rocket rockets warplane warplanes jet jets aircraft airstrike airstrikes "
    "artillery shelling suspects"
)
# A role followed by one of these is a voice, not people acting: "army spokesman", "security sources". A role
# before a place or thing still names its owner ("an attack on a police station" is an attack on the police).
_NOT_PEOPLE = _words("band spokesman spokesperson spokeswoman source sources statement statements")
_LEFT_LINKS = frozenset({"of", "from"})
# What stands between two groups a source offers as alternatives.
_ALTERNATIVE = (["/"], ["or"], ["and", "/", "or"])
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
_MAX_ABSORBED = 2


class MentionFinder:
    def __init__(
        self,
        aliases: PhraseTrie[AliasRef],
        nation_aliases: PhraseTrie[AliasRef],
        nations: PhraseTrie[Country],
        channels: PhraseTrie[Channel],
        templated: Callable[[AliasRef], bool],
        pick: Pick,
        either_or: Callable[[Actor, Actor], Actor | None],
    ) -> None:
        self._aliases = aliases
        self._nation_aliases = nation_aliases
        self._nations = nations
        self._channels = channels
        self._templated = templated
        self._pick = pick
        self._either_or = either_or

    def channels(self, text: str) -> list[tuple[int, int, Channel]]:
        tokens = tokenize(text)
        return [(tokens[a].start, tokens[b - 1].end, channel) for a, b, channel in self._channel_spans(tokens)]

    def mentions(self, text: str, country: Country | None, when: When) -> list[Mention]:
        tokens = tokenize(text)
        shouting = _is_shouting(tokens)
        blocked = {i for a, b, _ in self._channel_spans(tokens) for i in range(a, b)}
        found: list[Mention] = []
        index = 0
        while index < len(tokens):
            if index in blocked or not tokens[index].is_word:
                index += 1
                continue
            best = self._best_at(tokens, index, country, when, shouting)
            if best is None or any(i in blocked for i in range(index, best[0])):
                index += 1
                continue
            end, picked = best
            if _is_modifier(tokens, index, end) or (picked.generic and _names_a_thing(tokens, end)):
                index = end
                continue
            mention = self._mention(tokens, index, end, picked)
            found.append(mention)
            index = mention.last
        return self._join_alternatives(_merge_left_roles(found, tokens), tokens)

    def _join_alternatives(self, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
        """ "Boko Haram/IS", "JNIM or ISGS": two groups a source cannot tell apart make one joint actor, when the
        dictionary has one for the pair."""
        joined: list[Mention] = []
        for mention in mentions:
            previous = joined[-1] if joined else None
            between = [t.norm for t in tokens[previous.last : mention.first]] if previous else []
            if previous is not None and not previous.generic and not mention.generic and between in _ALTERNATIVE:
                actor = self._either_or(previous.actor, mention.actor)
                if actor is not None:
                    joined[-1] = replace(previous, last=mention.last, end=mention.end, actor=actor)
                    continue
            joined.append(mention)
        return joined

    def _channel_spans(self, tokens: list[Token]) -> list[tuple[int, int, Channel]]:
        spans = []
        index = 0
        while index < len(tokens):
            hits = self._channels.matches(tokens, index) if self._channels.starts(tokens[index].norm) else []
            if hits:
                end, phrases = hits[0]
                spans.append((index, end, phrases[0].value))
                index = end
            else:
                index += 1
        return spans

    def _best_at(
        self, tokens: list[Token], index: int, country: Country | None, when: When, shouting: bool
    ) -> tuple[int, Picked] | None:
        # Every option below starts with a phrase of one of these tries: most words start none (a quick no).
        norm = tokens[index].norm
        if not (self._aliases.starts(norm) or self._nations.starts(norm) or self._nation_aliases.starts(norm)):
            return None
        # (end, priority, picked): a longer span wins; at equal length a written alias beats a composed one,
        # unless it is a local alias read without a country ("US troops" is the coalition only in Syria).
        options: list[tuple[int, int, Picked]] = []
        for end, phrases in self._aliases.matches(tokens, index, shouting):
            picked = self._pick(phrases, country, when, False)
            if picked is not None:
                options.append((end, -1 if picked.weak else 1, picked))
                break
        options.extend(self._nation_first(tokens, index, when, shouting))
        options.extend(self._nation_after(tokens, index, when, shouting))
        if not options:
            return None
        end, _, picked = max(options, key=lambda option: (option[0], option[1]))
        return end, picked

    def _nation_first(
        self, tokens: list[Token], index: int, when: When, shouting: bool
    ) -> list[tuple[int, int, Picked]]:
        """A country or demonym, then a role: "Syrian troops", "Turkish forces", "Syria's army"."""
        for nation_end, nations in self._nations.matches(tokens, index, shouting):
            if nation_end >= len(tokens):
                continue
            following = tokens[nation_end]
            if following.joined and not tokens[nation_end - 1].possessive:
                continue  # "US-backed", "Syrian-led"
            found = self._role_at(tokens, nation_end, nations[0].value, when, shouting)
            if found is not None:
                return [(found[0], 0, found[1])]
        return []

    def _nation_after(
        self, tokens: list[Token], index: int, when: When, shouting: bool
    ) -> list[tuple[int, int, Picked]]:
        """A role, "of", a country: "military forces of Azerbaijan", "the army of Artsakh"."""
        for trie in (self._aliases, self._nation_aliases):
            for end, phrases in trie.matches(tokens, index, shouting):
                link = end
                if link >= len(tokens) or tokens[link].norm != "of":
                    continue
                link += 1
                if link < len(tokens) and tokens[link].norm == "the":
                    link += 1
                nations = self._nations.matches(tokens, link, shouting)
                if not nations:
                    continue
                nation_end, countries = nations[0]
                picked = self._pick(self._templated_only(phrases), countries[0].value, when, True)
                if picked is not None:
                    return [(nation_end, 0, picked)]
        return []

    def _role_at(
        self, tokens: list[Token], index: int, nation: Country, when: When, shouting: bool
    ) -> tuple[int, Picked] | None:
        for trie in (self._nation_aliases, self._aliases):
            for end, phrases in trie.matches(tokens, index, shouting):
                picked = self._pick(self._templated_only(phrases), nation, when, True)
                if picked is not None:
                    return end, picked
        return None

    def _templated_only(self, phrases: list[Phrase[AliasRef]]) -> list[Phrase[AliasRef]]:
        # Only a country-templated actor takes its country from a demonym; "Syrian" + a named group is no actor.
        return [p for p in phrases if self._templated(p.value)]

    def _mention(self, tokens: list[Token], first: int, last: int, picked: Picked) -> Mention:
        if not picked.generic and not tokens[last - 1].possessive:
            last = _absorb_roles(tokens, last)
        parenthetical = first > 0 and tokens[first - 1].norm == "(" and last < len(tokens) and tokens[last].norm == ")"
        return Mention(
            first=first,
            last=last,
            start=tokens[first].start,
            end=tokens[last - 1].end,
            actor=picked.actor,
            generic=picked.generic,
            possessive=tokens[last - 1].possessive,
            parenthetical=parenthetical,
        )


def _is_modifier(tokens: list[Token], first: int, last: int) -> bool:
    if last < len(tokens) and tokens[last].joined and tokens[last].norm in MODIFIER_SUFFIXES:
        return True
    return first > 0 and tokens[first].joined and tokens[first - 1].norm in MODIFIER_PREFIXES


def _names_a_thing(tokens: list[Token], last: int) -> bool:
    return last < len(tokens) and tokens[last].norm in _NOT_PEOPLE


def _absorb_roles(tokens: list[Token], last: int) -> int:
    absorbed = 0
    while (
        last < len(tokens)
        and absorbed < _MAX_ABSORBED
        and tokens[last].norm in ROLE_NOUNS
        and not tokens[last].joined
        and not tokens[last - 1].possessive
    ):
        last += 1
        absorbed += 1
    return last


def _merge_left_roles(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A role noun before "of"/"from" a group joins the group's span ("fighters of the SDF", "militants from the
    Islamic State"), and the generic reading of that role noun ("militants" = an unidentified armed group) goes."""
    merged: list[Mention] = []
    for mention in mentions:
        role = None if mention.generic else _left_role(tokens, mention.first)
        if role is not None:
            merged = [m for m in merged if not (m.generic and m.first <= role < m.last)]
            mention = replace(mention, first=role, start=tokens[role].start)
        merged.append(mention)
    return merged


def _left_role(tokens: list[Token], first: int) -> int | None:
    index = first - 1
    while index >= 0 and tokens[index].norm in _DETERMINERS:
        index -= 1
    if index >= 1 and tokens[index].norm in _LEFT_LINKS and tokens[index - 1].norm in ROLE_NOUNS:
        return index - 1
    return None


def _is_shouting(tokens: list[Token]) -> bool:
    letters = "".join(filter(str.isalpha, "".join(t.text for t in tokens if t.is_word)))
    return len(letters) >= 12 and sum(map(str.isupper, letters)) > 0.6 * len(letters)
