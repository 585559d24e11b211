"""Certainty across reports: claimed, reported, confirmed, disputed."""

from __future__ import annotations

from eventlens.events.cross_certainty import certainty_across, outlet_key, unique_outlets
from eventlens.types import EventRecord, MentionRef
from tests.events.incident_records import member


def _amaq_claim() -> tuple[MentionRef, EventRecord]:
    return member(
        "amaq",
        outlet="Amaq News Agency",
        sources=["Amaq News Agency", "Amaq"],
        claim_channel="Amaq",
        claimed=True,
        claimed_by="Islamic State (Syria)",
        certainty="claimed",
    )


def test_the_claim_alone_is_claimed() -> None:
    assert certainty_across([_amaq_claim()])[0] == "claimed"


def test_outlets_only_relaying_the_claim_stay_claimed() -> None:
    relay = member("wire", outlet="Wire", sources=["Wire", "Amaq"], claim_channel="Amaq", certainty="claimed")
    assert certainty_across([_amaq_claim(), relay])[0] == "claimed"


def test_a_claim_and_a_local_monitors_report_are_confirmed() -> None:
    monitor = member("monitor", outlet="Furat Observatory")
    certainty, rule = certainty_across([_amaq_claim(), monitor])
    assert certainty == "confirmed"
    assert rule == "incident:1-independent-sources+claim"


def test_the_perpetrators_channel_publishing_under_its_own_name_is_no_independent_source() -> None:
    # The channel's own report, its claim unrecognised in the text, and a wire that says it spoke through Amaq.
    channel = member("amaq", outlet="Amaq", sources=["Amaq"], certainty="reported")
    wire = member("wire", outlet="Wire", sources=["Wire", "Amaq"], claim_channel="Amaq", certainty="claimed")
    assert certainty_across([channel, wire])[0] == "claimed"


def test_one_independent_outlet_is_reported() -> None:
    assert certainty_across([member("a", outlet="Wire")])[0] == "reported"


def test_one_outlets_two_reports_are_still_one_source() -> None:
    members = [member("a", outlet="Wire"), member("b", outlet="WIRE", sources=["WIRE"])]
    assert certainty_across(members)[0] == "reported"


def test_two_independent_outlets_are_confirmed() -> None:
    assert certainty_across([member("a", outlet="Wire"), member("b", outlet="Monitor")])[0] == "confirmed"


def test_a_report_confirmed_in_its_own_text_confirms_the_incident() -> None:
    assert certainty_across([member("a", outlet="Wire", certainty="confirmed")])[0] == "confirmed"


def test_a_report_disputing_it_makes_it_disputed() -> None:
    members = [member("a", outlet="Wire"), member("b", outlet="Monitor"), member("c", certainty="disputed")]
    assert certainty_across(members) == ("disputed", "incident:a-report-disputes-it")


def test_two_groups_claiming_it_is_disputed() -> None:
    members = [
        member("a", outlet="Wire", claimed_by="Islamic State (Syria)"),
        member("b", outlet="Monitor", claimed_by="Hay'at Tahrir al-Sham"),
    ]
    assert certainty_across(members) == ("disputed", "incident:competing-claims")


def test_outlets_blaming_different_groups_is_a_disagreement_not_a_dispute() -> None:
    members = [
        member("a", outlet="Wire", actor1="Islamic State (Syria)"),
        member("b", outlet="Monitor", actor1="Shaitat Tribal Militia (Syria)"),
    ]
    assert certainty_across(members)[0] == "confirmed"


def test_names_of_one_outlet_share_a_key() -> None:
    assert outlet_key("Amaq") == outlet_key("Amaq News Agency") == outlet_key("AMAQ news")
    assert outlet_key("Levant Wire Service") != outlet_key("Levant Times")
    assert unique_outlets(["Amaq", "Wire", "Amaq News Agency"]) == ["Amaq News Agency", "Wire"]
