"""How an ACLED/GTD-style record reads in FA-KES's coarser vocabulary: actor class, cause of death, governorate.

The tables are the evaluation's own reading of FA-KES's coding, checked against the dev file:
- Air strikes are "shelling": every dev article whose title names an air strike or raid is coded shelling
  (87 of 87), so `Air/drone strike` maps there with `Shelling/artillery/missile attack`.
- Israel has no class of its own: dev articles about Israeli strikes are coded "unknown", and so is any named
  actor the table does not place. Turkish forces are split in the dev data; they go with the coalition
  (Turkey was a member), which is a guess.
- Allies fighting for the government (Hezbollah, Iranian forces, pro-government militias) count as the
  government side, as the crowd coded them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from eventlens.extract.cues import Cue, find_cues
from eventlens.types import EventRecord

UNKNOWN = "unknown"

GOVERNMENT = "syrian government or russian troops"
COALITION = "international coalition forces"
ISIS = "the organization of the islamic state in iraq and the levant - isis"
OPPOSITION = "armed opposition groups"
KURDISH = "self administration forces"
NUSRA = "al-nusra front"

ACTOR_CLASSES = (GOVERNMENT, COALITION, ISIS, OPPOSITION, KURDISH, NUSRA, UNKNOWN)


class GtdNamer(Protocol):
    """The part of `eventlens.resolve.actors.ActorDictionary` used here: a canonical (GTD) name for an alias."""

    def gtd_name(self, name: str) -> str | None: ...


# First match wins, so the specific patterns come before the broad ones: "Syrian Democratic Forces" must not fall
# to the "Syria" government pattern, nor "Islamic State" to a generic "state" one.
_ACTOR_TABLE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (r"\b(unidentified|unknown)\b", UNKNOWN),
        # Before the Islamic State, so "Global Coalition Against Daesh" is the coalition, not its target.
        (r"\bcoalition\b", COALITION),
        (r"\b(nusra|fateh al.?sham|fatah al.?sham|hts|hayat tahrir|tahrir al.?sham|al.?qa.?ida)\b", NUSRA),
        (r"\b(islamic state|isis|isil|daesh|da'?esh)\b", ISIS),
        (r"\b(sdf|qsd|syrian democratic forces|ypg|ypj|people'?s protection units|asayish|kurd\w*)\b", KURDISH),
        (r"\b(self.?administration|autonomous administration)\b", KURDISH),
        (r"\b(united states|u\.?s\.?|american|usa|nato|france|french|britain|british|uk)\b", COALITION),
        (r"\b(turkey|turkish)\b", COALITION),
        # Before the government patterns, which would read "Free Syrian Army" as the Syrian army.
        (r"\b(free syrian army|fsa)\b", OPPOSITION),
        (r"\b(israel\w*)\b", UNKNOWN),
        (r"\b(russia\w*|hezbollah|hizbollah|iran\w*|ndf|national defen[cs]e forces|shabiha)\b", GOVERNMENT),
        (r"\b(pro-government|pro-regime|regime|assad|syrian arab army|saa)\b", GOVERNMENT),
        (r"\b(military|police|government|air force|army|forces) (forces )?of syria\b", GOVERNMENT),
        (r"\bsyrian (government|army|military|air force|forces|troops)\b", GOVERNMENT),
        (r"\b(rebel\w*|opposition|jaish|jaysh|ahrar|faylaq|nlf|national liberation front)\b", OPPOSITION),
        (r"\b(islamist militia|syrian national army|sna|nour al.?din)\b", OPPOSITION),
    )
)


def actor_class(record: EventRecord, namer: GtdNamer | None = None) -> str:
    """FA-KES's class for the record's main actor (actor1, else whoever claimed it)."""
    name = record.actor1 or record.claimed_by
    if not name:
        return UNKNOWN
    # The dictionary's canonical name catches aliases the table does not spell out ("Daesh", "Ahrar al-Sham").
    candidates = [name]
    if namer is not None and (canonical := namer.gtd_name(name)):
        candidates.append(canonical)
    for candidate in candidates:
        for pattern, label in _ACTOR_TABLE:
            if pattern.search(candidate):
                return label
    return UNKNOWN


SHELLING = "shelling"
EXPLOSION = "explosion"
CHEMICAL = "chemical and toxic gases"
SHOOTING = "shooting"
EXECUTION = "execution"

CAUSES = (SHELLING, EXPLOSION, CHEMICAL, SHOOTING, EXECUTION, UNKNOWN)

# Checked in this order, the first field that says something wins: the ACLED sub-event type is the most
# specific, the GTD weapon next, the GTD attack type last.
_CAUSE_BY_SUB_EVENT = {
    "Chemical weapon": CHEMICAL,
    "Shelling/artillery/missile attack": SHELLING,
    "Air/drone strike": SHELLING,
    "Remote explosive/landmine/IED": EXPLOSION,
    "Suicide bomb": EXPLOSION,
    "Grenade": EXPLOSION,
    # People killed in captivity were put to death: every FA-KES article reports deaths, so an abduction
    # that is the article's event is one whose hostages were killed.
    "Abduction/forced disappearance": EXECUTION,
}
_CAUSE_BY_WEAPON = {"Chemical": CHEMICAL, "Biological": CHEMICAL, "Explosives": EXPLOSION, "Firearms": SHOOTING}
_CAUSE_BY_ATTACK = {"Bombing/Explosion": EXPLOSION, "Armed Assault": SHOOTING, "Assassination": SHOOTING}
_EXECUTION = re.compile(r"\b(?:execut(?:e|ed|es|ing|ion|ions)|behead\w*|crucif\w*)\b", re.IGNORECASE)
# Sub-types whose killings may be executions: captives or unarmed people put to death, also when the parse
# took the killers and the killed for two armed sides.
_MAY_BE_EXECUTION = frozenset({"Attack", "Abduction/forced disappearance", "Armed clash"})
# A battle's dead died of whatever the report names: "killed in clashes" names no cause (FA-KES codes such
# reports "unknown"), shells or gunfire named in the report do, and so does air power backing a side ("troops
# backed by warplanes", "with air cover"): air strikes are shelling in FA-KES. The words are the extractor's cues.
_BATTLE_WEAPON = (
    (Cue.SHELLING, SHELLING),
    (Cue.SHOOTING, SHOOTING),
    (Cue.SMALL_ARMS, SHOOTING),
    (Cue.AIR, SHELLING),
)


def cause_of_death(record: EventRecord) -> str:
    if record.sub_event_type == "Chemical weapon" or record.weapon_type in ("Chemical", "Biological"):
        return CHEMICAL
    texts = _record_texts(record)
    if record.sub_event_type in _MAY_BE_EXECUTION and any(_EXECUTION.search(text) for text in texts):
        return EXECUTION
    if record.sub_event_type == "Armed clash":
        return _battle_cause(texts)
    for table, value in (
        (_CAUSE_BY_SUB_EVENT, record.sub_event_type),
        (_CAUSE_BY_WEAPON, record.weapon_type),
        (_CAUSE_BY_ATTACK, record.attack_type),
    ):
        if value in table:
            return table[value]
    return UNKNOWN


def _battle_cause(texts: list[str]) -> str:
    cues = set().union(*(find_cues(text) for text in texts))
    return next((cause for cue, cause in _BATTLE_WEAPON if cue in cues), UNKNOWN)


def _record_texts(record: EventRecord) -> list[str]:
    texts = [evidence.text for evidence in record.evidence]
    if record.notes:
        texts.append(record.notes)
    return texts


# FA-KES governorate names (lower case) and the spellings ACLED, GeoNames and the press use for them. Keys are
# compared letters only (see `_letters`), so "Deir-ez-Zor", "Deir ez Zor" and "deir ezzor" are one key.
_GOVERNORATE_ALIASES: dict[str, tuple[str, ...]] = {
    "aleppo": ("aleppo", "halab", "alepo"),
    "damascus": ("damascus", "rural damascus", "rif dimashq", "reef dimashq", "damascus countryside", "dimashq"),
    "idlib": ("idlib", "idleb", "edlib"),
    "deir ezzor": ("deir ez zor", "deir al zor", "deir el zor", "dayr az zawr", "deir ez zour", "deir el zour"),
    "hasakeh": ("al hasakeh", "hasakeh", "al hasakah", "hasakah", "hasaka", "al hasaka", "hassakeh", "hassakah"),
    "raqqa": ("ar raqqa", "raqqa", "al raqqa", "raqqah", "ar raqqah", "rakka"),
    "homs": ("homs", "hims"),
    "hama": ("hama", "hamah"),
    "daraa": ("dar'a", "daraa", "deraa", "dara"),
    "lattakia": ("lattakia", "latakia", "latakiya", "al ladhiqiyah", "ladhiqiyah"),
    "quneitra": ("quneitra", "al qunaytirah", "qunaytirah", "kuneitra"),
    "sweida": ("as sweida", "sweida", "as suwayda", "suwayda", "al suwayda", "sweyda"),
    "tartous": ("tartous", "tartus"),
}

_GOVERNORATE_WORDS = re.compile(r"\b(governorate|province|muhafazat|mohafazat)\b")


def _letters(name: str) -> str:
    """Lower-case letters only, accents stripped: the key spelling variants collapse to."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = _GOVERNORATE_WORDS.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(c for c in plain if c.isalpha())


_GOVERNORATE_OF: dict[str, str] = {
    _letters(alias): governorate for governorate, aliases in _GOVERNORATE_ALIASES.items() for alias in aliases
}


def governorate(admin1: str | None) -> str | None:
    """FA-KES's name for a Syrian admin1, the admin1 itself (lower case) when not Syrian or not known."""
    if not admin1:
        return None
    return _GOVERNORATE_OF.get(_letters(admin1), admin1.strip().lower())
