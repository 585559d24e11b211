"""ACLED sub-event type and GTD attack/weapon type of one event sentence."""

from __future__ import annotations

import pytest

from eventlens.extract.classify import Classification, Participants, classify, escalate, escalation
from eventlens.extract.cues import Cue, find_cues
from eventlens.types import EventMention, Span
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF, GTD_ATTACK_TYPES, GTD_WEAPON_TYPES

NOBODY = Participants()
STATE = Participants(agent_category="state_forces")
REBELS = Participants(agent_category="rebel_group")


def _classify(text: str, who: Participants = NOBODY) -> Classification:
    found = classify(find_cues(text), who)
    assert found is not None, f"no event type for {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "who", "sub_event_type"),
    [
        ("Government aircraft dropped barrels of chlorine gas on a rebel-held suburb.", NOBODY, "Chemical weapon"),
        ("A suicide bomber blew himself up at a wedding hall.", NOBODY, "Suicide bomb"),
        ("Warplanes bombed a market in the north of the province.", NOBODY, "Air/drone strike"),
        ("A drone strike hit a car carrying two commanders.", NOBODY, "Air/drone strike"),
        ("Artillery shells landed on a residential area.", NOBODY, "Shelling/artillery/missile attack"),
        ("Rebels fired mortars at an army post.", NOBODY, "Shelling/artillery/missile attack"),
        ("A roadside bomb hit a military convoy.", NOBODY, "Remote explosive/landmine/IED"),
        ("Two landmines exploded under a bus.", NOBODY, "Remote explosive/landmine/IED"),
        ("An attacker threw a hand grenade into a crowded cafe.", NOBODY, "Grenade"),
        ("Thousands of students marched through the capital to demand accountability.", NOBODY, "Peaceful protest"),
        ("Police fired tear gas to disperse protesters outside the governorate.", NOBODY, "Protest with intervention"),
        (
            "Security forces opened fire on protesters, killing three demonstrators.",
            STATE,
            "Excessive force against protesters",
        ),
        ("Demonstrators threw stones at police and torched cars.", NOBODY, "Violent demonstration"),
        ("Rioters threw stones at police and torched cars.", NOBODY, "Mob violence"),
        ("An angry mob lynched two suspected thieves.", NOBODY, "Mob violence"),
        ("Soldiers raped two women in the village.", NOBODY, "Sexual violence"),
        ("Gunmen abducted 20 farmers from their fields.", NOBODY, "Abduction/forced disappearance"),
        ("Police arrested five suspected militants.", NOBODY, "Arrests"),
        ("The warring parties signed an agreement to exchange prisoners.", NOBODY, "Agreement"),
        ("The army recaptured the town from the insurgents.", STATE, "Government regains territory"),
        ("Rebels seized control of the town after a short siege.", REBELS, "Non-state actor overtakes territory"),
        ("Government troops withdrew from the base, handing it over to the militia.", NOBODY,
         "Non-violent transfer of territory"),
        ("Soldiers defused a bomb planted near a school.", NOBODY, "Disrupted weapons use"),
        ("Air defences shot down a drone over the city.", NOBODY, "Disrupted weapons use"),
        ("The army set up a new base near the border.", NOBODY, "Headquarters or base established"),
        ("Looters plundered shops in the city centre.", NOBODY, "Looting/property destruction"),
        ("The militia announced its dissolution.", NOBODY, "Change to group/activity"),
        ("The army launched a security operation in the district.", NOBODY, "Other"),
        ("Government troops clashed with rebels near the river.", STATE, "Armed clash"),
        (
            "Armed men attacked a village, killing 12 residents.",
            Participants(civilian_victims=True, casualties=True),
            "Attack",
        ),
    ],
)  # fmt: skip
def test_sub_event_type(text: str, who: Participants, sub_event_type: str) -> None:
    found = _classify(text, who)
    assert found.sub_event_type == sub_event_type
    assert found.event_type == ACLED_EVENT_TYPE_OF[sub_event_type]
    assert 0 < found.strength <= 1
    assert found.rule


