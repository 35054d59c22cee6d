"""Comparing revisions of a version folder in a real git repository."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` (outside .git) with the hash of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(folder).parts
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The bundled concept committed, then one measure re-scheduled and committed again,
    then an uncommitted edit in the working tree."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    shutil.copytree(BUNDLED, repo / "concept")
    git(repo, "add", "concept")
    git(repo, "commit", "-q", "-m", "Konzept")
    engagement = repo / "concept" / "2017" / "handlungsfelder" / "engagement.yaml"
    text = engagement.read_text(encoding="utf-8")
    assert text.count("    ende: 2017-06-30\n") == 1
    engagement.write_text(
        text.replace("    ende: 2017-06-30\n", "    ende: 2017-12-31\n"), encoding="utf-8"
    )
    git(repo, "commit", "-q", "-am", "Ende verschoben")
    # Uncommitted work must neither be read for HEAD nor be touched.
    engagement.write_text(
        engagement.read_text(encoding="utf-8").replace(
            "titel: Willkommenspatenschaften für Neuzugewanderte", "titel: Willkommenspaten", 1
        ),
        encoding="utf-8",
    )
    return repo


def test_diff_between_two_revisions(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    before = snapshot(repo)
    status_before = git(repo, "status", "--porcelain")
    result = runner.invoke(
        app, ["diff", "HEAD~1:concept/2017", "HEAD:concept/2017", "--format", "json", "--exit-code"]
    )
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    assert payload["changes"] == [
        {
            "kind": "changed",
            "type": "massnahme",
            "id": "ENGAGEMENT-M2",
            "old_id": "ENGAGEMENT-M2",
            "field": "ende",
            "old": "2017-06-30",
            "new": "2017-12-31",
        }
    ]
    assert payload["old"]["source"] == "HEAD~1:concept/2017"
    assert payload["new"]["source"] == "HEAD:concept/2017"
    # The working tree, the index and the uncommitted edit are exactly as before.
    assert snapshot(repo) == before
    assert git(repo, "status", "--porcelain") == status_before
    assert status_before.strip() == "M concept/2017/handlungsfelder/engagement.yaml"


def test_revision_against_the_working_tree_in_words(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "concept")
    # "HEAD:2017" is found below the concept folder; "2017" is the working tree.
    result = runner.invoke(app, ["diff", "HEAD~1:2017", "2017"])
    assert result.exit_code == 0, result.output
    assert "ende verschoben um +6 Monate (2017-06-30 → 2017-12-31)" in result.stdout
    assert "titel: „Willkommenspatenschaften für Neuzugewanderte“ → „Willkommenspaten“" in (
        result.stdout
    )


def test_repository_found_through_the_concept_root(
    repo: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    monkeypatch.chdir(outside)
    result = runner.invoke(
        app,
        [
            "--root",
            str(repo / "concept"),
            "diff",
            "HEAD~1:concept/2013",
            "HEAD:concept/2013",
            "--exit-code",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (
        result.stdout == "Vergleich HEAD~1:concept/2013 → HEAD:concept/2013\nKeine Unterschiede.\n"
    )


def test_unknown_revision_or_folder_exits_2(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    result = runner.invoke(app, ["diff", "HEAD~7:concept/2017", "2017"])
    assert result.exit_code == 2
    assert "'HEAD~7:concept/2017'" in result.stderr and "HEAD~7" in result.stderr
    result = runner.invoke(app, ["diff", "HEAD:concept", "2017", "--exit-code"])
    assert result.exit_code == 2
    assert "weder konzept.yaml noch handlungsfelder/" in result.stderr
    result = runner.invoke(app, ["diff", "--", "--output=x:y", "2017"])
    assert result.exit_code == 2
    assert "REVISION:PFAD" in result.stderr


def test_invalid_revision_reports_files_as_rev_path(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    konzept = repo / "concept" / "2017" / "konzept.yaml"
    konzept.write_text(konzept.read_text(encoding="utf-8") + "unbekannt: 1\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "kaputt")
    result = runner.invoke(app, ["diff", "HEAD~1:concept/2017", "HEAD:concept/2017"])
    assert result.exit_code == 2
    assert "HEAD:concept/2017/konzept.yaml:" in result.stderr
    assert "(KI103)" in result.stderr
    assert "ki-concept-diff-" not in result.stderr


def test_outside_any_repository(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "plain" / "concept"
    shutil.copytree(BUNDLED, root)
    monkeypatch.chdir(tmp_path / "plain")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = runner.invoke(app, ["diff", "HEAD:concept/2017", "2017"])
    assert result.exit_code == 2
    assert "liegen in einem Git-Repository" in result.stderr


def test_a_revision_is_read_from_the_object_store_without_temporary_files(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def no_temp(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary folder was made")

    monkeypatch.setattr(tempfile, "mkdtemp", no_temp)
    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_temp)
    monkeypatch.chdir(repo)
    result = runner.invoke(app, ["diff", "HEAD~1:concept/2017", "HEAD:concept/2017"])
    assert result.exit_code == 0, result.output
    assert "ende verschoben um +6 Monate" in result.stdout


def test_a_committed_link_is_named_and_never_followed(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = repo.parent / "geheim.yaml"
    secret.write_text("id: GEHEIM\ntitel: Zugangsdaten des CI-Servers\n", encoding="utf-8")
    fields = repo / "concept" / "2017" / "handlungsfelder"
    (fields / "arbeit.yaml").unlink()
    (fields / "arbeit.yaml").symlink_to(secret)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Link")
    monkeypatch.chdir(repo)
    result = runner.invoke(app, ["diff", "HEAD~1:concept/2017", "HEAD:concept/2017"])
    assert result.exit_code == 2
    assert "HEAD:concept/2017/handlungsfelder/arbeit.yaml:1:1:" in result.stderr
    assert "symbolischer Link" in result.stderr and "(KI001)" in result.stderr
    assert "GEHEIM" not in result.output and "Zugangsdaten" not in result.output
