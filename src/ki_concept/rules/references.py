"""KI202, KI203, KI206, KI402: goals, sources and priorities referred to must exist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ki_concept.diagnostics import Diagnostic, YamlPath, diagnostic
from ki_concept.matching import close_matches
from ki_concept.models import Goal, Handlungsfeld, Konzept, Measure, yaml_key
from ki_concept.reading.loader import FieldFile
from ki_concept.reading.source import YamlDocument
from ki_concept.rules.context import RuleContext

MEASURES = yaml_key(Handlungsfeld, "measures")
GOALS = yaml_key(Handlungsfeld, "goals")
FIELD_SOURCES = yaml_key(Handlungsfeld, "sources")
CONCEPT_SOURCES = yaml_key(Konzept, "concept_sources")


def _closest(value: str, candidates: list[str]) -> str:
    """The candidate meant: ids and keys are short, so case alone must not hide a match."""
    return next(iter(close_matches(value, candidates)), "")


def _unknown_goals(
    field_file: FieldFile, index: int, measure: Measure, known: set[str], goal_ids: list[str]
) -> Iterator[Diagnostic]:
    for ref_index, goal_id in enumerate(measure.goals):
        if goal_id in known:
            continue
        path: YamlPath = (MEASURES, index, yaml_key(Measure, "goals"), ref_index)
        suggestion = _closest(goal_id, goal_ids)
        yield diagnostic(
            "KI202",
            field_file.file,
            field_file.document.position(path),
            "rule.unknown_goal_suggest" if suggestion else "rule.unknown_goal",
            path=path,
            id=goal_id,
            measure=measure.id,
            suggestion=suggestion,
        )


def _unknown_priorities(
    field_file: FieldFile, index: int, measure: Measure, priority_ids: list[str]
) -> Iterator[Diagnostic]:
    for ref_index, priority_id in enumerate(measure.priorities):
        if priority_id in priority_ids:
            continue
        path: YamlPath = (MEASURES, index, yaml_key(Measure, "priorities"), ref_index)
        yield diagnostic(
            "KI206",
            field_file.file,
            field_file.document.position(path),
            "rule.unknown_priority",
            path=path,
            id=priority_id,
            choices=", ".join(priority_ids) or "—",
        )


def check(context: RuleContext) -> Iterator[Diagnostic]:
    version = context.version
    goal_ids = [goal.id for _, _, goal in version.goals()]
    known_goals = set(goal_ids) | context.raw_ids
    source_keys = list(version.konzept.sources)
    known_sources = set(source_keys)
    served: set[str] = set()

    priority_ids = [p.id for p in version.konzept.priorities if p.id]
    known_priorities = set(priority_ids)

    def sources(
        doc_file: Path, doc: YamlDocument, base: YamlPath, keys: list[str]
    ) -> Iterator[Diagnostic]:
        for ref_index, key in enumerate(keys):
            if key in known_sources:
                continue
            ref_path: YamlPath = (*base, ref_index)
            suggestion = _closest(key, source_keys)
            yield diagnostic(
                "KI203",
                doc_file,
                doc.position(ref_path),
                "rule.unknown_source_suggest" if suggestion else "rule.unknown_source",
                path=ref_path,
                key=key,
                suggestion=suggestion,
            )

    konzept_doc = version.konzept_document
    yield from sources(
        konzept_doc.file, konzept_doc, (CONCEPT_SOURCES,), version.konzept.concept_sources
    )
    # Each check below asks "all known?" in one set operation first: on a large concept
    # nearly every item passes, and the per-reference loop runs only for the others.
    for field_file in version.fields:
        model, doc = field_file.model, field_file.document
        yield from sources(field_file.file, doc, (FIELD_SOURCES,), model.sources)
        for index, goal in field_file.indexed_goals():
            if not known_sources.issuperset(goal.sources):
                path: YamlPath = (GOALS, index, yaml_key(Goal, "sources"))
                yield from sources(field_file.file, doc, path, goal.sources)
        for index, measure in field_file.indexed_measures():
            served.update(measure.goals)
            if not known_goals.issuperset(measure.goals):
                yield from _unknown_goals(field_file, index, measure, known_goals, goal_ids)
            if not known_priorities.issuperset(measure.priorities):
                yield from _unknown_priorities(field_file, index, measure, priority_ids)
            if not known_sources.issuperset(measure.sources):
                path = (MEASURES, index, yaml_key(Measure, "sources"))
                yield from sources(field_file.file, doc, path, measure.sources)

    if not context.complete:
        return  # a goal's measures may sit in a file that did not load
    for field_file, index, goal in version.goals():
        if goal.id not in served:
            goal_path: YamlPath = (GOALS, index, yaml_key(Goal, "id"))
            yield diagnostic(
                "KI402",
                field_file.file,
                field_file.document.position(goal_path),
                "rule.goal_without_measure",
                path=goal_path,
                id=goal.id,
            )
