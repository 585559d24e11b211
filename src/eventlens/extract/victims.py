"""Victims counted from the parse: the people a verb of killing or wounding names, when the text gives no figure.

Reporters often count without digits: "gunmen killed the district governor" (one), "the police chief and a
bodyguard were killed" (two), "both brothers died" (two), "the man died of his wounds" (one). The regular
patterns of `casualties` read figures; this module reads the noun phrases the dependency parse attaches to a
verb (or noun) of killing or wounding and counts their heads: a singular noun or a name is one person, a number
is itself, a plural without a number is an unknown count."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventlens.extract.numbers import parse_count
from eventlens.extract.words import CALENDAR_WORDS
from eventlens.types import Span


class Harm(Enum):
    KILLED = "killed"
    WOUNDED = "wounded"


_KILLING_LEMMAS = frozenset(
    ["kill", "murder", "assassinate", "execute", "behead", "slay", "lynch", "slaughter", "massacre", "decapitate"]
)
_DYING_LEMMAS = frozenset(["die", "perish", "succumb"])
_WOUNDING_LEMMAS = frozenset(["wound", "injure", "hurt", "maim"])
# "the killing of two guards", "the death of a shepherd", "the injuring of five fighters"
_HARM_NOUNS = {
    "killing": Harm.KILLED, "death": Harm.KILLED, "murder": Harm.KILLED, "assassination": Harm.KILLED,
    "execution": Harm.KILLED, "beheading": Harm.KILLED, "martyrdom": Harm.KILLED,
    "injuring": Harm.WOUNDED, "wounding": Harm.WOUNDED, "bodies": Harm.KILLED,
}  # fmt: skip
# Verbs whose attempt or intent is reported, not the act: "tried to kill the governor".
_UNREALISED_HEADS = frozenset(["try", "attempt", "plan", "threaten", "want", "vow", "seek", "fail", "plot", "aim"])
_ONE_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "himself", "herself", "another"])
# Singular nouns that name a group, not one person ("the family", "a number of fighters"), and heads that are no
# person at all ("killing livestock", "killed a short time later").
_GROUP_NOUNS = frozenset(
    "family group number crew unit convoy team staff personnel police militia army battalion patrol squad gang "
    "mob crowd household population community people force forces troops".split()
)
_NOT_PEOPLE = frozenset(
    "livestock cattle cow cows goat goats sheep camel camels animal animals dog dogs donkey donkeys horse horses "
    "poultry chicken chickens time day days hour hours minute minutes week weeks moment night home homes house "
    "houses building buildings vehicle vehicles car cars property properties crops".split()
)
# The attacking side as reports name it: its dead are counted with the victims' (GTD's nkill counts perpetrators
# too, ACLED's fatalities every side), and are never the victims told again.
PERPETRATOR_NOUNS = frozenset(
    "assailant attacker gunman gunmen bomber perpetrator shooter militant insurgent terrorist raider "
    "kidnapper abductor".split()
)
# Heads that stand for everyone counted ("11 people were killed"): a total, never one group among others.
# ("two others", "the other" are more people, counted on top).
_TOTAL_NOUNS = frozenset(["people", "person", "persons", "individual", "individuals", "victim", "victims"])


@dataclass(frozen=True)
class VictimGroup:
    """The people one verb names as killed or wounded. `count` is None for "killed militants" (a number the text
    does not give); `total` marks a head like "people" that may include the other groups of the sentence."""

    harm: Harm
    count: int | None
    total: bool
    span: Span
    noun: str = ""  # the first head's lemma: two groups of one noun are one group told twice

    @property
    def perpetrators(self) -> bool:
        """ "Two attackers were killed": the attack's own side, never the same people as its victims."""
        noun = self.noun.removeprefix("other ")
        return noun in PERPETRATOR_NOUNS or noun.removesuffix("s") in PERPETRATOR_NOUNS  # "Terrorists" in a title


