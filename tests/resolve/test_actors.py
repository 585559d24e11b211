"""The actor dictionary and resolver. Every phrase here is written for these tests, in the manner of conflict news;
none comes from the data sets in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventlens.resolve.actors import Actor, ActorDictionary, TableError
from eventlens.resolve.actors import measure as measure_module
from eventlens.resolve.actors.text import fold, tokenize
from eventlens.resolve.actors.trie import PhraseTrie

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.default()


def names(actors: ActorDictionary, text: str, country: str | None = None, year: int | None = None) -> list[str]:
    return [actor.acled_name for _, _, actor in actors.find(text, country, year)]


def spans(actors: ActorDictionary, text: str, country: str | None = None) -> list[str]:
    return [text[start:end] for start, end, _ in actors.find(text, country)]


def acled(actor: Actor | None) -> str | None:
    return actor.acled_name if actor is not None else None


# --- resolve -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "country", "year", "expected"),
    [
        ("ISIS cells", "Syria", 2018, "Islamic State (Syria)"),
        ("the Izmir governorship", "Turkey", 2020, "Government of Turkey (2016-)"),
        ("Daesh sleeper cells", "Iraq", 2019, "Islamic State (Iraq)"),
        ("the jihadists of IS", "Nigeria", 2020, "Islamic State (West Africa)"),
        ("the SDF\u2019s internal security forces (Asayish)", "Syria", 2018, "Asayish"),
        ("the SDF's own security forces", "Syria", 2018, "QSD: Syrian Democratic Forces"),
        ("Hezbollah's elite units", "Syria", 2018, "Hezbollah"),
        ("Syrian troops", None, 2018, "Military Forces of Syria (2000-)"),
        ("regime forces", "Syria", 2016, "Military Forces of Syria (2000-)"),
        ("police", "Nigeria", 2020, "Police Forces of Nigeria (2015-)"),
        ("gunmen", "Mali", 2020, "Unidentified Armed Group (Mali)"),
        ("suspected Fulani herdsmen", "Nigeria", 2021, "Fulani Ethnic Militia (Nigeria)"),
        ("Turkish-backed factions", "Syria", 2019, "JWS: Syrian National Army"),
        ("pro-Houthi fighters", "Yemen", 2020, "Military Forces of Yemen (2016-) Supreme Political Council"),
        ("LNA forces", "Libya", 2020, "Military Forces of Libya (2014-) Haftar Faction"),
        ("the military forces of Azerbaijan", None, 2020, "Military Forces of Azerbaijan (2003-)"),
        ("Afghanistan's army", None, 2019, "Military Forces of Afghanistan (2014-)"),
        ("Philippine soldiers", None, 2019, "Military Forces of the Philippines (2016-)"),
        ("demonstrators", "Chile", 2020, "Protesters (Chile)"),
        ("prison guards", "Brazil", 2020, "Police Forces of Brazil (2019-) Prison Guards"),
        ("Turkish gendarmes", None, 2020, "Military Forces of Turkey (2016-) Gendarmerie"),
        ("unidentified warplanes", "Syria", 2020, "Unidentified Military Forces"),
        ("al-Shabab militants", "Kenya", 2020, "Al Shabaab"),
        ("Hayat Tahrir al-Sham", None, None, "HTS: Hayat Tahrir al Sham"),
        ("the former Nusra Front", "Syria", None, "HTS: Hayat Tahrir al Sham"),
        # The weapon or the strike names whose it is: "regime warplanes", "Russian strikes", "rebel shelling".
        ("regime warplanes", "Syria", 2016, "Military Forces of Syria (2000-)"),
        ("government helicopters", "Sudan", 2020, "Military Forces of Sudan (2019-)"),
        ("Russian strikes", "Syria", 2016, "Military Forces of Russia (2000-)"),
        ("the Russian Aerospace Forces", "Syria", 2016, "Military Forces of Russia (2000-)"),
        ("Assad's air force", "Syria", 2016, "Military Forces of Syria (2000-)"),
        ("rebel shelling", "Syria", 2016, "Opposition Rebels (Syria)"),
        ("coalition air strikes", "Syria", 2016, "Global Coalition Against Daesh"),
    ],
)
def test_resolve_phrases(actors: ActorDictionary, phrase: str, country: str | None, year: int | None, expected: str):
    assert acled(actors.resolve(phrase, country, year)) == expected


@pytest.mark.parametrize("phrase", ["the weather", "US-backed fighters", "the terrorist group", "", "   "])
def test_resolve_gives_none_for_what_names_no_actor(actors: ActorDictionary, phrase: str):
    assert actors.resolve(phrase, "Syria", 2018) is None


def test_resolved_actor_carries_category_country_and_parent(actors: ActorDictionary):
    asayish = actors.resolve("Asayish", "Syria")
    assert asayish is not None
    assert (asayish.category, asayish.country, asayish.parent) == ("political_militia", "Syria", "sdf")
    parent = actors.parent(asayish)
    assert parent is not None and parent.acled_name == "QSD: Syrian Democratic Forces"
    police = actors.resolve("policemen", "Kenya", 2020)
    assert police is not None
    assert (police.category, police.canonical_id) == ("state_forces", "police_forces@Kenya")


def test_country_picks_the_variant_of_a_group(actors: ActorDictionary):
    assert acled(actors.resolve("Islamic State", "Syria")) == "Islamic State (Syria)"
    assert acled(actors.resolve("Islamic State", "Egypt")) == "Islamic State (Egypt)"
    assert acled(actors.resolve("Islamic State")) == "Islamic State"
    # An alias of one variant keeps it whatever the document's country.
    assert acled(actors.resolve("ISWAP", "Syria")) == "Islamic State (West Africa)"


def test_local_aliases_depend_on_the_country(actors: ActorDictionary):
    assert acled(actors.resolve("coalition warplanes", "Yemen")) == "Operation Restoring Hope"
    assert acled(actors.resolve("coalition warplanes", "Syria")) == "Global Coalition Against Daesh"
    assert acled(actors.resolve("separatists", "Ukraine", 2020)) == "NAF: United Armed Forces of Novorossiya"
    assert acled(actors.resolve("separatists", "Cameroon", 2020)) == "Ambazonian Separatists (Cameroon)"
    # "state police" is a Mexican sub-unit; elsewhere the phrase falls back to the police of the country.
    assert acled(actors.resolve("state police", "Mexico", 2020)) == "Police Forces of Mexico (2018-) State Police"
    assert acled(actors.resolve("state police", "India", 2020)) == "Police Forces of India (2014-)"


def test_foreign_forces_keep_their_own_country(actors: ActorDictionary):
    assert acled(actors.resolve("Revolutionary Guards", "Syria", 2019)) == (
        "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    )
    assert acled(actors.resolve("Russian military police", "Syria", 2020)) == (
        "Military Forces of Russia (2000-) Military Police"
    )
    assert acled(actors.resolve("Turkish forces", "Syria", 2020)) == "Military Forces of Turkey (2016-)"


# --- ACLED names and country templating ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Military Forces of Syria (2000-)", "Syria"),
        ("Police Forces of the Philippines (2016-)", None),
        ("Military Forces of the Democratic Republic of Congo (2019-)", None),
        ("Civilians (Democratic Republic of Congo)", None),
        ("Protesters (International)", None),
        ("Unidentified Armed Group (Mexico)", None),
        ("Military Forces of Turkey (2016-) Gendarmerie", None),
        ("Police Forces of Mali (2013-) Gendarmerie", None),
        ("Military Forces of Syria (2000-) Prison Guards", None),
        ("Police Forces of Brazil (2019-) Prison Guards", None),
        ("Fulani Ethnic Militia (Ghana)", None),
        ("NAF: United Armed Forces of Novorossiya", "Ukraine"),
        ("Military Forces of Yemen (2016-) Supreme Political Council", None),
        ("Islamic State (Greater Sahara)", None),
    ],
)
def test_acled_names_read_back_as_themselves(actors: ActorDictionary, name: str, country: str | None):
    assert acled(actors.resolve(name, country)) == name


def test_regime_years_follow_the_event_year(actors: ActorDictionary):
    assert acled(actors.resolve("Ukrainian soldiers", year=2016)) == "Military Forces of Ukraine (2014-)"
    assert acled(actors.resolve("Ukrainian soldiers", year=2020)) == "Military Forces of Ukraine (2019-)"
    # Without a year, the latest regime the table knows.
    latest = actors.resolve("Nigerian troops")
    assert latest is not None and latest.acled_name.startswith("Military Forces of Nigeria (")
    # A country without known regime years gets no years rather than invented ones.
    assert acled(actors.resolve("Belgian police")) == "Police Forces of Belgium"


def test_literal_regime_years_are_kept(actors: ActorDictionary):
    assert acled(actors.resolve("Military Forces of Afghanistan (2014-2021)")) == (
        "Military Forces of Afghanistan (2014-2021)"
    )


def test_unknown_sub_unit_reads_as_its_force(actors: ActorDictionary):
    assert acled(actors.resolve("Military Forces of Syria (2000-) 9th Imaginary Brigade")) == (
        "Military Forces of Syria (2000-)"
    )


def test_country_spellings(actors: ActorDictionary):
    assert acled(actors.resolve("civilians", "West Bank and Gaza Strip")) == "Civilians (Palestine)"
    assert acled(actors.resolve("villagers", "Democratic Republic of the Congo")) == (
        "Civilians (Democratic Republic of Congo)"
    )
    assert acled(actors.resolve("civilians")) == "Civilians (International)"


# --- same_actor and gtd_name --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Islamic State", "Islamic State (Syria)"),
        ("ISIS", "Islamic State (Syria)"),
        ("Daesh", "Islamic State of Iraq and the Levant (ISIL)"),
        ("Syrian Democratic Forces", "QSD: Syrian Democratic Forces"),
        ("SDF", "Syrian Democratic Forces (SDF)"),
        ("Houthis", "Houthi extremists (Ansar Allah)"),
        ("Ansar Allah", "Military Forces of Yemen (2016-) Supreme Political Council"),
        ("Taliban", "the Taleban"),
        ("Military Forces of Afghanistan (2014-)", "Military Forces of Afghanistan (2014-2021)"),
        ("Syrian army", "Military Forces of Syria (2000-)"),
        ("Kurdistan Workers' Party (PKK)", "PKK: Kurdistan Workers Party"),
        ("Hay'at Tahrir al-Sham", "HTS: Hayat Tahrir al Sham"),
        ("Jamaat Nusrat al-Islam wal Muslimin (JNIM)", "JNIM: Group for Support of Islam and Muslims"),
        ("Some Unlisted Front", "some  unlisted front"),
    ],
)
def test_same_actor(actors: ActorDictionary, a: str, b: str):
    assert actors.same_actor(a, b)
    assert actors.same_actor(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Islamic State", "Syrian Democratic Forces"),
        ("Military Forces of Syria (2000-)", "Military Forces of Iraq (2018-)"),
        ("Boko Haram", "Islamic State (West Africa)"),
        ("Some Unlisted Front", "Another Unlisted Front"),
    ],
)
def test_not_same_actor(actors: ActorDictionary, a: str, b: str):
    assert not actors.same_actor(a, b)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ISIS", "Islamic State of Iraq and the Levant (ISIL)"),
        ("Islamic State (Iraq)", "Islamic State of Iraq and the Levant (ISIL)"),
        # GTD files the West Africa Province's attacks under Boko Haram.
        ("ISWAP", "Boko Haram"),
        ("Boko Haram/ISWAP insurgents", "Boko Haram"),
        # GTD's label for republican attackers no group claims; the New IRA is one such group, not all of them.
        ("dissident republicans", "Dissident Republicans"),
        ("the New IRA", "The New Irish Republican Army"),
        ("Jaish al-Islam fighters", "Jaysh al-Islam (Syria)"),
        ("ISKP", "Khorasan Chapter of the Islamic State"),
        ("Al Shabaab", "Al-Shabaab"),
        ("JNIM", "Jamaat Nusrat al-Islam wal Muslimin (JNIM)"),
        ("the Houthis", "Houthi extremists (Ansar Allah)"),
        ("Taliban", "Taliban"),
        ("unknown gunmen", "Unknown"),
        ("Military Forces of Syria (2000-)", None),
        ("nobody in particular", None),
    ],
)
def test_gtd_name(actors: ActorDictionary, name: str, expected: str | None):
    assert actors.gtd_name(name) == expected


# --- find ------------------------------------------------------------------------------------------------------


def test_find_in_a_report(actors: ActorDictionary):
    text = (
        "The Amaq agency, which is ISIS-linked, said IS militants hit a convoy of the US-backed "
        "Syrian Democratic Forces (SDF) near Raqqa. Kurdish-led fighters and the SDF's police (Asayish) "
        "later detained three suspects."
    )
    found = actors.find(text, "Syria", 2019)
    assert [text[s:e] for s, e, _ in found] == [
        "IS militants",
        "Syrian Democratic Forces (SDF)",
        "SDF's",
        "police",
        "Asayish",
    ]
    assert [a.acled_name for _, _, a in found][:2] == ["Islamic State (Syria)", "QSD: Syrian Democratic Forces"]


def test_acronyms_only_match_in_their_case(actors: ActorDictionary):
    text = "It is unclear who is behind it, but IS claimed the blast and told us nothing more."
    assert names(actors, text, "Iraq", 2020) == ["Islamic State (Iraq)"]
    assert names(actors, "what is sdf or isis", "Syria") == []
    assert names(actors, "US troops left; the UK and us stayed") == ["Military Forces of the United States (2025-)"]


def test_acronyms_in_all_caps_headlines(actors: ActorDictionary):
    # In shouted text a two-letter "IS" is as likely the verb; longer acronyms still count.
    assert names(actors, "WHO IS BEHIND THE ATTACK ON THE CHECKPOINT") == []
    assert names(actors, "ISIS CLAIMS ATTACK ON CHECKPOINT NEAR MOSUL", "Iraq") == ["Islamic State (Iraq)"]


def test_modifiers_are_not_actors(actors: ActorDictionary):
    assert spans(actors, "US-backed fighters held the town", "Syria") == []
    assert spans(actors, "regime-held areas were shelled", "Syria") == []
    assert spans(actors, "anti-Houthi tribesmen", "Yemen") == ["tribesmen"]
    assert spans(actors, "the Saudi-led coalition struck", "Yemen") == ["Saudi-led coalition"]


def test_role_nouns_join_the_group_span(actors: ActorDictionary):
    assert spans(actors, "fighters of the SDF advanced", "Syria") == ["fighters of the SDF"]
    assert spans(actors, "militants from the Islamic State attacked", "Iraq") == ["militants from the Islamic State"]
    assert spans(actors, "Houthi rebel forces shelled", "Yemen") == ["Houthi rebel forces"]


def test_singular_and_plural(actors: ActorDictionary):
    assert names(actors, "a Houthi fighter", "Yemen") == names(actors, "Houthis", "Yemen")
    assert names(actors, "a soldier and two civilians", "Mali", 2020) == [
        "Military Forces of Mali (2013-)",
        "Civilians (Mali)",
    ]


def test_alternative_groups_make_acleds_joint_actor(actors: ActorDictionary):
    joint = "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert names(actors, "Boko Haram/IS fighters ambushed a patrol", "Nigeria") == [joint]
    assert names(actors, "Islamic State West Africa Province or Boko Haram", "Nigeria") == [joint]
    assert names(actors, "ISGS/JNIM militants", "Burkina Faso") == [
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    ]
    # Without a joint actor in the dictionary the two stay apart.
    assert names(actors, "Hamas or Islamic Jihad", "Palestine") == ["Hamas Movement", "PIJ: Palestinian Islamic Jihad"]


def test_voices_named_after_roles_are_not_people(actors: ActorDictionary):
    assert names(actors, "an army spokesman said on Monday", "India", 2020) == []


def test_a_place_named_after_a_role_names_its_owner(actors: ActorDictionary):
    # An attack on a police station is, in ACLED's coding, an attack on the police.
    assert names(actors, "gunmen stormed the police station", "India", 2020) == [
        "Unidentified Armed Group (India)",
        "Police Forces of India (2014-)",
    ]


def test_a_gtd_name_borrowed_from_another_actor_stays_that_actors_name(actors: ActorDictionary):
    # GTD's "Boko Haram" for ISWAP attacks gives ISWAP neither the alias nor the exact name.
    assert acled(actors.resolve("Boko Haram fighters", "Nigeria")) == (
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    )
    assert acled(actors.resolve("Boko Haram", "Nigeria")) == "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert acled(actors.resolve("ISWAP", "Nigeria")) == "Islamic State (West Africa)"
    assert actors.gtd_name("Islamic State (West Africa)") == "Boko Haram"


def test_a_user_row_borrowing_a_gtd_name_gets_no_alias_from_it(tmp_path: Path):
    extra = tmp_path / "borrowed.tsv"
    extra.write_text(HEADER + "river_wing\tNigeria\tRiver Wing (Nigeria)\tBoko Haram\trebel_group\t\t\tRiver Wing\n")
    actors = ActorDictionary.load(extra)
    assert acled(actors.resolve("Boko Haram", "Nigeria")) == "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert actors.gtd_name("River Wing", "Nigeria") == "Boko Haram"


def test_the_syrian_oppositions_coalition_is_a_channel_not_the_air_coalition(actors: ActorDictionary):
    text = "The Syrian Coalition said regime helicopters dropped barrel bombs on the town."
    assert [c.name for _, _, c in actors.find_channels(text)] == ["Syrian Coalition"]
    assert names(actors, text, "Syria", 2016) == ["Military Forces of Syria (2000-)"]


def test_channels(actors: ActorDictionary):
    text = "The claim came through Amaq News Agency and was later carried by SITE Intelligence Group."
    assert [c.name for _, _, c in actors.find_channels(text)] == ["Amaq", "SITE Intelligence Group"]
    assert actors.find(text) == []
    amaq = actors.channel("Amaq")
    assert amaq is not None and amaq.owner == "islamic_state" and not amaq.independent
    assert actors.channel("Amaq said") is None


def test_surface_forms(actors: ActorDictionary):
    forms = actors.surface_forms()
    assert len(forms) == len(set(forms))
    for form in ("ISIS", "Daesh", "Syrian Democratic Forces", "Asayish", "Houthis", "gunmen", "Turkish forces"):
        assert form in forms


def test_actor_by_id(actors: ActorDictionary):
    assert acled(actors.actor_by_id("sdf")) == "QSD: Syrian Democratic Forces"
    assert acled(actors.actor_by_id("islamic_state", "Iraq")) == "Islamic State (Iraq)"
    assert acled(actors.actor_by_id("military_forces@Syria", year=2018)) == "Military Forces of Syria (2000-)"
    assert actors.actor_by_id("no_such_actor") is None
    for channel in actors.channels():
        assert channel.owner is None or actors.actor_by_id(channel.owner) is not None


def test_role_actor(actors: ActorDictionary):
    assert acled(actors.role_actor("protesters", "Pakistan")) == "Protesters (Pakistan)"
    assert acled(actors.role_actor("rioters", None)) == "Rioters (International)"


# --- user extensions -----------------------------------------------------------------------------------------------

HEADER = "id\tcountries\tacled_name\tgtd_name\tcategory\tkind\tparent\taliases\tlocal_aliases\tno_country_name\n"


def test_user_file_adds_and_overrides(tmp_path: Path):
    extra = tmp_path / "extra.tsv"
    extra.write_text(
        "# a local militia the bundled tables do not know, and a renamed variant\n"
        + HEADER
        + "river_guard\tNigeria\tRiver Guard Militia (Nigeria)\t-\tidentity_militia\t\t\tRiver Guard|River Guards\n"
        + "islamic_state\tSyria\tIslamic State (Levant Test Name)\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load(extra)
    assert acled(actors.resolve("River Guards", "Nigeria")) == "River Guard Militia (Nigeria)"
    assert acled(actors.resolve("ISIS", "Syria")) == "Islamic State (Levant Test Name)"
    # The rest of the bundled data is still there, and the bundled dictionary is unchanged.
    assert acled(actors.resolve("ISIS", "Iraq")) == "Islamic State (Iraq)"
    assert acled(ActorDictionary.default().resolve("ISIS", "Syria")) == "Islamic State (Syria)"


def test_user_file_takes_an_alias_over(tmp_path: Path):
    extra = tmp_path / "takeover.tsv"
    extra.write_text(
        HEADER + "local_hawks\tSyria\tHawks Brigade\t-\trebel_group\t\t\tDaesh\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load(extra)
    assert acled(actors.resolve("Daesh", "Syria")) == "Hawks Brigade"
    assert acled(actors.resolve("ISIS", "Syria")) == "Islamic State (Syria)"


def test_user_directory_and_country_table(tmp_path: Path):
    (tmp_path / "10_countries.tsv").write_text(
        "country\tarticle\tregimes\tnames\tdemonyms\nRuritania\t\t2011\tKingdom of Ruritania\tRuritanian\n",
        encoding="utf-8",
    )
    actors = ActorDictionary.load(tmp_path)
    assert acled(actors.resolve("Ruritanian troops")) == "Military Forces of Ruritania (2011-)"
    assert acled(actors.resolve("protesters", "Kingdom of Ruritania")) == "Protesters (Ruritania)"


def test_bad_rows_are_reported_with_their_place(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "oops\t\tOops Group\t\tnot_a_category\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"bad\.tsv:2"):
        ActorDictionary.load(bad)
    unknown = tmp_path / "unknown.tsv"
    unknown.write_text("name\tother\nx\ty\n", encoding="utf-8")
    with pytest.raises(TableError, match="header"):
        ActorDictionary.load(unknown)


def test_bundled_tables_use_only_acled_categories(actors: ActorDictionary):
    from eventlens.types.vocab import ACTOR_CATEGORIES

    assert {entry.category for entry in actors.entries} <= set(ACTOR_CATEGORIES)


# --- the dev measurement ---------------------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="../shared/seed is absent")
def test_founding_report(actors: ActorDictionary):
    text = (SHARED / "seed" / "raqqa-ied-attacks.txt").read_text(encoding="utf-8")
    found = {actor.acled_name for _, _, actor in actors.find(text, "Syria", 2018)}
    assert {"Islamic State (Syria)", "QSD: Syrian Democratic Forces", "Asayish"} <= found
    # The news agency is a channel of the group, not an actor, and "US-backed" names nobody.
    assert "Amaq" in {channel.name for _, _, channel in actors.find_channels(text)}
    assert not any(a.canonical_id.startswith("military_forces@United States") for _, _, a in actors.find(text))


def test_measure_skips_without_shared_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert measure_module.main(["--shared", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().err


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "data" / "dev").is_dir(), reason="../shared/data/dev is absent")
def test_dev_coverage_stays_above_ninety_percent(actors: ActorDictionary):
    dev = SHARED / "data" / "dev"
    acled_tallies = measure_module.measure_acled(actors, dev / measure_module.ACLED_FILE)
    gtd_tallies = measure_module.measure_gtd(actors, dev / measure_module.GTD_FILE)
    for tally in (
        acled_tallies["ACLED coverage: actor1/actor2 occurrences"],
        gtd_tallies["GTD coverage: gname occurrences"],
    ):
        assert tally.hits / tally.total >= 0.9


def test_a_name_is_folded_alike_with_or_without_accents() -> None:
    assert fold("Hay'at Tahrir al-Sham") == "Hayat Tahrir al-Sham"
    assert fold("Ḥay’at Taḥrīr") == "Hayat Tahrir"
    assert fold("Ansar al`Islam") == "Ansar alIslam"


def test_a_trie_says_which_words_start_a_phrase() -> None:
    trie: PhraseTrie[str] = PhraseTrie()
    trie.add("Islamic State", "islamic_state")
    tokens = tokenize("the Islamic State claimed it")
    assert [trie.starts(t.norm) for t in tokens] == [False, True, False, False, False]
    assert [bool(trie.matches(tokens, i)) for i in range(len(tokens))] == [False, True, False, False, False]
