"""Finding the actors a sentence names: names from the lexicon, pronouns, nations behind weapons, and
the roles the parse or the sentence's order gives them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventlens.extract.entities import entities_in
from eventlens.extract.participants.grammar import (
    ACT_NOUN_LEMMAS,
    HARM_LEMMAS,
    is_reporting,
    mutual_without_opponent,
    phrase_head,
    role_of_name,
)
from eventlens.extract.participants.memory import ActorMemory, back_references
from eventlens.extract.participants.model import ARMED_CATEGORIES, ActorFinder, ActorSpan


def find_actors(sentence: SpacySpan, finder: ActorFinder, country: str | None, memory: ActorMemory) -> list[ActorSpan]:
    doc = sentence.doc
    found = back_references(sentence, memory)
    for start, end, category in finder(sentence.text, country):
        span = doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is None or any(a.start < span.end and span.start < a.end for a in found):
            continue
        # A long name ("the Group for the Support of Islam and Muslims (JNIM)") may hang from its first word.
        role = role_of_name(span[-1]) or (role_of_name(span[0]) if len(span) > 1 else None)
        if role is None and _misread_as_verb(span) and _object_position(span):
            role = "patient"
        found.append(ActorSpan(span.start, span.end, span.text, category, role))
    found.extend(_reported_pronouns(sentence, found))
    found.extend(_conjoined_nations(sentence, found, finder, country))
    found.extend(_striking_nations(sentence, found, finder, country))
    national = _national_weapons(sentence, finder, country, found)
    found = [a for a in found if not any(n.start == a.start for n in national)] + national
    found.sort(key=lambda a: a.start)
    found = _between_sides(sentence, found)
    found = _subject_by_position(sentence, found)
    return [a for a in found if not _owned_by_other(a, found, doc)]


_WEAPON_NOUNS = frozenset(
    "strike strikes airstrike airstrikes raid raids warplanes jets aircraft drones drone shelling artillery missiles "
    "missile rockets bombardment bombing helicopters attack attacks bombs shells fire".split()
)


def _weapon_of(token: Token) -> Token | None:
    """The weapon noun a word like "Russian" or "regime" qualifies ("Russian air strikes"), if any."""
    if token.dep_ not in {"amod", "compound", "conj"} or token.tag_ not in {"JJ", "NNP", "NN"}:
        return None
    head = token.head
    while head.dep_ in {"compound", "conj", "amod"} and head.head.i != head.i and head.lower_ not in _WEAPON_NOUNS:
        head = head.head
    return head if head.lower_ in _WEAPON_NOUNS else None


def _may_name_a_nation(token: Token) -> bool:
    """ "Russian", "Turkish", "regime", "government": not "air" in "air raids" ("air forces" would read as an
    army), nor "government" in "anti-government"."""
    if token.lower_ in {"regime", "government"}:
        return token.i == 0 or token.nbor(-1).text != "-"
    return token.ent_type_ in {"NORP", "GPE"}


def _national_weapons(
    sentence: SpacySpan, finder: ActorFinder, country: str | None, actors: list[ActorSpan]
) -> list[ActorSpan]:
    """ "Russian air strikes", "Syrian or Russian air raids", "Saudi-led coalition air raids": the nation or
    force whose arms struck acted, wherever the phrase sits ("killed in Russian air raids")."""
    found = []
    for actor in actors:
        tokens = sentence.doc[actor.start : actor.end]
        armed = any(t.lower_ in _WEAPON_NOUNS for t in tokens) or _weapon_of(tokens[-1]) is not None
        if actor.role is None and actor.category in ARMED_CATEGORIES and armed:
            found.append(ActorSpan(actor.start, actor.end, actor.text, actor.category, "agent"))
    taken = {i for a in actors for i in range(a.start, a.end)}
    for token in sentence:
        if token.i in taken or _weapon_of(token) is None or not _may_name_a_nation(token):
            continue
        forces = f"{token.text} forces"
        matches = finder(forces, country)
        if matches and matches[0][2] == "state_forces":
            found.append(ActorSpan(token.i, token.i + 1, forces, "state_forces", "agent"))
    return found


# Verbs of armed violence whose subject (or "by" agent) is who struck: a country named there means its forces.
_STRIKING_LEMMAS = frozenset(
    "strike bomb shell bombard pound raid attack target hit kill launch conduct carry fire".split()
)


def _striking_nations(
    sentence: SpacySpan, actors: list[ActorSpan], finder: ActorFinder, country: str | None
) -> list[ActorSpan]:
    """ "Air strikes by Turkey", "raids carried out by the United States", "Russia bombed the town": a country
    that strikes is its armed forces (ACLED codes the state's military), not a place."""
    taken = {i for a in actors for i in range(a.start, a.end)}
    found = []
    for entity in entities_in(sentence):
        if entity.label_ != "GPE" or any(t.i in taken for t in entity):
            continue
        if role_of_name(entity[-1]) != "agent" or not _violent_act_of(phrase_head(entity[-1])):
            continue
        forces = f"{entity.text} forces"
        matches = finder(forces, country)
        if matches and matches[0][2] == "state_forces":
            found.append(ActorSpan(entity.start, entity.end, forces, "state_forces", "agent"))
    return found


def _violent_act_of(head: Token) -> bool:
    """Whether the phrase acts in an armed act: subject of a striking verb, or the "by" of one or of an attack
    noun ("strikes by Turkey", "raids carried out by the United States")."""
    governor = head.head.head if head.dep_ == "pobj" else head.head
    words = {governor.lemma_.lower(), governor.head.lemma_.lower()} if governor.dep_ == "acl" else set()
    words.add(governor.lemma_.lower())
    words.update(c.lemma_.lower() for c in governor.children if c.dep_ == "dobj")
    return bool(words & (_STRIKING_LEMMAS | ACT_NOUN_LEMMAS))


def _conjoined_nations(
    sentence: SpacySpan, actors: list[ActorSpan], finder: ActorFinder, country: str | None
) -> list[ActorSpan]:
    """ "Forces of India and Pakistan exchanged fire": the second country names a second army, the other side of a
    fight its verb makes mutual, an ally of the first otherwise."""
    doc = sentence.doc
    taken = {i for a in actors for i in range(a.start, a.end)}
    found = []
    for actor in actors:
        last = doc[actor.end - 1]
        if actor.category != "state_forces" or last.ent_type_ not in {"GPE", "NORP"}:
            continue
        for other in last.children:
            if other.dep_ != "conj" or other.i in taken or other.ent_type_ not in {"GPE", "NORP"}:
                continue
            forces = f"{other.text} forces"
            matches = finder(forces, country)
            if not matches or matches[0][2] != "state_forces":
                continue
            verb = phrase_head(last).head
            role = "patient" if actor.role == "agent" and mutual_without_opponent(verb) else actor.role
            found.append(ActorSpan(other.i, other.i + 1, forces, "state_forces", role))
    return found


def _reported_pronouns(sentence: SpacySpan, actors: list[ActorSpan]) -> list[ActorSpan]:
    """ "The army said it had defused two bombs": "it" is the army that speaks."""
    found = []
    for token in sentence:
        if token.lower_ not in {"it", "they"} or token.dep_ != "nsubj":
            continue
        clause = token.head
        if clause.dep_ != "ccomp" or not is_reporting(clause.head):
            continue
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
        for speaker in speakers:
            span = {t.i for t in speaker.subtree}
            owner = next((a for a in actors if a.start in span), None)
            if owner is not None:
                found.append(ActorSpan(token.i, token.i + 1, owner.text, owner.category, "agent"))
    return found


_BETWEEN = re.compile(r"\bbetween\s+(?P<first>.+?)\s+and\s+(?P<second>.+?)(?=[,;.]|\s+(?:in|near|at|on)\s|$)", re.I)


def _between_sides(sentence: SpacySpan, actors: list[ActorSpan]) -> list[ActorSpan]:
    """ "Clashes between X and Y": X and Y are the two sides, whatever the parse made of the phrase."""
    match = _BETWEEN.search(sentence.text)
    if match is None:
        return actors
    doc = sentence.doc
    first = (sentence.start_char + match.start("first"), sentence.start_char + match.end("first"))
    second = (sentence.start_char + match.start("second"), sentence.start_char + match.end("second"))
    sided = []
    for actor in actors:
        start = doc[actor.start].idx
        role = "agent" if first[0] <= start < first[1] else "patient" if second[0] <= start < second[1] else actor.role
        sided.append(ActorSpan(actor.start, actor.end, actor.text, actor.category, role))
    return sided


# Where the parser leaves a sentence's subject when it misreads the verb ("the military forces engaged in a
# firefight": "forces" as the root, "engaged" as its modifier; "a gendarme shot ...": "shot" as a noun), or
# inside the name itself ("IS militants planted": "IS" read as the verb "is", "militants" its attribute).
_STRANDED_DEPS = frozenset({"ROOT", "appos", "dep", "npadvmod", "nmod"})


def _harmed_by_participle(head: Token) -> bool:
    """ "Two soldiers wounded near Kismayo", "Medics among 31 dead": a headline's noun with a participle of harm,
    or counted among the dead, is its victim."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is not None and following.lower_ == "among" and following.head.i == head.i:
        return any(t.lower_ in _TOLL_WORDS for t in following.subtree)
    return (
        following is not None
        and following.dep_ == "acl"
        and following.head.i == head.i
        and following.tag_ == "VBN"
        and following.lemma_.lower() in HARM_LEMMAS
    )


_TOLL_WORDS = frozenset({"dead", "killed", "victims", "casualties", "wounded", "injured", "fatalities"})


def _subject_by_position(sentence: SpacySpan, actors: list[ActorSpan]) -> list[ActorSpan]:
    """A sentence whose parse gives nobody the act: the first name before any victim and before the sentence's
    head word, stranded where the parser left a misread subject, is who acted. News puts the actor first."""
    if any(a.role == "agent" for a in actors):
        return actors
    doc = sentence.doc
    verb = _main_verb(sentence)
    if any(child.dep_ == "auxpass" for child in verb.children):
        # "..., a police officer was attacked": the name before a passive verb is who it befell.
        return actors
    for index, actor in enumerate(actors):
        if actor.role == "patient":
            break
        head = phrase_head(doc[actor.end - 1])
        # The name itself may hang loose ("..., Karen State, Myanmar troops clashed": troops as an apposition of
        # the place), however far up its phrase climbs.
        own = doc[actor.end - 1]
        stranded = head.dep_ in _STRANDED_DEPS or own.dep_ in _STRANDED_DEPS or actor.start <= head.head.i < actor.end
        before_the_verb = actor.start <= verb.i
        if actor.role is None and stranded and before_the_verb and not _harmed_by_participle(head):
            subject = ActorSpan(actor.start, actor.end, actor.text, actor.category, "agent")
            return [*actors[:index], subject, *actors[index + 1 :]]
    return actors


# Tags of a verb that carries a clause's tense: "clashed", "attacks", "fire".
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _main_verb(sentence: SpacySpan) -> Token:
    """The sentence's head verb. A long opening of dates and places ("On 7 May, near X village, Y district, troops
    clashed with...") can leave the parser rooting the sentence on a preposition: then the first verb that carries
    a tense is the one the sentence is about."""
    root = sentence.root
    if root.pos_ in {"VERB", "AUX"}:
        return root
    return next((t for t in sentence if t.pos_ == "VERB" and t.tag_ in _FINITE_TAGS), root)


def _misread_as_verb(span: SpacySpan) -> bool:
    """ "IS militants" read as the verb "is" and its attribute: the parse says nothing of the name's role."""
    return any(t.pos_ in {"AUX", "VERB"} for t in span)


def _object_position(span: SpacySpan) -> bool:
    """Right after a verb of action, past a number or article ("killed 3 IS militants", "attacked IS fighters"):
    the name is the verb's object, whatever the parser made of it."""
    doc = span.doc
    index = span.start - 1
    while index >= 0 and (doc[index].like_num or doc[index].pos_ in {"DET", "NUM"}):
        index -= 1
    if index < 0:
        return False
    before = doc[index]
    return before.pos_ == "VERB" and before.tag_ != "VBG" and not is_reporting(before)


def _owned_by_other(actor: ActorSpan, actors: list[ActorSpan], doc: Doc) -> bool:
    """ "The SDF's security forces": the forces are the SDF's, not a second actor."""
    owners = [c for c in doc[actor.end - 1].children if c.dep_ == "poss"]
    return any(other is not actor and other.start <= owner.i < other.end for owner in owners for other in actors)
