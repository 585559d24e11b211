"""Who acted and who was hit: actor names found by the lexicon, given roles by the dependency parse."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventlens.extract.dates import REPORTING_LEMMAS

_PATIENT_PREPOSITIONS = frozenset({"against", "on", "at", "upon", "targeting", "with", "toward", "towards", "into"})
_LIFT_DEPS = frozenset({"compound", "amod", "appos", "nmod", "nummod", "det", "poss", "case", "conj", "punct"})
# People whose role makes them civilians to ACLED; "members" and "leaders" are left out: "PMF members" fight.
_CIVILIAN_ROLE_WORDS = frozenset(
    "employee employees operator developer citizen citizens staff official officials businessman businessmen merchant "
    "merchants vendor vendors patients pilgrims lawyer lawyers elder elders headman priest priests imam pastor mayor "
    "councillor councilor candidate politician inhabitants youths villager dealer owner owners landowner teenager "
    "teenagers baby infant engineer engineers caretaker caretakers contractor contractors labourer labourers "
    "laborer laborers".split()
)
CIVILIAN_NOUNS = _CIVILIAN_ROLE_WORDS | frozenset(
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
# People of a party or movement who are no fighters: ACLED codes an attack on a party's leader or activist as
# violence against civilians. Only for political groups: "an IS leader was killed" is a fighter.
_POLITICAL_PERSON_WORDS = frozenset(
    "leader leaders activist activists supporter supporters cadre cadres member members worker workers".split()
)
# "the terrorist group", "the jihadists": a reference back to the last armed group the report named.
_ANAPHORA = re.compile(
    r"\b(?:the|this|that)\s+(?:terror\w*|militant|jihadist|extremist|armed|insurgent|rebel|islamist)\s+"
    r"(?:group|organi[sz]ation|movement|faction)\b|\b(?:the|its|their)\s+(?:remaining\s+|same\s+)?(?:jihadists|"
    r"extremists|insurgents|terrorists|militants|cells|group|remnants)\b",
    re.I,
)


@dataclass(frozen=True)
class ActorSpan:
    start: int  # token index in the doc
    end: int
    text: str
    category: str
    role: str | None  # "agent", "patient" or None
    # An armed side's person hit as a civilian (an official, an off-duty soldier): category reads "civilians".
    unarmed: bool = False


@dataclass
class ActorMemory:
    """The last armed group a document named, for "the terrorist group" further on."""

    last_armed_group: str | None = None
    last_armed_category: str | None = None


@dataclass
class RoleAssignment:
    agents: list[ActorSpan] = field(default_factory=list)
    patients: list[ActorSpan] = field(default_factory=list)
    civilian_victims: bool = False
    armed_victims: bool = False


# Finds actor names in a text, given the report's country when known: (start, end, ACLED category) with
# character offsets. The pipeline passes
# the actor dictionary's finder, so extraction and resolution read names the same way.
ActorFinder = Callable[[str, str | None], list[tuple[int, int, str]]]


def _phrase_head(token: Token) -> Token:
    """Climbs from a name to the head of the noun phrase it modifies ("SDF" in "four SDF fighters" to
    "fighters"; "SDF" in "vehicles of the SDF" to "vehicles")."""
    for _ in range(8):
        if token.dep_ in _LIFT_DEPS and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "PROPN"}:
            token = token.head.head
        elif token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "PROPN":
            # Inside a group's own name: "the Group for the Support of Islam and Muslims (JNIM)".
            token = token.head.head
        else:
            break
    return token


def _plants_the_weapon(token: Token) -> bool:
    """ "A Taliban-planted bomb", "an IS-laid mine": the name joined by a hyphen to these participles put the
    weapon there, however the parser attached it."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    return len(following) == 2 and following[0].text == "-" and following[1].lower_ in _PLANTING_PARTICIPLES


def _role_of_name(token: Token) -> str | None:
    """ "Between X and Y": Y, a conjunct of the first party, is the other side, not an ally of X."""
    if _plants_the_weapon(token):
        return "agent"
    conjunct_of = token
    while conjunct_of.dep_ in {"compound", "amod", "nummod", "det"} and conjunct_of.head.i != conjunct_of.i:
        conjunct_of = conjunct_of.head
    if conjunct_of.dep_ == "conj":
        first = conjunct_of.head
        if first.dep_ == "pobj" and first.head.lower_ == "between":
            return "patient"
        if first.dep_ == "nsubj" and _mutual_without_opponent(first.head):
            # "GNA and LNA forces clashed": the second subject is the other side.
            return "patient"
    return _role_of(_phrase_head(token))


