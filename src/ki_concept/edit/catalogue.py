"""Finding what an edit names: the file of a measure or field, goal ids, statuses.

Ids are read from the raw data of each file as the loader read it, so a version whose
files do not all pass the schema can still be edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ki_concept.diagnostics import display_path
from ki_concept.edit.errors import EditRefused
from ki_concept.errors import UserError
from ki_concept.matching import case_matches, close_matches
from ki_concept.models import Handlungsfeld, yaml_key
from ki_concept.reading.loader import KONZEPT_FILE, LoadedVersion
from ki_concept.vocabulary import Vocabulary

# Fields, goals and measures all carry their id under the same key.
ID = yaml_key(Handlungsfeld, "id")


def suggestion(value: str, choices: list[str]) -> str:
    """`` — meinten Sie 'X'?`` for the closest choice (ignoring case), or nothing."""
    close = close_matches(value, choices, n=3)
    if not close:
        return ""
    from ki_concept.i18n import t

    return t("edit.did_you_mean", choices=", ".join(close))


def _ids(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return [i[ID] for i in items if isinstance(i, dict) and isinstance(i.get(ID), str)]


MEASURE, GOAL, FIELD = "measure", "goal", "field"


@dataclass(frozen=True)
class Named:
    """What an id on the command line names: its kind, the id as written in the file and,
    when only the case matched, the id as the user typed it."""

    kind: str
    id: str
    typed: str | None = None


@dataclass
class Catalogue:
    """The ids written in a version's field files and which file (by relative name) has them."""

    version: str
    fields: dict[str, str] = field(default_factory=dict)
    measures: dict[str, list[str]] = field(default_factory=dict)
    goals: list[str] = field(default_factory=list)
    goal_files: dict[str, list[str]] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    # Field files that could not be read or parsed: the id may be in one of them.
    unread: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, loaded: LoadedVersion) -> Catalogue:
        catalogue = cls(loaded.name)
        for relative, record in loaded.records.items():
            if relative == KONZEPT_FILE:
                continue
            if record.document is None:
                problem = record.diagnostics[0] if record.diagnostics else None
                catalogue.unread.append(
                    f"{display_path(record.file)} ({problem.message})" if problem else relative
                )
                continue
            data = record.document.data
            if not isinstance(data, dict):
                continue
            if isinstance(data.get(ID), str):
                catalogue.fields.setdefault(data[ID], relative)
                catalogue.taken.add(data[ID])
            for measure_id in _ids(data.get(yaml_key(Handlungsfeld, "measures"))):
                catalogue.measures.setdefault(measure_id, []).append(relative)
                catalogue.taken.add(measure_id)
            goals = _ids(data.get(yaml_key(Handlungsfeld, "goals")))
            catalogue.goals.extend(goals)
            for goal_id in goals:
                catalogue.goal_files.setdefault(goal_id, []).append(relative)
            catalogue.taken.update(goals)
        return catalogue

    def find(self, wanted: str) -> Named | None:
        """What ``wanted`` names: a measure, else a goal, else a field with exactly this id;
        else the one id of any kind that equals it ignoring case. ``None`` when nothing
        matches; several ids that differ from it only in case are refused (exit 2).
        """
        kinds: list[tuple[str, Iterable[str]]] = [
            (MEASURE, self.measures),
            (GOAL, self.goal_files),
            (FIELD, self.fields),
        ]
        for kind, ids in kinds:
            if wanted in ids:
                return Named(kind, wanted)
        every = [(kind, i) for kind, ids in kinds for i in ids]
        found = case_matches(wanted, [i for _, i in every])
        if len(found) > 1:
            raise UserError("edit.ambiguous_case", id=wanted, choices=", ".join(found))
        if not found:
            return None
        kind = next(kind for kind, i in every if i == found[0])
        return Named(kind, found[0], typed=wanted)

    def measure_file(self, measure_id: str) -> str:
        files = self.measures.get(measure_id)
        if not files:
            choices = list(self.measures)
            raise UserError(
                "edit.unknown_measure_unread" if self.unread else "edit.unknown_measure",
                unread="; ".join(self.unread),
                id=measure_id,
                version=self.version,
                suggestion=suggestion(measure_id, choices),
                choices=", ".join(choices) or "—",
            )
        if len(files) > 1:
            raise UserError("edit.ambiguous_measure", id=measure_id, files=", ".join(files))
        return files[0]

    def goal_file(self, goal_id: str) -> str:
        files = self.goal_files[goal_id]
        if len(files) > 1:
            raise UserError("edit.ambiguous_goal", id=goal_id, files=", ".join(files))
        return files[0]

    def unknown_field(self, field_id: str) -> UserError:
        choices = list(self.fields)
        return UserError(
            "edit.unknown_field",
            id=field_id,
            version=self.version,
            suggestion=suggestion(field_id, choices),
            choices=", ".join(choices) or "—",
        )

    def field_file(self, field_id: str) -> str:
        if field_id not in self.fields:
            raise self.unknown_field(field_id)
        return self.fields[field_id]

    def unknown_goal(self, goal_id: str) -> UserError:
        return UserError(
            "edit.unknown_goal",
            id=goal_id,
            version=self.version,
            suggestion=suggestion(goal_id, self.goals),
            choices=", ".join(self.goals) or "—",
        )

    def check_goal(self, goal_id: str) -> None:
        if goal_id not in self.goals:
            raise self.unknown_goal(goal_id)

    def goals_of(self, field_id: str) -> list[str]:
        """The goals written in the file of field ``field_id``."""
        relative = self.fields.get(field_id)
        return [goal for goal, files in self.goal_files.items() if relative in files]


def vocabulary_of(loaded: LoadedVersion) -> Vocabulary:
    """The status words of a version (its own from ``konzept.yaml``, or the default)."""
    if loaded.version is None:
        from ki_concept.edit.validation import format_diagnostic

        konzept = loaded.files.shown(KONZEPT_FILE)
        raise EditRefused(
            "edit.konzept_invalid",
            path=konzept,
            details=[format_diagnostic(d) for d in loaded.diagnostics if d.file == konzept],
        )
    return loaded.version.vocabulary


def status_error(status: str, words: list[str]) -> UserError:
    return UserError(
        "edit.unknown_status",
        status=status,
        suggestion=suggestion(status, words),
        choices=", ".join(words),
    )


def check_status(status: str, vocabulary: Vocabulary) -> str:
    """The status word meant: ``status`` itself, the one id it equals ignoring case, or the
    one word whose German or English title it is."""
    from ki_concept.matching import match_id

    found = match_id(status, vocabulary.ids)
    if found is None:
        # A status word as the outputs show it ('done', 'Idee') names its id too.
        by_title = {
            word.id
            for word in vocabulary.words
            if status.casefold() in (word.title_de.casefold(), word.title_en.casefold())
        }
        found = by_title.pop() if len(by_title) == 1 else None
    if found is None:
        raise status_error(status, vocabulary.ids)
    return found