def test_the_same_capture_is_government_or_non_state_by_who_took_it() -> None:
    text = "Fighters took control of the town after the garrison fled."
    assert _classify(text, STATE).sub_event_type == "Government regains territory"
    assert _classify(text, REBELS).sub_event_type == "Non-state actor overtakes territory"


def test_distinctive_weapon_outranks_what_it_did() -> None:
    # A suicide bomber who kills civilians is a suicide bomb, not an attack on civilians.
    who = Participants(civilian_victims=True, casualties=True)
    assert _classify("A suicide bomber killed nine worshippers.", who).sub_event_type == "Suicide bomb"


def test_violence_outranks_the_demonstration_around_it() -> None:
    assert _classify("Protesters set fire to tyres and threw stones at police.").event_type == "Riots"


def test_defused_bomb_that_hurt_people_is_not_a_disrupted_weapon() -> None:
    text = "A bomb exploded while engineers tried to defuse it."
    who = Participants(casualties=True)
    assert _classify(text, who).sub_event_type == "Remote explosive/landmine/IED"


def test_violence_against_armed_patient_is_a_clash() -> None:
    who = Participants(agent_category="rebel_group", patient_category="state_forces")
    assert _classify("Gunmen attacked a checkpoint.", who).sub_event_type == "Armed clash"


def test_killing_of_civilians_is_an_attack() -> None:
    who = Participants(patient_category="civilians", civilian_victims=True, casualties=True)
    assert _classify("Gunmen killed three farmers.", who).event_type == "Violence against civilians"


def test_fighters_carried_off_in_a_battle_are_the_battle_for_acled_and_a_kidnapping_for_gtd() -> None:
    found = _classify("During the fighting, the insurgents kidnapped three soldiers.", REBELS)
    assert (found.sub_event_type, found.attack_type) == ("Armed clash", "Hostage Taking (Kidnapping)")
    assert found.rule == "cue:abduction-in-battle"


@pytest.mark.parametrize(
    "text",
    [
        "Monitors counted 40 explosions and bursts of fire in both directions along the front line.",
        "Troops responded to the fire and killed two of the attackers.",
    ],
)
def test_fire_returned_makes_a_shelling_a_battle(text: str) -> None:
    assert escalation("Shelling/artillery/missile attack", text) == ("Armed clash", "cue:follow-up:exchange-of-fire")


def test_the_month_of_march_is_no_protest() -> None:
    assert "protest" not in {c.value for c in find_cues("Fighting resumed in March after a short truce.")}


def test_a_crowd_that_dispersed_of_itself_is_no_intervention() -> None:
    assert (
        escalation("Peaceful protest", "The crowd dispersed peacefully after the mayor promised to meet them.") is None
    )


def test_a_named_captive_is_a_kidnapping_not_an_assassination_for_gtd() -> None:
    who = Participants(armed_victims=True, named_victim=True, casualties=True)
    assert _classify("Rebels abducted and killed a soldier, Corporal Ade Musa, near the camp.", who).attack_type == (
        "Hostage Taking (Kidnapping)"
    )


def test_aid_handed_out_by_others_is_no_event() -> None:
    assert classify(find_cues("A charity handed out food parcels to families in the hills."), NOBODY) is None


def test_no_event_words_no_classification() -> None:
    assert classify(find_cues("The minister visited the port on Monday."), NOBODY) is None


