"""Is a sentence reporting an event that happened? Forecasts, hypotheticals, denials, negations,
questions and general assessments mention events without reporting one."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

# Demands ("protesters demanded that ...") are not forecasts: demand, urge and call are left out.
_FORECAST_LEMMAS = frozenset(
    [
        "threaten",
        "vow",
        "plan",
        "warn",
        "fear",
        "expect",
        "intend",
        "aim",
        "seek",
        "want",
        "try",
        "prepare",
        "predict",
        "anticipate",
        "hope",
        "promise",
        "risk",
    ]
)
# Of those, the verbs whose past tense tells an attempt that was made, not one that is feared.
_ATTEMPT_LEMMAS = frozenset({"try"})
# "Demonstrate" is left out: protesters demonstrate.
_ASSESSMENT_LEMMAS = frozenset(
    [
        "confirm",
        "show",
        "prove",
        "indicate",
        "highlight",
        "underline",
        "underscore",
        "reflect",
        "suggest",
        "mean",
        "illustrate",
        "expose",
        "signal",
        "represent",
        "mark",
    ]
)
_DENIAL_LEMMAS = frozenset({"deny", "reject", "refute", "dismiss"})
# "X confirmed both explosions": the explosions were reported before; this sentence sources them.
_SOURCING_LEMMAS = frozenset(
    {"confirm", "verify", "corroborate", "report", "document", "claim", "publish", "blame", "attribute", "condemn"}
)
# "X has been fought over for more than a decade", "since 2014": a state of affairs, not an event.
_LONG_DURATION = re.compile(
    r"\b(?:for|over)\s+(?:(?:more than|over|nearly|almost|about|the past|the last)\s+)?(?:a|an|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|many)\s+(?:decades?|years?)\b|"
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?(?:19|20)\d\d\b|"
    r"\b(?:over|in|during)\s+(?:the\s+)?(?:past|last|recent)\s+(?:few\s+)?(?:year|years|months|decade)\b|"
    r"\brepeatedly\b|\byears of\b|\b(?:has|have|had)\s+long\s+been\b|\bfor\s+(?:many\s+|several\s+)?(?:years|decades|generations)\b",
    re.I,
)
_HEDGES = re.compile(
    r"\b(?:likely|probably|possibly|potentially|perhaps|expected to|set to|poised to|bound to)\b", re.I
)


def _governing_chain(token: Token) -> list[Token]:
    """The verbs from the trigger up to the sentence root."""
    chain: list[Token] = []
    current = token
    for _ in range(12):
        if current.pos_ in {"VERB", "AUX"}:
            chain.append(current)
        if current.head.i == current.i:
            break
        current = current.head
    return chain


# Verbs whose past tense is their present: "assailants set fire", "a shell hit the house".
_SAME_IN_PAST = frozenset("set hit put cut shut let spread burst cast hurt shed split beat bid upset".split())
# "Shelling has become routine", "the militants often attack posts": what happens, not what happened.
_HABITUAL = re.compile(
    r"\b(?:routine(?:ly)?|regularly|frequently|often|usually|every (?:day|week|night)|repeated)\b|"
    r"\b(?:many|several|so many|countless|numerous) times\b",
    re.I,
)
# "More camps are due to be handed over": scheduled, not done.
_SCHEDULED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:due|scheduled|slated|set|expected|poised|planned|going)\s+to\b", re.I
)
# "Residents said they heard gunfire until dawn": a witness's account of an incident, usually one reported already.
# "See" and "witness" are left out: "the town saw heavy fighting" reports the fighting.
_PERCEPTION_LEMMAS = frozenset({"hear", "smell"})
# "Families took shelter from artillery fire", "residents fled the fighting": the violence is the
# circumstance of the people's flight, not an incident the sentence reports.
_REFUGE_LEMMAS = frozenset({"shelter", "flee", "escape", "hide", "evacuate"})
# "Investigators later concluded that aircraft had dropped the sarin": a finding about an incident.
# "Find" is left out: "police found the bodies of three men who had been shot" reports the killing.
_FINDING_LEMMAS = frozenset({"conclude", "determine", "establish"})
# "Funerals for the dead", "the families of the victims": the people an earlier sentence counted.
_KNOWN_VICTIMS = frozenset({"dead", "victims", "killed", "wounded", "injured"})
# "In fear of further air strikes", "possible attacks": violence that may come, not violence that came.
_NOT_YET = frozenset({"further", "future", "possible", "potential"})
_TEMPORAL_MARKS = frozenset({"when", "after", "before", "since", "until", "while", "as", "once"})
_AGGREGATE = re.compile(r"\b(?:hundreds|thousands|dozens|scores) of\b", re.I)


_SUBORDINATE_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis"})


def _said_of_the_trigger(pattern: re.Pattern[str], sentence: SpacySpan, trigger: Token) -> bool:
    """The pattern matches in the trigger's own clause: "protesters demanded that the ministers who have run it
    since 1992 be tried" reports a protest; only the ministers' tenure is background."""
    for match in pattern.finditer(sentence.text):
        word = sentence.doc.char_span(
            sentence.start_char + match.start(), sentence.start_char + match.end(), alignment_mode="expand"
        )
        if word is None or not _in_another_clause(word.root, trigger):
            return True
    return False


