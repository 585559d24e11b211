"""Importing a bigger gazetteer: a GeoNames dump in GeoNames' own format, and a file of one's own places.

The dump rows below are invented (names, ids from 99000001 up) but written as GeoNames writes them; their
admin codes are real GeoNames codes of Syria's provinces, so they join the packaged divisions."""

from __future__ import annotations

import copy
import datetime as dt
import math
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventlens.cli import main
from eventlens.pipeline import Pipeline
from eventlens.resolve.geo import geonames_dump, imported, index, own_places
from eventlens.resolve.geo.importer import add_own_places, import_geonames
from eventlens.resolve.geo.store import GazetteerStore
from eventlens.resolve.places import Gazetteer
from eventlens.resolve.resolver import Resolver
from eventlens.types import Document
from eventlens.types.mention import PlaceMention


def _line(gid: int, name: str, alternates: str, lat: float, lon: float, feature: str, a1: str, a2: str = "") -> str:
    fclass, code = feature.split(".")
    cols = [str(gid), name, name, alternates, str(lat), str(lon), fclass, code, "SY", "", a1, a2, "", "", "0", "",
            "350", "Asia/Damascus", "2023-01-15"]  # fmt: skip
    return "\t".join(cols)


DUMP_LINES = [
    _line(
        99000001,
        "Tell Barakat al-Sharqi",
        "Tall Barakat ash Sharqi,Tell Barakat",
        36.612,
        40.861,
        "P.PPL",
        "01",
        "173812",
    ),
    _line(99000002, "Mazraat al-Safsaf", "Mazra`at as Safsaf", 36.55, 38.92, "P.PPL", "04", "7905857"),
    _line(99000003, "Basir", "", 35.81, 39.31, "P.PPL", "04"),  # namesake of a packaged town in Dar'a
    _line(172955, "Ar Raqqah", "Raqqa,Rakka", 35.95, 39.01, "P.PPLA", "04"),  # packaged already
    "99000009\tbroken line with too few columns\t\t",
    _line(99000004, "Jabal Abu Rujmayn", "", 34.8, 38.1, "T.MTS", "11"),  # a mountain: left out
    _line(99000005, "Mukhayyam al-Arisha", "Arisha camp", 36.3, 40.5, "S.CMPRF", "01"),
    _line(99000006, "Nowhere", "", 35.0, 38.0, "P.PPL", "04").replace("\t35.0\t", "\tnorth\t"),
]
SAMPLE_PLACES = 4  # the villages and the camp


@pytest.fixture(scope="module")
def packaged() -> Path:
    """The packaged index the session already uses (no extra build)."""
    return index.ensure_index(quiet=True)


@pytest.fixture
def store(packaged: Path) -> Iterator[GazetteerStore]:
    s = GazetteerStore(packaged)
    yield s
    s.close()


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "SY.txt"
    path.write_text("\n".join(DUMP_LINES) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def dump_zip(tmp_path: Path, dump: Path) -> Path:
    path = tmp_path / "zips" / "SY.zip"
    path.parent.mkdir()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(dump, "SY.txt")
        archive.writestr("readme.txt", "GeoNames readme")
    return path


@pytest.fixture
def places_dir(tmp_path: Path) -> Path:
    return tmp_path / "imported-places"


def _gazetteer(packaged: Path, places_dir: Path) -> Gazetteer:
    return Gazetteer(packaged, ensure=False, imported_dir=places_dir)


# --- reading GeoNames' format ----------------------------------------------------------------------


def test_parse_line_reads_the_19_columns() -> None:
    row = geonames_dump.parse_line(DUMP_LINES[0])
    assert isinstance(row, geonames_dump.GeoNamesRow)
    assert (row.gid, row.name, row.cc, row.admin1, row.admin2, row.feature) == (
        99000001, "Tell Barakat al-Sharqi", "SY", "01", "173812", "P.PPL"
    )  # fmt: skip
    assert row.alternates == ("Tall Barakat ash Sharqi", "Tell Barakat")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (DUMP_LINES[4], "columns"),
        (DUMP_LINES[7], "not numbers"),
        (DUMP_LINES[0].replace("99000001", "x1", 1), "geonameid"),
        (DUMP_LINES[0].replace("36.612", "95.0"), "out of range"),
    ],
)
def test_parse_line_says_what_is_wrong(line: str, reason: str) -> None:
    parsed = geonames_dump.parse_line(line)
    assert isinstance(parsed, str) and reason in parsed


