"""The benchmark's concept generator and its table (``bench/``)."""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from ki_concept.checking import validate_folder
from ki_concept.diff.changes import Kind
from ki_concept.diff.compare import compare_versions
from ki_concept.models import (
    Goal,
    Handlungsfeld,
    HistoryEntry,
    Indicator,
    Konzept,
    Measure,
    Measurement,
    Period,
    Priority,
    StatusValue,
    yaml_keys,
)
from ki_concept.reading.source import Limits, needs_reference_parser, parse_text
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import generate
import run

SIZE = generate.Size(measures=300, fields=4, goals=5)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("bench")
    base, revised = generate.generate(root, SIZE, seed=11, revised=True)
    return base, revised


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    first = generate.generate(tmp_path / "a", SIZE, seed=5, revised=True)
    again = generate.generate(tmp_path / "b", SIZE, seed=5, revised=True)
    other = generate.generate(tmp_path / "c", SIZE, seed=6)
    assert [_tree(f) for f in first] == [_tree(f) for f in again]
    assert _tree(first[0]) != _tree(other[0])


@pytest.mark.parametrize("index", [0, 1], ids=["base", "revised"])
def test_both_versions_validate_without_any_problem(pair: tuple[Path, Path], index: int) -> None:
    quiet = dt.date.fromisoformat(run.QUIET_DATE)
    loaded, result = validate_folder(pair[index], quiet)
    assert result.diagnostics == []
    assert loaded.version is not None
    fields = loaded.version.fields
    assert len(fields) == SIZE.fields
    measures = sum(len(f.model.measures) for f in fields)
    if index == 0:
        assert measures == SIZE.measures
        assert all(len(f.model.goals) == SIZE.goals for f in fields)
    else:
        assert abs(measures - SIZE.measures) < SIZE.measures // 10


def _keys_used(data: Any, model: type[BaseModel], used: dict[str, set[str]]) -> None:
    """Record the YAML keys written for each model, walking nested models."""
    tree: dict[type[BaseModel], dict[str, type[BaseModel]]] = {
        Konzept: {"schwerpunkte": Priority, "statuswerte": StatusValue},
        Priority: {"zeitraum": Period},
        Handlungsfeld: {"ziele": Goal, "massnahmen": Measure},
        Goal: {"indikatoren": Indicator},
        Measure: {"indikatoren": Indicator, "verlauf": HistoryEntry},
        Indicator: {"ausgangswert": Measurement, "zielwert": Measurement, "istwerte": Measurement},
    }
    nested = tree.get(model, {})
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        used.setdefault(model.__name__, set()).update(item)
        for key, child in nested.items():
            if key in item and item[key] is not None:
                _keys_used(item[key], child, used)


def test_every_key_of_the_format_is_used(pair: tuple[Path, Path]) -> None:
    used: dict[str, set[str]] = {}
    base = pair[0]
    _keys_used(_data(base / "konzept.yaml"), Konzept, used)
    for file in sorted((base / "handlungsfelder").glob("*.yaml")):
        _keys_used(_data(file), Handlungsfeld, used)
    for model in (
        Konzept,
        Priority,
        Period,
        StatusValue,
        Handlungsfeld,
        Goal,
        Indicator,
        Measurement,
        Measure,
        HistoryEntry,
    ):
        assert used[model.__name__] == set(yaml_keys(model)), model.__name__


@pytest.mark.parametrize("index", [0, 1], ids=["base", "revised"])
def test_most_measures_are_overdue_today(pair: tuple[Path, Path], index: int) -> None:
    loaded, result = validate_folder(pair[index], dt.date.today())
    assert loaded.version is not None
    measures = sum(1 for _ in loaded.version.measures())
    rules = Counter(d.rule for d in result.diagnostics)
    assert set(rules) == {"KI305"}
    assert rules["KI305"] > measures / 2


