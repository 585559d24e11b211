"""Who claims, cites, confirms or denies an event, as one sentence says it.

Channels (a group's own media, such as Amaq) are configured from the actor lexicon, so a claim made
through them names the group that owns them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from eventlens.extract.words import CALENDAR_WORDS
from eventlens.types import ClaimInfo, Span

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
    r"\b(?:said\s+(?:it|they)\s+(?:had\s+)?(?:carried out|was behind|were behind|conducted|staged)|claimed\s+(?:responsibility|credit|the\s+(?:attack|bombing|blast|killing|operation|assault|ambush|"
    r"strike|abduction|kidnapping))|took\s+responsibility|in\s+a\s+claim\s+of\s+responsibility|"
    r"claim(?:ed)?\s+of\s+responsibility)\b",
    re.I,
)
_CLAIMANT = re.compile(
    rf"(?P<name>{_NAME})\s+(?:(?:group|movement|organi[sz]ation|militants|has|have|had|later|quickly|swiftly|also|"
    rf"reportedly)\s+)*(?:(?:claimed|took)\s+"
    rf"(?:responsibility|credit|the\s+\w+)|said\s+(?:it|they)\s+(?:had\s+)?(?:carried out|was behind|were behind|"
    rf"conducted|staged|launched|killed))"
)
_BLAMED = re.compile(
    r"\b(?:attributed|blamed|pinned)\s+(?:the|that|this|these)\s+(?:\w+\s+){0,2}?(?:to|on)\s+(?:the\s+)?"
    r"(?P<name>[^.;,]+?)(?=\s*(?:[.;,]|$|\s+(?:and|but|who|which|although|though)\b))"
    r"|\bblamed\s+(?:the\s+)?(?P<name2>[^.;,]+?)\s+for\b"
    r"|\b(?:suspected|believed)\s+to\s+(?:have\s+been|be)\s+(?:carried\s+out|behind|staged)\s+by\s+(?:the\s+)?"
    r"(?P<name3>[^.;,]+?)(?=\s*(?:[.;,]|$))",
    re.I,
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


def _channel_in(text: str, channels: Mapping[str, str]) -> tuple[str, re.Match[str]] | None:
    for channel in channels:
        if found := re.search(rf"\b{re.escape(channel)}\b", text):
            return channel, found
    return None


def find_claims(text: str, offset: int, channels: Mapping[str, str], outlets: frozenset[str]) -> ClaimInfo:
    """Claims and sourcing in one sentence. `channels` maps a claim channel's name to the group that owns
    it; `outlets` are known outlet names, used to tell a cited outlet from any other capitalised subject."""
    info = ClaimInfo()

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
    if match := _NOT_CLAIMED.search(text):
        info.claimed = False
        note(match)
    elif match := _CLAIMED.search(text):
        info.claimed = True
        note(match)
        if info.claimed_by_text is None and (claimant := _CLAIMANT.search(text)):
            info.claimed_by_text = _clean_name(claimant.group("name"))
    for pattern in (_CONFIRMED_BY, _CONFIRMS):
        for match in pattern.finditer(text):
            name = _clean_name(match.group("name"))
            if name and name != channel and name not in info.corroborated_by:
                info.corroborated_by.append(name)
                note(match)
    for pattern in (_ACCORDING_TO, _SAID):
        for match in pattern.finditer(text):
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
    if match := _BLAMED.search(text):
        info.blamed_on = (match.group("name") or match.group("name2") or match.group("name3")).strip()
        note(match)
    for match in _ATTRIBUTION.finditer(text):
        who = (match.group("who") or match.group("who2")).strip()
        if who not in info.attributions and who not in info.cited_sources:
            info.attributions.append(who)
    if match := _DENIED.search(text):
        info.disputed = True
        denier = _clean_name(match.group("name"))
        if denier:
            info.denied_by.append(denier)
        note(match)
    elif match := _DISPUTED.search(text):
        info.disputed = True
        note(match)
    return info
