"""Word cues for the kinds of events news reports, one compiled pattern per cue.

Cues are matched on a sentence's text; `classify` decides between them. They are written for news as
much as for coders' notes: the verbs and nouns reporters use, not one data set's phrasing."""

from __future__ import annotations

import re
from enum import StrEnum


class Cue(StrEnum):
    CHEMICAL = "chemical"
    SUICIDE = "suicide"
    AIR = "air"
    SHELLING = "shelling"
    GRENADE = "grenade"
    EXPLOSIVE = "explosive"
    DISRUPTED = "disrupted"
    CLASH = "clash"
    ATTACK = "attack"
    SHOOTING = "shooting"
    KILLING = "killing"
    ABDUCTION = "abduction"
    SEXUAL = "sexual"
    PROTEST = "protest"
    PROTEST_FORCE = "protest_force"
    PROTEST_INTERVENTION = "protest_intervention"
    RIOT = "riot"
    MOB = "mob"
    ARREST = "arrest"
    AGREEMENT = "agreement"
    TERRITORY_TAKEN = "territory_taken"
    TERRITORY_HANDED = "territory_handed"
    HEADQUARTERS = "headquarters"
    LOOTING = "looting"
    GROUP_CHANGE = "group_change"
    OPERATION = "operation"
    ARSON = "arson"
    VANDALISM = "vandalism"
    MELEE = "melee"
    VEHICLE_RAMMING = "vehicle_ramming"
    HIJACKING = "hijacking"
    BARRICADE = "barricade"
    ASSASSINATION = "assassination"
    SABOTAGE = "sabotage"


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


