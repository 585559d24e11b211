"""`make bench`: eventlens extract against bare spaCy on the same texts, and peak memory on a big JSONL.

1. Throughput: the bundled sample corpus, cycled to BENCH_DOCS documents, through bare `nlp.pipe` (the same
   spaCy model, all its components) and through the whole eventlens pipeline, in this one process after a
   warm-up. Prints documents per second for each and their ratio (target: eventlens >= 0.6 x spaCy).
2. Memory: BENCH_MEMORY_DOCS one-paragraph documents (default 100,000) in one JSONL file, through the
   `eventlens extract` command in a child process; prints its peak RSS (target: < 1.5 GB) and rate.
Set BENCH_DOCS=0 to skip part 1, BENCH_MEMORY_DOCS=0 to skip part 2."""

from __future__ import annotations

import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventlens.ingest import IngestOptions, read_inputs
from eventlens.nlp import load_language
from eventlens.pipeline import Pipeline
from eventlens.types import Document

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "samples" / "corpus"
THROUGHPUT_DOCS = int(os.environ.get("BENCH_DOCS", "1000"))
MEMORY_DOCS = int(os.environ.get("BENCH_MEMORY_DOCS", "100000"))
WARM_UP = 20


def sample_documents() -> list[Document]:
    return [item for item in read_inputs([str(CORPUS)], IngestOptions()) if isinstance(item, Document)]


def copies(documents: list[Document], count: int) -> list[Document]:
    cycled = itertools.islice(itertools.cycle(documents), count)
    return [Document(**{**vars(d), "doc_id": f"{d.doc_id}#{i}"}) for i, d in enumerate(cycled)]


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:8.1f} docs/s ({count} docs in {seconds:.1f} s)"


def throughput(documents: list[Document]) -> None:
    nlp = load_language()
    pipeline = Pipeline()
    texts = [d.text for d in documents]
    list(nlp.pipe(texts[:WARM_UP]))
    list(pipeline.process(documents[:WARM_UP]))

    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=pipeline.config.batch_size):
        pass
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    events = sum(len(result.records) for result in pipeline.process(documents))
    eventlens_seconds = time.perf_counter() - start

    words = sum(len(t.split()) for t in texts)
    print(f"throughput on {len(documents)} sample documents ({words / len(documents):.0f} words each on average)")
    print(f"  bare spaCy nlp.pipe   {rate(len(documents), spacy_seconds)}")
    print(f"  eventlens extract     {rate(len(documents), eventlens_seconds)}  -> {events} events")
    print(f"  ratio                 {spacy_seconds / eventlens_seconds:.2f} x spaCy (target >= 0.60)")


def paragraphs(documents: list[Document]) -> list[str]:
    found = []
    for document in documents:
        for block in document.reporting_blocks():
            text = document.text[block.start : block.end].strip()
            if len(text.split()) >= 15:
                found.append(text)
    return found


def memory(documents: list[Document]) -> None:
    texts = paragraphs(documents)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for i, text in enumerate(itertools.islice(itertools.cycle(texts), MEMORY_DOCS)):
                stream.write(json.dumps({"id": f"doc-{i}", "text": text, "published": "2023-03-14"}) + "\n")
        command = [sys.executable, "-m", "eventlens.cli", "extract", str(path), "-o", os.devnull, "--no-progress"]
        start = time.perf_counter()
        finished = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"streaming {MEMORY_DOCS} one-paragraph documents from one JSONL file through `eventlens extract`")
    print(f"  exit status {finished.returncode}; {finished.stderr.strip().splitlines()[-1] if finished.stderr else ''}")
    print(f"  {rate(MEMORY_DOCS, seconds)}")
    print(f"  peak RSS {peak_mb:,.0f} MB (target < 1,536 MB)")


def main() -> None:
    documents = sample_documents()
    if THROUGHPUT_DOCS:
        throughput(copies(documents, THROUGHPUT_DOCS))
    if MEMORY_DOCS:
        memory(documents)


if __name__ == "__main__":
    main()
