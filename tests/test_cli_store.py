"""`eventlens ingest`, `events`, `edit` and `db upgrade`, run in-process on reports of our own."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from eventlens.cli import main
from eventlens.pipeline import DocumentResult, Pipeline
from eventlens.types import Document

# One ambush told by two outlets in their own words, and a protest elsewhere.
REPORTS = {
    "wire.txt": "Gunmen ambush army convoy near Gwoza\n\n"
    "Gunmen ambushed an army convoy near Gwoza in Borno state on Tuesday, killing four soldiers, military "
    "sources said.\n",
    "radio.txt": "Soldiers killed in Gwoza ambush\n\n"
    "Four soldiers were killed on Tuesday when militants attacked a military convoy outside Gwoza, Borno "
    "state, residents said.\n",
    "protest.txt": "Traders protest in Kano\n\n"
    "Hundreds of traders marched peacefully in Kano on Monday to protest against new market levies.\n",
}


@pytest.fixture(scope="module")
def built(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the reports, ingested once by the command (the session's pipeline warms the caches)."""
    folder = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder.parent / "built.db"
    missing = str(folder.parent / "missing.txt")
    code = main(["ingest", str(folder), missing, "--db", str(db), "--published", "2024-06-05", "--no-progress"])
    assert code == 1  # the missing file failed; the rest were stored
    return db


