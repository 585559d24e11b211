"""GTD target/victim type from the words naming what was hit."""

from __future__ import annotations

import pytest

from eventlens.extract.targets import target_type_from_words
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
        ("an oil tanker", "Maritime"),
        ("a crowded minibus", "Transportation"),
        ("a power station", "Utilities"),
        ("a mobile phone tower", "Telecommunication"),
        ("a busy market", "Business"),
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
