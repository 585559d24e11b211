"""`make bench`, part 3: the event store, in SQLite and in PostgreSQL.

1. Ingest rate: BENCH_STORE_DOCS (default 2,000) ALREADY-EXTRACTED results (the synthetic reports of the crash
   test: incidents told by two or three outlets, every tenth an updated article) stored one transaction each,
   merged into incidents. Extraction is not timed here (`benchmarks/throughput.py` times it); this is the
   store's own cost per document, added to the pipeline's.
2. Queries at BENCH_STORE_INCIDENTS (default 100,000) stored incidents, bulk-generated (synthetic records over
   10 countries, 3 years, every event type): a filtered query (one country, three months), a filtered export
   (an actor's incidents written as JSON lines and as ACLED CSV), a count, a DataFrame of the filtered set, and the export of
   everything.
PostgreSQL runs when EVENTLENS_BENCH_POSTGRES_URL names a database (`make bench` starts a throwaway server)."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import insert, text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the synthetic reports live with the crash test that also uses them

from eventlens.events.incidents import consolidate, incident_id_for  # noqa: E402
from eventlens.export import write_incidents  # noqa: E402
from eventlens.store import EventStore  # noqa: E402
from eventlens.store.models import IncidentDataRow, IncidentRow  # noqa: E402
from eventlens.store.rows import fill_incident_row  # noqa: E402
from eventlens.types import EventFilter, EventRecord, MentionRef  # noqa: E402
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF  # noqa: E402
from tests.store.corpus import synthetic_results  # noqa: E402

DOCS = int(os.environ.get("BENCH_STORE_DOCS", "2000"))
INCIDENTS = int(os.environ.get("BENCH_STORE_INCIDENTS", "100000"))
POSTGRES = os.environ.get("EVENTLENS_BENCH_POSTGRES_URL")
_BATCH = 5000
_COUNTRIES = ("Syria", "Iraq", "Nigeria", "Yemen", "Somalia", "Mali", "Afghanistan", "Libya", "Sudan", "Ukraine")
_ACTORS = ("Islamic State", "Military Forces", "Police Forces", "Unidentified Armed Group", "Protesters", "Rioters")
_FIRST_DAY = dt.date(2022, 1, 1)
FILTERED = EventFilter(country="Syria", since=dt.date(2023, 4, 1), until=dt.date(2023, 6, 30))
ACTOR = EventFilter(actor="islamic state")


def _timed(action: Callable[[], object], repeats: int = 3) -> tuple[float, object]:
    """The best of a few runs: the first pays for warming caches (the database's and Python's imports)."""
    best, value = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        value = action()
        best = min(best, time.perf_counter() - start)
    return best, value


def ingest_rate(url: str) -> None:
    results = list(synthetic_results(DOCS))
    with EventStore.open(url) as store:
        start = time.perf_counter()
        for result in results:
            store.ingest(result)
        seconds = time.perf_counter() - start
        incidents = store.count()
    print(f"  ingest: {DOCS:,} already-extracted documents in {seconds:.1f} s = {DOCS / seconds:,.0f} documents/s "
          f"({incidents:,} incidents)")  # fmt: skip


def _synthetic_record(number: int, rng: random.Random) -> EventRecord:
    sub_event_type = rng.choice(sorted(ACLED_EVENT_TYPE_OF))
    country = _COUNTRIES[number % len(_COUNTRIES)]
    day = _FIRST_DAY + dt.timedelta(days=rng.randrange(3 * 365))
    return EventRecord(
        doc_id=f"bench-{number}",
        event_id=f"bench-{number}-0",
        event_date=day.isoformat(),
        date_precision="day",
        event_type=ACLED_EVENT_TYPE_OF[sub_event_type],
        sub_event_type=sub_event_type,
        actor1=f"{rng.choice(_ACTORS)} ({country})",
        actor2=f"Civilians ({country})",
        country=country,
        admin1=f"Province {rng.randrange(12)}",
        location=f"Town {rng.randrange(400)}",
        latitude=rng.uniform(-10, 40),
        longitude=rng.uniform(0, 60),
        geo_precision=1,
        fatalities=rng.randrange(20),
        certainty=rng.choice(("claimed", "reported", "confirmed", "disputed")),
        notes="A synthetic incident for the benchmark.",
    )


def _incident_rows(count: int) -> Iterator[tuple[dict[str, object], dict[str, object]]]:
    """Each synthetic incident's row and its JSON's row."""
    rng = random.Random(6)
    now = dt.datetime.now(dt.UTC)
    for number in range(count):
        record = _synthetic_record(number, rng)
        ref = MentionRef(doc_id=record.doc_id, event_id=record.event_id, outlet="Bench Wire")
        incident = consolidate(incident_id_for(ref), [(ref, record)])
        row = IncidentRow(incident_id=incident.incident_id, created_at=now)
        fill_incident_row(row, incident, now)
        yield (
            {column.key: getattr(row, column.key) for column in IncidentRow.__table__.columns},
            {"incident_id": row.incident_id, "data": row.data},
        )


def fill(store: EventStore, count: int) -> float:
    """Bulk-inserts synthetic incidents (no documents: the queries read incidents only)."""
    start = time.perf_counter()
    rows = _incident_rows(count)
    with store._engine.begin() as connection:
        while batch := [row for _, row in zip(range(_BATCH), rows, strict=False)]:
            connection.execute(insert(IncidentRow), [incident for incident, _ in batch])
            connection.execute(insert(IncidentDataRow), [data for _, data in batch])
        if store._engine.dialect.name == "postgresql":
            connection.execute(text("ANALYZE incidents"))
            connection.execute(text("ANALYZE incident_data"))
    return time.perf_counter() - start


def _export(store: EventStore, where: EventFilter, kind: str = "jsonl") -> int:
    """What `eventlens export` does, into memory: the store's incidents through the format's writer."""
    return write_incidents(kind, store.incidents(where), io.StringIO())


def queries(url: str) -> None:
    with EventStore.open(url) as store:
        seconds = fill(store, INCIDENTS)
        print(f"  {INCIDENTS:,} synthetic incidents bulk-inserted in {seconds:.1f} s")
        timings = (
            ("filtered query (country + 3 months)", lambda: len(list(store.incidents(FILTERED)))),
            ("filtered export, JSON lines (an actor)", lambda: _export(store, ACTOR)),
            ("filtered export, ACLED CSV (an actor)", lambda: _export(store, ACTOR, "acled-csv")),
            ("count (country + 3 months)", lambda: store.count(FILTERED)),
            ("DataFrame (country + 3 months)", lambda: len(store.dataframe(FILTERED))),
            ("export of everything, JSON lines", lambda: _export(store, EventFilter())),
        )
        for name, action in timings:
            seconds, rows = _timed(action)
            print(f"  {name}: {rows:,} incidents in {seconds * 1000:,.0f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        backends = [("SQLite", str(Path(folder) / "ingest.db"), str(Path(folder) / "query.db"))]
        if POSTGRES:
            backends.append(("PostgreSQL", POSTGRES, POSTGRES))
        else:
            print("PostgreSQL: skipped (set EVENTLENS_BENCH_POSTGRES_URL; make bench starts a server)")
        for name, ingest_url, query_url in backends:
            print(f"{name}:")
            ingest_rate(ingest_url)
            if ingest_url == query_url:  # one PostgreSQL database: empty it between the parts
                with EventStore.open(query_url) as store, store._engine.begin() as connection:
                    for table in (
                        "mentions",
                        "document_versions",
                        "documents",
                        "corrections",
                        "incident_data",
                        "incidents",
                    ):
                        connection.execute(text(f"DELETE FROM {table}"))
            queries(query_url)


if __name__ == "__main__":
    main()
