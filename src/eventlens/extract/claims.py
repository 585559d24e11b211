"""Who claims, cites, confirms or denies an event, as one sentence says it.

Channels (a group's own media, such as Amaq) are configured from the actor lexicon, so a claim made
through them names the group that owns them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from eventlens.extract.prefilter import GatedText, pattern_gate
from eventlens.extract.words import CALENDAR_WORDS
from eventlens.types import ClaimInfo, EventMention, Span

_NAME = (
    r"(?:[A-Z][\w'’.&-]*|al-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.&-]*|al-[A-Z][\w'’-]*|is|of|the|and|for|in|on|"
    r"al|el|de|des|la|du|&)){0,7}"
)
_OUTLET_NOUNS = (
    r"blog|website|site|monitor|monitoring group|agency|news agency|network|channel|outlet|newspaper|daily|"
    r"monitoring group|rights group|observatory|radio|television|TV|broadcaster|wire|page|account|media office|"
    r"statement"
)
_CONFIRMED_BY = re.compile(
    rf"\b(?:confirmed|verified|corroborated|backed up|also reported|documented)\s+by\s+(?:the\s+)?(?:local\s+)?"
    rf"(?:(?:{_OUTLET_NOUNS})\s+)?(?P<name>{_NAME})"
)
_CONFIRMS = re.compile(
    rf"(?P<name>{_NAME})\s+(?:later\s+|also\s+|independently\s+)?(?:confirmed|verified|corroborated)\b"
)
_ACCORDING_TO = re.compile(
    rf"\b(?:according to|citing|cited by|quoted by|reported by|told)\s+(?:the\s+|a\s+)?(?:(?:{_OUTLET_NOUNS}|"
    rf"statement by|report by|report from)\s+(?:the\s+)?)?(?P<name>{_NAME})"
)
_SAID = re.compile(
    rf"(?:^|[,;.]\s+|\bthe\s+)(?P<name>{_NAME})\s+(?:(?:{_OUTLET_NOUNS})\s+)?(?:said|reported|says|reports|"
    rf"announced|published|posted|stated|revealed|claimed)\b"
)
_CLAIMED = re.compile(
    r"\b(?:said\s+(?:it|they)\s+(?:had\s+)?(?:carried out|was behind|were behind|conducted|staged)|claimed\s+(?:responsibility|credit|the\s+(?:\w+\s+)?(?:attack|bombing|blast|killing|operation|assault|ambush|"
    r"strike|abduction|kidnapping|responsibility))|took\s+responsibility|in\s+a\s+claim\s+of\s+responsibility|"
    r"claim(?:ed)?\s+of\s+responsibility)\b",
    re.I,
)
# Words that belong to a claimant's name as news writes it: "Houthi extremists", "the Al-Barnawi faction of
# Boko Haram", "the group's Jan Militia", "Battalion 26".
_GROUP_NOUNS = (
    r"extremists?|militants?|insurgents?|rebels?|fighters?|guerrillas?|separatists?|militiam[ae]n|militias?|"
    r"jihadists?|activists?|factions?|wing|cells?|branch|brigades?|battalion|division|command|unit|group|movement"
)
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|al-[A-Z][\w'’-]*)"
# A claimant: a proper name that may carry its other name or acronym in brackets ("Houthi extremists (Ansar
# Allah)", "the Islamic State of Iraq and the Levant (ISIL)"), and the nouns and links above.
_CLAIMANT_NAME = (
    rf"{_NAME_WORD}(?:\s*\([^()]{{1,80}}\)|\s+(?:{_NAME_WORD}|(?:{_GROUP_NOUNS})\b|\d+\b|is|of|the|and|for|in|on|"
    rf"al|el|de|des|la|du|wal|et|&|-|–)){{0,14}}"
)
# "Abu X, a member of the Y group, claimed": the apposition says whom the person claims for.
_APPOSITION = r",\s+(?:a|an|the)\s+(?P<role>[^,]{3,80}?),"
_ROLE_IN_GROUP = re.compile(
    r"^.*?\b(?:member|leader|commander|spokes(?:man|woman|person)|fighter|militant|affiliate|supporter|"
    r"operative)s?\s+(?:of|for|in)\s+(?:the\s+)?",
    re.I,
)
_CLAIMANT = re.compile(
    rf"(?P<name>{_CLAIMANT_NAME})(?:{_APPOSITION})?\s+(?:(?:organi[sz]ation|has|have|had|later|quickly|swiftly|"
    rf"also|reportedly|separately|jointly|subsequently|purportedly|allegedly|immediately|officially)\s+)*"
    rf"(?:(?:claimed|took)\s+(?:responsibility|credit|the\s+\w+)|said\s+(?:it|they)\s+(?:had\s+)?(?:carried out|"
    rf"was behind|were behind|conducted|staged|launched|killed))"
)
# Whom sources blame. The suspect runs to the end of the clause: a comma, "who"/"which", "while others...",
# "and noted..." (an "and" before a name joins two suspects: "the APCLS and the Nyatura militia").
_SUSPECT = r"(?:the\s+)?(?P<name>[^.;,]+?)"
_SUSPECT_END = (
    r"(?=\s*(?:[.;,:]|$)|\s+(?:but|who|which|whom|although|though|while|because|after|as|noting|saying|"
    r"in\s+(?:the|an?)\s+(?:attack|incident|killing|bombing|ambush|raid|blast)|killed|killing|targeted|targeting|"
    r"hit|struck|wounded|injured|destroyed|left|against|near|on\s+(?:the|an?))\b|\s+and\s+(?!(?:the\s+)?[A-Z]))"
)
# "carried out by the same assailants": a suspect that names nobody new is no attribution.
_NOBODY_NEW = re.compile(
    r"^(?:(?:the\s+)?(?:same|unknown|unidentified|other|these|those|several|some)\b|(?:assailants?|attackers?|gunmen|"
    r"perpetrators?|him|her|them|it)$)",
    re.I,
)
_DOING = r"(?:carried\s+out|conducted|staged|perpetrated|committed|launched|behind)"
_BLAME_PATTERNS = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        # "sources attributed the attack to X", "police blamed the bombing on X"
        rf"\b(?:attributed|blamed|pinned)\s+(?:the|that|this|these|both)\s+(?:\w+\s+){{0,2}}?(?:to|on)\s+{_SUSPECT}"
        rf"{_SUSPECT_END}",
        rf"\bblamed\s+{_SUSPECT}\s+(?:for|of)\b",
        # "police blamed Boko Haram, which…": a named group (capitalised, as news writes names) blamed outright
        rf"\bblamed\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[^.;,]*?){_SUSPECT_END}",
        # "jet strikes blamed on the regime hit the town"
        rf"\b(?:blamed|pinned)\s+on\s+{_SUSPECT}{_SUSPECT_END}",
        # "believed to have been carried out by X"
        rf"\b(?:suspected|believed|thought)\s+to\s+(?:have\s+been|be)\s+{_DOING}\s+by\s+{_SUSPECT}{_SUSPECT_END}",
        # "the raids were (likely) carried out by either Russian or regime warplanes": who did it, as a source
        # tells it
        rf"\b(?:carried\s+out|conducted|perpetrated|committed)\s+by\s+(?:either\s+)?{_SUSPECT}{_SUSPECT_END}",
        # "officials suspected the involvement of X"
        rf"\bsuspect(?:ed|s)?\s+(?:the\s+)?involvement\s+(?:of\s+)?{_SUSPECT}{_SUSPECT_END}",
        # "sources suspected that the attacks were carried out by X"
        rf"\bsuspect(?:ed|s)?\s+that\s+the\s+(?:\w+\s+){{0,2}}?(?:was|were)\s+{_DOING}\s+by\s+{_SUSPECT}{_SUSPECT_END}",
        # "police suspect (that) X was involved / X carried out the attack"
        rf"\bsuspect(?:ed|s)?\s+(?:that\s+)?{_SUSPECT}\s+(?:(?:was|were|is|are|had\s+been)\s+(?:involved|behind|"
        rf"responsible)|(?:had\s+)?(?:carried\s+out|conducted|staged|perpetrated|committed)\s+the)\b",
        rf"\baccused\s+{_SUSPECT}\s+of\s+(?:carrying\s+out|being\s+behind|staging|perpetrating|launching|"
        rf"the\s+(?:attack|bombing|killing|ambush|raid|shelling|strike|massacre))",
        rf"\bheld\s+{_SUSPECT}\s+responsible\b",
        # "killed in a suspected US-led coalition air strike": the suspect flies the strike
        r"\b(?:a|an|the)\s+suspected\s+(?P<name>[^.;,]+?)\s+(?:air\s*strikes?|air\s+raids?|drone\s+strikes?)\b",
        # "it did not know whether Syrian or Russian jets carried out the strikes": either one did it
        rf"\bwhether\s+(?:the\s+)?(?P<name>[^.;,]+?\s+or\s+[^.;,]+?)\s+(?:had\s+|was\s+|were\s+)?{_DOING}\s+the\b",
    )
)
_NOT_CLAIMED = re.compile(
    r"\b(?:no\s+(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+|immediately\s+)*claimed|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?claimed|unclaimed|nobody\s+(?:has\s+)?claimed|"
    r"no\s+claim\s+of\s+responsibility|did\s+not\s+claim)\b",
    re.I,
)
_DENIED = re.compile(
    rf"(?:(?<![\w'’.&-])(?P<name>{_NAME})\s+(?:\w+\s+){{0,4}}?)?(?:denied|denies|rejected|dismissed|refuted)\s+(?:any\s+)?"
    rf"(?:involvement|responsibility|the\s+(?:claims?|reports?|allegations?|accusations?)|carrying out|that|"
    rf"having|reports?|claims?|allegations?|accusations?)",
)
# "Denied that the base had fallen", "denied that any soldiers were killed": the outcome is contested, not
# whether the attack happened or who carried it out.
_OUTCOME_ONLY = re.compile(
    r"\s+(?:\w+\s+){0,5}?(?:had\s+|has\s+|was\s+|were\s+)?(?:been\s+)?(?:fallen|fell|captured|overrun|taken|lost|"
    r"seized|killed|wounded|injured|harmed)\b",
    re.I,
)
# Sources disagreeing. A reporter unable to verify a figure is not a dispute of the event.
_DISPUTED = re.compile(r"\b(?:disputed|contested|conflicting (?:reports|accounts|claims))\b", re.I)
_WITNESS = (
    r"officials?|residents?|witnesses|eyewitnesses|elders?|police|medics?|doctors?|sources?|office|hospital\w*|"
    r"spokes(?:man|woman|person)|authorities|monitors?|activists?|relatives?|villagers|survivors|officers?|"
    r"ministry|army|military|governor|mayor|commander"
)
_ATTRIBUTION = re.compile(
    rf"\b(?:according to|citing|told)\s+(?P<who>(?:[\w'-]+\s+){{0,4}}?(?:{_WITNESS}))\b"
    rf"|\b(?P<who2>(?:[\w'-]+\s+){{0,2}}(?:{_WITNESS}))\s+(?:\w+\s+)?(?:said|say|reported|told)\b",
    re.I,
)
_GENERIC_NAMES = CALENDAR_WORDS | frozenset(
    [
        "No",
        "Nobody",
        "None",
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "This",
        "That",
        "These",
        "Those",
        "Local",
        "Security",
        "Sources",
        "Officials",
        "Witnesses",
        "Residents",
        "Police",
        "Activists",
        "Medics",
        "Doctors",
        "Army",
        "Military",
        "Government",
        "On",
        "In",
        "At",
        "Earlier",
        "Later",
        "Meanwhile",
        "But",
        "And",
    ]
)
_TRAILING = re.compile(r"(?:\s+(?:is|of|the|and|for|in|on|al|el|de|des|la|du|&))+$")


_ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "an-", "at-", "ash-")


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = _TRAILING.sub("", name.strip().rstrip(".,;:"))
    words = name.split()
    while words and words[0] in _GENERIC_NAMES:
        words = words[1:]
    name = " ".join(words)
    return name if name and (name[0].isupper() or name.startswith(_ARABIC_ARTICLES)) else None


def _claimant_name(match: re.Match[str]) -> str | None:
    """The claimant of a claim: the group an apposition names ("X, a member of the Grey Wolves,"), else what
    the apposition says the person is ("a Muslim extremist"), else the subject's name."""
    role = match.group("role")
    if role:
        in_group = _ROLE_IN_GROUP.sub("", role)
        if in_group != role:
            return _clean_name(in_group)
        return role.strip()
    return _clean_name(match.group("name"))


