"""`eventlens ingest`, `events`, `edit` and `db`: reports into the event store, incidents out of it, an
analyst's corrections, the schema brought up to date."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from eventlens.cli_filters import add_db_option, add_filter_options, event_filter, missing_sqlite_file, shown_store
from eventlens.types import Correction, Document, Incident, InputError

if TYPE_CHECKING:
    from eventlens.store import EventStore

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_COLUMNS = (
    ("id", 16),
    ("date", 10),
    ("sub-event type", 26),
    ("actors", 46),
    ("where", 36),
    ("dead", 4),
    ("certainty", 9),
)


def _user() -> str:
    return os.environ.get("USER") or os.environ.get("LOGNAME") or "unknown"


def _open(url: str, *, existing: bool = False) -> EventStore:
    """The store at `url`; with `existing`, an SQLite file that is not there is an error, not a new store."""
    from eventlens.store import EventStore, StoreError

    missing = missing_sqlite_file(url) if existing else None
    if missing is not None:
        raise StoreError(f"no event store at {missing} (`eventlens ingest REPORTS --db {missing}` makes one)")
    return EventStore.open(url)


def _new_or_changed(store: EventStore, documents: Iterable[Document], counts: Counter[str]) -> Iterator[Document]:
    """The documents the store does not hold as they are; the others are counted unchanged without being
    extracted (a folder ingested again every day costs its new files only)."""
    for document in documents:
        if store.is_unchanged(document):
            counts["unchanged"] += 1
        else:
            yield document


def command_ingest(args: argparse.Namespace) -> int:
    from eventlens.cli import _ErrorLog, _ingest_options, _progress
    from eventlens.ingest import read_inputs
    from eventlens.pipeline import Pipeline, PipelineConfig

    log = _ErrorLog()
    counts: Counter[str] = Counter()
    incidents: set[str] = set()
    # The pipeline first: a comment model that cannot load is refused before the store is opened (or created).
    pipeline = Pipeline(PipelineConfig(model=args.model, comment_model=args.comment_model))
    with _open(args.db) as store:
        documents = _progress(log.documents(read_inputs(args.inputs, _ingest_options(args))), not args.no_progress)
        for result in pipeline.process(_new_or_changed(store, documents, counts)):
            if result.error is not None:
                log.report(InputError(result.document.doc_id, result.error))
                continue
            outcome = store.ingest(result)
            if result.comment_error is not None:
                print(f"eventlens: {result.document.doc_id}: {result.comment_error}; stored unscored: "
                      "`eventlens db rescore-comments` scores them", file=sys.stderr)  # fmt: skip
            counts[outcome.status] += 1
            if outcome.status != "unchanged":  # an unchanged document's incidents are as they were
                incidents.update(outcome.incident_ids)
        total = store.count()
    print(
        f"eventlens: {counts['added']} added, {counts['unchanged']} unchanged, {counts['updated']} updated, "
        f"{log.failed} failed, {log.skipped} skipped; {len(incidents)} incidents new or changed, {total} in {shown_store(args.db)}",
        file=sys.stderr,
    )
    return EXIT_FAILED if log.failed else EXIT_OK


def _cells(incident: Incident) -> tuple[str, ...]:
    r = incident.record
    kind = r.sub_event_type or r.event_type or ""
    actors = " vs ".join(x for x in (r.actor1, r.actor2) if x)
    where = ", ".join(x for x in (r.location, r.admin1, r.country) if x)
    dead = "?" if r.fatalities is None else str(r.fatalities)
    certainty = "rejected" if incident.review == "rejected" else r.certainty or ""
    return incident.incident_id, r.event_date or "", kind, actors, where, dead, certainty


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(incidents: Iterable[Incident]) -> int:
    print("  ".join(f"{name:<{width}}" for name, width in _COLUMNS).rstrip())
    count = 0
    for incident in incidents:
        cells = _cells(incident)
        line = "  ".join(f"{_clip(c, w):<{w}}" for c, (_, w) in zip(cells, _COLUMNS, strict=True))
        reports = len(incident.mentions)
        print(f"{line.rstrip()}  ({reports} report{'' if reports == 1 else 's'})")
        count += 1
    return count


def command_events(args: argparse.Namespace) -> int:
    with _open(args.db, existing=True) as store:
        where = event_filter(args)
        incidents = store.incidents(where, limit=args.limit, newest_first=not args.oldest_first)
        if args.json:
            for incident in incidents:
                print(incident.model_dump_json())
            return EXIT_OK
        shown = print_table(incidents)
        total = store.count(where)
    print(f"{shown} of {total} incidents" + ("" if shown == total else " (--limit N shows more)"), file=sys.stderr)
    return EXIT_OK


def _corrections(args: argparse.Namespace) -> list[Correction]:
    from eventlens.store import CorrectionError, parse_value

    at = dt.datetime.now(dt.UTC)
    if args.confirm or args.reject:
        action = "confirm" if args.confirm else "reject"
        return [Correction(action=action, author=args.author, at=at, note=args.note)]
    corrections = []
    for assignment in args.set:
        field, equals, text = assignment.partition("=")
        if not equals or not field.strip():
            raise CorrectionError(f"--set {assignment!r}: write FIELD=VALUE, e.g. --set fatalities=3")
        field = field.strip()
        value = parse_value(field, text.strip())
        corrections.append(
            Correction(action="edit", field=field, value=value, author=args.author, at=at, note=args.note)
        )
    return corrections


def command_edit(args: argparse.Namespace) -> int:
    with _open(args.db, existing=True) as store:
        incident = store.correct(args.incident_id, *_corrections(args))  # one bad --set keeps none
    r = incident.record
    print(f"{incident.incident_id}: review {incident.review}; {len(incident.corrections)} corrections kept")
    print(f"  {r.event_date or '?'} {r.event_type or '?'} / {r.sub_event_type or '?'}, {r.location or '?'}, "
          f"{r.fatalities if r.fatalities is not None else '?'} dead, certainty {r.certainty or '?'}")  # fmt: skip
    return EXIT_OK


def command_db_upgrade(args: argparse.Namespace) -> int:
    with _open(args.db) as store:
        print(f"{store.url}: schema at revision {store.schema_revision()} (the newest)")
        # Comments stored before they were scored would otherwise show as "not scored" until re-scored.
        scored = store.rescore_comments(stale=False)
        if scored:
            print(f"{store.url}: scored the reader comments of {scored} document(s) stored unscored")
    return EXIT_OK


def command_db_rescore(args: argparse.Namespace) -> int:
    from eventlens.cli_comments import scorer_from_args

    scorer = scorer_from_args(args)
    with _open(args.db, existing=True) as store:
        count = store.rescore_comments(scorer, stale=True)
        print(f"{store.url}: re-scored the reader comments of {count} document(s) with {scorer.name}")
    return EXIT_OK


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A store that cannot be opened, an unknown incident or a bad correction: one line, nothing changed."""

    def run(args: argparse.Namespace) -> int:
        from eventlens.comments import CommentModelError
        from eventlens.store import StoreError

        try:
            return handler(args)
        except (StoreError, CommentModelError) as error:
            print(f"eventlens: error: {error}", file=sys.stderr)
            return EXIT_USAGE

    return run


