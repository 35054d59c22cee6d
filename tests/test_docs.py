"""The rule reference in docs/regeln.md stays in step with the rule catalogue."""

from __future__ import annotations

import re

from ki_concept.diagnostics import RULES, Severity
from tests.conftest import REPO

RULES_DOC = REPO / "docs" / "regeln.md"
_HEADING = re.compile(r"^## (KI\d{3})\b(.*)$", re.MULTILINE)
_SEVERITY_WORD = {Severity.ERROR: "Fehler", Severity.WARNING: "Warnung"}


def _sections() -> dict[str, tuple[str, str]]:
    """Rule id → (rest of the heading line, section body)."""
    text = RULES_DOC.read_text(encoding="utf-8")
    matches = list(_HEADING.finditer(text))
    sections: dict[str, tuple[str, str]] = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        assert match.group(1) not in sections, f"{match.group(1)} documented twice"
        sections[match.group(1)] = (match.group(2), text[match.end() : end])
    return sections


def test_every_rule_has_a_section_and_every_section_a_rule() -> None:
    documented = set(_sections())
    assert sorted(set(RULES) - documented) == [], "rules without a section in docs/regeln.md"
    assert sorted(documented - set(RULES)) == [], "sections for rule ids that do not exist"


def test_sections_name_the_rule_and_its_severity() -> None:
    for rule_id, (heading, body) in _sections().items():
        rule = RULES[rule_id]
        assert heading == f" · {rule.name}", f"{rule_id}: heading should end with '· {rule.name}'"
        expected = f"**Schwere:** {_SEVERITY_WORD[rule.severity]} "
        assert expected in body, f"{rule_id}: severity line should read {expected!r}"


def test_sections_follow_the_catalogue_order() -> None:
    assert list(_sections()) == sorted(RULES)
