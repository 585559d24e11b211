"""The GTD target/victim type of an attack, from the words naming what was hit."""

from __future__ import annotations

import re

# Phrases that name their target type outright, looked at before the single words below: "an army officer" is
# military, "an intelligence officer" and "a polling station" government, whatever "officer" or "station" say.
_SECURITY_FORCES = "security forces"
_TARGET_PHRASES: list[tuple[str, re.Pattern[str]]] = [
    (
        # International missions and foreign forces sent by them: GTD's diplomatic targets, not the army.
        "Government (Diplomatic)",
        re.compile(
            r"\b(?:MONUSCO|MINUSMA|MINUSCA|UNMISS|UNAMID|UNIFIL|United Nations|UN (?:mission|base|convoy|"
            r"compound|staff|personnel|troops)|African Union|peacekeep\w+|World Food Programme|WFP|Takuba|"
            r"G5 Sahel|Barkhane)\b",
            re.I,
        ),
    ),
    (
        # Police named outright, and forces GTD counts as police wherever they serve: India's armed police,
        # gendarmes. A GTD coder takes police among the victims as the principal target.
        "Police",
        re.compile(
            r"\b(?:police (?:officers?|stations?|posts?|checkpoints?|battalions?|units?|convoys?|vehicles?)|CRPF|"
            r"Central Reserve Police|Sashastra Seema Bal|SSB|Border Security Force|BSF|ITBP|CISF|"
            r"Frontier Constabulary|Custodial Corps|gendarm\w+|criminal investigation (?:department|teams?|units?|"
            r"officers?)|CID)\b",
            re.I,
        ),
    ),
    (
        # GTD files informers and the kin of officials under the public ("Alleged Informant"): "a police informer",
        # "the brother of a district police chief" are not police targets.
        "Private Citizens & Property",
        re.compile(
            r"\b(?:informers?|informants?|(?:brothers?|sisters?|sons?|daughters?|wi(?:fe|ves)|husbands?|fathers?|"
            r"mothers?|relatives?|cousins?|nephews?|nieces?|uncles?|widows?) of)\b",
            re.I,
        ),
    ),
    (
        # Forces allied to the state that are not its army or police.
        "Terrorists/Non-State Militia",
        re.compile(
            r"\b(?:pro-government (?:militia\w*|outposts?|forces|fighters|posts?)|militia (?:members?|commanders?|"
            r"outposts?|posts?)|National Uprising Movement|uprising forces|Security Belt|Joint Forces|"
            r"Southern Resistance|Giants Brigade|Free Syrian Army|FSA|Syrian National Army|Civilian JTF|"
            r"vigilantes?|Amotekun|(?:Shabwani |Hadrami )?Elite Forces|Sahwa|Awakening Council)\b",
            re.I,
        ),
    ),
    (
        # "Security forces" and their posts say neither army nor police: the victims may tell which later.
        _SECURITY_FORCES,
        re.compile(
            r"\b(?<!joint )security (?:forces|checkpoints?|posts?|outposts?|patrols?|convoys?|vehicles?)\b", re.I
        ),
    ),
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
            r"members? of (?:the )?(?:\w+ )?(?:assembly|parliament|senate)|commissioners?|customary chiefs?|"
            # Heads and offices of local government: "a barangay captain", "the ward administration office".
            r"(?:village|district|ward|sub-?district|(?:sub-?)?divisional|county|community|municipal|provincial|local|town|"
            r"tambon) (?:heads?|council\w*|chiefs?|chair\w*|captains?|leaders?|administrat\w+|offices?|secretar\w+|"
            r"presidents?|directors?|representatives?|delegates?)|barangay|panchayat|sarpanch|"
            r"(?:administration|administrative|municipality|revenue|tax|customs|registration|passport) offices?|"
            r"municipalit\w+|customs|presidential palace|(?:special )?envoys?|advis[eo]rs? to the (?:\w+ )?"
            r"(?:president|prime minister|governor)|director general|"
            r"(?:polio|vaccination) (?:workers?|teams?|campaign)|vaccinators?|polling officials?|ballot|INEC|"
            r"(?-i:[A-Z]\w+ (?:Authority|Commission))|(?-i:Department of)|public servants?|"
            # "head of the Public Order and Safety Office", "chief of the People's Council", "head of a village".
            r"(?:head|chief) of (?:the |a |an )?(?:[\w'-]+ ){0,5}(?:council|department|office|authority|village)|"
            # Chiefs and national bodies the state recognises: "a traditional leader", "the National Audit Board".
            r"traditional (?:leaders?|rulers?|chiefs?)|administrative (?:clerks?|staff|employees?|workers?)|"
            r"(?-i:MPs?)|House of (?:Representatives|Commons|Lords|Delegates)|(?:chief|associate) justices?|"
            r"Afghan Public Protection Force|APPF|(?-i:National (?:[A-Z]\w+ )+(?:Committee|Council|Board)))\b",
            re.I,
        ),
    ),
    (
        "Military",
        re.compile(
            r"\b(?:(?:army|military|air force|naval|navy) (?:officers?|personnel|posts?|outposts?)|"
            r"air ?bases?|front ?lines?|Frontier Corps|military (?:bases?|camps?|vehicles?)|paramilitar\w+|"
            r"Popular Mobili[sz]ation|Hashd|Counter[- ]Terrorism Service|Volunteers for the Defen[cs]e of the "
            r"Homeland|VDP|army reserve|Volunteer Forces|border (?:forces|troops))\b",
            re.I,
        ),
    ),
    (
        # GTD codes party officials, workers and offices as targets of their party, not as the government.
        "Violent Political Party",
        re.compile(
            r"\b(?:(?-i:Party|Sena|League) (?:workers?|members?|leaders?|activists?|officials?|offices?|"
            r"supporters?|cadres?|presidents?|secretar\w+)|(?:workers?|members?|leaders?|activists?|officials?|"
            r"secretar\w+|presidents?) of (?:the )?(?:\w+ ){0,4}(?-i:Party)|party (?:workers?|members?|"
            r"activists?|offices?|cadres?|supporters?)|(?:\w+ ){1,3}party (?:leaders?|officials?))\b",
            re.I,
        ),
    ),
]

