from __future__ import annotations

import datetime as dt

import pytest

from eventlens.evaluate import GoldSet
from eventlens.evaluate.gold import split_gtd_summary
from eventlens.types import BlockKind

from .conftest import WriteGold


def test_acled_row_becomes_document_without_date_and_gold_fields(write_gold: WriteGold) -> None:
    path = write_gold("acled", {"actor2": "", "assoc_actor_1": "", "admin2": ""})
    [item] = list(GoldSet(path, "acled").items())
    doc = item.document
    assert doc.doc_id == "XYZ1"
    assert doc.text.startswith("On 3 May 2020")
    # The coded date is never fed to the pipeline; the outlet is, as the metadata a real feed carries.
    assert doc.published is None
    assert doc.source == "Example Daily"
    values = item.rows[0].values
    assert values["event_date"] == "2020-05-03"
    assert values["fatalities"] == 2
    assert values["coordinates"] == (10.0, 20.0)
    # A blank second actor is scored as "nobody"; a blank admin2 is not scored.
    assert values["actor2"] is None
    assert values["assoc_actor_1"] is None
    assert "admin2" not in values


def test_acled_rows_without_text_are_skipped_and_counted(write_gold: WriteGold) -> None:
    gold = GoldSet(write_gold("acled", {"event_id_cnty": "A1", "notes": "  "}, {"event_id_cnty": "A2"}), "acled")
    assert [item.document.doc_id for item in gold.items()] == ["A2"]
    assert gold.skipped_rows == 1
    assert gold.count_documents() == 1


def test_gtd_summary_prefix_becomes_published_date(write_gold: WriteGold) -> None:
    path = write_gold(
        "gtd", {"nwound": "", "claimed": "-9", "city": "Unknown", "latitude": "12.5", "longitude": "-3.25"}
    )
    [item] = list(GoldSet(path, "gtd").items())
    assert item.document.published == dt.date(2021, 1, 5)
    assert item.document.text.startswith("Gunmen fired")
    values = item.rows[0].values
    assert values["event_date"] == "2021-01-05"
    assert values["perpetrator"] == "Unknown"
    assert values["nkill"] == 1
    assert values["suicide"] is False
    assert values["coordinates"] == (12.5, -3.25)
    # Unknown claim, blank count and GTD's "Unknown" city are left out, so those fields skip this row.
    assert {"claimed", "nwound", "city"}.isdisjoint(values)


@pytest.mark.parametrize(
    ("summary", "text", "published"),
    [
        ("01/05/2021: A bomb exploded.", "A bomb exploded.", dt.date(2021, 1, 5)),
        ("04/12/2021 : A bomb exploded.", "A bomb exploded.", dt.date(2021, 4, 12)),
        # GTD writes day 00 when only the month is known: no day is invented.
        ("01/00/2021: A bomb exploded.", "A bomb exploded.", None),
        ("A bomb exploded.", "A bomb exploded.", None),
    ],
)
def test_split_gtd_summary(summary: str, text: str, published: dt.date | None) -> None:
    assert split_gtd_summary(summary) == (text, published)


def test_gtd_date_keeps_the_precision_gtd_has(write_gold: WriteGold) -> None:
    path = write_gold("gtd", {"iday": "0", "claimed": "1", "nkill": "3.0"})
    [item] = list(GoldSet(path, "gtd").items())
    assert item.rows[0].values["event_date"] == "2021-01"
    assert item.rows[0].values["claimed"] is True
    assert item.rows[0].values["nkill"] == 3


def test_fakes_rows_of_one_article_share_one_document(write_gold: WriteGold) -> None:
    path = write_gold(
        "fakes",
        {"unit_id": "7", "location": "aleppo", "nb_civilians": "3", "nb_noncivilians": "2"},
        {"unit_id": "7", "location": "idlib", "nb_civilians": "", "actor": "Unknown"},
        {"unit_id": "8", "date": "12/25/17"},
    )
    items = list(GoldSet(path, "fakes").items())
    assert [item.document.doc_id for item in items] == ["7", "8"]
    first, second = items
    assert [row.row_id for row in first.rows] == ["7/1", "7/2"]
    assert first.rows[0].values == {
        "actor_class": "syrian government or russian troops",
        "cause_of_death": "shelling",
        "governorate": "aleppo",
        "deaths": 5,
    }
    # A blank count leaves the deaths field out for that row; labels are compared lower case.
    assert "deaths" not in first.rows[1].values
    assert first.rows[1].values["actor_class"] == "unknown"
    assert second.document.published == dt.date(2017, 12, 25)


def test_fakes_document_is_title_then_content(write_gold: WriteGold) -> None:
    [item] = list(GoldSet(write_gold("fakes", {}), "fakes").items())
    doc = item.document
    assert (
        doc.text
        == "Shells hit a market in the north\n\nSeveral civilians were killed when shells hit a busy market on Tuesday."
    )
    assert doc.title == "Shells hit a market in the north"
    title, body = doc.blocks
    assert (title.kind, title.of(doc.text)) == (BlockKind.TITLE, doc.title)
    assert body.kind is BlockKind.PARAGRAPH
    assert body.of(doc.text).startswith("Several civilians")
    assert doc.published == dt.date(2016, 3, 7)


def test_limit_counts_rows(write_gold: WriteGold) -> None:
    path = write_gold("fakes", {"unit_id": "1"}, {"unit_id": "1"}, {"unit_id": "2"}, {"unit_id": "3"})
    items = list(GoldSet(path, "fakes", limit=3).items())
    assert [len(item.rows) for item in items] == [2, 1]


def test_wrong_file_for_kind_is_refused(write_gold: WriteGold) -> None:
    path = write_gold("fakes", {})
    with pytest.raises(ValueError, match="not gtd gold data"):
        list(GoldSet(path, "gtd").items())


def test_unknown_kind_is_refused(write_gold: WriteGold) -> None:
    with pytest.raises(ValueError, match="unknown gold kind"):
        GoldSet(write_gold("fakes", {}), "ucdp")