def test_only_places_events_happen_in_are_wanted() -> None:
    rows = [geonames_dump.parse_line(line) for line in DUMP_LINES]
    kept = {r.name for r in rows if isinstance(r, geonames_dump.GeoNamesRow) and geonames_dump.wanted(r)}
    assert "Jabal Abu Rujmayn" not in kept
    assert {"Tell Barakat al-Sharqi", "Mukhayyam al-Arisha"} <= kept


# --- importing ------------------------------------------------------------------------------------


def test_import_text_file_skips_malformed_lines_with_their_numbers(
    dump: Path, store: GazetteerStore, places_dir: Path
) -> None:
    bad: list[tuple[int, str]] = []
    result = import_geonames(dump, store, directory=places_dir, on_bad=lambda n, r: bad.append((n, r)))
    assert [n for n, _ in bad] == [5, 8]
    assert (result.source.name, result.source.places) == ("SY", SAMPLE_PLACES)
    assert (result.already_packaged, result.other_features, result.bad) == (1, 1, 2)
    assert [s.name for s in imported.list_sources(places_dir)] == ["SY"]


def test_import_keeps_the_countries_asked_for(dump: Path, store: GazetteerStore, places_dir: Path) -> None:
    result = import_geonames(dump, store, directory=places_dir, countries=frozenset({"SY", "IQ"}))
    assert result.source.places == SAMPLE_PLACES
    with pytest.raises(imported.SourceError, match="other countries"):
        import_geonames(dump, store, "iraq", directory=places_dir, countries=frozenset({"IQ"}))
    assert [s.name for s in imported.list_sources(places_dir)] == ["SY"]


def test_import_zip_reads_the_text_inside(dump_zip: Path, store: GazetteerStore, places_dir: Path) -> None:
    result = import_geonames(dump_zip, store, directory=places_dir)
    assert (result.source.name, result.source.places, result.bad) == ("SY", SAMPLE_PLACES, 2)


def test_imported_village_resolves_with_the_packaged_divisions(
    dump_zip: Path, store: GazetteerStore, packaged: Path, places_dir: Path
) -> None:
    import_geonames(dump_zip, store, directory=places_dir)
    gz = _gazetteer(packaged, places_dir)
    r = gz.resolve([PlaceMention("the village of Tell Barakat", kind="village")], country_hint="Syria")
    assert (r.location, r.country, r.admin1, r.admin2, r.geo_precision) == (
        "Tell Barakat al-Sharqi", "Syria", "Al-Hasakeh", "Al-Hasakah", 1
    )  # fmt: skip
    assert (r.latitude, r.longitude) == (36.612, 40.861)
    assert r.provenance == "gazetteer:imported:SY"
    gz.close()


def test_imported_village_does_not_beat_a_packaged_town_of_its_name(
    dump: Path, store: GazetteerStore, packaged: Path, places_dir: Path
) -> None:
    import_geonames(dump, store, directory=places_dir)
    gz = _gazetteer(packaged, places_dir)
    alone = gz.resolve([PlaceMention("Basir")], country_hint="Syria")
    assert (alone.admin1, alone.provenance) == ("Dar'a", "gazetteer:geonames-cities500")
    assert gz.resolve([PlaceMention("Homs")], country_hint="Syria").provenance == "gazetteer:geonames-cities500"
    # The province the text names is context: there, the imported village is meant.
    in_raqqa = gz.resolve([PlaceMention("Basir, Raqqa")], country_hint="Syria")
    assert (in_raqqa.admin1, in_raqqa.provenance) == ("Ar-Raqqa", "gazetteer:imported:SY")
    gz.close()


def test_without_imports_nothing_changes(packaged: Path, places_dir: Path) -> None:
    gz = _gazetteer(packaged, places_dir)
    r = gz.resolve([PlaceMention("the village of Tell Barakat al-Sharqi", kind="village"), PlaceMention("Hasakah")])
    assert (r.location, r.provenance) == ("Tell Barakat al-Sharqi", "gazetteer:unresolved-village")
    gz.close()