def _in_another_clause(token: Token, trigger: Token) -> bool:
    """`token` sits in a subordinate clause that does not hold the trigger."""
    current = token
    for _ in range(20):
        if current.dep_ in _SUBORDINATE_CLAUSES and not (current.left_edge.i <= trigger.i <= current.right_edge.i):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _temporal_reference(trigger: Token) -> bool:
    """ "... when the bomb went off", "after the attack": a definite event named to place something else in
    time. An indefinite one ("when a roadside bomb exploded") is news, and stays an event."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in trigger.children):
        return False
    head = trigger
    for _ in range(4):
        if head.dep_ == "pobj" and head.head.lower_ in _TEMPORAL_MARKS:
            return True
        introduced = any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TEMPORAL_MARKS for c in head.children)
        if introduced and head.pos_ in {"VERB", "AUX"}:
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _denied_by_determiner(token: Token) -> bool:
    """ "No shot was fired", "no attack took place": the thing itself is negated, not the verb."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _already_named(trigger: Token) -> bool:
    """ "confirmed the explosion", "claimed both attacks": an incident the report named before. An indefinite
    one ("clashes were reported between X and Y", "claimed an attack in Z") is itself the news."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those", "both", "each"}) or c.dep_ == "poss"
        for c in trigger.children
    )


def _refuge_from(trigger: Token) -> bool:
    """ "took shelter from artillery fire", "fled the shelling": the trigger is what people escaped."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "from":
        head = head.head
    elif trigger.dep_ not in {"dobj", "compound"}:
        return False
    for _ in range(3):
        # "fled", or "took shelter": the refuge is the verb or its object.
        if any(t.lemma_.lower() in _REFUGE_LEMMAS for t in [head, *(c for c in head.children if c.dep_ == "dobj")]):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _attempt_made(verb: Token) -> bool:
    """ "A man tried to stab a guard": an attempt in the past tense was made, and GTD and ACLED both record a failed
    attack. "Militants are trying to" or "will try to" is still to come."""
    return verb.lemma_ in _ATTEMPT_LEMMAS and verb.tag_ in {"VBD", "VBN"}


