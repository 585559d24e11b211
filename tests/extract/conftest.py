"""What every extraction test parses with: the project's spaCy pipeline and the actor dictionary's finder."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.participants import ActorFinder
from eventlens.nlp.analysis import load_language
from eventlens.resolve.actors import ActorDictionary


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_language()


@pytest.fixture(scope="session")
def finder(actor_dictionary: ActorDictionary) -> ActorFinder:
    def find(text: str, country: str | None = None) -> list[tuple[int, int, str]]:
        return [(start, end, actor.category) for start, end, actor in actor_dictionary.find(text, country=country)]

    return find
