"""The diff's plain-text layout (no colour) gives exactly what the rich table lays out."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

from ki_concept.checking import validate_folder
from ki_concept.diff.changes import select
from ki_concept.diff.compare import compare_versions
from ki_concept.diff.render import RenderOptions, _group_table, render_text
from ki_concept.diff.report import DiffReport, Side
from tests.conftest import BUNDLED, REPO

sys.path.insert(0, str(REPO / "bench"))
import generate

AS_OF = dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def bench_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small benchmark concept and its revision, with every optional key in use."""
    root = tmp_path_factory.mktemp("bench")
    generate.generate(root, generate.Size(measures=400, fields=4, goals=6), seed=3, revised=True)
    return root


# --- the diff's plain layout ------------------------------------------------------------------


def _report(old: Path, new: Path) -> DiffReport:
    a, _ = validate_folder(old, AS_OF)
    b, _ = validate_folder(new, AS_OF)
    assert a.version is not None and b.version is not None
    changes = select(compare_versions(a.version, b.version))
    return DiffReport(
        Side(old.name, str(old), a.version), Side(new.name, str(new), b.version), changes
    )


def _table_layout(
    report: DiffReport, options: RenderOptions, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The output as the rich table lays it out."""
    from ki_concept.diff import render

    def table(group: Any, rep: DiffReport, console: Any, width: int) -> str:
        console.print(_group_table(group, rep, False))
        return ""

    with monkeypatch.context() as patch:
        patch.setattr(render, "_plain_group", table)
        return render_text(report, options)


@pytest.mark.parametrize("width", [20, 41, 80, 100, 137])
def test_the_plain_diff_layout_equals_the_table_layout(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for old, new in (("2013", "2017"), ("2017", "2013")):
        report = _report(BUNDLED / old, BUNDLED / new)
        options = RenderOptions(color=False, width=width)
        assert render_text(report, options) == _table_layout(report, options, monkeypatch)


def test_the_plain_diff_layout_equals_the_table_layout_on_a_large_revision(
    bench_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(bench_root / "2023", bench_root / "2025")
    assert len(report.changes) > 50
    options = RenderOptions(color=False, width=80)
    assert render_text(report, options) == _table_layout(report, options, monkeypatch)
