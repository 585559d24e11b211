"""Event mentions in one document: each sentence that reports an event becomes a mention; sentences that
only add to an earlier one (a toll, a confirmation, a denial) are folded into it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventlens.extract.casualties import find_casualties
from eventlens.extract.claims import find_claims
from eventlens.extract.classify import Classification, Participants, classify
from eventlens.extract.cues import CUE_PATTERNS, Cue, find_cues
from eventlens.extract.dates import REPORTING_LEMMAS, find_event_date
from eventlens.extract.modality import non_event_reason
from eventlens.extract.participants import (
    ActorFinder,
    ActorMemory,
    ActorSpan,
    RoleAssignment,
    assign_roles,
    find_actors,
    remember,
)
from eventlens.extract.places import SUBLOCATION_KINDS, find_places, sublocation_of
from eventlens.extract.targets import target_type_from_words
from eventlens.types import BlockKind, Casualties, ClaimInfo, Document, EventMention, PlaceMention, Span

_TRAILING_ATTRIBUTION = re.compile(r",?\s+(?:according to|citing|said|reported)\b[^,;]*[.!]?\s*$", re.I)
_DEFINITE = frozenset({"the", "this", "that"})
_TOLL_UPDATE = re.compile(r"\b(?:death\s+)?toll\b|\bnumber of (?:dead|deaths|victims|casualties)\b", re.I)
# "By the evening", "hours later": later on the same day, not a new date.
_TIME_OF_DAY = re.compile(
    r"(?:by|in|later|early|late|that)?\s*(?:the\s+)?(?:morning|afternoon|evening|night|nightfall|dawn|dusk|"
    r"hours? later|later that day|later in the day)",
    re.I,
)
_CIVILIAN_HARM_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence", "Riots"})
_NEW_INCIDENT = re.compile(
    r"\b(?:second|another|separate(?:ly)?|new|elsewhere|meanwhile|earlier|also|in addition)\b", re.I
)
_PLURAL_BACK_REFERENCE = re.compile(
    r"\b(?:these|those|both|the|all)\s+(?:two\s+|three\s+)?(?:claims|attacks|reports|incidents|blasts|explosions|"
    r"bombings|strikes|killings|raids|ambushes)\b",
    re.I,
)


@dataclass(frozen=True)
class ExtractorConfig:
    """What the extractor knows of the world: how to find actor names (with their ACLED category), claim
    channels with the group that owns each, and outlet names."""

    find_actors: ActorFinder
    channels: Mapping[str, str] = field(default_factory=dict)
    outlets: frozenset[str] = frozenset()


@dataclass
class _DocumentState:
    mentions: list[EventMention] = field(default_factory=list)
    memory: ActorMemory = field(default_factory=ActorMemory)
    places_seen: list[PlaceMention] = field(default_factory=list)
    sentence_count: int = 0
    country: str | None = None


class Extractor:
    def __init__(self, config: ExtractorConfig) -> None:
        self.config = config

    def extract(self, document: Document, doc: Doc, country: str | None = None) -> list[EventMention]:
        """`country` is the report's country when known: some names are only names there ("SNA")."""
        state = _DocumentState(country=country)
        title_end = _title_end(document)
        comment_spans = [b for b in document.blocks if b.kind is BlockKind.COMMENT]
        for sentence in doc.sents:
            if not sentence.text.strip():
                continue
            if any(b.start <= sentence.start_char < b.end for b in comment_spans):
                continue
            if sentence.start_char < title_end or _repeats_title(sentence.text, document.title):
                state.places_seen.extend(find_places(sentence, []))
                continue
            self._read_sentence(document, sentence, state)
            state.sentence_count += 1
        return state.mentions

    def _read_sentence(self, document: Document, sentence: SpacySpan, state: _DocumentState) -> None:
        previous = state.mentions[-1].index if state.mentions else None
        date = find_event_date(sentence, previous)
        text = _mask(sentence, date.span)
        offset = sentence.start_char
        actors = find_actors(sentence, self.config.find_actors, state.country, state.memory)
        roles = assign_roles(sentence, actors)
        casualties = find_casualties(text, offset)
        claims = find_claims(text, offset, self.config.channels, self.config.outlets)
        who = Participants(
            agent_category=roles.agents[0].category if roles.agents else None,
            patient_category=roles.patients[0].category if roles.patients else None,
            civilian_victims=roles.civilian_victims,
            casualties=casualties.fatalities != 0 or bool(casualties.wounded) or bool(casualties.killed_or_wounded),
            named_victim=_names_a_victim(sentence, roles),
        )
        cues = find_cues(_blank_names(text, [*claims.cited_sources, *claims.corroborated_by]))
        classification = classify(cues, who)
        places = find_places(sentence, [_char_span(sentence.doc, a) for a in actors])
        state.places_seen.extend(places)

        if classification is None:
            _fold_follow_up(state.mentions, sentence, casualties, claims)
            return
        trigger = _trigger(sentence, text, classification)
        reason = non_event_reason(sentence, trigger)
        if reason == "denial":
            claims.disputed = True
            _fold_follow_up(state.mentions, sentence, Casualties(), claims)
            return
        if reason == "sourcing of an earlier event":
            confirmation = _as_confirmation(sentence, claims)
            _fold_follow_up(state.mentions, sentence, casualties, confirmation, classification.sub_event_type)
            return
        if reason is not None:
            return
        continuing = _continues_previous(sentence, trigger, classification, date.text, places, claims, roles, state)
        if state.mentions and continuing:
            _fold_follow_up(state.mentions, sentence, casualties, claims, classification.sub_event_type)
            return

        remember(state.memory, roles.agents)
        mention = EventMention(
            doc_id=document.doc_id, index=len(state.mentions), sentence=Span(sentence.start_char, sentence.end_char)
        )
        mention.evidence.append(_evidence_span(sentence, trigger))
        mention.event_type = classification.event_type
        mention.sub_event_type = classification.sub_event_type
        mention.attack_type = classification.attack_type
        mention.weapon_type = classification.weapon_type
        mention.provenance["event_type"] = f"rule:{classification.rule}"
        mention.provenance["sub_event_type"] = f"rule:{classification.rule}"
        if classification.attack_type:
            mention.provenance["attack_type"] = f"rule:gtd-attack-from-{classification.rule}"
            mention.provenance["weapon_type"] = f"rule:gtd-weapon-from-{classification.rule}"
        _set_participants(mention, sentence, trigger, roles, actors, classification, self.config.channels)
        if places and all(p.kind in SUBLOCATION_KINDS for p in places) and state.mentions:
            # "in the district of X" alone: the town is the one the report was already in.
            mention.places = places + [p for p in state.mentions[-1].places if p.kind not in SUBLOCATION_KINDS]
            mention.provenance["places"] = "rule:district-in-sentence+town-from-earlier-sentence"
        elif places:
            mention.places = places
            mention.provenance["places"] = "rule:places-in-sentence"
        elif state.places_seen:
            mention.places = _recent_places(state)
            mention.provenance["places"] = "rule:places-inherited-from-earlier-sentence"
        mention.sublocation_text = sublocation_of(places)
        mention.date = date
        mention.casualties = casualties
        mention.provenance["fatalities"] = "rule:casualty-patterns"
        mention.claim = claims
        mention.confidence = _confidence(classification, mention, state.sentence_count)
        state.mentions.append(mention)


