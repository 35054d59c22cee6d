from __future__ import annotations

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED


def test_validate_bundled_concept_has_no_errors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "validate", "--as-of", "2018-01-01"])
    assert result.exit_code == 0, result.output
    assert "0 Fehler" in result.output


def test_an_internal_error_exits_3_with_a_short_crash_report(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ki_concept.status import command as status

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(status, "build_report", broken)
    result = runner.invoke(app, ["--root", str(BUNDLED), "status"])
    assert result.exit_code == 3
    assert result.stderr.startswith("Interner Fehler (RuntimeError: kaputt) in ")
    assert (
        " in status/command.py:" in result.stderr and "(run_status)" in result.stderr
    )  # ki-concept's frame
    assert "ki-concept 0.1.0, Python 3." in result.stderr
    assert "Traceback" not in result.output
    monkeypatch.setenv("KI_CONCEPT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="kaputt"):
        runner.invoke(app, ["--root", str(BUNDLED), "status"], catch_exceptions=False)
