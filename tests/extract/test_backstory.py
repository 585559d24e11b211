"""An event told as the reason for, the lead-up to, the answer to, or an aside from the report's incident is not
the incident."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.backstory import tells_backstory


def _backstory(nlp: Language, text: str, trigger: str) -> bool:
    sentence = next(iter(nlp(text).sents))
    return tells_backstory(next(t for t in sentence if t.lower_ == trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials believe the raid was staged in retaliation for the earlier killing of two herders.", "killing"),
        ("The gunmen said they sought revenge for villagers killed by a militia.", "killed"),
        ("The group said it was avenging the deaths of fighters killed in an air strike.", "strike"),
        ("A week prior to the raid, soldiers shot two protesters in the town.", "shot"),
        ("Earlier on Friday, a roadside bomb killed three policemen near the border.", "bomb"),
        ("In a separate incident, gunmen shot dead a shopkeeper in the market.", "shot"),
        ("Police had previously arrested two suspects over a bombing in the city.", "arrested"),
        ("Troops responded with air strikes on the hideouts of the attackers.", "strikes"),
        # A sentence about the reported raid's motive tells no new raid.
        ("Officials believe the raid was staged in retaliation for the earlier killing of two herders.", "raid"),
    ],
)
def test_reasons_lead_ups_and_asides_are_backstory(nlp: Language, text: str, trigger: str) -> None:
    assert _backstory(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen stormed a police post in the town on Monday, killing four officers.", "stormed"),
        ("A suicide bomber killed 12 people at a busy market, police said.", "bomber"),
        ("In retaliation for the killing of a herder, militiamen attacked the village.", "attacked"),
        ("The attack on the convoy killed four soldiers.", "attack"),
        ("Thirty militants were killed in separate operations near the two cities.", "killed"),
    ],
)
def test_the_incident_itself_is_not_backstory(nlp: Language, text: str, trigger: str) -> None:
    assert not _backstory(nlp, text, trigger)
