"""Word cues only GTD's attack and weapon types read: tactics, arms and who was aimed at."""

from __future__ import annotations

import pytest

from eventlens.extract.cues import Cue, find_cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A driver rammed a crowd of shoppers.", Cue.VEHICLE_RAMMING),
        ("Militants hijacked a bus.", Cue.HIJACKING),
        ("Gunmen barricaded themselves in the building.", Cue.BARRICADE),
        ("Saboteurs cut the power cables.", Cue.SABOTAGE),
        # An institution's name blanked out by the extractor leaves a run of spaces before the office.
        ("A bomb went off outside the home of a" + " " * 20 + " judge.", Cue.PROMINENT_TARGET),
        ("Gunmen raided a border hamlet before dawn.", Cue.RAID_ON_CIVILIANS),
        ("Armed men attacked motorists on the highway.", Cue.RAID_ON_CIVILIANS),
        ("The fighters beheaded two captives.", Cue.BEHEADING),
        ("The victim, a taxi driver, was shot at a junction.", Cue.ORDINARY_PERSON),
        ("Saboteurs blew up a section of the gas pipeline.", Cue.INFRASTRUCTURE),
        ("The attackers carried rifles and grenades.", Cue.GUNS),
        ("The attackers carried rifles and grenades.", Cue.THROWN_OR_FIRED_EXPLOSIVES),
        ("Three people, including a district governor, were killed.", Cue.PROMINENT_VICTIM),
    ],
)
def test_cues_for_gtd_tactics(text: str, cue: Cue) -> None:
    assert cue in find_cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # Rockets are "fired at" a town too: no guns named.
        ("Militants fired rockets at the town.", Cue.GUNS),
        # A governor who spoke is no victim.
        ("The governor said three soldiers were killed.", Cue.PROMINENT_VICTIM),
        ("Police raided a house and arrested two suspects.", Cue.BEHEADING),
    ],
)
def test_no_cue_for_gtd_tactics(text: str, cue: Cue) -> None:
    assert cue not in find_cues(text)