@pytest.fixture
def db(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "events.db"
    shutil.copy(built, copy)
    return copy


def _events(db: Path, capsys: pytest.CaptureFixture[str], *options: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--json", *options]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_ingest_stores_reports_merged_and_reports_a_bad_file(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    incidents = _events(db, capsys)
    ambush = [i for i in incidents if i["record"]["location"] == "Gwoza"]  # type: ignore[index]
    assert len(ambush) == 1 and len(ambush[0]["mentions"]) == 2  # type: ignore[arg-type]
    assert any(i["record"]["location"] == "Kano" for i in incidents)  # type: ignore[index]


def test_ingest_again_changes_nothing_and_extracts_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "again"
    folder.mkdir()
    (folder / "wire.txt").write_text(REPORTS["wire.txt"], encoding="utf-8")
    before = _events(db, capsys)
    extracted: list[str] = []
    process = Pipeline.process

    def spy(self: Pipeline, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        for result in process(self, documents):
            extracted.append(result.document.doc_id)
            yield result

    monkeypatch.setattr(Pipeline, "process", spy)
    assert main(["ingest", str(folder), "--db", str(db), "--published", "2024-06-05", "--no-progress"]) == 0
    assert "0 added, 1 unchanged, 0 updated, 0 failed" in capsys.readouterr().err
    assert _events(db, capsys) == before
    assert extracted == []  # a stored document is known before it is extracted


def test_events_prints_a_table_and_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(db), "--admin1", "borno"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0].split()[:3] == ["id", "date", "sub-event"]
    assert len(lines) == 2 and "Gwoza" in lines[1] and "(2 reports)" in lines[1]
    assert "1 of 1 incidents" in out.err
    assert _events(db, capsys, "--type", "Protests")[0]["record"]["location"] == "Kano"  # type: ignore[index]
    assert _events(db, capsys, "--since", "2024-07-01") == []


def test_events_shows_the_newest_first_unless_asked(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newest = [incident["record"]["event_date"] for incident in _events(db, capsys)]  # type: ignore[index]
    assert newest == sorted(newest, reverse=True)
    oldest = [incident["record"]["event_date"] for incident in _events(db, capsys, "--oldest-first")]  # type: ignore[index]
    assert oldest == sorted(newest) and len(set(newest)) > 1


def test_edit_sets_a_field_and_keeps_who_and_why(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ambush,) = _events(db, capsys, "--text", "gwoza")
    incident_id = str(ambush["incident_id"])
    command = ["edit", "--db", str(db), incident_id, "--set", "fatalities=5", "--note", "army statement, 6 June"]
    assert main([*command, "--author", "ana"]) == 0
    assert "1 corrections kept" in capsys.readouterr().out
    (edited,) = _events(db, capsys, "--text", "gwoza")
    assert edited["record"]["fatalities"] == 5  # type: ignore[index]
    assert edited["corrections"][0]["author"] == "ana"  # type: ignore[index]
    assert edited["corrections"][0]["note"] == "army statement, 6 June"  # type: ignore[index]


def test_edit_refuses_unknown_fields_and_bad_values(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ambush,) = _events(db, capsys, "--text", "gwoza")
    incident_id = str(ambush["incident_id"])
    assert main(["edit", "--db", str(db), incident_id, "--set", "deaths=5", "--note", "x"]) == 2
    assert "'deaths' is no field of the event record" in capsys.readouterr().err
    assert main(["edit", "--db", str(db), incident_id, "--set", "fatalities=five", "--note", "x"]) == 2
    assert "fatalities='five'" in capsys.readouterr().err
    both = ["--set", "admin1=Yobe", "--set", "fatalities=five"]
    assert main(["edit", "--db", str(db), incident_id, *both, "--note", "x"]) == 2
    assert "fatalities='five'" in capsys.readouterr().err
    assert _events(db, capsys, "--text", "gwoza")[0]["corrections"] == []  # the good --set was not kept either
    assert main(["edit", "--db", str(db), "inc-none", "--confirm", "--note", "x"]) == 2
    assert "no incident 'inc-none'" in capsys.readouterr().err


def test_a_rejected_incident_is_left_out_of_events(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (protest,) = _events(db, capsys, "--type", "Protests")
    assert main(["edit", "--db", str(db), str(protest["incident_id"]), "--reject", "--note", "a market day"]) == 0
    assert _events(db, capsys, "--type", "Protests") == []
    assert len(_events(db, capsys, "--type", "Protests", "--include-rejected")) == 1


def test_events_and_edit_refuse_a_store_that_is_not_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.db"
    assert main(["events", "--db", str(missing)]) == 2
    assert f"no event store at {missing}" in capsys.readouterr().err
    assert main(["edit", "--db", f"sqlite:///{missing}", "inc-x", "--confirm", "--note", "seen"]) == 2
    assert "no event store at" in capsys.readouterr().err
    assert not missing.exists()


def test_db_upgrade_says_the_revision(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade", "--db", str(db)]) == 0
    assert "schema at revision 0003" in capsys.readouterr().out
    assert main(["events", "--db", "mysql://x/y"]) == 2


def test_db_rescore_comments_scores_what_is_unscored(
    db: Path, pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    from eventlens.store import EventStore
    from eventlens.types import Comment

    document = Document(
        doc_id="page-1",
        text="Gunmen attacked a checkpoint near Gwoza on Tuesday, killing two soldiers, officials said.",
        url="https://page.example/1",
        comments=[Comment("No source cited, according to whom?")],
    )
    with EventStore.open(str(db)) as store:
        store.ingest(DocumentResult(document))  # stored unscored, as a store from before revision 0003 holds them
    assert main(["db", "upgrade", "--db", str(db)]) == 0
    assert "scored the reader comments of 1 document(s)" in capsys.readouterr().out
    assert main(["db", "rescore-comments", "--rules-only", "--db", str(db)]) == 0
    assert "re-scored the reader comments of 1 document(s) with rules-" in capsys.readouterr().out
    with EventStore.open(str(db)) as store:
        stored = store.document("page-1")
        assert stored is not None and stored.comment_summary is not None
        assert stored.comment_summary.disputed == ["sourcing"]


_DOWN_MODEL = """
class Model:
    name = "down"

    def probabilities(self, text):
        raise TimeoutError("no answer")
"""
_PAGE = (
    "<html><head><title>Ambush near Gwoza</title></head><body><article><p>Gunmen ambushed an army convoy near "
    "Gwoza in Borno state on Tuesday, killing four soldiers, military sources said.</p></article>"
    '<div id="disqus_thread"><ul class="post-list"><li class="post"><span class="author">reader1</span>'
    '<div class="post-message"><p>No source cited, according to whom?</p></div></li></ul></div></body></html>'
)


def test_ingest_keeps_the_events_of_a_page_its_comment_model_fails_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pipeline: Pipeline
) -> None:
    from eventlens.store import EventStore

    (tmp_path / "down_model.py").write_text(_DOWN_MODEL, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "page.html").write_text(_PAGE, encoding="utf-8")
    db = tmp_path / "events.db"
    args = ["ingest", str(tmp_path / "page.html"), "--db", str(db), "--comment-model", "down_model:Model"]
    assert main([*args, "--published", "2024-06-05", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "page.html: comments not scored by down+rules-" in err and "(TimeoutError: no answer)" in err
    assert "`eventlens db rescore-comments` scores them" in err and "1 added" in err
    with EventStore.open(str(db)) as store:
        (incident,) = store.incidents()
        stored = store.document(incident.mentions[0].doc_id)
        assert stored is not None and len(stored.comments) == 1 and stored.comment_summary is None


def test_a_comment_model_that_cannot_load_creates_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pipeline: Pipeline
) -> None:
    (tmp_path / "page.html").write_text(_PAGE, encoding="utf-8")
    db = tmp_path / "events.db"
    args = ["ingest", str(tmp_path / "page.html"), "--db", str(db), "--comment-model", "missing.json", "--no-progress"]
    assert main(args) == 2
    assert "no comment model file missing.json" in capsys.readouterr().err
    assert not db.exists()
