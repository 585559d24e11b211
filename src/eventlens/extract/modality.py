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
    r"five|six|seven|eight|nine|ten|several|many)\s+(?:decades?|years?)\b|\bsince\s+(?:19|20)\d\d\b|"
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
    r"\b(?:routine(?:ly)?|regularly|frequently|often|usually|every (?:day|week|night))\b|"
    r"\b(?:many|several|so many|countless|numerous) times\b",
    re.I,
)
# "More camps are due to be handed over": scheduled, not done.
_SCHEDULED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:due|scheduled|slated|set|expected|poised|planned|going)\s+to\b", re.I
)
_TEMPORAL_MARKS = frozenset({"when", "after", "before", "since", "until", "while", "as", "once"})
_AGGREGATE = re.compile(r"\b(?:hundreds|thousands|dozens|scores) of\b", re.I)


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


def non_event_reason(sentence: SpacySpan, trigger: Token) -> str | None:
    """Why this sentence does not report an event with this trigger, or None when it does."""
    if sentence.text.rstrip().endswith("?"):
        return "question"
    if _LONG_DURATION.search(sentence.text):
        return "background"
    if _HABITUAL.search(sentence.text):
        return "general statement"
    chain = _governing_chain(trigger)
    if chain and chain[0].lemma_.lower() in _SOURCING_LEMMAS and trigger.dep_ in {"dobj", "nsubjpass"}:
        return "sourcing of an earlier event"
    for verb in chain:
        children = list(verb.children)
        if any(c.tag_ == "MD" or c.lower_ in {"will", "'ll"} for c in children):
            return "forecast or hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in children):
            return "hypothetical"
        if any(c.dep_ == "neg" for c in children) and verb.lemma_ not in {"say", "know"}:
            return "negated"
        if verb.lemma_ in _FORECAST_LEMMAS and any(c.dep_ in {"xcomp", "ccomp"} for c in children):
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
    present = [verb for verb in chain if verb.tag_ in {"VBZ", "VBP"} and verb.lower_ not in _SAME_IN_PAST]
    if (
        present
        and not any(verb.tag_ in {"VBD", "VBN"} for verb in chain)
        and not any(c.dep_ in {"aux", "auxpass"} for c in present[0].children)
    ):
        return "general statement"
    return None
