"""`eventlens serve`: its token, its arguments, and a store it cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventlens.cli import main
from eventlens.cli_serve import TOKEN_ENV, read_token


def test_the_token_comes_from_the_file_else_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    assert read_token(None) is None
    monkeypatch.setenv(TOKEN_ENV, " from-env ")
    assert read_token(None) == "from-env"
    file = tmp_path / "token"
    file.write_text("from-file\nignored\n")
    assert read_token(file) == "from-file"
    file.write_text("\n")
    with pytest.raises(ValueError, match="no token"):
        read_token(file)


def test_serve_says_what_is_wrong_and_serves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "token"
    empty.write_text("")
    assert main(["serve", "--db", str(tmp_path / "e.db"), "--token-file", str(empty)]) == 2
    assert "holds no token" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "e.db"), "--token-file", str(tmp_path / "absent")]) == 2
    assert "absent" in capsys.readouterr().err


def test_serve_help_names_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    assert all(option in out for option in ("--db", "--host", "--port", "--token-file", TOKEN_ENV))
