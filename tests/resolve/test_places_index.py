"""The gazetteer's parts that need no index: name keys, text cleaning, the streaming reader, the
index's staleness check and the ACLED name matcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventlens.resolve.geo import build_acled_names, index, names, normalize, sources


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Al-Hasakeh", "Hasakah"),
        ("Hassakeh", "al-Hasaka"),
        ("Ar-Raqqa", "Raqqah"),
        ("Deir ez-Zor", "Deir al-Zor"),
        ("Mazar-i-Sharif", "Mazari Sharif"),
        ("Şanlıurfa", "Sanliurfa"),
        ("Lattakia", "Latakia"),
    ],
)
def test_loose_key_joins_transliterations(a: str, b: str) -> None:
    assert normalize.loose_key(a) == normalize.loose_key(b)


@pytest.mark.parametrize(("a", "b"), [("Idlib", "Homs"), ("Hoi An", "Hoi"), ("Tal Abyad", "Tal Tamr")])
def test_loose_key_keeps_names_apart(a: str, b: str) -> None:
    assert normalize.loose_key(a) != normalize.loose_key(b)


def test_name_key() -> None:
    assert normalize.name_key("Dar'a") == "dara"
    assert normalize.name_key("  Deir ez-Zor ") == "deir ez zor"
    assert normalize.name_key("Łódź") == "lodz"
    assert not normalize.is_latin_key(normalize.name_key("الرقة"))


@pytest.mark.parametrize(
    ("text", "name", "kind", "near"),
    [
        ("the city of Raqqa", "Raqqa", "city", False),
        ("the governorate of Raqqa", "Raqqa", "governorate", False),
        ("Borno State", "Borno", "state", False),
        ("Helmand province", "Helmand", "province", False),
        ("the district of al-Noor", "al-Noor", "district", False),
        ("the village of Hammam al-Turkmen", "Hammam al-Turkmen", "village", False),
        ("the outskirts of Aleppo", "Aleppo", None, True),
        ("northern Raqqa countryside", "Raqqa", "region", True),
        ("the northern countryside of Raqqa", "Raqqa", "region", True),
        ("Rural Damascus", "Rural Damascus", None, False),
        ("Donetsk Oblast", "Donetsk", "province", False),
        ("Donetsk Airport", "Donetsk", None, True),
        ("the Mosul Dam", "Mosul", None, True),
    ],
)
def test_clean_place_text(text: str, name: str, kind: str | None, near: bool) -> None:
    assert normalize.clean_place_text(text) == normalize.CleanName(name, kind, near)


@pytest.mark.parametrize(
    ("geonames", "acled"),
    [
        ("Dar‘ā", "Dar'a"),
        ("Tall ‘Afar", "Tall Afar"),
        ("Ḩamāh", "Hamah"),
        ("Ракка", "Ракка"),
        ("Kabul", "Kabul"),
        ("Gədəbəy", "Gadabay"),
    ],
)
def test_ascii_name(geonames: str, acled: str) -> None:
    assert normalize.ascii_name(geonames) == acled


def test_streaming_reader_survives_records_cut_by_the_buffer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = {str(i): {"name": f"Place {i}", "alternatenames": ["A}", 'B"{', "ü" * i]} for i in range(50)}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    monkeypatch.setattr(sources, "_CHUNK", 7)  # cut every record, key and string somewhere
    assert dict(sources.iter_json_object_items(path)) == data


def test_streaming_reader_rejects_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"1": {"name": "A"}, "2": {"name": ', encoding="utf-8")
    with pytest.raises(ValueError):
        list(sources.iter_json_object_items(path))


def test_corrupt_or_foreign_index_is_not_current(tmp_path: Path) -> None:
    garbage = tmp_path / "gazetteer.sqlite"
    garbage.write_bytes(b"not a database")
    assert not index.index_is_current(garbage)
    assert not index.index_is_current(tmp_path / "missing.sqlite")


def test_fingerprint_names_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVENTLENS_CACHE", str(tmp_path))
    path = index.default_index_path()
    assert path.parent == tmp_path
    assert index.fingerprint() in path.name and f"v{index.INDEX_VERSION}" in path.name


def test_name_tables_parse() -> None:
    t = names.load_tables()
    assert t.output_name[172955] == "Ar-Raqqa"  # the city of Raqqa, as ACLED writes it
    assert t.output_name[172957] == "Ar-Raqqa"  # its governorate
    assert "Syrian" in t.demonyms["SY"]
    assert all(len(row) == 2 for row in sources.read_name_table(names.ACLED_TABLE))  # ids and names only


def test_acled_matcher_keeps_quarters_apart() -> None:
    assert build_acled_names.names_agree("Idleb", ["idlib"], fuzzy=0.6)
    assert not build_acled_names.names_agree("West Godavari", ["east godavari"], fuzzy=0.6)
    assert build_acled_names.names_agree("Ar-Raqqa", ["ar raqqah"])
