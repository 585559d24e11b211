"""Event mentions in one document: one per reporting sentence; follow-ups folded into the event they add to."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventlens.extract import Extractor, ExtractorConfig
from eventlens.extract.mentions import _names_the_time
from eventlens.nlp import analyze_documents
from eventlens.resolve.actors import ActorDictionary
from eventlens.types import Document, EventMention
from tests.documents import make_document as shared_make_document

PUBLISHED = dt.date(2018, 7, 6)


@pytest.fixture(scope="module")
def extractor(actor_dictionary: ActorDictionary) -> Extractor:
    def find(text: str, country: str | None = None) -> list[tuple[int, int, str]]:
        return [(start, end, actor.category) for start, end, actor in actor_dictionary.find(text, country=country)]

    return Extractor(
        ExtractorConfig(find_actors=find, channels={"Amaq": "Islamic State"}, outlets=frozenset({"Reuters"}))
    )


def make_document(title: str, paragraphs: list[str], comments: list[str] | None = None) -> Document:
    return shared_make_document("report", title, paragraphs, comments, published=PUBLISHED)


def _extract(nlp: Language, extractor: Extractor, document: Document) -> list[EventMention]:
    [analyzed] = list(analyze_documents([document], nlp))
    return extractor.extract(document, analyzed.doc)


def _evidence(document: Document, mention: EventMention) -> list[str]:
    return [document.text[s.start : s.end] for s in mention.evidence]


def test_one_mention_per_event_sentence(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Attacks in Kirkuk",
        [
            "A roadside bomb exploded near a police patrol in Kirkuk on Thursday, killing two policemen.",
            "Separately, police arrested three suspects in Hawija on Friday.",
        ],
    )
    mentions = _extract(nlp, extractor, document)
    assert [m.sub_event_type for m in mentions] == ["Remote explosive/landmine/IED", "Arrests"]
    assert [m.index for m in mentions] == [0, 1]
    assert all(m.doc_id == "report" for m in mentions)
    first = mentions[0]
    assert first.event_type == "Explosions/Remote violence"
    assert first.casualties.fatalities == 2
    assert first.date.text is not None and "Thursday" in first.date.text
    assert [p.text for p in first.places] == ["Kirkuk"]
    assert first.provenance["sub_event_type"].startswith("rule:")


def test_evidence_spans_point_into_the_document(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Blast in Kirkuk",
        ["On July 6, Amaq revealed that Islamic State fighters had attacked an army post in Kirkuk on July 5."],
    )
    [mention] = _extract(nlp, extractor, document)
    evidence = _evidence(document, mention)
    # The event is the reported clause, not the report of it.
    assert evidence[0].startswith("Islamic State fighters had attacked an army post")
    assert "revealed" not in evidence[0]
    paragraph = document.blocks[1]
    assert all(paragraph.start <= span.start < span.end <= paragraph.end for span in mention.evidence)
    assert mention.date.text == "July 5"
    assert mention.claim.claim_channel == "Amaq"
    assert mention.claim.claimed_by_text == "Islamic State"
    assert mention.actor1_text == "Islamic State fighters"


def test_the_title_is_not_an_event_but_gives_its_place(nlp: Language, extractor: Extractor) -> None:
    document = make_document("Car bomb kills five in Mogadishu", ["A car bomb exploded outside a hotel on Sunday."])
    [mention] = _extract(nlp, extractor, document)
    title_end = document.blocks[0].end
    assert all(span.start >= title_end for span in mention.evidence)
    assert [p.text for p in mention.places] == ["Mogadishu"]
    assert mention.provenance["places"] == "rule:places-inherited-from-earlier-sentence"


def test_reader_comments_never_yield_mentions(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Protest in Basra",
        ["Hundreds of residents protested outside the governorate building in Basra on Monday."],
        comments=["Militants bombed my village yesterday and killed ten people, nobody reports it."],
    )
    mentions = _extract(nlp, extractor, document)
    assert [m.sub_event_type for m in mentions] == ["Peaceful protest"]
    comment_start = document.blocks[-1].start
    assert all(span.end <= comment_start for m in mentions for span in m.evidence)


def test_non_events_in_a_report_are_left_out(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Kirkuk attacks",
        [
            "Militants attacked an army checkpoint near Kirkuk on Tuesday, killing two soldiers.",
            "These attacks show that the group remains active in the province.",
            "The militants will likely attack more checkpoints this winter.",
            "Will the army be able to stop them?",
            "The army did not retake the village of Tal Ward.",
        ],
    )
    mentions = _extract(nlp, extractor, document)
    assert len(mentions) == 1
    assert "attacked an army checkpoint" in _evidence(document, mentions[0])[0]


def test_a_rising_toll_updates_the_event(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Bombing in Kirkuk",
        [
            "A bomb exploded near a police patrol in Kirkuk on Thursday, killing two policemen.",
            "The death toll rose to five on Friday, hospital officials said.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.casualties.fatalities == 5
    toll = [document.text[s.start : s.end] for s in mention.casualties.evidence]
    assert any("five" in t for t in toll)
    assert "later figure" in mention.provenance["fatalities"]


def test_a_lower_later_figure_does_not_lower_the_toll(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Bombing in Kirkuk",
        [
            "A bomb exploded near a police patrol in Kirkuk on Thursday, killing seven people.",
            "Two of the dead were policemen, officials said.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.casualties.fatalities == 7


def test_no_group_claimed_is_folded_into_the_event(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Hotel bombing",
        [
            "A car bomb exploded outside a hotel in Mogadishu on Sunday, killing seven people.",
            "No group has claimed responsibility for the attack.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.claim.claimed is False
    assert any(e.startswith("No group has claimed") for e in _evidence(document, mention))


def test_a_denial_disputes_the_event_and_is_no_event(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Village attack",
        [
            "Gunmen killed five villagers in Zamfara state on Monday, police said.",
            "The Taliban denied any involvement in the killings.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.claim.disputed is True
    assert "Taliban" in mention.claim.denied_by


def test_a_confirmation_corroborates_the_event(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Checkpoint blast",
        [
            "A bomb exploded at an army checkpoint in the Domiz district of Kirkuk on Tuesday.",
            "Tigris Watch confirmed the explosion.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert "Tigris Watch" in mention.claim.corroborated_by


def test_the_perpetrators_own_figures_are_not_the_toll(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Amaq claim",
        [
            "Islamic State fighters attacked an army post near Kirkuk on July 5, killing two soldiers.",
            "Amaq said its fighters killed 40 soldiers.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.casualties.fatalities == 2
    assert mention.claim.claim_channel == "Amaq"


def test_a_second_event_is_a_new_mention_anchored_to_the_first(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Twin blasts",
        [
            "A bomb exploded near a police patrol in Kirkuk on Thursday.",
            "The same day, a second bomb exploded near an army checkpoint in the Domiz district, wounding three "
            "soldiers.",
        ],
    )
    first, second = _extract(nlp, extractor, document)
    assert second.date.anchor == first.index
    assert second.date.offset_days == 0
    assert second.casualties.wounded == 3
    assert second.sublocation_text == "Domiz"


def test_a_district_alone_takes_the_town_of_the_event_before(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Twin blasts",
        [
            "A bomb exploded near a police patrol in Kirkuk on Thursday.",
            "Hours later a second bomb went off in the Domiz district.",
        ],
    )
    _, second = _extract(nlp, extractor, document)
    assert [p.text for p in second.places] == ["Domiz", "Kirkuk"]
    assert second.provenance["places"] == "rule:district-in-sentence+town-from-earlier-sentence"


def test_confidence_is_a_probability_and_falls_for_late_sentences(nlp: Language, extractor: Extractor) -> None:
    paragraph = "Police arrested three suspects in Basra on Monday."
    filler = ["The governor spoke to reporters about the economy."] * 8
    early = _extract(nlp, extractor, make_document("Arrests", [paragraph]))[0]
    late = _extract(nlp, extractor, make_document("Arrests", [*filler, paragraph]))[0]
    assert 0 < late.confidence < early.confidence <= 1


def test_a_toll_about_an_earlier_event_is_not_given_to_an_arrest(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Kirkuk",
        [
            "A bomb exploded near a police patrol in Kirkuk on Thursday, killing two policemen.",
            "Two days after the attack, police arrested four suspects in Hawija.",
            "The death toll from the bombing rose to five, hospital officials said.",
        ],
    )
    bombing, arrests = _extract(nlp, extractor, document)
    assert arrests.casualties.fatalities == 0
    assert bombing.casualties.fatalities == 5


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        ("The army retook the village of Tal Abyad from the rebels on Monday.", "Government regains territory"),
        (
            "Taliban fighters seized control of the district centre in Ghazni province on Monday.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_territory_taken_by_state_or_non_state(
    nlp: Language, extractor: Extractor, sentence: str, sub_event_type: str
) -> None:
    [mention] = _extract(nlp, extractor, make_document("Front line", [sentence]))
    assert mention.sub_event_type == sub_event_type
    assert mention.event_type == "Battles"


def test_civilians_counted_later_make_an_unknown_attack_an_armed_assault(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Village attacked",
        [
            "Assailants struck near Kadaji on Sunday night.",
            "At least 20 villagers were killed in the attack.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert (mention.attack_type, mention.weapon_type) == ("Armed Assault", "Firearms")
    assert mention.provenance["attack_type"] == "rule:gtd-tactic-from-victims"


def test_soldiers_counted_later_leave_an_unknown_attack_unknown(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Outpost attacked",
        ["Militants attacked an army outpost near Dalori on Monday.", "Three soldiers were killed in the attack."],
    )
    [mention] = _extract(nlp, extractor, document)
    assert (mention.attack_type, mention.weapon_type) == ("Unknown", "Unknown")


def test_a_toll_told_of_the_ensuing_clash_is_the_events(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Outpost attacked",
        [
            "Gunmen attacked a police outpost near Ghazni. Four officers and six attackers were killed in the ensuing "
            "clash."
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.casualties.fatalities == 10


def test_a_toll_beside_someone_unharmed_still_counts(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Convoy bombed",
        [
            "A roadside bomb hit the governor's convoy near Kandahar. The governor was not harmed, but two of his "
            "guards were killed in the blast."
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.casualties.fatalities == 2


def test_a_date_named_before_the_event_sentence_dates_it(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Raid in the north",
        ["On 5 May 2020, police officials spoke to reporters in the town. A man was arrested at the market."],
    )
    mentions = _extract(nlp, extractor, document)
    assert mentions[-1].date.text == "5 May 2020"


def test_a_dateline_is_neither_the_events_date_nor_its_text(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Rebels take Kidal",
        [
            "KIDAL, Mali, Oct 10 (Sahel Wire) — Gunmen attacked an army post near Kidal on Saturday, killing two soldiers."
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.date.text is not None and "Saturday" in mention.date.text
    assert _evidence(document, mention)[0].startswith("Gunmen attacked")


def test_blame_told_with_background_is_folded_into_the_event(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Market bombing",
        [
            "A suicide bomber blew herself up at a market in Konduga on Tuesday, killing six people.",
            "No group has claimed the bombing, but police blamed Boko Haram, which has used women as bombers for years.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.claim.claimed is False
    assert any(e.startswith("No group has claimed the bombing") for e in _evidence(document, mention))


def test_a_witness_account_tells_more_of_the_event(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Base attacked",
        [
            "Militants stormed an army base in Malam Fatori on Monday night.",
            "Residents said they heard gunfire until dawn.",
        ],
    )
    assert len(_extract(nlp, extractor, document)) == 1


def test_the_headline_says_who_did_an_attack_the_body_leaves_unnamed(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Russian jets pound market town in Idlib",
        ["Air strikes on the market in Maarat al-Numan killed nine people on Monday, rescuers said."],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.claim.blamed_on == "Russian jets"
    assert mention.claim.claimed is None


def test_hostages_taken_in_the_attack_make_it_a_kidnapping(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Police post attacked",
        [
            "Gunmen attacked a police post in Ghazni on Monday.",
            "The abduction of four officers during the raid alarmed residents.",
        ],
    )
    [mention] = _extract(nlp, extractor, document)
    assert (mention.attack_type, mention.weapon_type) == ("Hostage Taking (Kidnapping)", "Firearms")
    assert mention.provenance["attack_type"] == "rule:gtd-hostages-taken-in-the-attack"


def test_an_institutions_name_is_no_event(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Watchdog statement",
        ["The Organisation for the Prohibition of Chemical Weapons said on Tuesday it was gathering information."],
    )
    assert _extract(nlp, extractor, document) == []


def test_the_event_an_attack_avenged_ranks_below_the_attack(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Gunmen raid village",
        [
            "Gunmen on motorcycles killed five villagers in a raid near Menaka on Sunday.",
            "The attackers said they were avenging the deaths of fighters killed in an army air strike in Inates last month.",
        ],
    )
    mentions = _extract(nlp, extractor, document)
    assert len(mentions) == 2
    raid, backstory = mentions
    assert backstory.confidence < raid.confidence


def test_an_arrest_after_the_incident_ranks_below_it(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Shots fired at police station",
        [
            "A gunman opened fire outside a police station in Lahore on Friday.",
            "On Saturday, police arrested three suspects in Gujranwala.",
        ],
    )
    shooting, arrest = _extract(nlp, extractor, document)
    assert arrest.sub_event_type == "Arrests"
    assert arrest.confidence < shooting.confidence


def test_weapons_seized_after_a_shootout_rank_below_it(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Suspect killed in shootout with police",
        [
            "A shootout broke out when police stopped two men on a motorbike in Recife on Friday.",
            "Officers seized a revolver and ammunition.",
        ],
    )
    shootout, seizure = _extract(nlp, extractor, document)
    assert seizure.sub_event_type == "Disrupted weapons use"
    assert seizure.confidence < shootout.confidence


def test_an_arrest_reported_alone_keeps_its_confidence(nlp: Language, extractor: Extractor) -> None:
    alone = make_document("Arrests", ["On Saturday, police arrested three suspects in Gujranwala."])
    [arrest] = _extract(nlp, extractor, alone)
    assert arrest.confidence > 0.6


def test_a_battle_keeps_the_weapons_its_headline_names(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Shelling and clashes kill 20 fighters in Hama",
        ["Government troops fought rebels near the town of Kafr Zita on Monday, killing 20 fighters, a monitor said."],
    )
    [battle] = _extract(nlp, extractor, document)
    assert battle.sub_event_type == "Armed clash"
    assert any(text.startswith("Shelling and clashes") for text in _evidence(document, battle))
    assert battle.provenance["weapons"] == "rule:weapons-named-in-lede"


def test_a_stub_whose_body_tells_no_event_reports_its_headline(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Air strikes killed 12 civilians in Idlib", ["AFP, Sunday 3 June. Photo: the town market."]
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.sub_event_type == "Air/drone strike"
    assert mention.casualties.fatalities == 12


def test_a_sentence_placing_the_event_in_a_series_tells_no_new_one(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Raid in the north",
        [
            "Gunmen stormed a police post in Kebbi on Sunday.",
            "This was one of three attacks on villages in the state that day.",
        ],
    )
    mentions = _extract(nlp, extractor, document)
    assert len(mentions) == 1


def test_an_attack_fought_off_is_retyped_a_battle(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Raid in the north",
        ["Militants attacked a farming village in Kebbi on Sunday.", "Soldiers later repelled the assault."],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.sub_event_type == "Armed clash"
    assert mention.provenance["sub_event_type"] == "rule:cue:follow-up:attack-repelled"


def test_damage_told_after_an_attack_is_part_of_it(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Raid in the north",
        ["Militants attacked a farming village in Kebbi on Sunday.", "They set fire to the houses."],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.event_type == "Violence against civilians"


def test_the_first_event_told_refers_to_nothing_earlier(nlp: Language, extractor: Extractor) -> None:
    document = make_document(
        "Mine blast on the front",
        ["A soldier was killed on Monday after the explosion of the landmine near the front line."],
    )
    [mention] = _extract(nlp, extractor, document)
    assert mention.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "word", "names_it"),
    [
        ("A soldier was killed after the explosion of a mine.", "explosion", True),
        ("Ten fighters died as the clashes spread to the north.", "clashes", True),
        ("They took the field when they stormed it in the fiercest clash yet.", "clash", False),
    ],
)
def test_an_event_word_is_the_time_of_the_news_only_when_it_anchors_it(
    nlp: Language, text: str, word: str, names_it: bool
) -> None:
    trigger = next(t for t in nlp(text) if t.text == word)
    assert _names_the_time(trigger) is names_it
