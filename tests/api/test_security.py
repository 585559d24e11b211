"""Tokens for writes, the body size limit, and the headers every response carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventlens.api import create_app
from tests.api.conftest import AUTH, TOKEN
from tests.api.test_documents import NEW_REPORT

WRITES = [
    ("/api/documents", {"documents": [NEW_REPORT]}),
    ("/api/events/inc-x/corrections", {"action": "confirm", "note": "seen"}),
]


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_a_write_without_a_token_is_401_and_with_a_wrong_one_403(client: TestClient, path: str, body: dict) -> None:
    missing = client.post(path, json=body)
    assert missing.status_code == 401 and "token" in missing.json()["error"]
    assert missing.headers["www-authenticate"] == "Bearer"
    assert client.post(path, json=body, headers={"Authorization": "Basic " + TOKEN}).status_code == 401
    wrong = client.post(path, json=body, headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 403 and wrong.json() == {"error": "wrong token"}


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_a_server_without_a_token_takes_no_writes(store_path: Path, path: str, body: dict) -> None:
    with TestClient(create_app(str(store_path))) as read_only:
        response = read_only.post(path, json=body, headers=AUTH)
        assert response.status_code == 403 and "no writes" in response.json()["error"]
        assert read_only.get("/api/events").status_code == 200


def test_a_body_over_the_limit_is_413_before_it_is_read(store_path: Path) -> None:
    with TestClient(create_app(str(store_path), TOKEN, max_body_bytes=1000)) as small:
        response = small.post("/api/documents", json={"documents": [{**NEW_REPORT, "text": "x" * 2000}]}, headers=AUTH)
        assert response.status_code == 413 and "1000 bytes" in response.json()["error"]

        def chunks():  # no Content-Length: counted as it streams
            for _ in range(5):
                yield b"x" * 400

        streamed = small.post("/api/documents", content=chunks(), headers={**AUTH, "content-type": "application/json"})
        assert streamed.status_code == 413


@pytest.mark.parametrize("path", ["/", "/docs", "/openapi.json", "/api/events", "/api/events/nope", "/static/app.css"])
def test_every_response_has_a_strict_csp_and_nosniff(client: TestClient, path: str) -> None:
    response = client.get(path)
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_unknown_paths_are_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json() == {"error": "Not Found"}


def test_the_docs_page_and_openapi_are_served_from_the_app(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from another host
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{incident_id}", "/api/documents", "/api/stats"} <= set(schema["paths"])


def test_online_tiles_are_off_unless_the_operator_allows_one_https_host(store_path: Path) -> None:
    from eventlens.api.security import tile_origin

    with TestClient(create_app(str(store_path))) as offline:
        assert offline.get("/api/config").json() == {"online_tiles": None}
    template = "https://tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(str(store_path), online_tiles=template)) as online:
        assert online.get("/api/config").json() == {"online_tiles": template}
        policy = online.get("/").headers["content-security-policy"]
        assert "img-src 'self' data: https://tiles.example.org;" in policy and "script-src 'self';" in policy
    for bad in ("http://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/tile.png",
                "https://x.example;script-src *.example/{z}/{x}/{y}"):  # fmt: skip
        with pytest.raises(ValueError):
            tile_origin(bad)
