"""KI204, KI302, KI303, KI304: status words, their history, and finished measures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ki_concept.diagnostics import Diagnostic, YamlPath, diagnostic
from ki_concept.matching import similar
from ki_concept.models import Handlungsfeld, HistoryEntry, Measure, yaml_key
from ki_concept.reading.source import YamlDocument
from ki_concept.rules.context import RuleContext

MEASURES = yaml_key(Handlungsfeld, "measures")
STATUS = yaml_key(Measure, "status")
HISTORY = yaml_key(Measure, "history")
STEP_STATUS = yaml_key(HistoryEntry, "status")
STEP_DATE = yaml_key(HistoryEntry, "date")


def check(context: RuleContext) -> Iterator[Diagnostic]:
    vocabulary = context.version.vocabulary
    choices = ", ".join(dict.fromkeys(vocabulary.ids))  # a duplicate is KI205's business

    def unknown(file: Path, doc: YamlDocument, path: YamlPath, status: str) -> Diagnostic:
        close = similar(status, vocabulary.ids, n=1, cutoff=0.6)
        return diagnostic(
            "KI204",
            file,
            doc.position(path),
            "rule.unknown_status_suggest" if close else "rule.unknown_status",
            path=path,
            status=status,
            choices=choices,
            suggestion=close[0] if close else "",
        )

    # Plain sets: asked once per measure and history step, tens of thousands of times.
    known = set(vocabulary.ids)
    finished = vocabulary.finished_ids
    for field_file, index, measure in context.version.measures():
        file, doc = field_file.file, field_file.document
        base: YamlPath = (MEASURES, index)
        if measure.status is not None and measure.status not in known:
            yield unknown(file, doc, (*base, STATUS), measure.status)
        for step, entry in enumerate(measure.history):
            if entry.status not in known:
                yield unknown(file, doc, (*base, HISTORY, step, STEP_STATUS), entry.status)
            if step and entry.date < measure.history[step - 1].date:
                path: YamlPath = (*base, HISTORY, step, STEP_DATE)
                yield diagnostic(
                    "KI303",
                    file,
                    doc.position(path),
                    "rule.history_order",
                    path=path,
                    date=entry.date,
                    previous=measure.history[step - 1].date,
                )
        if measure.history and measure.history[-1].status != measure.status:
            last = len(measure.history) - 1
            path = (*base, HISTORY, last, STEP_STATUS)
            yield diagnostic(
                "KI304",
                file,
                doc.position(path),
                "rule.history_status",
                path=path,
                last=measure.history[-1].status,
                status=measure.status or "—",
                id=measure.id,
            )
        if measure.status in finished and measure.end is None and not measure.ongoing:
            path = (*base, STATUS)
            yield diagnostic(
                "KI302",
                file,
                doc.position(path),
                "rule.finished_without_end",
                path=path,
                id=measure.id,
                status=measure.status,
            )
