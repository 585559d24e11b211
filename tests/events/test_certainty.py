"""Sources and certainty by the record contract:

claimed   = only the perpetrator's own channel reports it;
reported  = one source independent of the perpetrator;
confirmed = at least two sources agree, at least one independent of the perpetrator;
disputed  = sources disagree on whether it happened or who did it."""

from __future__ import annotations

import pytest

from eventlens.events.certainty import assess_sourcing
from eventlens.types import ClaimInfo
from eventlens.types.record import EventRecord


def _amaq_claim(**extra: object) -> ClaimInfo:
    claim = ClaimInfo(claimed=True, claimed_by_text="Islamic State", claim_channel="Amaq", cited_sources=["Amaq"])
    for name, value in extra.items():
        setattr(claim, name, value)
    return claim


def test_only_the_perpetrators_channel_is_claimed() -> None:
    sourcing = assess_sourcing(_amaq_claim(), None)
    assert sourcing.certainty == "claimed"
    assert sourcing.sources == ["Amaq"]


def test_an_outlet_relaying_a_claim_adds_no_independent_knowledge() -> None:
    sourcing = assess_sourcing(_amaq_claim(), "Kirkuk Now")
    assert sourcing.certainty == "claimed"
    assert sourcing.sources == ["Kirkuk Now", "Amaq"]


def test_a_claim_confirmed_by_an_independent_monitor_is_confirmed() -> None:
    sourcing = assess_sourcing(_amaq_claim(corroborated_by=["Tigris Watch"]), None)
    assert sourcing.certainty == "confirmed"
    assert sourcing.corroborated_by == ["Tigris Watch"]
    assert sourcing.sources == ["Amaq", "Tigris Watch"]


def test_a_claim_with_an_independent_witness_is_confirmed() -> None:
    assert assess_sourcing(_amaq_claim(attributions=["hospital officials"]), None).certainty == "confirmed"


def test_one_independent_source_is_reported() -> None:
    sourcing = assess_sourcing(ClaimInfo(cited_sources=["Reuters"]), None)
    assert sourcing.certainty == "reported"
    assert sourcing.sources == ["Reuters"]


def test_the_documents_own_outlet_is_one_independent_source() -> None:
    sourcing = assess_sourcing(ClaimInfo(), "Kirkuk Now")
    assert sourcing.certainty == "reported"
    assert sourcing.sources == ["Kirkuk Now"]


def test_the_outlet_and_a_cited_source_are_two() -> None:
    sourcing = assess_sourcing(ClaimInfo(cited_sources=["Reuters"]), "Kirkuk Now")
    assert sourcing.certainty == "confirmed"
    assert sourcing.sources == ["Kirkuk Now", "Reuters"]


def test_a_source_and_a_witness_are_two() -> None:
    claim = ClaimInfo(cited_sources=["Reuters"], attributions=["village elders"])
    assert assess_sourcing(claim, None).certainty == "confirmed"


def test_witnesses_are_never_listed_as_sources() -> None:
    sourcing = assess_sourcing(ClaimInfo(attributions=["officials", "residents"]), None)
    assert sourcing.sources == []


def test_the_same_source_twice_is_one_source() -> None:
    sourcing = assess_sourcing(ClaimInfo(cited_sources=["Reuters"], corroborated_by=["reuters"]), None)
    assert sourcing.certainty == "reported"
    assert len(sourcing.sources) == 1


def test_a_claim_without_a_channel_is_not_claimed_certainty() -> None:
    # "The Taliban claimed responsibility", reported by an outlet: the outlet is an independent source.
    claim = ClaimInfo(claimed=True, claimed_by_text="Taliban")
    assert assess_sourcing(claim, "Kabul Times").certainty == "reported"


@pytest.mark.parametrize(
    "claim",
    [
        ClaimInfo(disputed=True, denied_by=["Taliban"]),
        _amaq_claim(disputed=True, corroborated_by=["Tigris Watch"]),
        ClaimInfo(cited_sources=["Reuters", "AFP"], disputed=True),
    ],
)
def test_a_denial_or_dispute_makes_it_disputed(claim: ClaimInfo) -> None:
    sourcing = assess_sourcing(claim, "Kirkuk Now")
    assert sourcing.certainty == "disputed"
    assert sourcing.rule == "rule:denial-or-dispute-in-text"


def test_every_certainty_is_one_the_record_accepts() -> None:
    claims = [_amaq_claim(), ClaimInfo(), ClaimInfo(cited_sources=["A", "B"]), ClaimInfo(disputed=True)]
    certainties = {assess_sourcing(c, None).certainty for c in claims}
    assert certainties == {"claimed", "reported", "confirmed", "disputed"}
    for certainty in certainties:
        EventRecord(doc_id="d", event_id="e", certainty=certainty)  # type: ignore[arg-type]


def test_every_assessment_names_its_rule() -> None:
    for claim in [_amaq_claim(), ClaimInfo(), ClaimInfo(cited_sources=["A", "B"]), ClaimInfo(disputed=True)]:
        assert assess_sourcing(claim, None).rule.startswith("rule:")