def _harm_of(token: Token) -> Harm | None:
    lemma = token.lemma_.lower()
    if token.pos_ in {"NOUN", "PROPN"}:
        return _HARM_NOUNS.get(token.lower_)
    if token.pos_ not in {"VERB", "AUX"} and token.tag_ not in {"VBN", "VBD", "VBG"}:
        return None
    if lemma in _KILLING_LEMMAS or lemma in _DYING_LEMMAS:
        return Harm.KILLED
    if lemma in _WOUNDING_LEMMAS:
        return Harm.WOUNDED
    children = list(token.children)
    # "shot dead", "found dead", "beaten to death", "gunned down"
    if any(c.lower_ == "dead" for c in children):
        return Harm.KILLED
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in children):
        return Harm.KILLED
    if lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
        return Harm.KILLED
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _victim_heads(word: Token) -> list[Token]:
    """The noun heads the harm word names as its victims."""
    if word.pos_ in {"NOUN", "PROPN"}:
        return [g for p in _children(word, {"prep"}) if p.lower_ == "of" for g in _children(p, {"pobj"})]
    lemma = word.lemma_.lower()
    own_subjects = _children(word, {"nsubj", "nsubjpass"})
    if not own_subjects and word.dep_ == "conj" and _is_passive(word.head) and _children(word.head, {"nsubjpass"}):
        # "The two women were shot and killed": the subject of the first verb.
        return _children(word.head, {"nsubjpass"})
    # "... and killed" after a passive verb, "were found shot dead": passive by the verb they hang on.
    passive = _is_passive(word) or (word.dep_ in {"conj", "xcomp"} and _is_passive(word.head))
    if not own_subjects and (passive or lemma in _DYING_LEMMAS):
        # "The bombers detonated their vests and were killed", "five labourers were bound and then shot
        # and killed": the people are the subject of the clause the verb hangs on.
        return _subject_of_governing_clause(word)
    if lemma in _DYING_LEMMAS or _is_passive(word):
        # The subject nearest the verb: a dateline before it ("In Sinop, Mato Grosso, a man was killed") can
        # be misread as a second subject; an earlier one joined on by "and" is a victim too ("seven soldiers,
        # including two officers, and three attackers were killed").
        return [s for s in own_subjects[:-1] if _joined_by_and(s)] + own_subjects[-1:]
    objects = _children(word, {"dobj"})
    if not objects and word.dep_ == "conj":
        # "Gunmen shot and killed a teacher": the object hangs on the first verb.
        objects = _children(word.head, {"dobj"})
    return objects


# Links from a verb without a subject up to the clause it belongs to: "and were killed" (conj), "before being
# shot" (pcomp under a preposition), "killing them" (advcl).
_CLAUSE_LINKS = frozenset(["conj", "pcomp", "advcl", "prep", "xcomp"])


def _subject_of_governing_clause(word: Token) -> list[Token]:
    token = word
    for _ in range(4):  # a few links at most: further up is another clause's subject
        if token.dep_ not in _CLAUSE_LINKS or token.head is token:
            return []
        token = token.head
        subjects = _children(token, {"nsubj", "nsubjpass"})
        if subjects:
            return subjects[-1:]
    return []


def _joined_by_and(subject: Token) -> bool:
    """A counted group or a name joined on by "and" ("seven soldiers ... and", "Al-Maysari ... and"); a bare
    noun is more often a clause misread ("after their abduction and four others were hurt")."""
    listed = any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children)
    return listed and (subject.pos_ == "PROPN" or bool(_children(subject, {"nummod"})))


def _is_date(token: Token) -> bool:
    return token.ent_type_ in {"DATE", "TIME"} or token.text in CALENDAR_WORDS


def _realised(word: Token) -> bool:
    if any(c.dep_ == "neg" for c in word.children):
        return False
    return not (word.dep_ == "xcomp" and word.head.lemma_.lower() in _UNREALISED_HEADS)


def _persons(head: Token) -> int | None:
    """How many people one noun head stands for; 0 for no person at all."""
    lower = head.lower_
    if lower in _NOT_PEOPLE or head.lemma_.lower() in _NOT_PEOPLE:
        return 0
    if lower in _ONE_PERSON_PRONOUNS:
        return 1
    if lower in {"them", "they"}:
        return _antecedent_count(head)
    if lower == "other" and any(c.lower_ == "the" for c in head.children):
        # "One man was injured and the other died"
        return 1
    numbers = _children(head, {"nummod"})
    if numbers:
        return parse_count(" ".join(t.text for t in numbers[0].subtree))
    if any(c.lower_ == "both" for c in head.children):
        return 2
    if head.tag_ == "CD" or parse_count(lower) is not None:
        return parse_count(" ".join(t.text for t in head.subtree if t.dep_ != "prep" and t.i <= head.i))
    if head.tag_ in {"NN", "NNP"} and lower not in _GROUP_NOUNS and head.lemma_.lower() not in _GROUP_NOUNS:
        return 1
    if head.tag_ == "NNPS" and any(c.dep_ == "compound" and c.tag_ == "NNP" for c in head.children):
        # "Agustin Aragones": a full name whose last word the tagger took for a plural.
        return 1
    if head.tag_ == "NNS" and any(c.lower_ in {"the", "these", "those"} for c in head.children):
        return _earlier_count(head)
    return None


# Nouns for people by what was done to them: "the hostages" are the people an earlier sentence has taken, "the
# victims" those it has attacked.
_CAPTIVE_NOUNS = frozenset(["hostage", "captive", "abductee", "victim"])
_TAKING_LEMMAS = frozenset(["abduct", "kidnap", "seize", "capture", "take"])
_EARLIER_SENTENCES = 2


def _earlier_count(head: Token) -> int | None:
    """ "Gunmen kidnapped four boys. The boys were killed": a definite plural stands for the group an earlier
    sentence counted, the same noun with its figure, or for "the hostages", the people last taken."""
    sentences = list(head.doc.sents)
    index = next((i for i, s in enumerate(sentences) if s.start <= head.i < s.end), 0)
    lemma = head.lemma_.lower()
    for sentence in reversed(sentences[max(0, index - _EARLIER_SENTENCES) : index]):
        for token in reversed(sentence):
            numbers = _children(token, {"nummod"})
            if token.lemma_.lower() == lemma and token.tag_ == "NNS" and numbers:
                return parse_count(" ".join(t.text for t in numbers[0].subtree))
            if lemma in _CAPTIVE_NOUNS and token.pos_ == "VERB" and _takes_people(token, lemma):
                return _count_taken(token)
    return None