@pytest.mark.parametrize(
    ("text", "who", "attack_type", "weapon_type"),
    [
        ("A roadside bomb hit a military convoy.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("A suicide bomber blew himself up at a checkpoint.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("An attacker threw a grenade into a bar.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("Rebels fired mortars at an army post.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("Militants dropped chlorine gas on the town.", NOBODY, "Unarmed Assault", "Chemical"),
        ("Gunmen opened fire on a bus, killing six passengers.",
         Participants(civilian_victims=True, casualties=True), "Armed Assault", "Firearms"),
        ("Gunmen kidnapped a priest from his church.", NOBODY, "Hostage Taking (Kidnapping)", "Firearms"),
        ("Gunmen seized two hostages and barricaded themselves inside the bank.", NOBODY,
         "Hostage Taking (Barricade Incident)", "Firearms"),
        ("Gunmen assassinated the district governor outside his home.", NOBODY, "Assassination", "Firearms"),
        ("Insurgents set fire to a school at night.", NOBODY, "Facility/Infrastructure Attack", "Incendiary"),
        ("Attackers stabbed two people with knives, killing one.",
         Participants(civilian_victims=True, casualties=True), "Armed Assault", "Melee"),
        ("A man rammed a truck into shoppers, killing five.",
         Participants(civilian_victims=True, casualties=True), None,
         "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"),
        ("Gunmen hijacked a bus and killed the driver.", Participants(casualties=True), "Hijacking", None),
    ],
)  # fmt: skip
def test_gtd_attack_and_weapon_types(text: str, who: Participants, attack_type: str | None, weapon_type: str) -> None:
    found = _classify(text, who)
    if attack_type is not None:
        assert found.attack_type == attack_type
    if weapon_type is not None:
        assert found.weapon_type == weapon_type
    assert found.attack_type in GTD_ATTACK_TYPES
    assert found.weapon_type in GTD_WEAPON_TYPES


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students marched through the capital.",
        "Police arrested five suspected militants.",
        "The two sides agreed to a ceasefire.",
        "Troops withdrew from the base without a fight.",
    ],
)
def test_non_attacks_have_no_gtd_types(text: str) -> None:
    found = _classify(text)
    assert found.attack_type is None
    assert found.weapon_type is None


def test_a_defused_bomb_is_the_bombing_it_was_meant_to_be_for_gtd() -> None:
    found = _classify("Soldiers defused a bomb planted near a school.")
    assert found.sub_event_type == "Disrupted weapons use"
    assert (found.attack_type, found.weapon_type) == ("Bombing/Explosion", "Explosives")


def test_air_strikes_are_not_coded_as_terrorist_bombings() -> None:
    found = _classify("Warplanes bombed a market in the north.")
    assert found.sub_event_type == "Air/drone strike"
    assert found.attack_type != "Bombing/Explosion"
    assert found.weapon_type == "Explosives"


def test_the_deciding_cue_is_reported() -> None:
    found = _classify("A roadside bomb hit a military convoy.")
    assert found.cue.value == "explosive"


SOLDIERS_HIT = Participants(patient_category="state_forces")
CIVILIANS_HIT = Participants(patient_category="civilians", civilian_victims=True, casualties=True)


