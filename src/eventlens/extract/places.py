"""Place names in a sentence, with what the text calls them ("the village of X", "X province").

Extraction proposes; `resolve.places` decides against the gazetteer. Names that the text attaches to a
group ("US-backed", "Syrian-led") are modifiers, not places."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span as SpacySpan

from eventlens.extract.entities import entities_in
from eventlens.extract.numbers import parse_count
from eventlens.extract.prefilter import GatedText, pattern_gate
from eventlens.extract.words import CALENDAR_WORDS
from eventlens.types import PlaceMention, PlaceOffset, Span

_KINDS = (
    r"city|town|village|hamlet|district|sub-?district|neighbou?rhood|quarter|area|province|governorate|region|"
    r"county|municipality|suburb|camp|state|countryside|outskirts|locality|commune|department|prefecture|"
    r"settlement|border town|port city|capital"
)
_ARTICLE = r"(?:(?:al|el|ad|ar|as|at|az|an|ash|adh|Al|El|Ad|Ar|As|At|Az|An|Ash)[-‑‐ ])"
_WORD = r"[A-Z][\w'’‘ʿ-]*"
# Romance particles join a name as the Arabic ones do: "Mar del Plata", "Jaboatao dos Guararapes"; a state's
# "Republic of (the)" joins it too: "the Democratic Republic of the Congo" is one name, not "Congo" alone.
# "the District of Columbia" is one name, as "the Republic of the Congo" is.
# Spanish and Romanian names join with two particles ("Amatlan de los Reyes", "Martinez de la Torre", "Poienile de sub
# Munte"), Arabic and Persian ones with "wa", "and" ("Khabb wa ash Shaaf", "Keran wa Menjan"), Persian ones with the
# ezafe ("Kut e Abdollah").
_LINK = (
    r"(?:(?:(?<=Republic)|(?<=District))\s+of\s+(?:the\s+)?|\s+(?:de|del)\s+(?:los|las|la|sub)\s+|"
    r"\s+(?:al|el|ad|ar|as|ash|ez|es|ed|et|en|de|del|da|das|do|dos|di|du|la|le|bin|ibn|bani|Bani|Beni|abu|Abu|Umm|umm|wa|e)"
    r"[-‑‐\s]?|\s+|-)"
)
# Each segment is atomic and the chain capped: a hyphen or an "al-" can be read two ways, and without this a
# long hyphenated or Title Case run would be tried in exponentially many splits.
NAME = rf"(?>{_ARTICLE}?{_WORD})(?>{_LINK}{_ARTICLE}?{_WORD}){{0,6}}"

# "the Municipality of Coalcoman": Latin American news capitalises the municipality as its official title.
_KIND_OF_NAME = re.compile(rf"\b(?:the\s+)?(?P<kind>{_KINDS}|Municipality)\s+of\s+(?P<name>{NAME})")
# "the Syrian city Aleppo", "the northern town Rankus": a kind word qualified by a demonym or a direction,
# then the name, with no "of".
_QUALIFIED_KIND_NAME = re.compile(
    rf"\b(?:[A-Z][a-z]+(?:ian|ese|i|an)|(?:north|south|east|west)(?:ern)?)\s+(?P<kind>city|town|village)\s+(?P<name>{NAME})"
)
_NAME_KIND = re.compile(rf"(?<![\w'’-])(?P<name>{NAME})\s+(?P<kind>(?i:{_KINDS}))\b")
# "in Tarmiyah, Saladin, Iraq", "in the center of Hasakah, Al Hasakah, Syria": town, province, country; the first
# may carry its kind ("in Qaysar district, Faryab").
# "Assailants attacked Maine Soroa, Diffa, Niger": the place attacked, written as an address, is the object of the verb.
# The first name may carry its kind or be a building the rest places: "in Ogbor Hill neighborhood, Aba, Abia", "near
# Osama bin Zaid school, Ras al-Ain, Al Hasakah".
_PLACE_LIST = re.compile(
    rf"\b(?:in|near|at|outside|of|attacked|shelled|stormed|raided|bombed|ambushed|besieged|overran|targeting)\s+"
    rf"(?:the\s+)?(?P<list>{NAME}(?:\s+(?:district|sub-?district|village|town|city|area|municipality|county|"
    rf"neighbou?rhood|quarter|suburb|camp|school|hospital|mosque|church|market|checkpoint|statue|base))?"
    rf"(?:\s*,\s*{NAME}){{1,4}})"
)
# "Kibanda village (Idjwi, Sud-Kivu)": a kind word may stand between the place and its brackets.
_PARENTHESISED = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAME})(?:\s+(?:village|town|city|area|district))?\s+"
    rf"\((?P<list>{NAME}(?:\s*,\s*{NAME}){{0,3}})\)"
)
_ACRONYM = re.compile(r"^[A-Z]{2,}$")
# "the outskirts of X", "north of X", "the Northern Province of X", "the southern countryside of X", "rebel-held
# areas of X".
_PART_OF = re.compile(
    rf"\b(?:(?:center|centre|outskirts|edge|heart|suburbs?|vicinity|countryside|parts?|areas|neighbou?rhoods|districts|"
    rf"north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest)"
    rf"(?:\s+(?:province|governorate|countryside|outskirts|suburbs|district|region|part|areas?))?"
    rf"|(?:North|South|East|West)(?:ern)?\s+(?i:province|governorate|district|region|countryside))"
    rf"\s+of\s+(?:the\s+)?(?P<name>{NAME})"
)
# "residents from the northern towns of Fuaa and Kafraya": every town of the list is where people came from.
# "reinforcements from Idleb and Afrin": every place of a list after "from" too (but "from Kanyatsi, Beni, North
# Kivu" is one place written with what holds it, and what holds it is where it happened).
_ORIGIN = re.compile(
    rf"\b(?i:from)\s+(?:the\s+)?(?:\w+\s+)?"
    rf"(?:(?i:towns?|villages?|cities|areas|camps|neighbou?rhoods)\s+of\s+(?:{NAME}\s*(?:,\s*|\s+and\s+|\s+or\s+))*"
    rf"|(?:{NAME}(?:\s+(?i:{_KINDS}))?\s+(?:and|or)\s+)+)?$"
)
# "a bus near the Atmeh crossing on the border with Turkey": the country across the border is not where it was.
# "Daesh (a terrorist group banned in Russia)": Russian outlets' legal note names where a group is outlawed.
_BANNED_IN = re.compile(r"\b(?:banned|outlawed|prohibited|proscribed)\s+in\s+(?:the\s+)?$", re.I)
_FAR_SIDE = re.compile(r"\b(?:border|frontier|boundary|crossing)\s+with\s+(?:the\s+)?$", re.I)
# "near the Turkish border", "along the Syrian-Iraqi frontier": the neighbour named by a border is its far side.
# "the Atmeh border crossing" is at Atmeh.
_BORDER_AFTER = re.compile(
    r"^(?:[-‑][A-Z][\w'’]*)?\s+(?:border|frontier)\b(?!\s+(?:crossings?|posts?|gates?|points?|towns?|villages?|city))"
)
# "the Red Sea port of Hodeidah", "Hodeidah's Red Sea coast", "the Black Sea resort of Sochi": a sea named before
# the port or coast on it says where the town lies, not where the event was ("Red Sea" is Sudan's state too).
_SEA_NAME = re.compile(r"(?:^|\s)(?:the\s+)?[A-Z][\w'’-]*\s+Sea$")
_ON_ITS_COAST = re.compile(r"^\s+(?:sea)?(?:port|coast(?:al|line)?|harbou?r|shores?|resort|city|town)\b", re.I)
_NAMED_BEFORE = re.compile(rf"{_WORD}\s+$")
_KIND_WORD = re.compile(_KINDS, re.IGNORECASE)
_TOWNS_OWN = re.compile(r"\b(?:city|town|capital)['’]s\s+(?:\w+\s+)?$", re.IGNORECASE)
_ROAD = re.compile(
    rf"(?<![\w'’-])(?P<name>(?=[A-Z]){NAME})\s+(?:highway|road|motorway|roundabout|junction|intersection|crossroads?)\b"
)
# Between the towns of a road's name: "Halba-Qoubaiyat", "Qabb Elias- Dahr el Baydar" (not "Bar Elias-el Marj").
_ROAD_SPLIT = re.compile(r"\s*[-–]\s*(?=[A-Z])")
_ARTICLE_BEFORE = re.compile(r"\b(?:al|el|ad|ar|as|az|an|ash|ez|es|ed|et|en)[-\s]$")
_SOLIDARITY = re.compile(r"\bsolidarity\s+with\b", re.IGNORECASE)
_ROAD_GATE = pattern_gate(_ROAD)  # most sentences name no road: the name search is skipped
_PART_WORD = r"(?:central|downtown|rural|(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)"
_LOCATIVE = re.compile(
    rf"\b(?:in|near|at|outside|around|across|from|into|inside|towards?|on)\s+(?:the\s+)?"
    # "in rebel-held Rashidin": who holds the place is no part of its name; nor is the part of it a word names ("in
    # central Tunceli", "in rural Ras al Ain", "in downtown Kabul").
    rf"(?:[a-z]+-(?:held|controlled|besieged|occupied|run)\s+)?(?:{_PART_WORD}\s+)?(?P<name>{NAME})"
)
_MODIFIERS = (
    r"(?:backed|led|linked|affiliated|allied|supported|aligned|trained|funded|based|born|held|controlled|run|formed|"
    r"brokered|sponsored|armed|equipped|made)"
)
_MODIFIER_SUFFIX = re.compile(rf"^\s*-\s*{_MODIFIERS}", re.IGNORECASE)
# "IS-held villages", "rebel-controlled areas", "US-Led Coalition Attacks" (a headline): a group holding or
# leading something, written as one hyphenated word, is no part of a place name.
_HELD_BY = re.compile(rf"-{_MODIFIERS}\b", re.IGNORECASE)
# "the US dollar", "the Turkey embassy in Beirut": a country's currency or envoys, not where anything happened.
_STATE_THING = re.compile(
    r"\s+(?:dollars?|pounds?|lira|currency|embassy|consulate|ambassador|envoy|ministry|minister|president)\b"
)
# "Russia stepped up its raids on Aleppo", "the United States said": a state that acts or speaks is a party to
# the story, not where it happened. Verbs a place undergoes as their subject ("Kobani fell", "Idlib came under
# fire", "the town saw heavy fighting") keep it a place.
_UNDERGOING_VERBS = frozenset(
    ["be", "come", "fall", "see", "witness", "suffer", "experience", "remain", "lie", "sit", "host", "record", "shake"]
)
# "US troops", "the Turkish Defence Minister", "Damascus promises of a truce": a state's officials, forces, media
# or words are no place either.
_STATE_AGENT_NOUNS = frozenset(
    [
        "secretary", "minister", "president", "official", "spokesman", "spokesperson", "envoy", "ambassador",
        "diplomat", "troop", "force", "army", "military", "soldier", "jet", "warplane", "aircraft", "plane",
        "government", "authority", "television", "agency", "intelligence", "navy", "administration",
        "promise", "pledge", "statement", "claim", "accusation", "announcement", "ally", "allies",
    ]
)  # fmt: skip
_DIRECTIONAL_PART = re.compile(
    rf"(?:the\s+)?(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?(?:\s+(?:{_KINDS}))?", re.I
)
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|across|into|inside|towards?|on|of)\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)
# "HAMA PROVINCE, Syria WASHINGTON (Sputnik) —": a dateline says where the report was written, not the event.
_DATELINE_AFTER = re.compile(r"^\s*(?:,\s*[A-Z][\w.]*\s*)?(?:\([A-Z][\w.&' ]*\)|[-—–]{1,2}\s)")
_NOT_PLACE_WORDS = CALENDAR_WORDS | frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "Of",
        "And",
        "But",
        "He",
        "She",
        "They",
        "It",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Last",
        "Next",
        "Two",
        "Three",
        "Four",
        "Five",
        "Earlier",
        "Later",
        "According",
        "Following",
        "After",
        "Before",
        "During",
        "Since",
        "While",
        "When",
        "Meanwhile",
        "However",
        "Sources",
        "Security",
        # "in a statement on Telegram": the platforms news quotes from are no places
        "Telegram",
        "Twitter",
        "Facebook",
        "WhatsApp",
        "YouTube",
        "Instagram",
        "TikTok",
    ]
)
_KIND_NORMAL = {"neighborhood": "neighbourhood", "subdistrict": "district", "sub-district": "district",
                "hamlet": "village", "border town": "town", "port city": "city", "capital": "city"}  # fmt: skip


def _normal_kind(kind: str) -> str:
    kind = kind.lower()
    return _KIND_NORMAL.get(kind, kind)


def _clean(name: str) -> str | None:
    # "at Kobani": an English preposition read as an Arabic article ("at-", "as-", "an-") is not part of the name.
    name = re.sub(r"^(?:at|as|an)\s+(?=[A-Z])", "", name)
    words = name.split()
    while words and words[0] in _NOT_PLACE_WORDS:
        words = words[1:]
    cleaned = " ".join(words).strip(" -’'")
    if _HELD_BY.search(cleaned) or _KIND_WORD.fullmatch(cleaned):
        return None  # "IS-held villages"; "the Municipality" of a title, a kind word with no name
    return cleaned or None


def find_places(sentence: SpacySpan, excluded: list[Span]) -> list[PlaceMention]:
    """Place candidates in text order of preference: named with a kind, then entities, then after a preposition.
    `excluded` are spans already taken by actor names."""
    text = sentence.text
    offset = sentence.start_char
    found: list[PlaceMention] = []
    seen: set[str] = set()

    def add(name: str | None, start: int, end: int, kind: str | None) -> None:
        if name and _ON_ITS_COAST.match(text[end:]):
            name, end = _without_sea(name, start, end)
        if not name:
            return
        span = Span(offset + start, offset + end)
        if any(span.start < e.end and e.start < span.end for e in excluded):
            return
        if (
            _MODIFIER_SUFFIX.match(text[end:])
            or _BORDER_AFTER.match(text[end:])
            or _is_part_named_by_what_follows(name, text[end:])
        ):
            return
        key = name.lower()
        if key in seen:
            return
        seen.add(key)
        found.append(PlaceMention(text=name, span=span, kind=kind))

    for match in _NAME_KIND.finditer(text):
        name = _clean(match.group("name"))
        if name and name[0].isupper() and not _is_part_named_by_what_follows(name, text[match.end() :]):
            named_kind = _normal_kind(match.group("kind"))
            if named_kind == "district" and _TOWNS_OWN.search(text, 0, match.start("name")):
                named_kind = "neighbourhood"  # "the city's Kyivskyi district": a part of the town, not a county
            add(name, match.start("name"), match.end("name"), named_kind)
    for match in _KIND_OF_NAME.finditer(text):
        # "the Wasiti neighbourhood of Kirkuk": the kind is Wasiti's; Kirkuk is the town it lies in.
        owned = _NAMED_BEFORE.search(text[: match.start("kind")])
        kind = None if owned else _normal_kind(match.group("kind"))
        add(_clean(match.group("name")), match.start("name"), match.end("name"), kind)
    for match in _QUALIFIED_KIND_NAME.finditer(text):
        add(_clean(match.group("name")), match.start("name"), match.end("name"), _normal_kind(match.group("kind")))
    for match in _PART_OF.finditer(text):
        add(_clean(match.group("name")), match.start("name"), match.end("name"), None)
    for match in _PLACE_LIST.finditer(text):
        position = match.start("list")
        for part in match.group("list").split(","):
            start = text.index(part.strip(), position)
            add(_clean(part.strip()), start, start + len(part.strip()), None)
            position = start + len(part.strip())
        # The list as written too: its later names say what holds the first ("Pisky, Donetsk").
        add(match.group("list"), match.start("list"), match.end("list"), None)
    for match in _PARENTHESISED.finditer(text):
        # "Mamove (Beni, North Kivu)", "Hays (Hodeidah)": the brackets name what holds the place before them.
        if _ACRONYM.match(match.group("name").split()[0]) or _ACRONYM.match(match.group("list")):
            # "DAMASCUS (Sputnik)" is a dateline, "Human Rights (SOHR)" a name's acronym; an acronym inside a
            # list is a division's ("Biu LGA, Borno", "Malappuram, KL").
            continue
        listed = f"{match.group('name')}, {match.group('list')}"
        add(_clean(listed), match.start("name"), match.end(), None)
    for match in GatedText(_ROAD_GATE, text).finditer(_ROAD):
        # "blocked the Halba highway", "the Kahnuj-Ghale Ganj road": the towns a road is named after are where it
        # runs, and the road's own name ("Kahnuj-Ghale Ganj") is no village. A road runs far from its towns: they are
        # reference points, and any other place the sentence names is nearer ("the Aleppo-Lattakia highway in Idleb").
        if _ARTICLE_BEFORE.search(text, 0, match.start()):
            continue  # "the el Marj road": a name cut from its article
        ends = _road_ends(match.group("name"))
        for start, end in ends:
            added = len(found)
            add(_clean(match.group("name")[start:end]), match.start("name") + start, match.start("name") + end, None)
            found[added:] = [dataclasses.replace(p, offset=PlaceOffset()) for p in found[added:]]
        if len(ends) > 1:
            seen.add((_clean(match.group("name")) or "").lower())
    for ent in entities_in(sentence):
        after = text[ent.end_char - offset :]
        before = text[: ent.start_char - offset]
        if (
            ent.label_ in {"GPE", "LOC", "FAC"}
            and _is_capitalised(ent.text)
            and not _STATE_THING.match(after)
            and not _is_party(ent, before, after)
            and not _inside_a_name_found(Span(ent.start_char, ent.end_char), found)
        ):
            add(_clean(ent.text), ent.start_char - offset, ent.end_char - offset, None)
    for match in _LOCATIVE.finditer(text):
        add(_clean(match.group("name")), match.start("name"), match.end("name"), None)
    # "People from X marched to Y": where they came from is not where the event was; nor is the far side of a
    # border ("the crossing with Turkey"), nor where a group is banned.
    elsewhere = [
        p
        for p in found
        if p.span and any(r.search(text[: p.span.start - offset]) for r in (_ORIGIN, _FAR_SIDE, _BANNED_IN))
    ]
    # "a protest in Vitebsk in solidarity with the protesters in Brest": the others' place is not this event's.
    solidarity = _SOLIDARITY.search(text)
    if solidarity is not None and any(p.span and p.span.start < offset + solidarity.start() for p in found):
        elsewhere += [p for p in found if p.span and p.span.start >= offset + solidarity.end()]
    kept = _with_offsets(text, offset, [p for p in found if p not in elsewhere])
    # "... hit the convoy at Rashideen as it waited to continue its journey to Aleppo or Damascus": where people
    # were travelling to is not where it happened, when the sentence says where that was.
    destinations = [p for p in kept if _is_destination(sentence, p)]
    return [p for p in kept if p not in destinations] if len(destinations) < len(kept) else kept


def _road_ends(name: str) -> list[tuple[int, int]]:
    """Where the towns of a road's name lie in it: "Kahnuj-Ghale Ganj" → "Kahnuj", "Ghale Ganj"."""
    ends, start = [], 0
    for cut in _ROAD_SPLIT.finditer(name):
        if not _ARTICLE_BEFORE.search(name, start, cut.start() + 1):  # "Deir ez-Zor-Palmyra": "ez-Zor" is one name
            ends.append((start, cut.start()))
            start = cut.end()
    return [*ends, (start, len(name))]