CUE_PATTERNS: dict[Cue, re.Pattern[str]] = {
    Cue.CHEMICAL: _re(
        r"\b(?:chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|gas)|sarin|chlorine(?: gas)?|mustard gas|"
        r"nerve (?:agents?|gas)|toxic (?:gas|gases|chemicals?|substances?)|poison(?:ous)? gas|gas attacks?|"
        r"organophosph\w+)\b"
    ),
    Cue.SUICIDE: _re(
        r"\b(?:suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?|car(?: bomb)?|truck(?: bomb)?|"
        r"blasts?|bombing|operation|mission)|blew (?:himself|herself|themselves) up|self-detonat\w*|"
        r"detonated (?:his|her|their) (?:explosive )?(?:vest|belt|suicide)|(?:martyrdom|istishhadi) operation)\b"
    ),
    Cue.AIR: _re(
        r"\b(?:air ?strikes?|air[- ]raids?|airstrikes?|drone (?:strikes?|attacks?)|warplanes?|war planes?|"
        r"fighter jets?|jets|helicopter gunships?|helicopters?|barrel bombs?|aerial (?:bombardment|attacks?|"
        r"strikes?|bombing)|air force|bombers?|airstrike|air-strikes?|drones?|UAVs?|unmanned aerial)\b"
    ),
    Cue.SHELLING: _re(
        r"\b(?:shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|katyushas?|grad|howitzers?|"
        r"bombard(?:ed|ment|ing)|tank fire|projectiles?|rocket-propelled|RPGs?|cannon fire|heavy weapons|"
        r"grenade launchers?|IFVs?|BMPs?|anti-tank|recoilless|MLRS|multiple rocket launchers?)\b"
    ),
    # A grenade thrown; "grenade launchers" and rocket-propelled grenades are the arms of a firefight.
    Cue.GRENADE: _re(r"(?<!rocket-propelled )\b(?:hand )?grenades?\b(?! launchers?)"),
    Cue.EXPLOSIVE: _re(
        r"\b(?:IEDs?|improvised explosive|roadside bombs?|land ?mines?|mines?|car bombs?|booby[- ]trap\w*|"
        r"explosive devices?|explosives?|sticky bombs?|magnetic bombs?|VBIEDs?|bomb(?:s|ing|ings|ed)?|blasts?|"
        r"explosions?|explod(?:ed|es|ing)|detonat(?:ed|ion|ing)|went off|blew up)\b"
    ),
    Cue.DISRUPTED: _re(
        r"\b(?:defus(?:ed|e|ing)|dismantl(?:ed|e|ing)|(?:foiled|thwarted|prevented|averted)(?: an?| the)? "
        r"(?:attack|bombing|plot)|intercept(?:ed|s)?|shot down|seized (?:an? )?(?:cache|weapons|explosives|"
        r"arms)|weapons caches?|arms caches?|bomb disposal|(?:neutrali[sz]|disabl|clear)ed (?:an? |the )?"
        r"(?:explosive|bomb|IED|mines?|device))\b"
    ),
    Cue.CLASH: _re(
        r"\b(?:clash(?:es|ed|ing)?|fighting|fought|battles?|battled|gun ?battles?|fire ?fights?|firefights?|"
        r"exchanges? of (?:gun|artillery |mortar )?fire|exchanged (?:\w+ )?(?:fire|artillery|shells)|skirmish(?:es|ed)?|ambush(?:ed|es)?|counter-?attack\w*|"
        r"offensive|engaged|repelled|repulsed|confrontations?|hostilities)\b"
    ),
    Cue.ATTACK: _re(
        r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed)?|stormed|raid(?:s|ed)?|targeted|targeting|struck|hit|"
        r"besieged|overran)\b"
    ),
    Cue.SHOOTING: _re(
        r"\b(?:shot|shooting|shoot|opened fire|gun(?:fire|men|man)|fired (?:at|on|upon|with)|sniper|gunshots?|"
        r"bullets?|rifles?|firearms?|armed men|machine[- ]guns?|small[- ]arms|automatic weapons|light weapons)\b"
    ),
    Cue.KILLING: _re(
        r"\b(?:kill(?:ed|ing|s)?|murder(?:ed|s)?|executed|execution|beheaded|massacre[ds]?|slain|slaughtered|"
        r"lynched|shot dead|gunned down|bodies|body of|dead)\b"
    ),
    Cue.ABDUCTION: _re(
        r"\b(?:abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken hostage|held hostage|hostages?|"
        r"forcibly disappeared|forced disappearance|went missing|taken captive|seized (?:two|three|\d+) )"
    ),
    Cue.SEXUAL: _re(r"\b(?:rap(?:ed|e|es|ing)|sexual(?:ly)? (?:assault\w*|violence|abuse\w*|abused|exploit\w*))\b"),
    Cue.PROTEST: _re(
        r"\b(?:protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|"
        r"march(?:ed|es)?|marchers|sit-ins?|picket\w*|(?:blocked|closed|barricaded) (?:the |a |off )?(?:main )?"
        r"(?:road|roads|highway|entrance|street)|road ?blocks?|(?:went|go) on strike|strikes? (?:by|of) (?:workers|"
        r"teachers|doctors|traders|drivers|nurses)|workers? strike|gathered to (?:demand|denounce|protest|"
        r"condemn|call)|vigil)\b"
    ),
    Cue.PROTEST_FORCE: _re(
        r"\b(?:live (?:ammunition|fire|rounds|bullets)|opened fire on (?:the )?(?:protesters|demonstrators|crowd)|"
        r"(?:protesters|demonstrators) (?:were |was )?(?:killed|shot dead)|killing (?:\w+ )?(?:protesters|"
        r"demonstrators)|shot dead (?:\w+ )?(?:protesters|demonstrators))\b"
    ),
    Cue.PROTEST_INTERVENTION: _re(
        r"\b(?:tear ?gas|intervened|(?:was|were) (?:arrested|detained)|dispers(?:ed|e|ing)|water cannons?|rubber bullets|batons?|baton-charged|"
        r"(?:arrested|detained) (?:\w+ )?(?:protesters|demonstrators)|broke up|cracked down|crackdown|"
        r"rounded up)\b"
    ),
    Cue.RIOT: _re(
        r"\b(?:riot(?:s|ed|ers|ing)?|(?:threw|throwing|hurled|pelted) (?:\w+ )?(?:stones|rocks|petrol bombs|"
        r"molotov\w*|bottles|projectiles)|stone[- ]pelting|burn(?:ed|t|ing) (?:\w+ )?(?:tyres|tires)|"
        r"(?:protesters|demonstrators|rioters|youths|crowds?) (?:\w+ ){0,3}(?:vandali[sz]ed|ransacked|set fire|torched|"
        r"clashed with)|violent (?:protest|demonstration)s?|unrest)\b"
    ),
    Cue.MOB: _re(r"\b(?:mob|mobs|lynch\w*|vigilantes?|angry (?:crowd|residents|villagers)|jungle justice)\b"),
    Cue.ARREST: _re(
        r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed)?|rounded up|taken into custody|"
        r"in custody|captured (?:\w+ )?(?:suspects|members|militants|fighters|operatives))\b"
    ),
    Cue.AGREEMENT: _re(
        r"\b(?:cease-?fire|truce|peace (?:deal|agreement|accord|talks)|signed an? (?:\w+ )?(?:agreement|deal|"
        r"accord|memorandum)|prisoner (?:exchange|swap)|exchanged (?:prisoners|bodies|detainees)|"
        r"reached an? (?:\w+ )?(?:agreement|deal|settlement)|agreed to)\b"
    ),
    Cue.TERRITORY_TAKEN: _re(
        r"\b(?:recaptur(?:ed|e)|retook|regain(?:ed)? control|retaken|liberat(?:ed|ion)|took (?:back |full )?"
        r"control|seized control|captured the (?:town|village|city|area|district|base|hill)|"
        r"took over the (?:town|village|city|area|district|base)|overran|fell to|seized the (?:town|village|"
        r"city|district|base)|gained control|taken control|under (?:the )?control of)\b"
    ),
    Cue.TERRITORY_HANDED: _re(
        r"\b(?:withdr(?:ew|awn|awal)|handed over|hand(?:ed|ing)? (?:over )?control|pulled out|"
        r"retreat(?:ed)? from|evacuated (?:the|their) (?:positions?|base)|entered (?:the )?(?:town|village|city)"
        r" (?:without|after)|without (?:a fight|resistance|fighting)|took over (?:\w+ ){0,4}without)\b"
    ),
    Cue.HEADQUARTERS: _re(
        r"\b(?:established|set up|opened|built) (?:a |an |new |its |their )*(?:military )?(?:base|"
        r"headquarters|outpost|post|camp|position)s?\b"
    ),
    Cue.LOOTING: _re(
        r"\b(?:loot(?:ed|ing|ers)?|plunder(?:ed)?|pillag\w+|torched|burn(?:ed|t) down|burn(?:ed|t) (?:\w+ )?"
        r"(?:houses|homes|shops|huts|villages?)|destroyed (?:\w+ )?(?:homes|houses|property|shops|crops)|"
        r"demolish(?:ed)?|razed|bulldoz\w+|confiscat\w+|seized (?:property|land|livestock|cattle))\b"
    ),
    Cue.GROUP_CHANGE: _re(
        r"\b(?:merg(?:ed|er)|pledged allegiance|defect(?:ed|ion)|announced (?:the |its )?(?:formation|"
        r"dissolution|creation|launch)|appointed|new leader|named (?:a )?new|disband(?:ed)?|split from|"
        r"joined forces|recruit(?:ed|ment)|mobili[sz](?:ed|ation)|deployed|deployment|reinforcements?|"
        r"imposed a curfew|curfew|state of emergency|banned)\b"
    ),
    Cue.OPERATION: _re(
        r"\b(?:launch(?:ed|es)?|beg[au]n|start(?:ed)?|conduct(?:ed|s)?|carr(?:ied|ies) out|mounted) "
        r"(?:\w+[ -]){0,3}(?:operations?|campaign|sweeps?|raids?|crackdown|security operation|search|"
        r"manhunt|patrols?)\b"
    ),
    Cue.ARSON: _re(
        r"\b(?:set (?:\w+ ){0,3}(?:on )?fire|set ablaze|torched|arson|burn(?:ed|t) (?:down)?|firebomb\w*|"
        r"petrol bombs?|molotov\w*|incendiary)\b"
    ),
    Cue.VANDALISM: _re(
        r"\b(?:vandali[sz](?:ed|ing)|ransack(?:ed|ing)|smash(?:ed|ing) (?:\w+ ){0,2}(?:windows|cars|shops|property))\b"
    ),
    Cue.MELEE: _re(
        r"\b(?:stabb(?:ed|ing)|knife|knives|machetes?|axes?|hacked|cutlass\w*|clubs?|beat(?:en|ing)? (?:to death)?|"
        r"bludgeon\w*|sword)\b"
    ),
    Cue.VEHICLE_RAMMING: _re(r"\b(?:ramm(?:ed|ing)|ran over|drove (?:a |his |her )?(?:car|truck|vehicle) into)\b"),
    Cue.HIJACKING: _re(r"\bhijack(?:ed|ing|ers?)?\b"),
    Cue.BARRICADE: _re(r"\b(?:barricaded|siege of|holed up|stand-?off)\b"),
    Cue.ASSASSINATION: _re(
        r"\b(?:assassinat(?:ed|ion|e)|targeted killing|(?:killed|shot dead|gunned down|murdered) (?:the |a )?"
        r"(?:\w+ ){0,3}(?:governor|mayor|commander|leader|official|chief|minister|judge|councillor|councilor|"
        r"lawmaker|MP|senator|imam|cleric|tribal elder|elder|candidate|journalist|activist|headman))\b"
    ),
    Cue.SABOTAGE: _re(r"\b(?:sabotag\w+|cut (?:the )?(?:power|cables?|pipeline))\b"),
}


def find_cues(text: str) -> set[Cue]:
    return {cue for cue, pattern in CUE_PATTERNS.items() if pattern.search(text)}