def add_parser(commands: argparse._SubParsersAction) -> None:
    # cli.py calls this while building its parser, so its shared helpers are loaded by then.
    from eventlens.cli import _add_input_options, _count
    from eventlens.cli_comments import add_comment_model_options
    from eventlens.nlp.analysis import DEFAULT_MODEL

    ingest = commands.add_parser("ingest", help="extract events from reports and store them, merged into incidents",
                                 description="Reads what `extract` reads, extracts, and stores each document, its "
                                 "records and the incidents they merge into. The same document again changes "
                                 "nothing; an updated article (same URL) replaces its records and keeps its "
                                 "history.")  # fmt: skip
    _add_input_options(ingest)
    add_db_option(ingest)
    ingest.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    ingest.add_argument("--comment-model", metavar="MODEL", help="score reader comments with MODEL (see "
                        "`eventlens comments --help`) instead of the packaged model")  # fmt: skip
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    ingest.set_defaults(handler=_guarded(command_ingest))

    events = commands.add_parser("events", help="list stored incidents, filtered",
                                 description="Stored incidents, newest first: a table, or JSON lines with --json "
                                 "(each an Incident: the merged record, its reports, disagreements, corrections).")  # fmt: skip
    add_db_option(events)
    add_filter_options(events)
    events.add_argument("--limit", type=_count(1), metavar="N", help="at most N incidents")
    events.add_argument("--json", action="store_true", help="one JSON object per incident")
    events.add_argument("--oldest-first", action="store_true", help="in date order (default: newest first)")
    events.set_defaults(handler=_guarded(command_events))

    edit = commands.add_parser("edit", help="correct, confirm or reject an incident (kept with who, when, why)",
                               description="An analyst's correction. It is kept in the store with its author, time "
                               "and note, and no later ingest or merge overwrites it.")  # fmt: skip
    add_db_option(edit)
    edit.add_argument("incident_id", help="the incident's id, as `eventlens events` shows it")
    what = edit.add_mutually_exclusive_group(required=True)
    what.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                      help="set a field of the record, e.g. fatalities=3 or admin1=null (repeatable)")  # fmt: skip
    what.add_argument("--confirm", action="store_true", help="confirm the incident")
    what.add_argument("--reject", action="store_true", help="reject it: queries and exports leave it out")
    edit.add_argument("--note", required=True, help="why: the source or reasoning behind the correction")
    edit.add_argument("--author", default=_user(), help="who corrects (default: $USER)")
    edit.set_defaults(handler=_guarded(command_edit))

    db = commands.add_parser("db", help="the store's database: bring its schema up to date, re-score comments")
    db_actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = db_actions.add_parser("upgrade", help="run the migrations it has not had (opening a store does too) "
                                    "and score the reader comments stored unscored")  # fmt: skip
    add_db_option(upgrade)
    upgrade.set_defaults(handler=_guarded(command_db_upgrade))
    rescore = db_actions.add_parser("rescore-comments", help="score stored reader comments that are unscored or "
                                    "were scored by another model or rules' version",
                                    description="Scores the stored reader comments no model scored and those "
                                    "another model or rules' version scored (each comment keeps what scored it), "
                                    "200 documents a transaction: stopped, it keeps what it did, and run again it "
                                    "goes on. Records and certainty never change: comments are not sources.")  # fmt: skip
    add_db_option(rescore)
    add_comment_model_options(rescore)
    rescore.set_defaults(handler=_guarded(command_db_rescore))
