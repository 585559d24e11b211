"""GTD target/victim type from the words naming what was hit."""

from __future__ import annotations

import pytest

from eventlens.extract.targets import names_an_averted_attack, names_only_security_forces, target_type_from_words
from eventlens.types.vocab import GTD_TARGET_TYPES


@pytest.mark.parametrize(
    ("words", "target_type"),
    [
        ("a Federal Police pickup truck", "Police"),
        ("two traffic policemen", "Police"),
        ("an army checkpoint", "Military"),
        ("a military convoy", "Military"),
        ("the Turkish embassy", "Government (Diplomatic)"),
        ("UN peacekeepers", "Government (Diplomatic)"),
        ("the district governor", "Government (General)"),
        ("a primary school", "Educational Institution"),
        ("worshippers at a mosque", "Religious Figures/Institutions"),
        ("a local radio station", "Journalists & Media"),
        ("aid workers", "NGO"),
        ("a cargo plane at the airport", "Airports & Aircraft"),
        ("an oil tanker ship in the port", "Maritime"),
        ("two fuel tankers on the highway", "Business"),
        ("a crowded minibus", "Transportation"),
        ("a power station", "Utilities"),
        ("a mobile phone tower", "Telecommunication"),
        ("a row of shops", "Business"),
        ("Houthi fighters", "Terrorists/Non-State Militia"),
        ("villagers returning from the fields", "Private Citizens & Property"),
    ],
)
def test_target_words(words: str, target_type: str) -> None:
    assert target_type_from_words(words) == target_type


def test_every_answer_is_a_gtd_target_type() -> None:
    samples = ["police", "soldiers", "embassy", "mosque", "school", "shops", "civilians", "a bus"]
    assert {target_type_from_words(s) for s in samples} <= set(GTD_TARGET_TYPES)


def test_police_outrank_the_place_they_stood() -> None:
    # A police patrol at a market is a police target, not a business one.
    assert target_type_from_words("a police patrol in the market") == "Police"


def test_no_target_words_no_target_type() -> None:
    assert target_type_from_words("the northern outskirts") is None


def test_matching_is_on_whole_words() -> None:
    # "portrait" is no "port".
    assert target_type_from_words("a portrait") is None


@pytest.mark.parametrize(
    ("words", "target_type"),
    [
        # A phrase that names its type outright outranks its single words ("officer", "station", "army").
        ("an intelligence officer on his way home", "Government (General)"),
        ("a polling station in the town", "Government (General)"),
        ("the district centre", "Government (General)"),
        ("a village councillor", "Government (General)"),
        ("an army officer", "Military"),
        ("a security checkpoint", "Military"),
        ("an outpost on the hill", "Military"),
        ("pro-government militia members", "Terrorists/Non-State Militia"),
        ("Levies personnel", "Police"),
        ("a residence in the old quarter", "Private Citizens & Property"),
        ("a camp for displaced families", "Private Citizens & Property"),
        ("the provincial Education Department", "Government (General)"),
        ("a candidate for the state assembly", "Government (General)"),
        ("an air base in the south", "Military"),
        ("a filling station in the suburbs", "Business"),
        ("the district hospital", "Business"),
        ("a cattle ranch", "Business"),
    ],
)
def test_target_phrases(words: str, target_type: str) -> None:
    assert target_type_from_words(words) == target_type


def test_a_mine_that_explodes_is_no_business() -> None:
    assert target_type_from_words("a mine detonated under a minibus") == "Transportation"
    assert target_type_from_words("a mine detonated on the road") is None


def test_a_police_district_is_a_place_not_a_police_target() -> None:
    # Kabul and Kandahar are divided into numbered police districts.
    assert target_type_from_words("a shop in Police District 6") == "Business"


def test_taken_to_hospital_is_no_hospital_target() -> None:
    # The wounded were taken to hospital: the hospital was not attacked.
    assert target_type_from_words("two people who were taken to hospital") == "Private Citizens & Property"


