"""The rule registry and the code agree: each rule id is raised exactly where its entry says,
and nowhere else."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ki_concept.diagnostics import RULES
from tests.conftest import REPO

PACKAGE = REPO / "src" / "ki_concept"
_RAISED = re.compile(r'"(KI\d{3})"')


def _raised_where() -> dict[str, set[str]]:
    """Rule id → the modules (dotted, below ki_concept) that name it in their code."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).with_suffix("")
        module = ".".join(relative.parts)
        if module == "diagnostics" or module.startswith("messages"):
            continue  # the registry itself, and message texts that cite ids
        for rule_id in _RAISED.findall(path.read_text(encoding="utf-8")):
            found[rule_id].add(module)
    return found


def test_every_rule_is_raised_by_the_modules_it_names_and_by_no_other() -> None:
    raised = _raised_where()
    assert set(raised) == set(RULES), "ids raised in code but not registered, or the reverse"
    for rule_id, rule in RULES.items():
        assert set(rule.raised_by) == raised[rule_id], rule_id


def test_every_module_named_exists() -> None:
    for rule in RULES.values():
        for module in rule.raised_by:
            assert (PACKAGE / Path(*module.split("."))).with_suffix(".py").is_file(), module