_PERSONAL_TARGETS = frozenset(
    "vehicle car convoy home house residence office motorcade guards bodyguards compound shop family".split()
)


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _repeats_title(sentence: str, title: str | None) -> bool:
    """Saved pages often repeat the headline (with a date) as the body's first line: it is not a new event."""
    if not title or len(title) < 20:
        return False
    return _words_of(title) in _words_of(sentence) and len(sentence) < len(title) + 60


def _names_a_victim(sentence: SpacySpan, roles: RoleAssignment) -> bool:
    """A named person is the one attacked: "targeting the vehicle of Sadiq Ali", "shot and killed a civilian,
    Haji Asad", "opened fire on Judge Rahimi". Names elsewhere in the sentence (places the tagger takes for
    people, witnesses, officials who spoke) do not count."""
    agents = {i for a in roles.agents for i in range(a.start, a.end)}
    for ent in sentence.ents:
        if ent.label_ != "PERSON" or agents.intersection(range(ent.start, ent.end)):
            continue
        root = ent.root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ in {"dobj", "nsubjpass"} and root.head.pos_ == "VERB":
            return True
        if root.dep_ == "pobj" and root.head.lower_ in {"of", "on", "at", "against"}:
            owner = root.head.head
            if root.head.lower_ != "of" or owner.lemma_.lower() in _PERSONAL_TARGETS:
                return True
    return False


def _title_end(document: Document) -> int:
    for block in document.blocks:
        if block.kind is BlockKind.TITLE:
            return block.end
    if document.title and document.text.startswith(document.title):
        return len(document.title)
    return 0


def _char_span(doc: Doc, actor: ActorSpan) -> Span:
    return Span(doc[actor.start].idx, doc[actor.end - 1].idx + len(doc[actor.end - 1].text))


def _mask(sentence: SpacySpan, span: Span | None) -> str:
    """The sentence text with the date expression blanked, so "two days after the attack" is not an attack."""
    text = sentence.text
    if span is None:
        return text
    start, end = span.start - sentence.start_char, span.end - sentence.start_char
    return text[:start] + " " * (end - start) + text[end:]


