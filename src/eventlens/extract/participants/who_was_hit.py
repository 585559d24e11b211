"""Who was hit: the roles a sentence's actors end with, civilians and armed people among its victims, and
the armed side's people ACLED counts as civilians."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventlens.extract.participants.grammar import HARM_LEMMAS, is_reporting, phrase_head, role_of
from eventlens.extract.participants.model import ARMED_CATEGORIES, ActorSpan, RoleAssignment

# People whose role makes them civilians to ACLED; "members" and "leaders" are left out: "PMF members" fight.
_CIVILIAN_ROLE_WORDS = frozenset(
    "employee employees operator developer citizen citizens staff official officials businessman businessmen merchant "
    "merchants vendor vendors patients pilgrims lawyer lawyers elder elders headman priest priests imam pastor mayor "
    "councillor councilor candidate politician inhabitants youths villager dealer owner owners landowner teenager "
    "teenagers baby infant engineer engineers caretaker caretakers contractor contractors labourer labourers "
    "laborer laborers family families wives widows".split()
)

CIVILIAN_NOUNS = (
    _CIVILIAN_ROLE_WORDS
    | frozenset(
        [
            "civilian",
            "civilians",
            "resident",
            "residents",
            "villager",
            "villagers",
            "farmer",
            "farmers",
            "man",
            "men",
            "woman",
            "women",
            "child",
            "children",
            "boy",
            "boys",
            "girl",
            "girls",
            "worshipper",
            "worshippers",
            "student",
            "students",
            "teacher",
            "teachers",
            "journalist",
            "journalists",
            "family",
            "families",
            "passenger",
            "passengers",
            "shepherd",
            "shepherds",
            "trader",
            "traders",
            "shopkeeper",
            "shopkeepers",
            "businessman",
            "doctor",
            "doctors",
            "nurse",
            "nurses",
            "people",
            "person",
            "persons",
            "displaced",
            "refugee",
            "refugees",
            "pupil",
            "pupils",
            "herder",
            "herders",
            "miner",
            "miners",
            "fisherman",
            "fishermen",
            "driver",
            "drivers",
            "pilgrim",
            "pilgrims",
            "worker",
            "workers",
            "activist",
            "activists",
            "mourners",
            "guests",
            "wedding",
            "market",
        ]
    )
    | frozenset(
        # Kin hit alongside someone ("a former officer and his son were shot") and people held or at work, not
        # fighting (a detainee, a prisoner, an office's manager): ACLED's civilians. "Brothers" is left out: news
        # names suspects seized or killed together by it ("two brothers wanted for the bombing").
        "son sons daughter daughters wife husband sister sisters mother father nephew relatives "
        "manager managers detainee detainees prisoner".split()
    )
)

# People who bear arms for a side: one of them attacked makes a battle, not violence against civilians (ACLED),
# even when no group's name says whose they are ("a policeman was shot", "two soldiers were kidnapped").
ARMED_PERSON_NOUNS = frozenset(
    "soldier soldiers policeman policemen policewoman officer officers troops trooper troopers ranger rangers "
    "militant militants fighter fighters rebel rebels insurgent insurgents gunman gunmen militiaman militiamen "
    "serviceman servicemen personnel commander commanders cop cops gendarme gendarmes guardsman guardsmen "
    "jihadist jihadists terrorist terrorists conscript conscripts sergeant lieutenant paramilitaries".split()
)

_OFF_DUTY = re.compile(
    r"\boff[- ]duty\b|\bunarmed\b|\b(?:at|in front of|outside|in) (?:his|her|their) (?:home|house|office|shop)\b",
    re.I,
)

# People of a party or movement who are no fighters: ACLED codes an attack on a party's leader or cadre as
# violence against civilians. Only for political groups: "an IS leader was killed" is a fighter. (Activists and
# supporters of any side are `_BACKER_WORDS`.)
_POLITICAL_PERSON_WORDS = frozenset("leader leaders cadre cadres member members worker workers".split())

# Who backs a side without bearing its arms, whatever the side: "supporters of the opposition", "a pro-government
# activist" are civilians when attacked (ACLED).
_BACKER_WORDS = frozenset(
    "activist activists supporter supporters sympathiser sympathisers sympathizer sympathizers".split()
)

# Nouns after "under" that make the next name an umbrella: "under the banner of the SDF".
_UMBRELLA_NOUNS = frozenset({"banner", "umbrella", "flag"})


def _operates_under(actor: ActorSpan, doc: Doc) -> bool:
    """ "Rebels operating under Operation Peace Spring shelled…", "troops under the banner of the coalition": the
    forces act for a named umbrella (an operation, a coalition), which ACLED names as the actor. "Villages under
    the control of X" is not one: the name must head the phrase after "under" (or follow "banner")."""
    token = doc[actor.end - 1]
    while token.dep_ in {"compound", "amod", "det"} and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _UMBRELLA_NOUNS:
        token = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        under = token.head
    elif actor.start > 0 and doc[actor.start - 1].lower_ == "under" and doc[actor.start - 1].dep_ == "prep":
        under = doc[actor.start - 1]  # "rebels under OPS looted": the parser may leave the name loose
    else:
        return False
    attached_to = under.head
    return attached_to.pos_ in {"VERB", "AUX"} or attached_to.dep_ in {"nsubj", "conj", "appos"}


