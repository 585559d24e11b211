"""The GTD target/victim type of an attack, from the words naming what was hit."""

from __future__ import annotations

import re

_TARGET_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "Police",
        re.compile(
            r"\b(?:police\w*|policem[ae]n|officers?|gendarm\w+|constables?|cops?|patrolm[ae]n|"
            r"border guards?|traffic)\b",
            re.I,
        ),
    ),
    (
        "Military",
        re.compile(
            r"\b(?:soldiers?|troops?|army|military|servicem[ae]n|convoy|barracks|base|"
            r"checkpoints?|battalion|brigade|marines?|paratroopers?|navy|air force|"
            r"national guard|armou?red)\b",
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
            r"(?:station|supply|plant)|gas (?:station|pipeline)|dam)\b",
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
            r"factory|factories|traders?|merchants?|mine|contractors?)\b",
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
            r"villages?|wedding|funeral|crowd)\b",
            re.I,
        ),
    ),
]


def target_type_from_words(text: str) -> str | None:
    for target_type, pattern in _TARGET_WORDS:
        if pattern.search(text):
            return target_type
    return None
