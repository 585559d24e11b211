"""Event mentions in one document: each sentence that reports an event becomes a mention; sentences that
only add to an earlier one (a toll, a confirmation, a denial) are folded into it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventlens.extract.backstory import tells_backstory
from eventlens.extract.casualties import find_casualties
from eventlens.extract.claims import find_claims, headline_attribution, share_report_claims
from eventlens.extract.classify import Classification, Participants, classify, escalate
from eventlens.extract.cues import CUE_PATTERNS, find_cues
from eventlens.extract.dates import REPORTING_LEMMAS, find_event_date
from eventlens.extract.entities import entities_in
from eventlens.extract.followups import (
    as_confirmation,
    burns_in_the_same_attack,
    continues_previous,
    fold_follow_up,
    take_the_attacks_tactic,
)
from eventlens.extract.lede_weapons import carry_lede_weapons
from eventlens.extract.mention_roles import attacks_a_place, names_a_victim, set_participants
from eventlens.extract.modality import non_event_reason
from eventlens.extract.participants import (
    ActorFinder,
    ActorMemory,
    ActorSpan,
    assign_roles,
    find_actors,
    remember,
)
from eventlens.extract.places import SUBLOCATION_KINDS, find_places, sublocation_of
from eventlens.types import BlockKind, Casualties, ClaimInfo, DateExpression, Document, EventMention, PlaceMention, Span

# ", according to Amaq." at the end of a sentence; the comma is required, so "a gunman who police said was ..."
# keeps its words. The lookbehind stops the scan from retrying every space of a long run.
_TRAILING_ATTRIBUTION = re.compile(r",(?<!\s,)\s+(?:according to|citing|said|reported)\b[^,;]*[.!]?\s*$", re.I)


# Institutions whose names carry event words ("Kamtapur Liberation Organization", "the Organisation for the
# Prohibition of Chemical Weapons"). Only names with an institution's noun count: title-case headlines ("Regime
# Air Raids Kill 35") are tagged as organisations too.
_INSTITUTION_NAME = re.compile(
    r"\b(?:organi[sz]ation|committee|council|commission|office|agency|network|observatory|cent(?:er|re)|"
    r"institute|foundation|ministry|court|tribunal|union|association|society|league|fund|programme|mission)\b",
    re.I,
)
# A wire dateline: the city in capitals, maybe the country and the filing date, maybe the agency, then a dash.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+)*(?:,\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)*)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*(?:\([^()]{2,60}\))?\s*[—–-]{1,2}\s+"
)
# "the bombing", "that blast": the event a sentence's claim or blame is about was reported before it.
_CLAIM_OF_REPORTED_EVENT = re.compile(
    r"\b(?:the|that|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?:attack|bombing|blast|explosion|strike|raid|ambush|killing|assault|shelling|abduction|kidnapping)s?\b"
)


_LEDE_SENTENCES = 3  # body sentences that, with the headline, open a report


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
    headline_claim: ClaimInfo | None = None
    # The last date named since the last mention, in a sentence that made none ("On 5 May, police said ...").
    unclaimed_date: DateExpression = field(default_factory=DateExpression)


class Extractor:
    def __init__(self, config: ExtractorConfig) -> None:
        self.config = config

    def extract(self, document: Document, doc: Doc, country: str | None = None) -> list[EventMention]:
        """`country` is the report's country when known: some names are only names there ("SNA")."""
        state = _DocumentState(country=country)
        title_end = _title_end(document)
        comment_spans = [b for b in document.blocks if b.kind is BlockKind.COMMENT]
        headline = _words_of(document.title) if document.title and len(document.title) >= 20 else None
        lede: list[Span] = []  # the headline and the opening sentences: where a report says how it was fought
        headline_sentences: list[SpacySpan] = []
        for sentence in doc.sents:
            if not sentence.text.strip():
                continue
            if any(b.start <= sentence.start_char < b.end for b in comment_spans):
                continue
            if sentence.start_char < title_end or _repeats_title(sentence.text, headline):
                state.places_seen.extend(find_places(sentence, []))
                state.headline_claim = state.headline_claim or self._headline_claim(sentence, state)
                lede.append(Span(sentence.start_char, sentence.end_char))
                headline_sentences.append(sentence)
                continue
            sentence = _without_dateline(sentence, state)
            if state.sentence_count < _LEDE_SENTENCES:
                lede.append(Span(sentence.start_char, sentence.end_char))
            self._read_sentence(document, sentence, state)
            state.sentence_count += 1
        if not state.mentions:
            # A stub whose body tells no event (a dateline, a caption) reports what its headline says.
            for sentence in _first_headline(headline_sentences, title_end):
                self._read_sentence(document, sentence, state)
        share_report_claims(state.mentions, state.headline_claim, doc.text)
        carry_lede_weapons(state.mentions, doc.text, lede)
        return state.mentions

    def _headline_claim(self, sentence: SpacySpan, state: _DocumentState) -> ClaimInfo | None:
        """Who the headline says did it ("Regime strikes kill 7 in Homs"), for the report's attacks."""
        actors = find_actors(sentence, self.config.find_actors, state.country, ActorMemory())
        agents = assign_roles(sentence, actors).agents
        if not agents:
            return None
        return headline_attribution(agents[0].text, _char_span(sentence.doc, agents[0]))

    def _read_sentence(self, document: Document, sentence: SpacySpan, state: _DocumentState) -> None:
        previous = state.mentions[-1].index if state.mentions else None
        date = find_event_date(sentence, previous)
        if date.text:
            state.unclaimed_date = date
        text = _mask(sentence, date.span)
        offset = sentence.start_char
        actors = find_actors(sentence, self.config.find_actors, state.country, state.memory)
        roles = assign_roles(sentence, actors)
        casualties = find_casualties(text, offset, sentence)
        claims = find_claims(text, offset, self.config.channels, self.config.outlets)
        who = Participants(
            agent_category=roles.agents[0].category if roles.agents else None,
            patient_category=roles.patients[0].category if roles.patients else None,
            civilian_victims=roles.civilian_victims,
            armed_victims=roles.armed_victims,
            casualties=casualties.fatalities != 0 or bool(casualties.wounded) or bool(casualties.killed_or_wounded),
            named_victim=names_a_victim(sentence, roles),
            place_attacked=attacks_a_place(sentence),
        )
        cues = find_cues(
            _blank_names(text, [*claims.cited_sources, *claims.corroborated_by, *_institution_names(sentence)])
        )
        classification = classify(cues, who)
        places = find_places(sentence, [_char_span(sentence.doc, a) for a in actors])
        state.places_seen.extend(places)

        # "Police dispersed them": a later sentence that escalates the event it tells more of retypes it.
        sentence_span = Span(sentence.start_char, sentence.start_char + len(sentence.text.rstrip()))
        latest = state.mentions[-1] if state.mentions else None
        if latest and (date.text is None or date.of_report) and escalate(latest, text, sentence_span, document.text):
            fold_follow_up(state.mentions, sentence, casualties, claims)
            return
        if classification is None:
            fold_follow_up(state.mentions, sentence, casualties, claims)
            return
        trigger = _trigger(sentence, text, classification)
        reason = non_event_reason(sentence, trigger)
        if reason == "reference to a known event" and not state.mentions and _names_the_time(trigger):
            # "A soldier was killed after the explosion of the landmine", first thing the report tells: there is no
            # earlier event it could refer to, so it is the news itself.
            reason = None
        if reason == "denial":
            claims.disputed = True
            fold_follow_up(state.mentions, sentence, Casualties(), claims)
            return
        if reason == "sourcing of an earlier event":
            confirmation = as_confirmation(sentence, claims)
            fold_follow_up(state.mentions, sentence, casualties, confirmation, classification)
            return
        if reason == "witness account" and state.mentions:
            fold_follow_up(state.mentions, sentence, casualties, claims, classification)
            return
        if reason in {"reference to a known event", "negated"} and state.mentions:
            # "Two soldiers were killed in the ensuing clash", "the governor was not harmed, but four guards were
            # killed": the toll of the event already told still counts (its claims are read below). What the
            # sentence tells done in that event ("two officers were abducted in the ensuing clash") is its too.
            about = classification if reason == "reference to a known event" else None
            fold_follow_up(state.mentions, sentence, casualties, ClaimInfo(), about)
        if reason is not None and reason != "witness account":
            if _CLAIM_OF_REPORTED_EVENT.search(text) and _has_claim_news(claims):
                # "No group has claimed the bombing, but police blamed X, which has ... for years": the
                # history is background, the claim is news of the event already reported.
                fold_follow_up(state.mentions, sentence, Casualties(), claims)
            return
        continuing = continues_previous(
            sentence, trigger, classification, date, places, claims, roles, state.mentions, state.places_seen
        )
        if continuing:
            fold_follow_up(state.mentions, sentence, casualties, claims, classification)
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
        set_participants(mention, sentence, trigger, roles, actors, classification, self.config.channels)
        if attack := burns_in_the_same_attack(classification, state.mentions, roles, text, date):
            take_the_attacks_tactic(mention, attack)
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
        mention.date = date if date.text else state.unclaimed_date
        mention.casualties = casualties
        mention.provenance["fatalities"] = "rule:casualty-patterns"
        mention.claim = claims
        secondary = tells_backstory(trigger) or _is_follow_up_arrest(classification, state)
        mention.confidence = _confidence(classification, mention, state.sentence_count, secondary)
        state.mentions.append(mention)
        state.unclaimed_date = DateExpression()


