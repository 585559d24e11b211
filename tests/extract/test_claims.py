"""Who claims, cites, confirms or denies an event, as one sentence says it."""

from __future__ import annotations

import pytest

from eventlens.extract.claims import find_claims, headline_attribution, share_report_claims
from eventlens.types import ClaimInfo, DateExpression, EventMention, PlaceMention, Span

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
        # A name with its acronym or other name in brackets, with the nouns news adds to it.
        ("The Ogaden National Liberation Front (ONLF) claimed responsibility for the ambush.",
         "Ogaden National Liberation Front (ONLF)"),
        ("Houthi rebels (Ansar Allah) claimed the drone attack on the airport.", "Houthi rebels (Ansar Allah)"),
        ("The Jan Militia of the Communist Party of India (Maoist) claimed the blast.",
         "Jan Militia of the Communist Party of India (Maoist)"),
        ("The Baloch Liberation Army has claimed the responsibility for the blast.", "Baloch Liberation Army"),
        # An apposition says whom a person claims for, or what the person is.
        ("Ahmed Musa, a member of the Grey Wolves, claimed responsibility for the stabbing.", "Grey Wolves"),
        ("Karim Haddad, a Muslim extremist, claimed responsibility for the shooting.", "Muslim extremist"),
    ],
)  # fmt: skip
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


@pytest.mark.parametrize(
    "text",
    [
        "The army said its troops had beaten back the raid and denied that the outpost had fallen.",
        "The ministry denied that any soldiers were killed in the ambush.",
    ],
)
def test_denying_only_the_outcome_does_not_dispute_the_event(text: str) -> None:
    assert _claims(text).disputed is False


def test_denying_that_it_carried_out_the_attack_disputes_it() -> None:
    assert _claims("The militia denied that it had carried out the bombing.").disputed is True


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("No group has claimed the attack, but officials blamed Al-Shabaab, which has bombed the town before.",
         "Al-Shabaab"),
        ("Police blamed the bombing on the Taliban.", "Taliban"),
    ],
)  # fmt: skip
def test_a_group_blamed_outright_is_the_suspect(text: str, blamed: str) -> None:
    assert _claims(text).blamed_on == blamed


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
        ("Nobody owned up to the ambush, but local sources attributed that ambush to the Taliban.", "Taliban"),
        ("Local officials blamed al-Shabaab for the bombing of the market.", "al-Shabaab"),
        ("The ambush is believed to have been carried out by the ADF.", "ADF"),
        ("No one claimed the raid, but police suspected the involvement of the ADF.", "ADF"),
        ("Residents suspect that Fulani militants carried out the raid on the farm.", "Fulani militants"),
        ("Officials suspected the Taliban was behind the blast at the market.", "Taliban"),
        ("Police suspected that the killings were carried out by bandits, a spokesman said.", "bandits"),
        ("The first raids were likely carried out by Russian jets, the monitor said.", "Russian jets"),
        ("Activists said the strikes were probably conducted by regime warplanes targeting the market.",
         "regime warplanes"),
        ("The opposition accused government forces of carrying out the gas attack.", "government forces"),
        ("Medics said the raids were carried out by either Russian or regime warplanes.",
         "Russian or regime warplanes"),
        ("Jet strikes blamed on the regime hit two markets in the city.", "regime"),
        ("Rebels blamed Russian warplanes of bombing the market.", "Russian warplanes"),
        ("Witnesses blamed the raid on the APCLS and the Nyatura militia, who deny it.",
         "APCLS and the Nyatura militia"),
        ("Some sources attributed the ambush to the Atanga Nji militia while others blamed separatists.",
         "Atanga Nji militia"),
        ("The monitor could not say whether Syrian or Russian jets carried out the raids on the town.",
         "Syrian or Russian jets"),
        ("It was unclear whether regime or Russian aircraft were behind the strikes.", "regime or Russian aircraft"),
        ("Five were killed in a suspected Israeli air strike near the airport.", "Israeli"),
        ("A suspected US drone strike killed two men in a car.", "US"),
    ],
)  # fmt: skip
def test_a_perpetrator_named_by_sources_is_not_a_claim(text: str, suspect: str) -> None:
    found = _claims(text)
    assert found.blamed_on == suspect
    assert found.claimed is not True


def test_no_blame_no_suspect() -> None:
    assert _claims("Gunmen attacked a checkpoint near the town on Monday.").blamed_on is None