@pytest.mark.parametrize(
    ("text", "who", "sub_event_type"),
    [
        # ACLED: violence with a demonstration or a stated demand behind it is a violent demonstration.
        ("Factory workers burned tyres outside the plant, demanding unpaid wages.", NOBODY, "Violent demonstration"),
        ("Residents pelted police with stones after a raid on the market.", NOBODY, "Mob violence"),
        ("Angry villagers attacked two police officers with sticks.", NOBODY, "Mob violence"),
        # Many explosions counted at one place are fire from afar, not a planted bomb.
        ("Monitors recorded a total of 40 explosions near the village.", NOBODY, "Shelling/artillery/missile attack"),
        ("Troops fired heavy machine guns and mortars at the village.", NOBODY, "Shelling/artillery/missile attack"),
        # Artillery alongside small-arms fire, or air strikes supporting a ground fight, are the battle.
        ("Rebels fired mortars and small arms at army positions.", NOBODY, "Armed clash"),
        ("Special forces, backed by airstrikes, repelled an insurgent assault.", STATE, "Armed clash"),
        # Air strikes that killed civilians while fighting went on elsewhere stay air strikes.
        ("Air strikes killed 30 civilians as fighting raged nearby.", CIVILIANS_HIT, "Air/drone strike"),
        ("Gunmen ambushed an army patrol on the highway.", SOLDIERS_HIT, "Armed clash"),
        ("Gunmen ambushed a minibus and killed four passengers.", CIVILIANS_HIT, "Attack"),
        ("Militants carried out an arson attack on a school overnight.", NOBODY, "Looting/property destruction"),
        ("Hundreds of families fled their homes following clashes between rival clans.", NOBODY, "Other"),
        ("Two militants died when the bomb they were planting exploded prematurely.",
         Participants(casualties=True), "Disrupted weapons use"),
        ("Rebels handed over the town to government forces without a fight.", NOBODY,
         "Non-violent transfer of territory"),
        # Taking a town nobody defends is a transfer, not a conquest, whoever takes it.
        ("Insurgents took control of the district centre unopposed after the garrison left.",
         Participants(agent_category="rebel_group"), "Non-violent transfer of territory"),
        ("Troops recaptured the village without a shot being fired.",
         Participants(agent_category="state_forces"), "Non-violent transfer of territory"),
        ("Troops recaptured the village after heavy fighting.",
         Participants(agent_category="state_forces"), "Government regains territory"),
        ("A suicide bomber detonated his vest at a checkpoint.", NOBODY, "Suicide bomb"),
        # Soldiers or police hit, named or not, make a battle; carried off, too.
        ("Gunmen shot dead a police officer at a checkpoint.", Participants(armed_victims=True), "Armed clash"),
        ("Three soldiers were kidnapped after an attack on their post.", Participants(armed_victims=True),
         "Armed clash"),
        # An armed group's raid on homes or a village that hurt nobody still attacks civilians.
        ("Militiamen attacked the settlement and burnt down homes.", Participants(agent_category="identity_militia"),
         "Attack"),
        ("A man died under torture in a military prison.", NOBODY, "Attack"),
        ("The decapitated bodies of two men were found beside the highway.", NOBODY, "Attack"),
        # Ordnance left from an old war that goes off is no attack.
        ("A boy was injured when an unexploded shell left over from the war went off in a field.", NOBODY, "Other"),
        ("A farmer lost a leg after he accidentally stepped on a landmine.", NOBODY, "Other"),
        ("Gunmen intercepted a minibus and shot the driver.", CIVILIANS_HIT, "Attack"),
        ("Air defences intercepted two rockets fired at the airport.", NOBODY, "Disrupted weapons use"),
        # A crowd dispersed while it demanded something protested.
        ("Police dispersed about 300 traders who demanded the reopening of the market.", NOBODY,
         "Protest with intervention"),
        ("Witnesses said the shells released a chlorine gas that choked residents.", NOBODY, "Chemical weapon"),
        # A crowd on one side of a clash riots, even against the army.
        ("Clashes broke out between stone-throwing youths and soldiers at the camp entrance.", NOBODY,
         "Mob violence"),
        ("A gang member was wounded while exchanging fire with police during a raid.", NOBODY, "Armed clash"),
        ("Clan militiamen opened gun fire on a football pitch, wounding a spectator.", CIVILIANS_HIT, "Attack"),
        ("The bodies of two men were found wrapped in sacks beside a canal.", NOBODY, "Attack"),
        ("The army re-captured the port town on Sunday.", STATE, "Government regains territory"),
        # A coal mine is no landmine; one that went off under a truck is.
        ("Miners held a protest against plans to close the mine.", NOBODY, "Peaceful protest"),
        ("A truck hit a mine near the border, killing two.", NOBODY, "Remote explosive/landmine/IED"),
        # Drugs seized with arrests: ACLED codes the seizure.
        ("Police seized two tons of cannabis and arrested three men.", NOBODY, "Looting/property destruction"),
        ("Marchers were later dispersed by riot police.", NOBODY, "Protest with intervention"),
        ("The government freed 40 rebel prisoners from a jail outside the capital.", NOBODY, "Other"),
        ("Soldiers destroyed nine rebel hideouts in the hills.", NOBODY, "Looting/property destruction"),
        ("Settlers uprooted dozens of olive trees on a farmer's land.", NOBODY, "Looting/property destruction"),
        ("A joint patrol took place along the border road.", NOBODY, "Change to group/activity"),
        ("The militia sealed off the town ahead of the commander's visit.", NOBODY, "Change to group/activity"),
        # An attack beaten off is a battle; a bomb plot foiled is no attack at all.
        ("Government troops thwarted an attack by the rebels on the northern front.", STATE, "Armed clash"),
        ("Police foiled a suicide attack on a church in the capital.", NOBODY, "Disrupted weapons use"),
        ("A shoot-out broke out when police raided a drug den.", NOBODY, "Armed clash"),
        # Weapons found or seized before use, a bomb found and defused: no attack took place.
        ("Police recovered rifles and two mortar shells from a rebel hideout.", NOBODY, "Disrupted weapons use"),
        ("A roadside bomb was found near the market and safely defused.", NOBODY, "Disrupted weapons use"),
        ("Gunmen shot dead two officers of Air Force Intelligence at a checkpoint.",
         Participants(armed_victims=True, casualties=True), "Armed clash"),
        ("Rebels fired 12.7mm machine guns, rifles and sniper shots at villages and farms east of the city.", NOBODY,
         "Shelling/artillery/missile attack"),
        ("Troops fired on protesters in the main square.", NOBODY, "Excessive force against protesters"),
        # Words that explain the protest, not what the protesters did.
        ("Dock workers engaged in loading ships staged a sit-in, demanding back pay.", NOBODY, "Peaceful protest"),
        ("Students rallied against the arrest of two classmates accused of vandalising a police car.", NOBODY,
         "Peaceful protest"),
        ("Troops engaged the militants near the border.", NOBODY, "Armed clash"),
        ("An anarchist cell carried out an arson attack targeting a car dealership overnight.",
         Participants(agent_category="political_militia"), "Looting/property destruction"),
        # "March" the month is no march.
        ("In March, the families gathered outside the prison to demand visits.", NOBODY, "Peaceful protest"),
        # Unorganised people who beat a police officer riot; they are no armed group.
        ("A traffic officer was attacked by a group of vendors near the bus station.",
         Participants(patient_category="state_forces", armed_victims=True), "Mob violence"),
        ("A constable on patrol was beaten up by three persons who refused to go home.",
         Participants(patient_category="state_forces", armed_victims=True), "Mob violence"),
        # Gunmen named in a clause about why the crowd was angry did not do the crowd's violence.
        ("Angry residents attacked police officers after gunmen killed a shopkeeper in the area.",
         Participants(agent_category="civilians", patient_category="state_forces", armed_victims=True),
         "Mob violence"),
        # A party's youth wing and its rivals' supporters fighting with sticks riot, the wing's name aside.
        ("Ruling party youths and opposition supporters fought one another with sticks at a campaign meeting.",
         Participants(agent_category="political_militia"), "Mob violence"),
        # A force named only to describe the attackers' uniforms is not who was hit.
        ("Men in police uniforms burst into a house and shot dead three brothers.",
         Participants(patient_category="state_forces", civilian_victims=True, casualties=True), "Attack"),
        # An armed group attacking a village attacks civilians; a state raid on a house is left a clash.
        ("Militants attacked a farming village near the border overnight.", REBELS, "Attack"),
        ("Troops raided a house in the old quarter before dawn.", STATE, "Armed clash"),
        # Only a state arrests: a rebel group's "arrests" are abductions.
        ("The rebels arrested a number of young men in the town.", REBELS, "Abduction/forced disappearance"),
        ("Police arrested a number of young men in the town.", STATE, "Arrests"),
        # A bomb the police set off themselves is a controlled detonation.
        ("Police detonated a bomb left outside the mosque.", STATE, "Disrupted weapons use"),
        # Beaten to death by a handful of men, or by settlers: unorganised violence.
        ("A party official was beaten to death by four men after an argument.", NOBODY, "Mob violence"),
        ("Settlers beat a shepherd near the village.", NOBODY, "Mob violence"),
        # Shots at a house or an ambulance, nobody armed hit: an attack on civilians.
        ("Gunmen shot at an ambulance on the coast road.", REBELS, "Attack"),
        # A cartel handing out food courts the people of its territory.
        ("Members of the cartel handed out food parcels to families in the hills.",
         Participants(agent_category="political_militia"), "Change to group/activity"),
        ("A video showed members of the cartel delivering food packages to families.",
         Participants(patient_category="political_militia"), "Change to group/activity"),
        # People moving in numbers, with nobody hurt: ACLED's "Other".
        ("Some 250 refugees returned from the neighbouring country by bus.", NOBODY, "Other"),
    ],
)  # fmt: skip
def test_acled_conventions(text: str, who: Participants, sub_event_type: str) -> None:
    assert _classify(text, who).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("previous", "text", "escalated"),
    [
        ("Peaceful protest", "Police dispersed the crowd with tear gas.", "Protest with intervention"),
        ("Peaceful protest", "Around 30 of them were detained by police.", "Protest with intervention"),
        ("Peaceful protest", "Some demonstrators later set tyres on fire.", "Violent demonstration"),
        ("Protest with intervention", "Security forces opened fire on the protesters.",
         "Excessive force against protesters"),
        ("Shelling/artillery/missile attack", "Troops returned fire.", "Armed clash"),
        ("Grenade", "Soldiers responded with gunfire and the attackers fled.", "Armed clash"),
        # Clashes told of elsewhere in the report are no answer to the shelling.
        ("Shelling/artillery/missile attack", "Clashes on the ground continued in other districts.", None),
        ("Mob violence", "The crowd was demanding cheaper fuel.", "Violent demonstration"),
        # What the crowd demands, or what did not happen, changes nothing.
        ("Peaceful protest", "They demanded the release of activists detained last week.", None),
        ("Peaceful protest", "No one was arrested.", None),
        ("Air/drone strike", "Troops returned fire.", None),
        # An attack fought off by troops or police is a battle.
        ("Attack", "Soldiers later repelled the assault.", "Armed clash"),
        ("Attack", "The raid was beaten back by the local defence unit.", "Armed clash"),
        ("Attack", "Police later visited the families of the victims.", None),
    ],
)  # fmt: skip
def test_a_later_sentence_escalates_the_event(previous: str, text: str, escalated: str | None) -> None:
    found = escalation(previous, text)
    assert (found[0] if found else None) == escalated


