"""How much a paragraph reads like a reader comment rather than reporting, and why.

Comment cues: first and second person, direct address, questions and exclamations, insults, sign-offs,
opinion and contempt, chat spelling, talk about the article itself. Reporting cues: attribution ("said",
"according to"), the sources reporters cite, dates, casualty counts, places, event verbs, forecasts hedged
the way analysts hedge, third-person past-tense narrative. Quoted speech is left out: reporters quote
people who talk like commenters. Each cue has a weight; the score is their sum.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventlens.ingest.comment_markers import (
    author_header,
    first_line_of,
    is_comment_ui_line,
    is_reply_row,
    is_timestamp_line,
)

# A paragraph scoring at least this reads like a comment.
COMMENT_THRESHOLD = 2.0
_AUTHOR_HEADER_WEIGHT = 5.0


@dataclass(frozen=True)
class _Prose:
    """A paragraph prepared for the cues: `text` is what the writer says in their own voice (quoted
    speech removed, since reporters quote first-person, exclamatory speech all the time)."""

    original: str
    text: str
    sentences: tuple[str, ...]
    # The sentences that state something: a question ("Who says it was IS?") reports nothing, however
    # many reporting words it holds.
    statements: str

    @classmethod
    def of(cls, paragraph: str) -> _Prose:
        own_voice = _without_quotations(_QUOTED_LINE.sub(" ", paragraph))
        sentences = tuple(s for s in _SENTENCE_END.split(own_voice) if s.strip())
        statements = " ".join(s for s in sentences if not s.rstrip().endswith("?"))
        return cls(paragraph, own_voice, sentences, statements)


_CURLY_QUOTATION = re.compile(r"“[^”]*”|«[^»]*»")
# A line a reader quotes, mail-style ("> the army said it had sent troops").
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
# A reader quoting the report and answering it: '"The army sent troops" - of course, afterwards.' A reporter's
# quotation goes on with who said it ('"We lost everything," said...'), not with a dash or a colon.
_QUOTE_AND_ANSWER = re.compile(r'^\s*(?:["“][^"”\n]{8,}["”]\s*(?:[-–—:]|\.\.\.|…)|>[ \t]*\S)')
_STRAIGHT_QUOTE = re.compile(r'"')
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _without_quotations(paragraph: str) -> str:
    """The paragraph with quoted speech blanked out. A quotation may run in from the previous paragraph
    (a closing mark with no opening one) or on into the next (an opening mark never closed)."""
    text = _CURLY_QUOTATION.sub(" ", paragraph)
    text = re.sub(r"^[^“”]*”", " ", text)
    text = re.sub(r"“[^”]*$", " ", text)
    pieces: list[str] = []
    position = 0
    open_at: int | None = None
    for match in _STRAIGHT_QUOTE.finditer(text):
        at = match.start()
        opens = at == 0 or text[at - 1].isspace() or text[at - 1] in "([{-–—"
        if open_at is None and not opens:
            if position == 0:
                # A closing mark before any other: the quotation began in an earlier paragraph.
                position = at + 1
                pieces = [" "]
        elif open_at is None:
            pieces.append(text[position:at])
            open_at = at
        else:
            position, open_at = at + 1, None
            pieces.append(" ")
    if open_at is None:
        pieces.append(text[position:])
    return "".join(pieces)


@dataclass(frozen=True)
class _Cue:
    """One kind of evidence. Its weight is `first` for one occurrence, `each_more` for each further one,
    and never more than `cap` in size; negative weights speak for reporting."""

    name: str
    count: Callable[[_Prose], int]
    first: float
    each_more: float = 0.0
    cap: float | None = None

    def weigh(self, prose: _Prose) -> float:
        n = self.count(prose)
        if n == 0:
            return 0.0
        total = self.first + self.each_more * (n - 1)
        cap = abs(self.cap if self.cap is not None else self.first)
        return max(-cap, min(cap, total))


def _counting(pattern: str, flags: int = re.IGNORECASE) -> Callable[[_Prose], int]:
    regex = re.compile(pattern, flags)
    return lambda prose: len(regex.findall(prose.text))


def _counting_in_statements(pattern: str, flags: int = re.IGNORECASE) -> Callable[[_Prose], int]:
    regex = re.compile(pattern, flags)
    return lambda prose: len(regex.findall(prose.statements))


def _starting(pattern: str, flags: int = 0) -> Callable[[_Prose], int]:
    regex = re.compile(pattern, flags)
    return lambda prose: 1 if regex.match(prose.text.lstrip(" \t\n'\"“‘-–—*>")) else 0


def _sentences_starting(pattern: str) -> Callable[[_Prose], int]:
    regex = re.compile(pattern, re.IGNORECASE)
    return lambda prose: sum(1 for sentence in prose.sentences[1:] if regex.match(sentence.lstrip(" \t\n'\"“‘")))


def _phrases(alternatives: str) -> str:
    """A pattern for whole words or phrases, given as regex alternatives separated by ' | '."""
    return r"\b(?:" + "|".join(part.strip() for part in alternatives.split(" | ")) + r")\b"


def _quotes_and_answers(prose: _Prose) -> int:
    return 1 if _QUOTE_AND_ANSWER.match(prose.original) else 0


def _lowercase_start(prose: _Prose) -> int:
    # News paragraphs open with a capital or a digit; Arabic names ("al-Nusra") are the exception.
    match = re.match(r"\W*([a-z][\w']*)(-)?", prose.original)
    return 1 if match and not match.group(2) else 0


def _unpunctuated_end(prose: _Prose) -> int:
    # Edited prose ends its paragraphs with a full stop; posts typed on a phone often just stop.
    stripped = prose.original.rstrip()
    return 1 if len(stripped.split()) >= 4 and stripped[-1:].isalnum() else 0


def _all_lowercase(prose: _Prose) -> int:
    letters = [c for c in prose.original if c.isalpha()]
    return 1 if len(letters) >= 20 and not any(c.isupper() for c in letters) else 0


# "-ed" after a form of "be" is a passive or an adjective ("is quoted", "should be embarrassed"), not a
# past-tense narrative.
_PAST_VERB = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bam )(?<!\bbeen )"
    r"\b(?:\w{3,}ed|was|were|had|took|fled|hit|struck|shot|began|came|went|left|fell|led|told|said|saw|"
    r"made|held|brought|sought|lost|won|gave|blew|rose)\b"
)
_NARRATIVE_SUBJECT = re.compile(r"^\W*(?:A|[A-Z][a-z]+|[A-Z]{2,})\b")
_NOT_NARRATIVE_SUBJECT = re.compile(
    r"^\W*(?:I|We|You|Why|How|What|Who|Are|Is|Do|Does|Did|Can|Could|Should|Would|If|Let|Please|Stop|Pretty|So|"
    r"Just|Thank|Thanks|Great|Good|Well|Yes|No|Oh|Wow|Lol|Shame)\b"
)


def _narrative_sentences(prose: _Prose) -> int:
    """Third-person sentences told in the past tense: the shape of a news report."""
    return sum(
        1
        for sentence in prose.sentences
        if not sentence.rstrip().endswith("?")
        and _NARRATIVE_SUBJECT.match(sentence)
        and not _NOT_NARRATIVE_SUBJECT.match(sentence)
        and _PAST_VERB.search(sentence)
    )


_MONTHS = (
    "January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands"
_PEOPLE = (
    "people|persons|civilians|soldiers|troops|fighters|militants|rebels|members|children|women|men|policemen|"
    "officers|residents|protesters|demonstrators|gunmen|insurgents|others|dead|bodies|casualties|killed|wounded"
)

_QUESTION_OPENING = _phrases(
    "why | how come | how do (?:we|you) know | who says | says who | are (?:you|we|they) | do (?:you|we|they)"
    " | did (?:you|we|they) | is (?:it|this|that) | isn't | don't | can (?:you|we|anyone) | who cares | what about"
    " | what if | where is"
)

_COMMENT_CUES: tuple[_Cue, ...] = (
    _Cue("first person singular", _counting(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|Im|Ive)\b", 0), 1.5, 0.5, 2.5),
    _Cue("first person singular", _counting(_phrases("me | my | mine | myself")), 1.0, 0.5, 1.5),
    _Cue("lower-case i", _counting(r"(?:^|\s)i(?:\s|$)", 0), 1.5, 0.5, 2.0),
    _Cue("second person", _counting(_phrases("you | your | yours | yourself | yourselves | y'all")), 1.5, 0.5, 2.5),
    # Lower case only: "U.S." is not "u".
    _Cue("second person", _counting(r"\b(?:u|ur)\b(?!\.)", 0), 1.5, 0.5, 2.5),
    # Lower-case "us" only: "US" is the United States.
    _Cue(
        "first person plural", _counting(r"\b(?:we|our|ours|ourselves|us|let's|let’s|We|Our|Us)\b", 0), 1.0, 0.25, 1.5
    ),
    # "Mr. Trump, I suggest...", "Minister Kaboré, you promised...": a name, a comma, then the writer turns
    # to the person named. A news sentence opening on a name goes on with a clause, not with "you".
    _Cue(
        "direct address",
        _starting(
            r"(?:Dear\s+\w+|@\w+"
            r"|(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*\s*,\s+(?:you|your|I|we|please|why|how|stop|shut|wake)\b)"
        ),
        2.0,
    ),
    _Cue("question", _counting(r"\?+"), 1.0, 0.5, 1.5),
    _Cue("question opening", _starting(_QUESTION_OPENING, re.IGNORECASE), 1.0),
    # Later in the paragraph too: "The Taliban said six. Why does every article believe them?"
    _Cue("question sentence", _sentences_starting(_QUESTION_OPENING), 0.75, 0.5, 1.25),
    _Cue("exclamation", _counting(r"!"), 1.0, 0.5, 1.5),
    _Cue(
        "exclamative opening",
        _starting(r"(?:what an?|such an?|so much for|how (?:sad|typical|convenient))\b", re.I),
        1.0,
    ),
    _Cue("repeated punctuation", _counting(r"!!|\?\?|\?!|!\?|\.{4,}"), 1.0, 0.5, 1.5),
    _Cue("quotes and answers", _quotes_and_answers, 1.5),
    # Where the writer lives, in the writer's own voice: "in our village", "my town". A reporter names the place.
    _Cue(
        "the writer's own place",
        _counting(_phrases("(?:my|our) (?:village|town|city|area|street|neighbou?rhood|district|region|home)")),
        1.5,
    ),
    # Hearsay from the writer's own people, in the writer's own voice: "my cousin says 40 were killed", "a
    # friend told me". A reporter attributes to sources, not to "my cousin" (quoted speech is left out).
    _Cue(
        "hearsay from the writer's own people",
        _counting(
            r"\b(?:my|our)\s+(?:\w+\s+)?(?:cousins?|brothers?|sisters?|uncles?|aunts?|father|mother|dad|mum|mom|sons?"
            r"|daughters?|friends?|family|neighbou?rs?|relatives?|wife|husband|colleagues?)\b[^.!?]{0,30}?"
            r"\b(?:says|said|told (?:me|us)|tells (?:me|us))\b|\b(?:told me|I was told)\b"
        ),
        2.0,
    ),
    _Cue("lower-case start", _lowercase_start, 1.5),
    _Cue("all lower case", _all_lowercase, 1.5),
    _Cue("no closing punctuation", _unpunctuated_end, 1.0),
    _Cue(
        "insult or profanity",
        _counting(
            _phrases(
                r"idiots? | idiotic | morons? | moronic | stupid | stupidity | dumb | fools? | foolish | rats | scum"
                r" | pigs? | clowns? | liars? | hypocrites? | hypocrisy | pathetic | disgusting | bastards? | bitch\w*"
                r" | fuck\w* | shit\w* | crap | damn | retard\w* | libtards? | traitors | cowards | losers | sheeple"
            )
        ),
        2.0,
        0.5,
        3.0,
    ),
    _Cue(
        "opinion",
        _counting(
            _phrases(
                "typical | ridiculous | nonsense | absurd | obviously | of course | joke | disgrace | shameful"
                " | hilarious | awesome | excellent news | good news | great news | bravo | well done | wake up"
                " | fake news | pretty much | sick of | excellente | laughable | brainwashed | garbage | rubbish"
                " | as usual | here we go again | same (?:old )?story | nothing changes | no surprise | same every time"
                " | another day, another"
            )
        ),
        1.0,
        0.5,
        2.0,
    ),
    _Cue(
        "greeting or sign-off",
        _counting(
            _phrases(
                "a good day to all | good day | cheers | regards | thanks for | thank you | god bless | just saying"
                " | peace out | my two cents | imho | imo | hello | hi all | great article | nice article"
                " | good article | well said | keep it up | greetings | stay safe"
                " | my heart (?:is|goes) | hearts go out | thoughts and prayers | rest in peace | condolences to"
                " | pray for | praying for"
            )
        ),
        2.0,
        0.5,
        2.5,
    ),
    _Cue(
        "chat spelling",
        _counting(
            _phrases(
                r"lol | lmao | rofl | omg | wtf | ppl | coz | cuz | gonna | wanna | gotta | yeah | yep | nope | dude"
                r" | bro | smh | idk | tbh | btw | fam | ya | yall | kinda | sorta | haha\w* | ok | okay | ain't | aint"
                r" | guys"
            )
        ),
        1.5,
        0.5,
        2.5,
    ),
    _Cue(
        "missing apostrophe",
        _counting(_phrases("dont | doesnt | didnt | cant | isnt | thats | youre | theyre | im")),
        0.5,
        0.25,
        1.0,
    ),
    _Cue(
        "contempt or generalisation",
        _counting(
            _phrases(
                "hate | evil | ugly | lazy | filthy | trash | vile | toxic | savages | vermin | degenerates?"
                " | worthless | useless | insane | crazy | get over it | shut up | go back | these people"
                " | those people | they all | always | never | everyone | nobody | everybody | embarrass\\w*"
                " | half-baked | shameless | incompetent | clueless | lazy"
            )
        ),
        0.75,
        0.25,
        1.25,
    ),
    # Readers talk about the article and the people behind it; the article does not talk about itself.
    _Cue(
        "talk about the article",
        _counting(
            _phrases(
                r"(?:this|the|your) (?:article|piece|post|author|writer|site|website|blog)"
                r" | whoever (?:wrote|writes|edits|edited) | the (?:journalist|reporter|editor)s? who"
                r" | (?:every|these|such) articles? | (?:who|whoever|person who) wrote this"
                r" | do (?:some|your) (?:basic )?(?:homework|research)"
                r" | (?:mainstream|western|lying) media | msm"
                r" | (?:nobody|no one|no-one) (?:writes|reports|talks|cares) about"
            )
        ),
        2.0,
        0.5,
        2.5,
    ),
    _Cue(
        "conversational opening",
        _starting(r"(?:honestly|frankly|seriously|personally|so|well|oh|yes|no|sorry|wow|lol|ha)\b", re.IGNORECASE),
        1.0,
    ),
    _Cue(
        "emphasis", _counting(_phrases("actually | really | totally | literally | even mean | at all")), 0.5, 0.25, 1.0
    ),
    _Cue(
        "should or must",
        _counting(_phrases("should | must | need to | needs to | ought to | have to")),
        0.5,
        0.25,
        0.75,
    ),
    _Cue("emoticon", _counting(r"(?::|;|=)-?[)(DPp]|<3|[\U0001F300-\U0001FAFF\u2639\u263A]", 0), 1.5),
    _Cue(
        "contraction",
        _counting(r"\b\w+(?:n't|n’t|'re|’re|'ve|’ve)\b|\b(?:it|that|what|there)(?:'s|’s)\b"),
        0.5,
        0.25,
        1.0,
    ),
)

_REPORTING_CUES: tuple[_Cue, ...] = (
    # Site furniture saved along with an article talks to "you" too, but it is nobody's comment.
    _Cue(
        "site furniture",
        _counting(
            _phrases(
                "subscribe | follow us | newsletter | copyright | all rights reserved | related news"
                " | related articles | read more | privacy policy | terms of use | share this | click here | sign up"
            )
        ),
        -3.0,
        -0.5,
        -4.0,
    ),
    _Cue(
        "attribution",
        _counting_in_statements(
            _phrases(
                r"said | says | told | reported | according to | confirm(?:s|ed) | announced | stated | added"
                r" | quoted as saying | claimed responsibility | in a statement | sources (?:said|say|told)"
            )
        ),
        -1.5,
        -0.75,
        -3.0,
    ),
    # Who reporters cite. Weaker than attribution: readers name them too, when they doubt them.
    _Cue(
        "news source",
        _counting_in_statements(
            _phrases(
                r"spokes(?:man|woman|person) | officials | monitor | observatory | news agency | correspondents?"
                r" | witnesses | activists | ministry | state media | state tv | reuters | afp | associated press"
            )
        ),
        -0.75,
        -0.25,
        -1.25,
    ),
    _Cue(
        "date or time",
        _counting_in_statements(
            rf"\b(?:{_MONTHS})|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:19|20)\d\d\b|"
            r"(?i:\b(?:last|earlier this|later this|next) (?:week|month|year)\b|\byesterday\b|\bovernight\b)|"
            r"\bMay \d|\d May\b",
            0,
        ),
        -1.0,
        -0.25,
        -1.5,
    ),
    _Cue(
        "casualty count",
        _counting_in_statements(rf"\b(?:\d[\d,]*|{_NUMBER_WORDS}|at least \w+) (?:\w+ )?(?:{_PEOPLE})\b"),
        -1.0,
        -0.5,
        -1.5,
    ),
    _Cue("number", _counting_in_statements(r"\b\d[\d,.]*\b"), -0.25, -0.25, -0.75),
    _Cue(
        "event verb",
        _counting_in_statements(
            _phrases(
                "killed | wounded | injured | exploded | detonated | attacked | targeted | shelled | bombed | fired"
                " | launched | seized | captured | clashed | ambushed | abducted | kidnapped | executed | arrested"
                " | struck | carried out | took place | erupted | destroyed | damaged | stormed | withdrew | advanced"
                " | evacuated | besieged"
            )
        ),
        -0.75,
        -0.5,
        -2.0,
    ),
    _Cue(
        "place phrase",
        _counting_in_statements(
            r"\bin the (?:city|town|village|district|province|governorate|countryside|area|neighbou?rhood|region) of\b|"
            r"\b(?:north|south|east|west)(?:ern)? (?:of )?[A-Z]|"
            r"\b(?:km|kilometres|kilometers|miles) (?:from|north|south|east|west)\b",
            0,
        ),
        -0.75,
        -0.25,
        -1.0,
    ),
    _Cue(
        "forecast or analysis",
        _counting_in_statements(
            _phrases(
                "will likely | (?:is|are) likely to | (?:is|are) expected to | analysts | observers | experts"
                " | appears to | (?:is|are) believed to | remains unclear | it is unclear"
            )
        ),
        -0.75,
        -0.25,
        -1.0,
    ),
    _Cue("narrative sentence", _narrative_sentences, -0.75, -0.5, -2.0),
)

_CUES = _COMMENT_CUES + _REPORTING_CUES
# Saying nothing a reporter would say (no attribution, date, count, place or event) is itself a sign.
_NO_REPORTING_WEIGHT = 0.5


def cue_weights(paragraph: str) -> dict[str, float]:
    """The cues a paragraph shows, with their weights: why it scores as it does."""
    prose = _Prose.of(_without_thread_furniture(paragraph))
    weights: dict[str, float] = {}
    reporting = False
    for cue in _CUES:
        weight = cue.weigh(prose)
        if weight:
            weights[cue.name] = weights.get(cue.name, 0.0) + weight
            reporting = reporting or weight < 0
    if not reporting:
        weights["no reporting"] = _NO_REPORTING_WEIGHT
    if author_header(first_line_of(paragraph)) is not None:
        # A writer's name over the paragraph settles it, whatever the words say.
        weights["author header"] = _AUTHOR_HEADER_WEIGHT
    elif is_reply_row(_last_line(paragraph)):
        # So does a Reply button under it ("Like · Reply · 6h").
        weights["reply button"] = _AUTHOR_HEADER_WEIGHT
    return weights


def _without_thread_furniture(paragraph: str) -> str:
    """The paragraph without the lines a thread prints around a comment's words (the writer's header, when it
    was posted, its buttons): "March 3, 2014 at 7:12 am" is no date a reporter wrote."""
    lines = paragraph.split("\n")
    if len(lines) < 2:
        return paragraph
    if author_header(lines[0].strip()) is not None:
        lines = lines[1:]
    kept = [line for line in lines if not (is_timestamp_line(line) or is_comment_ui_line(line))]
    return "\n".join(kept)


def _last_line(paragraph: str) -> str:
    return paragraph.strip().rsplit("\n", 1)[-1]


def comment_score(paragraph: str) -> float:
    """How much a paragraph reads like a reader comment: positive for comment, negative for reporting."""
    return sum(cue_weights(paragraph).values())


def is_comment_like(paragraph: str) -> bool:
    return comment_score(paragraph) >= COMMENT_THRESHOLD
