"""Ingests a file of already-extracted results into a store, printing how many were stored after each
commit: the crash test runs it in a subprocess and kills it mid-way.
    python -m tests.store.crash_ingest DB RESULTS.jsonl"""

from __future__ import annotations

import sys
from pathlib import Path

from eventlens.store import EventStore
from tests.store.corpus import read_results


def main(database: str, path: str) -> None:
    with EventStore.open(database) as store:
        for number, result in enumerate(read_results(Path(path)), 1):
            store.ingest(result)
            print(number, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
