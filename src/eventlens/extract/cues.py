"""Word cues for the kinds of events news reports, one compiled pattern per cue.

Cues are matched on a sentence's text; `classify` decides between them. They are written for news as
much as for coders' notes: the verbs and nouns reporters use, not one data set's phrasing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from eventlens.extract.cue_kinds import Cue
from eventlens.extract.cue_kinds import cue_pattern as _re
from eventlens.extract.gtd_cues import GTD_CUE_PATTERNS
from eventlens.extract.prefilter import PatternGate

__all__ = ["CUE_PATTERNS", "Cue", "find_cues"]

# The cues ACLED's event types are decided by (GTD's attack and weapon types read them too).
_EVENT_CUE_PATTERNS: dict[Cue, re.Pattern[str]] = {
    Cue.CHEMICAL: _re(
        r"\b(?:chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|gas|substances?|bombs?|barrels?|shells?|"
        r"rockets?)|sarin|chlorine(?: gas)?|mustard gas|nerve (?:agents?|gas)|"
        # "toxic gasses": news spells the plural both ways; "accused of gassing hundreds": gas used on people.
        r"toxic (?:gas|gases|gasses|chemicals?|substances?)|poison(?:ous)? gas|gas attacks?|gass(?:ed|ing)|"
        r"organophosph\w+)\b"
    ),
    Cue.SUICIDE: _re(
        r"\b(?:suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?|car(?: bomb)?|truck(?: bomb)?|"
        r"blasts?|bombing|operation|mission)|blew (?:himself|herself|themselves) up|self-detonat\w*|"
        r"detonated (?:his|her|their) (?:explosive )?(?:vest|belt|suicide)|(?:martyrdom|istishhadi) operation)\b"
    ),
    # Bombers shot before they could blow themselves up were fought, not bombed by (ACLED: a battle).
    Cue.BOMBERS_KILLED: _re(
        r"\b(?:killed|shot dead|gunned down|neutrali[sz]ed|eliminated) (?:(?!by\b)\S+ ){0,3}?suicide "
        r"(?:bombers?|attackers?)|suicide (?:bombers?|attackers?) (?:was|were) (?:killed|shot dead|gunned down|"
        r"neutrali[sz]ed) by (?:\S+ ){0,3}?(?:troops|forces|police|soldiers|guards|security)\b"
    ),
    Cue.AIR: _re(
        r"\b(?:air ?strikes?|air[- ]raids?|airstrikes?|drone (?:strikes?|attacks?)|warplanes?|war planes?|"
        r"fighter jets?|jets|helicopter gunships?|helicopters?|barrel bombs?|aerial (?:bombardment|attacks?|"
        r"strikes?|bombing)|air force(?! intelligence)|airstrike|air-strikes?|drones?|UAVs?|unmanned aerial|"
        # "The bomber" in news is a person who set off a bomb; the aircraft is named by its make or range.
        r"(?:long-range|strategic|heavy|stealth|jet|[A-Z]{1,2}-\d+\w*) bombers?|bombers? (?:aircraft|jets|planes)|"
        # Bombs dropped, bombing raids and the strikes of the powers that fly: what aircraft do, said without
        # naming the aircraft.
        r"bombing (?:raids?|runs?|campaign|sorties)|aerial bombs?|vacuum bombs?|(?:aerially |air-)?dropped "
        r"(?:\S+ ){0,3}?bombs?|aircrafts? (?:of (?:\S+ ){1,4}?)?(?:bombed|struck|targeted|pounded|raided|shelled)|"
        r"(?:intense|heavy|intensive|indiscriminate|relentless) bombing|bombing (?:carried out |conducted )?by "
        r"(?:the )?(?:\S+ ){0,2}?coalition|coalition (?:\S+ ){0,2}?(?:struck|bombed|pounded|targeted)|"
        r"(?:military|war|fighter|combat|enemy|coalition|regime|government|Russian|Israeli|Turkish|Saudi|"
        r"American) (?:air)?(?:planes|aircrafts?)|(?:coalition|Russian|Israeli|regime)"
        r"(?: and \w+)? (?:strikes|raids|bombing|bombardment)|"
        # Only the powers that fly lead coalitions that strike: "strikes overnight by a US-led coalition".
        r"(?:strikes|raids) (?:\S+ ){0,3}?by (?:an? |the )?(?:\S+ ){0,2}?coalition|\w+-led (?:coalition )?(?:strikes|raids))\b"
    ),
    Cue.SHELLING: _re(
        r"\b(?:shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|katyushas?|howitzers?|"
        # The Grad rocket by its name with the launcher or the rocket named, not "grad" in a place ("Stari Grad").
        r"grads|BM-?21|grad(?=[ -](?:rockets?|missiles?|launchers?|multiple|MLRS))|"
        r"bombard(?:ed|ment|ing)|tank fire|projectiles?|rocket-propelled|RPGs?|cannon fire|heavy weapons|"
        r"grenade launchers?|IFVs?|BMPs?|anti-tank|recoilless|MLRS|multiple rocket launchers?|ATGMs?|"
        r"heavy machine-? ?guns?|anti-aircraft (?:guns?|fire)|heavy (?:and medium )?weapons|pound(?:ed|ing)|"
        # Many explosions counted or heard at one place are fire from afar, not one planted device.
        r"(?:a total of \d+|several|multiple|numerous|dozens of|scores of|a series of|a barrage of) explosions|"
        r"explosions (?:were |could be )?heard|"
        # Fire aimed at a whole area, not at people or a vehicle, comes from afar even from machine guns (ACLED).
        r"fir(?:ed|ing) (?:\S+ ){0,10}?(?:at|on|upon|towards) (?:the )?(?:\S+ ){0,2}?(?:areas|villages|"
        r"neighbou?rhoods|residential (?:areas|districts)|farms|locations)(?: of)?|"
        # ... or at an area by its name ("fired machine guns at the Al-Shaab area").
        r"fir(?:ed|ing) (?:\S+ ){0,10}?(?:at|on|upon|towards) (?:the )?(?-i:(?:[A-Z][\w'-]* ){1,3})area|"
        # Machine guns of 12.7 mm and up fired are heavy weapons, mounted on vehicles and fired from afar (not those
        # seized after a fight).
        r"fir(?:ed|ing) (?:\S+ ){0,3}?(?:12\.7|14\.5|23) ?mm)\b"
    ),
    # A grenade thrown; "grenade launchers" and rocket-propelled grenades are the arms of a firefight.
    Cue.GRENADE: _re(r"(?<!rocket-propelled )\b(?:hand )?grenades?\b(?! launchers?)"),
    Cue.EXPLOSIVE: _re(
        r"\b(?:IEDs?|improvised explosive|roadside bombs?|land ?mines?|anti-(?:tank|personnel) mines?|"
        # A mine that went off, not a coal or gold mine.
        r"(?:stepped on|hit|struck|triggered|ran over|drove over|planted|laid) (?:an? |the )?mines?|"
        r"mines? (?:exploded|blasts?|explosions?|went off|detonated)|car bombs?|booby[- ]trap\w*|"
        r"explosive devices?|explosives?|sticky bombs?|magnetic bombs?|VBIEDs?|bomb(?:s|ing|ings|ed)?|blasts?|"
        r"explosions?|explod(?:ed|es|ing)|detonat(?:ed|ion|ing)|went off|blew up)\b"
    ),
    # A bomb driven to its target is the attack itself, even when gunmen follow it in (ACLED, GTD).
    Cue.VEHICLE_BOMB: _re(
        r"\b(?:(?:car|truck|vehicle)[- ]bombs?|VBIEDs?|(?:explosives?|bomb)[- ](?:laden|packed|rigged) "
        r"(?:\S+ )?(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|motorcycles?))\b"
    ),
    Cue.DISRUPTED: _re(
        r"\b(?:defus(?:ed|e|ing)|dismantl(?:ed|e|ing)|(?:foiled|thwarted|prevented|averted)(?: an?| the)? "
        r"(?:\w+ )?(?:bombing|plot|bomb attack|suicide attack|terrorist attack|terror attack)|intercept(?:ed|s|ing)? (?:\S+ ){0,4}?(?:missiles?|rockets?|drones?|projectiles?|UAVs?|"
        r"shells?|bombs?|explosives?)|fired (?:up)?on (?:an? |another |the )?(?:\S+ )?(?:drones?|UAVs?)|"
        r"(?:failed|tried|attempted) to shoot (?:it|them|(?:the |a )?(?:drone|UAV|missile)s?) down|"
        r"(?:missiles?|rockets?|drones?|projectiles?|UAVs?) (?:\S+ ){0,5}?(?:was|were) "
        r"intercepted|shot down|seized (?:an? )?(?:cache|weapons|explosives|"
        r"arms)|weapons caches?|arms caches?|bomb disposal|(?:neutrali[sz]|disabl|clear)ed (?:an? |the )?"
        r"(?:explosive|bomb|IED|mines?|device)|controlled (?:explosion|detonation)|safely (?:defused|detonated|"
        r"destroyed|removed)|(?:recovered|found|discovered|located|seized|confiscated) (?:\S+ ){0,3}(?:IEDs?|improvised "
        r"explosive devices?|explosives|bombs?|landmines?|arms|weapons|ammunition|rifles|(?:hand[- ])?grenades)|"
        r"(?:IEDs?|bombs?|explosive devices?|explosives|landmines?) (?:\S+ ){0,3}?(?:was|were) (?:found|discovered|"
        r"recovered|located|seized)|"
        # Security forces or bomb experts setting off a bomb they found: a controlled detonation.
        r"(?:police|army|troops|forces|soldiers|sappers|experts|engineers|squad|unit) (?:\w+ ){0,2}?(?:detonated|blew up|"
        r"exploded) (?:an? |the )?(?:\w+ ){0,2}?(?:bomb|device|IED|explosives|mine|landmine|shell))\b"
    ),
    # A bomb that went off in its makers' hands: ACLED's disrupted weapons use, even when they died of it.
    Cue.MISFIRE: _re(
        r"\b(?:exploded prematurely|premature(?:ly)? (?:detonation|explosion|blast)|(?:went off|exploded|detonated) "
        r"(?:\S+ ){0,3}while (?:they|he|she|the \w+) (?:were|was) (?:planting|making|assembling|handling|"
        r"transporting)|(?:they|he|she) (?:were|was) (?:planting|making|assembling|handling) (?:\S+ ){0,2}exploded)\b"
    ),
    # People fleeing fighting: ACLED records the displacement itself as "Other".
    Cue.DISPLACEMENT: _re(
        r"\b(?:displaced|evacuated|fled|flee|fleeing)\b(?:\s+\S+){0,8}?\s+(?:following|after|due to|because of|"
        r"amid)\b|\bforc(?:ed|ing) (?:\S+ ){0,8}?to (?:flee|evacuate|leave their homes)\b|"
        # Refugees and displaced people moving in numbers on a day: the movement itself is the event ("Other"); "have
        # returned since…" counts a long movement, background.
        r"\b(?:refugees|migrants|returnees|evacuees|IDPs|displaced (?:people|persons|families))\b(?:\s+\S+){0,4}?\s+"
        r"(?<!have )(?<!has )(?<!had )(?:returned|arrived|were (?:repatriated|relocated|returned|moved back))\b"
    ),
    Cue.CLASH: _re(
        r"\b(?:clash(?:es|ed|ing)?|fighting|fought|battles?|battled|gun ?battles?|fire ?fights?|firefights?|gun ?fights?|"
        r"shoot-?outs?|"
        # An attack beaten off is a battle; a bomb plot foiled is a disrupted weapons use (DISRUPTED).
        r"(?:thwarted|repelled|repulsed|beat back|fended off) (?:an? |the )?(?:(?!suicide |bomb |terrorist |terror )"
        r"\w+ )?(?:attack|assault|attempt|infiltration|advance)|"
        # Violence between clans or communities: their militias fight (ACLED's armed clash).
        r"(?:inter-?)?(?:clan|communal|ethnic|tribal) (?:violence|fighting)|"
        r"exchanges? of (?:gun|artillery |mortar )?fire|exchang(?:ed|ing) (?:\w+ )?(?:fire|artillery|shells)|skirmish(?:es|ed)?|counter-?attack\w*|"
        r"offensive|engaged (?:in (?:\w+ ){0,2}?(?:fighting|clashes|battles?|combat|firefights?|gunfights?)|"
        r"(?:with )?(?:the |a )?(?:enemy|insurgents|militants|rebels|troops|forces|fighters|attackers|gunmen))|"
        r"repelled|repulsed|confrontations?|hostilities|returned fire|"
        r"confronted by (?:\S+ ){0,2}?(?:armed|gunmen|militants|militias?|rebels|fighters|bandits|insurgents|attackers)|"
        r"(?:shelling|artillery|mortar|fire) exchanges?|exchanges? of (?:shelling|shells)|"
        r"(?:fire|firing|shelling|shots|projectiles|explosions) (?:\S+ ){0,4}in both directions|"
        r"respond(?:ed|ing) to (?:\S+ ){0,3}(?:fire|shelling|attack|assault)|"
        # Losses counted on two sides ("two killed, one from each side") mean both were armed and fought; "on both
        # sides of the border" places the dead, it counts no sides.
        r"(?:killed|wounded|injured|dead|casualties|losses|deaths|fatalities)\b,?(?:\s+\S+){0,4}?\s+"
        r"(?:on|from|among) (?:both|each|either|the two) sides\b(?! of)|"
        r"(?:killed|wounded|injured|dead|casualties|losses|deaths|fatalities)\b,?(?:\s+\S+){0,4}?\s+"
        r"(?:on|from|among) (?:each|either) side\b(?! of))\b"
    ),
    # Air or artillery support of a ground operation: ACLED codes the whole as the battle.
    Cue.FIRE_SUPPORT: _re(
        r"\b(?:(?:backed|supported|covered) by (?:\S+ ){0,3}(?:air ?strikes|air-strikes|artillery|helicopters|"
        r"warplanes|jets)|(?:air|artillery) (?:support|cover)|"
        # Ground troops who attack "along with helicopters" fight one battle with them.
        r"(?:along|together) with (?:the )?(?:\S+ ){0,2}?(?:helicopters|helicopter gunships|warplanes|fighter jets)|(?:with|under) (?:a |the )?cover (?:from|of) the "
        r"(?:\w+ )?air ?force)\b"
    ),
    # One side springs it: on soldiers it is a battle, on villagers an attack.
    Cue.AMBUSH: _re(r"\b(?:ambush(?:ed|es|ing)?|incursions?)\b"),
    # The arms of ground fighting; machine guns fired from afar at a town are remote violence (ACLED).
    Cue.SMALL_ARMS: _re(
        r"\b(?:small[- ]arms|gun ?fire|gunshots?|open(?:ed|ing) fire|light weapons|firearms|exchanges? of fire|"
        r"exchang(?:ed|ing) fire|gun ?battles?|fire ?fights?|gun ?fights?)\b"
    ),
    # A crowd doing the violence: residents, villagers or two groups of people, not an armed group.
    Cue.CROWD_VIOLENCE: _re(
        r"(?<!ed )(?<!\d )\b(?:(?:angry |local )?(?:residents|villagers|inhabitants|locals|youths|neighbou?rs|traders|workers|settlers|"
        r"supporters|relatives|community members|passers-by|crowds?|inmates|prisoners|nationals|migrants|"
        r"refugees|party (?:members|supporters|activists|workers)|members of (?:the )?(?:\S+ ){0,3}part(?:y|ies))|"
        r"(?:a |two |rival )?groups? of (?:\S+ )?"
        r"(?:people|men|youths|residents|villagers|locals|supporters|migrants|refugees)|two (?:rival )?groups|"
        r"rival groups)(?:\s+\S+){0,8}?\s+(?<!was )(?<!were )(?<!been )(?:attacked|assaulted|beat|clashed|fought|pelted|stoned|chased|"
        r"stormed|lynched|torched|set fire|set alight|hurled|threw|injured|ransacked|killed|burned|burnt)\b|"
        # A fist fight, a brawl or a scuffle that broke out: people fighting without arms.
        r"\b(?:fist ?fights?|fistfights?|brawls?|scuffles?)\b(?:\s+\S+){0,6}?\s+(?:broke out|erupted|ensued|led to)\b|"
        r"\b(?:clash(?:es)?|fight|fighting|brawl) (?:\S+ ){0,2}between (?:two |rival )?groups\b|"
        # A crowd on one side of a clash: a riot, even against the police or the army.
        r"\b(?:clash(?:es)?|fight|fighting|brawl|scuffles?) (?:\S+ ){0,2}between (?:\S+ ){0,3}?(?:residents|"
        r"villagers|inhabitants|locals|youths|protesters|demonstrators|students|supporters|traders|vendors|crowds?|"
        r"nationals|Palestinians|settlers|inmates|prisoners|migrants|refugees|fans)\b|"
        # Told from the victim's side: "a policewoman was attacked by a group of vendors", "beaten by three persons".
        r"\b(?:attacked|assaulted|beaten(?: up| to death)?|stoned|pelted|chased|lynched|injured|manhandled) by (?:(?:a "
        r"(?:group|crowd|mob) of (?:\S+ )?(?:men|women|people)|(?:two|three|four|five|six|several|some|\d+|angry|local) "
        r"(?:\S+ )?(?:people|persons|residents|villagers|locals|youths)|(?:a (?:group|crowd|mob) of )?(?:\S+ )?(?:"
        r"sellers|vendors|traders|neighbou?rs|inhabitants|residents|villagers|locals|youths|settlers)))\b|"
        # Beaten or stoned, not shot, by a handful of men: unorganised violence.
        r"\b(?:beaten(?: up| to death)?|stoned|lynched|pelted) by (?:two|three|four|five|six|several|some|\d+) men\b"
    ),
    Cue.ATTACK: _re(
        r"\b(?:attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|stormed|raid(?:s|ed)?|targeted|targeting|struck|hit|"
        r"besieged|overran)\b"
    ),
    Cue.SHOOTING: _re(
        r"\b(?:shot|shooting|shoot|open(?:ed|ing) (?:gun ?)?fire|gun ?fire|gun(?:men|man)|fired (?:at|on|upon|with)|sniper|gunshots?|"
        r"bullets?|rifles?|firearms?|armed men|(?<!heavy )machine[- ]?guns?|small[- ]arms|automatic weapons|"
        r"light weapons)\b"
    ),
    Cue.KILLING: _re(
        r"\b(?:kill(?:ed|ing|s)?|murder(?:ed|s)?|executed|execution|beheaded|massacre[ds]?|slain|slaughtered|"
        r"lynched|shot dead|gunned down|decapitated|bodies|body of|dead|corpses?|(?:human|mortal) remains|remains of|"
        # Torture is done to a captive: violence against civilians (ACLED), lethal or not.
        r"tortur(?:ed|e|ing)|(?:severed|decapitated|dismembered) (?:\w+ )?(?:heads?|bod(?:y|ies))|"
        r"(?:heads?|bod(?:y|ies)) (?:was|were) found|found (?:\w+ ){0,2}?(?:wrapped|dumped|buried|bound|tied up|stuffed|"
        r"floating|hanging|lifeless|murdered|slain|decomposed|decomposing|with (?:gunshot|stab|bullet) wounds))\b"
    ),
    Cue.ABDUCTION: _re(
        r"\b(?:abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken hostage|held hostage|hostages?|"
        r"forcibly disappeared|forced disappearance|went missing|taken captive|taken (?:as )?prisoners?|"
        r"seized (?:two|three|\d+) (?:people|persons|men|women|children|villagers|passengers|workers|civilians))"
    ),
    Cue.SEXUAL: _re(r"\b(?:rap(?:ed|e|es|ing)|sexual(?:ly)? (?:assault\w*|violence|abuse\w*|abused|exploit\w*))\b"),
    Cue.PROTEST: _re(
        r"\b(?:protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|"
        r"(?-i:march(?:ed|es)?)|marchers|sit-ins?|picket\w*|(?:blocked|closed|barricaded) (?:\w+ ){0,3}?(?:road|roads|"
        r"highway|entrance|street|streets|traffic|bridge|junction|intersection|roundabout|RN ?\d+)|road ?blocks?|(?:went|go) on strike|"
        r"strikes? (?:by|of) (?:workers|teachers|doctors|traders|drivers|nurses)|workers? strike|hunger strike|"
        r"gathered\b[^.;]{0,160}?\b(?:demand|denounc|protest|condemn|call(?:ed|ing)? for|voic|reject|chant|"
        r"solidarity|pressur|petition)\w*|"
        # A body of working people or residents demanding: "workers of the mill demanded their unpaid wages".
        # Not a demand told as the cause of something else ("shot after the workers demanded overtime").
        r"(?<!after )(?<!after the )(?<!when )(?<!when the )(?<!because )(?<!because the )"
        r"(?:workers|employees|staff|teachers|doctors|nurses|residents|traders|vendors|merchants|students|farmers|"
        r"drivers|miners|parents)\b(?:\s+\S+){0,5}?\s+(?:demanded|denounced)|came out (?:on|onto|into) the (?:roads|streets)|padlocked|"
        r"took to the streets|(?:chant|shout)(?:ed|ing) (?:\S+ ){0,2}slogans|motorcades?|caravan protest|dharna|gherao|"
        # Labour Day marked by working people, and toll booths taken over to let drivers through free: protests.
        r"(?:commemorat|celebrat|mark)\w* (?:the )?(?:international )?(?:labou?r day|may day|workers'? day)|"
        r"(?:took over|taken over|occupied|seized|took control of) (?:\S+ ){0,4}?(?:toll ?)?booths?|"
        r"walk-?outs?|cut off (?:the |main )?(?:roads?|streets?|highway)|(?:burn(?:ed|t|ing)|set fire to|lit) "
        r"(?:\w+ ){0,2}(?:tyres|tires)|vigil)\b"
    ),
    # What a crowd wants: violence with a stated demand is a violent demonstration, without one mob violence.
    Cue.DEMAND: _re(
        r"\b(?:demand(?:ed|ing|s)?|denounc(?:e|ed|ing)|to (?:reject|oppose|press for)|call(?:ed|ing) for|"
        r"in protest|against the (?:decision|closure|arrest|killing|government))\b"
    ),
    Cue.PROTEST_FORCE: _re(
        r"\b(?:live (?:ammunition|fire|rounds|bullets)|(?:opened fire|fired|shot) (?:\w+ )?(?:on|at|into) (?:the )?"
        r"(?:protesters|demonstrators|crowd|marchers)|"
        r"(?:protesters|demonstrators) (?:were |was )?(?:killed|shot dead)|killing (?:\w+ )?(?:protesters|"
        r"demonstrators)|shot dead (?:\w+ )?(?:protesters|demonstrators))\b"
    ),
    Cue.PROTEST_INTERVENTION: _re(
        r"\b(?:tear ?gas|intervened|"
        # Someone dispersing the crowd, not a crowd that dispersed ("dispersed peacefully after a promise").
        r"(?:was|were|been|being) (?:\w+ )?dispersed|dispersed by|interfered|dispers(?:ed|e|ing) (?:the|them|a|an|about|around|some|several|"
        r"hundreds|dozens|scores|protesters|demonstrators|crowds?|\d+)\b|to disperse|water cannons?|rubber bullets|batons?|baton-charged|"
        r"broke up|cracked down|crackdown|rounded up|stopped (?:the )?(?:protesters|demonstrators|marchers)|"
        # Arrests of the crowd itself, not of the person whose arrest it protests ("he was arrested last week").
        r"(?:arrested|detained) (?:\w+ ){0,2}(?:protesters|demonstrators|participants|marchers|them|people|"
        r"persons|\d+)|(?:protesters|demonstrators|participants|marchers|people|persons|of them|one|two|three|"
        r"four|five|six|seven|eight|nine|ten|\d+|several|dozens|scores|some|many) (?:\S+ ){0,4}?(?:was|were) "
        r"(?:briefly )?(?:arrested|detained)|(?:was|were) (?:briefly )?(?:arrested|detained) by|"
        r"(?:controlled|took control of|to control) (?:the )?(?:situation|crowd)|removed by (?:the )?police|"
        # The crowd set upon, or its blockade cleared: "protesters were beaten and dragged into police cars".
        r"(?:protesters|demonstrators|marchers|protesting \w+) (?:were|was) (?:\w+ )?(?:beaten|dragged|attacked|"
        r"assaulted|manhandled|pushed back)|attacked (?:the |a )?(?:\w+ )?(?:protest|demonstration|rally|march|sit-in|"
        r"protesters|demonstrators)|(?:tried|attempted|working|worked|moved in|intervened) to (?:re-?open|clear|unblock) "
        r"(?:the )?(?:road|roads|street|highway|roundabout|junction|bridge))\b"
    ),
    Cue.RIOT: _re(
        r"\b(?:riot(?:s|ed|ers|ing)?(?! police| gear| squads?| control| shields?| units?| troops| officers)|(?:threw|throwing|hurled|pelted) (?:\w+ )?(?:stones|rocks|petrol bombs|"
        r"molotov\w*|bottles|projectiles)|stone[- ]pelting|(?:burn(?:ed|t|ing)|lit|set fire to) (?:\w+ )?"
        r"(?:tyres|tires)|(?:protesters|demonstrators|rioters|youths|crowds?) (?:\w+ ){0,3}(?:vandali[sz]ed|"
        r"ransacked|set fire|torched|clashed with|damaged|destroyed|attacked|assaulted|stormed|broke into)|"
        r"burning (?:objects|material|barricades)|(?:with|using) (?:sticks and |rocks and )?(?:stones|rocks)|set (?:\w+ ){0,2}barricades (?:on fire|ablaze)|"
        r"violent (?:protest|demonstration)s?|turned violent|unrest|"
        # A blockade set alight, or a building forced: a demonstration that did violence.
        r"(?:blocked|barricaded) (?:\w+ ){0,3}with (?:a |an )?(?:burning|burnt) (?:\w+ )?(?:vehicles?|cars?|buses|tyres|"
        r"tires|logs)|forc(?:ed|ing|e) (?:their way|themselves|entry) into)\b"
    ),
    Cue.MOB: _re(r"\b(?:mob|mobs|lynch\w*|vigilantes?(?!-style)|angry (?:crowd|residents|villagers)|jungle justice)\b"),
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
        # "Liberation" in a group's name ("the Oromo Liberation Front") takes nothing.
        r"\b(?:re-?captur(?:ed|e)|retook|regain(?:ed)? control|retaken|liberated|liberation(?! (?:front|army|"
        r"movement|tigers|forces|organi[sz]ation|party|council|struggle))|took (?:back |full )?"
        r"control|seized control|captured the (?:town|village|city|area|district|base|hill)|"
        r"took over the (?:town|village|city|area|district|base)|overran|fell to|seized the (?:town|village|"
        r"city|district|base)|gained control|taken control|under (?:the )?control of)\b"
    ),
    Cue.TERRITORY_HANDED: _re(
        r"\b(?:withdr(?:ew|awn|awal)|handed over|hand(?:ed|ing)? (?:over )?control|pulled out|"
        r"retreat(?:ed)? from|evacuated (?:the|their) (?:positions?|base)|entered (?:the )?(?:town|village|city)"
        r" (?:without|after)|without (?:a fight|resistance|fighting)|took over (?:\w+ ){0,4}without)\b"
    ),
    # ACLED: territory that changes hands with no armed interaction is a non-violent transfer, whoever takes it.
    Cue.UNCONTESTED: _re(
        r"\b(?:without (?:a (?:single )?(?:fight|shot)|(?:any )?(?:armed )?resistance|fighting|a battle|bloodshed)|"
        r"unopposed|no shots? (?:was|were) fired|met no resistance)\b"
    ),
    Cue.HEADQUARTERS: _re(
        r"\b(?:(?:established|set up|opened|built) (?:a |an |new |its |their )*(?:military )?(?:base|"
        r"headquarters|outpost|post|camp|position)s?|"
        # "Turned the school into a military base".
        r"(?:turn|transform|convert)\w* (?:\S+ ){0,5}?into (?:a |an )?(?:military )?(?:barracks|bases?|headquarters|"
        r"outposts?))\b"
    ),
    Cue.LOOTING: _re(
        r"\b(?:loot(?:ed|ing|ers)?|plunder(?:ed)?|pillag\w+|torched|burn(?:ed|t) down|burn(?:ed|t) (?:\w+ )?"
        r"(?:houses|homes|shops|huts|villages?)|destroyed (?:\S+ ){0,3}?(?:homes|houses|property|shops|crops|plants|"
        r"plantations|fields|shelters|hideouts|airstrips?|laboratories|labs|seedlings|trees|orchards)|"
        r"uprooted (?:\S+ ){0,4}?(?:trees|seedlings|saplings|vines|crops|olive)|"
        r"demolish(?:ed)?|razed|bulldoz\w+|confiscat\w+|seized (?:property|land|livestock|cattle))\b"
    ),
    Cue.GROUP_CHANGE: _re(
        r"\b(?:merg(?:ed|er)|pledged allegiance|defect(?:ed|ion)|announced (?:the |its )?(?:formation|"
        r"dissolution|creation|launch)|appointed|new leader|named (?:a )?new|disband(?:ed)?|split from|"
        r"joined forces|recruit(?:ed|ment)|mobili[sz](?:ed|ation)|deployed|deployment|reinforcements?|"
        r"imposed a curfew|curfew|state of emergency|banned|(?:built|established|reinforced|dug) (?:new |\w+ )?"
        r"(?:fortifications|trenches|defensive positions)|sealed off|(?:tightened|heightened|stepped up) (?:\w+ ){0,2}?"
        r"security|patrols? (?:took place|was held|were held|was conducted|were conducted)|(?:blocked|prevented|"
        r"stopped) (?:an? |the )?(?:\S+ ){0,3}?patrols?|(?:announced|imposed|declared|introduced|ordered|"
        r"extended|renewed|prolonged) (?:\w+ ){0,5}?(?:ban|lockdown|restrictions|mandatory)|joint patrols?|(?:conducted|carried out|held|began) "
        r"(?:an? )?(?:\w+ ){0,2}patrols?|formed (?:an? )?(?:\w+ )?(?:patrol|militia|vigilante group)|"
        r"(?:conducted|held|carried out|staged) (?:\w+ ){0,2}(?:exercises|drills|manoeuvres|maneuvers)|"
        r"military (?:column|convoy) (?:\S+ ){0,6}?(?:was sent|arrived|entered)|halted all (?:entries|movement|traffic)|"
        # Forces moved, reinforced or given up: "hundreds of tribesmen arrived in the district", "officers were sent to
        # secure the town", "the army reinforced its troops", "the armed group surrendered".
        r"(?:hundreds|dozens|thousands) of (?:armed )?(?:tribesmen|fighters|troops|soldiers|militiamen|gunmen) "
        r"(?:\S+ ){0,10}?arrived|(?:were|was) (?:moved|sent|dispatched|redeployed) to (?:secure|reinforce|protect|guard)|"
        r"reinforced (?:its|their|the) (?:\w+ )?(?:troops|forces|positions|presence)|surrendered|"
        r"withdraw(?:ing|s)? (?:\S+ ){0,6}?(?:troops|soldiers|forces|batteries)|(?:loaded|laden) with (?:\S+ ){0,6}?"
        r"(?:weapons|arms|tanks|armou?red vehicles|ammunition))\b"
    ),
    Cue.OPERATION: _re(
        r"\b(?:launch(?:ed|es)?|beg[au]n|start(?:ed)?|conduct(?:ed|s)?|carr(?:ied|ies) out|mounted) "
        r"(?:\w+[ -]){0,3}(?:operations?|campaign|sweeps?|raids?|crackdown|security operation|search|"
        r"manhunt)\b"
    ),
    Cue.ARSON: _re(
        # "Set a district education office building on fire": the thing set alight can take several words.
        r"\b(?:set(?:ting)? (?:\w+ ){0,5}?(?:on )?fire|set ablaze|set (?:\w+ ){0,3}?alight|torched|arson|burn(?:ed|t) (?:down)?|"
        r"firebomb\w*|"
        r"petrol bombs?|molotov\w*|incendiary)\b"
    ),
    Cue.VANDALISM: _re(
        r"\b(?:vandali[sz](?:ed|ing)|ransack(?:ed|ing)|smash(?:ed|ing) (?:\w+ ){0,2}(?:windows|cars|shops|property))\b"
    ),
    Cue.MELEE: _re(
        # "On the axes of two villages" is a front's lines of advance, no weapon.
        # "Tried to stab a guard": the bare verb is how news tells an attempted stabbing.
        r"\b(?:stabb(?:ed|ing)|stab|knife|knives|machetes?|axes?\b(?! of\b)|hacked|cutlass\w*|clubs?|beat(?:en|ing)? (?:to death)?|"
        r"bludgeon\w*|sword)\b"
    ),
    Cue.ASSASSINATION: _re(
        # Not "killed the father of a judge" or "the guards of a governor": the relative or guard was the one killed.
        r"\b(?:assassinat(?:ed|ion|e)|targeted killing|(?:killed|shot dead|gunned down|murdered) (?:the |a )?"
        r"(?:(?!(?:brothers?|sisters?|sons?|daughters?|father|mother|wife|husband|relatives?|family|nephews?|cousins?|"
        r"bodyguards?|guards?|drivers?)\b)\w+ ){0,3}(?:governor|mayor|commander|leader|official|chief|minister|judge|councillor|councilor|"
        r"lawmaker|MP|senator|imam|cleric|tribal elder|elder|candidate|journalist|activist|headman))\b"
    ),
    # Drugs or contraband seized: ACLED's looting/property destruction by the state, ahead of the arrests.
    Cue.SEIZURE: _re(
        r"\b(?:seized|seizure of|confiscated|impounded)\b(?:\s+\S+){0,6}?\s+(?:marijuana|cannabis|cocaine|heroin|"
        r"drugs|narcotics|methamphetamines?|crystal meth|cigarettes|contraband|smuggled (?:goods|fuel)|boats|vessels|"
        r"food|foods|supplies|goods)\b"
    ),
    # Prisoners or captives set free: a non-violent development (ACLED "Other").
    Cue.RELEASE: _re(
        r"\b(?:released|freed|set free)\b(?:\s+\S+){0,4}?\s+(?:prisoners|detainees|captives|hostages|inmates)\b|"
        r"\b(?:prisoners|detainees|captives|hostages|soldiers|inmates) (?:\S+ ){0,3}?(?:were|was) (?:released|freed|"
        r"set free)\b"
    ),
    # Shots at a home, a car or an ambulance: fire aimed at civilians' things, not at a fighting side.
    Cue.FIRED_ON_CIVILIAN_PROPERTY: _re(
        r"\b(?:shot|fired|firing|opened fire|shooting) (?:gun ?shots |bullets |shots |rounds )?(?:at|on|upon|outside|"
        r"into|against) (?:the |a |an |his |her |their )?(?:\S+ ){0,2}?(?<!military )(?<!army )(?<!police )(?<!patrol )"
        r"(?:house|home|residence|ambulance|car|vehicle|vehicles|bus|taxi|truck|trucks|tires|tyres|shop|store|"
        r"restaurant|bar)\b|"
        # Told from the building's side: "his house was riddled with bullets", "had her shop attacked by shots".
        r"\b(?<!military )(?<!army )(?<!police )(?:house|home|residence|car|shop|store|restaurant) (?:was |were )?"
        r"(?:attacked|hit|riddled|sprayed|struck) (?:with|by) (?:\S+ )?(?:gun ?shots|gunfire|bullets|shots)\b"
    ),
    # Food or aid handed out: by an armed group or a cartel, ACLED's change to the group's activity.
    Cue.AID_HANDOUT: _re(
        r"\b(?:deliver(?:ed|ing|s)?|distribut(?:ed|ing|es?)|hand(?:ed|ing|s)? out|gave out|giving out|donat(?:ed|ing))"
        r"\s+(?:\S+\s+){0,4}?(?:food|aid|relief|groceries|supplies|packages|parcels|hampers|boxes)\b"
    ),
    # People beaten or tortured once held: violence against civilians whoever they were (ACLED), no fight.
    Cue.CUSTODY_ABUSE: _re(
        r"\b(?:(?:arrested|detained|apprehended|rounded up) (?:\S+ ){0,4}?and (?:then |later |severely )?(?:beat|beaten|"
        r"tortured|assaulted|whipped|flogged|abused)|(?:beaten|tortured|abused|mistreated|ill-treated) (?:\S+ ){0,6}?"
        r"(?:in|while in|during) (?:\S+ ){0,2}?(?:custody|detention|prisons?|jails?|cells?|police stations?)|"
        r"(?:died|killed|death) (?:\S+ ){0,2}?under torture|tortured to death|custodial (?:death|torture|violence))\b"
    ),
    # Shots fired to warn, not at anyone: a show of force, no violence (ACLED "Other") when nothing else happened.
    Cue.WARNING_SHOTS: _re(r"\b(?:warning shots|fired (?:\S+ ){0,3}?in(?:to)? the air)\b"),
    # Ordnance left from an old war that goes off: ACLED records it as a strategic development, no attack.
    Cue.WAR_REMNANT: _re(
        r"\b(?:unexploded (?:ordnance|shells?|bombs?|munitions?|mines?|rockets?|mortars?)|UXOs?|explosive remnants|"
        r"remnants? of (?:the )?war|(?:left ?over|leftover|abandoned) (?:\S+ ){0,3}?(?:from|since|after) (?:the )?"
        r"(?:\S+ ){0,2}?(?:war|conflict|fighting)|(?:laid|planted) (?:\S+ ){0,2}?during (?:the )?(?:\S+ ){0,3}?war|"
        r"(?:war|wartime)-era (?:\S+ )?(?:mines?|bombs?|shells?|ordnance)|accidentally (?:stepped on|triggered|"
        r"detonated|hit) (?:an? |the )?(?:land ?)?mines?)\b"
    ),
}

CUE_PATTERNS: dict[Cue, re.Pattern[str]] = {**_EVENT_CUE_PATTERNS, **GTD_CUE_PATTERNS}


# Munitions of crowd control: no bombing and no shelling. (Stun grenades and sound bombs thrown at a house are
# attacks all the same.)
_NON_LETHAL_MUNITIONS = _re(r"\b(?:tear[- ]?gas|smoke) (?:bombs?|grenades?|canisters?|shells?)\b")

# Arms shipped, delivered or withdrawn ("a ship loaded with tanks and heavy weapons", "withdrawing two missile
# batteries") were moved, not fired.
_ARMS_MOVED = (
    r"\b(?:loaded with|laden with|shipments? of|withdraw(?:ing|s|al of)?|withdrew|deploy(?:ed|ing|s|ment of)|"
    r"deliver(?:ed|ing|y of|ies of)|transport(?:ed|ing)) (?:\S+ ){0,5}?(?:missiles?|rockets?|heavy weapons|artillery|"
    r"mortars?)\b"
)

# Words naming an earlier event in passing ("a protest against arrests made during last month's riots"): the
# sentence is about something else.
_IN_PASSING: dict[Cue, re.Pattern[str]] = {
    # "Blocked the entrance using stones": stones laid as a barrier, not thrown.
    Cue.RIOT: _re(
        r"\b(?:after|during|following|since|over|against|involved in|accused of)\s+(?:\S+\s+){0,4}?riots?\b|"
        r"\b(?:blocked|barricaded|closed) (?:\S+ ){0,8}?(?:with|using) (?:large |big )?(?:stones|rocks|boulders)\b"
    ),
    # "Activists accused of vandalising a bank", "arrested for setting fire to a car": an act told to explain
    # an arrest or a protest, not done in this event.
    Cue.VANDALISM: _re(
        r"\b(?:accused of|suspected of|charged with|arrested for|detained for|over)\s+(?:\S+\s+){0,2}?vandali[sz]\w*"
    ),
    Cue.ARSON: _re(
        r"\b(?:accused of|suspected of|charged with|arrested for|detained for)\s+(?:\S+\s+){0,2}?(?:arson|setting fire|"
        r"torching|burning)\b"
    ),
    # "An arson attack targeting a factory": the fire is the act; no people were set upon. "A rally against the
    # attack on a journalist": the attack protested is an earlier event.
    Cue.ATTACK: _re(r"\barson attacks?(?: targeting)?\b|\b(?:against|condemn\w*|denounc\w*) the (?:\S+ )?attacks?\b"),
    # "Extended the ban on marches, protests and sit-ins": the protests banned did not take place.
    # "Militias marched to the village and attacked the settlers": the way attackers came, no demonstration.
    Cue.PROTEST: _re(
        r"(?-i:\bmarch(?:ed|es)?) (?:\S+ ){0,6}?and (?:attacked|raided|killed|opened fire|torched|looted|burned|burnt)\b|"
        r"\b(?:ban(?:s|ned)?|prohibit(?:ed|ion|s)?|outlaw(?:ed)?) (?:on |of )?(?:all )?(?:forms of |kinds of |types of )?"
        r"(?:(?:\S+ ){0,2}?(?:marches|protests|demonstrations|rallies|sit-ins|gatherings|meetings|press conferences|"
        r"strikes|political actions)(?:,|,? and|,? or)? ?)+"
    ),
    # Grenades seized or carried were not thrown; tear gas and smoke grenades are no weapon of war.
    Cue.GRENADE: _re(
        r"\b(?:seized|recovered|found|confiscated|armed with|carrying|possession of)\s+(?:\S+\s+){0,6}?"
        r"(?:hand[- ])?grenades?\b|\b(?:tear[- ]?gas|smoke) (?:bombs?|grenades?|canisters?|shells?)\b"
    ),
    Cue.EXPLOSIVE: _NON_LETHAL_MUNITIONS,
    Cue.SHELLING: _re(f"{_NON_LETHAL_MUNITIONS.pattern}|{_ARMS_MOVED}"),
    # "The detainee was responsible for the killing of several leaders": a person's past, not this event's dead.
    Cue.KILLING: _re(
        r"\b(?:responsible for|accused of|wanted for|suspected of|charged with|convicted of|jailed for) (?:\S+ ){0,3}?"
        r"(?:killings?|murders?|the deaths?)\b"
    ),
}


_GATE = PatternGate(CUE_PATTERNS)


def find_cues(text: str) -> set[Cue]:
    return set(_cues_of(text))


@lru_cache(maxsize=4)
def _cues_of(text: str) -> frozenset[Cue]:
    # One sentence is read for cues twice in a row (as a follow-up that may escalate the last event, then as an
    # event); a few entries are enough, and no more, so a benchmark that repeats documents gains nothing from it.
    # Only the few patterns whose words the sentence holds are searched (`prefilter`).
    return frozenset(
        cue for cue in _GATE.possible(text) if CUE_PATTERNS[cue].search(_without_passing_mentions(text, cue))
    )


def has_cue(text: str, cues: Iterable[Cue]) -> bool:
    """Does the text carry any of `cues`? As `find_cues` reads it, trying only those."""
    return any(CUE_PATTERNS[cue].search(_without_passing_mentions(text, cue)) for cue in cues)


def _without_passing_mentions(text: str, cue: Cue) -> str:
    passing = _IN_PASSING.get(cue)
    if passing is None:
        return text
    return passing.sub(lambda match: " " * len(match.group(0)), text)
