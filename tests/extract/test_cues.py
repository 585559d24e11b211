"""Word cues: the verbs and nouns reporters use for each kind of event."""

from __future__ import annotations

import pytest

from eventlens.extract.cues import CUE_PATTERNS, Cue, find_cues, has_cue


def test_every_cue_has_a_pattern() -> None:
    assert set(CUE_PATTERNS) == set(Cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Witnesses described a smell of chlorine after the barrels landed.", Cue.CHEMICAL),
        ("A sarin attack hit the town at dawn.", Cue.CHEMICAL),
        ("A helicopter dropped a barrel packed with toxic gasses on the district.", Cue.CHEMICAL),
        ("Doctors said chemical substances were used in the strike.", Cue.CHEMICAL),
        ("The opposition accused the army of gassing dozens of villagers.", Cue.CHEMICAL),
        ("Jets hit the town with chemical bombs overnight.", Cue.CHEMICAL),
        ("A suicide bomber struck a funeral.", Cue.SUICIDE),
        ("The attacker blew himself up at the gate.", Cue.SUICIDE),
        ("Warplanes pounded the area overnight.", Cue.AIR),
        ("A drone strike hit a car on the highway.", Cue.AIR),
        ("Artillery pounded the outskirts.", Cue.SHELLING),
        ("Rebels fired mortars at the post.", Cue.SHELLING),
        ("A missile hit a residential block.", Cue.SHELLING),
        ("An attacker threw a hand grenade into the bar.", Cue.GRENADE),
        ("A roadside bomb hit the convoy.", Cue.EXPLOSIVE),
        ("An IED went off beside the road.", Cue.EXPLOSIVE),
        ("A landmine killed two shepherds.", Cue.EXPLOSIVE),
        ("Engineers defused a bomb under the bridge.", Cue.DISRUPTED),
        ("Troops clashed with the militia.", Cue.CLASH),
        ("Insurgents ambushed a patrol.", Cue.AMBUSH),
        ("Gunmen stormed the hotel.", Cue.ATTACK),
        ("Unknown men opened fire on a car.", Cue.SHOOTING),
        ("Three farmers were murdered.", Cue.KILLING),
        ("Gunmen kidnapped a priest.", Cue.ABDUCTION),
        ("Soldiers raped two women.", Cue.SEXUAL),
        ("Teachers staged a sit-in outside the ministry.", Cue.PROTEST),
        ("Police used tear gas on the crowd.", Cue.PROTEST_INTERVENTION),
        ("Security forces opened fire on protesters.", Cue.PROTEST_FORCE),
        ("Youths hurled stones at the police.", Cue.RIOT),
        ("An angry mob lynched a suspected thief.", Cue.MOB),
        ("Police detained six suspects.", Cue.ARREST),
        ("The two sides agreed to a ceasefire.", Cue.AGREEMENT),
        ("The army recaptured the town.", Cue.TERRITORY_TAKEN),
        ("Rebels seized control of the district.", Cue.TERRITORY_TAKEN),
        ("Troops withdrew from the base.", Cue.TERRITORY_HANDED),
        ("The army set up a new base near the border.", Cue.HEADQUARTERS),
        ("Looters plundered shops.", Cue.LOOTING),
        ("The group pledged allegiance to the caliphate.", Cue.GROUP_CHANGE),
        ("The army launched a security operation.", Cue.OPERATION),
        ("Attackers set the school on fire.", Cue.ARSON),
        ("A man stabbed two guards with a knife.", Cue.MELEE),
        ("Gunmen assassinated the mayor.", Cue.ASSASSINATION),
    ],
)
def test_cue_is_found(text: str, cue: Cue) -> None:
    assert cue in find_cues(text)


def test_cues_are_case_insensitive() -> None:
    assert Cue.EXPLOSIVE in find_cues("ROADSIDE BOMB HITS CONVOY")


def test_words_inside_other_words_are_not_cues() -> None:
    # "shell" in "Shellfish", "mine" in "determined", "raid" in "afraid", "riot" in "patriot".
    cues = find_cues("Shellfish traders were determined and afraid, said a patriot.")
    assert not cues & {Cue.SHELLING, Cue.EXPLOSIVE, Cue.ATTACK, Cue.RIOT}


