"""Place names in a sentence, with what the text calls them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.places import find_places, sublocation_of
from eventlens.types import PlaceMention, PlaceOffset, Span


def _places(nlp: Language, text: str, excluded: list[Span] | None = None) -> list[PlaceMention]:
    sentence = next(iter(nlp(text).sents))
    return find_places(sentence, excluded or [])


def _named(places: list[PlaceMention]) -> dict[str, str | None]:
    return {p.text: p.kind for p in places}


def test_district_of_x_in_the_city_of_y(nlp: Language) -> None:
    places = _places(nlp, "A bomb exploded in the district of al-Karama in the city of Mosul.")
    assert _named(places) == {"al-Karama": "district", "Mosul": "city"}
    assert sublocation_of(places) == "al-Karama"


def test_x_province(nlp: Language) -> None:
    places = _places(nlp, "Clashes broke out in Helmand province on Monday.")
    assert _named(places) == {"Helmand": "province"}
    assert sublocation_of(places) is None


def test_neighbourhood_of_a_town_belongs_to_the_neighbourhood(nlp: Language) -> None:
    places = _places(nlp, "A bomb went off in the Wasiti neighbourhood of Kirkuk on Monday.")
    named = _named(places)
    assert named["Wasiti"] == "neighbourhood"
    # The kind is Wasiti's: Kirkuk is the town it lies in, not a neighbourhood.
    assert named["Kirkuk"] != "neighbourhood"
    assert sublocation_of(places) == "Wasiti"


def test_the_village_of_x(nlp: Language) -> None:
    places = _places(nlp, "Gunmen attacked a checkpoint near the village of Tal al-Ward in Kirkuk province.")
    assert _named(places) == {"Tal al-Ward": "village", "Kirkuk": "province"}


def test_american_spelling_of_neighborhood_is_normalised(nlp: Language) -> None:
    places = _places(nlp, "A car bomb exploded in the Karrada neighborhood of Baghdad.")
    assert _named(places)["Karrada"] == "neighbourhood"


def test_spans_point_at_the_names(nlp: Language) -> None:
    text = "Rebels shelled the town of Saraqib in Idlib province."
    for place in _places(nlp, text):
        assert place.span is not None
        assert text[place.span.start : place.span.end] == place.text


def test_people_from_x_marched_to_y_happened_in_y(nlp: Language) -> None:
    places = _places(nlp, "Hundreds of people from Sadr City marched to Tahrir Square in Baghdad.")
    names = [p.text for p in places]
    assert "Sadr City" not in names
    assert "Baghdad" in names


def test_origin_is_never_the_event_place(nlp: Language) -> None:
    places = _places(nlp, "Protesters from Beni marched to Goma on Monday.")
    assert "Beni" not in [p.text for p in places]


def test_names_attached_to_a_group_are_not_places(nlp: Language) -> None:
    places = _places(nlp, "US-backed forces captured the village of Tal Abyad.")
    assert [p.text for p in places] == ["Tal Abyad"]


def test_actor_spans_are_excluded(nlp: Language) -> None:
    text = "Fighters of the Kurdistan Workers Party attacked a base in Van."
    start = text.index("Kurdistan")
    end = start + len("Kurdistan Workers Party")
    names = [p.text for p in _places(nlp, text, [Span(start, end)])]
    assert "Van" in names
    assert not any("Kurdistan" in n for n in names)


def test_month_and_weekday_words_are_not_places(nlp: Language) -> None:
    names = [p.text for p in _places(nlp, "On Monday in March, rebels shelled a market in Idlib.")]
    assert "Idlib" in names
    assert not {"Monday", "March"} & set(names)


def test_sublocation_needs_a_sublocation_kind() -> None:
    assert sublocation_of([PlaceMention("Kirkuk", kind="city"), PlaceMention("Kirkuk", kind="province")]) is None
    assert sublocation_of([PlaceMention("Domiz", kind="district"), PlaceMention("Kirkuk")]) == "Domiz"


@pytest.mark.parametrize("text", ["The code A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P-Q-R-S-T-U-V-W was found.", "Al-" * 200])
def test_long_hyphenated_runs_are_no_place_names(text: str) -> None:
    # Before names were read segment by segment, these inputs took seconds to minutes (backtracking);
    # a regression shows as this test hanging, not as a timing threshold.
    from eventlens.extract.places import _NAME_KIND

    assert _NAME_KIND.findall(text) == []


def test_hyphenated_and_article_names_still_read_whole(nlp: Language) -> None:
    sentence = nlp("Shelling hit the town of Maarat al-Numan and Ras al-Ain district.")[:]
    assert {p.text for p in find_places(sentence, [])} >= {"Maarat al-Numan", "Ras al-Ain"}


def test_a_group_holding_a_place_is_no_place(nlp: Language) -> None:
    assert _named(_places(nlp, "Air strikes on IS-held villages near Manbij killed 20 people.")) == {"Manbij": None}
    names = _named(_places(nlp, "Nine Civilians Killed in US-Led Coalition Raids in Northern Syria"))
    assert not any(name.startswith("US") for name in names)


def test_a_kind_word_after_a_demonym_names_the_place_that_follows(nlp: Language) -> None:
    places = _named(_places(nlp, "A Russian air strike on the Syrian city Aleppo killed eight civilians."))
    assert places.get("Aleppo") == "city"


def test_mid_name_articles_keep_a_village_name_whole(nlp: Language) -> None:
    places = _named(_places(nlp, "Gunmen attacked Tell es Sultan village in Hama province on Thursday."))
    assert places.get("Tell es Sultan") == "village"


def test_a_place_list_is_kept_whole_so_its_later_names_contain_the_first(nlp: Language) -> None:
    assert "Pisky, Donetsk" in _named(_places(nlp, "Rebels shelled army positions near Pisky, Donetsk on Friday."))


def test_romance_particles_keep_a_town_name_whole(nlp: Language) -> None:
    places = _named(_places(nlp, "Residents banged pots in Mar del Plata (Buenos Aires) on Thursday night."))
    assert "Mar del Plata, Buenos Aires" in places


def test_a_listed_place_may_carry_its_kind_before_its_province(nlp: Language) -> None:
    places = _named(_places(nlp, "A roadside bomb killed two policemen in Qaysar district, Faryab, on Monday."))
    assert "Qaysar district, Faryab" in places


def test_places_in_brackets_contain_the_place_before_them(nlp: Language) -> None:
    places = _named(_places(nlp, "Militiamen killed two farmers near Mamove (Beni, North Kivu) on Monday."))
    assert "Mamove, Beni, North Kivu" in places


def test_a_dateline_or_an_acronym_in_brackets_contains_nothing(nlp: Language) -> None:
    places = _named(_places(nlp, "DAMASCUS (Reuters) Shelling killed four people in Douma on Monday."))
    assert not any("," in name for name in places)


def test_a_countrys_currency_or_envoy_is_no_place(nlp: Language) -> None:
    places = _named(_places(nlp, "Rioters angry at the soaring US dollar blocked roads in Tripoli on Monday."))
    assert "US" not in places
    assert "Tripoli" in places


def test_an_acronym_in_a_bracketed_list_is_a_divisions(nlp: Language) -> None:
    places = _named(_places(nlp, "Gunmen ambushed a patrol near Gwoza (Gwoza LGA, Borno) on Friday."))
    assert "Gwoza, Gwoza LGA, Borno" in places


def test_a_kind_word_may_stand_between_a_place_and_its_brackets(nlp: Language) -> None:
    places = _named(_places(nlp, "Rebels burned houses in Kasindi village (Beni, Nord-Kivu) overnight."))
    assert "Kasindi, Beni, Nord-Kivu" in places


def test_the_far_side_of_a_border_is_no_event_place(nlp: Language) -> None:
    places = _named(_places(nlp, "A car bomb hit a bus near the Atmeh crossing on the border with Turkey."))
    assert "Turkey" not in places


def test_a_country_that_brokered_or_formed_something_is_no_place(nlp: Language) -> None:
    places = _named(_places(nlp, "Jets struck markets in Aleppo after a US-brokered truce collapsed."))
    assert "US" not in places
    assert "Aleppo" in places


@pytest.mark.parametrize(
    "text",
    [
        "Russia stepped up its raids on rebel districts, a monitor said.",
        "The United States said the gas was dropped by government aircraft.",
    ],
)
def test_a_state_that_acts_or_speaks_is_no_place(nlp: Language, text: str) -> None:
    assert not {"Russia", "United States"} & set(_named(_places(nlp, text)))


def test_a_place_that_undergoes_the_event_as_subject_stays_a_place(nlp: Language) -> None:
    assert "Kobani" in _named(_places(nlp, "Kobani fell to the militants on Monday after weeks of fighting."))


def test_a_states_officials_or_troops_are_no_place(nlp: Language) -> None:
    places = _named(_places(nlp, "Turkish troops and US officials met near Manbij on Tuesday."))
    assert "Manbij" in places
    assert "US" not in places


def test_a_dateline_city_is_no_event_place(nlp: Language) -> None:
    places = _named(_places(nlp, "WASHINGTON (Sputnik) Air strikes killed 30 fighters in Hama province."))
    assert "WASHINGTON" not in places
    assert "Hama" in places


def test_the_neighbour_a_border_is_named_by_is_no_event_place(nlp: Language) -> None:
    places = _named(
        _places(nlp, "Rebels said a rocket destroyed a tank outside al-Rai, a town close to the Turkish border.")
    )
    assert "Turkish" not in places
    assert "al-Rai" in places


def test_a_border_crossing_named_after_a_town_is_at_the_town(nlp: Language) -> None:
    assert "Atmeh" in _named(_places(nlp, "A suicide bomber struck a bus near the Atmeh border crossing."))


def test_a_state_named_after_a_preposition_of_place_stays_a_place(nlp: Language) -> None:
    places = _named(_places(nlp, "Militants were killed near the cities of Deir ez-Zor and Raqqa local media said."))
    assert "Deir ez-Zor" in places


def test_a_states_words_are_no_place(nlp: Language) -> None:
    places = _named(_places(nlp, "Bombs kept falling on rebel towns despite Damascus promises of a truce."))
    assert "Damascus" not in places


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Militiamen shelled Khan Touman in the Northern Province of Aleppo on Monday.", "Aleppo"),
        ("Gunmen raided a market in the Southern district of Mogadishu overnight.", "Mogadishu"),
    ],
)
def test_a_directional_part_of_a_place_is_the_place(nlp: Language, text: str, province: str) -> None:
    places = _named(_places(nlp, text))
    assert province in places
    assert not any(name.lower().lstrip("the ").startswith(("northern", "southern")) for name in places)


def test_where_a_group_is_banned_is_no_event_place(nlp: Language) -> None:
    text = "Daesh (a terrorist group banned in Russia) lost 12 fighters in Raqqa on Sunday."
    places = _named(_places(nlp, text))
    assert "Russia" not in places
    assert "Raqqa" in places


def test_a_capitalised_part_word_inside_a_name_is_no_part_of(nlp: Language) -> None:
    places = _named(_places(nlp, "A bomb went off outside the Sacred Heart of Jesus Cathedral in Makassar."))
    assert "Makassar" in places
    assert not any(name.startswith("Jesus") for name in places)


def test_a_place_entity_in_lower_case_is_no_place(nlp: Language) -> None:
    # The tagger reads "turkey" as the country; news capitalises a country's name, so it is a noun or a typo.
    places = _places(nlp, "Since last month turkey has shelled Kurdish fighters south of the town of Azaz.")
    assert _named(places) == {"Azaz": "town"}


def test_where_travellers_were_heading_is_not_where_it_happened(nlp: Language) -> None:
    places = _places(
        nlp,
        "The bomb went off at a checkpoint near the town of Maidan Shar as the buses waited to continue their "
        "journey to Kabul or Ghazni.",
    )
    assert _named(places) == {"Maidan Shar": "town"}


def test_a_destination_is_kept_when_the_sentence_names_no_other_place(nlp: Language) -> None:
    places = _places(nlp, "Gunmen attacked a bus heading to Kabul, killing five passengers.")
    assert _named(places) == {"Kabul": None}


def _offsets(nlp: Language, text: str) -> dict[str, PlaceOffset | None]:
    return {p.text: p.offset for p in _places(nlp, text)}


@pytest.mark.parametrize(
    ("text", "reference", "offset"),
    [
        ("Rebels shelled Kafr Hamra, 12 km northwest of Aleppo, on Friday.", "Aleppo", PlaceOffset(12.0, 315.0)),
        (
            "A car bomb went off in a village about 25 kilometres (15 miles) south-east of the provincial capital Idlib.",
            "Idlib",
            PlaceOffset(25.0, 135.0),
        ),
        ("The convoy was ambushed two miles outside Baidoa.", "Baidoa", PlaceOffset(2 * 1.609344, None)),
        ("Troops clashed with militants 40km north of Gao on Sunday.", "Gao", PlaceOffset(40.0, 0.0)),
        ("Fighting raged in the western countryside of Aleppo.", "Aleppo", PlaceOffset(None, 270.0)),
    ],
)
def test_a_place_measured_from_carries_the_offset(
    nlp: Language, text: str, reference: str, offset: PlaceOffset
) -> None:
    found = _offsets(nlp, text)[reference]
    assert found is not None and found.bearing == offset.bearing
    assert found.km == pytest.approx(offset.km) if offset.km is not None else found.km is None


def test_the_place_measured_from_is_the_one_after_the_phrase(nlp: Language) -> None:
    found = _offsets(nlp, "Gunmen raided the village of Kafr Hamra, 12 km northwest of Aleppo, on Friday.")
    assert found["Kafr Hamra"] is None


def test_a_bare_countryside_is_the_division_named_before_it_not_the_village(nlp: Language) -> None:
    text = "Militants struck in the governorate of Raqqa, in the village of Tal Samin in the northern countryside."
    found = _offsets(nlp, text)
    assert found["Raqqa"] == PlaceOffset(None, 0.0)
    assert found["Tal Samin"] is None


def test_a_distance_across_a_clause_break_measures_nothing(nlp: Language) -> None:
    found = _offsets(nlp, "The patrol drove 30 km north of the base; later it entered Kirkuk.")
    assert found.get("Kirkuk") is None


def test_every_town_of_a_list_people_came_from_is_no_event_place(nlp: Language) -> None:
    text = "The bomb hit buses carrying families from the besieged towns of Kafr Sabt and Tell Mardikh at a checkpoint in Hama."
    assert set(_named(_places(nlp, text))) == {"Hama"}


def test_who_holds_a_place_is_no_part_of_its_name(nlp: Language) -> None:
    assert "Kafr Sabt" in _named(_places(nlp, "The convoy waited at a crossing in rebel-held Kafr Sabt on Sunday."))


def test_the_places_that_hold_a_town_people_were_taken_from_still_place_it(nlp: Language) -> None:
    text = "Rebels abducted 20 villagers from Kanyatsi, Oicha, Beni, North Kivu, on Sunday."
    assert {"Beni", "North Kivu"} <= set(_named(_places(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck a fuel depot in the Red Sea port city of Hodeidah on Sunday.",
        "Militiamen shelled homes east of the Hodeidah Red Sea port on Friday.",
        "Gunmen shot a fisherman in Hodeidah's Red Sea harbour on Monday.",
    ],
)
def test_the_sea_a_port_lies_on_is_no_place(nlp: Language, text: str) -> None:
    assert set(_named(_places(nlp, text))) == {"Hodeidah"}


def test_a_state_named_after_a_sea_is_still_a_place(nlp: Language) -> None:
    assert "Red Sea" in _named(_places(nlp, "Gunmen attacked a patrol near Port Sudan in Red Sea state."))


def test_a_republic_of_the_name_is_one_name(nlp: Language) -> None:
    places = _named(_places(nlp, "Rebels killed two farmers near Beni in the Democratic Republic of the Congo."))
    assert "Democratic Republic of the Congo" in places
    assert "Congo" not in places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two police officers were shot dead in Martinez de la Torre on Friday.", "Martinez de la Torre"),
        ("A trader was kidnapped outside Leon de los Aldama last week.", "Leon de los Aldama"),
        ("Jets struck farms in Khabb wa ash Shaaf district overnight.", "Khabb wa ash Shaaf"),
        ("Residents blocked a road in Poienile de sub Munte on Tuesday.", "Poienile de sub Munte"),
        ("Bakers rallied outside the governor's office in Kut e Abdollah on Monday.", "Kut e Abdollah"),
    ],
)
def test_a_name_joined_by_two_particles_or_by_wa_is_one_name(nlp: Language, text: str, name: str) -> None:
    assert name in _named(_places(nlp, text))


def test_the_municipality_of_x_capitalised_names_the_municipality(nlp: Language) -> None:
    places = _named(_places(nlp, "A farmer was shot dead in the Municipality of Aquila, Michoacan, on Monday."))
    assert places.get("Aquila") == "municipality"
    assert "Municipality" not in places


def test_a_place_written_as_an_address_after_the_verb_of_attack(nlp: Language) -> None:
    places = _named(_places(nlp, "Gunmen attacked Goundam, Timbuktu, Mali, before dawn."))
    assert {"Goundam", "Timbuktu", "Mali"} <= set(places)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hundreds marched in central Tunceli on Sunday.", "Tunceli"),
        ("Rebels looted grain stores in rural Ras al Ain on Saturday.", "Ras al Ain"),
        ("A bomb went off in downtown Kabul at noon.", "Kabul"),
    ],
)
def test_a_lower_case_word_for_a_part_of_a_town_is_no_part_of_its_name(nlp: Language, text: str, name: str) -> None:
    assert name in _named(_places(nlp, text))


def test_every_place_of_a_list_after_from_is_where_people_came_from(nlp: Language) -> None:
    text = "Fighters clashed in Jarablus. The faction brought reinforcements from Idleb and Afrin."
    sentence = list(nlp(text).sents)[1]
    assert _named(find_places(sentence, [])) == {}


def test_the_taggers_cut_of_a_longer_name_is_no_place_of_its_own(nlp: Language) -> None:
    places = _named(_places(nlp, "Militiamen attacked Shari, Ituri, Democratic Republic of the Congo, at night."))
    assert "Democratic Republic" not in places
    assert "Shari" in places


def test_the_town_before_a_hyphen_stays_a_name(nlp: Language) -> None:
    places = _named(_places(nlp, "Protesters scuffled with MPs in Belgrade-Stari Grad, Serbia, on Friday."))
    assert "Belgrade" in places or "Belgrade-Stari Grad, Serbia" in places


def test_the_towns_a_road_is_named_after_are_reference_points(nlp: Language) -> None:
    places = _places(nlp, "Villagers closed the Kahnuj-Ghale Ganj road for an hour on Monday.")
    assert [p.text for p in places] == ["Kahnuj", "Ghale Ganj"]
    assert all(p.offset == PlaceOffset() for p in places)


def test_a_road_named_after_one_town(nlp: Language) -> None:
    assert list(_named(_places(nlp, "Rioters set tyres alight on the Halba highway at dawn."))) == ["Halba"]


def test_a_road_name_cut_from_its_article_is_no_place(nlp: Language) -> None:
    assert "Marj" not in _named(_places(nlp, "Drivers blocked the el Marj road for hours."))


def test_the_place_of_the_protest_others_hold_is_not_this_ones(nlp: Language) -> None:
    text = "Dozens rallied in Grodno in solidarity with the striking miners in Soligorsk."
    assert list(_named(_places(nlp, text))) == ["Grodno"]


def test_a_road_named_after_a_town_with_an_article_keeps_the_name_whole(nlp: Language) -> None:
    places = _places(nlp, "Gunmen fired on a bus on the Deir ez-Zor-Palmyra highway on Sunday.")
    assert [p.text for p in places if p.offset == PlaceOffset()] == ["Deir ez-Zor", "Palmyra"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("A grenade went off in Kilo Market neighborhood, Aba, Abia, Nigeria.", "Aba"),
        ("A car bomb exploded near Al Furat school, Ras al-Ain, Al Hasakah, Syria.", "Ras al-Ain"),
        ("Gunmen fired rockets targeting Damara, Ombella-M'Poko, Central African Republic.", "Ombella-M'Poko"),
    ],
)
def test_a_list_whose_first_name_is_a_part_or_a_building_still_names_what_holds_it(
    nlp: Language, text: str, holder: str
) -> None:
    assert holder in _named(_places(nlp, text))


def test_the_district_of_columbia_is_one_name(nlp: Language) -> None:
    places = _named(
        _places(nlp, "A pipe bomb was found outside an office in Washington, District of Columbia, on Monday.")
    )
    assert "District of Columbia" in places
    assert "Columbia" not in places


def test_a_district_of_the_city_is_a_part_of_it(nlp: Language) -> None:
    places = _named(_places(nlp, "Debris fell on houses in the city's Shevchenkivskyi district overnight."))
    assert places.get("Shevchenkivskyi") == "neighbourhood"


def test_the_platform_a_statement_was_posted_on_is_no_place(nlp: Language) -> None:
    assert _named(_places(nlp, "In a post on Telegram, the governor said two drones were downed.")) == {}