def _without_dateline(sentence: SpacySpan, state: _DocumentState) -> SpacySpan:
    """ "KIRKUK, Iraq, Nov 16 (Reuters) — Gunmen ...": the dateline says where and when the story was filed, so
    its place only sets the scene and its date is the report's, never the event's."""
    match = _DATELINE.match(sentence.text)
    if match is None:
        return sentence
    state.places_seen.extend(find_places(sentence, []))
    rest = sentence.doc.char_span(sentence.start_char + match.end(), sentence.end_char, alignment_mode="expand")
    return rest if rest is not None and rest.text.strip() else sentence


def _first_headline(sentences: list[SpacySpan], title_end: int) -> list[SpacySpan]:
    """The headline's own sentences, or failing a title block, its first repetition in the body."""
    own = [s for s in sentences if s.start_char < title_end]
    return own or sentences[:1]


def _institution_names(sentence: SpacySpan) -> list[str]:
    """ "The Organisation for the Prohibition of Chemical Weapons said ...": an institution's name is no event."""
    return [ent.text for ent in entities_in(sentence) if ent.label_ == "ORG" and _INSTITUTION_NAME.search(ent.text)]


def _has_claim_news(claims: ClaimInfo) -> bool:
    return claims.claimed is not None or claims.blamed_on is not None or claims.claim_channel is not None


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _repeats_title(sentence: str, headline: str | None) -> bool:
    """Saved pages often repeat the headline (with a date) as the body's first line: it is not a new event.
    `headline` is the title's words as `_words_of` gives them, None for a missing or very short title."""
    if headline is None:
        return False
    return f" {headline} " in f" {_words_of(sentence)} " and len(sentence) < len(headline) + 60


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
        tokens = [
            t
            for t in clause.subtree
            if sentence.start <= t.i < sentence.end and not (t.dep_ == "mark" and t.head.i == clause.i)
        ]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return Span(start, end)
    text = sentence.text.rstrip()
    trimmed = _TRAILING_ATTRIBUTION.sub("", text)
    if trigger.idx >= sentence.start_char + len(trimmed):
        trimmed = text
    return Span(sentence.start_char, sentence.start_char + len(trimmed))


