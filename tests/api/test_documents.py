"""GET /api/documents/{doc_id} and POST /api/documents (ingest through the real pipeline, token-protected)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from eventlens.store.comments import reporting_end
from tests.api.conftest import AUTH, HOSTILE

NEW_REPORT = {
    "id": "coast-herald-mogadishu-blast",
    "source": "Coast Herald",
    "published": "2023-04-04",
    "url": "https://coastherald.example/2023/04/04/mogadishu-blast",
    "title": "Blast at Mogadishu tea shop kills three",
    "text": "A bomb hidden in a tea shop exploded in Mogadishu's Hodan district on Monday evening, killing three "
    "customers and wounding six, police said.",
}


def test_a_document_with_its_text_comments_apart_and_its_records_evidence(client: TestClient) -> None:
    response = client.get(f"/api/documents/{HOSTILE}")
    assert response.status_code == 200
    document = response.json()
    assert document["outlet"] == "Frontier Courier" and document["published"] == "2023-03-15"
    assert document["url"].startswith("javascript:")  # stored as given; the dashboard links http(s) only
    reporting = document["body"][: document["reporting_end"]]
    assert reporting.endswith("One attacker was also killed.")  # the "3 Comments" heading is not reporting
    assert [c["author"] for c in document["comments"]] == ["Khan", "Rahim"]
    assert all(c["text"] not in reporting for c in document["comments"])
    (record,) = document["records"]
    assert record["incident_id"].startswith("inc-") and record["evidence"]
    for evidence in record["evidence"]:
        assert reporting[evidence["start"] : evidence["end"]] == evidence["text"]
    # Stored as given: the API serves text as JSON data, the dashboard shows it as text.
    assert "<script>" in reporting and "<script>" in document["comments"][0]["text"]


def test_reporting_end_without_comments_is_the_whole_body() -> None:
    assert reporting_end("One paragraph.\n\nAnother.", []) == len("One paragraph.\n\nAnother.")
    body = "Report.\n\nMore report.\n\nLeave a Reply\n\nAnna wrote: Terrible."
    assert body[: reporting_end(body, [body.index("Terrible.")])] == "Report.\n\nMore report."
    assert reporting_end(body, [None]) == len(body)  # a comment apart from the text (HTML) cuts nothing


def test_an_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/api/documents/no-such-report")
    assert response.status_code == 404 and response.json() == {"error": "no document 'no-such-report'"}


def test_ingest_stores_a_report_and_the_same_report_again_changes_nothing(client: TestClient) -> None:
    before = client.get("/api/events").json()["total"]
    response = client.post("/api/documents", json={"documents": [NEW_REPORT]}, headers=AUTH)
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["status"] == "added" and result["doc_id"] == NEW_REPORT["id"] and result["incident_ids"]
    assert client.get("/api/events").json()["total"] == before + 1
    (incident_id,) = result["incident_ids"]
    event = client.get(f"/api/events/{incident_id}").json()
    assert event["record"]["location"] == "Mogadishu" and event["record"]["fatalities"] == 3
    again = client.post("/api/documents", json={"documents": [NEW_REPORT]}, headers=AUTH).json()
    assert again["results"][0]["status"] == "unchanged"


def test_ingest_reports_each_unreadable_document_and_stores_the_rest(client: TestClient) -> None:
    documents = [{"id": "empty-one", "text": "   "}, NEW_REPORT]
    results = client.post("/api/documents", json={"documents": documents}, headers=AUTH).json()["results"]
    assert [r["status"] for r in results] == ["failed", "added"]
    assert results[0]["doc_id"] == "empty-one" and "empty" in results[0]["reason"]


def test_ingest_refuses_a_body_of_the_wrong_shape(client: TestClient) -> None:
    for body in ({"documents": []}, {"documents": [{"title": "no text"}]}, {"docs": [NEW_REPORT]}):
        response = client.post("/api/documents", json=body, headers=AUTH)
        assert response.status_code == 422 and response.json()["error"]
    response = client.post("/api/documents", content=b"{not json", headers={**AUTH, "content-type": "application/json"})
    assert response.status_code == 400 and "JSON" in response.json()["error"]
