"""`eventlens export`: the event store's incidents, filtered, as ACLED CSV, ACLED's aggregated CSV, GeoJSON or JSON
Lines. Incidents stream from the store into the file; a file is written under a temporary name and renamed when
complete, so an export that fails leaves no half file behind."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from eventlens.cli_filters import add_db_option, add_filter_options, event_filter, missing_sqlite_file
from eventlens.export import INCIDENT_FORMATS, write_incidents

if TYPE_CHECKING:
    from eventlens.store import EventStore

EXIT_OK, EXIT_USAGE = 0, 2
STDOUT = "-"
_FORMAT_OF_SUFFIX = {
    ".geojson": "geojson",
    ".json": "geojson",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "acled-csv",
}


def _open_store(url: str) -> EventStore:
    from eventlens.store import EventStore

    return EventStore.open(url)


def format_of(output: str, chosen: str | None) -> str | None:
    """--format when given, else the output's extension (a .csv is ACLED's CSV), else None."""
    return chosen or _FORMAT_OF_SUFFIX.get(Path(output).suffix.lower())


@contextmanager
def _output(path: str) -> Iterator[TextIO]:
    if path == STDOUT:
        yield sys.stdout
        return
    partial = f"{path}.part"
    try:
        with open(partial, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def command_export(args: argparse.Namespace) -> int:
    from eventlens.store import StoreError

    kind = format_of(args.output, args.format)
    if kind is None:
        print(f"eventlens: error: say which format to write with --format ({', '.join(INCIDENT_FORMATS)})",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    missing = missing_sqlite_file(args.db)
    if missing is not None:
        # Opening would create an empty store: a mistyped name would export nothing and leave a stray file.
        print(f"eventlens: error: no event store at {missing}", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = _open_store(args.db)
        try:
            with _output(args.output) as stream:
                count = write_incidents(kind, store.incidents(event_filter(args)), stream)
        finally:
            store.close()
    except StoreError as error:
        print(f"eventlens: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # stdout closed by its reader (`| head`): main ends quietly, as a pipe's writer should
    except OSError as error:
        print(f"eventlens: error: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    where = "stdout" if args.output == STDOUT else args.output
    print(f"eventlens: {count} {'rows' if kind.endswith('csv') else 'incidents'} written to {where}", file=sys.stderr)
    return EXIT_OK


def add_parser(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="the event store's incidents as ACLED CSV, ACLED's aggregated CSV, GeoJSON or JSON lines",
        description="Write the store's incidents, filtered. acled-csv: one row per incident in ACLED's columns, with "
        "inter codes, interaction, ISO code, region, disorder type and source scale derived; acled-aggregated-csv: "
        "ACLED's rule (same day, town, actors and sub-event type -> one row, with a count of events); geojson: one "
        "Feature per incident with its sources, reports, disagreements and review; jsonl: each incident whole.",
    )
    export.add_argument("--format", choices=INCIDENT_FORMATS, help="what to write (default: from the extension of -o)")
    export.add_argument("-o", "--output", default=STDOUT, metavar="FILE", help="where to write (default: stdout)")
    add_db_option(export)
    add_filter_options(export)
    export.set_defaults(handler=command_export)
