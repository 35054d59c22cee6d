"""Finding a Handlungsfeld, goal or measure by id in a version."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ki_concept.diagnostics import YamlPath
from ki_concept.matching import similar
from ki_concept.models import Goal, Handlungsfeld, Measure, yaml_key
from ki_concept.reading.loader import ConceptVersion, FieldFile

ItemKind = Literal["handlungsfeld", "ziel", "massnahme"]


@dataclass(frozen=True)
class Found:
    kind: ItemKind
    field_file: FieldFile
    path: YamlPath
    item: Handlungsfeld | Goal | Measure

    @property
    def position(self) -> tuple[int, int]:
        return self.field_file.document.position(self.path)


def all_ids(version: ConceptVersion) -> list[str]:
    ids = [f.model.id for f in version.fields]
    ids += [goal.id for _, _, goal in version.goals()]
    ids += [measure.id for _, _, measure in version.measures()]
    return ids


def find_item(version: ConceptVersion, item_id: str) -> Found | None:
    """The field, goal or measure with ``item_id``; ids are unique in a valid version."""
    return next((f for f in items(version) if f.item.id == item_id), None)


def items(version: ConceptVersion) -> list[Found]:
    """Every field, goal and measure of the version, in file order."""
    found: list[Found] = []
    for field_file in version.fields:
        found.append(Found("handlungsfeld", field_file, (), field_file.model))
        for index, goal in field_file.indexed_goals():
            found.append(Found("ziel", field_file, (yaml_key(Handlungsfeld, "goals"), index), goal))
        for index, measure in field_file.indexed_measures():
            path = (yaml_key(Handlungsfeld, "measures"), index)
            found.append(Found("massnahme", field_file, path, measure))
    return found


def _folded(text: str) -> str:
    """``text`` without case and accents: ``Sprachcafé`` and ``sprachcafe`` are alike."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def by_title(version: ConceptVersion, words: str) -> list[Found]:
    """The items whose title contains every word of ``words``, ignoring case and accents."""
    wanted = _folded(words).split()
    if not wanted:
        return []
    return [f for f in items(version) if all(w in _folded(f.item.title) for w in wanted)]


def closest_ids(version: ConceptVersion, item_id: str, count: int = 3) -> list[str]:
    """Ids that look like ``item_id``, for 'did you mean'."""
    ids = all_ids(version)
    by_case = [i for i in ids if i.casefold() == item_id.casefold()]
    return by_case or similar(item_id, ids, n=count, cutoff=0.5)
