"""The corpus: valid concepts give no diagnostic, invalid ones exactly their golden list.

``tests/corpus/valid/<case>/`` and ``tests/corpus/invalid/<case>/`` each hold either a version
folder (``konzept.yaml`` + ``handlungsfelder/``) or single YAML files. Every invalid case has an
``expected.txt``: one ``file:line:column RULE`` line per diagnostic, file relative to the case,
in the order ``validate`` prints them. After a deliberate change, rewrite them with
``pytest tests/test_corpus.py --update-golden`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ki_concept.checking import validate_folder
from ki_concept.diagnostics import RULES, Diagnostic
from ki_concept.models import Handlungsfeld, Konzept
from ki_concept.reading.loader import KONZEPT_FILE, is_version_folder
from ki_concept.reading.schema_errors import validate_model
from ki_concept.reading.source import Limits, load_file
from tests.conftest import yaml_parser

CORPUS = Path(__file__).resolve().parent / "corpus"
GOLDEN = "expected.txt"
# Fixed, so KI305 (overdue) does not depend on the day the tests run.
AS_OF = dt.date(2020, 1, 1)
# Small, so the KI002 case needs only a 20 kB file.
LIMITS = Limits(max_bytes=16 * 1024)


def cases(kind: str) -> list[Path]:
    return sorted(p for p in (CORPUS / kind).iterdir() if p.is_dir())


def run_case(case: Path, *, pure: bool | None = None) -> list[Diagnostic]:
    """Every diagnostic for one case, sorted as ``validate`` prints them."""
    if is_version_folder(case):
        with yaml_parser(pure):
            _, result = validate_folder(case, AS_OF, LIMITS)
        return result.sorted()
    found: list[Diagnostic] = []
    for file in sorted(case.glob("*.yaml")):
        parsed = load_file(file, LIMITS, pure=pure)
        found += parsed.diagnostics
        if parsed.document is not None:
            model = Konzept if file.name == KONZEPT_FILE else Handlungsfeld
            found += validate_model(model, parsed.document)[1]
    return sorted(found, key=Diagnostic.sort_key)


def golden_lines(case: Path, diagnostics: list[Diagnostic]) -> list[str]:
    return [
        f"{d.file.relative_to(case).as_posix()}:{d.line}:{d.column} {d.rule}" for d in diagnostics
    ]


def explained(case: Path, found: list[Diagnostic]) -> list[tuple[str, Diagnostic]]:
    """Golden lines with their diagnostics, for readable failure messages."""
    return list(zip(golden_lines(case, found), found, strict=True))


@pytest.mark.parametrize("case", cases("valid"), ids=lambda p: p.name)
def test_valid_case_has_no_diagnostics(case: Path) -> None:
    found = run_case(case)
    assert [f"{line} {d.message}" for line, d in explained(case, found)] == []


@pytest.mark.parametrize("case", cases("invalid"), ids=lambda p: p.name)
def test_invalid_case_matches_golden(case: Path, request: pytest.FixtureRequest) -> None:
    found = run_case(case)
    actual = "".join(line + "\n" for line in golden_lines(case, found))
    golden = case / GOLDEN
    update = request.config.getoption("--update-golden")
    if update and (not golden.exists() or golden.read_text(encoding="utf-8") != actual):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing; create it with --update-golden and review it"
    assert actual == golden.read_text(encoding="utf-8"), "\n".join(
        f"{line}  {d.message}" for line, d in explained(case, found)
    )
    assert found, "an invalid case must produce at least one diagnostic"


@pytest.mark.parametrize("case", cases("invalid"), ids=lambda p: p.name)
def test_invalid_case_is_named_after_a_rule_it_triggers(case: Path) -> None:
    prefix = case.name.split("_", 1)[0]
    if re.fullmatch(r"KI\d{3}", prefix):
        assert prefix in {d.rule for d in run_case(case)}


@pytest.mark.parametrize("case", cases("invalid"), ids=lambda p: p.name)
def test_positions_lie_inside_the_file(case: Path) -> None:
    """A diagnostic points at a real character (or just past the end of its line)."""
    for diag in run_case(case):
        if not diag.file.is_file():
            assert (diag.line, diag.column) == (1, 1)
            continue
        raw = diag.file.read_bytes()
        lines = raw.decode("utf-8", errors="replace").removeprefix("\ufeff").splitlines()
        if not lines:
            assert (diag.line, diag.column) == (1, 1)
            continue
        assert 1 <= diag.line <= len(lines) + 1, diag
        if diag.line <= len(lines):
            assert 1 <= diag.column <= len(lines[diag.line - 1]) + 1, diag


def test_every_rule_is_covered_by_the_corpus() -> None:
    golden_rules = set()
    for case in cases("invalid"):
        text = (case / GOLDEN).read_text(encoding="utf-8") if (case / GOLDEN).exists() else ""
        golden_rules |= {line.rsplit(" ", 1)[1] for line in text.splitlines()}
    assert sorted(set(RULES) - golden_rules) == []
