"""KI301, KI305, KI306: dates that contradict each other or have passed."""

from __future__ import annotations

from collections.abc import Iterator

from ki_concept.diagnostics import Diagnostic, YamlPath, diagnostic
from ki_concept.rules.context import RuleContext


def check(context: RuleContext) -> Iterator[Diagnostic]:
    version = context.version
    for field_file, index, measure in version.measures():
        file, doc = field_file.file, field_file.document
        if measure.start and measure.end and measure.end < measure.start:
            path: YamlPath = ("massnahmen", index, "ende")
            yield diagnostic("KI301", file, doc.position(path), "rule.end_before_start",
                             path=path, id=measure.id, start=measure.start, end=measure.end)
        if (
            measure.end is not None
            and measure.end < context.as_of
            and measure.status is not None
            and measure.status in version.vocabulary
            and not version.vocabulary.is_finished(measure.status)
        ):
            path = ("massnahmen", index, "ende")
            yield diagnostic("KI305", file, doc.position(path), "rule.overdue",
                             path=path, id=measure.id, end=measure.end, as_of=context.as_of,
                             status=measure.status)
    doc = version.konzept_document
    for index, priority in enumerate(version.konzept.priorities):
        period = priority.period
        if period is not None and period.end < period.start:
            period_path: YamlPath = ("schwerpunkte", index, "zeitraum", "bis")
            yield diagnostic("KI306", doc.file, doc.position(period_path), "rule.period_reversed",
                             path=period_path, start=period.start, end=period.end)
