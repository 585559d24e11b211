"""One ACLED-style sentence generated from a record: "On 5 July 2018, Islamic State (Syria) ..."."""

from __future__ import annotations

import datetime as dt

from eventlens.types import EventRecord

_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took over territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out an air/drone strike against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device targeting",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "were met with excessive force by",  # ACLED: the protesters are actor1
    "Violent demonstration": "rioted",
    "Mob violence": "engaged in mob violence against",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed activity regarding",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory without fighting from",
    "Other": "conducted an operation against",
}


def _date_phrase(record: EventRecord) -> str:
    if not record.event_date:
        return "On an unknown date"
    parts = record.event_date.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(record.event_date)
        prefix = "Around" if record.date_precision == "week" else "On"
        return f"{prefix} {day.day} {day.strftime('%B %Y')}"
    if len(parts) == 2:
        return f"In {dt.date(int(parts[0]), int(parts[1]), 1).strftime('%B %Y')}"
    return f"In {parts[0]}"


def _place_phrase(record: EventRecord) -> str:
    names = [n for n in (record.sublocation, record.location, record.admin1, record.country) if n]
    unique = list(dict.fromkeys(names))
    return f" in {', '.join(unique)}" if unique else ""


def _toll_phrase(record: EventRecord) -> str:
    if record.killed_or_wounded is not None and record.fatalities is None:
        return f" {record.killed_or_wounded} people were reported killed or wounded."
    if record.fatalities is None:
        return " Fatalities were reported without a number."
    return f" {record.fatalities} fatalit{'y' if record.fatalities == 1 else 'ies'}."


# What the actor did when the record names nobody on the receiving end.
_WITHOUT_TARGET = {
    "Shelling/artillery/missile attack": "carried out shelling",
    "Attack": "carried out an attack",
    "Arrests": "made arrests",
    "Abduction/forced disappearance": "abducted people",
    "Looting/property destruction": "looted or destroyed property",
    "Other": "conducted an operation",
    "Change to group/activity": "changed its activity",
    "Disrupted weapons use": "disrupted weapons use",
    "Agreement": "reached an agreement",
}


def write_note(record: EventRecord) -> str:
    actor1 = record.actor1 or "an unidentified actor"
    verb = _VERB.get(record.sub_event_type or "", "was involved in an event with")
    target = f" {record.actor2}" if record.actor2 else ""
    if verb in {"protested", "rioted", "established a base"} or (not record.actor2 and verb.endswith((" of", " by"))):
        target = ""
        verb = verb.removesuffix(" of").removesuffix(" by")
    elif not record.actor2 and record.sub_event_type in _WITHOUT_TARGET:
        verb = _WITHOUT_TARGET[record.sub_event_type]
    elif not record.actor2 and verb.endswith((" with", " from", " against", " targeting", " at")):
        verb = verb.rsplit(" ", 1)[0]
    claimant = f" {record.claimed_by} claimed it" if record.claimed_by else " The event was claimed"
    claim = claimant + (f" through {record.claim_channel}." if record.claim_channel else ".")
    sentence = f"{_date_phrase(record)}, {actor1} {verb}{target}{_place_phrase(record)}.{_toll_phrase(record)}"
    return sentence + (claim if record.claimed else "")
