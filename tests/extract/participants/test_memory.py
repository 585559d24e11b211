"""The last armed group a report named, read back from "the terrorist group" further on."""

from __future__ import annotations

from spacy.language import Language

from eventlens.extract.participants import ActorFinder, ActorMemory, remember
from tests.extract.participants.reading import read


def test_back_reference_to_the_last_armed_group(nlp: Language, finder: ActorFinder) -> None:
    memory = ActorMemory()
    _, roles = read(nlp, finder, "Boko Haram fighters attacked a village in Borno.", memory)
    remember(memory, roles.agents)
    assert memory.last_armed_group == "Boko Haram fighters"
    later, _ = read(nlp, finder, "The terrorist group later attacked a checkpoint.", memory)
    assert [(a.text, a.role) for a in later] == [("Boko Haram fighters", "agent")]


def test_state_forces_are_not_remembered_as_the_armed_group(nlp: Language, finder: ActorFinder) -> None:
    memory = ActorMemory()
    _, roles = read(nlp, finder, "Government troops attacked a rebel camp.", memory)
    remember(memory, roles.agents)
    assert memory.last_armed_group is None
    later, _ = read(nlp, finder, "The militant group later attacked a checkpoint.", memory)
    assert later == []