# Words "with" follows to name the other side of a fight ("clashes with", "exchanged fire with"), not an ally
# ("aligned with", "along with").
_FIGHT_LEMMAS = frozenset(
    "clash fight fighting battle skirmish exchange fire firefight gunfight shootout shoot-out encounter "
    "confrontation engage".split()
)


def fights_with(actor: ActorSpan, doc: Doc) -> bool:
    """ "Killed in clashes with the army", "after exchanging fire with police": the other side of a fight."""
    head = _phrase_head(doc[actor.end - 1])
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return False
    return head.head.head.lemma_.lower() in _FIGHT_LEMMAS


def defends(actor: ActorSpan, doc: Doc) -> bool:
    """ "The army repulsed their attack": the army defended; the attackers are the other side."""
    head = _phrase_head(doc[actor.end - 1])
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in _DEFENDING_LEMMAS


# Verbs whose plural subject is both sides: "X and Y clashed", "the two clans fought".
_MUTUAL_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "engage"})


def _mutual_without_opponent(verb: Token) -> bool:
    """ "X and Y clashed" names both sides in its subject; "X and Y clashed with Z" fought Z together."""
    if verb.lemma_.lower() not in _MUTUAL_LEMMAS:
        return False
    return not any(t.dep_ == "prep" and t.lower_ in {"with", "against"} for t in verb.children)


def _is_reporting(verb: Token) -> bool:
    return verb.lemma_.lower() in REPORTING_LEMMAS or verb.lower_ == "according"


_DESCRIBING_LEMMAS = frozenset(
    "hold control run own back support lead found name describe govern administer dominate besiege surround "
    "encircle occupy call know".split()
)
# Nouns of violence whose "by" names who did it: "an attack by IS", "air strikes by Turkish jets".
_ACT_NOUN_LEMMAS = frozenset(
    "attack assault ambush raid strike airstrike shelling bombardment bombing operation offensive fire gunfire "
    "shooting killing abduction kidnapping crackdown incursion assassination massacre explosion blast "
    "infiltration advance".split()
)
# "A Taliban-planted bomb", "an IS-laid mine": the name before these participles put the weapon there.
_PLANTING_PARTICIPLES = frozenset({"planted", "laid", "placed", "fired", "launched", "detonated", "triggered"})
# Their subjects defend, their objects attacked: "the army repelled a Taliban attack" is the Taliban's attack.
_DEFENDING_LEMMAS = frozenset({"repel", "repulse", "thwart", "foil", "rebuff", "fend", "resist"})
# "In coalition with", "along with": the name after "with" fought on the same side.
_ALLIANCE_WORDS = frozenset(
    "coalition alliance cooperation coordination conjunction collaboration partnership together along jointly "
    "concert allied aligned".split()
)
# Their subjects are what happened to, not who acted: "two civilians died".
_UNDERGOING_LEMMAS = frozenset({"die", "perish", "suffer", "sustain", "flee", "succumb", "drown", "disappear"})


def _role_of(head: Token) -> str | None:
    dep = head.dep_
    parent = head.head
    if dep == "nsubj" and parent.lemma_.lower() in _UNDERGOING_LEMMAS | _DEFENDING_LEMMAS:
        return "patient"
    if dep == "nsubj" and _is_reporting(parent) and (act := _own_act(parent)) is not None:
        # "The rebels claimed to have shelled the base": who claims it did it, whatever the reporting verb.
        return "patient" if act.lemma_.lower() in _UNDERGOING_LEMMAS | _DEFENDING_LEMMAS else "agent"
    if dep == "dobj" and parent.lemma_.lower() in _DEFENDING_LEMMAS:
        return "agent"
    if dep in {"nsubj"} and parent.pos_ in {"VERB", "AUX"} and not _is_reporting(parent):
        return "agent"
    if dep == "pobj" and parent.dep_ == "agent":
        # "killed by IS" acts; "held by IS", "backed by Turkey" only describe; "repelled by the army" defends.
        verb = parent.head.lemma_.lower()
        return None if verb in _DESCRIBING_LEMMAS else "patient" if verb in _DEFENDING_LEMMAS else "agent"
    if dep == "poss" and parent.pos_ == "NOUN":
        return "agent"
    if dep == "pobj" and parent.lower_ == "by" and parent.head.lemma_.lower() in _ACT_NOUN_LEMMAS:
        return "agent"
    if dep in {"dobj", "nsubjpass"} and parent.pos_ == "VERB" and not _is_reporting(parent):
        return "patient"
    allied = parent.head.lemma_.lower() in _ALLIANCE_WORDS or any(c.lower_ in _ALLIANCE_WORDS for c in parent.children)
    if dep == "pobj" and parent.lower_ == "with" and allied:
        # "in coalition with X", "together with X": an ally, on the side that acted.
        return "agent"
    if dep == "pobj" and parent.lower_ in _PATIENT_PREPOSITIONS:
        return "patient"
    if dep == "pobj" and parent.lower_ == "between":
        return "agent"
    if dep == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
        return "patient"
    if dep == "dobj" and parent.lower_ in {"targeting", "hitting"}:
        return "patient"
    return None


