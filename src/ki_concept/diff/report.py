"""A finished comparison: both sides, the records, and what renderers need to name things."""

from __future__ import annotations

from dataclasses import dataclass, field

from ki_concept.diff.changes import Change, summarize
from ki_concept.models import Konzept, yaml_key
from ki_concept.reading.loader import ConceptVersion


@dataclass(frozen=True)
class Side:
    """One compared version: as the user named it, where it was read, and its model."""

    label: str
    source: str
    version: ConceptVersion

    def record(self) -> dict[str, str | None]:
        konzept = self.version.konzept
        return {
            "label": self.label,
            "source": self.source,
            "version": konzept.version,
            yaml_key(Konzept, "title"): konzept.title,
        }


@dataclass
class DiffReport:
    """The records of one comparison (already filtered) with both sides."""

    old: Side
    new: Side
    changes: list[Change]
    only: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._field_titles = {f.model.id: f.model.title for f in self.old.version.fields}
        self._field_titles.update({f.model.id: f.model.title for f in self.new.version.fields})

    def field_title(self, field_id: str) -> str:
        """The Handlungsfeld's title in NEW, or in OLD when it was removed."""
        return self._field_titles.get(field_id, field_id)

    def status_title(self, status: str | None, *, old: bool) -> str:
        """A status id in the words of that side's vocabulary."""
        side = self.old if old else self.new
        return side.version.vocabulary.title(status) if status else "—"

    def summary(self) -> dict[str, int]:
        return summarize(self.changes)