def _first_blame(text: GatedText) -> re.Match[str] | None:
    found = [
        match
        for pattern in _BLAME_PATTERNS
        for match in text.finditer(pattern)
        if not _NOBODY_NEW.search(match.group("name").strip())
    ]
    return min(found, key=lambda match: match.start(), default=None)


def _channel_in(text: str, channels: Mapping[str, str]) -> tuple[str, re.Match[str]] | None:
    for channel in channels:
        # The substring test is a quick no for the many channels a sentence does not name.
        if channel in text and (found := re.search(rf"\b{re.escape(channel)}\b", text)):
            return channel, found
    return None


# A sentence is searched only with the patterns below whose words it holds (`prefilter`).
_GATE = pattern_gate(
    _NOT_CLAIMED, _CLAIMED, _CLAIMANT, _CONFIRMED_BY, _CONFIRMS, _ACCORDING_TO, _SAID, *_BLAME_PATTERNS, _ATTRIBUTION,
    _DENIED, _DISPUTED,
)  # fmt: skip


def find_claims(text: str, offset: int, channels: Mapping[str, str], outlets: frozenset[str]) -> ClaimInfo:
    """Claims and sourcing in one sentence. `channels` maps a claim channel's name to the group that owns
    it; `outlets` are known outlet names, used to tell a cited outlet from any other capitalised subject."""
    info = ClaimInfo()
    gated = GatedText(_GATE, text)

    def note(match: re.Match[str]) -> None:
        info.evidence.append(Span(offset + match.start(), offset + match.end()))

    in_text = _channel_in(text, channels)
    channel: str | None = None
    if in_text is not None:
        channel, found = in_text
        note(found)
        info.claimed = True
        info.claim_channel = channel
        info.claimed_by_text = channels[channel]
        info.cited_sources.append(channel)
    if match := gated.search(_NOT_CLAIMED):
        info.claimed = False
        note(match)
    elif match := gated.search(_CLAIMED):
        info.claimed = True
        note(match)
        if info.claimed_by_text is None and (claimant := gated.search(_CLAIMANT)):
            info.claimed_by_text = _claimant_name(claimant)
    for pattern in (_CONFIRMED_BY, _CONFIRMS):
        for match in gated.finditer(pattern):
            name = _clean_name(match.group("name"))
            if name and name != channel and name not in info.corroborated_by:
                info.corroborated_by.append(name)
                note(match)
    for pattern in (_ACCORDING_TO, _SAID):
        for match in gated.finditer(pattern):
            name = _clean_name(match.group("name"))
            if not name or name in info.cited_sources:
                continue
            if (
                pattern is _SAID
                and name not in outlets
                and not re.search(rf"\b(?:{_OUTLET_NOUNS})\b", match.group(0), re.I)
            ):
                continue
            if name in channels:
                continue
            info.cited_sources.append(name)
            note(match)
    if match := _first_blame(gated):
        info.blamed_on = match.group("name").strip()
        note(match)
    for match in gated.finditer(_ATTRIBUTION):
        who = (match.group("who") or match.group("who2")).strip()
        if who not in info.attributions and who not in info.cited_sources:
            info.attributions.append(who)
    if (match := gated.search(_DENIED)) and _denies_the_event(match, text):
        info.disputed = True
        denier = _clean_name(match.group("name"))
        if denier:
            info.denied_by.append(denier)
        note(match)
    elif match := gated.search(_DISPUTED):
        info.disputed = True
        note(match)
    return info