def _blank_names(text: str, names: list[str]) -> str:
    """Blanks outlet names so that "Raqqa is Being Slaughtered Silently" is not read as a killing."""
    for name in names:
        text = text.replace(name, " " * len(name))
    return text


def _trigger(sentence: SpacySpan, text: str, classification: Classification) -> Token:
    if match := CUE_PATTERNS[classification.cue].search(text):
        char = sentence.start_char + match.start()
        for token in sentence:
            if token.idx <= char < token.idx + len(token.text) or token.idx >= char:
                return token
    return sentence.root


def _evidence_span(sentence: SpacySpan, trigger: Token) -> Span:
    """The clause that reports the event: the complement of a reporting verb when there is one ("Amaq
    revealed that [cells targeted ...]"), else the sentence without a trailing attribution."""
    clause = trigger
    while clause.head.i != clause.i and not (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_LEMMAS):
        clause = clause.head
    if clause.dep_ == "ccomp":
        tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return Span(start, end)
    text = sentence.text.rstrip()
    trimmed = _TRAILING_ATTRIBUTION.sub("", text)
    return Span(sentence.start_char, sentence.start_char + len(trimmed))


def _continues_previous(
    sentence: SpacySpan,
    trigger: Token,
    classification: Classification,
    date_text: str | None,
    places: list[PlaceMention],
    claims: ClaimInfo,
    roles: RoleAssignment,
    state: _DocumentState,
) -> bool:
    """Whether the sentence tells more of the previous event rather than a new one: "The blast flattened
    the post", "the number of dead", a claim of it, or the same kind of event with nothing new in time or
    place. A new date, a new place or "a second", "another", "separately" always mean a new event."""
    if not state.mentions:
        return False
    previous = state.mentions[-1]
    if _TOLL_UPDATE.search(sentence.text) and classification.cue is Cue.KILLING:
        return True
    new_date = date_text is not None and not _TIME_OF_DAY.fullmatch(date_text.strip())
    if new_date or _NEW_INCIDENT.search(sentence.text):
        return False
    known = {p.text.lower() for p in previous.places} | {p.text.lower() for p in state.places_seen[:3]}
    if any(p.text.lower() not in known for p in places):
        return False
    definite = trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children
    )
    # "The number of dead", "Two civilians were killed": a toll, with nobody doing anything new.
    count_only = classification.cue is Cue.KILLING and (trigger.pos_ != "VERB" or not roles.agents)
    same_kind = classification.sub_event_type == previous.sub_event_type
    return definite or count_only or same_kind or claims.claim_channel is not None


def _fold_follow_up(
    mentions: list[EventMention],
    sentence: SpacySpan,
    casualties: Casualties,
    claims: ClaimInfo,
    about: str | None = None,
) -> None:
    """Adds a sentence's casualty figures and sourcing to the mention(s) it is about: the latest event of
    the kind it names (`about`, a sub-event type: "the toll from the bombing"), else the latest event."""
    if not mentions:
        return
    same_kind = [m for m in mentions if about is not None and m.sub_event_type == about]
    targets = [same_kind[-1] if same_kind else mentions[-1]]
    if _PLURAL_BACK_REFERENCE.search(sentence.text):
        claimed = [m for m in mentions if m.claim.claimed]
        targets = claimed or mentions
    has_news = bool(
        claims.corroborated_by
        or claims.cited_sources
        or claims.disputed
        or claims.claimed is not None
        or claims.blamed_on
    )
    if claims.claim_channel is not None:
        # A perpetrator's own figures ("killed more than 40 soldiers") are its claim, not the toll.
        casualties = Casualties()
    for mention in targets:
        if casualties.fatalities and (mention.casualties.fatalities or 0) < casualties.fatalities:
            mention.casualties.fatalities = casualties.fatalities
            mention.casualties.evidence.extend(casualties.evidence)
            mention.provenance["fatalities"] = "rule:casualty-patterns (later figure in the report)"
        if casualties.wounded and (mention.casualties.wounded or 0) < casualties.wounded:
            mention.casualties.wounded = casualties.wounded
            mention.casualties.evidence.extend(casualties.evidence)
        _merge_claims(mention.claim, claims)
    if has_news:
        for mention in targets:
            mention.evidence.append(Span(sentence.start_char, sentence.start_char + len(sentence.text.rstrip())))


def _as_confirmation(sentence: SpacySpan, claims: ClaimInfo) -> ClaimInfo:
    """ "Tigris Watch confirmed both explosions": the subject of the confirming verb corroborates."""
    root = sentence.root
    if root.lemma_.lower() in {"confirm", "verify", "corroborate", "document"}:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            name_tokens = [t for t in subject.subtree if t.i <= subject.i]
            name = " ".join(t.text for t in name_tokens if t.dep_ != "det")
            if name and name[0].isupper() and name not in claims.corroborated_by:
                claims.corroborated_by.append(name)
    return claims