def _protest_mention() -> EventMention:
    mention = EventMention(doc_id="d", index=0, sentence=Span(0, 39))
    mention.sub_event_type, mention.event_type = "Peaceful protest", "Protests"
    return mention


def test_escalate_retypes_the_mention_with_provenance_and_evidence() -> None:
    document = "Teachers marched to the ministry today. Police dispersed them."
    mention = _protest_mention()
    assert escalate(mention, "Police dispersed them.", Span(40, 62), document)
    assert (mention.sub_event_type, mention.event_type) == ("Protest with intervention", "Protests")
    assert mention.provenance["sub_event_type"].startswith("rule:cue:follow-up")
    assert Span(40, 62) in mention.evidence


def test_a_later_paragraph_does_not_escalate() -> None:
    document = "Teachers marched to the ministry today.\nPolice dispersed them."
    mention = _protest_mention()
    assert not escalate(mention, "Police dispersed them.", Span(40, 62), document)
    assert mention.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "who", "sub_event_type"),
    [
        (
            "Gunmen attacked a police checkpoint with grenades and gunfire.",
            Participants(agent_category="rebel_group", armed_victims=True),
            "Armed clash",
        ),
        (
            "Robbers used explosives on a bank and opened fire on the soldiers guarding it.",
            Participants(armed_victims=True),
            "Armed clash",
        ),
        (
            "Attackers threw a grenade and opened fire on a wedding party, killing four guests.",
            Participants(civilian_victims=True, casualties=True),
            "Attack",
        ),
        # A grenade with no gunfire stays a grenade attack.
        ("An attacker threw a hand grenade at an army post.", Participants(armed_victims=True), "Grenade"),
        # Troops who fire on the bombers and set off their explosives foil the bombing.
        (
            "Soldiers opened fire on the two attackers, detonating their explosives and killing both.",
            Participants(agent_category="state_forces", casualties=True),
            "Remote explosive/landmine/IED",
        ),
        # A car bomb driven to the gate stays the bombing though gunmen followed it in.
        (
            "Militants set off a bomb-laden truck at the base gate and opened fire on the guards.",
            Participants(agent_category="rebel_group", armed_victims=True),
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_grenades_or_explosives_used_with_gunfire_are_a_ground_fight(
    text: str, who: Participants, sub_event_type: str
) -> None:
    assert _classify(text, who).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Monitors also recorded 12 shots from small arms near the village.",
        "The blast was followed by heavy gunfire.",
    ],
)
def test_small_arms_fire_alongside_a_shelling_or_a_blast_is_a_battle(text: str) -> None:
    for previous in ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED"):
        assert escalation(previous, text) == ("Armed clash", "cue:follow-up:small-arms-alongside")


