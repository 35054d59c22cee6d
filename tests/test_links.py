"""Symbolic links in a concept repository are treated as written by a stranger: a link out of
the concept folder, or into .git, is named and never followed; links inside are followed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED

SECRET = "id: GEHEIM\ntitel: Zugangsdaten des CI-Servers\ntoken_abc123: geheim\n"


@pytest.fixture
def concept(tmp_path: Path) -> Path:
    root = tmp_path / "repo" / "concept"
    shutil.copytree(BUNDLED, root)
    (tmp_path / "secret.yaml").write_text(SECRET, encoding="utf-8")
    return root


def _validate(runner: CliRunner, root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--root", str(root), "validate", "2017", *args])
    return result.exit_code, result.output


def _link(path: Path, target: Path) -> None:
    path.unlink()
    path.symlink_to(target)


def test_a_field_file_linked_out_of_the_concept_is_named_not_read(
    runner: CliRunner, concept: Path, tmp_path: Path
) -> None:
    field = concept / "2017" / "handlungsfelder" / "arbeit.yaml"
    _link(field, tmp_path / "secret.yaml")
    code, out = _validate(runner, concept, "--format", "json")
    assert code == 1
    problems = json.loads(out)["diagnostics"]
    mine = [d for d in problems if d["file"].endswith("arbeit.yaml")]
    assert [(d["rule"], d["line"], d["column"]) for d in mine] == [("KI001", 1, 1)]
    assert "symbolischer Link aus dem Konzept-Ordner" in mine[0]["message"]
    assert "GEHEIM" not in out and "abc123" not in out and "Zugangsdaten" not in out


COMMANDS = [
    ["status"],
    ["show", "ARBEIT-M1"],
    ["diff", "2013", "2017"],
    ["report", "--since", "2013"],
    ["export", "-o", "-", "-f", "csv"],
]


@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_prints_what_a_link_out_points_at(
    runner: CliRunner, concept: Path, tmp_path: Path, command: list[str]
) -> None:
    _link(concept / "2017" / "konzept.yaml", tmp_path / "secret.yaml")
    result = runner.invoke(app, ["--root", str(concept), *command])
    assert result.exit_code in (1, 2)
    assert "GEHEIM" not in result.output and "abc123" not in result.output


def test_links_into_git_and_a_linked_fields_folder_are_refused(
    runner: CliRunner, concept: Path, tmp_path: Path
) -> None:
    git = concept / ".git"
    git.mkdir()
    (git / "config.yaml").write_text(SECRET, encoding="utf-8")
    _link(concept / "2017" / "handlungsfelder" / "kultur.yaml", git / "config.yaml")
    code, out = _validate(runner, concept)
    assert code == 1 and "kultur.yaml:1:1: [Fehler]" in out and "GEHEIM" not in out

    outside = tmp_path / "fremd"
    outside.mkdir()
    shutil.copy(tmp_path / "secret.yaml", outside / "geheim.yaml")
    fields = concept / "2013" / "handlungsfelder"
    shutil.rmtree(fields)
    fields.symlink_to(outside)
    result = runner.invoke(app, ["--root", str(concept), "validate", "2013"])
    assert result.exit_code == 1
    assert "handlungsfelder:1:1: [Fehler]" in result.output and "(KI001)" in result.output
    assert "geheim.yaml" not in result.output and "GEHEIM" not in result.output


def test_a_link_inside_the_concept_is_followed(runner: CliRunner, concept: Path) -> None:
    fields = concept / "2017" / "handlungsfelder"
    shared = concept / "gemeinsam"
    shared.mkdir()
    (fields / "arbeit.yaml").rename(shared / "arbeit.yaml")
    (fields / "arbeit.yaml").symlink_to(Path("..", "..", "gemeinsam", "arbeit.yaml"))
    code, out = _validate(runner, concept)
    assert code == 0, out


def test_a_version_given_by_path_keeps_its_links_inside_itself(
    runner: CliRunner, concept: Path, tmp_path: Path
) -> None:
    version = concept / "2017"
    _link(version / "handlungsfelder" / "arbeit.yaml", concept / "2013" / "konzept.yaml")
    result = runner.invoke(app, ["validate", str(version)])
    assert result.exit_code == 1
    assert "arbeit.yaml:1:1: [Fehler]" in result.output and "(KI001)" in result.output


def test_set_status_on_a_measure_in_an_unreadable_file_says_so(
    runner: CliRunner, concept: Path, tmp_path: Path
) -> None:
    _link(concept / "2017" / "handlungsfelder" / "arbeit.yaml", tmp_path / "secret.yaml")
    result = runner.invoke(app, ["--root", str(concept), "set-status", "ARBEIT-M1", "laufend"])
    assert result.exit_code == 2
    assert "nicht gelesen werden" in result.stderr and "arbeit.yaml" in result.stderr
    assert "symbolischer Link" in result.stderr and "GEHEIM" not in result.stderr


def test_new_version_copies_links_as_links(
    runner: CliRunner, concept: Path, tmp_path: Path
) -> None:
    (concept / "2017" / "notizen.txt").symlink_to(tmp_path / "secret.yaml")
    result = runner.invoke(app, ["--root", str(concept), "new-version", "2017", "2030"])
    assert result.exit_code == 0, result.output
    copied = concept / "2030" / "notizen.txt"
    assert copied.is_symlink() and "GEHEIM" not in result.output