def _merge_claims(into: ClaimInfo, extra: ClaimInfo) -> None:
    if extra.claimed is not None and into.claimed is None:
        into.claimed = extra.claimed
    into.claimed_by_text = into.claimed_by_text or extra.claimed_by_text
    into.blamed_on = into.blamed_on or extra.blamed_on
    into.claim_channel = into.claim_channel or extra.claim_channel
    for name in extra.cited_sources:
        if name not in into.cited_sources:
            into.cited_sources.append(name)
    for name in extra.corroborated_by:
        if name not in into.corroborated_by:
            into.corroborated_by.append(name)
    into.attributions.extend(n for n in extra.attributions if n not in into.attributions)
    into.denied_by.extend(n for n in extra.denied_by if n not in into.denied_by)
    into.disputed = into.disputed or extra.disputed
    into.evidence.extend(extra.evidence)


def _set_participants(
    mention: EventMention,
    sentence: SpacySpan,
    trigger: Token,
    roles: RoleAssignment,
    actors: list[ActorSpan],
    classification: Classification,
    channels: Mapping[str, str],
) -> None:
    agents = [a for a in roles.agents if a.text not in channels]
    patients = [a for a in roles.patients if a.text not in channels]
    if not agents and len(patients) >= 2:
        # "Rebels were killed in clashes with regime troops": the other side of the clash did the killing.
        counterpart = next((p for p in patients if sentence.doc[p.end - 1].head.lower_ == "with"), None)
        if counterpart is not None:
            agents, patients = [counterpart], [p for p in patients if p is not counterpart]
    if not agents and not patients and len(actors) >= 2 and classification.sub_event_type == "Armed clash":
        agents, patients = [actors[0]], [actors[1]]
    if agents:
        mention.actor1_text = agents[0].text
        mention.provenance["actor1"] = "rule:agent-of-event-verb"
    elif classification.event_type == "Protests" or classification.event_type == "Riots":
        mention.actor1_text = "protesters" if classification.event_type == "Protests" else "rioters"
        mention.provenance["actor1"] = "rule:protest-participants"
    others = [
        p for p in patients
        if p.text.lower() != (mention.actor1_text or "").lower()
        and (p.category != "civilians" or classification.event_type in _CIVILIAN_HARM_TYPES)
    ]  # fmt: skip
    if others:
        mention.actor2_text = others[0].text
        mention.provenance["actor2"] = "rule:patient-of-event-verb"
    elif roles.civilian_victims and classification.event_type in _CIVILIAN_HARM_TYPES:
        mention.actor2_text = "civilians"
        mention.provenance["actor2"] = "rule:civilian-victims"
    if len(agents) > 1 and agents[1].text.lower() != (mention.actor1_text or "").lower():
        mention.assoc_actor_1_text = agents[1].text
    mention.civilian_targeting = True if roles.civilian_victims and classification.event_type in {
        "Violence against civilians", "Explosions/Remote violence"} else None  # fmt: skip
    if classification.attack_type:
        patient_words = _phrase_text(sentence, patients[0]) if patients else None
        target = target_type_from_words(patient_words) if patient_words else None
        if target is None and roles.civilian_victims:
            target = "Private Citizens & Property"
        if target is None and not patients:
            # No object found in the parse: what the sentence says after its trigger names the target.
            target = target_type_from_words(sentence.text[trigger.idx - sentence.start_char :])
        if target:
            mention.target_type = target
            mention.provenance["target_type"] = "rule:target-words"


def _phrase_text(sentence: SpacySpan, actor: ActorSpan) -> str:
    token = sentence.doc[actor.end - 1]
    head = token
    while head.dep_ in {"compound", "amod", "nummod", "poss", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return " ".join(t.text for t in head.subtree)


def _recent_places(state: _DocumentState) -> list[PlaceMention]:
    if state.mentions and state.mentions[-1].places:
        return list(state.mentions[-1].places)
    return list(state.places_seen[:3])


def _confidence(classification: Classification, mention: EventMention, sentence_number: int) -> float:
    """How sure we are this is a real, well-described event; the document's most confident one is its main event."""
    score = classification.strength
    position = max(0.6, 1.0 - 0.04 * max(0, sentence_number - 2))
    score *= position
    if mention.casualties.fatalities or mention.casualties.killed_or_wounded or mention.casualties.wounded:
        score += 0.08
    if mention.actor1_text:
        score += 0.04
    if mention.places:
        score += 0.03
    if mention.date.text:
        score += 0.02
    return round(min(score, 0.99), 3)