def _takes_people(verb: Token, captive: str) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in _TAKING_LEMMAS or (captive == "victim" and lemma == "attack")


def _count_taken(verb: Token) -> int | None:
    """The people a verb of taking or attacking names with a figure: "kidnapped two people" (2), "attacked a
    man and his two sons" (3); None for "attacked a village" (no figure: a place more often than people)."""
    taken = [h for o in _children(verb, {"dobj"}) for h in _conjuncts(o)]
    if not any(_children(h, {"nummod"}) for h in taken):
        return None
    counts = [_persons(h) for h in taken]
    return sum(c for c in counts if c) or None


_PLACE_ENTITIES = frozenset(["GPE", "LOC", "FAC", "ORG", "NORP"])


def _antecedent_count(pronoun: Token) -> int | None:
    """ "Troops fired on the two bombers, killing them": the nearest counted plural before the pronoun. A plural
    without a figure in between is more often a thing ("detonating their vests and killing them") than the
    people, so the count reaches past it; with no counted plural at all the count is unknown."""
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        numbers = _children(token, {"nummod"}) if token.tag_ in {"NNS", "NNPS"} else []
        if numbers:
            return parse_count(" ".join(t.text for t in numbers[0].subtree))
    return None


def _conjuncts(head: Token) -> list[Token]:
    """ "the police chief and a bodyguard": both heads. Only a list joined by "and" is a list of victims (a run of
    commas is often a place: "an employee in District 2, Ghazni city, Ghazni"), and never a harm word joined on
    ("... and the injuring of") or a place."""
    # "Karimi, the mayor, and Haidari": the list may be joined on at a name's title. (The apposition of a count
    # is its breakdown, "five civilians (two men and three women)", never more people.)
    appositions = _children(head, {"appos"}) if head.pos_ == "PROPN" else []
    # Only a name joined there is another person: "Karimi, a teacher and poet," is one man with two titles.
    joined = [c for c in head.conjuncts if c.i > head.i] + [
        c for a in appositions for c in a.conjuncts if c.i > head.i and c.pos_ == "PROPN"
    ]
    if not any(t.dep_ == "cc" for member in (head, *appositions, *joined) for t in member.children):
        return [head]
    return [
        head,
        *(
            c
            for c in joined
            if _harm_of(c) is None and c.pos_ != "VERB" and c.ent_type_ not in _PLACE_ENTITIES and not _appositive(c)
        ),
    ]


def _appositive(conjunct: Token) -> bool:
    """ "Hussaini, the union chair, and Umar were killed": a title set off by commas right after a name is the
    name's apposition, misread as one more person in the list."""
    words = list(conjunct.subtree)
    first = words[0]
    if conjunct.tag_ not in {"NN", "NNS"} or first.lower_ not in {"the", "a", "an"} or first.i < 2:
        return False
    doc = conjunct.doc
    after = doc[conjunct.i + 1] if conjunct.i + 1 < len(doc) else None
    return doc[first.i - 1].text == "," and doc[first.i - 2].pos_ == "PROPN" and after is not None and after.text == ","


def _group(word: Token, harm: Harm) -> VictimGroup | None:
    # A date is never a victim: "4 September 2016 2 killed", a headline without punctuation, parses as a subject.
    heads = [h for head in _victim_heads(word) for h in _conjuncts(head) if not _is_date(h)]
    if not heads:
        return None
    counts = [_persons(h) for h in heads]
    known = [c for c in counts if c is not None]
    # "a guard, a driver and an unknown number of attackers": the known part is the count.
    count = sum(known) if known else None
    tokens = [word, *(t for h in heads for t in h.subtree)]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    total = any(h.lower_ in _TOTAL_NOUNS for h in heads)
    return VictimGroup(harm, count, total, Span(start, end), _group_noun(heads[0]))


def _group_noun(head: Token) -> str:
    """The head's lemma; "another soldier" or "two other soldiers" are other people than the soldiers told
    before, never the same group told twice."""
    other = any(c.lower_ in {"another", "other"} for c in head.children)
    # "Two of the gunmen": the people are the noun after "of", not the number.
    of_whom = [g for p in _children(head, {"prep"}) if p.lower_ == "of" for g in _children(p, {"pobj"})]
    noun = of_whom[0] if head.tag_ == "CD" and of_whom else head
    return f"other {noun.lemma_.lower()}" if other else noun.lemma_.lower()


def victim_groups(sentence: SpacySpan) -> list[VictimGroup]:
    """One group per verb or noun of killing or wounding in the sentence, in text order."""
    groups: list[VictimGroup] = []
    for token in sentence:
        harm = _harm_of(token)
        if harm is None or not _realised(token):
            continue
        group = _group(token, harm)
        if group is not None:
            groups.append(group)
    return groups