def test_small_arms_fire_after_an_air_strike_is_no_battle_of_its_own() -> None:
    assert escalation("Air/drone strike", "Gunfire was heard in the town later.") is None


def test_gunfire_that_killed_someone_after_a_shelling_is_its_own_killing() -> None:
    text = "A boy was killed by gunfire from a sniper in the old market."
    assert escalation("Shelling/artillery/missile attack", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the two parties clashed with machetes and sticks near the market.",
        "Dozens of youths clashed with police who tried to disperse them.",
    ],
)
def test_a_fight_without_firearms_fought_with_blades_or_broken_up_by_police_is_a_riot(text: str) -> None:
    who = Participants(agent_category="political_militia")
    assert _classify(text, who).sub_event_type == "Mob violence"


def test_troops_who_killed_fighters_and_detained_others_in_an_offensive_fought_a_battle() -> None:
    text = "Soldiers killed four militiamen and detained two others during an offensive near the river."
    assert _classify(text, STATE).sub_event_type == "Armed clash"


def test_the_axes_of_a_front_are_no_weapon() -> None:
    assert Cue.MELEE not in find_cues("Troops clashed with militants on the axes of two villages.")
    assert Cue.MELEE in find_cues("Three men armed with axes attacked a farmer.")


def test_air_defences_firing_on_a_strike_make_it_a_battle() -> None:
    text = "Several of the missiles were intercepted by the army's air defences."
    assert escalation("Air/drone strike", text) == ("Armed clash", "cue:follow-up:air-defence-fired")
    assert escalation("Air/drone strike", "The strike destroyed two depots.") is None


