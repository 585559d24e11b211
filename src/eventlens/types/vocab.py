"""Controlled vocabularies, spelled exactly as the ACLED and GTD codebooks spell them."""

from __future__ import annotations

ACLED_SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

ACLED_EVENT_TYPE_OF: dict[str, str] = {
    sub: event_type for event_type, subs in ACLED_SUB_EVENT_TYPES.items() for sub in subs
}

GTD_ATTACK_TYPES = (
    "Assassination",
    "Armed Assault",
    "Bombing/Explosion",
    "Hijacking",
    "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
    "Unknown",
)

GTD_WEAPON_TYPES = (
    "Biological",
    "Chemical",
    "Radiological",
    "Nuclear",
    "Firearms",
    "Explosives",
    "Fake Weapons",
    "Incendiary",
    "Melee",
    "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    "Sabotage Equipment",
    "Other",
    "Unknown",
)
# A vehicle driven into people, as GTD names the weapon.
GTD_VEHICLE_WEAPON = next(weapon for weapon in GTD_WEAPON_TYPES if weapon.startswith("Vehicle"))

GTD_TARGET_TYPES = (
    "Business",
    "Government (General)",
    "Police",
    "Military",
    "Abortion Related",
    "Airports & Aircraft",
    "Government (Diplomatic)",
    "Educational Institution",
    "Food or Water Supply",
    "Journalists & Media",
    "Maritime",
    "NGO",
    "Other",
    "Private Citizens & Property",
    "Religious Figures/Institutions",
    "Telecommunication",
    "Terrorists/Non-State Militia",
    "Tourists",
    "Transportation",
    "Unknown",
    "Utilities",
    "Violent Political Party",
)

# Where GTD spells a country differently from ACLED (the record uses ACLED's names).
GTD_COUNTRY_OF_ACLED: dict[str, str] = {
    "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Republic of Congo": "Republic of the Congo",
    "Palestine": "West Bank and Gaza Strip",
    "Bosnia and Herzegovina": "Bosnia-Herzegovina",
    "eSwatini": "Swaziland",
    "North Macedonia": "Macedonia",
    "Slovakia": "Slovak Republic",
    "Timor-Leste": "East Timor",
}


# ACLED actor categories (the `inter` codes), used to derive interaction and target types.
ACTOR_CATEGORIES = (
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_other",
)

# The GTD target type an attack on an actor of each ACLED category implies, when the text names no target.
TARGET_TYPE_OF_CATEGORY: dict[str, str] = {
    "state_forces": "Military",
    "rebel_group": "Terrorists/Non-State Militia",
    "political_militia": "Terrorists/Non-State Militia",
    "identity_militia": "Terrorists/Non-State Militia",
    "civilians": "Private Citizens & Property",
    "protesters": "Private Citizens & Property",
    "rioters": "Private Citizens & Property",
}