def _inside_a_name_found(span: Span, found: list[PlaceMention]) -> bool:
    """Is an entity's `span` part of a longer name the patterns found ("Democratic Republic" of "Democratic Republic of
    the Congo": the tagger's cut of a name read whole)? A part of a list ("Pisky, Donetsk") is a name of its own, and so is
    a name joined to the rest by a hyphen ("Belgrade" of "Belgrade-Stari Grad", ACLED's town-and-district; "Kalakan" of
    "Pul-e-Kalakan")."""
    return any(
        p.span is not None
        and "," not in p.text
        and p.span.start <= span.start
        and span.end <= p.span.end
        and "-" not in (_at(p.text, span.start - p.span.start - 1), _at(p.text, span.end - p.span.start))
        for p in found
    )


def _at(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


_BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}  # fmt: skip
_BEARING = r"(?P<bearing>(?:north|south)[-\s]?(?:east|west)|north|south|east|west)(?:ern)?"
_UNIT = r"(?:km|kms|kilomet(?:er|re)s?|mi|miles?)\b\.?"
# "35 km southeast of X", "about 20 kilometres (12 miles) north-west of the provincial capital X", "5km from X",
# "ten miles outside X": the event lies that far from X, not at X.
_DISTANCE_FROM = re.compile(
    rf"\b(?P<count>\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s*-?\s*(?P<unit>{_UNIT})(?:\s*\([^)]{{1,20}}\))?"
    rf"\s+(?:(?:to\s+the\s+)?{_BEARING}\s+of|from|outside|away\s+from)\s",
    re.IGNORECASE,
)
# "the northern countryside of X", "north of X": a direction from X with no distance given.
_DIRECTION_FROM = re.compile(
    rf"\b{_BEARING}\s+(?:(?:countryside|outskirts|suburbs|parts?|areas?|reaches)\s+)?of\s", re.IGNORECASE
)
# "the village of X in the northern countryside", the region named earlier in the sentence ("the governorate of
# Raqqa"): a direction from the town or division named before it, not from a village.
_DIRECTION_BARE = re.compile(
    rf"\b{_BEARING}\s+(?:countryside|outskirts|suburbs|parts|reaches)\b(?!\s+of\s)", re.IGNORECASE
)
# Most sentences measure from nothing: the gate skips the three searches when no word they need is there.
_OFFSET_GATE = pattern_gate(_DISTANCE_FROM, _DIRECTION_FROM, _DIRECTION_BARE)
_PARTS_OF_TOWNS = frozenset({"village", "hamlet", "district", "neighbourhood", "quarter", "suburb", "camp"})
# Between the phrase and the place it measures from: "the provincial capital", "IS-held", "the city of".
_REFERENCE_GAP = 60
_GAP_BREAK = re.compile(r"[;:.!?]|\b(?:and|but|while|where|which|after|before)\b")
_MILE_KM = 1.609344