def test_troops_attacking_along_with_helicopters_fight_one_battle() -> None:
    text = "The army, along with the helicopters of a private contractor, attacked insurgents near the town."
    assert _classify(text, STATE).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the victim was armed when he was found.",
        "The victim had a long record for drug trafficking, according to police.",
        "Local media said the deceased was one of the gang members wanted for extortion.",
    ],
)
def test_a_victim_told_later_as_armed_or_a_trafficker_makes_the_shooting_a_clash(text: str) -> None:
    assert escalation("Attack", text) == ("Armed clash", "cue:follow-up:victim-armed-or-a-trafficker")


def test_a_victim_with_a_record_of_theft_stays_a_civilian() -> None:
    assert escalation("Attack", "The victim had a criminal record for robbery.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Teachers commemorated Labour Day outside the ministry despite the ban.",
        "About forty students took over the Pacific Highway toll booth for two hours.",
        "Mourners shouted anti-government slogans at the funeral.",
    ],
)
def test_news_phrasings_of_a_protest(text: str) -> None:
    assert Cue.PROTEST in find_cues(text)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police shot dead two suicide bombers before they reached the checkpoint.", "Armed clash"),
        ("Troops killed one of the suicide attackers; the other blew himself up at the gate.", "Armed clash"),
        ("A suicide bomber was shot dead by guards outside the ministry.", "Armed clash"),
        # Soldiers killed by a bomber: the bombing itself.
        ("Four soldiers were killed by a suicide bomber at the base.", "Suicide bomb"),
    ],
)
def test_suicide_bombers_killed_on_their_way_were_fought(text: str, sub_event_type: str) -> None:
    assert _classify(text, STATE).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Two fighters were killed, one from each side, in the exchange near the bridge.",
        "The raid on the outpost left casualties on both sides.",
    ],
)
def test_losses_counted_on_two_sides_are_a_battle(text: str) -> None:
    assert _classify(text).sub_event_type == "Armed clash"


