"""Front lines and their two sides (`resolve.actors.frontlines`, `ActorDictionary.frontline_sides`)."""

from __future__ import annotations

import pytest

from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.actors.frontlines import frontline_from_cells, held_places_from_cells


def test_a_row_reads_provinces_and_dates() -> None:
    front = frontline_from_cells(["Line", "Ukraine", "Donetsk|Luhansk", "2014-04", "2022-02", "a", "b"], "t:1")
    assert front.holds("Ukraine", "Luhansk", 2020, 5)
    assert not front.holds("Ukraine", "Kharkiv", 2020, 5)
    assert not front.holds("Ukraine", "Donetsk", 2023, 1)
    assert not front.holds("Russia", "Donetsk", 2020, 5)


def test_a_bad_date_is_an_error() -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        frontline_from_cells(["Line", "Ukraine", "Donetsk", "April 2014", "", "a", "b"], "t:1")


def test_the_donbas_front_before_the_invasion(actor_dictionary: ActorDictionary) -> None:
    sides = actor_dictionary.frontline_sides("Ukraine", "Donetsk", 2020, 5)
    assert sides is not None
    assert [side.acled_name for side in sides] == [
        "Military Forces of Ukraine (2019-)",
        "NAF: United Armed Forces of Novorossiya",
    ]
    assert actor_dictionary.frontline_sides("Ukraine", "Lviv", 2020, 5) is None


def test_a_row_of_held_places_gives_one_place_per_spelling() -> None:
    places = held_places_from_cells(["Line", "naf", "Donetsk", "Alpha|Alfa| "], "t:1")
    assert [(p.holder, p.province, p.name) for p in places] == [("naf", "Donetsk", "Alpha"), ("naf", "Donetsk", "Alfa")]


def test_a_row_of_held_places_needs_all_its_cells() -> None:
    with pytest.raises(ValueError, match="cells"):
        held_places_from_cells(["Line", "naf", "Donetsk"], "t:1")


def test_fire_near_a_separatist_held_town_faces_the_government(actor_dictionary: ActorDictionary) -> None:
    held = actor_dictionary.held_place(["Horlivka"], "Ukraine", 2020, 5)
    assert held is not None
    assert held.facing.acled_name == "Military Forces of Ukraine (2019-)"
    assert held.holder.acled_name == "NAF: United Armed Forces of Novorossiya"
    assert held.province == "Donetsk"


def test_fire_near_a_government_held_town_faces_the_separatists(actor_dictionary: ActorDictionary) -> None:
    held = actor_dictionary.held_place(["Avdiivka"], None, 2019, 11)
    assert held is not None
    assert held.facing.acled_name == "NAF: United Armed Forces of Novorossiya"
    assert held.country == "Ukraine"


def test_a_held_place_is_off_the_front_after_it_closed_or_abroad(actor_dictionary: ActorDictionary) -> None:
    assert actor_dictionary.held_place(["Horlivka"], "Ukraine", 2023, 3) is None
    assert actor_dictionary.held_place(["Horlivka"], "Russia", 2020, 5) is None
    assert actor_dictionary.held_place(["Kharkiv"], "Ukraine", 2020, 5) is None
