"""GTD's perpetrator of an attack (`resolve.actors.perpetrator`). Mentions are built as the resolver leaves them;
the phrases are written for these tests."""

from __future__ import annotations

import pytest

from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.actors.perpetrator import gtd_perpetrator
from eventlens.types import ClaimInfo, EventMention, Span


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.default()


def _attack(country: str, actor1: str | None = None, actor1_text: str | None = None, **claim: object) -> EventMention:
    mention = EventMention(doc_id="d", index=0, sentence=Span(0, 1))
    mention.attack_type, mention.country = "Armed Assault", country
    mention.actor1, mention.actor1_text = actor1, actor1_text
    mention.claim = ClaimInfo(**claim)  # type: ignore[arg-type]
    return mention


def test_an_ideology_acled_leaves_unidentified_keeps_its_gtd_name(actors: ActorDictionary) -> None:
    # "Islamist militants ambushed a patrol near Djibo": ACLED's Unidentified Armed Group, GTD's Muslim extremists.
    mention = _attack("Burkina Faso", "Unidentified Armed Group (Burkina Faso)", "Islamist militants")
    assert gtd_perpetrator(actors, mention, 2021) == (
        "Muslim extremists",
        "rule:gtd-perpetrator-actor1 + dictionary:actors",
    )


def test_the_group_sources_blame_names_an_unnamed_attacker(actors: ActorDictionary) -> None:
    mention = _attack("Iraq", "Unidentified Armed Group (Iraq)", "gunmen", blamed_on="an Iran-backed militia")
    assert gtd_perpetrator(actors, mention, 2021) == (
        "Iran-backed militia",
        "rule:gtd-perpetrator-named-by-sources + dictionary:actors",
    )


def test_forces_that_stop_an_attack_are_no_perpetrator(actors: ActorDictionary) -> None:
    # "Soldiers intercepted a drone bound for the airport; officials blamed the Houthis."
    blamed = _attack("Saudi Arabia", "Military Forces of Saudi Arabia (2015-)", "soldiers", blamed_on="the Houthis")
    assert gtd_perpetrator(actors, blamed, 2021) == (
        "Houthi extremists (Ansar Allah)",
        "rule:gtd-perpetrator-named-by-sources + dictionary:actors",
    )
    unnamed = _attack("India", "Military Forces of India (2014-)", "security forces")
    assert gtd_perpetrator(actors, unnamed, 2021) == ("Unknown", "rule:gtd-perpetrator-unknown")


def test_the_claimant_comes_first(actors: ActorDictionary) -> None:
    mention = _attack("Nigeria", "Unidentified Armed Group (Nigeria)", "gunmen", claimed=True, claimed_by_text="ISWAP")
    assert gtd_perpetrator(actors, mention, 2021) == ("Boko Haram", "rule:gtd-perpetrator-claimant + dictionary:actors")


def test_a_claimant_the_dictionary_does_not_know_keeps_its_name(actors: ActorDictionary) -> None:
    mention = _attack("Greece", None, None, claimed=True, claimed_by_text="Cells of Fire Example")
    mention.claimed_by = "Cells of Fire Example"
    assert gtd_perpetrator(actors, mention, 2021)[0] == "Cells of Fire Example"  # type: ignore[index]


def test_a_named_group_gtd_tables_lack_keeps_its_acled_name(actors: ActorDictionary) -> None:
    mention = _attack("Syria", "Al Sham Corps", "Al Sham Corps fighters")
    assert gtd_perpetrator(actors, mention, 2021) == (
        "Al Sham Corps",
        "rule:gtd-perpetrator-actor1 + dictionary:actors",
    )


def test_no_attack_no_gtd_perpetrator(actors: ActorDictionary) -> None:
    protest = _attack("India", "Protesters (India)", "farmers")
    protest.attack_type = None
    assert gtd_perpetrator(actors, protest, 2021) is None
