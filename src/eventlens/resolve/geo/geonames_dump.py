"""Read a GeoNames dump a user downloaded: `allCountries.zip`, a country's zip (`SY.zip`) or its text
(`SY.txt`). GeoNames' own format: UTF-8, one place a line, 19 tab-separated columns, no header:

    geonameid, name, asciiname, alternatenames (comma-separated), latitude, longitude, feature class,
    feature code, country code, cc2, admin1 code, admin2 code, admin3 code, admin4 code, population,
    elevation, dem, timezone, modification date

allCountries is 1.5 GB unzipped: the file is streamed line by line (from inside the zip, never
extracted), and a line that does not parse is reported with its number and skipped, never fatal.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

COLUMNS = 19
_PROGRESS_STEP = 1 << 20  # bytes between progress reports

# What an event is coded to: populated places; the divisions below the districts the packaged index has
# (ADM3-5: a Syrian nahiya, a Nigerian ward); and the camps, bases, airports, prisons and border posts news
# names. Mountains, streams, hotels and farms share names with villages and would only add noise.
ADMIN_CODES = frozenset({"ADM3", "ADM4", "ADM5", "ADMD"})
SPOT_CODES = frozenset({"CMP", "CMPRF", "CMPQ", "MILB", "INSM", "AIRB", "AIRF", "AIRP", "PRN", "CSTM", "PSTB"})


class DumpError(Exception):
    """The file as a whole cannot be read (no such file, a zip with no GeoNames text in it)."""


@dataclass(frozen=True)
class GeoNamesRow:
    gid: int
    name: str
    ascii_name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    feature: str  # "P.PPL"
    cc: str
    admin1: str  # GeoNames' codes, as written ("04"; "" when none)
    admin2: str
    pop: int


@dataclass(frozen=True)
class BadLine:
    number: int
    reason: str


def wanted(row: GeoNamesRow) -> bool:
    """Is this a kind of place events are coded to (see ADMIN_CODES, SPOT_CODES)?"""
    fclass, _, code = row.feature.partition(".")
    return fclass == "P" or (fclass == "A" and code in ADMIN_CODES) or (fclass == "S" and code in SPOT_CODES)


def parse_line(line: str) -> GeoNamesRow | str:
    """One line → a row, or the reason it is no row."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != COLUMNS:
        return f"{len(cols)} columns, GeoNames' format has {COLUMNS}"
    try:
        gid = int(cols[0])
    except ValueError:
        return f"geonameid {cols[0]!r} is not a number"
    try:
        lat, lon = float(cols[4]), float(cols[5])
    except ValueError:
        return f"latitude/longitude {cols[4]!r}, {cols[5]!r} are not numbers"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"latitude/longitude {lat}, {lon} out of range"
    name = cols[1].strip()
    if not name:
        return "no name"
    try:
        pop = int(cols[14] or 0)
    except ValueError:
        return f"population {cols[14]!r} is not a number"
    alternates = tuple(a for a in cols[3].split(",") if a)
    cc = cols[8].strip().upper()
    return GeoNamesRow(gid, name, cols[2], alternates, lat, lon, f"{cols[6]}.{cols[7]}", cc, cols[10], cols[11], pop)


def _text_member(archive: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    """The GeoNames text inside a zip: the member named like the zip (SY.zip → SY.txt), else the only
    .txt that is not the readme."""
    texts = [m for m in archive.infolist() if m.filename.endswith(".txt") and "readme" not in m.filename.lower()]
    named = [m for m in texts if Path(m.filename).stem == path.stem]
    if named:
        return named[0]
    if len(texts) == 1:
        return texts[0]
    raise DumpError(f"{path}: no GeoNames text file in this zip (expected {path.stem}.txt)")


@dataclass
class Dump:
    """An open dump: its lines as text, and its size in bytes for a progress bar."""

    path: Path
    size: int
    _stack: ExitStack
    _raw: IO[bytes]

    def rows(self, progress: Callable[[int], None] | None = None) -> Iterator[GeoNamesRow | BadLine]:
        """Each line's row, or a BadLine; `progress` is told the bytes read as they are read. Lines are
        decoded one by one, so a stray byte costs its line only."""
        unreported = 0
        for number, raw in enumerate(self._raw, start=1):
            unreported += len(raw)
            if progress is not None and unreported >= _PROGRESS_STEP:
                progress(unreported)
                unreported = 0
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield BadLine(number, "not UTF-8 text")
                continue
            if not line.strip() or line.startswith("#"):
                continue
            parsed = parse_line(line)
            yield BadLine(number, parsed) if isinstance(parsed, str) else parsed
        if progress is not None and unreported:
            progress(unreported)

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> Dump:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_dump(path: Path) -> Dump:
    """Open a GeoNames .zip or .txt for streaming. Raises DumpError for a file that cannot be one."""
    if not path.is_file():
        raise DumpError(f"no such file: {path}")
    stack = ExitStack()
    try:
        if zipfile.is_zipfile(path):
            archive = stack.enter_context(zipfile.ZipFile(path))
            member = _text_member(archive, path)
            raw: IO[bytes] = stack.enter_context(archive.open(member))
            return Dump(path, member.file_size, stack, raw)
        raw = stack.enter_context(path.open("rb"))
        return Dump(path, path.stat().st_size, stack, raw)
    except BaseException:
        stack.close()
        raise