def test_a_quiet_sentence_has_no_cues() -> None:
    assert find_cues("The governor opened a new hospital wing on Monday.") == set()


def test_a_sentence_can_carry_several_cues() -> None:
    cues = find_cues("Security forces opened fire on protesters, killing three demonstrators.")
    assert {Cue.PROTEST, Cue.PROTEST_FORCE, Cue.KILLING} <= cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Both sides traded small-arms fire through the night.", Cue.SMALL_ARMS),
        ("Angry villagers attacked two police officers with sticks.", Cue.CROWD_VIOLENCE),
        ("A brawl between two groups of traders left one man hurt.", Cue.CROWD_VIOLENCE),
        ("Factory workers burned tyres, demanding their unpaid wages.", Cue.DEMAND),
        ("The device exploded prematurely as the two men carried it.", Cue.MISFIRE),
        ("Hundreds of families fled their homes following heavy fighting.", Cue.DISPLACEMENT),
        ("Monitors recorded a total of 40 explosions near the frontline.", Cue.SHELLING),
        ("Several explosions were heard on the edge of the city overnight.", Cue.SHELLING),
        ("Troops fired heavy machine guns at the village.", Cue.SHELLING),
        ("Bus drivers staged a motorcade through the city centre.", Cue.PROTEST),
        ("Residents blocked the roundabout with burning tyres.", Cue.PROTEST),
        ("Around 20 people, including two reporters, were arrested by police.", Cue.PROTEST_INTERVENTION),
        ("Government troops responded to rebel shelling near the airport.", Cue.CLASH),
        ("Commandos, backed by airstrikes, pushed into the valley.", Cue.FIRE_SUPPORT),
        ("Shelling exchanges continued along the border.", Cue.CLASH),
        ("The army built new fortifications east of the city.", Cue.GROUP_CHANGE),
        ("Russian military police conducted a patrol near the border town.", Cue.GROUP_CHANGE),
        ("Soldiers recovered four IEDs planted along the road.", Cue.DISRUPTED),
        ("The militia fired machine guns at residential areas of the town.", Cue.SHELLING),
        ("Gunmen kept firing towards neighbourhoods east of the river.", Cue.SHELLING),
        ("Regime and Russian bombing killed 30 people in the suburbs.", Cue.AIR),
        ("Coalition planes struck a bridge near the dam.", Cue.AIR),
        ("Military aircraft pounded the hills overnight.", Cue.AIR),
        ("A helicopter dropped two barrels packed with bombs on the market.", Cue.AIR),
        ("Bombing raids on the old city killed a family of five.", Cue.AIR),
        ("Intense bombing of the eastern districts resumed at dawn.", Cue.AIR),
        ("The bombing carried out by the international coalition destroyed a bridge.", Cue.AIR),
        ("Strikes overnight by the US-led coalition hit two oil wells.", Cue.AIR),
        ("Long-range bombers struck targets near Palmyra.", Cue.AIR),
        ("French-led raids destroyed an arms depot near the border.", Cue.AIR),
    ],
)
def test_news_phrasings_are_found(text: str, cue: Cue) -> None:
    assert cue in find_cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # A mine that is a place, not a weapon.
        ("Shots were heard near the Zolota Mine on Tuesday.", Cue.EXPLOSIVE),
        # Grenades seized were never thrown; pistols seized are no hostages.
        ("Police seized two pistols and three hand grenades.", Cue.GRENADE),
        ("Police seized two pistols and three hand grenades.", Cue.ABDUCTION),
        # Riots named in passing: the sentence is about a protest.
        ("Relatives protested against the detention of men arrested during last month's riots.", Cue.RIOT),
        # The arrest the crowd protests is no intervention against it.
        ("The blogger was arrested last week on fraud charges.", Cue.PROTEST_INTERVENTION),
        # Machine guns fired from afar are not the small arms of a firefight.
        ("Troops fired heavy machine guns at the village.", Cue.SHOOTING),
        ("Gunmen ambushed a bus on the highway.", Cue.CLASH),
        # Gunmen firing at a bus or at people aim at them: no fire from afar.
        ("Gunmen fired at a bus on the highway.", Cue.SHELLING),
        ("Gunmen opened fire on villagers at a market.", Cue.SHELLING),
        # An aircraft seized, or fired at from the ground, is no air strike.
        ("Hijackers seized an aircraft at the airport.", Cue.AIR),
        ("Anti-aircraft guns fired at the hills.", Cue.AIR),
        ("Police said the bombing by militants killed two guards.", Cue.AIR),
        # Strikes by workers, or a coalition that only governs, fly nothing.
        # A bomber on a motorbike is a person.
        ("The bomber rode a motorbike into the crowd at the checkpoint.", Cue.AIR),
        ("Strikes by dock workers shut the port for a week.", Cue.AIR),
        ("The coalition-led government raised fuel prices.", Cue.AIR),
    ],
)
def test_look_alikes_are_not_cues(text: str, cue: Cue) -> None:
    assert cue not in find_cues(text)


