"""ACLED's `source_scale` of an event from the scales of the outlets that report it.

ACLED names one scale ("National") or, when an event's sources are of two scales, both joined by a hyphen, the
narrower first ("National-International", "Subnational-National"). An outlet whose reach is unknown adds nothing;
an event none of whose outlets is known has an empty scale."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

# ACLED's scales from the narrowest reach to the widest, the order it writes combined scales in.
SCALE_ORDER = ("Local partner", "Subnational", "National", "Regional", "International")
# ACLED combines at most two scales; with more, the narrowest and the widest tell the spread.
_MAX_SCALES = 2

ScaleOf = Callable[[str], str | None]


def combined_scale(outlets: Iterable[str], scale_of: ScaleOf) -> str:
    scales = {scale for scale in map(scale_of, outlets) if scale in SCALE_ORDER}
    ordered = sorted(scales, key=SCALE_ORDER.index)
    if len(ordered) > _MAX_SCALES:
        ordered = [ordered[0], ordered[-1]]
    return "-".join(ordered)


def gazetteer_scale_of() -> ScaleOf:
    """The scale of an outlet as `resolve/outlets.py` knows it, over the default gazetteer (opened on first use),
    each outlet looked up once."""
    from eventlens.resolve.outlets import outlet_scale
    from eventlens.resolve.places import Gazetteer

    @lru_cache(maxsize=16_384)
    def scale_of(outlet: str) -> str | None:
        return outlet_scale(Gazetteer.default(), outlet)

    return scale_of
