"""Who claims, cites, confirms or denies an event, as one sentence says it."""

from __future__ import annotations

import pytest

from eventlens.extract.claims import find_claims
from eventlens.types import ClaimInfo

CHANNELS = {"Amaq": "Islamic State", "Al-Kataib": "Al Shabaab"}
OUTLETS = frozenset({"Reuters", "AFP"})


def _claims(text: str, offset: int = 0) -> ClaimInfo:
    return find_claims(text, offset, CHANNELS, OUTLETS)


def test_a_claim_through_a_groups_channel_names_the_group() -> None:
    found = _claims("Amaq said its fighters detonated a bomb near a police station in Kirkuk.")
    assert found.claimed is True
    assert found.claim_channel == "Amaq"
    assert found.claimed_by_text == "Islamic State"
    assert "Amaq" in found.cited_sources


def test_the_channel_owner_comes_from_the_configuration() -> None:
    found = _claims("Al-Kataib published pictures of the raid on the base.")
    assert (found.claim_channel, found.claimed_by_text) == ("Al-Kataib", "Al Shabaab")


def test_no_channel_configured_no_channel_claim() -> None:
    found = find_claims("Amaq said its fighters detonated a bomb.", 0, {}, OUTLETS)
    assert found.claim_channel is None
    assert found.claimed is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Taliban later claimed responsibility for the attack on the base.", "Taliban"),
        ("Boko Haram claimed the kidnapping in a video.", "Boko Haram"),
        ("Al-Shabaab said it had carried out the attack on the hotel.", "Al-Shabaab"),
        ("The Islamic State took responsibility for the bombing.", "Islamic State"),
    ],
)
def test_named_claim_of_responsibility(text: str, claimant: str) -> None:
    found = _claims(text)
    assert found.claimed is True
    assert found.claimed_by_text == claimant
    assert found.claim_channel is None


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the blast.",
        "No one has immediately claimed the attack.",
        "The attack has not yet been claimed.",
        "Nobody claimed the bombing.",
    ],
)
def test_no_group_claimed_is_claimed_false(text: str) -> None:
    found = _claims(text)
    assert found.claimed is False
    assert found.claimed_by_text is None
    assert found.evidence


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three people were killed, according to the Syrian Observatory for Human Rights.",
         "Syrian Observatory for Human Rights"),
        ("Three people were killed, according to Reuters.", "Reuters"),
        ("Reuters reported that four soldiers were killed.", "Reuters"),
        ("Two people died, the Xinhua news agency reported.", "Xinhua"),
    ],
)  # fmt: skip
def test_cited_sources(text: str, source: str) -> None:
    found = _claims(text)
    assert found.cited_sources == [source]
    assert found.claimed is None


def test_a_capitalised_subject_that_is_no_outlet_is_not_a_source() -> None:
    assert _claims("Colonel Ahmed said the attackers fled.").cited_sources == []


def test_confirmed_by_a_blog() -> None:
    found = _claims("The attack was confirmed by the local blog Raqqa Is Being Slaughtered Silently.")
    assert found.corroborated_by == ["Raqqa Is Being Slaughtered Silently"]


def test_confirmed_by_a_monitor_named_as_subject() -> None:
    assert _claims("Tigris Watch confirmed both explosions.").corroborated_by == ["Tigris Watch"]


def test_a_channel_is_never_its_own_corroboration() -> None:
    assert _claims("The attack was confirmed by Amaq.").corroborated_by == []


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The Taliban denied any involvement in the attack.", "Taliban"),
        ("Hezbollah rejected the accusations.", "Hezbollah"),
    ],
)
def test_denials_dispute_the_event(text: str, denier: str) -> None:
    found = _claims(text)
    assert found.disputed is True
    assert found.denied_by == [denier]


def test_conflicting_accounts_dispute_the_event() -> None:
    assert _claims("There were conflicting reports about who fired first.").disputed is True


def test_a_plain_report_is_not_disputed() -> None:
    found = _claims("Gunmen killed two farmers near the village, according to Reuters.")
    assert found.disputed is False
    assert found.denied_by == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Two soldiers were killed, officials said.", "officials"),
        ("Residents said the militants fled after the clash.", "Residents"),
        ("Three villagers were killed, two village elders told AFP.", "two village elders"),
        ("Five people died, according to local medics.", "local medics"),
    ],
)
def test_attributions_that_are_not_outlets(text: str, who: str) -> None:
    found = _claims(text)
    assert who in found.attributions
    assert who not in found.cited_sources


def test_an_attribution_to_an_outlet_lists_the_outlet_as_source_not_witness() -> None:
    found = _claims("Three villagers were killed, two village elders told AFP.")
    assert found.cited_sources == ["AFP"]


def test_attribution_keeps_the_whole_noun_phrase() -> None:
    assert _claims("Two soldiers were killed, military officials said.").attributions == ["military officials"]


def test_evidence_is_offset_into_the_document() -> None:
    prefix = "Gunmen attacked a post. "
    sentence = "No group has claimed responsibility for the attack."
    found = _claims(sentence, offset=len(prefix))
    document = prefix + sentence
    assert [document[s.start : s.end] for s in found.evidence] == ["No group has claimed"]


def test_a_sentence_without_sourcing_adds_nothing() -> None:
    found = _claims("Rebels shelled the outskirts of the town.")
    assert found == ClaimInfo()


@pytest.mark.parametrize(
    ("text", "suspect"),
    [
        ("No group claimed the attack; however, sources attributed the attack to the Taliban.", "Taliban"),
        ("Local officials blamed al-Shabaab for the bombing of the market.", "al-Shabaab"),
        ("The ambush is believed to have been carried out by the ADF.", "ADF"),
    ],
)
def test_a_perpetrator_named_by_sources_is_not_a_claim(text: str, suspect: str) -> None:
    found = _claims(text)
    assert found.blamed_on == suspect
    assert found.claimed is not True


def test_no_blame_no_suspect() -> None:
    assert _claims("Gunmen attacked a checkpoint near the town on Monday.").blamed_on is None