def _denies_the_event(match: re.Match[str], text: str) -> bool:
    return not (match.group(0).endswith("that") and _OUTCOME_ONLY.match(text, match.end()))


def headline_attribution(agent: str, span: Span) -> ClaimInfo:
    """A headline that says who did it ("Regime strikes kill 7 in Homs", "IS bombing kills 12") is the
    outlet's attribution of the report's attack."""
    return ClaimInfo(blamed_on=agent, evidence=[span])


def share_report_claims(mentions: Sequence[EventMention], headline: ClaimInfo | None = None, text: str = "") -> None:
    """A report says once who did it ("The Taliban claimed responsibility for the attack", "sources blamed
    the ADF"), about the report's attack; but the sentence lands on the event told just before it, often a
    detail ("Three officers were also abducted"). Every attack of the report in the same place, on no other
    date, that says nothing itself of who did it shares the nearest such claim or attribution, the next one
    first: claims follow the attack they are about. An attack the report calls separate ("In a separate
    incident", "elsewhere") keeps to itself. The headline's attribution, if any, comes last. `text` is the
    document text the mentions' sentence spans index."""
    sources = [(m, claim) for m in mentions if (claim := _attribution_of(m)) is not None]
    for mention in mentions:
        if mention.attack_type is None or _names_perpetrator(mention.claim):
            continue
        if _SEPARATE_INCIDENT.search(text[mention.sentence.start : mention.sentence.end]):
            continue
        candidates = [
            (source, claim)
            for source, claim in sources
            if _could_tell_of(source, claim, mention) and not _other_dates(source, mention, mentions)
        ]
        if candidates:
            later = [(s, claim) for s, claim in candidates if s.index > mention.index]
            _take_claim(mention.claim, (later[0] if later else candidates[-1])[1])
        elif headline is not None:
            _take_claim(mention.claim, headline)
        elif mention.sub_event_type == _AIR_STRIKE and (flown := _air_force_striking(text)) is not None:
            _take_claim(mention.claim, flown)


