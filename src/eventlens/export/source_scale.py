"""ACLED's `source_scale` of an event from the scales of the outlets that report it.

ACLED names one scale ("National") or, when an event's sources are of two scales, both joined by a hyphen, the
narrower first ("National-International", "Subnational-National"). An outlet whose reach is unknown adds nothing;
an event none of whose outlets is known has an empty scale.

An outlet's scale follows ACLED's conventions: social platforms are "New media"; a ministry, a monitoring mission,
a human-rights body, a monitoring project or an armed force's press service is "Other" (a source, not media); a wire agency or an
international outlet is "International"; an outlet `resolve/outlets.py` places in a country is "National", or
"Subnational" when its name places it by a city that is no capital ("Chandigarh Tribune", "Zeta Tijuana")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventlens.resolve.places import Gazetteer

# The order ACLED writes combined scales in ("Local partner-Other", "Other-New media", "New media-Subnational"):
# its partners first, then sources that are not media, social media, then outlets from the narrowest reach up.
SCALE_ORDER = ("Local partner", "Other", "New media", "Subnational", "National", "Regional", "International")
NEW_MEDIA, OTHER = "New media", "Other"
# ACLED combines at most two scales; with more, the first and the last in SCALE_ORDER tell the spread.
_MAX_SCALES = 2

_PLATFORM = re.compile(r"^(?:Twitter|X|Facebook|WhatsApp|Telegram|YouTube|Instagram|TikTok|VKontakte)\b", re.I)
_NOT_MEDIA = re.compile(
    r"\b(?:Ministry|Government|Department|Office|Observatory|Human Rights|Mission|Commission|Committee|Council|"
    r"Foundation|Organi[sz]ation|Association|Project|Tracker|Armed Forces|Army|Police|Press Service|Red Cross|"
    r"Red Crescent|OSCE|"
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
    return outlet_scale(gazetteer, outlet)


def gazetteer_scale_of() -> ScaleOf:
    """ACLED's scale of an outlet over the default gazetteer (opened on first use), each outlet looked up once."""
    from eventlens.resolve.places import Gazetteer

    @lru_cache(maxsize=16_384)
    def scale_of(outlet: str) -> str | None:
        return outlet_acled_scale(Gazetteer.default(), outlet)

    return scale_of