def _unarmed_victim(actor: ActorSpan, doc: Doc, off_duty: bool) -> bool:
    """An armed group's or a state's person attacked as a civilian: an official, an employee, a party's leader or
    activist ("a government employee was shot", "a local leader of the ruling party was stabbed"), or a soldier or
    police officer attacked off duty, at home, unarmed (ACLED's civilians)."""
    if actor.category == "civilians":
        return False
    head = phrase_head(doc[actor.end - 1])
    # The person word after the name ("a local leader of the party") or closing it ("party workers").
    word = doc[actor.end - 1].lower_ if actor.start <= head.i < actor.end else head.lower_
    if word in _CIVILIAN_ROLE_WORDS or word in _BACKER_WORDS or head.lower_ in _BACKER_WORDS:
        # The backers may open the name itself: "supporters of the SPLM-IO".
        return True
    if word in _POLITICAL_PERSON_WORDS and actor.category == "political_militia":
        return True
    return off_duty and actor.category == "state_forces"


def _as_civilian(actor: ActorSpan, doc: Doc) -> ActorSpan:
    return ActorSpan(actor.start, actor.end, actor.text, "civilians", actor.role, unarmed=True)


_MOTIVE_LEMMAS = frozenset({"revenge", "retaliation", "reprisal", "vengeance"})


def _told_as_the_motive(sentence: SpacySpan) -> set[int]:
    """ "Soldiers killed twelve herders in revenge for an attack on a soldier": the people of the earlier attack,
    named as the motive, were not hit in this one. Token indices of the motive's phrase, with its "for ..." however
    the parser attached it."""
    motive: set[int] = set()
    for word in sentence:
        if word.lemma_.lower() not in _MOTIVE_LEMMAS:
            continue
        motive.update(t.i for t in word.subtree)
        following = word.doc[word.i + 1] if word.i + 1 < sentence.end else None
        if following is not None and following.lower_ in {"for", "of"}:
            motive.update(t.i for t in following.subtree)
    return motive


def assign_roles(sentence: SpacySpan, actors: list[ActorSpan]) -> RoleAssignment:
    roles = RoleAssignment()
    doc = sentence.doc
    umbrellas = [a for a in actors if a.category in ARMED_CATEGORIES and _operates_under(a, doc)]
    if any(a.role == "agent" for a in actors):
        # The umbrella acts through those under it: it comes first among who acted.
        roles.agents.extend(ActorSpan(a.start, a.end, a.text, a.category, "agent") for a in umbrellas)
    off_duty = _OFF_DUTY.search(sentence.text) is not None
    motive = _told_as_the_motive(sentence)
    for actor in actors:
        if actor in umbrellas:
            continue
        if actor.role == "agent":
            roles.agents.append(actor)
        elif actor.role == "patient" and actor.start not in motive:
            roles.patients.append(_as_civilian(actor, doc) if _unarmed_victim(actor, doc, off_duty) else actor)
    named = {i for a in actors for i in range(a.start, a.end)}
    for token in sentence:
        if token.i in motive:
            continue
        if _armed_person(token) and _hit(token, sentence):
            roles.armed_victims = True
        elif (token.lower_ in CIVILIAN_NOUNS or _national(token, named)) and _hit(token, sentence):
            roles.civilian_victims = True
    if off_duty:
        # ACLED: a soldier or police officer attacked off duty, at home, unarmed, is a civilian victim.
        roles.civilian_victims = True
        roles.armed_victims = False
    return roles


def _national(token: Token, named: set[int]) -> bool:
    """ "Troops opened fire at a Palestinian", "two Afghans were beaten": a person named only by a nationality is a
    civilian (ACLED). Not a word of an actor's name ("the Houthis", "Palestinian Islamic Jihad"), nor the
    nationality of another noun ("Afghan soldiers")."""
    if token.ent_type_ != "NORP" or token.i in named or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ in {"amod", "compound", "nmod"} or token.lower_.endswith(("ism", "ist", "ists")):
        return False
    # A person counted or set apart ("a Palestinian", "two Afghans", "Syrians"), not a name the parser took for one.
    counted = any(c.dep_ in {"det", "nummod"} for c in token.children)
    return counted or (token.tag_ in {"NNS", "NNPS"} and token.lower_.endswith("s"))


