"""The GTD target/victim type of an attack, from the words naming what was hit."""

from __future__ import annotations

import re

# Phrases that name their target type outright, looked at before the single words below: "an army officer" is
# military, "an intelligence officer" and "a polling station" government, whatever "officer" or "station" say.
_TARGET_PHRASES: list[tuple[str, re.Pattern[str]]] = [
    (
        "Government (General)",
        re.compile(
            r"\b(?:intelligence (?:officers?|agents?|officials?|agency|service)|polling (?:stations?|booths?|"
            r"centres?|centers?)|election (?:officials?|workers?|commission|offices?|materials?)|electoral|"
            r"district (?:cent(?:er|re)|headquarters|administration|administrator|council)|"
            r"(?:council|committee) (?:members?|chair\w*)|council(?:l)?ors?|village (?:chiefs?|heads?|chairs?|"
            r"administrators?)|administrators?|civil servants?|government (?:\w+ )?(?:offices?|buildings?|"
            r"employees?|workers?|officials?|staff|convoy|compound)|(?:municipal|city|district|provincial|state) "
            r"(?:offices?|buildings?|departments?)|town hall|city hall|National Directorate of Security|NDS|"
            r"(?-i:[A-Z]\w+ Department)|(?:election )?candidates?|politicians?|(?:assembly|parliament\w*) members?|"
            r"members? of (?:the )?(?:\w+ )?(?:assembly|parliament|senate)|commissioners?|customary chiefs?)\b",
            re.I,
        ),
    ),
    (
        "Military",
        re.compile(
            r"\b(?:(?:army|military|air force|naval|navy) (?:officers?|personnel|posts?|outposts?)|"
            r"security (?:forces|checkpoints?|posts?|outposts?)|air ?bases?|front ?lines?|Frontier Corps|"
            r"military (?:bases?|camps?|vehicles?))\b",
            re.I,
        ),
    ),
    (
        "Terrorists/Non-State Militia",
        re.compile(r"\b(?:pro-government militia\w*|militia (?:members?|commanders?|outposts?|posts?))\b", re.I),
    ),
]

_TARGET_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "Police",
        re.compile(
            r"\b(?:police\w*(?! district)|policem[ae]n|officers?|gendarm\w+|constables?|cops?|patrolm[ae]n|"
            r"border guards?|traffic|levies)\b",
            re.I,
        ),
    ),
    (
        "Military",
        re.compile(
            r"\b(?:soldiers?|troops?|army|military|servicem[ae]n|convoy|barracks|base|"
            r"checkpoints?|battalion|brigade|marines?|paratroopers?|navy|air force|"
            r"national guard|armou?red|outposts?|military posts?|positions)\b",
            re.I,
        ),
    ),
    (
        "Government (Diplomatic)",
        re.compile(
            r"\b(?:embass\w+|consulate|diplomats?|ambassador|UN peacekeep\w+|"
            r"peacekeep\w+)\b",
            re.I,
        ),
    ),
    (
        "Government (General)",
        re.compile(
            r"\b(?:governor|mayor|officials?|ministry|minister|government "
            r"(?:building|office|employee|worker)s?|councill?ors?|lawmakers?|judges?|"
            r"court|parliament\w*|district chief|prosecutor|tax office|election)\b",
            re.I,
        ),
    ),
    (
        "Educational Institution",
        re.compile(
            r"\b(?:schools?|universit\w+|students?|teachers?|pupils?|"
            r"college|madrasa\w*|classroom)\b",
            re.I,
        ),
    ),
    (
        "Religious Figures/Institutions",
        re.compile(
            r"\b(?:mosques?|church\w*|imams?|priests?|clerics?|"
            r"worshippers?|temples?|shrines?|synagogues?|pastors?|monks?)\b",
            re.I,
        ),
    ),
    (
        "Journalists & Media",
        re.compile(
            r"\b(?:journalists?|reporters?|media|radio station|television|"
            r"newspaper|camera\w*|photographer)\b",
            re.I,
        ),
    ),
    ("NGO", re.compile(r"\b(?:aid workers?|NGOs?|humanitarian|charity|Red Cross|Red Crescent|relief)\b", re.I)),
    ("Airports & Aircraft", re.compile(r"\b(?:airport|aircraft|airplane|plane|airliner|airfield)\b", re.I)),
    ("Maritime", re.compile(r"\b(?:ship|vessel|tanker|boat|port)\b", re.I)),
    (
        "Transportation",
        re.compile(
            r"\b(?:bus|buses|train|railway|passengers?|minibus|taxi|highway|bridge|"
            r"truck drivers?)\b",
            re.I,
        ),
    ),
    (
        "Utilities",
        re.compile(
            r"\b(?:power (?:line|station|plant|grid)|pylons?|electricity|pipeline|water "
            r"(?:station|supply|plant)|gas pipeline|dam)\b",
            re.I,
        ),
    ),
    (
        "Telecommunication",
        re.compile(
            r"\b(?:telecom\w*|mobile phone (?:tower|mast)|cell(?:ular)? tower|"
            r"communication towers?|antenna)\b",
            re.I,
        ),
    ),
    (
        "Business",
        re.compile(
            r"\b(?:shops?|markets?|stores?|business\w*|banks?|hotels?|restaurants?|compan\w+|"
            r"factory|factories|traders?|merchants?|mine|contractors?|(?<!to )(?<!to a )(?<!to the )hospitals?|"
            r"clinics?|pharmac\w+|health (?:cent(?:er|re)|facilit\w+)s?|(?:petrol|filling|gas) stations?|farms?|"
            r"ranch\w*|plantations?|labou?rers|miners?|mining|construction (?:workers?|sites?|vehicles?|compan\w+))\b",
            re.I,
        ),
    ),
    (
        "Terrorists/Non-State Militia",
        re.compile(
            r"\b(?:militants?|fighters?|rebels?|insurgents?|militia\w*|"
            r"jihadists?|terrorists?|cells?|gunmen|extremists?)\b",
            re.I,
        ),
    ),
    (
        "Private Citizens & Property",
        re.compile(
            r"\b(?:civilians?|residents?|villagers?|homes?|houses?|farmers?|"
            r"famil\w+|women|children|people|persons?|man|woman|boy|girl|herders?|residential|cars?|"
            r"villages?|wedding|funeral|crowd|residences?|neighbou?rhoods?|displaced|IDPs?|refugees?|towns?)\b",
            re.I,
        ),
    ),
]


def target_type_from_words(text: str) -> str | None:
    for target_type, pattern in [*_TARGET_PHRASES, *_TARGET_WORDS]:
        if pattern.search(text):
            return target_type
    return None
