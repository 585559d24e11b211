from __future__ import annotations

from typing import Any

import pytest

from eventlens.evaluate import fakes_map
from eventlens.evaluate.fakes_map import actor_class, cause_of_death, governorate
from eventlens.types import EventRecord, Evidence


def record(**fields: Any) -> EventRecord:
    return EventRecord(doc_id="d1", event_id="d1-e1", **fields)


@pytest.mark.parametrize(
    ("actor1", "expected"),
    [
        ("Military Forces of Syria (2000-)", fakes_map.GOVERNMENT),
        ("Military Forces of Russia (2000-)", fakes_map.GOVERNMENT),
        ("Hezbollah", fakes_map.GOVERNMENT),
        ("Global Coalition Against Daesh", fakes_map.COALITION),
        ("Military Forces of the United States (2017-)", fakes_map.COALITION),
        ("Islamic State (Syria)", fakes_map.ISIS),
        ("QSD: Syrian Democratic Forces", fakes_map.KURDISH),
        ("YPG: People's Protection Units", fakes_map.KURDISH),
        ("Asayish", fakes_map.KURDISH),
        ("HTS: Hayat Tahrir al-Sham", fakes_map.NUSRA),
        ("Jabhat al Nusra", fakes_map.NUSRA),
        ("Opposition Rebels (Syria)", fakes_map.OPPOSITION),
        ("Free Syrian Army", fakes_map.OPPOSITION),
        ("Jaish al Islam", fakes_map.OPPOSITION),
        ("Unidentified Armed Group (Syria)", fakes_map.UNKNOWN),
        ("Military Forces of Israel (1948-)", fakes_map.UNKNOWN),
        ("Some Group Nobody Listed", fakes_map.UNKNOWN),
    ],
)
def test_actor_class(actor1: str, expected: str) -> None:
    assert actor_class(record(actor1=actor1)) == expected


def test_actor_class_without_actor_is_unknown_and_claims_count() -> None:
    assert actor_class(record()) == fakes_map.UNKNOWN
    assert actor_class(record(claimed_by="Islamic State")) == fakes_map.ISIS


def test_actor_class_uses_the_dictionary_canonical_name() -> None:
    class Namer:
        def gtd_name(self, name: str) -> str | None:
            return "Free Syrian Army" if name == "Southern Front" else None

    assert actor_class(record(actor1="Southern Front")) == fakes_map.UNKNOWN
    assert actor_class(record(actor1="Southern Front"), Namer()) == fakes_map.OPPOSITION


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"sub_event_type": "Air/drone strike"}, fakes_map.SHELLING),
        ({"sub_event_type": "Shelling/artillery/missile attack"}, fakes_map.SHELLING),
        ({"sub_event_type": "Remote explosive/landmine/IED"}, fakes_map.EXPLOSION),
        ({"sub_event_type": "Suicide bomb"}, fakes_map.EXPLOSION),
        ({"sub_event_type": "Grenade"}, fakes_map.EXPLOSION),
        ({"weapon_type": "Explosives"}, fakes_map.EXPLOSION),
        ({"sub_event_type": "Chemical weapon"}, fakes_map.CHEMICAL),
        ({"sub_event_type": "Air/drone strike", "weapon_type": "Chemical"}, fakes_map.CHEMICAL),
        # A battle's dead died of what the report names; "killed in clashes" names nothing.
        ({"sub_event_type": "Armed clash", "weapon_type": "Firearms"}, fakes_map.UNKNOWN),
        ({"sub_event_type": "Armed clash", "notes": "Snipers shot two fighters."}, fakes_map.SHOOTING),
        ({"sub_event_type": "Armed clash", "notes": "Rebels shelled army positions."}, fakes_map.SHELLING),
        # Air power backing a side: air strikes are shelling in FA-KES.
        ({"sub_event_type": "Armed clash", "notes": "Troops backed by warplanes fought rebels."}, fakes_map.SHELLING),
        ({"sub_event_type": "Abduction/forced disappearance", "weapon_type": "Firearms"}, fakes_map.EXECUTION),
        ({"sub_event_type": "Attack", "notes": "Militants beheaded a captured soldier."}, fakes_map.EXECUTION),
        ({"attack_type": "Armed Assault"}, fakes_map.SHOOTING),
        ({"sub_event_type": "Attack", "notes": "Militants executed two men."}, fakes_map.EXECUTION),
        ({"sub_event_type": "Attack", "weapon_type": "Firearms"}, fakes_map.SHOOTING),
        ({"sub_event_type": "Attack"}, fakes_map.UNKNOWN),
        ({}, fakes_map.UNKNOWN),
    ],
)
def test_cause_of_death(fields: dict[str, str], expected: str) -> None:
    assert cause_of_death(record(**fields)) == expected


def test_execution_needs_a_killing_by_hand() -> None:
    evidence = [Evidence(text="an execution-style killing", start=0, end=26)]
    assert cause_of_death(record(sub_event_type="Armed clash", evidence=evidence)) == fakes_map.EXECUTION
    assert cause_of_death(record(sub_event_type="Air/drone strike", evidence=evidence)) == fakes_map.SHELLING


@pytest.mark.parametrize(
    ("admin1", "expected"),
    [
        ("Ar-Raqqa", "raqqa"),
        ("Deir-ez-Zor", "deir ezzor"),
        ("Dayr az Zawr", "deir ezzor"),
        ("Al-Hasakeh", "hasakeh"),
        ("Idleb", "idlib"),
        ("Dar'a", "daraa"),
        ("Lattakia", "lattakia"),
        ("Latakia Governorate", "lattakia"),
        ("Rural Damascus", "damascus"),
        ("Rif Dimashq", "damascus"),
        ("Aleppo", "aleppo"),
        ("Quneitra", "quneitra"),
        ("Nineveh", "nineveh"),
        (None, None),
    ],
)
def test_governorate(admin1: str | None, expected: str | None) -> None:
    assert governorate(admin1) == expected
