"""Around the repository: help with examples, the pre-commit hook, CI examples, README commands."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import typer.main
from ruamel.yaml import YAML
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED, REPO
from tests.html_tree import parse


def leaf_commands() -> list[tuple[tuple[str, ...], Any]]:
    """Every command a user can run, with its path (``("add", "massnahme")``)."""
    found = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        children = getattr(command, "commands", None)
        if children is None:
            found.append((path, command))
            return
        for name, child in children.items():
            walk(child, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


def test_every_command_shows_an_example_in_its_help(runner: CliRunner) -> None:
    commands = leaf_commands()
    names = {path[0] for path, _ in commands}
    assert {"validate", "status", "show", "report", "export", "schema"} <= names
    for path, command in commands:
        assert command.epilog and "ki-concept " in command.epilog, path
        result = runner.invoke(app, [*path, "--help"], terminal_width=200)
        assert result.exit_code == 0, path
        assert f"ki-concept {path[0]}" in " ".join(result.output.split()), path


def test_version_and_completion(runner: CliRunner) -> None:
    version = runner.invoke(app, ["--version"])
    assert re.fullmatch(r"ki-concept \d+\.\d+\.\d+\n", version.stdout)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "ki-concept --install-completion" in readme
    assert "ki-concept --show-completion" in readme


def test_pre_commit_hook_runs_validate(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    hooks = YAML(typ="safe", pure=True).load(REPO / ".pre-commit-hooks.yaml")
    assert len(hooks) == 1
    hook = hooks[0]
    assert hook["id"] == "ki-concept-validate"
    assert hook["entry"] == "ki-concept validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for path in ("concept/2017/handlungsfelder/arbeit.yaml", "concept/2013/konzept.yml"):
        assert files.search(path), path
    for path in ("README.md", "concept/2017/notizen.txt", "schema/konzept.schema.json"):
        assert not files.search(path), path
    # The entry as pre-commit runs it: in the repository root, without file names.
    monkeypatch.chdir(REPO)
    result = runner.invoke(app, shlex.split(hook["entry"])[1:])
    assert result.exit_code == 0, result.output
    assert "0 Fehler" in result.stdout


def yaml_blocks(markdown: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", markdown, flags=re.S)


def ci_commands() -> list[str]:
    """Every shell line the GitHub Actions and GitLab CI examples in docs/ci.md run."""
    text = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    yaml = YAML(typ="safe", pure=True)
    lines: list[str] = []
    for block in yaml_blocks(text, "yaml"):
        data = yaml.load(block)
        if isinstance(data, dict) and "jobs" in data:  # GitHub Actions
            for job in data["jobs"].values():
                lines += [step["run"] for step in job["steps"] if "run" in step]
        elif isinstance(data, dict):  # GitLab CI
            for job in data.values():
                if isinstance(job, dict) and "script" in job:
                    lines += job["script"]
    return lines


def test_ci_examples_run_here(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands = ci_commands()
    assert "ki-concept validate --format github" in commands
    assert "ki-concept validate" in commands
    assert "python -m pip install ." in commands
    work = tmp_path / "repo"
    shutil.copytree(BUNDLED, work / "concept")
    monkeypatch.chdir(work)
    ran = 0
    for line in commands:
        args = shlex.split(line)
        if args[0] != "ki-concept":
            continue  # installing is what CI does before; here the package is installed
        result = runner.invoke(app, [*args[1:]])
        assert result.exit_code == 0, (line, result.output)
        ran += 1
        if "--format" in args and "github" in args:
            assert "::warning file=concept/2017/konzept.yaml" in result.stdout
    assert ran >= 6
    assert parse((work / "bericht.html").read_text(encoding="utf-8")).tags("svg")
    assert openpyxl.load_workbook(work / "massnahmen.xlsx").sheetnames[0] == "Alle Maßnahmen"


def test_readme_report_commands_work(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Berichte und Export", 1)[1].split("\n## ", 1)[0]
    commands = [
        line
        for block in yaml_blocks(section, "sh")
        for line in block.splitlines()
        if line.startswith("ki-concept ")
    ]
    assert len(commands) == 3
    shutil.copytree(BUNDLED, tmp_path / "concept")
    monkeypatch.chdir(tmp_path)
    for line in commands:
        result = runner.invoke(app, shlex.split(line)[1:])
        assert result.exit_code == 0, (line, result.output)
    page = parse((tmp_path / "bericht-kreistag.html").read_text(encoding="utf-8"))
    assert [h.text() for h in page.tags("h2")][-2] == "Änderungen seit 2013"
    book = openpyxl.load_workbook(tmp_path / "massnahmen.xlsx")
    assert book["Alle Maßnahmen"].max_row == 1 + 24
    assert (tmp_path / "massnahmen.csv").read_bytes().startswith(b"\xef\xbb\xbfHandlungsfeld;")


def test_readme_schema_setup_matches_the_repository() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    settings = (REPO / ".vscode" / "settings.json").read_text(encoding="utf-8")
    assert settings.strip() in readme
    modeline = "# yaml-language-server: $schema=../../../schema/handlungsfeld.schema.json"
    assert modeline in readme
    field_file = BUNDLED / "2017" / "handlungsfelder" / "arbeit.yaml"
    assert (field_file.parent / modeline.split("=", 1)[1]).resolve() == (
        REPO / "schema" / "handlungsfeld.schema.json"
    )


def test_changelog_lists_every_command() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog and "### Added" in changelog
    for path, _ in leaf_commands():
        assert f"`{' '.join(path)}`" in changelog, path
