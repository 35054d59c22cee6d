"""The public YAML test suite: every case gives a document or a clean diagnostic.

``tests/yaml_test_suite/cases.json`` holds the input of each of the suite's 402 cases and
whether it is an error case (see the LICENSE beside it). Whatever YAML a stranger writes,
the reader never raises: a valid text gives data (or a diagnostic when it is no concept
file, e.g. a list at the top), an invalid one a diagnostic with a line and a column.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ki_concept.reading.source import Limits, ParsedFile, parse_text

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "yaml_test_suite" / "cases.json").read_text(encoding="utf-8")
)
# Invalid texts both parsers accept; each is read as its evident meaning.
LENIENT = {
    "9C9N": "flow sequence indented less than its key",
    "DK95-1": "a tab that looks like indentation inside a quoted scalar",
    "QB6E": "a quoted scalar continued at a lower indentation",
    "SU5Z": "a comment right after a closing quote",
}


def _read(case: dict[str, Any], *, pure: bool) -> ParsedFile:
    return parse_text(Path(f"{case['id']}.yaml"), case["yaml"], Limits(), pure=pure)


def test_the_suite_is_complete() -> None:
    assert len(CASES) == 402
    assert sum(case["error"] for case in CASES) == 94


@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure"])
@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_every_case_gives_a_document_or_a_diagnostic(case: dict[str, Any], pure: bool) -> None:
    parsed = _read(case, pure=pure)
    lines = case["yaml"].count("\n") + 1
    for diag in parsed.diagnostics:
        assert 1 <= diag.line <= lines + 1 and diag.column >= 1, diag
        assert diag.message and diag.rule.startswith("KI")
        assert "Interner Fehler" not in diag.message
    if parsed.document is None:
        assert parsed.diagnostics, "no document and no diagnostic"
    if case["error"] and case["id"] not in LENIENT:
        assert parsed.diagnostics, "an invalid text was accepted without a word"


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_both_parsers_report_the_same(case: dict[str, Any]) -> None:
    def record(parsed: ParsedFile) -> list[tuple[str, int, int, str]]:
        return [(d.rule, d.line, d.column, d.message) for d in parsed.diagnostics]

    libyaml, pure = _read(case, pure=False), _read(case, pure=True)
    assert record(libyaml) == record(pure)
    assert (libyaml.document is None) == (pure.document is None)
    if libyaml.document is not None and pure.document is not None:
        assert repr(libyaml.document.data) == repr(pure.document.data)


def test_a_yaml_1_3_directive_is_a_diagnostic_at_the_directive() -> None:
    parsed = parse_text(Path("f.yaml"), "# Kopf\n%YAML 1.3\n---\nid: F\n", Limits())
    assert parsed.document is None
    assert [(d.rule, d.line, d.column, d.message_key) for d in parsed.diagnostics] == [
        ("KI010", 2, 1, "yaml.hint.directive")
    ]