# "Militia members", "gang members": members of an armed group are fighters.
_ARMED_GROUP_WORDS = frozenset(
    "militia militias gang gangs cartel cartels army police security rebel armed escort escorts".split()
)
# Organised crime's own people: ACLED counts a gang's or a cartel's killers and dealers as an armed side, so their
# killing by a rival gang is a clash, not an attack on civilians.
_CRIME_PERSON_NOUNS = frozenset("gangster gangsters hitman hitmen sicario sicarios".split())
_TRADE_OF_A_GANG = frozenset({"drug", "drugs", "narcotics"})


def _armed_person(token: Token) -> bool:
    word = token.lower_
    if word == "police":
        # "Traffic police were shot": the force as people hit, not a word of "police uniforms" or "police station".
        return token.dep_ in {"nsubjpass", "dobj", "pobj", "nsubj"}
    if word in ARMED_PERSON_NOUNS or word in _CRIME_PERSON_NOUNS:
        return True
    if word in {"man", "men", "individuals"}:
        # "One of the armed men was wounded", "police shot two armed men": the men who bore arms, when the parse
        # makes them the ones hit or counted among them.
        plainly_hit = token.dep_ in {"nsubjpass", "dobj"} or (token.dep_ == "pobj" and token.head.lower_ == "of")
        return plainly_hit and any(c.dep_ == "amod" and c.lower_ == "armed" for c in token.children)
    if word in {"dealer", "dealers", "trafficker", "traffickers"}:
        return any(c.lower_ in _TRADE_OF_A_GANG for c in token.children)
    if word not in {"member", "members"}:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in _ARMED_GROUP_WORDS for c in token.children):
        return True
    # "Members of the Los Zetas cartel"
    return any(c.lower_ == "of" and any(g.lower_ in _ARMED_GROUP_WORDS for g in c.subtree) for c in token.children)


_COUNT_WORDS = frozenset({"at", "least", "more", "than", "over", "about", "around", "nearly", "some", "another"})


# Verbs of violence whose object the small parser often misreads ("shot three taxi drivers" with the drivers as a
# subject, "assaulted several shop owners" with "shop" as the object).
_VIOLENCE_LEMMAS = HARM_LEMMAS | frozenset({"shoot", "attack", "assault", "beat", "stab", "torture", "behead"})
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "DET"})


def _object_of_a_harm_verb_by_position(token: Token, sentence: SpacySpan) -> bool:
    """ "..., killing at least six people, volunteers said": the parser may hang the people on the attribution;
    the words right after "killing" are its object all the same. Likewise the person word closing a short noun
    phrase right after a verb of violence ("shot three motor taxi drivers")."""
    i = token.i - 1
    while i >= sentence.start and (sentence.doc[i].like_num or sentence.doc[i].lower_ in _COUNT_WORDS):
        i -= 1
    if i >= sentence.start and sentence.doc[i].lemma_.lower() in HARM_LEMMAS:
        return True
    following = sentence.doc[token.i + 1] if token.i + 1 < sentence.end else None
    if following is not None and following.pos_ in {"NOUN", "PROPN"}:
        return False  # "attacked Citizens Armed Forces personnel": a word inside a longer name is not who was hit
    i = token.i - 1
    while i >= max(sentence.start, token.i - 4) and sentence.doc[i].pos_ in _MODIFIER_POS:
        i -= 1
    verb = sentence.doc[i] if i >= sentence.start else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _VIOLENCE_LEMMAS


def _hit(token: Token, sentence: SpacySpan) -> bool:
    """The person word names someone the sentence's violence hit: its object, or the subject of a passive ("a man
    was beaten"), however the parser attached it."""
    if token.dep_ in {"dobj", "nsubjpass", "pobj", "nsubj", "conj"}:
        head = phrase_head(token)
        # "Rebels were reported to have beaten residents": the subject of a passive reporting verb acted.
        if role_of(head) == "patient" or (token.dep_ == "nsubjpass" and not is_reporting(token.head)):
            return True
    if _object_of_a_harm_verb_by_position(token, sentence):
        return True
    following = sentence.doc[token.i + 1] if token.i + 1 < sentence.end else None
    return following is not None and following.dep_ == "auxpass" and not is_reporting(following.head)
