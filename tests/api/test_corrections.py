"""POST /api/events/{id}/corrections: confirm, reject or edit with a note, kept by the store."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import AUTH


def _first(client: TestClient) -> dict[str, Any]:
    event: dict[str, Any] = client.get("/api/events", params={"country": "Mali", "type": "Battles"}).json()["events"][0]
    return event


def _correct(client: TestClient, incident_id: str, **body: Any) -> Any:
    return client.post(f"/api/events/{incident_id}/corrections", json=body, headers=AUTH)


def test_an_edit_is_kept_with_its_author_and_note(client: TestClient) -> None:
    event = _first(client)
    response = _correct(client, event["incident_id"], action="edit", field="fatalities", value=5, note="hospital list",
                        author="analyst-a")  # fmt: skip
    assert response.status_code == 200, response.text
    incident = response.json()
    assert incident["record"]["fatalities"] == 5
    (correction,) = incident["corrections"]
    assert (correction["author"], correction["note"], correction["field"]) == (
        "analyst-a",
        "hospital list",
        "fatalities",
    )
    assert client.get(f"/api/events/{event['incident_id']}").json()["record"]["fatalities"] == 5


def test_confirm_and_reject(client: TestClient) -> None:
    event = _first(client)
    assert _correct(client, event["incident_id"], action="confirm", note="seen").json()["review"] == "confirmed"
    assert _correct(client, event["incident_id"], action="reject", note="duplicate").json()["review"] == "rejected"
    ids = [e["incident_id"] for e in client.get("/api/events").json()["events"]]
    assert event["incident_id"] not in ids
    shown = client.get("/api/events", params={"include_rejected": "true"}).json()["events"]
    assert event["incident_id"] in [e["incident_id"] for e in shown]


def test_bad_corrections_are_refused_and_change_nothing(client: TestClient) -> None:
    event = _first(client)
    incident_id = event["incident_id"]
    cases = [
        ({"action": "edit", "field": "fatalities", "value": "many", "note": "n"}, 400),
        ({"action": "edit", "field": "event_type", "value": "Skirmish", "note": "n"}, 400),
        ({"action": "edit", "field": "evidence", "value": "x", "note": "n"}, 400),
        ({"action": "edit", "value": 3, "note": "n"}, 400),
        ({"action": "confirm", "field": "fatalities", "note": "n"}, 400),
        ({"action": "confirm", "note": ""}, 422),
        ({"action": "approve", "note": "n"}, 422),
    ]
    for body, status in cases:
        response = _correct(client, incident_id, **body)
        assert response.status_code == status, (body, response.text)
        assert response.json()["error"]
    assert client.get(f"/api/events/{incident_id}").json()["corrections"] == []
    missing = _correct(client, "inc-nothing", action="confirm", note="n")
    assert missing.status_code == 404