# "Russian and Syrian jets pounded", "raids by regime helicopters": an air force the report has striking.
_AIRCRAFT = r"(?:jets?|warplanes?|war\s+planes|fighter\s+jets|aircraft|helicopters?|air\s+forces?|bombers)"
_FLYER = r"(?:[A-Z][\w'’-]*|regime|government|coalition|US-led\s+coalition)"
_AIR_FORCE_STRIKING = re.compile(
    rf"(?:\bby\s+(?:the\s+)?(?P<by>{_FLYER}(?:\s+(?:and|or)\s+{_FLYER})?\s+{_AIRCRAFT})\b"
    rf"|(?P<agent>\b{_FLYER}(?:\s+(?:and|or)\s+{_FLYER})?\s+{_AIRCRAFT})\s+(?:have\s+|has\s+|had\s+)?"
    rf"(?:continued\s+(?:on\s+\w+\s+)?to\s+|also\s+)?(?:pound|struck|strike|hit|bomb|target|raid|attack|shell|"
    rf"drop|carried\s+out|launched|conducted|renew)\w*)"
)


def _air_force_striking(text: str) -> ClaimInfo | None:
    """The air force a report has striking anywhere in it: who flew an air strike the report leaves unnamed."""
    for match in _AIR_FORCE_STRIKING.finditer(text):
        name = match.group("by") or match.group("agent")
        if not _NOBODY_NEW.search(name) and name.split()[0] not in _GENERIC_NAMES:
            return ClaimInfo(blamed_on=name, evidence=[Span(match.start(), match.end())])
    return None


