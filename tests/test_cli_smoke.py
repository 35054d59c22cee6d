from __future__ import annotations

from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED


def test_validate_bundled_concept_has_no_errors(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "validate", "--as-of", "2018-01-01"])
    assert result.exit_code == 0, result.output
    assert "0 Fehler" in result.output
