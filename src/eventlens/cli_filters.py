"""The options that choose incidents from the event store, shared by `eventlens events` and `eventlens export`:
the database (`--db`) and the filters (`--country`, `--since` …), turned into an `EventFilter`; and the date
argument type every command uses (`--since`, `--published`)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import get_args

from eventlens.types.comment_summary import CLAIMS
from eventlens.types.incident import EventFilter
from eventlens.types.record import Certainty
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF, ACLED_SUB_EVENT_TYPES

DEFAULT_DB = "eventlens.db"


def iso_date(value: str) -> dt.date:
    """An argument type: a date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: use YYYY-MM-DD, e.g. 2018-07-06") from error


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="URL",
        help=f"the event store: an SQLite file, sqlite:///path or postgresql://user@host/name (default: {DEFAULT_DB})",
    )


def _codebook_value(kind: str, values: tuple[str, ...]) -> Callable[[str], str]:
    """An argument type: a value of ACLED's codebook in any case, given back as the codebook spells it. A typo
    ("Batles") is an error, not a filter that silently admits nothing."""
    spelled = {value.casefold(): value for value in values}

    def parse(text: str) -> str:
        found = spelled.get(text.strip().casefold())
        if found is None:
            raise argparse.ArgumentTypeError(f"{text!r} is no ACLED {kind}; one of: {', '.join(values)}")
        return found

    return parse


def missing_sqlite_file(url: str) -> str | None:
    """The path of an SQLite store that does not exist (a path or sqlite:///path), else None. Commands that only
    read or correct a store refuse it: opening would create an empty one, so a mistyped name would show nothing
    and leave a stray file."""
    from eventlens.store.database import StoreError, database_url

    try:
        parsed = database_url(url)
    except StoreError:
        return None  # opening it says what is wrong
    path = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or path in ("", ":memory:") or path.startswith("file:"):
        return None  # a server, memory, or an SQLite URI (read-only, shared cache) that SQLite itself opens
    return None if Path(path).exists() else path


def shown_store(url: str) -> str:
    """The store as a message names it: a path as given, a URL without its password."""
    if "://" not in url:
        return url
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The filters, each optional; text criteria ignore case."""
    filters = parser.add_argument_group("filters (each optional; all given must hold)")
    filters.add_argument("--since", type=iso_date, metavar="DATE", help="incidents on or after this date (YYYY-MM-DD)")
    filters.add_argument("--until", type=iso_date, metavar="DATE", help="incidents on or before this date (YYYY-MM-DD)")
    filters.add_argument("--country", help="country, as ACLED names it (any case), e.g. Syria")
    filters.add_argument("--admin1", help="first-level division (province, state, governorate), e.g. Idlib")
    filters.add_argument("--actor", help="part of an actor's name, on either side or associated, e.g. 'Islamic State'")
    filters.add_argument("--type", dest="event_type", metavar="EVENT_TYPE",
                         type=_codebook_value("event type", tuple(ACLED_SUB_EVENT_TYPES)),
                         help="ACLED event type (any case), e.g. Battles")  # fmt: skip
    filters.add_argument("--sub-type", dest="sub_event_type", metavar="SUB_EVENT_TYPE",
                         type=_codebook_value("sub-event type", tuple(ACLED_EVENT_TYPE_OF)),
                         help="ACLED sub-event type (any case), e.g. 'Air/drone strike'")  # fmt: skip
    filters.add_argument("--certainty", choices=get_args(Certainty), help="how well the incident is corroborated")
    filters.add_argument("--text", help="words in the place names, actors, notes or evidence")
    filters.add_argument("--include-rejected", action="store_true", help="also incidents an analyst rejected")
    filters.add_argument("--disputed", choices=(*CLAIMS, "any"), help="incidents whose reports' readers dispute "
                         "this claim in their comments (not a source: certainty is the reports' own)")  # fmt: skip


def event_filter(args: argparse.Namespace) -> EventFilter:
    """The EventFilter the parsed filter options describe."""
    return EventFilter(
        since=args.since,
        until=args.until,
        country=args.country,
        admin1=args.admin1,
        actor=args.actor,
        event_type=args.event_type,
        sub_event_type=args.sub_event_type,
        certainty=args.certainty,
        text=args.text,
        include_rejected=args.include_rejected,
        disputed=args.disputed,
    )