def test_a_bad_file_loses_nothing(dump: Path, tmp_path: Path, store: GazetteerStore, places_dir: Path) -> None:
    import_geonames(dump, store, directory=places_dir)
    before = imported.list_sources(places_dir)
    not_geonames = tmp_path / "notes.txt"
    not_geonames.write_text("name,lat,lon\nsomewhere,1,2\n", encoding="utf-8")
    with pytest.raises(imported.SourceError):
        import_geonames(not_geonames, store, "SY", directory=places_dir)
    other_format = tmp_path / "alternateNames.txt"
    other_format.write_text("".join(f"{i}\t{i}\ten\tsomewhere\n" for i in range(1, 200)), encoding="utf-8")
    with pytest.raises(imported.SourceError, match="first 100 lines"):
        import_geonames(other_format, store, "SY", directory=places_dir)
    empty_zip = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "nothing here")
    with pytest.raises(geonames_dump.DumpError):
        import_geonames(empty_zip, store, "SY", directory=places_dir)

    def interrupt(line: int, reason: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_geonames(dump, store, "SY", directory=places_dir, on_bad=interrupt)
    assert imported.list_sources(places_dir) == before
    assert sorted(p.name for p in places_dir.iterdir()) == ["SY.sqlite"]  # no temp file left


def test_reimport_replaces_and_remove_deletes(dump: Path, store: GazetteerStore, places_dir: Path) -> None:
    import_geonames(dump, store, "syria", directory=places_dir)
    import_geonames(dump, store, "syria", directory=places_dir)
    assert [(s.name, s.places) for s in imported.list_sources(places_dir)] == [("syria", SAMPLE_PLACES)]
    assert imported.remove_source("syria", places_dir)
    assert imported.list_sources(places_dir) == []


def test_an_unreadable_import_is_left_out(places_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    places_dir.mkdir()
    (places_dir / "stray.sqlite").write_text("not a database", encoding="utf-8")
    assert imported.list_sources(places_dir) == []
    assert "stray.sqlite left out" in capsys.readouterr().err


def test_source_names_are_checked(dump: Path, store: GazetteerStore, places_dir: Path) -> None:
    with pytest.raises(imported.SourceError, match="no good as a source name"):
        import_geonames(dump, store, "../elsewhere", directory=places_dir)


# --- one's own places -----------------------------------------------------------------------------

OWN_TSV = """# checkpoints and camps our monitors report
name\talternates\tcountry\tadmin1\tlat\tlon\tkind
Hajiz al-Sawamia\tSawamia checkpoint|al-Sawamia\tSyria\tIdlib\t35.71\t36.62\tcheckpoint
Mukhayyam Tal Nasri\t\tSY\t\t36.43\t40.79\tcamp
Qaryat al-Nahr\t\tSyria\tRaqqa\tnorth\t39.1\tvillage
Qaryat al-Jabal\t\tAtlantis\tRaqqa\t35.9\t39.1\tvillage
Qaryat al-Wadi\t\tSyria\tNowhere Province\t35.9\t39.1\tvillage
Qaryat al-Tall\t\tSyria\tRaqqa\t35.9\t39.1\tpalace
"""


@pytest.fixture
def own_file(tmp_path: Path) -> Path:
    path = tmp_path / "monitors.tsv"
    path.write_text(OWN_TSV, encoding="utf-8")
    return path


def test_own_places_bad_rows_are_named_with_their_lines(
    own_file: Path, store: GazetteerStore, places_dir: Path
) -> None:
    bad: dict[int, str] = {}
    result = add_own_places(own_file, store, directory=places_dir, on_bad=lambda n, r: bad.update({n: r}))
    assert result.source.places == 2
    assert sorted(bad) == [5, 6, 7, 8]
    assert "lat 'north' is not a number" in bad[5]
    assert "Atlantis" in bad[6] and "no country" in bad[6]
    assert "Nowhere Province" in bad[7]
    assert "palace" in bad[8]


def test_own_places_resolve_and_find_their_province(own_file: Path, store: GazetteerStore, packaged: Path,
                                                     places_dir: Path) -> None:  # fmt: skip
    add_own_places(own_file, store, directory=places_dir)
    gz = _gazetteer(packaged, places_dir)
    checkpoint = gz.resolve([PlaceMention("Sawamia checkpoint")], country_hint="Syria")
    assert (checkpoint.location, checkpoint.admin1, checkpoint.provenance) == (
        "Hajiz al-Sawamia", "Idleb", "gazetteer:imported:monitors"
    )  # fmt: skip
    assert checkpoint.admin2 is not None  # no district given: the nearest town's in that province
    camp = gz.resolve([PlaceMention("Mukhayyam Tal Nasri")], country_hint="Syria")
    assert camp.admin1 == "Al-Hasakeh"  # no province given: the nearest town's
    gz.close()


def test_own_places_csv_and_missing_columns(tmp_path: Path) -> None:
    good = tmp_path / "mine.csv"
    good.write_text("Name,Country,Latitude,Longitude\nQaryat al-Nahr,Syria,35.9,39.1\n", encoding="utf-8")
    (row,) = list(own_places.read_own_places(good))
    assert isinstance(row, own_places.OwnPlace) and (row.name, row.kind, row.lat) == ("Qaryat al-Nahr", "village", 35.9)
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tcountry\nQaryat al-Nahr\tSyria\n", encoding="utf-8")
    with pytest.raises(own_places.OwnPlacesError, match="no lat, lon column"):
        list(own_places.read_own_places(bad))


# --- in a report, and from the command line --------------------------------------------------------


def test_imported_village_is_placed_in_a_report(
    pipeline: Pipeline, dump: Path, store: GazetteerStore, packaged: Path, places_dir: Path
) -> None:
    text = (
        "Two farmers were shot dead by unidentified gunmen in the village of Tell Barakat al-Sharqi, "
        "in Syria's Hasakah province, on Monday, local sources said."
    )
    document = Document(doc_id="own-words", text=text, published=dt.date(2023, 5, 10))
    import_geonames(dump, store, directory=places_dir)
    with_import = copy.copy(pipeline)
    with_import.resolver = Resolver(pipeline.resolver.actors, _gazetteer(packaged, places_dir))
    (before,) = next(iter(pipeline.process([document]))).records
    (after,) = next(iter(with_import.process([document]))).records
    assert before.location == after.location == "Tell Barakat al-Sharqi"
    assert after.admin1 == "Al-Hasakeh" and after.provenance["location"] == "gazetteer:imported:SY"
    assert after.latitude is not None and after.longitude is not None
    assert math.isclose(after.latitude, 36.612) and math.isclose(after.longitude, 40.861)
    assert before.latitude != after.latitude  # without it: the province's seat


@pytest.fixture
def cache(tmp_path: Path, packaged: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache dir of its own for the command line, holding (a link to) the packaged index."""
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / packaged.name).symlink_to(packaged)
    monkeypatch.setenv("EVENTLENS_CACHE", str(cache))
    return cache


def test_command_line(cache: Path, dump_zip: Path, own_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "import", str(dump_zip), "--no-progress", "--countries", "Syria,IQ"]) == 0
    out, err = capsys.readouterr()
    assert "0 in other countries" in out
    assert f"imported {SAMPLE_PLACES} places" in out and "SY.zip:5: skipped" in err
    assert main(["gazetteer", "add-file", str(own_file)]) == 1  # rows skipped
    assert main(["gazetteer", "lookup", "Tell Barakat", "--country", "SY"]) == 0
    out, _ = capsys.readouterr()
    assert "Tell Barakat al-Sharqi" in out and "imported:SY" in out
    assert main(["gazetteer", "info"]) == 0
    out, _ = capsys.readouterr()
    assert "SY: 4 places" in out and "monitors: 2 places" in out
    assert main(["gazetteer", "remove", "monitors"]) == 0
    assert main(["gazetteer", "remove", "monitors"]) == 2
    assert main(["gazetteer", "import", str(cache / "missing.zip")]) == 2
    assert main(["gazetteer", "import", str(dump_zip), "--countries", "Atlantis"]) == 2
    assert "Atlantis is no country" in capsys.readouterr().err
