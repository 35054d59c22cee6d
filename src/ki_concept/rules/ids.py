"""KI201: ids are unique across a whole version (fields, goals and measures)."""

from __future__ import annotations

from collections.abc import Iterator

from ki_concept.diagnostics import Diagnostic, YamlPath, diagnostic, display_path
from ki_concept.models import Goal, Handlungsfeld, Konzept, Measure, StatusValue, yaml_key
from ki_concept.reading.loader import FieldFile
from ki_concept.rules.context import RuleContext

FIELD_ID = yaml_key(Handlungsfeld, "id")
GOALS = yaml_key(Handlungsfeld, "goals")
GOAL_ID = yaml_key(Goal, "id")
MEASURES = yaml_key(Handlungsfeld, "measures")
MEASURE_ID = yaml_key(Measure, "id")
STATUS_VALUES = yaml_key(Konzept, "status_values")
STATUS_ID = yaml_key(StatusValue, "id")


def check(context: RuleContext) -> Iterator[Diagnostic]:
    yield from _duplicate_ids(context)
    yield from _duplicate_status_words(context)


def _all_unique(context: RuleContext) -> bool:
    ids: list[str] = []
    for field_file in context.version.fields:
        model = field_file.model
        ids.append(model.id)
        ids += [goal.id for goal in model.goals]
        ids += [measure.id for measure in model.measures]
    return len(set(ids)) == len(ids)


def _duplicate_ids(context: RuleContext) -> Iterator[Diagnostic]:
    if _all_unique(context):
        return  # the usual case, decided without building a path per item
    # Positions are looked up only for duplicates: finding one may parse the file again.
    seen: dict[str, tuple[FieldFile, YamlPath]] = {}
    for field_file in context.version.fields:
        doc = field_file.document
        model = field_file.model
        places: list[tuple[str, YamlPath]] = [(model.id, (FIELD_ID,))]
        places += [(g.id, (GOALS, i, GOAL_ID)) for i, g in field_file.indexed_goals()]
        places += [(m.id, (MEASURES, i, MEASURE_ID)) for i, m in field_file.indexed_measures()]
        for item_id, path in places:
            first = seen.setdefault(item_id, (field_file, path))
            if first[1] is not path:
                first_file, first_path = first
                first_line = first_file.document.position(first_path)[0]
                yield diagnostic(
                    "KI201",
                    field_file.file,
                    doc.position(path),
                    "rule.duplicate_id",
                    path=path,
                    id=item_id,
                    first=f"{display_path(first_file.file)}:{first_line}",
                )


def _duplicate_status_words(context: RuleContext) -> Iterator[Diagnostic]:
    vocabulary = context.version.konzept.status_values or []
    statuses: set[str] = set()
    for index, value in enumerate(vocabulary):
        if value.id in statuses:
            doc = context.version.konzept_document
            path = (STATUS_VALUES, index, STATUS_ID)
            yield diagnostic(
                "KI205",
                doc.file,
                doc.position(path),
                "rule.duplicate_status",
                path=path,
                id=value.id,
            )
        statuses.add(value.id)
