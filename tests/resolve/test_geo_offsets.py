"""Points measured from a place: the sphere's arithmetic, and how the resolver uses it."""

from __future__ import annotations

import pytest

from eventlens.resolve.geo.resolver import NOMINAL_KM
from eventlens.resolve.places import Gazetteer
from eventlens.types.geo import destination
from eventlens.types.mention import PlaceMention, PlaceOffset
from tests.expected_events import on_side
from tests.resolve.conftest import dist_to, km

MAIDUGURI = (11.85, 13.16)
RAQQA = (35.95, 39.01)


@pytest.mark.parametrize(("distance", "bearing"), [(35.0, 135.0), (10.0, 0.0), (120.0, 270.0), (1.5, 225.0)])
def test_destination_is_that_far_on_that_side(distance: float, bearing: float) -> None:
    point = destination(*MAIDUGURI, distance, bearing)
    assert km(*MAIDUGURI, *point) == pytest.approx(distance, rel=0.01)
    assert on_side(point, MAIDUGURI, {0.0: "north", 135.0: "south-east", 270.0: "west", 225.0: "south-west"}[bearing])


def test_destination_wraps_across_the_antimeridian() -> None:
    lat, lon = destination(0.0, 179.9, 50.0, 90.0)
    assert lat == pytest.approx(0.0, abs=1e-3) and -180.0 < lon < -179.0


def test_a_town_named_with_its_distance_from_another_is_the_town(gz: Gazetteer) -> None:
    # "… the market in Konduga, about 35 km southeast of Maiduguri"
    places = [PlaceMention("Maiduguri", offset=PlaceOffset(35.0, 135.0)), PlaceMention("Konduga")]
    r = gz.resolve(places, "Nigeria")
    assert (r.location, r.geo_precision) == ("Konduga", 1)


def test_a_distance_from_a_town_alone_is_a_point_that_far_from_it(gz: Gazetteer) -> None:
    # "Troops clashed with militants 30 km north of Maiduguri"
    r = gz.resolve([PlaceMention("Maiduguri", offset=PlaceOffset(30.0, 0.0))], "Nigeria")
    assert (r.admin1, r.location, r.geo_precision) == ("Borno", "Maiduguri", 2)
    assert dist_to(r, MAIDUGURI) == pytest.approx(30.0, abs=2.0)
    assert r.latitude is not None and r.latitude > MAIDUGURI[0]
    assert r.provenance.endswith("+offset")


def test_a_distance_without_a_direction_keeps_the_towns_point(gz: Gazetteer) -> None:
    # "ambushed two miles outside Maiduguri": near the town, precision 2
    r = gz.resolve([PlaceMention("Maiduguri", offset=PlaceOffset(3.2, None))], "Nigeria")
    town = gz.resolve([PlaceMention("Maiduguri")], "Nigeria")
    assert (r.location, r.geo_precision) == ("Maiduguri", 2)
    assert (r.latitude, r.longitude) == (town.latitude, town.longitude)


def test_an_unknown_village_measured_from_a_town_takes_the_measured_point(gz: Gazetteer) -> None:
    # "the village of Gwaskara Tudu, 20 km east of Maiduguri" (a village the packaged data lacks)
    places = [PlaceMention("Gwaskara Tudu", kind="village"), PlaceMention("Maiduguri", offset=PlaceOffset(20.0, 90.0))]
    r = gz.resolve(places, "Nigeria")
    assert (r.location, r.geo_precision, r.provenance) == ("Gwaskara Tudu", 2, "gazetteer:unresolved-village+offset")
    assert dist_to(r, MAIDUGURI) == pytest.approx(20.0, abs=2.0)
    assert r.longitude is not None and r.longitude > MAIDUGURI[1]


def test_an_unknown_village_in_a_named_countryside_lies_on_that_side(gz: Gazetteer) -> None:
    # "the village of Tal Samin in the northern countryside of Raqqa": no distance, so a nominal step, region-level
    places = [
        PlaceMention("Tal Samin", kind="village"),
        PlaceMention("Raqqa", kind="countryside", offset=PlaceOffset(None, 0.0)),
    ]
    r = gz.resolve(places, "Syria")
    assert (r.admin1, r.location, r.geo_precision) == ("Ar-Raqqa", "Tal Samin", 3)
    assert r.latitude is not None and r.longitude is not None
    assert on_side((r.latitude, r.longitude), RAQQA, "north")
    assert dist_to(r, RAQQA) == pytest.approx(NOMINAL_KM, abs=3.0)


def test_a_countryside_alone_stays_at_the_seat(gz: Gazetteer) -> None:
    # "shelling in the northern countryside of Raqqa": ACLED's convention, the governorate's seat
    r = gz.resolve([PlaceMention("Raqqa", kind="countryside", offset=PlaceOffset(None, 0.0))], "Syria")
    assert r.admin1 == "Ar-Raqqa"
    assert dist_to(r, RAQQA) < 5
