"""One run of a command: which version it works on, and that it reads each file once."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.reading import source
from ki_concept.reading.files import FolderFiles
from ki_concept.reading.source import Limits
from tests.builders import field, goal, konzept, measure, write_version


def _root(tmp_path: Path, adopted: dict[str, str | None]) -> Path:
    """Versions named as the keys, each adopted on its date (None: a draft)."""
    root = tmp_path / "concept"
    for name, day in adopted.items():
        data = konzept(name, beschlossen=day) if day else {"titel": "Entwurf", "version": name}
        fields = {"feld": field("F", [goal("F-Z1")], [measure("F-M1", "geplant", ziele=["F-Z1"])])}
        write_version(root, name, data, fields)
    return root


def _invoke(runner: CliRunner, root: Path, *args: str) -> str:
    result = runner.invoke(app, ["--root", str(root), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _status_folder(runner: CliRunner, root: Path, *args: str) -> str:
    report = json.loads(_invoke(runner, root, "status", *args, "--format", "json"))
    return str(report["concept"]["folder"])


def test_every_command_works_on_the_adopted_version_and_a_draft_only_when_named(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = _root(tmp_path, {"2017": "2017-12-14", "2024": None})
    assert _status_folder(runner, root) == "2017"
    out = _invoke(runner, root, "set-status", "F-M1", "laufend", "--date", "2018-01-01")
    assert "Version 2017" in out
    assert "laufend" in (root / "2017" / "handlungsfelder" / "feld.yaml").read_text()
    assert "laufend" not in (root / "2024" / "handlungsfelder" / "feld.yaml").read_text()
    # What the coordinator set is what status shows next.
    report = json.loads(_invoke(runner, root, "status", "--format", "json", "--list"))
    assert [m["status"] for m in report["measures"]] == ["laufend"]

    out = _invoke(runner, root, "add", "massnahme", "--handlungsfeld", "F", "--titel", "Neu",
                  "--version", "2024")  # fmt: skip
    assert "Version 2024" in out
    assert "Neu" in (root / "2024" / "handlungsfelder" / "feld.yaml").read_text()
    assert _status_folder(runner, root, "2024") == "2024"


@pytest.mark.parametrize(
    "adopted, chosen",
    [
        ({"a": "2019-01-01", "b": "2015-01-01", "c": None}, "a"),  # latest date, not last name
        ({"a": "2019-01-01", "b": "2019-01-01"}, "b"),  # same day: last by name
        ({"a": None, "b": None}, "b"),  # nothing adopted yet: last by name
    ],
)
def test_the_default_version(
    runner: CliRunner, tmp_path: Path, adopted: dict[str, str | None], chosen: str
) -> None:
    root = _root(tmp_path, adopted)
    assert _status_folder(runner, root) == chosen
    out = _invoke(runner, root, "set-status", "F-M1", "laufend", "--dry-run")
    assert f"Version {chosen} " in out


def test_an_unknown_version_among_many_names_a_few_and_the_count(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = _root(tmp_path, {f"v{n:03}": None for n in range(30)})
    result = runner.invoke(app, ["--root", str(root), "status", "v999"])
    assert result.exit_code == 2
    assert "30 Versionen" in result.stderr
    assert "v000, v001" in result.stderr and "v029" not in result.stderr


class _Reads:
    """Counts how often the loader reads and parses each file, and the edit its new text."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read: Counter[str] = Counter()
        self.parsed: Counter[str] = Counter()
        original_read = FolderFiles.read
        original_parse = source.parse_text

        def read(files: FolderFiles, relative: str, limits: Limits) -> object:
            self.read[f"{files.name}/{relative}"] += 1
            return original_read(files, relative, limits)

        def parse(file: Path, *args: object, **kwargs: object) -> object:
            self.parsed[f"{file.parent.name}/{file.name}"] += 1
            return original_parse(file, *args, **kwargs)  # type: ignore[arg-type]

        def edit_parse(file: Path, *args: object, **kwargs: object) -> object:
            self.parsed[f"new {file.name}"] += 1
            return original_parse(file, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(FolderFiles, "read", read)
        # Both modules call the reader by the name they imported it under.
        monkeypatch.setattr("ki_concept.reading.loader.parse_text", parse)
        monkeypatch.setattr("ki_concept.edit.operations.parse_text", edit_parse)


def test_set_status_reads_and_parses_each_file_once(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "concept"
    fields = {
        name: field(name.upper(), [goal(f"{name.upper()}-Z1")],
                    [measure(f"{name.upper()}-M1", "geplant", ziele=[f"{name.upper()}-Z1"])])
        for name in ("eins", "zwei", "drei")
    }  # fmt: skip
    write_version(root, "2017", konzept("2017"), fields)
    write_version(root, "2013", konzept("2013"), fields)
    reads = _Reads(monkeypatch)
    _invoke(runner, root, "set-status", "ZWEI-M1", "laufend", "--date", "2018-01-01")
    assert reads.read == Counter(
        {
            "2013/konzept.yaml": 1,  # to find the adopted version
            "2017/konzept.yaml": 1,
            "2017/handlungsfelder/drei.yaml": 1,
            "2017/handlungsfelder/eins.yaml": 1,
            "2017/handlungsfelder/zwei.yaml": 1,
        }
    )
    assert reads.parsed == Counter(
        {
            "2013/konzept.yaml": 1,
            "2017/konzept.yaml": 1,
            "handlungsfelder/drei.yaml": 1,
            "handlungsfelder/eins.yaml": 1,
            "handlungsfelder/zwei.yaml": 1,
            "new zwei.yaml": 1,  # the edited text, read back once and validated in memory
        }
    )


def test_status_reads_each_file_once(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _root(tmp_path, {"2013": "2013-06-01", "2017": "2017-12-14"})
    reads = _Reads(monkeypatch)
    _invoke(runner, root, "status")
    assert set(reads.read.values()) == {1} and set(reads.parsed.values()) == {1}
    assert "2017/handlungsfelder/feld.yaml" in reads.read
    assert "2013/handlungsfelder/feld.yaml" not in reads.read


def test_the_root_option_wins_over_a_folder_of_the_same_name_here(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = _root(tmp_path / "a", {"2017": "2017-12-14"})
    here = _root(tmp_path / "b", {"2017": "2017-12-14"})
    monkeypatch.chdir(here)  # a folder 2017 right here, too
    _invoke(
        runner, chosen, "set-status", "F-M1", "laufend", "--version", "2017", "--date", "2018-01-01"
    )
    assert "laufend" in (chosen / "2017" / "handlungsfelder" / "feld.yaml").read_text()
    assert "laufend" not in (here / "2017" / "handlungsfelder" / "feld.yaml").read_text()


def test_an_unreadable_konzept_makes_the_default_version_a_question(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = _root(tmp_path, {"2013": "2013-06-01", "2017": "2017-12-14"})
    (root / "2017" / "konzept.yaml").write_text("titel: [kaputt\n", encoding="utf-8")
    for args in (["status"], ["set-status", "F-M1", "laufend"]):
        result = runner.invoke(app, ["--root", str(root), *args])
        assert result.exit_code == 2, result.output
        assert "lässt sich nicht bestimmen" in result.stderr and "2017" in result.stderr
    assert "laufend" not in (root / "2013" / "handlungsfelder" / "feld.yaml").read_text()
    named = runner.invoke(app, ["--root", str(root), "status", "2013"])
    assert named.exit_code == 0