def test_has_cue_tries_only_the_cues_asked_for() -> None:
    assert has_cue("Artillery shelled the town", [Cue.SHELLING, Cue.AIR])
    assert not has_cue("Artillery shelled the town", [Cue.AIR])


def test_liberation_in_a_groups_name_takes_no_territory() -> None:
    assert Cue.TERRITORY_TAKEN not in find_cues("Police blamed the National Liberation Front for the raid.")
    assert Cue.TERRITORY_TAKEN in find_cues("The army announced the liberation of the town on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "A policeman was beaten by a crowd of traders at the market.",
        "Two reporters were injured by angry residents near the depot.",
    ],
)
def test_a_crowd_named_as_the_doer_of_a_passive_is_crowd_violence(text: str) -> None:
    assert Cue.CROWD_VIOLENCE in find_cues(text)


def test_a_man_shot_by_two_men_is_no_crowd_violence() -> None:
    assert Cue.CROWD_VIOLENCE not in find_cues("A shopkeeper was shot by two men on a motorbike.")


def test_refugees_who_have_returned_over_months_are_background() -> None:
    assert Cue.DISPLACEMENT in find_cues("About 400 refugees returned from the camps on Tuesday.")
    assert Cue.DISPLACEMENT not in find_cues("Thousands of refugees have returned since the truce.")


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("Gunmen shot at an ambulance on the coast road.", Cue.FIRED_ON_CIVILIAN_PROPERTY, True),
        ("Unknown men opened fire outside the home of a councillor.", Cue.FIRED_ON_CIVILIAN_PROPERTY, True),
        ("Gunmen fired at a military vehicle near the base.", Cue.FIRED_ON_CIVILIAN_PROPERTY, False),
        ("The judge's house was riddled with bullets overnight.", Cue.FIRED_ON_CIVILIAN_PROPERTY, True),
        ("A union leader had his home attacked by gunshots on Sunday.", Cue.FIRED_ON_CIVILIAN_PROPERTY, True),
        ("The police station was hit by gunfire.", Cue.FIRED_ON_CIVILIAN_PROPERTY, False),
        ("Inter-clan violence left four dead in the valley.", Cue.CLASH, True),
        ("Three fighters were killed, at least one on each side, near the dam.", Cue.CLASH, True),
        ("Officials reported heavy losses on both sides after the night raid.", Cue.CLASH, True),
        ("Refugees were killed on both sides of the frontier by the storm.", Cue.CLASH, False),
        ("Commandos gunned down the suicide bomber at the gate.", Cue.BOMBERS_KILLED, True),
        ("Six pilgrims were killed by suicide bombers at the shrine.", Cue.BOMBERS_KILLED, False),
        ("Workers of the textile mill demanded their unpaid wages.", Cue.PROTEST, True),
        ("Guards shot three men after the workers demanded overtime pay.", Cue.PROTEST, False),
        ("Protesting residents were beaten and dragged into police vans.", Cue.PROTEST_INTERVENTION, True),
        ("Soldiers tried to reopen the road blocked by the crowd.", Cue.PROTEST_INTERVENTION, True),
        ("Students blocked the highway with a burning car.", Cue.RIOT, True),
        ("The crowd tried to force their way into the governor's office.", Cue.RIOT, True),
    ],
)
def test_acled_type_phrasings(text: str, cue: Cue, found: bool) -> None:
    assert (cue in find_cues(text)) is found


