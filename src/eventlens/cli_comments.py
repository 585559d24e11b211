"""`eventlens comments`: each reader comment of each page, or each comment of a moderation queue, scored."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from eventlens.comments import CommentModelError, CommentScorer, comment_scorer, score_document, summarise
from eventlens.ingest import IngestOptions, read_inputs
from eventlens.ingest.comment_queue import QueuedComment, read_comment_queue
from eventlens.types import CommentScores, Document, InputError

if TYPE_CHECKING:
    from eventlens.cli import _ErrorLog

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2
QUEUE_BATCH = 64


def add_parser(commands: argparse._SubParsersAction) -> None:
    comments = commands.add_parser(
        "comments",
        help="score reader comments: hate, insults, cheering violence, disputes of the report",
        description="One JSON object per comment: doc_id (or id), index, text, each score (0-1) and labels "
        "(the scores >= 0.5). A summary per article goes to stderr, or alone to stdout with --summary.",
    )
    comments.add_argument("inputs", nargs="*", help="pages as `eventlens extract` reads them (files, folders, -)")
    comments.add_argument("--classify", metavar="FILE", help="standalone comments: .jsonl or a .json array (id, "
                          "text), .csv (id, text) or .txt (one per line, id = line number); a line that cannot be "
                          "read is reported and the rest goes on (exit 1)")  # fmt: skip
    comments.add_argument("--summary", action="store_true", help="print only the summaries, as JSON: one per "
                          "article, or one for the whole --classify queue")  # fmt: skip
    add_comment_model_options(comments)
    comments.set_defaults(handler=command_comments)


def add_comment_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--comment-model", metavar="MODEL", help="score comments with MODEL instead of the packaged "
                        "one: a model file from `python -m eventlens.comments.train`, or module:attribute naming an "
                        "object with probabilities(text) (a bigger model, a client of your LLM endpoint)")  # fmt: skip
    parser.add_argument("--rules-only", action="store_true", help="score comments with the lexicon rules alone")


def scorer_from_args(args: argparse.Namespace) -> CommentScorer:
    return comment_scorer(args.comment_model, args.rules_only)


def command_comments(args: argparse.Namespace) -> int:
    if not args.inputs and not args.classify:
        print("eventlens: error: give pages to read or --classify FILE", file=sys.stderr)
        return EXIT_USAGE
    from eventlens.cli import _ErrorLog

    try:
        scorer = scorer_from_args(args)
    except CommentModelError as error:
        print(f"eventlens: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    log = _ErrorLog()
    if args.classify:
        queue = _classify(read_comment_queue(args.classify), scorer, log, args.classify, not args.summary)
        _summary("queue", args.classify, queue, args.summary)
    for document in log.documents(read_inputs(args.inputs, IngestOptions())):
        try:
            scored = score_document(scorer, document)
        except Exception as error:
            log.report(_not_scored(scorer, document.doc_id, error))
            continue
        _page(document, scored, args.summary)
    return EXIT_INPUT_ERRORS if log.failed else EXIT_OK


def _not_scored(scorer: CommentScorer, origin: str, error: Exception) -> InputError:
    return InputError(origin, scorer.failure(error))


def _classify(
    queue: Iterable[QueuedComment | InputError], scorer: CommentScorer, log: _ErrorLog, origin: str, rows: bool
) -> list[CommentScores]:
    """A moderation queue scored QUEUE_BATCH comments at a time (a model that scores a batch at once, as the MiniLM
    one does, gets them together), each written when `rows`; a line that cannot be read is reported as it comes."""
    scored: list[CommentScores] = []
    batch: list[QueuedComment] = []
    for comment in queue:
        if isinstance(comment, InputError):
            log.report(comment)
            continue
        batch.append(comment)
        if len(batch) == QUEUE_BATCH:
            scored += _score_queued(batch, scorer, log, origin, rows)
            batch = []
    return scored + _score_queued(batch, scorer, log, origin, rows)


def _score_queued(
    batch: list[QueuedComment], scorer: CommentScorer, log: _ErrorLog, origin: str, rows: bool
) -> list[CommentScores]:
    """A batch at once; when the model fails on it, comment by comment, so only the comments it fails on are lost
    (each said, and the queue goes on)."""
    try:
        found = list(zip(batch, scorer.score_many([comment.text for comment in batch], set()), strict=True))
    except Exception:
        found = []
        for comment in batch:
            try:
                found.append((comment, scorer.score(comment.text)))
            except Exception as error:
                log.report(_not_scored(scorer, f"{origin}:{comment.id}", error))
    if rows:
        for comment, scores in found:
            _write({"id": comment.id, **_row(0, comment.text, scores)})
    return [scores for _, scores in found]


def _page(document: Document, scored: list[CommentScores], summary_only: bool) -> None:
    if not summary_only:
        for index, (comment, scores) in enumerate(zip(document.comments, scored, strict=True)):
            _write({"doc_id": document.doc_id, **_row(index, comment.text, scores)})
    _summary("doc_id", document.doc_id, scored, summary_only)


def _summary(key: str, origin: str, scored: list[CommentScores], summary_only: bool) -> None:
    """A page's or a queue's comments summed up: as JSON on stdout with --summary, else a line on stderr."""
    summary = summarise(scored)
    if summary_only:
        _write({key: origin, **summary.as_dict()})
    else:
        print(f"eventlens: {origin}: {summary.comments} comments, {summary.hateful} hateful, "
              f"disputed: {', '.join(summary.disputed) or 'nothing'}", file=sys.stderr)  # fmt: skip


def _row(index: int, text: str, scores: CommentScores) -> dict[str, Any]:
    evidence = {name: [text[start:end] for start, end in spans] for name, spans in scores.evidence.items()}
    return {"index": index, "text": text, **scores.as_dict(), "labels": scores.labels, "evidence": evidence}


def _write(item: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