def test_the_text_is_written_the_way_people_write_it(pair: tuple[Path, Path]) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(pair[0].rglob("*.yaml")))
    for construct in (
        "\n# ",
        "  # ",
        ": >-\n",
        ": |\n",
        ": [",
        "- {jahr: ",
        "ä",
        "ö",
        "ü",
        "ß",
        "Ä",
        'version: "2023"',
        'titel: "Sprachförderung: Kurse',
        "\n    verlauf:\n",
        "      - {datum: ",
        "  # Nummer aus dem Beschluss\n",
    ):
        assert construct in text, construct
    for file in sorted(pair[0].rglob("*.yaml")) + sorted(pair[1].rglob("*.yaml")):
        content = file.read_text(encoding="utf-8")
        assert not needs_reference_parser(content), file
        parsed = parse_text(file, content, Limits())
        assert parsed.document is not None and not parsed.diagnostics, file


def _data(file: Path) -> Any:
    parsed = parse_text(file, file.read_text(encoding="utf-8"), Limits())
    assert parsed.document is not None
    return parsed.document.data


def test_the_revision_renames_moves_rewords_adds_and_drops(pair: tuple[Path, Path]) -> None:
    old, _ = validate_folder(pair[0], dt.date.today())
    new, _ = validate_folder(pair[1], dt.date.today())
    assert old.version is not None and new.version is not None
    changes = compare_versions(old.version, new.version)
    kinds = Counter(change.kind for change in changes)
    for kind in (Kind.ADDED, Kind.REMOVED, Kind.RENAMED, Kind.CHANGED):
        assert kinds[kind] > 0, kind
    fields = Counter(change.field for change in changes if change.kind is Kind.CHANGED)
    assert fields["status"] > 0 and fields["verlauf"] > 0 and fields["titel"] > 0
    renamed = [m for _, _, m in new.version.measures() if m.former_ids]
    assert renamed and all(m.id not in m.former_ids for m in renamed)


def test_six_thousand_measures_are_about_two_megabytes(tmp_path: Path) -> None:
    (folder,) = generate.generate(tmp_path, generate.Size(measures=6000), seed=7)
    assert 1.8e6 < generate.yaml_bytes(folder) < 2.3e6


# --- the table -----------------------------------------------------------------------------


def _case(key: str, seconds: float, peak_mb: float = 50.0) -> run.Case:
    case = run.Case(key, key, ["true"])
    case.times = [seconds, seconds * 1.1, seconds * 0.9]
    case.peaks_kib = [int(peak_mb * 1024)]
    return case


def _cases(**overrides: float) -> list[run.Case]:
    seconds = {
        "floor": 0.1,
        "help": 0.12,
        "status": 0.15,
        "validate_300": 0.2,
        "validate": 0.25,
        "validate_quiet": 0.2,
        "set_status": 0.3,
        "peer": 2.5,
        "diff": 0.5,
        "validate_2x": 0.5,
    }
    seconds.update(overrides)
    return [_case(key, value) for key, value in seconds.items()]


def test_the_table_shows_ratios_targets_and_whether_they_are_met() -> None:
    rows, met = run.table(_cases())
    assert met
    by_case = {row[0]: row for row in rows}
    assert by_case["help"][3:] == ["1.20×", "≤ 1.8 × floor", "yes"]
    assert by_case["validate"][3:] == ["10.00×", "≥ 8 × faster than peer", "yes"]
    assert by_case["validate_quiet"][3:] == ["1.25×", "validate ≤ 1.6 × this", "yes"]
    assert by_case["set_status"][3:] == ["1.20×", "≤ 2 × validate", "yes"]
    assert by_case["diff"][3:] == ["—", "", ""]  # shown, no target
    assert rows[-1][3:] == ["50 MB", "≤ 150 MB", "yes"]
    assert "floor" in run.render(rows)


def test_a_missed_target_fails_the_table() -> None:
    rows, met = run.table(_cases(status=0.3))
    assert not met
    assert {row[0]: row for row in rows}["status"][3:] == ["3.00×", "≤ 2.5 × floor", "NO"]


def test_a_case_that_did_not_run_counts_as_missed() -> None:
    cases = _cases()
    edit = next(c for c in cases if c.key == "set_status")
    edit.skipped = "exit 2: no such measure"
    rows, met = run.table(cases)
    assert not met
    assert {row[0]: row for row in rows}["set_status"][-1] == "not run (exit 2: no such measure)"
