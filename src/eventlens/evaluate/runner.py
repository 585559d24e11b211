"""Running the evaluation: feed the gold documents through a pipeline, score each main event as it streams out."""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tqdm import tqdm

from eventlens.evaluate.fields import Field, default_fields
from eventlens.evaluate.gold import GoldItem, GoldSet
from eventlens.evaluate.report import Report, Scorer
from eventlens.types import Document, EventRecord

if TYPE_CHECKING:
    from eventlens.pipeline import PipelineConfig


class ResultLike(Protocol):
    """What the evaluation needs of `eventlens.pipeline.DocumentResult` (a property, so frozen results fit too)."""

    @property
    def document(self) -> Document: ...

    def main_event(self) -> EventRecord | None: ...


ProcessFn = Callable[[Iterable[Document]], Iterable[ResultLike]]


def evaluate(
    gold: GoldSet,
    process: ProcessFn,
    *,
    fields: Sequence[Field] | None = None,
    progress: bool = False,
    total: int | None = None,
    keep_rows: bool = False,
) -> Report:
    """Score the main event of every gold document. `process` gets the documents as a lazy iterable and must
    yield one result per document in input order; a document it skips is scored as "no event" and counted
    as dropped. `fields` defaults to the gold kind's fields with the project's actor dictionary, if any;
    `keep_rows` adds every row's predicted and gold values, and each document's main event, to the report."""
    if fields is None:
        fields = default_fields(gold.kind)
    scorer = Scorer(fields, keep_rows=keep_rows)
    # Items wait here between being handed to the pipeline and their result coming back, so a pipeline that
    # reads ahead in batches still gets a stream, and nothing but the in-flight window is held in memory.
    pending: deque[GoldItem] = deque()

    def documents() -> Iterator[Document]:
        for item in gold.items():
            pending.append(item)
            yield item.document

    started = time.perf_counter()
    with tqdm(total=total, unit="doc", desc=f"evaluate {gold.kind}", file=sys.stderr, disable=not progress) as bar:
        for result in process(documents()):
            doc_id = result.document.doc_id
            while pending and pending[0].document.doc_id != doc_id:
                scorer.add(pending.popleft(), None, dropped=True)
                bar.update()
            if not pending:
                raise RuntimeError(f"the pipeline returned document {doc_id!r} out of order or never given to it")
            scorer.add(pending.popleft(), result.main_event())
            bar.update()
        while pending:
            scorer.add(pending.popleft(), None, dropped=True)
            bar.update()
    seconds = time.perf_counter() - started
    return scorer.report(
        gold_kind=gold.kind, source=gold.path.name, seconds=seconds, limit=gold.limit, skipped_rows=gold.skipped_rows
    )


def run_evaluation(
    path: str | Path,
    gold_kind: str,
    limit: int | None = None,
    *,
    config: PipelineConfig | None = None,
    progress: bool = True,
    keep_rows: bool = False,
    fields: Sequence[Field] | None = None,
) -> Report:
    """`eventlens evaluate FILE --gold KIND [--limit N]`: the real pipeline over a gold file. `gold_kind` is one of
    GOLD_KINDS ("acled", "gtd", "fakes"); `limit` scores the first N rows; `progress` draws a bar on stderr;
    `keep_rows` and `fields` as for `evaluate`."""
    # Imported here, not at module top: the pipeline loads spaCy models, and tests drive `evaluate` with fakes.
    from eventlens.pipeline import Pipeline

    gold = GoldSet(Path(path), gold_kind, limit)
    total = gold.count_documents() if progress else None
    return evaluate(gold, Pipeline(config).process, fields=fields, progress=progress, total=total, keep_rows=keep_rows)
