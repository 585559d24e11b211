"""The `eventlens` command line: extract, read, evaluate, errors, schema, gazetteer."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from eventlens import __version__, cli_comments, cli_export, cli_gazetteer, cli_serve, cli_store
from eventlens.cli_filters import iso_date
from eventlens.evaluate.gold import GoldFormatError
from eventlens.export import FORMATS, RecordWriter, open_writer
from eventlens.ingest import IngestOptions, read_inputs
from eventlens.nlp.analysis import DEFAULT_MODEL, ModelNotInstalled
from eventlens.resolve.actors import TableError
from eventlens.types import BlockKind, Document, InputError, record_json_schema

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _count(minimum: int) -> Callable[[str], int]:
    """An argument type: a whole number no smaller than `minimum`."""

    def parse(value: str) -> int:
        message = f"{value!r} is not a whole number of at least {minimum}"
        try:
            number = int(value)
        except ValueError as error:
            raise argparse.ArgumentTypeError(message) from error
        if number < minimum:
            raise argparse.ArgumentTypeError(message)
        return number

    return parse


def _ingest_options(args: argparse.Namespace) -> IngestOptions:
    return IngestOptions(
        text_column=args.text_column,
        id_column=args.id_column,
        published_column=args.published_column,
        default_published=args.published,
    )


class _ErrorLog:
    """Reports each unreadable input on stderr as one line, and remembers whether any failed."""

    def __init__(self) -> None:
        self.failed = 0
        self.skipped = 0

    def report(self, error: InputError) -> None:
        if error.skipped:
            self.skipped += 1
            print(f"eventlens: skipped {error.origin}: {error.reason}", file=sys.stderr)
        else:
            self.failed += 1
            print(f"eventlens: error: {error.origin}: {error.reason}", file=sys.stderr)

    def documents(self, items: Iterable[Document | InputError]) -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                self.report(item)
            else:
                yield item


def _progress(items: Iterable[Document], enabled: bool) -> Iterable[Document]:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="extract", unit="doc", file=sys.stderr, disable=None)


_FORMAT_OF_EXTENSION = {"jsonl": "jsonl", "ndjson": "jsonl", "csv": "csv", "geojson": "geojson", "json": "geojson"}


def _format_of(path: str, chosen: str | None) -> str:
    """The output format: --format when given, else the file's extension, else JSON lines."""
    return chosen or _FORMAT_OF_EXTENSION.get(Path(path).suffix.lower().lstrip("."), "jsonl")


def _open_outputs(paths: list[str], chosen: str | None, stack: ExitStack) -> list[RecordWriter]:
    if not paths:
        return [open_writer(chosen or "jsonl", sys.stdout)]
    writers = []
    for path in paths:
        if path == "-":
            stream: TextIO = sys.stdout
        else:
            try:
                stream = stack.enter_context(open(path, "w", encoding="utf-8", newline=""))  # noqa: SIM115
            except OSError as error:
                raise UsageError(f"cannot write {path}: {error.strerror}") from error
        writers.append(open_writer(_format_of(path, chosen), stream))
    return writers


def command_extract(args: argparse.Namespace) -> int:
    from eventlens.pipeline import Pipeline, PipelineConfig

    log = _ErrorLog()
    missing = [path for path in args.actors if not Path(path).is_file()]
    if missing:
        raise UsageError(f"no such actor table: {', '.join(missing)}")
    config = PipelineConfig(model=args.model, actor_files=tuple(Path(p) for p in args.actors))
    pipeline = Pipeline(config)
    documents = _progress(log.documents(read_inputs(args.inputs, _ingest_options(args))), not args.no_progress)
    count = 0
    with ExitStack() as stack:
        writers = _open_outputs(args.output, args.format, stack)
        for result in pipeline.process(documents):
            if result.error is not None:
                log.report(InputError(result.document.doc_id, result.error))
            for record in result.records:
                for writer in writers:
                    writer.write(record)
                count += 1
        for writer in writers:
            writer.close()
    print(f"eventlens: {count} events; {log.failed} inputs failed, {log.skipped} skipped", file=sys.stderr)
    return EXIT_INPUT_ERRORS if log.failed else EXIT_OK


def _document_as_dict(document: Document) -> dict[str, object]:
    return {
        "doc_id": document.doc_id,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "source": document.source,
        "url": document.url,
        "language": document.language,
        "body": "\n\n".join(b.of(document.text) for b in document.reporting_blocks() if b.kind is not BlockKind.TITLE),
        "text": document.text,
        "comments": [{"text": c.text, "author": c.author} for c in document.comments],
    }


def command_read(args: argparse.Namespace) -> int:
    log = _ErrorLog()
    for document in log.documents(read_inputs(args.inputs, _ingest_options(args))):
        data = _document_as_dict(document)
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
            continue
        print(f"doc_id:    {document.doc_id}")
        print(f"title:     {document.title or ''}")
        print(f"published: {data['published'] or 'unknown'}")
        print(f"source:    {document.source or 'unknown'}")
        print("--- text (evidence offsets point into this) ---")
        print(document.text.rstrip())
        print(f"--- {len(document.comments)} reader comments (never read as reporting) ---")
        for number, comment in enumerate(document.comments, 1):
            author = f" ({comment.author})" if comment.author else ""
            print(f"[{number}]{author} {comment.text.strip()}")
        print()
    return EXIT_INPUT_ERRORS if log.failed else EXIT_OK


