"""Front lines and their two sides (`resolve.actors.frontlines`, `ActorDictionary.frontline_sides`)."""

from __future__ import annotations

import pytest

from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.actors.frontlines import frontline_from_cells


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
