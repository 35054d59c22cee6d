"""KI401: the number of fields a concept declares against the files it has."""

from __future__ import annotations

from collections.abc import Iterator

from ki_concept.diagnostics import Diagnostic, diagnostic
from ki_concept.models import Konzept, yaml_key
from ki_concept.rules.context import RuleContext


def check(context: RuleContext) -> Iterator[Diagnostic]:
    declared = context.version.konzept.declared_field_count
    # Counted are the files present, whether or not each passed its own checks.
    if declared is None or context.field_names is None:
        return
    found = len(context.field_names)
    if declared != found:
        doc = context.version.konzept_document
        path = (yaml_key(Konzept, "declared_field_count"),)
        names = ", ".join(context.field_names)
        yield diagnostic(
            "KI401",
            doc.file,
            doc.position(path),
            "rule.field_count",
            path=path,
            declared=declared,
            found=found,
            names=names,
        )