def test_protests_banned_are_no_protest_but_the_ban_is_news() -> None:
    cues = find_cues("The governor extended the current ban on all marches, rallies and sit-ins for another month.")
    assert Cue.PROTEST not in cues
    assert Cue.GROUP_CHANGE in cues
    assert Cue.PROTEST in find_cues("Hundreds protested against the ban on gatherings.")


@pytest.mark.parametrize("text", ["Police threw tear gas bombs at the crowd.", "Troops fired tear gas shells at them."])
def test_tear_gas_munitions_are_no_bombing_or_shelling(text: str) -> None:
    assert not find_cues(text) & {Cue.EXPLOSIVE, Cue.SHELLING, Cue.GRENADE}


def test_a_stun_grenade_thrown_is_still_a_grenade() -> None:
    assert Cue.GRENADE in find_cues("Gunmen threw a stun grenade at a trader's house.")


def test_a_sound_bomb_thrown_at_a_house_is_still_a_bomb() -> None:
    assert Cue.EXPLOSIVE in find_cues("Assailants threw a sound bomb at the mayor's house.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rebels fired Grad rockets at the airport.", True),
        ("The army answered with BM-21 launchers overnight.", True),
        ("Separatists fired Grads at the town.", True),
        ("Residents of Stari Grad protested against the new tram line.", False),
    ],
)
def test_the_grad_rocket_is_shelling_but_a_town_called_grad_is_not(text: str, found: bool) -> None:
    assert (Cue.SHELLING in find_cues(text)) is found


def test_armed_men_who_marched_on_a_village_and_attacked_it_did_not_demonstrate() -> None:
    cues = find_cues("Militiamen from two villages marched to the hamlet and attacked herders there.")
    assert Cue.PROTEST not in cues
    assert Cue.ATTACK in cues
    assert Cue.PROTEST in find_cues("Nurses marched to the ministry to demand their unpaid wages.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rebels fired 14.5mm and 12.7mm machine guns east of the port.", True),
        ("The militia fired machine guns at the Al Shaab area of the city.", True),
        # Heavy machine guns seized after a fight were not fired; fire at "the area" names no area.
        ("Troops seized rifles and 12.7mm machine guns from the rebels.", False),
        ("Gunmen fired at the area near the market.", False),
    ],
)
def test_heavy_calibres_and_fire_at_a_named_area_are_shelling(text: str, found: bool) -> None:
    assert (Cue.SHELLING in find_cues(text)) is found


def test_an_attack_a_crowd_protests_against_is_not_this_events_attack() -> None:
    assert Cue.ATTACK not in find_cues("Hundreds rallied against the attack on a reporter last week.")
    assert Cue.ATTACK in find_cues("Gunmen attacked a reporter outside his home.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Soldiers arrested and beat a local opposition leader in the market.", True),
        ("Two labourers were tortured in a police station after a complaint.", True),
        ("A man from the town died under torture in a military prison.", True),
        ("Police arrested two men armed with knives.", False),
    ],
)
def test_captives_beaten_or_tortured(text: str, found: bool) -> None:
    assert (Cue.CUSTODY_ABUSE in find_cues(text)) is found


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("The councillor's car was set alight outside his home.", Cue.ARSON, True),
        ("Inmates set their mattresses alight in the east wing.", Cue.ARSON, True),
        ("A fist fight broke out between farmers and settlers near the fields.", Cue.CROWD_VIOLENCE, True),
        ("A scuffle over a plot of land led to shooting in the village.", Cue.CROWD_VIOLENCE, True),
        ("Air defences fired upon a drone over the base but failed to shoot it down.", Cue.DISRUPTED, True),
        ("The rebels fired a drone at the airport.", Cue.DISRUPTED, False),
    ],
)
def test_british_arson_brawls_and_fire_at_drones(text: str, cue: Cue, found: bool) -> None:
    assert (cue in find_cues(text)) is found


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Hundreds of armed tribesmen from two provinces arrived in the district on Sunday.", Cue.GROUP_CHANGE),
        ("A unit of marines was sent to secure the port after the failed landing.", Cue.GROUP_CHANGE),
        ("The army has reinforced its troops along the border.", Cue.GROUP_CHANGE),
        ("About 60 fighters of the armed group surrendered to the governor.", Cue.GROUP_CHANGE),
        ("The militia turned two primary schools into military barracks.", Cue.HEADQUARTERS),
        ("Border guards fired warning shots as herders crossed the line.", Cue.WARNING_SHOTS),
        ("Soldiers fired several rounds into the air near the crossing.", Cue.WARNING_SHOTS),
    ],
)
def test_movements_surrenders_barracks_and_warning_shots(text: str, cue: Cue) -> None:
    assert cue in find_cues(text)


