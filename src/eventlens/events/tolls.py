"""An incident's toll when its reports give different figures.

ACLED's rule for conflicting reports (its fatality methodology, "Uses and limitations of ACLED data": "if source
reports differ or a vague estimate is provided, ACLED uses the most conservative estimate available" and notes the
dispute): the lowest figure a report gives. Followed here for deaths, injuries and combined counts alike, with
the dispute kept in the incident's `disagreements`. Two readings of "a figure" make it work on records:
- 0 means the report says nothing of deaths (a claim, a first flash), not that nobody died: it never undercuts a
  figure another report gives; null (deaths told without a number) stands only when no report gives a figure;
- the perpetrator's own channel counts its victims to suit itself: its figure stands only when no independent
  report gives one.
A later version of one outlet's report replacing its earlier toll is the store's business (it replaces that
document's records), not this rule's."""

from __future__ import annotations

from collections.abc import Sequence

from eventlens.types import EventRecord, MentionRef


def conservative_toll(members: Sequence[tuple[MentionRef, EventRecord]], count: str) -> tuple[int | None, str]:
    """The incident's `count` ("fatalities", "wounded", "killed_or_wounded") and the rule that set it."""
    figures = [(getattr(record, count), record.certainty == "claimed") for _, record in members]
    independent = [value for value, claimed in figures if value and not claimed]
    given = independent or [value for value, _ in figures if value]
    if given:
        whose = "independent reports" if independent else "the perpetrator's claims"
        distinct = ", ".join(str(value) for value in sorted(set(given)))
        return min(given), f"incident:acled-most-conservative(lowest of {whose}: {distinct})"
    if any(value is None for value, _ in figures):
        return None, "incident:told-without-a-figure"
    return 0, "incident:no-report-tells-any"