def _own_act(reporting: Token) -> Token | None:
    """The act a reporting verb's subject says it did itself: "claimed to have fired", "said it had killed" is read
    elsewhere; here only the infinitive that shares the subject."""
    return next(
        (c for c in reporting.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and not _is_reporting(c)), None
    )


def find_actors(sentence: SpacySpan, finder: ActorFinder, country: str | None, memory: ActorMemory) -> list[ActorSpan]:
    doc = sentence.doc
    found = _back_references(sentence, memory)
    for start, end, category in finder(sentence.text, country):
        span = doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is None or any(a.start < span.end and span.start < a.end for a in found):
            continue
        # A long name ("the Group for the Support of Islam and Muslims (JNIM)") may hang from its first word.
        role = _role_of_name(span[-1]) or (_role_of_name(span[0]) if len(span) > 1 else None)
        if role is None and _misread_as_verb(span) and _object_position(span):
            role = "patient"
        found.append(ActorSpan(span.start, span.end, span.text, category, role))
    found.extend(_reported_pronouns(sentence, found))
    found.extend(_conjoined_nations(sentence, found, finder, country))
    national = _national_weapons(sentence, finder, country, found)
    found = [a for a in found if not any(n.start == a.start for n in national)] + national
    found.sort(key=lambda a: a.start)
    found = _between_sides(sentence, found)
    found = _subject_by_position(sentence, found)
    return [a for a in found if not _owned_by_other(a, found, doc)]


