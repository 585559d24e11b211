"""Villages of a front line named alone (`resolve/front_places.py`), as the resolver places them."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.pipeline import Pipeline
from eventlens.resolve.resolver import Resolver
from eventlens.types import Document, EventMention, PlaceMention, Span

PUBLISHED = dt.date(2020, 5, 10)
SHELLING = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}


@pytest.fixture(scope="module")
def resolver(pipeline: Pipeline) -> Resolver:
    return pipeline.resolver


def _placed(
    resolver: Resolver, *places: PlaceMention, published: dt.date = PUBLISHED, **fields: object
) -> EventMention:
    mention = EventMention(doc_id="d", index=0, sentence=Span(0, 1))
    mention.places = list(places)
    for name, value in {**SHELLING, **fields}.items():
        setattr(mention, name, value)
    resolver.resolve(Document(doc_id="d", text="(text)", published=published), [mention])
    return mention


def test_a_village_one_side_holds_is_placed_in_its_province(resolver: Resolver) -> None:
    mention = _placed(resolver, PlaceMention("Kruta Balka"))
    assert (mention.country, mention.admin1) == ("Ukraine", "Donetsk")
    assert mention.provenance["admin1"].startswith("rule:village-on-frontline")


def test_a_village_named_alone_goes_to_the_front_province_that_has_one(resolver: Resolver) -> None:
    mention = _placed(resolver, PlaceMention("Serhiivka"))
    assert (mention.country, mention.admin1) == ("Ukraine", "Donetsk")
    assert mention.actor1 == "Military Forces of Ukraine (2019-)"


def test_a_named_side_or_a_second_place_keeps_the_gazetteer_reading(resolver: Resolver) -> None:
    assert _placed(resolver, PlaceMention("Serhiivka"), actor1_text="gunmen").admin1 != "Donetsk"
    second = _placed(resolver, PlaceMention("Serhiivka"), PlaceMention("Poltava", kind="region"))
    assert second.admin1 != "Donetsk"


def test_after_the_front_closed_the_village_is_not_moved(resolver: Resolver) -> None:
    assert _placed(resolver, PlaceMention("Serhiivka"), published=dt.date(2023, 5, 3)).admin1 != "Donetsk"