_FORCE_UNIT = "force unit"
_POLICE = re.compile(r"\bpolice\b", re.I)

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
            r"\b(?:soldiers?|troops?|army|military(?![- ](?:backed|aligned|appointed|installed)\b)|servicem[ae]n|marines?|paratroopers?|navy|air force|"
            r"national guard|military posts?|infantry)\b",
            re.I,
        ),
    ),
    (
        # Units, posts and ranks both forces have: military unless the words say police ("a police battalion").
        _FORCE_UNIT,
        re.compile(
            r"\b(?:convoy(?! (?:of|carrying)\b)|barracks|base|checkpoints?|battalion|brigade|armou?red|outposts?|positions?|colonels?|"
            r"brigadiers?|divisions?|regiments?|reservists?)\b",
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
            r"court|parliament\w*|district chief|prosecutor|tax office|election|palace)\b",
            re.I,
        ),
    ),
    (
        "Educational Institution",
        re.compile(
            r"\b(?:schools?|universit\w+|students?|teachers?|pupils?|"
            r"college|madrasa\w*|classroom|lecturers?|professors?|academ\w+)\b",
            re.I,
        ),
    ),
    (
        "Religious Figures/Institutions",
        re.compile(
            r"\b(?:mosques?|church\w*|imams?|priests?|clerics?|"
            r"worshippers?|temples?|shrines?|synagogues?|pastors?|monks?|cathedrals?|chapels?|monaster\w+|"
            r"parish\w*|archbishops?|bishops?|religious (?:leaders?|scholars?|figures?)|pilgrims?|churchgoers|"
            r"congregation)\b",
            re.I,
        ),
    ),
    (
        "Journalists & Media",
        re.compile(
            r"\b(?:journalists?|reporters?|media|radio (?:\w+ )?stations?|(?-i:Radio [A-Z]\w+)|television|"
            r"newspaper|camera\w*|photographer)\b",
            re.I,
        ),
    ),
    (
        "NGO",
        re.compile(
            r"\b(?:aid workers?|NGOs?|humanitarian|charity|Red Cross|Red Crescent|relief|non-?governmental|"
            r"Doctors Without Borders|M[eé]decins Sans Fronti[eè]res|MSF|demining|(?-i:[A-Z]\w+ Refugee\w* "
            r"Co\w+))\b",
            re.I,
        ),
    ),
    ("Airports & Aircraft", re.compile(r"\b(?:airport|aircraft|airplane|plane|airliner|airfield)\b", re.I)),
    (
        "Maritime",
        re.compile(r"\b(?:ships?|vessels?|(?:oil |fuel )?tanker ships?|boats?|ferr(?:y|ies)|port|harbou?r)\b", re.I),
    ),
    (
        "Transportation",
        re.compile(
            r"\b(?:bus|buses|trains?|railway|rail (?:lines?|tracks?)|passengers?|minibus|taxi\w*|highway|bridges?|"
            r"truck drivers?|rickshaws?|public transport\w*|toll (?:booths?|plazas?)|metro|subway|S-Bahn)\b",
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
            r"communications? (?:towers?|masts?)|antenna|[345]G (?:\w+ )?(?:towers?|masts?)|telephone (?:poles?|lines?)|"
            r"phone masts?|transmission towers?|mobile (?:phone )?(?:company|operators?|networks?))\b",
            re.I,
        ),
    ),
    (
        "Business",
        re.compile(
            r"\b(?:shops?|stores?|business\w*|banks?|hotels?|restaurants?|compan\w+|"
            r"factory|factories|traders?|merchants?|contractors?|(?<!to )(?<!to a )(?<!to the )hospitals?|"
            r"clinics?|pharmac\w+|health (?:cent(?:er|re)|facilit\w+)s?|(?:petrol|filling|gas) stations?|farms?|"
            r"ranch\w*|plantations?|labou?rers?|miners?|mining|mineworkers?|goldmines?|construction|"
            # A mine that is dug, not one that explodes: "a coal mine", "the mine's workers".
            r"(?:coal|gold|copper|tin|diamond|jade|iron|cobalt|salt|stone) mines?|mine (?:sites?|owners?|workers?)|"
            r"supermarkets?|bars?|pubs?|night ?clubs?|caf[eé]s?|massage|garages?|workshops?|warehouses?|"
            r"industrial|doctors?|nurses?|health ?(?:care )?workers?|medical|employees?|workers?|technicians?|"
            r"engineers?|(?:cargo|supply|delivery|goods|food|fuel|oil|water) (?:trucks?|lorr\w+|tankers?)|"
            r"oil (?:facilit\w+|wells?|fields?|compan\w+)|refiner\w+|Aramco|(?-i:Corporation|Limited|Ltd)|"
            r"guest ?houses?|lodges?|resorts?|casinos?|cinemas?|(?:general|managing|site|branch|plant|mine) managers?|"
            r"chief executives?|CEOs?|tractors?|backhoes?|excavators?|bulldozers?|"
            r"machinery|(?:agricultural|construction|farm|logging|forestry) (?:machines?|equipment|vehicles?)|"
            r"(?:vaccination|testing) (?:cent(?:er|re)s?|sites?))\b",
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
            r"\b(?:civilians?|residents?|villagers?|farmers?|women|children|people|persons?|man|woman|boy|girl|"
            r"herders?|residential|villages?|wedding|funeral|crowd|neighbou?rhoods?|displaced|IDPs?|refugees?|"
            r"protesters?|protestors?|demonstrators?|"
            # GTD files a marketplace, square or street under the public, not business.
            r"towns?|markets?|bazaars?|squares?|streets?|"
            # Whose home, car or family it was decides: "the house of a judge" is the judge's.
            r"(?:homes?|houses?|cars?|famil\w+|residences?)\b(?! (?:of|belonging to|owned by)\b))\b",
            re.I,
        ),
    ),
]


