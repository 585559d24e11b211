"""The armed actor a story names when its event's sentence names nobody acting (`resolve.actors.story`). The
reports are written for these tests."""

from __future__ import annotations

from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.actors.story import armed_actor_named_in, doer_named_in, police_unit_named_in


def _named(actors: ActorDictionary, text: str, country: str, *, others: set[str] | None = None, fight: bool = False):  # type: ignore[no-untyped-def]
    return armed_actor_named_in(
        actors, text, country=country, year=2020, month=5, others=others or set(), state_forces=fight
    )


def test_a_group_that_claims_the_attack_is_named(actor_dictionary: ActorDictionary) -> None:
    text = "A roadside bomb hit an army truck near Afgooye. Al-Shabaab said it carried out the attack."
    actor = _named(actor_dictionary, text, "Somalia")
    assert actor is not None and actor.acled_name == "Al Shabaab"


def test_unnamed_roles_and_the_other_side_are_skipped(actor_dictionary: ActorDictionary) -> None:
    text = "Gunmen ambushed Taliban fighters near Ghazni. Police were sent to the area."
    assert _named(actor_dictionary, text, "Afghanistan", others={"Taliban"}) is None


def test_state_forces_count_only_in_a_fight(actor_dictionary: ActorDictionary) -> None:
    text = "Police raided a hideout in Manaus. One suspect was wounded in the shoot-out that followed."
    assert _named(actor_dictionary, text, "Brazil") is None
    actor = _named(actor_dictionary, text, "Brazil", fight=True)
    assert actor is not None and actor.acled_name.startswith("Police Forces of Brazil")


def test_the_first_actor_that_can_act_names_a_development(actor_dictionary: ActorDictionary) -> None:
    text = "Residents said federal police seized two tonnes of cannabis from a lorry near Cascavel."
    actor = doer_named_in(actor_dictionary, text, country="Brazil", year=2020, month=5, others=set())
    assert actor is not None and actor.acled_name.startswith("Police Forces of Brazil")


def test_crowds_and_victims_do_not_carry_out_a_development(actor_dictionary: ActorDictionary) -> None:
    text = "Protesters and residents watched as the market was closed."
    assert doer_named_in(actor_dictionary, text, country="Kenya", year=2020, month=5, others=set()) is None


def _police(actors: ActorDictionary, text: str, country: str) -> str | None:
    unit = police_unit_named_in(actors, text, country=country, year=2020, month=5)
    return unit.acled_name if unit else None


def test_the_one_police_force_a_report_names_is_its_police(actor_dictionary: ActorDictionary) -> None:
    text = "Military police raided a favela in Niteroi. Officers said the police found two rifles."
    assert _police(actor_dictionary, text, "Brazil") == "Military Forces of Brazil (2019-) Military Police"


def test_two_police_forces_or_none_named_leave_the_police_as_it_is(actor_dictionary: ActorDictionary) -> None:
    assert (
        _police(actor_dictionary, "Civil police and federal police searched a farm. Police seized guns.", "Brazil")
        is None
    )
    assert _police(actor_dictionary, "Police dispersed a crowd in Recife.", "Brazil") is None