def _attribution_of(mention: EventMention) -> ClaimInfo | None:
    """What a mention says of who did it: its claim or attribution, or for an air strike the air force its
    sentence has flying it ("Russian and Syrian jets pounded the city"); None when it names nobody."""
    if _names_perpetrator(mention.claim):
        return mention.claim
    if mention.sub_event_type == _AIR_STRIKE and mention.actor1_text:
        return ClaimInfo(blamed_on=mention.actor1_text, evidence=[mention.sentence])
    return None


def _could_tell_of(source: EventMention, claim: ClaimInfo, mention: EventMention) -> bool:
    """A claim or attribution tells of attacks in its place; one of air strikes, of every air strike."""
    if _both_air_strikes(source, mention):
        return True
    return claim is source.claim and _same_place(source, mention)


# The report's own word that an attack is another incident than the one it leads with.
_SEPARATE_INCIDENT = re.compile(r"\b(?:separate(?:ly)?|elsewhere|meanwhile|in another)\b", re.I)


def _other_dates(a: EventMention, b: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Both mentions date themselves ("on November 15", "last month"), differently."""
    first, second = _own_date(a, mentions), _own_date(b, mentions)
    return first is not None and second is not None and first != second


def _own_date(mention: EventMention, mentions: Sequence[EventMention]) -> str | None:
    """The date a mention gives itself, an anchored one ("later that day") read through its anchor."""
    date = mention.date
    if not date.text or date.of_report:
        return None
    if date.anchor is None or not 0 <= date.anchor < len(mentions) or mentions[date.anchor] is mention:
        # "on Monday" and "Monday" are one day.
        return _DATE_PREPOSITION.sub("", date.text.strip().lower())
    anchor = _own_date(mentions[date.anchor], mentions)
    return None if anchor is None else f"{anchor} {date.offset_days:+d} days"


def _both_air_strikes(a: EventMention, b: EventMention) -> bool:
    """Air strikes are told by who flies them, once ("the raids were carried out by Russian or regime jets"),
    often about one town of the campaign while the lead names another: that attribution stands for them all."""
    return a.sub_event_type == b.sub_event_type == _AIR_STRIKE


_AIR_STRIKE = "Air/drone strike"


_DATE_PREPOSITION = re.compile(r"^(?:(?:on|in|at|during|the|of)\s+)+")


def _names_perpetrator(claim: ClaimInfo) -> bool:
    return bool(claim.claimed_by_text or claim.blamed_on)


def _same_place(a: EventMention, b: EventMention) -> bool:
    """Places that do not contradict: one of the two names none, or they share a name, spelled with or
    without its article ("Al Hudaydah", "Hudaydah")."""
    if not a.places or not b.places:
        return True
    return bool(_place_words(a) & _place_words(b))


def _place_words(mention: EventMention) -> set[str]:
    words = (word for place in mention.places for word in re.split(r"[\s'’-]+", place.text.lower()))
    return {word for word in words if len(word) > 2 and word not in _PLACE_ARTICLES}


# Articles and the nouns of any place name ("Baghlan province", "Kunduz province" share no place).
_PLACE_ARTICLES = frozenset(
    {"the", "al", "el", "ad", "ar", "as", "an", "at", "ash", "of", "de", "la"}
    | {"province", "district", "city", "town", "village", "state", "region", "county", "area", "governorate"}
    | {"camp", "road", "highway", "north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)


def _take_claim(into: ClaimInfo, source: ClaimInfo) -> None:
    if into.claimed is None:
        into.claimed = source.claimed
    into.claimed_by_text = source.claimed_by_text
    into.claim_channel = into.claim_channel or source.claim_channel
    into.blamed_on = source.blamed_on
    into.evidence.extend(span for span in source.evidence if span not in into.evidence)