# Who can own the arms that struck: states, rebels, militias, foreign forces; not crowds or civilians.
_ARMED_CATEGORIES = frozenset(
    {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_other"}
)
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
    """ "Russian", "Turkish", "regime": not "air" in "air raids" ("air forces" would read as an army)."""
    return token.ent_type_ in {"NORP", "GPE"} or token.lower_ == "regime"


def _national_weapons(
    sentence: SpacySpan, finder: ActorFinder, country: str | None, actors: list[ActorSpan]
) -> list[ActorSpan]:
    """ "Russian air strikes", "Syrian or Russian air raids", "Saudi-led coalition air raids": the nation or
    force whose arms struck acted, wherever the phrase sits ("killed in Russian air raids")."""
    found = []
    for actor in actors:
        tokens = sentence.doc[actor.start : actor.end]
        armed = any(t.lower_ in _WEAPON_NOUNS for t in tokens) or _weapon_of(tokens[-1]) is not None
        if actor.role is None and actor.category in _ARMED_CATEGORIES and armed:
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
            verb = _phrase_head(last).head
            role = "patient" if actor.role == "agent" and _mutual_without_opponent(verb) else actor.role
            found.append(ActorSpan(other.i, other.i + 1, forces, "state_forces", role))
    return found


def _reported_pronouns(sentence: SpacySpan, actors: list[ActorSpan]) -> list[ActorSpan]:
    """ "The army said it had defused two bombs": "it" is the army that speaks."""
    found = []
    for token in sentence:
        if token.lower_ not in {"it", "they"} or token.dep_ != "nsubj":
            continue
        clause = token.head
        if clause.dep_ != "ccomp" or not _is_reporting(clause.head):
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
# Participles that make the noun before them a victim in a headline ("two soldiers wounded").
_HARM_LEMMAS = frozenset(
    "kill wound injure hurt abduct kidnap arrest detain shoot hit capture attack target beat execute".split()
)


def _harmed_by_participle(head: Token) -> bool:
    """ "Two soldiers wounded near Kismayo": a headline's noun with a participle of harm is its victim."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (
        following is not None
        and following.dep_ == "acl"
        and following.head.i == head.i
        and following.tag_ == "VBN"
        and following.lemma_.lower() in _HARM_LEMMAS
    )


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
        head = _phrase_head(doc[actor.end - 1])
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
    return before.pos_ == "VERB" and before.tag_ != "VBG" and not _is_reporting(before)


def _back_references(sentence: SpacySpan, memory: ActorMemory) -> list[ActorSpan]:
    """ "The cells", "the terrorist group": the last armed group the report named as a perpetrator."""
    if memory.last_armed_group is None:
        return []
    found = []
    for match in _ANAPHORA.finditer(sentence.text):
        span = sentence.doc.char_span(
            sentence.start_char + match.start(), sentence.start_char + match.end(), alignment_mode="expand"
        )
        if span is None:
            continue
        category = memory.last_armed_category or "rebel_group"
        found.append(
            ActorSpan(span.start, span.end, memory.last_armed_group, category, _role_of(_phrase_head(span[-1])))
        )
    return found


def _owned_by_other(actor: ActorSpan, actors: list[ActorSpan], doc: Doc) -> bool:
    """ "The SDF's security forces": the forces are the SDF's, not a second actor."""
    owners = [c for c in doc[actor.end - 1].children if c.dep_ == "poss"]
    return any(other is not actor and other.start <= owner.i < other.end for owner in owners for other in actors)


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
    head = _phrase_head(doc[actor.end - 1])
    # The person word after the name ("a local leader of the party") or closing it ("party workers").
    word = doc[actor.end - 1].lower_ if actor.start <= head.i < actor.end else head.lower_
    if word in _CIVILIAN_ROLE_WORDS:
        return True
    if word in _POLITICAL_PERSON_WORDS and actor.category == "political_militia":
        return True
    return off_duty and actor.category == "state_forces"


def _as_civilian(actor: ActorSpan, doc: Doc) -> ActorSpan:
    return ActorSpan(actor.start, actor.end, actor.text, "civilians", actor.role, unarmed=True)


def assign_roles(sentence: SpacySpan, actors: list[ActorSpan]) -> RoleAssignment:
    roles = RoleAssignment()
    doc = sentence.doc
    umbrellas = [a for a in actors if a.category in _ARMED_CATEGORIES and _operates_under(a, doc)]
    if any(a.role == "agent" for a in actors):
        # The umbrella acts through those under it: it comes first among who acted.
        roles.agents.extend(ActorSpan(a.start, a.end, a.text, a.category, "agent") for a in umbrellas)
    off_duty = _OFF_DUTY.search(sentence.text) is not None
    for actor in actors:
        if actor in umbrellas:
            continue
        if actor.role == "agent":
            roles.agents.append(actor)
        elif actor.role == "patient":
            roles.patients.append(_as_civilian(actor, doc) if _unarmed_victim(actor, doc, off_duty) else actor)
    for token in sentence:
        if token.lower_ in CIVILIAN_NOUNS and _hit(token, sentence):
            roles.civilian_victims = True
        elif _armed_person(token) and _hit(token, sentence):
            roles.armed_victims = True
    if off_duty:
        # ACLED: a soldier or police officer attacked off duty, at home, unarmed, is a civilian victim.
        roles.civilian_victims = True
        roles.armed_victims = False
    return roles


# "Militia members", "gang members": members of an armed group are fighters.
_ARMED_GROUP_WORDS = frozenset("militia militias gang gangs army police security rebel armed".split())


def _armed_person(token: Token) -> bool:
    if token.lower_ in ARMED_PERSON_NOUNS:
        return True
    return token.lower_ in {"member", "members"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _ARMED_GROUP_WORDS for c in token.children
    )


_HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim"})
_COUNT_WORDS = frozenset({"at", "least", "more", "than", "over", "about", "around", "nearly", "some", "another"})


def _object_of_a_harm_verb_by_position(token: Token, sentence: SpacySpan) -> bool:
    """ "..., killing at least six people, volunteers said": the parser may hang the people on the attribution;
    the words right after "killing" are its object all the same."""
    i = token.i - 1
    while i >= sentence.start and (sentence.doc[i].like_num or sentence.doc[i].lower_ in _COUNT_WORDS):
        i -= 1
    return i >= sentence.start and sentence.doc[i].lemma_.lower() in _HARM_LEMMAS


def _hit(token: Token, sentence: SpacySpan) -> bool:
    """The person word names someone the sentence's violence hit: its object, or the subject of a passive ("a man
    was beaten"), however the parser attached it."""
    if token.dep_ in {"dobj", "nsubjpass", "pobj", "nsubj", "conj"}:
        head = _phrase_head(token)
        # "Rebels were reported to have beaten residents": the subject of a passive reporting verb acted.
        if _role_of(head) == "patient" or (token.dep_ == "nsubjpass" and not _is_reporting(token.head)):
            return True
    if _object_of_a_harm_verb_by_position(token, sentence):
        return True
    following = sentence.doc[token.i + 1] if token.i + 1 < sentence.end else None
    return following is not None and following.dep_ == "auxpass" and not _is_reporting(following.head)


def remember(memory: ActorMemory, actors: list[ActorSpan]) -> None:
    for actor in actors:
        if actor.category in {"rebel_group", "political_militia", "identity_militia"}:
            memory.last_armed_group = actor.text
            memory.last_armed_category = actor.category
