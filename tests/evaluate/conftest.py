"""Fixtures for the evaluation tests: small gold CSVs written on the fly with the real column names.

The rows are invented for these tests; nothing here comes from the data sets in ../shared."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest


def _columns(header: str) -> list[str]:
    return header.split(",")


COLUMNS = {
    "acled": _columns(
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
        "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
        "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
    ),
    "gtd": _columns(
        "eventid,iyear,imonth,iday,approxdate,extended,country_txt,region_txt,provstate,city,latitude,longitude,"
        "specificity,vicinity,location,summary,doubtterr,multiple,success,suicide,attacktype1_txt,attacktype2_txt,"
        "targtype1_txt,targsubtype1_txt,corp1,target1,natlty1_txt,gname,gname2,guncertain1,individual,nperps,claimed,"
        "claimmode_txt,weaptype1_txt,weapsubtype1_txt,weapdetail,nkill,nkillter,nwound,nwoundte,property,"
        "propextent_txt,ishostkid,nhostkid,scite1,scite2,scite3,dbsource,related"
    ),
    "fakes": _columns(
        "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,"
        "nb_noncivilians,nb_women,label"
    ),
}

# One plausible, made-up row per kind; tests override what they look at.
DEFAULTS = {
    "acled": {
        "event_id_cnty": "XYZ1",
        "event_date": "3-May-20",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Examplestan (2015-)",
        "actor2": "Example Liberation Front",
        "country": "Examplestan",
        "admin1": "North Province",
        "admin2": "Riverside",
        "location": "Rivertown",
        "latitude": "10.0",
        "longitude": "20.0",
        "notes": "On 3 May 2020, soldiers fought rebels near Rivertown. 2 fatalities.",
        "fatalities": "2",
        "source": "Example Daily",
    },
    "gtd": {
        "eventid": "202101050001",
        "iyear": "2021",
        "imonth": "1",
        "iday": "5",
        "country_txt": "Examplestan",
        "provstate": "North Province",
        "city": "Rivertown",
        "summary": "01/05/2021: Gunmen fired on a police post in Rivertown. One officer was killed.",
        "suicide": "0",
        "attacktype1_txt": "Armed Assault",
        "targtype1_txt": "Police",
        "gname": "Unknown",
        "claimed": "0",
        "weaptype1_txt": "Firearms",
        "nkill": "1",
        "nwound": "0",
    },
    "fakes": {
        "unit_id": "1000",
        "article_title": "Shells hit a market in the north",
        "article_content": "Several civilians were killed when shells hit a busy market on Tuesday.",
        "source": "exampletimes",
        "date": "3/7/16",
        "location": "aleppo",
        "actor": "syrian government or russian troops",
        "cause_of_death": "shelling",
        "nb_civilians": "4",
        "nb_noncivilians": "1",
        "label": "1",
    },
}

WriteGold = Callable[..., Path]


@pytest.fixture
def write_gold(tmp_path: Path) -> WriteGold:
    """write_gold(kind, {overrides}, {overrides}, ...) → path of a CSV with one row per overrides dict."""

    def write(kind: str, *rows: dict[str, str]) -> Path:
        path = tmp_path / f"{kind}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS[kind])
            writer.writeheader()
            for overrides in rows:
                writer.writerow({**DEFAULTS[kind], **overrides})
        return path

    return write
