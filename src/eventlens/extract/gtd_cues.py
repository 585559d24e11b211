"""Word cues only GTD's attack and weapon types read (`gtd_types`): tactics and arms ACLED's event types do not
tell apart (a hijacking, a beheading, a blade, a prominent target)."""

from __future__ import annotations

import re

from eventlens.extract.cue_kinds import Cue
from eventlens.extract.cue_kinds import cue_pattern as _re

# Offices and public roles that make a person prominent: GTD's assassination targets.
_PROMINENT_OFFICES = (
    r"(?:governor|mayor|commander|minister|judge|"
    r"prosecutor|(?-i:General|Colonel)|"
    r"council(?:l)?or|council (?:member|chairman|chair|head)|lawmaker|legislator|MP|members? of parliament|"
    r"parliamentarian|senator|politician|candidate|imam|cleric|mullah|pastor|bishop|tribal (?:elder|leader|chief)|"
    r"elders?|chieftain|traditional ruler|emir|journalist|reporter|activist|administrator|commissioner|"
    r"speaker|president|chairman|chairperson|headman|village (?:head|chief|chair)|(?:police|district|"
    r"provincial|security|intelligence|army|militia|party|community|local|religious|senior) (?:chief|head|"
    r"leader|official|director|commander)|(?:government|state|election|municipal|ministry|council|senior) "
    r"officials?|director(?: general)?|head of|chief of|colonel|brigadier|(?:major|lieutenant|army|police) general)"
)

# A role that names one of those offices ("the deputy mayor of the town", "a local councillor").
PROMINENT_ROLE = _re(rf"\b{_PROMINENT_OFFICES}s?\b")