def test_a_suspected_strike_of_nobody_names_nobody() -> None:
    assert _claims("A suspected drone strike hit a car near the border.").blamed_on is None


def test_whether_without_alternative_suspects_names_nobody() -> None:
    assert _claims("Officials did not say whether the gunmen carried out the attack alone.").blamed_on is None


def test_the_same_attackers_are_nobody_new() -> None:
    assert _claims("It was one of two raids carried out by the same gunmen that night.").blamed_on is None


def test_the_suspect_ends_before_the_target() -> None:
    found = _claims("Air strikes carried out by US jets against Nusra Front positions killed five.")
    assert found.blamed_on == "US jets"


# --- one claim for the report ---------------------------------------------------------------------------------


def _attack(index: int, *places: str, claim: ClaimInfo | None = None) -> EventMention:
    mention = EventMention(doc_id="d", index=index, sentence=Span(index * 100, index * 100 + 90))
    mention.attack_type = "Armed Assault"
    mention.places = [PlaceMention(name) for name in places]
    mention.claim = claim or ClaimInfo()
    return mention


def test_a_claim_told_after_a_detail_covers_the_reports_attack() -> None:
    # "Gunmen stormed a post in Dikwa. Two officers were also abducted. The ISWAP claimed the attack."
    claim = ClaimInfo(claimed=True, claimed_by_text="ISWAP", evidence=[Span(200, 240)])
    attack, abduction = _attack(0, "Dikwa"), _attack(1, claim=claim)
    share_report_claims([attack, abduction])
    assert attack.claim.claimed is True
    assert attack.claim.claimed_by_text == "ISWAP"
    assert Span(200, 240) in attack.claim.evidence


def test_an_attribution_covers_the_reports_attack_too() -> None:
    blame = ClaimInfo(claimed=False, blamed_on="the ADF")
    attack, detail = _attack(0, "Beni"), _attack(1, "Beni", claim=blame)
    share_report_claims([attack, detail])
    assert (attack.claim.claimed, attack.claim.blamed_on) == (False, "the ADF")


def test_a_place_named_with_or_without_its_article_is_the_same_place() -> None:
    attack = _attack(0, "Al Hudaydah", "Yemen")
    share_report_claims([attack, _attack(1, "Hudaydah", claim=ClaimInfo(blamed_on="the Houthis"))])
    assert attack.claim.blamed_on == "the Houthis"


def test_an_attack_in_another_province_is_elsewhere() -> None:
    attack = _attack(0, "Kunduz province")
    share_report_claims([attack, _attack(1, "Baghlan province", claim=ClaimInfo(blamed_on="the Taliban"))])
    assert attack.claim.blamed_on is None


def test_an_attack_elsewhere_or_with_its_own_claim_keeps_its_own() -> None:
    claim = ClaimInfo(claimed=True, claimed_by_text="Al-Shabaab")
    own = ClaimInfo(claimed=True, claimed_by_text="ISIS")
    elsewhere, claimed = _attack(0, "Kismayo"), _attack(1, "Baidoa", claim=own)
    source = _attack(2, "Mogadishu", claim=claim)
    share_report_claims([elsewhere, claimed, source])
    assert elsewhere.claim == ClaimInfo()
    assert claimed.claim.claimed_by_text == "ISIS"


def test_an_attack_the_report_calls_separate_keeps_to_itself() -> None:
    text = "A car bomb hit the base in Jowhar. In a separate incident, a drone struck a house in Jowhar."
    bombing, strike = _attack(0, "Jowhar"), _attack(1, "Jowhar")
    bombing.claim = ClaimInfo(claimed=True, claimed_by_text="Al-Shabaab")
    strike.sentence = Span(text.index("In a separate"), len(text))
    share_report_claims([bombing, strike], text=text)
    assert strike.claim == ClaimInfo()


def test_an_attack_on_another_date_keeps_to_itself() -> None:
    earlier, claimed = _attack(0, "Kirkuk"), _attack(1, "Kirkuk", claim=ClaimInfo(claimed=True, claimed_by_text="IS"))
    earlier.date, claimed.date = DateExpression(text="last month"), DateExpression(text="on November 15")
    share_report_claims([earlier, claimed])
    assert earlier.claim == ClaimInfo()


