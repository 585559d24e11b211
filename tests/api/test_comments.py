"""Reader comments through the API: each comment's scores, labels and evidence (spans into its text and the words
quoted), the article's summary, each report's summary on its incident, what readers dispute (apart from the
record's certainty), and the `disputed` filter."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import COMMENTED, HOSTILE


def _incident_of(client: TestClient, doc_id: str) -> dict[str, Any]:
    (record,) = client.get(f"/api/documents/{doc_id}").json()["records"]
    body: dict[str, Any] = client.get(f"/api/events/{record['incident_id']}").json()
    return body


def test_each_comment_has_scores_labels_and_evidence_quoted(client: TestClient) -> None:
    document = client.get(f"/api/documents/{COMMENTED}").json()
    hateful, sourcing, attribution, kind = document["comments"]
    assert hateful["scored"] and {"dehumanizing", "toxic"} <= set(hateful["labels"])
    assert set(hateful["scores"]) >= {"toxic", "identity_attack", "dehumanizing", "disputes_sourcing", "off_topic"}
    assert all(0.0 <= value <= 1.0 for value in hateful["scores"].values())
    assert {"label": "dehumanizing", "start": 0, "end": 10, "quote": "These rats"} in hateful["evidence"]
    for comment in document["comments"]:
        for found in comment["evidence"]:
            assert comment["text"][found["start"] : found["end"]] == found["quote"]
    assert "disputes_sourcing" in sourcing["labels"] and "disputes_attribution" in attribution["labels"]
    assert kind["labels"] == [] and kind["model"] == hateful["model"] and kind["model"].startswith("linear-")


def test_the_article_summary_counts_hate_and_disputes(client: TestClient) -> None:
    summary = client.get(f"/api/documents/{COMMENTED}").json()["comment_summary"]
    assert summary["comments"] == 4 and summary["hateful"] == 1
    assert summary["disputed"] == ["attribution", "sourcing"]
    assert summary["disputes"] == {"attribution": 1, "sourcing": 1}


def test_the_incident_says_what_readers_dispute_apart_from_certainty(client: TestClient) -> None:
    event = _incident_of(client, COMMENTED)
    (report,) = event["reports"]
    assert report["comment_summary"]["hateful"] == 1
    assert event["reader_disputes"] == [
        {"claim": "attribution", "comments": 1, "reports": 1},
        {"claim": "sourcing", "comments": 1, "reports": 1},
    ]
    assert "reader" not in str(event["record"]).lower()  # comments are not sources: the record never reads them
    quiet = _incident_of(client, HOSTILE)
    assert quiet["reader_disputes"] == [] and quiet["reports"][0]["comment_summary"]["comments"] == 2


def test_events_filtered_on_what_readers_dispute(client: TestClient) -> None:
    (record,) = client.get(f"/api/documents/{COMMENTED}").json()["records"]
    for claim in ("any", "attribution", "sourcing"):
        events = client.get("/api/events", params={"disputed": claim}).json()["events"]
        assert [e["incident_id"] for e in events] == [record["incident_id"]]
    assert client.get("/api/events", params={"disputed": "casualties"}).json()["total"] == 0
    assert client.get("/api/events", params={"disputed": "everything"}).status_code == 422