def target_type_from_words(text: str) -> str | None:
    """The type of the first target the words name, as a GTD coder takes the first-named victim as the principal
    one ("a police officer and two civilians" is a police target); a phrase that names its type outright comes
    before single words."""
    target = _first_named(text, _TARGET_PHRASES) or _first_named(text, _TARGET_WORDS)
    if target == _FORCE_UNIT:
        return "Police" if _POLICE.search(text) else "Military"
    return "Military" if target == _SECURITY_FORCES else target


def names_only_security_forces(text: str) -> bool:
    """ "Attacked a security outpost": the army by default, but "three police officers were killed" in the
    next sentence makes it a police target."""
    return _first_named(text, _TARGET_PHRASES) == _SECURITY_FORCES


def _first_named(text: str, vocabulary: list[tuple[str, re.Pattern[str]]]) -> str | None:
    found = [
        (match.start(), rank, target_type)
        for rank, (target_type, pattern) in enumerate(vocabulary)
        if (match := pattern.search(text))
    ]
    return min(found)[2] if found else None


# An attack that hit nothing: the device found and defused, the missile shot down, the bomb that went off while
# being planted, the rocket that fell in open ground. With no target named, GTD codes the target as unknown.
_AVERTED_ATTACK = re.compile(
    r"\b(?:defus\w+|dismantl\w+|intercept\w+|shot down|prematurely|while (?:\w+ )?(?:planting|assembling|making)|"
    # Bombers caught before they struck: "tried to plant mines", "police arrested two men planting a bomb".
    r"(?:attempt\w*|tr(?:y|ied|ying)) to plant|(?:arrest\w*|caught|apprehended|detained) [^.]{0,40}?\b(?:planting|"
    r"carrying|transporting) (?:\w+ )?(?:explosives?|bombs?|devices?|mines?|IEDs?)|"
    r"(?:open|empty|uninhabited) (?:areas?|fields?|ground|land))\b",
    re.I,
)
# What it was aimed at is still its target: "a drone targeting the city was intercepted".
_AIM_NAMED = re.compile(
    r"\b(?:target\w*|heading (?:to|towards?|for)|aimed at|attempting to (?:attack|strike|hit))\b", re.I
)
# A device that went off while it was being defused hit those defusing it.
_WENT_OFF = re.compile(r"\b(?:detonat\w+|explod\w+|went off)\b(?!\s+prematurely)", re.I)
_DEFUSING = re.compile(r"\b(?:defus\w+|dismantl\w+)\b", re.I)


def names_an_averted_attack(text: str) -> bool:
    if _AVERTED_ATTACK.search(text) is None or _AIM_NAMED.search(text):
        return False
    return not (_DEFUSING.search(text) and _WENT_OFF.search(text))