def test_a_claim_goes_to_attacks_not_to_other_events() -> None:
    protest = _attack(0)
    protest.attack_type = None
    share_report_claims([protest, _attack(1, claim=ClaimInfo(claimed=True, claimed_by_text="Taliban"))])
    assert protest.claim == ClaimInfo()


def test_the_headline_names_who_did_an_attack_the_body_leaves_unnamed() -> None:
    headline = headline_attribution("Regime strikes", Span(0, 14))
    strike = _attack(0, "Homs")
    share_report_claims([strike], headline)
    assert strike.claim.blamed_on == "Regime strikes"
    assert Span(0, 14) in strike.claim.evidence


def test_the_bodys_own_attribution_wins_over_the_headline() -> None:
    strike, blame = _attack(0, "Homs"), _attack(1, "Homs", claim=ClaimInfo(blamed_on="Russian jets"))
    share_report_claims([strike, blame], headline_attribution("Regime strikes", Span(0, 14)))
    assert strike.claim.blamed_on == "Russian jets"


def _air_strike(index: int, *places: str, claim: ClaimInfo | None = None) -> EventMention:
    mention = _attack(index, *places, claim=claim)
    mention.attack_type, mention.sub_event_type = "Bombing/Explosion", "Air/drone strike"
    return mention


def test_who_flew_one_air_strike_flew_those_told_elsewhere_in_the_report() -> None:
    # "Air strikes killed 12 in Idlib province. ... Raids on Maarat al-Numan were carried out by Russian jets."
    lead = _air_strike(0, "Idlib province")
    later = _air_strike(1, "Maarat al-Numan", claim=ClaimInfo(blamed_on="Russian jets"))
    share_report_claims([lead, later])
    assert lead.claim.blamed_on == "Russian jets"


def test_an_air_force_seen_striking_names_who_flew_the_others() -> None:
    # "Air strikes killed nine in Ariha. Syrian and Russian warplanes also pounded villages near Jisr al-Shughur."
    lead, pounding = _air_strike(0, "Ariha"), _air_strike(1, "Jisr al-Shughur")
    pounding.actor1_text = "Syrian and Russian warplanes"
    share_report_claims([lead, pounding])
    assert lead.claim.blamed_on == "Syrian and Russian warplanes"
    assert pounding.sentence in lead.claim.evidence


def test_an_air_force_seen_striking_is_no_attribution_of_a_ground_attack() -> None:
    ambush, strike = _attack(0, "Ariha"), _air_strike(1, "Ariha")
    strike.actor1_text = "regime helicopters"
    share_report_claims([ambush, strike])
    assert ambush.claim == ClaimInfo()


def test_a_day_with_or_without_its_preposition_is_the_same_day() -> None:
    lead, later = _air_strike(0, "Aleppo"), _air_strike(1, "Qaterji", claim=ClaimInfo(blamed_on="Russian raids"))
    lead.date, later.date = DateExpression(text="Monday"), DateExpression(text="on Monday")
    share_report_claims([lead, later])
    assert lead.claim.blamed_on == "Russian raids"


def test_an_air_force_the_report_has_striking_anywhere_flew_its_unnamed_air_strike() -> None:
    text = "Air strikes killed nine people in Ariha. Syrian and Russian jets have pounded the province for weeks."
    strike = _air_strike(0, "Ariha")
    strike.sentence = Span(0, text.index(".") + 1)
    share_report_claims([strike], text=text)
    assert strike.claim.blamed_on == "Syrian and Russian jets"
    assert strike.claim.evidence


def test_aircraft_named_but_not_striking_fly_nothing() -> None:
    text = "Air strikes killed nine people in Ariha. British aircraft could help enforce a no-fly zone."
    strike, ambush = _air_strike(0, "Ariha"), _attack(1, "Ariha")
    strike.sentence = ambush.sentence = Span(0, text.index(".") + 1)
    share_report_claims([strike, ambush], text=text)
    assert strike.claim == ClaimInfo()
    assert ambush.claim == ClaimInfo()


def test_an_air_force_striking_is_no_attribution_of_a_ground_attack_anywhere_in_the_report() -> None:
    text = "Gunmen attacked a checkpoint in Ariha. Regime helicopters dropped barrel bombs on nearby villages."
    ambush = _attack(0, "Ariha")
    ambush.sentence = Span(0, text.index(".") + 1)
    share_report_claims([ambush], text=text)
    assert ambush.claim == ClaimInfo()