def non_event_reason(sentence: SpacySpan, trigger: Token) -> str | None:
    """Why this sentence does not report an event with this trigger, or None when it does."""
    if sentence.text.rstrip().endswith("?"):
        return "question"
    if _said_of_the_trigger(_LONG_DURATION, sentence, trigger):
        return "background"
    if _said_of_the_trigger(_HABITUAL, sentence, trigger):
        return "general statement"
    if trigger.dep_ in {"nsubj", "nsubjpass", "ROOT"} and _denied_by_determiner(trigger):
        # "No shot was fired"; but "shelled the posts, with no fatalities reported" still reports the shelling.
        return "negated"
    if trigger.lower_ in _KNOWN_VICTIMS and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children):
        return "reference to a known event"
    if _refuge_from(trigger):
        return "circumstance of flight"
    if any(c.dep_ == "amod" and c.lower_ in _NOT_YET for c in trigger.children) and trigger.tag_ == "NNS":
        return "forecast or hypothetical"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"this", "that"} for c in trigger.children):
        # "this terrorist attack", "that blast": the event was named before.
        return "reference to a known event"
    chain = _governing_chain(trigger)
    if (
        chain
        and chain[0].lemma_.lower() in _SOURCING_LEMMAS
        and trigger.dep_ in {"dobj", "nsubjpass"}
        and _already_named(trigger)
    ):
        return "sourcing of an earlier event"
    for verb in chain:
        children = list(verb.children)
        if any(c.tag_ == "MD" or c.lower_ in {"will", "'ll"} for c in children):
            return "forecast or hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in children):
            return "hypothetical"
        if any(c.dep_ == "neg" for c in children) and verb.lemma_ not in {"say", "know"}:
            return "negated"
        if verb is chain[0] and any(c.dep_ in {"nsubj", "nsubjpass"} and _denied_by_determiner(c) for c in children):
            # Only the trigger's own clause: "shelled the posts, with no fatalities reported" reports the shelling.
            return "negated"
        if verb.lemma_ in _PERCEPTION_LEMMAS and verb.i != trigger.i:
            return "witness account"
        if verb.lemma_ in _FINDING_LEMMAS and verb.i != trigger.i:
            return "sourcing of an earlier event"
        if (
            verb.lemma_ in _FORECAST_LEMMAS
            and any(c.dep_ in {"xcomp", "ccomp"} for c in children)
            and not _attempt_made(verb)
        ):
            return "forecast or threat"
        if verb.lemma_ in _DENIAL_LEMMAS:
            return "denial"
        if any(c.dep_ == "advmod" and _HEDGES.fullmatch(c.text) for c in children):
            return "forecast or hypothetical"
    window = sentence.text[: trigger.idx - sentence.start_char + len(trigger.text)]
    if _SCHEDULED.search(window[-60:]):
        return "forecast or hypothetical"
    if _temporal_reference(trigger):
        return "reference to a known event"
    if _AGGREGATE.search(sentence.text) and any(
        c.dep_ == "aux" and c.lower_ in {"have", "has"} for verb in chain for c in verb.children
    ):
        return "aggregate of many events"
    root = sentence.root
    subject_tokens = {t.i for c in root.children if c.dep_ in {"nsubj", "csubj"} for t in c.subtree}
    if root.lemma_ in _ASSESSMENT_LEMMAS and trigger.i in subject_tokens:
        return "assessment"
    if (
        any(c.dep_ == "det" and c.lower_ in {"these", "those", "such"} for c in trigger.children)
        and trigger.tag_ == "NNS"
    ):
        return "assessment"
    # Present tense all the way up ("IS attacks checkpoints"). One past-tense verb in the chain makes it a
    # report, whatever the tagger made of a noun ("grenade" as a verb) or an acronym ("IS" as "is").
    present = [
        verb
        for verb in chain
        # "IS" in capitals is the group the parser read as a verb ("killed two IS suicide bombers").
        if verb.tag_ in {"VBZ", "VBP"} and verb.lower_ not in _SAME_IN_PAST and not verb.text.isupper()
    ]
    if (
        present
        and not any(verb.tag_ in {"VBD", "VBN"} for verb in chain)
        and not any(c.dep_ in {"aux", "auxpass"} for c in present[0].children)
    ):
        return "general statement"
    return None
