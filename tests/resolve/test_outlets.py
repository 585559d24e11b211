"""The outlet's region as weak context for a report's country (own-words reports, the real gazetteer)."""

from __future__ import annotations

from collections import Counter

import pytest

from eventlens.resolve.outlets import outlet_countries, outlets_of
from eventlens.resolve.places import Gazetteer, country_of_report, report_country
from eventlens.types import Span
from eventlens.types.mention import EventMention, PlaceMention


def _placed_in(*places: str) -> EventMention:
    mention = EventMention(doc_id="d", index=0, sentence=Span(0, 1))
    mention.places = [PlaceMention(p) for p in places]
    return mention


@pytest.mark.parametrize(
    ("source", "country"),
    [
        ("Daily Star (Lebanon)", "Lebanon"),
        ("Yemen Post", "Yemen"),
        ("Kyiv Independent", "Ukraine"),
        ("Somali Guardian", "Somalia"),
        ("Nigerian Tribune", "Nigeria"),
        ("Times of India", "India"),
        ("Dawn - Pakistan", "Pakistan"),
        ("guardian.ng", "Nigeria"),
    ],
)
def test_a_regional_outlet_names_its_country(gz: Gazetteer, source: str, country: str) -> None:
    assert outlet_countries(gz, source) == Counter({country: 1})


@pytest.mark.parametrize(
    "source", ["Reuters", "AFP", "AP", "Xinhua", "BBC News", "Al Jazeera English", "Sputnik", "Anadolu Agency"]
)
def test_a_wire_agency_or_international_outlet_has_no_region(gz: Gazetteer, source: str) -> None:
    assert outlet_countries(gz, source) == Counter()


def test_each_credited_outlet_is_read(gz: Gazetteer) -> None:
    assert outlets_of("Yemen Post; Reuters;  Yemen Post") == ["Yemen Post", "Reuters"]
    assert outlet_countries(gz, "Nigerian Tribune; AFP; Punch (Nigeria)") == Counter({"Nigeria": 2})


def test_a_country_code_domain_places_the_outlet_a_generic_one_does_not(gz: Gazetteer) -> None:
    assert outlet_countries(gz, None, "https://www.example.com.lb/news/clashes-in-the-north") == {"Lebanon": 1}
    assert outlet_countries(gz, None, "https://news.example.com/story") == Counter()
    assert outlet_countries(gz, None, "https://example.tv/clip") == Counter()
    # The credit's own region comes first: the address is read only when no credited outlet has one.
    assert outlet_countries(gz, "Yemen Post", "https://example.com.lb/x") == {"Yemen": 1}


def test_the_outlet_settles_a_name_shared_by_two_countries(gz: Gazetteer) -> None:
    report = "Gunmen opened fire on a patrol in Tripoli overnight, wounding two soldiers."
    mention = _placed_in("Tripoli")
    assert country_of_report(gz, [mention], report) == "Libya"
    assert report_country(gz, [mention], report, Counter({"Lebanon": 1})) == ("Lebanon", True)


def test_the_outlet_places_a_report_whose_village_the_gazetteer_lacks(gz: Gazetteer) -> None:
    report = "Armed men torched a dozen huts in Zorgotaba village at dawn."
    mention = _placed_in("Zorgotaba")
    assert country_of_report(gz, [mention], report) is None
    assert country_of_report(gz, [mention], report, Counter({"Nigeria": 1})) == "Nigeria"


def test_a_lebanese_outlet_on_a_syrian_story_stays_syrian(gz: Gazetteer) -> None:
    report = "An air strike hit a market in Idlib on Friday, killing seven people, a Syrian monitor said."
    mention = _placed_in("Idlib")
    assert report_country(gz, [mention], report, Counter({"Lebanon": 1})) == ("Syria", False)


def test_the_outlet_does_not_outvote_the_country_the_text_places_the_event_in(gz: Gazetteer) -> None:
    report = "Gunmen burned tents at a camp near Zorgotaba in northern Syria, residents said."
    mention = _placed_in("Zorgotaba", "Syria")
    assert country_of_report(gz, [mention], report, Counter({"Lebanon": 3})) == "Syria"


def test_a_people_the_text_speaks_of_does_not_outvote_the_outlet(gz: Gazetteer) -> None:
    # Refugees are named by where they fled from, not where the camp is: the outlet's country is the better guess.
    report = "Syrian refugees said gunmen had burned tents at a camp near Zorgotaba."
    assert country_of_report(gz, [_placed_in("Zorgotaba")], report, Counter({"Lebanon": 1})) == "Lebanon"


def test_a_national_outlet_outvotes_a_namesake_village_abroad(gz: Gazetteer) -> None:
    # "Barsa" alone is a Romanian hamlet in the packaged data; a Lebanese outlet's village of that name is Lebanese.
    report = "Residents blocked the main road in Barsa with burning tyres on Sunday."
    assert country_of_report(gz, [_placed_in("Barsa")], report) == "Romania"
    assert country_of_report(gz, [_placed_in("Barsa")], report, Counter({"Lebanon": 1})) == "Lebanon"


def test_a_national_outlet_does_not_move_a_town_of_size_abroad(gz: Gazetteer) -> None:
    report = "Residents blocked the main road in Karak with burning tyres on Sunday."
    assert country_of_report(gz, [_placed_in("Karak")], report, Counter({"Lebanon": 1})) == "Jordan"


@pytest.mark.parametrize(
    ("source", "country"),
    [("El Nashra", "Lebanon"), ("Premium Times", "Nigeria"), ("Shabelle Media Network", "Somalia"),
     ("OSCE SMM-Ukraine", "Ukraine"), ("Proceso Digital", "Honduras"), ("El Proceso", "Mexico")],
)  # fmt: skip
def test_a_listed_national_outlet_names_its_country(gz: Gazetteer, source: str, country: str) -> None:
    assert outlet_countries(gz, source) == Counter({country: 1})


def test_every_listed_national_outlet_names_a_country_as_acled_names_it(gz: Gazetteer) -> None:
    from eventlens.resolve.geo.sources import read_name_table

    rows = read_name_table("national_outlets.tsv")
    assert len(rows) > 100
    assert [row for row in rows if len(row) != 2 or gz.country_of(row[1]) != row[1]] == []