@pytest.mark.parametrize(
    ("words", "target_type"),
    [
        # local government, its offices and its people
        ("a barangay captain, Pedro Reyes,", "Government (General)"),
        ("the ward administration office", "Government (General)"),
        ("a revenue office", "Government (General)"),
        ("a provincial council guard", "Government (General)"),
        ("two polio vaccination workers", "Government (General)"),
        # companies, their sites and their staff
        ("three construction workers", "Business"),
        ("a supermarket", "Business"),
        ("a cargo truck", "Business"),
        ("two nurses", "Business"),
        # places of worship and clergy, schools and their staff
        ("a Catholic chapel", "Religious Figures/Institutions"),
        ("a religious scholar", "Religious Figures/Institutions"),
        ("two university lecturers", "Educational Institution"),
        # infrastructure
        ("a 5G mast", "Telecommunication"),
        ("a telephone pole", "Telecommunication"),
        ("a rickshaw", "Transportation"),
        ("a toll booth", "Transportation"),
        # parties, international missions, forces allied to the state
        ("two Congress party workers", "Violent Political Party"),
        ("a MONUSCO base", "Government (Diplomatic)"),
        ("a pro-government militia outpost", "Terrorists/Non-State Militia"),
        ("a Border Security Force patrol", "Police"),
        ("an Iraqi Volunteer Forces vehicle", "Military"),
        # GTD files a marketplace under the public, a shop under business
        ("a crowded vegetable market", "Private Citizens & Property"),
        ("a mobile phone shop", "Business"),
    ],
)
def test_target_words_of_the_codebook(words: str, target_type: str) -> None:
    assert target_type_from_words(words) == target_type


def test_the_first_named_victim_is_the_target() -> None:
    assert target_type_from_words("a soldier and two civilians") == "Military"
    assert target_type_from_words("two civilians and a soldier") == "Private Citizens & Property"
    # police named outright are the principal target wherever they stand
    assert target_type_from_words("two civilians and a police officer") == "Police"


def test_whose_house_or_convoy_it_was_decides() -> None:
    assert target_type_from_words("the house of a judge") == "Government (General)"
    assert target_type_from_words("the convoy of the provincial governor") == "Government (General)"
    assert target_type_from_words("a house in the village") == "Private Citizens & Property"


def test_a_unit_is_police_when_the_words_say_police() -> None:
    assert target_type_from_words("a police battalion") == "Police"
    assert target_type_from_words("an infantry battalion") == "Military"
    assert target_type_from_words("a checkpoint") == "Military"


def test_security_forces_are_military_until_the_victims_say_otherwise() -> None:
    assert target_type_from_words("a security outpost") == "Military"
    assert names_only_security_forces("a security outpost")
    assert not names_only_security_forces("an army outpost")
    assert not names_only_security_forces("a joint security post")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police found and defused a bomb planted by the roadside near the town.",
        "The air defences shot down two drones over the province.",
        "A bomb exploded prematurely while militants were planting it.",
        "Three rockets fell in open areas near the border.",
        "Militants tried to plant mines on a dirt road outside the village.",
        "Police arrested two men carrying explosives near the bus depot.",
    ],
)
def test_an_attack_that_hit_nothing_is_averted(sentence: str) -> None:
    assert names_an_averted_attack(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what it was aimed at is still named
        "Air defences intercepted a drone targeting the airport.",
        # it went off and hurt those defusing it
        "A bomb detonated as soldiers were defusing it, wounding two.",
        "Gunmen attacked a police post in the night.",
    ],
)
def test_an_attack_with_a_target_or_victims_is_not_averted(sentence: str) -> None:
    assert not names_an_averted_attack(sentence)


@pytest.mark.parametrize(
    ("words", "target_type"),
    [
        ("the head of the Ward Sanitation and Markets Office", "Government (General)"),
        ("a traditional leader", "Government (General)"),
        ("the head of a village", "Government (General)"),
        ("an official of the National Water Resources Board", "Government (General)"),
        ("an administrative clerk", "Government (General)"),
        ("an opposition MP", "Government (General)"),
        ("a former member of the House of Representatives", "Government (General)"),
        ("two divisional delegates", "Government (General)"),
        ("a criminal investigation team", "Police"),
        ("a commander of the Sahwa", "Terrorists/Non-State Militia"),
        ("the offices of Radio Libertad", "Journalists & Media"),
        ("three tractors and a bulldozer", "Business"),
        ("a vaccination centre", "Business"),
        ("guards at a gold mine", "Business"),
        ("the managing director and site manager of a quarry", "Business"),
        # GTD's "alleged informant" and an official's kin are the public, not the force they are tied to
        ("a suspected police informer", "Private Citizens & Property"),
        ("the son of a retired army colonel", "Private Citizens & Property"),
        ("demonstrators outside the court", "Private Citizens & Property"),
        ("a military-backed party office", "Violent Political Party"),
    ],
)
def test_officials_forces_and_property_named_in_news(words: str, target_type: str) -> None:
    assert target_type_from_words(words) == target_type