def command_evaluate(args: argparse.Namespace) -> int:
    from eventlens.evaluate import run_evaluation

    if not Path(args.file).is_file():
        raise UsageError(f"no such file: {args.file}")
    report = run_evaluation(args.file, args.gold, limit=args.limit, progress=not args.no_progress)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_table())
    return EXIT_OK


def command_errors(args: argparse.Namespace) -> int:
    from eventlens.evaluate.errors import UnknownField, run_error_analysis

    if not Path(args.file).is_file():
        raise UsageError(f"no such file: {args.file}")
    try:  # field names are checked before the pipeline starts
        analysis = run_error_analysis(
            args.file,
            args.gold,
            args.field,
            args.limit,
            top=args.top,
            examples=args.examples,
            progress=not args.no_progress,
        )
    except UnknownField as error:
        raise UsageError(str(error)) from error
    print(json.dumps(analysis.to_dict(), indent=2, ensure_ascii=False) if args.json else analysis.to_text())
    return EXIT_OK


def command_schema(args: argparse.Namespace) -> int:
    print(json.dumps(record_json_schema(), indent=2))
    return EXIT_OK


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", help="files (.txt .md .html .jsonl .csv .rss .atom), folders, or - for stdin"
    )
    parser.add_argument("--published", type=iso_date, help="publication date (YYYY-MM-DD) for inputs that carry none")
    parser.add_argument("--text-column", default="text", help="CSV/JSONL column with the text (default: text)")
    parser.add_argument("--id-column", default="id", help="CSV/JSONL column with the document id (default: id)")
    parser.add_argument("--published-column", default="published", help="CSV/JSONL column with the publication date")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventlens",
        description="Read conflict news; write ACLED/GTD-style event records with evidence and provenance.",
    )
    parser.add_argument("--version", action="version", version=f"eventlens {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="event records from news reports", description="Event records "
                                  "from news reports: JSON lines on stdout by default.")  # fmt: skip
    _add_input_options(extract)
    extract.add_argument(
        "-o",
        "--output",
        action="append",
        default=[],
        metavar="FILE",
        help="write here instead of stdout; repeat for several files (format from the extension)",
    )
    extract.add_argument("--format", choices=FORMATS, help="output format (default: from the extension, else jsonl)")
    extract.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    extract.add_argument("--actors", action="append", default=[], metavar="FILE",
                         help="an actor table of your own, on top of the bundled one (repeatable)")  # fmt: skip
    extract.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    extract.set_defaults(handler=command_extract)

    read = commands.add_parser("read", help="show a document as eventlens reads it: title, body, comments")
    _add_input_options(read)
    read.add_argument("--json", action="store_true", help="one JSON object per document")
    read.set_defaults(handler=command_read)

    evaluate = commands.add_parser("evaluate", help="score the main event of each row against human-coded gold")
    evaluate.add_argument("file", help="a gold CSV, e.g. ../shared/data/dev/acled_may2020_dev.csv")
    evaluate.add_argument("--gold", required=True, choices=("acled", "gtd", "fakes"), help="which gold format")
    evaluate.add_argument("--limit", type=_count(1), metavar="N", help="score only the first N rows")
    evaluate.add_argument("--json", action="store_true", help="machine-readable report")
    evaluate.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    evaluate.set_defaults(handler=command_evaluate)

    errors = commands.add_parser("errors", help="where evaluate goes wrong: top confusions with their evidence",
                                 description="For each field, the most frequent (gold -> predicted) mismatches and "
                                 "their worst rows: evidence text, the rule that set the field, confidence.")  # fmt: skip
    errors.add_argument("file", help="a gold CSV, e.g. ../shared/data/dev/acled_may2020_dev.csv")
    errors.add_argument("--gold", required=True, choices=("acled", "gtd", "fakes"), help="which gold format")
    errors.add_argument("--field", action="append", metavar="NAME",
                        help="a field to analyse, as evaluate names it (repeatable; default: every classification "
                        "field)")  # fmt: skip
    errors.add_argument("--limit", type=_count(1), metavar="N", help="score only the first N rows")
    errors.add_argument("--top", type=_count(1), default=10, metavar="N", help="mismatches per field (default: 10)")
    errors.add_argument("--examples", type=_count(0), default=5, metavar="K", help="rows per mismatch (default: 5)")
    errors.add_argument("--json", action="store_true", help="machine-readable analysis")
    errors.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    errors.set_defaults(handler=command_errors)

    schema = commands.add_parser("schema", help="print the JSON Schema of the event record")
    schema.set_defaults(handler=command_schema)
    cli_gazetteer.add_parser(commands)
    cli_store.add_parser(commands)
    cli_export.add_parser(commands)
    cli_serve.add_parser(commands)
    cli_comments.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except (UsageError, ModelNotInstalled, TableError, GoldFormatError) as error:
        print(f"eventlens: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("eventlens: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except (OSError, UnicodeDecodeError) as error:
        print(f"eventlens: error: {error}", file=sys.stderr)
        return EXIT_INPUT_ERRORS


if __name__ == "__main__":
    sys.exit(main())