def test_a_killing_someone_is_accused_of_is_not_this_events() -> None:
    assert Cue.KILLING not in find_cues("The man arrested was wanted for the murder of two councillors.")
    assert Cue.KILLING in find_cues("Gunmen killed two councillors at a rally.")


def test_forces_confronted_by_gunmen_fought() -> None:
    assert Cue.CLASH in find_cues("Customs officers on a raid were confronted by armed smugglers near the border.")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # An attempted stabbing or ramming is told with the bare verb.
        ("A man tried to stab a policeman at the checkpoint.", Cue.MELEE),
        ("The driver tried to ram his car into the soldiers.", Cue.VEHICLE_RAMMING),
        ("A settler was driving his van towards the crowd when police stopped him.", Cue.VEHICLE_RAMMING),
        # The thing set alight can take several words; a beheading told as decapitation is a killing.
        ("Militants set the local education office building on fire.", Cue.ARSON),
        ("Gunmen captured and decapitated three herders near the river.", Cue.KILLING),
        # A train derailed by someone: the track was tampered with.
        ("Rebels derailed a freight train by removing the bolts of the track.", Cue.SABOTAGE),
    ],
)
def test_attempts_and_sabotage_are_found(text: str, cue: Cue) -> None:
    assert cue in find_cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "Ram" as a given name rams nothing; a train that derailed by itself was not sabotaged.
        ("Gunmen shot dead Ram Prasad, a shopkeeper, outside his house.", Cue.VEHICLE_RAMMING),
        ("A passenger train derailed near the station after heavy rain.", Cue.SABOTAGE),
    ],
)
def test_names_and_accidents_are_no_ramming_or_sabotage(text: str, cue: Cue) -> None:
    assert cue not in find_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "A cargo ship loaded with tanks, armoured vehicles and heavy weapons docked at the island's port.",
        "Washington said it was withdrawing two missile batteries and their crews from the kingdom.",
    ],
)
def test_arms_shipped_or_withdrawn_were_moved_not_fired(text: str) -> None:
    cues = find_cues(text)
    assert Cue.SHELLING not in cues
    assert Cue.GROUP_CHANGE in cues
    assert Cue.SHELLING in find_cues("Rebels fired missiles at the airport.")


@pytest.mark.parametrize(
    ("text", "riot"),
    [
        ("Villagers blocked the entrance to the village using stones to keep outsiders away.", False),
        ("Youths blocked the road with burning tyres and rocks.", True),
        ("Youths threw stones at the police.", True),
    ],
)
def test_stones_laid_as_a_barrier_are_no_riot(text: str, riot: bool) -> None:
    assert (Cue.RIOT in find_cues(text)) is riot


@pytest.mark.parametrize(
    "text",
    ["Gunmen killed the father of a judge outside his shop.", "Militants shot dead the driver of a district governor."],
)
def test_a_relative_or_driver_of_an_official_killed_is_no_assassination(text: str) -> None:
    assert Cue.ASSASSINATION not in find_cues(text)
    assert Cue.ASSASSINATION in find_cues("Gunmen shot dead a district governor outside his office.")
