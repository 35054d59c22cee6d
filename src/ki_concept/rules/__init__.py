"""Checks across a whole version, after each file has passed its schema.

Each module owns one topic and exposes ``check(context)``, a generator of
diagnostics. ``CHECKS`` is the registry; order does not matter because the
result is sorted by position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ki_concept.diagnostics import Diagnostic
from ki_concept.rules import dates, ids, references, status, structure
from ki_concept.rules.context import RuleContext

Check = Callable[[RuleContext], Iterator[Diagnostic]]

CHECKS: tuple[Check, ...] = (
    ids.check,
    references.check,
    status.check,
    dates.check,
    structure.check,
)


def run_checks(context: RuleContext) -> list[Diagnostic]:
    """Every diagnostic from every check."""
    return [diag for check in CHECKS for diag in check(context)]


__all__ = ["CHECKS", "RuleContext", "run_checks"]