def test_arms_an_armed_group_carries_off_in_its_raid_are_its_loot() -> None:
    raiders = Participants(agent_category="rebel_group", patient_category="rebel_group")
    text = "Gunmen raided the headquarters of a rival faction and seized weapons and vehicles."
    assert _classify(text, raiders).sub_event_type == "Armed clash"
    assert (
        _classify("Police seized weapons and ammunition in a house.", STATE).sub_event_type == "Disrupted weapons use"
    )


def test_a_demonstration_whose_people_attack_the_police_turned_violent() -> None:
    police_hit = Participants(patient_category="state_forces", armed_victims=True)
    text = "Three policemen were attacked with machetes at a road block set up by villagers."
    assert _classify(text, police_hit).sub_event_type == "Violent demonstration"
    # Police who attack the protesters are no rioting crowd.
    police_attack = Participants(agent_category="state_forces", patient_category="protesters")
    assert _classify("Police attacked protesters who blocked the road.", police_attack).event_type == "Protests"


def test_a_captive_beaten_is_attacked_whatever_side_he_was_on() -> None:
    # ACLED: abuse of a detainee is violence against civilians, even of a rebel group's member.
    held_rebel = Participants(agent_category="state_forces", patient_category="rebel_group")
    found = _classify("Troops arrested and beat a rebel commander at the checkpoint.", held_rebel)
    assert (found.event_type, found.rule) == ("Violence against civilians", "cue:abuse-in-custody")


def test_warning_shots_alone_are_no_violence_but_a_protest_dispersed_by_them_is_intervened() -> None:
    assert _classify("Border guards fired warning shots near the village.", STATE).sub_event_type == "Other"
    text = "Police fired warning shots to disperse protesters outside the court."
    assert _classify(text, STATE).sub_event_type == "Protest with intervention"


def test_a_grenade_thrown_before_opening_fire_on_civilians_is_one_attack_on_them() -> None:
    gunman = Participants(agent_category="rebel_group", patient_category="civilians", civilian_victims=True)
    text = "A militant threw a grenade at shoppers before opening fire on them, killing two."
    assert _classify(text, gunman).sub_event_type == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type", "attack", "weapon"),
    [
        # A vessel or a bus seized with the people aboard: held by force (ACLED), GTD's hijacking at gunpoint.
        ("Gunmen hijacked a passenger bus on the road to the border.", "Abduction/forced disappearance", "Hijacking",
         "Firearms"),
        # A car driven into people: an attack with no other weapon named, GTD's unarmed assault with a vehicle.
        ("A man rammed his car into a group of pedestrians.", "Attack", "Unarmed Assault",
         "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"),
        # A train derailed on purpose: property destroyed, GTD's infrastructure attack by sabotage.
        ("Insurgents derailed a goods train near the junction.", "Looting/property destruction",
         "Facility/Infrastructure Attack", "Sabotage Equipment"),
    ],
)  # fmt: skip
def test_hijackings_rammings_and_sabotage_are_events(text: str, sub_event_type: str, attack: str, weapon: str) -> None:
    found = _classify(text, Participants(civilian_victims="pedestrians" in text))
    assert (found.sub_event_type, found.attack_type, found.weapon_type) == (sub_event_type, attack, weapon)
