"""The dashboard in a real headless Chromium over the filled store: the map shows the events, a click shows an
event's evidence highlighted in its article, filters and the timeline's brush change the map and the table, and
a report with <script> in its text and comments renders inert. Nothing is fetched from another host, and the
Content-Security-Policy is never violated. Screenshots go to out/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from eventlens.api import create_app
from eventlens.store import EventStore
from eventlens.store.models import DocumentRow
from tests.api.browser import chromium, needs_browser, screenshot, served
from tests.api.conftest import COMMENTED, HOSTILE, TOKEN

pytestmark = pytest.mark.browser


class Watched:
    """A page and what went wrong on it: console errors (CSP violations among them), page errors, and any
    request to another host (refused)."""

    def __init__(self, page: Any, base: str) -> None:
        self.page = page
        self.base = base
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if urlsplit(url).netloc == urlsplit(self.base).netloc or url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def open(self, path: str = "/") -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=20000)
        return self.page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    needs_browser()
    with chromium() as opened:
        yield opened


@pytest.fixture
def site(store_path: Path, browser: Any) -> Iterator[tuple[Watched, TestClient]]:
    app = create_app(str(store_path), TOKEN)
    with served(app) as base, TestClient(create_app(str(store_path))) as api:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        watched = Watched(page, base)
        try:
            yield watched, api
        finally:
            page.close()
        assert watched.foreign == [], "the dashboard asked another host"
        assert watched.errors == [], "errors in the page (CSP violations included)"


def expect(locator: Any) -> Any:
    # Playwright's own assertions wait without eval (a wait_for_function string is eval, which the CSP forbids).
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _placed(api: TestClient, **params: str) -> list[dict[str, Any]]:
    events = api.get("/api/events", params=params).json()["events"]
    return [e for e in events if e["latitude"] is not None]


def _on_map(page: Any) -> int:
    """Markers on the map: single dots, the members of each cluster, and precision-3 areas."""
    dots = page.locator(".event-dot").count()
    clusters = sum(int(text) for text in page.locator(".marker-cluster span").all_inner_texts())
    areas = page.locator("path.event-area").count()
    return int(dots + clusters + areas)


def test_the_map_shows_the_events_and_the_table_lists_them(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    page = watched.open()
    page.wait_for_selector(".event-dot")
    placed = _placed(api)
    assert _on_map(page) == len(placed) >= 7
    assert page.locator("#events-table tbody tr").count() == api.get("/api/events").json()["total"]
    assert page.locator("path.country").count() > 0  # the offline basemap
    # Placed only to a region (the Homs desert): an area, not a pin.
    regional = [e["incident_id"] for e in placed if e["geo_precision"] == 3]
    assert regional and page.locator("path.event-area").count() == len(regional)
    assert all(page.locator(f'.event-dot[data-id="{i}"]').count() == 0 for i in regional)
    screenshot(page, "dashboard-overview")


def test_clicking_an_event_shows_its_evidence_highlighted_in_its_article(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    page = watched.open()
    (protest,) = _placed(api, type="Protests")
    page.locator(f'.event-dot[data-id="{protest["incident_id"]}"]').click()
    page.wait_for_selector("mark.evidence")
    detail = api.get(f"/api/events/{protest['incident_id']}").json()
    (report,) = detail["reports"]
    marks = page.locator(".report mark.evidence").all_inner_texts()
    assert marks == [e["text"] for e in report["evidence"]]
    assert "Maiduguri" in page.locator("#event-title").inner_text()
    assert page.locator(".report .meta").inner_text().startswith("Lake Chad Post · 2023-03-10")
    screenshot(page, "dashboard-event-evidence")


def test_a_filter_changes_the_map_and_the_table(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    page = watched.open()
    before = page.locator("#events-table tbody tr").count()
    page.fill("input[name=country]", "Mali")
    page.click("#filters button[type=submit]")
    mali = api.get("/api/events", params={"country": "Mali"}).json()["events"]
    expect(page.locator("#events-table tbody tr")).to_have_count(len(mali))
    assert len(mali) < before
    assert all("Mali" in text for text in page.locator("#events-table tbody td:nth-child(4)").all_inner_texts())
    assert _on_map(page) == len(_placed(api, country="Mali"))
    csv_link = page.locator("#exports a").first.get_attribute("href")
    assert csv_link == "/api/export?country=Mali&format=acled-csv"
    screenshot(page, "dashboard-filtered")


def test_a_filter_on_what_readers_dispute(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    page = watched.open()
    page.select_option("select[name=disputed]", "attribution")
    disputed = api.get("/api/events", params={"disputed": "attribution"}).json()["events"]
    assert len(disputed) == 1
    expect(page.locator("#events-table tbody tr")).to_have_count(1)
    assert "Kirkuk" in page.locator("#events-table tbody tr").inner_text()


def test_brushing_the_timeline_filters_to_those_weeks(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    page = watched.open()
    box = page.locator("#timeline svg").bounding_box()
    first = page.locator("#timeline rect.bar").first.bounding_box()
    x = first["x"] + first["width"] / 2
    page.mouse.move(x, box["y"] + 40)
    page.mouse.down()
    page.mouse.move(x + 1, box["y"] + 40)
    page.mouse.up()
    expect(page.locator("input[name=since]")).not_to_have_value("")
    since = page.input_value("input[name=since]")
    until = page.input_value("input[name=until]")
    expected = api.get("/api/events", params={"since": since, "until": until}).json()["total"]
    expect(page.locator("#events-table tbody tr")).to_have_count(expected)
    assert 0 < expected < api.get("/api/events").json()["total"]
    screenshot(page, "dashboard-brushed")


def test_a_hostile_document_renders_inert(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    (record,) = api.get(f"/api/documents/{HOSTILE}").json()["records"]
    page = watched.open(f"/#event/{record['incident_id']}")
    page.wait_for_selector(".report mark.evidence")
    page.wait_for_timeout(300)  # any injected handler (img onerror) would have run by now
    assert page.evaluate("document.body.getAttribute('data-pwned')") is None
    assert page.evaluate("typeof window.pwnedBody === 'undefined' && typeof window.pwnedComment === 'undefined'")
    assert "pwned" not in page.title()
    # Its URL is javascript: — shown as text, never a link.
    assert page.locator(".report .meta a").count() == 0
    assert "source: javascript:document.body" in page.locator(".report .meta .not-a-link").inner_text()
    event_page = page.locator("#event-page")
    assert event_page.locator("script, img, b").count() == 0  # the markup is text, not elements
    article = page.locator(".report .article-text").inner_text()
    assert "<script>window.pwnedBody = 1;" in article and "Khan" not in article  # comments are not the article
    comments = page.locator(".reader-comments").inner_text()
    assert "<script>document.body.setAttribute('data-pwned','comment')</script>" in comments
    assert '<img src=y onerror="window.pwnedComment=1">' in comments
    screenshot(page, "dashboard-hostile-document")


def _commented_event(watched: Watched, api: TestClient) -> Any:
    (record,) = api.get(f"/api/documents/{COMMENTED}").json()["records"]
    page = watched.open(f"/#event/{record['incident_id']}")
    page.wait_for_selector(".reader-comments .comment")
    return page


def test_comment_labels_show_as_badges_hate_apart_from_disputes(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    page = _commented_event(watched, api)
    comments = page.locator(".reader-comments .comment")
    expect(comments).to_have_count(4)
    hateful = comments.nth(0)
    assert hateful.locator(".badge-hate").all_inner_texts() == ["dehumanizing"]
    assert comments.nth(1).locator('.badge-dispute[data-label="disputes_sourcing"]').count() == 1
    assert comments.nth(2).locator('.badge-dispute[data-label="disputes_attribution"]').count() == 1
    assert comments.nth(3).locator(".badge").count() == 0  # scored, nothing found
    summary = page.locator(".reader-comments .comment-summary").inner_text()
    assert summary.startswith("4 comments · 1 hateful") and "readers dispute: attribution (1 comment)" in summary
    header = page.locator(".reader-disputes").inner_text()
    assert "Readers dispute: attribution (1 comment across 1 report); sourcing (1 comment across 1 report)" in header
    assert "not sources" in header  # apart from certainty, said so
    screenshot(page, "dashboard-comment-badges")


def test_hateful_comments_are_collapsed_until_revealed_and_evidence_highlighted(
    site: tuple[Watched, TestClient],
) -> None:
    watched, api = site
    page = _commented_event(watched, api)
    hateful = page.locator(".reader-comments .comment.hateful")
    expect(hateful).to_have_count(1)
    expect(hateful.locator(".comment-body")).to_be_hidden()
    hateful.locator("button.reveal").click()
    expect(hateful.locator(".comment-body")).to_be_visible()
    assert "These rats" in hateful.locator("mark.comment-evidence").all_inner_texts()
    quotes = [e["quote"] for e in api.get(f"/api/documents/{COMMENTED}").json()["comments"][1]["evidence"]]
    sourcing = page.locator(".reader-comments .comment").nth(1)
    assert sourcing.locator("mark.comment-evidence").all_inner_texts() == quotes == ["No source", "according to whom"]
    # The moderator's toggle: off shows every comment, on collapses the hateful ones again.
    toggle = page.locator('input[name="hide-hateful"]')
    toggle.uncheck()
    expect(hateful.locator(".comment-body")).to_be_visible()
    toggle.check()
    expect(hateful.locator(".comment-body")).to_be_hidden()
    screenshot(page, "dashboard-hateful-collapsed")


def test_comment_markup_stays_inert_when_revealed(site: tuple[Watched, TestClient]) -> None:
    watched, api = site
    page = _commented_event(watched, api)
    hateful = page.locator(".reader-comments .comment.hateful")
    hateful.locator("button.reveal").click()
    page.wait_for_timeout(300)  # an injected onerror would have run by now
    assert page.evaluate("typeof window.pwnedHate === 'undefined'")
    assert page.locator("#event-page .reader-comments img").count() == 0
    assert '<img src=z onerror="window.pwnedHate=1">' in hateful.locator(".comment-text").inner_text()


_MARKED = """async ([text, evidence]) => {
  const { commentText } = await import("/static/js/comments.js");
  return [...commentText(text, evidence).querySelectorAll("mark")].map((mark) => mark.textContent);
}"""


def test_comment_evidence_is_cut_at_characters_not_utf16_units(site: tuple[Watched, TestClient]) -> None:
    """The server counts characters; an emoji is two UTF-16 units in the browser, so a comment with emoji before
    its evidence must still be cut at the right words (and never through the emoji)."""
    watched, _ = site
    page = watched.open()
    text = "\U0001f621\U0001f621 These rats \U0001f400 must go, no source cited"
    rats, source = text.index("These rats"), text.index("no source")
    evidence = [
        {"label": "dehumanizing", "start": rats, "end": rats + 10},
        {"label": "disputes_sourcing", "start": source, "end": source + 9},
    ]
    assert page.evaluate(_MARKED, [text, evidence]) == ["These rats", "no source"]


def test_article_evidence_and_its_end_are_cut_at_characters(site: tuple[Watched, TestClient]) -> None:
    watched, _ = site
    page = watched.open()
    body = "\U0001f4f0 Shelling hit the market.\n\nReader \U0001f622 wrote: so sad"
    start = body.index("Shelling")
    script = """async ([body, end, evidence]) => {
      const { articleText } = await import("/static/js/article.js");
      const node = articleText(body, end, evidence);
      return [node.textContent, [...node.querySelectorAll("mark")].map((mark) => mark.textContent)];
    }"""
    evidence = [{"start": start, "end": start + 8}]
    shown, marked = page.evaluate(script, [body, body.index("\n\n"), evidence])
    assert (shown, marked) == ("\U0001f4f0 Shelling hit the market.", ["Shelling"])


def test_comment_evidence_overlapping_or_past_the_text_never_breaks(site: tuple[Watched, TestClient]) -> None:
    watched, _ = site
    page = watched.open()
    text = "Lies \U0001f602, all lies"
    evidence = [
        {"label": "disputes_sourcing", "start": 0, "end": 4},
        {"label": "toxic", "start": 2, "end": 7},  # overlaps the first, ends past the emoji
        {"label": "insult", "start": 12, "end": 400},  # ends past the text
        {"label": "insult", "start": 900, "end": 950},  # wholly past it
        {"label": "insult", "start": -3, "end": 2},
        {"label": "insult", "start": 5, "end": 5},
    ]
    assert page.evaluate(_MARKED, [text, evidence]) == ["Lies \U0001f602,", "lies"]
    assert watched.errors == []


def test_unscored_comments_show_as_not_scored_never_as_clean(
    site: tuple[Watched, TestClient], store_path: Path
) -> None:
    """A store from before comments were scored: its comments are marked unscored, not shown without labels."""
    watched, api = site
    plain = [
        {"text": c["text"], "author": c["author"]} for c in api.get(f"/api/documents/{COMMENTED}").json()["comments"]
    ]
    with EventStore.open(str(store_path)) as store, store._engine.begin() as connection:
        connection.execute(
            update(DocumentRow)
            .where(DocumentRow.doc_id == COMMENTED)
            .values(comments=plain, comments_model=None, comments_hateful=None, comments_toxic=None)
        )
    page = _commented_event(watched, api)
    expect(page.locator(".reader-comments .badge-unscored")).to_have_count(4)
    assert "not scored yet" in page.locator(".reader-comments .comment-summary").inner_text()
    assert page.locator(".reader-comments .comment.hateful").count() == 0


def test_the_api_docs_work_offline(site: tuple[Watched, TestClient]) -> None:
    watched, _ = site
    page = watched.page
    page.goto(watched.base + "/docs")
    page.wait_for_selector(".opblock", timeout=20000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/events" in paths and "/api/documents" in paths
    screenshot(page, "api-docs")


def test_online_tiles_load_only_when_the_user_switches_them_on(store_path: Path, browser: Any) -> None:
    app = create_app(str(store_path), online_tiles="https://tiles.example.org/{z}/{x}/{y}.png")
    with served(app) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        watched = Watched(page, base)
        try:
            watched.open()
            page.wait_for_selector("#online-tiles")
            page.wait_for_timeout(300)
            assert watched.foreign == []  # nothing online until asked
            page.check("#online-tiles")
            expect(page.locator("img.leaflet-tile").first).to_be_attached()
            page.wait_for_timeout(300)
            assert watched.foreign and all(u.startswith("https://tiles.example.org/") for u in watched.foreign)
        finally:
            page.close()