def _bearing_degrees(word: str | None) -> float | None:
    """Degrees clockwise from north for "north", "south-east", "North West"."""
    return _BEARINGS.get(re.sub(r"[-\s]", "", word.lower())) if word else None


def _offset_of(match: re.Match[str]) -> PlaceOffset | None:
    bearing = _bearing_degrees(match.groupdict().get("bearing"))
    if "count" not in match.groupdict():
        return PlaceOffset(km=None, bearing=bearing)
    count = match.group("count").replace(",", ".")
    distance = float(count) if count[0].isdigit() else parse_count(count)
    if distance is None:
        return None
    miles = match.group("unit").lower().startswith("mi")
    return PlaceOffset(km=float(distance) * (_MILE_KM if miles else 1.0), bearing=bearing)


def _with_offsets(text: str, sentence_start: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """Marks the places the sentence measures from ("30 km north of X", "the northern countryside of X") with
    the offset: X is a reference point, and where the event happened is that far and that way from it. The
    place is the first one named shortly after the phrase, nothing but descriptors between ("the provincial
    capital", "IS-held")."""
    if not places:
        return places
    marked = list(places)
    gated = GatedText(_OFFSET_GATE, text)
    for pattern in (_DISTANCE_FROM, _DIRECTION_FROM):
        for match in gated.finditer(pattern):
            offset = _offset_of(match)
            if offset is None:
                continue
            after = [
                (i, p)
                for i, p in enumerate(marked)
                if p.span is not None
                and p.offset is None
                and 0 <= p.span.start - sentence_start - match.end() <= _REFERENCE_GAP
            ]
            if not after:
                continue
            start = min(p.span.start for _, p in after if p.span is not None)
            if _GAP_BREAK.search(text[match.end() : start - sentence_start]):
                continue
            for i, place in after:  # "Kandahar" and "Kandahar city" alike
                if place.span is not None and place.span.start == start:
                    marked[i] = dataclasses.replace(place, offset=offset)
    for match in gated.finditer(_DIRECTION_BARE):
        before = [
            (i, p)
            for i, p in enumerate(marked)
            if p.span is not None
            and p.offset is None
            and p.kind not in _PARTS_OF_TOWNS
            and p.span.end - sentence_start <= match.start()
        ]
        if before:
            i, place = max(before, key=lambda item: item[1].span.end if item[1].span else 0)
            marked[i] = dataclasses.replace(place, offset=_offset_of(match))
    return marked


# Words of people travelling: the place after "to" is where they were going ("fled to", "heading for", "a bus
# bound for", "their journey to").
_TRAVEL_NOUNS = frozenset({"journey", "trip", "voyage"})
_TRAVEL_VERBS = frozenset(
    {"head", "flee", "travel", "return", "evacuate", "transfer", "deport", "escape", "bind", "bound", "journey"}
)
_TOWARDS = frozenset({"to", "towards", "toward", "for"})


def _is_destination(sentence: SpacySpan, place: PlaceMention) -> bool:
    """Is the place where people were travelling to? Up its clause in the parse (through lists, appositions and
    prepositions, never past a verb of its own) stands "to" after a word of travel, or a journey."""
    if place.span is None:
        return False
    span = sentence.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.head.i != token.i:
        head = token.head
        if token.lower_ in _TOWARDS and token.dep_ == "prep" and head.lemma_.lower() in _TRAVEL_VERBS:
            return True
        if head.lemma_.lower() in _TRAVEL_NOUNS:
            return True
        if head.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
            return False
        token = head
    return False


def _without_sea(name: str, start: int, end: int) -> tuple[str | None, int]:
    """The name with the sea its port lies on taken off the end ("Hodeidah Red Sea" → "Hodeidah"), and its end."""
    m = _SEA_NAME.search(name)
    if m is None:
        return name, end
    rest = re.sub(r"(?:['’]s)?[\s,]*$", "", name[: m.start()])
    return (rest or None), start + len(rest)


def _is_capitalised(text: str) -> bool:
    """News writes a place's name with a capital ("al-Fouaa" too): an entity in lower case is a common noun the
    tagger mistook for one ("a turkey", "fine china") or a typo, not a place to code."""
    return any(word[:1].isupper() for word in re.split(r"[\s-]+", text))


def _is_part_named_by_what_follows(name: str, after: str) -> bool:
    """ "the Northern Province of Aleppo", "the Southern district of Mogadishu": a direction, with or without a
    kind word, is the part of the place named after "of" (`_PART_OF` takes that place)."""
    return _DIRECTIONAL_PART.fullmatch(name) is not None and re.match(r"\s*(?:\w+\s+)?of\s", after) is not None


def _is_party(ent: SpacySpan, before: str, after: str) -> bool:
    """Is a place entity named as one who acts, speaks or writes rather than where something happened? An active
    subject (not of a verb a place undergoes), a state's agents ("US troops") or a dateline ("ALEPPO (AFP)").
    After a preposition of place ("in", "near the cities of") it is a place whatever the parse says."""
    if _PLACE_PREPOSITION_BEFORE.search(before):
        return False
    root = ent.root
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ not in _UNDERGOING_VERBS:
        return True
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.lemma_.lower() in _STATE_AGENT_NOUNS:
        return True
    return ent.text.isupper() and len(ent.text) > 3 and _DATELINE_AFTER.match(after) is not None


SUBLOCATION_KINDS = {"district", "neighbourhood", "quarter", "suburb", "camp", "area"}


def sublocation_of(places: list[PlaceMention]) -> str | None:
    """The part of a town the text names ("the district of al-Noor"), when it names a town as well."""
    for place in places:
        if place.kind in SUBLOCATION_KINDS:
            return place.text
    return None
