"""GET /api/events (filters, paging, GeoJSON), GET /api/events/{id}, GET /api/stats."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventlens.api.params import MAX_LIMIT


def _events(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _bombing(client: TestClient) -> dict[str, Any]:
    (bombing,) = [e for e in _events(client)["events"] if e["reports"] >= 10]
    return bombing


def test_lists_every_incident_in_date_order_as_summaries(client: TestClient) -> None:
    body = _events(client)
    assert body["total"] == len(body["events"]) >= 7 and body["offset"] == 0
    dates = [e["event_date"] for e in body["events"] if e["event_date"]]
    assert dates == sorted(dates)
    bombing = _bombing(client)
    assert bombing["certainty"] == "confirmed" and len(bombing["sources"]) == 10
    assert "evidence" not in bombing and "provenance" not in bombing  # the detail has them


def test_filters_narrow_the_list(client: TestClient) -> None:
    assert {e["country"] for e in _events(client, country="syria")["events"]} == {"Syria"}
    assert {e["country"] for e in _events(client, admin1="Gao")["events"]} == {"Mali"}
    protests = _events(client, type="Protests")["events"]
    assert [e["location"] for e in protests] == ["Maiduguri"]
    assert _events(client, sub_type="Peaceful protest")["total"] == 1
    by_is = _events(client, actor="islamic state")["events"]
    assert by_is and all("Islamic State" in f"{e['actor1']} {e['actor2']}" for e in by_is)
    assert {e["certainty"] for e in _events(client, certainty="confirmed")["events"]} == {"confirmed"}
    assert _events(client, text="maiduguri")["total"] >= 1
    march = _events(client, since="2023-03-01", until="2023-03-31")["events"]
    assert march and all("2023-03-01" <= e["event_date"] <= "2023-03-31" for e in march)
    assert _events(client, country="Atlantis")["total"] == 0


def test_pages(client: TestClient) -> None:
    everything = _events(client)["events"]
    second = _events(client, limit=2, offset=2)
    assert second["total"] == len(everything) and second["limit"] == 2
    assert [e["incident_id"] for e in second["events"]] == [e["incident_id"] for e in everything[2:4]]


def test_geojson_is_a_feature_collection_of_placed_incidents(client: TestClient) -> None:
    body = _events(client, format="geojson", country="Mali")
    assert body["type"] == "FeatureCollection" and body["total"] == len(body["features"]) + body["unplaced"]
    feature = body["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
    assert (lat, lon) == (feature["properties"]["latitude"], feature["properties"]["longitude"])
    assert feature["id"] == feature["properties"]["incident_id"]


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"since": "yesterday"}, 422, "since"),
        ({"until": "2023-13-01"}, 422, "until"),
        ({"since": "2023-04-01", "until": "2023-03-01"}, 400, "after"),
        ({"limit": 0}, 422, "limit"),
        ({"limit": MAX_LIMIT + 1}, 422, "limit"),
        ({"offset": -1}, 422, "offset"),
        ({"certainty": "certain"}, 422, "certainty"),
        ({"format": "kml"}, 422, "format"),
        ({"text": "x" * 201}, 422, "text"),
    ],
)
def test_bad_parameters_are_json_errors(client: TestClient, params: dict[str, Any], status: int, words: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == status
    assert words in response.json()["error"]


def test_detail_has_mentions_disagreements_and_each_reports_evidence(client: TestClient) -> None:
    bombing = _bombing(client)
    response = client.get(f"/api/events/{bombing['incident_id']}")
    assert response.status_code == 200
    detail = response.json()
    assert detail["incident_id"] == bombing["incident_id"] and detail["record"]["evidence"]
    assert len(detail["mentions"]) == len(detail["reports"]) >= 10
    assert {12, 14} <= {v["value"] for v in detail["disagreements"]["fatalities"]}
    assert detail["corrections"] == [] and detail["review"] == "unreviewed"
    for report in detail["reports"]:
        assert report["outlet"] and report["published"] and report["evidence"]
        document = client.get(f"/api/documents/{report['doc_id']}").json()
        for evidence in report["evidence"]:
            assert document["body"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_an_unknown_incident_is_404(client: TestClient) -> None:
    response = client.get("/api/events/inc-nothing")
    assert response.status_code == 404 and "inc-nothing" in response.json()["error"]


def test_stats_count_by_week_type_admin1_and_actor_under_the_filters(client: TestClient) -> None:
    everything = _events(client)
    stats = client.get("/api/stats").json()
    assert stats["total"] == everything["total"]
    assert sum(t["count"] for t in stats["by_type"]) == everything["total"]
    in_weeks = sum(1 for e in everything["events"] if e["date_precision"] in {"day", "week"})
    assert sum(w["count"] for w in stats["by_week"]) == in_weeks
    assert stats["not_in_weeks"] == everything["total"] - in_weeks >= 1  # a year-precision incident: no week's
    assert all(dt.date.fromisoformat(w["week"]).weekday() == 0 for w in stats["by_week"])  # Mondays
    assert any(a["name"] == "Deir-ez-Zor" for a in stats["by_admin1"])
    assert any(a["name"] == "Islamic State (Syria)" for a in stats["by_actor"])  # the record's own spelling
    mali = client.get("/api/stats", params={"country": "Mali"}).json()
    assert mali["total"] == _events(client, country="Mali")["total"]
    assert [a["name"] for a in mali["by_admin1"]] == ["Gao"]
    assert client.get("/api/stats", params={"top": 0}).status_code == 422


def test_export_gives_the_filtered_incidents_as_a_file(client: TestClient) -> None:
    mali = _events(client, country="Mali")["events"]
    csv_file = client.get("/api/export", params={"country": "Mali", "format": "acled-csv"})
    assert csv_file.status_code == 200 and csv_file.headers["content-type"].startswith("text/csv")
    assert 'filename="eventlens-acled-csv.csv"' in csv_file.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(csv_file.text)))
    assert len(rows) == len(mali) and {row["country"] for row in rows} == {"Mali"}
    assert {row["event_id_cnty"] for row in rows} == {event["incident_id"] for event in mali}
    aggregated = client.get("/api/export", params={"country": "Mali", "format": "acled-aggregated-csv"})
    assert "events" in next(csv.DictReader(io.StringIO(aggregated.text)))
    jsonl = client.get("/api/export", params={"country": "Mali", "format": "jsonl"}).text.strip().splitlines()
    assert len(jsonl) == len(mali)
    geojson = client.get("/api/export", params={"format": "geojson"}).json()
    assert geojson["type"] == "FeatureCollection" and len(geojson["features"]) == _events(client)["total"]
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


def test_csv_cells_never_start_a_spreadsheet_formula() -> None:
    from eventlens.export.writers import defused

    assert defused('=HYPERLINK("http://x.example","click")') == '\'=HYPERLINK("http://x.example","click")'
    assert defused("@SUM(A1)") == "'@SUM(A1)" and defused("+1 area") == "'+1 area"
    assert defused("-3.5") == "-3.5" and defused("Deir ez-Zor") == "Deir ez-Zor" and defused("") == ""
