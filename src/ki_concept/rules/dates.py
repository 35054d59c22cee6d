"""KI301, KI305, KI306: dates that contradict each other or have passed."""

from __future__ import annotations

from collections.abc import Iterator

from ki_concept.diagnostics import Diagnostic, YamlPath, diagnostic
from ki_concept.models import Handlungsfeld, Konzept, Measure, Period, Priority, yaml_key
from ki_concept.progress import status_on
from ki_concept.rules.context import RuleContext

MEASURES = yaml_key(Handlungsfeld, "measures")
END = yaml_key(Measure, "end")
PRIORITY_END = (yaml_key(Priority, "period"), yaml_key(Period, "end"))
PRIORITIES = yaml_key(Konzept, "priorities")


def check(context: RuleContext) -> Iterator[Diagnostic]:
    version = context.version
    vocabulary = version.vocabulary
    for field_file in version.fields:
        file, doc = field_file.file, field_file.document
        for index, measure in field_file.indexed_measures():
            end = measure.end
            if end is None:
                continue  # both checks are about the end date
            if measure.start and end < measure.start:
                path: YamlPath = (MEASURES, index, END)
                yield diagnostic(
                    "KI301",
                    file,
                    doc.position(path),
                    "rule.end_before_start",
                    path=path,
                    id=measure.id,
                    start=measure.start,
                    end=end,
                )
            # The status on the reference date, read as 'status' reads it: from the history.
            status = status_on(measure, context.as_of, context.today).status
            if end < context.as_of and vocabulary.can_be_overdue(status):
                path = (MEASURES, index, END)
                yield diagnostic(
                    "KI305",
                    file,
                    doc.position(path),
                    "rule.overdue",
                    path=path,
                    id=measure.id,
                    end=end,
                    as_of=context.as_of,
                    status=status,
                )
    doc = version.konzept_document
    for index, priority in enumerate(version.konzept.priorities):
        period = priority.period
        if period is not None and period.end < period.start:
            period_path: YamlPath = (PRIORITIES, index, *PRIORITY_END)
            yield diagnostic(
                "KI306",
                doc.file,
                doc.position(period_path),
                "rule.period_reversed",
                path=period_path,
                start=period.start,
                end=period.end,
            )
