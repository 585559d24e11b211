"""`make bench`, part 4: latency of the HTTP API's events endpoint with filters, at BENCH_API_INCIDENTS (default
100,000) stored incidents in SQLite (the synthetic incidents of benchmarks/store.py).

The server is `eventlens serve` in its own process on a loopback port; the load generator is this process:
1 then BENCH_API_CLIENTS (default 4) threads, each on one keep-alive connection, sending BENCH_API_REQUESTS
(default 300) requests in all, cycling through filters a dashboard user sends (a country and three months, an actor, a
type and certainty, a word of text, the first page of everything), then the dashboard's own map load (up to
2,000 incidents of a country and a year). p50, p95 and p99 latency per kind, and requests per second."""

from __future__ import annotations

import http.client
import importlib.util
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import ModuleType
from urllib.parse import urlencode

from eventlens.store import EventStore


def _store_benchmark() -> ModuleType:
    """benchmarks/store.py, whose synthetic incidents this benchmark serves."""
    path = Path(__file__).resolve().parent / "store.py"
    spec = importlib.util.spec_from_file_location("store_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


INCIDENTS = int(os.environ.get("BENCH_API_INCIDENTS", "100000"))
CLIENTS = int(os.environ.get("BENCH_API_CLIENTS", "4"))
REQUESTS = int(os.environ.get("BENCH_API_REQUESTS", "300"))
FILTERS = [
    {"country": "Syria", "since": "2023-04-01", "until": "2023-06-30"},
    {"actor": "islamic state", "since": "2023-01-01"},
    {"type": "Battles", "certainty": "confirmed", "country": "Iraq"},
    {"text": "town 17"},
    {},
]
MAP_LOAD = {"country": "Mali", "since": "2023-01-01", "until": "2023-12-31", "limit": "2000"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the server stopped")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def _load(port: int, paths: list[str], clients: int) -> tuple[dict[str, list[float]], float]:
    """Sends every path once, spread over `clients` threads with a connection each; latency per filter kind."""
    latencies: dict[str, list[float]] = {}
    lock = threading.Lock()

    def client(mine: list[str]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for path in mine:
            start = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            took = time.perf_counter() - start
            if response.status != 200:
                raise RuntimeError(f"{path}: {response.status}")
            with lock:
                latencies.setdefault(path.split("?")[1] or "(no filter)", []).append(took)
        connection.close()

    threads = [threading.Thread(target=client, args=(paths[n::clients],)) for n in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - start


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _report(name: str, values: list[float]) -> None:
    ms = [v * 1000 for v in values]
    print(f"  {name}: p50 {statistics.median(ms):.0f} ms, p95 {_percentile(ms, 0.95):.0f} ms, "
          f"p99 {_percentile(ms, 0.99):.0f} ms ({len(ms)} requests)")  # fmt: skip


def _run(port: int, paths: list[str], clients: int) -> None:
    latencies, took = _load(port, paths, clients)
    everything = [v for values in latencies.values() for v in values]
    _report(f"GET /api/events, filtered, {clients} client(s)", everything)
    print(f"    throughput: {len(everything) / took:,.0f} requests/s")
    for kind, values in latencies.items():
        _report(f"  {kind}", values)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "api.db")
        with EventStore.open(db) as store:
            seconds = _store_benchmark().fill(store, INCIDENTS)
        print(f"API (SQLite, {INCIDENTS:,} synthetic incidents bulk-inserted in {seconds:.1f} s; one server "
              f"process, client threads with a keep-alive connection each, on loopback):")  # fmt: skip
        port = _free_port()
        command = [sys.executable, "-m", "eventlens.cli", "serve", "--db", db, "--port", str(port)]
        env = {**os.environ, "EVENTLENS_TOKEN": ""}
        server = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        try:
            _wait_for(port, server)
            paths = [f"/api/events?{urlencode(FILTERS[n % len(FILTERS)])}" for n in range(REQUESTS)]
            _load(port, paths[: len(FILTERS) * 2], 1)  # warm the server's and the database's caches
            for clients in sorted({1, CLIENTS}):
                _run(port, paths, clients)
            maps, _ = _load(port, [f"/api/events?{urlencode(MAP_LOAD)}"] * 20, 1)
            _report(
                "the dashboard's map load (a country, a year, up to 2,000)", [v for vs in maps.values() for v in vs]
            )
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
