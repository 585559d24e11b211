"""ACLED's own names: rendering a template for a country and year, and reading a name back into its parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventlens.resolve.actors.model import COUNTRY, REGIME, THE_COUNTRY, Country, Entry, When
from eventlens.resolve.actors.text import name_key

_REGIME_PART = f" ({REGIME})"
_CLOSED_REGIME = re.compile(r"\((\d{4})-\d{4}\)")
_SUB_UNIT = re.compile(r"^(.*\(\d{4}-(?:\d{4})?\))\s+\S.*$")


def acled_key(name: str) -> str:
    """Compare ACLED names across exports: ACLED rewrites "(2014-)" to "(2014-2021)" once the regime ends,
    so the end year is dropped before comparing."""
    return name_key(_CLOSED_REGIME.sub(r"(\1-)", name))


def parent_name(name: str) -> str | None:
    """The force a sub-unit belongs to: "Military Forces of Syria (2000-) 4th Armored Division" ->
    "Military Forces of Syria (2000-)"."""
    match = _SUB_UNIT.match(name.strip())
    return match.group(1) if match else None


def render(entry: Entry, country: Country | None, when: When, regime: str | None = None) -> str | None:
    """The ACLED name of `entry` for a country and time; None when a template has no country to fill."""
    if not entry.templated:
        return entry.acled
    if country is None:
        return entry.no_country or None
    span = regime or country.regime(when)
    text = entry.acled.replace(_REGIME_PART, f" ({span})" if span else "").replace(REGIME, span or "")
    return text.replace(THE_COUNTRY, country.the_name).replace(COUNTRY, country.name)


@dataclass(frozen=True)
class TemplateMatch:
    country: str
    regime: str | None


class Template:
    """A templated entry's name as a pattern: "Police Forces of Nigeria (2015-)" gives country and regime."""

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.pattern = re.compile(_pattern(entry.acled), re.IGNORECASE)
        # More literal text is a more specific template: "... Gendarmerie" is tried before the bare military one.
        self.specificity = len(re.sub(r"\{\w+\}", "", entry.acled))

    def match(self, name: str) -> TemplateMatch | None:
        found = self.pattern.fullmatch(" ".join(name.split()))
        if found is None:
            return None
        return TemplateMatch(found.group("country").strip(), found.groupdict().get("regime"))


def _pattern(template: str) -> str:
    parts = re.split(r"( \(\{regime\}\)|\{the_country\}|\{country\}|\{regime\})", template)
    out = []
    for part in parts:
        if part == _REGIME_PART:
            out.append(r"(?: \((?P<regime>\d{4}-(?:\d{4})?)\))?")
        elif part == THE_COUNTRY:
            out.append(r"(?:the )?(?P<country>[^()]+?)")
        elif part == COUNTRY:
            out.append(r"(?P<country>[^()]+?)")
        elif part == REGIME:
            out.append(r"(?P<regime>\d{4}-(?:\d{4})?)")
        else:
            out.append(re.escape(part))
    return "".join(out)