def _recent_places(state: _DocumentState) -> list[PlaceMention]:
    if state.mentions and state.mentions[-1].places:
        return list(state.mentions[-1].places)
    return list(state.places_seen[:3])


# What an event told around another (its reason, lead-up, answer, aside, or the arrests that followed it)
# gives up: the report is about the other one.
SECONDARY_EVENT_PENALTY = 0.2


_TIME_WORDS = frozenset({"after", "following", "since", "before", "as", "when", "while"})


def _names_the_time(trigger: Token) -> bool:
    """The event word is itself the time of the sentence's news: "after the explosion", "as the clashes grew"; not
    a word deeper in a clause about something else ("when they took the field in the bloodiest clash yet")."""
    if trigger.dep_ == "pobj":
        return trigger.head.lower_ in _TIME_WORDS
    subject = trigger.dep_ in {"nsubj", "nsubjpass"}
    return subject and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_WORDS for c in trigger.head.children)


_FIGHTING_TYPES = frozenset({"Battles", "Violence against civilians"})


def _is_follow_up_arrest(classification: Classification, state: _DocumentState) -> bool:
    """ "Police later arrested the gunman", "the police seized a pistol": an arrest, or weapons seized, told after
    the report's shooting or fight is its follow-up."""
    if classification.sub_event_type == "Arrests":
        return bool(state.mentions)
    seized = classification.sub_event_type == "Disrupted weapons use"
    return seized and any(m.event_type in _FIGHTING_TYPES for m in state.mentions)


def _confidence(
    classification: Classification, mention: EventMention, sentence_number: int, secondary: bool = False
) -> float:
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
    score = min(score, 0.99)
    if secondary:
        score -= SECONDARY_EVENT_PENALTY
    return round(max(0.0, score), 3)
