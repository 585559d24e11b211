"""The region of the outlet that published a report: weak context for the country its story happens in.

A regional paper reports on its own country first ("Yemen Post", "Nigerian Tribune", "Dawn (Pakistan)", a site
under .lb): when the report's own places leave the country open (a "Tripoli" and nothing else, a village the
gazetteer lacks), the outlet's country is the likeliest. Wire agencies and international outlets
(`data/places/international_outlets.tsv`) report from everywhere and say nothing. The vote this gives is weighed
in `places.country_of_report`, below any place the text names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from eventlens.resolve.geo import normalize
from eventlens.resolve.geo.sources import read_name_table
from eventlens.resolve.places import Gazetteer

__all__ = ["outlet_countries", "outlets_of"]

# ACLED and news aggregators credit several outlets at once: "Daily Star (Lebanon); National News Agency".
_OUTLET_SEPARATOR = re.compile(r"\s*;\s*")
# "Sun (Nigeria)", "Dawn - Pakistan": the country an outlet's credit adds to a name shared across countries.
_QUALIFIER = re.compile(r"\((?P<paren>[^()]+)\)\s*$|\s[-–—]\s(?P<dash>[^-–—]+)$")
# A credit that is a web address ("dawn.com.pk", "Svaboda.org").
_DOMAIN = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+(?P<tld>[a-z]{2,})(?:/.*)?$", re.IGNORECASE)
# A newspaper named after its city is named after a city of size: smaller towns share their names with words.
_OUTLET_CITY_MIN_POP = 100_000
# Country-code domains sold for their look ("youtu.be", ".io", ".tv", ".fm", ".co"), not for their country.
_GENERIC_CCTLDS = frozenset(
    ["ac", "ai", "as", "bz", "cc", "co", "fm", "gg", "im", "io", "la", "me", "ms", "nu", "sh", "st", "tk",
     "to", "tv", "vc", "ws"]
)  # fmt: skip


@lru_cache(maxsize=1)
def _international() -> tuple[str, ...]:
    return tuple(normalize.name_key(row[0]) for row in read_name_table("international_outlets.tsv") if row)


@lru_cache(maxsize=1)
def _national() -> dict[str, str]:
    """National outlets whose names name no place ("El Nashra", "Premium Times"), each with its country."""
    return {normalize.name_key(row[0]): row[1] for row in read_name_table("national_outlets.tsv") if len(row) == 2}


def outlets_of(source: str | None) -> list[str]:
    """The outlets a document's credit names, each once."""
    return list(dict.fromkeys(filter(None, _OUTLET_SEPARATOR.split(source.strip())))) if source else []


def outlet_countries(gazetteer: Gazetteer, source: str | None, url: str | None = None) -> Counter[str]:
    """Of the outlets credited for a report (`source`, ';'-separated) and its web address, the country each
    regional one belongs to, counted once per outlet; an outlet of no region, or of several, counts for none."""
    found: Counter[str] = Counter()
    for outlet in outlets_of(source):
        country = _outlet_country(gazetteer, outlet)
        if country is not None:
            found[country] += 1
    if not found and url:
        country = _domain_country(gazetteer, urlsplit(url if "//" in url else f"//{url}").hostname or "")
        if country is not None:
            found[country] += 1
    return found


def _outlet_country(gazetteer: Gazetteer, outlet: str) -> str | None:
    """The country one outlet's credit places it in: the country its qualifier names ("Sun (Nigeria)"), else the
    country of a national outlet listed in `data/places/national_outlets.tsv` ("El Nashra"), else none
    for an international outlet, else the one country or people its name names ("Yemen Post", "Somali Guardian"),
    else the one country of the cities of size it names ("Kyiv Independent"), else its web domain's."""
    qualifier = _QUALIFIER.search(outlet)
    if qualifier is not None:
        country = gazetteer.country_of(qualifier.group("paren") or qualifier.group("dash"))
        if country is not None:
            return country
    listed = _listed_as(outlet, _national())
    if listed is not None:
        return _national()[listed]
    if _is_international(outlet):
        return None
    domain = _DOMAIN.match(outlet.strip())
    if domain is not None:
        return _domain_country(gazetteer, outlet)
    return gazetteer.country_named_in(outlet) or gazetteer.country_of_city_named(outlet, _OUTLET_CITY_MIN_POP)


def _is_international(outlet: str) -> bool:
    return _listed_as(outlet, _international()) is not None


def _listed_as(outlet: str, names: Iterable[str]) -> str | None:
    """The longest listed name an outlet's credit is, or begins with ("BBC" for "BBC Monitoring"; "Proceso Digital"
    before "Proceso"), with or without its article ("The BBC"; "The Guardian" is listed whole, the Nigerian one is not)."""
    key = normalize.name_key(outlet)
    keys = {key, key.removeprefix("the ")}
    found = [name for name in names for k in keys if k == name or k.startswith(f"{name} ")]
    return max(found, key=len, default=None)


def _domain_country(gazetteer: Gazetteer, host: str) -> str | None:
    """The country of a host's country-code top-level domain ("dailystar.com.lb" → Lebanon), none for a generic
    one (.com, .org) or one sold for its look (.tv, .io)."""
    match = _DOMAIN.match(host.strip().rstrip("/"))
    tld = match.group("tld").lower() if match else ""
    if len(tld) != 2 or tld in _GENERIC_CCTLDS:
        return None
    return gazetteer.country_of_code(tld)