GTD_CUE_PATTERNS: dict[Cue, re.Pattern[str]] = {
    Cue.VEHICLE_RAMMING: _re(
        # "Tried to ram soldiers with his car": the bare verb in lower case only ("Ram" is a common given name).
        r"\b(?:ramm(?:ed|ing)|(?-i:rams?)|ran over|run(?:ning)? over|(?:drove|driven|driving|drive) (?:a |his |her |"
        r"their )?(?:car|truck|vehicle|van|lorry|bulldozer) (?:into|towards|toward|at))\b"
    ),
    Cue.HIJACKING: _re(r"\bhijack(?:ed|ing|ers?)?\b"),
    Cue.BARRICADE: _re(r"\b(?:barricaded|siege of|holed up|stand-?off)\b"),
    # A train derailed on purpose is wrecked by tampering with the track (GTD's sabotage equipment).
    Cue.SABOTAGE: _re(
        r"\b(?:sabotag\w+|cut (?:the )?(?:power|cables?|pipeline)|"
        # Transitive only: "a train derailed" on its own is as often an accident.
        r"derail(?:ed|ing|s)? (?:a|an|the) (?:\S+ ){0,2}?(?:trains?|locomotives?|wagons?|carriages?))\b"
    ),
    # An unmanned aircraft; armed groups fly them loaded with explosives (GTD codes those as bombings).
    Cue.DRONE: _re(r"\b(?:drones?|UAVs?|unmanned aerial (?:vehicles?|systems?))\b"),
    # A prominent person singled out as the one attacked (GTD's assassination): the attack verb, or the car,
    # house or convoy attacked, followed within a few words by an office or a public role. The gap words
    # cannot cross punctuation, so "killed three people, officials said" names no victim.
    Cue.PROMINENT_TARGET: _re(
        r"\b(?:assassinat\w+|killed|kill|shot(?: and (?:killed|injured|wounded))?|shot dead|gunned down|murdered|"
        r"stabbed(?: and killed)?|executed|attacked|assaulted|ambushed|targeted|targeting|aimed at|(?:opened )?fire"
        r" (?:on|at)|fired (?:\w+ ){0,3}(?:on|at)|(?:vehicle|car|convoy|motorcade|house|home|residence|office|"
        r"compound) (?:of|belonging to|carrying))"
        # Not a relative, guard or driver "of" the official: they are the ones attacked.
        # Runs of spaces: names the extractor blanks out ("a Federal Court of Appeals judge") leave them.
        r" +(?:the +|a +|an +)?(?:(?!(?:brothers?|sisters?|sons?|daughters?|father|mother|wife|husband|relatives?|"
        r"family|nephews?|cousins?|bodyguards?|guards?|drivers?)\b)[\w'’.()]+(?:[ -]+|, (?:the|a|an) )){0,7}?"
        rf"{_PROMINENT_OFFICES}s?\b"
    ),
    # A prominent person among the dead or hurt a toll counts ("the deputy head of the council was killed",
    # "three people, including a tribal elder, were wounded"): the attack was aimed at them (GTD's assassination).
    Cue.PROMINENT_VICTIM: _re(
        # The gap holds no reporting verb: "the governor said three soldiers were killed" counts no governor.
        rf"\b{_PROMINENT_OFFICES}s?\b(?:(?!\b(?:said|says|told|reported|stated|added|confirmed)\b)[^.;:]){{0,80}}?"
        r" (?:was|were) (?:\w+ )?(?:killed|injured|wounded|shot|hurt)\b"
    ),
    # An officer counted among the troops hit ("three policemen, including a commander, were killed"): one of the
    # force attacked, not a person singled out. A general or a colonel is prominent whoever stands around him.
    Cue.OFFICER_AMONG_THE_TROOPS: _re(
        r"\b(?:soldiers|troops|policemen|police officers|officers|personnel|militiamen|militia members|fighters|"
        r"guards)\b,? including (?!(?:\S+ ){0,3}?(?:generals?|colonels?|brigadiers?)\b)(?:an? |the |their |its )?"
        r"(?:\S+ ){0,3}?(?:commanders?|chiefs?|heads?|officials?)\b"
    ),
    # The attacker shot by those he fell on ("a guard shot the assailant", "the attacker was shot dead"): those guns
    # are the defence's, not the weapon of the attack.
    Cue.ATTACKER_SHOT: _re(
        r"\b(?:shot|shot and killed|shot dead|gunned down|opened fire on) (?:and killed )?(?:the|an|one|a|two) "
        r"(?:\w+ )?(?:assailants?|attackers?|perpetrators?|assailant's|knifem[ae]n)\b|\b(?:assailants?|attackers?|"
        r"perpetrators?|knifem[ae]n) (?:was|were) (?:\w+ )?(?:shot|gunned down)\b"
    ),
    # A bottle of fuel thrown alight: "petrol bomb" says bomb, but GTD's weapon is incendiary, not an explosive.
    Cue.FIREBOMB: _re(
        r"\b(?:(?:petrol|gasoline|fire|incendiary)[ -]?bombs?|firebomb\w*|molotov\w*|incendiary (?:devices?|bottles?))\b"
    ),
    # A firebomb thrown at police or soldiers, or at the post they man ("hurled a petrol bomb at a police camp"): an
    # attack on the people, GTD's armed assault, unlike one thrown at an office, a shop or a parked car.
    Cue.FIREBOMB_AT_FORCES: _re(
        r"\b(?:(?:petrol|gasoline|fire|incendiary)[ -]?bombs?|firebombs?|molotov(?: cocktails?)?|incendiary "
        r"(?:devices?|bottles?))\s+(?:at|into|on|targeting)\s+(?:the |a |an )?(?:[\w'’-]+ ){0,4}?(?:(?:police|army|"
        r"military|security|paramilitary|gendarmerie|border)\s+(?:stations?|camps?|posts?|outposts?|barracks|"
        r"checkpoints?)|bunkers?|barracks|checkpoints?|(?:police )?officers|policemen|soldiers|troops|personnel)\b"
    ),
    # Harm by hands, sticks or stones: GTD's unarmed assault, unlike a knife or a machete.
    Cue.BLUNT_FORCE: _re(
        r"\b(?:beat(?:en|ing)?(?: \w+){0,3} to death|beat(?:en|ing)? (?:up|with)|clubbed|bludgeon\w*|stoned|"
        r"(?:punched|kicked|whipped|flogged|lashed)|(?:attacked|assaulted|hit) (?:\w+ ){0,3}with (?:sticks|"
        r"stones|rocks|clubs|batons|bats|fists|iron bars))\b"
    ),
    # Poisoned food or water: GTD codes the poison as a chemical weapon and the attack as unarmed.
    Cue.POISON: _re(r"\bpoison(?:ed|ing|s)?\b(?! gas)"),
    # Killing with a blade even when the blade goes unnamed: beheadings, throats cut, "sharp weapons".
    Cue.BLADE: _re(
        r"\b(?:behead(?:ed|ing|s)?|decapitat\w+|(?:slit|slashed|cut) (?:\w+ ){0,2}throats?|hacked (?:\w+ ){0,3}to death|"
        r"stabs?|sharp(?:-edged)? (?:weapons?|objects?|instruments?))\b"
    ),
    # Armed men falling on a village, homes, a bus or people at work: GTD's armed assault even when the report
    # names no weapon. A raid is an armed incursion whatever its object.
    Cue.RAID_ON_CIVILIANS: _re(
        r"\b(?:raid(?:ed|ing)|(?:attack(?:ed|s|ing)?|assault(?:ed|ing)?|stormed|invaded|overran|opened fire on|"
        r"fired on)(?: on)? (?:the |a |an )?(?:\S+ ){0,3}?(?:villages?|towns?|communit(?:y|ies)|settlements?|"
        r"hamlets?|houses?|homes?|residences?|residential|markets?|farms?|bus|buses|travell?ers|motorists|"
        r"passengers|residents|villagers|farmers|herders|shepherds|worshippers|mourners|civilians|trucks|"
        r"truckers|miners|workers|displaced))\b"
    ),
    # A victim named with an everyday trade or rank ("Ali Khan, a farmer", "a driver, Musa Ali"): GTD keeps
    # assassination for prominent people, the killing of anyone else by name is an armed assault.
    Cue.ORDINARY_PERSON: _re(
        # The employer may stand between ("a state electricity company employee", "a land registry (LR) clerk").
        r"\b(?:an?|the) (?:former |retired |local |off-duty |young )?(?:[\w()'’-]+ ){0,6}?(?:farmer|civilian|shepherd|herder|"
        r"driver|employee|worker|clerk|doctor|lecturer|teacher|student|trader|shopkeeper|businessman|"
        r"businesswoman|businessperson|resident|villager|informer|soldier|guard|bodyguard|servant|nurse|"
        r"engineer|fisherman|miner|labou?rer|policeman|constable|taxi driver|(?:civil|public) servant)\b"
    ),
    # Power lines, pipelines, masts and railways: an attack on them aims at the installation, not at people.
    Cue.INFRASTRUCTURE: _re(
        r"\b(?:(?:electricity|power|transmission|high-voltage) (?:towers?|pylons?|lines?|poles?|stations?|"
        r"substations?|grid|infrastructure|plants?)|pylons?|pipelines?|(?:telecom\w*|communications?|"
        r"cell(?:ular)?(?: phone)?|mobile(?: phone)?|telephone|radio) (?:masts?|towers?|antennas?)|masts?|"
        r"(?:railway|rail) (?:lines?|tracks?)|derail(?:ed|ing|ment)|water (?:pipes?|pumps?|pumping stations?)|"
        r"oil (?:wells?|facilit(?:y|ies)|installations?))\b"
    ),
    # Guns named as guns, not "fired at", which rockets are too.
    Cue.GUNS: _re(
        r"\b(?:(?:assault )?rifles?|machine[- ]?guns?|pistols?|handguns?|AK-47s?|Kalashnikovs?|small[- ]arms|"
        r"firearms|gun ?fire|gunshots?|opened fire|gunm[ae]n)\b"
    ),
    # Grenades, RPGs, mortars and rockets, carried or used: with gunfire, the arms of an assault (GTD).
    Cue.THROWN_OR_FIRED_EXPLOSIVES: _re(
        r"\b(?:rocket-propelled grenades?|RPGs?|(?:hand )?grenades?|mortars?|rockets?)\b"
    ),
    # An ambush itself (not an incursion): in news, armed men lying in wait open fire, so with no other weapon named
    # GTD codes it an armed assault with firearms.
    Cue.AMBUSH_SPRUNG: _re(r"\bambush(?:ed|es|ing)?\b"),
    # Captives killed by the blade: GTD codes a beheading as the hostage taking it ends.
    Cue.BEHEADING: _re(r"\b(?:behead(?:ed|ing|s)?|decapitat(?:ed|ion|ing))\b"),
}
