"""Where a concept stands: measures, their status on a reference date, grouped counts.

Pure computation on a validated :class:`ConceptVersion`; renderers live in
:mod:`ki_concept.status.render`. Progress of goals and fields is always
derived from their measures; measures without a status count as unknown,
never as 0 % or as done.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ki_concept.models import Measure
from ki_concept.reading.loader import ConceptVersion

UNKNOWN = "unbekannt"
GROUPINGS = ("handlungsfeld", "verantwortlich", "zielgruppe", "ziel", "schwerpunkt")


def natural_key(text: str) -> tuple[object, ...]:
    """Sort ``M2`` before ``M10``."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def status_on(measure: Measure, as_of: dt.date) -> str | None:
    """The measure's status on ``as_of``: from its ``verlauf`` when it has one."""
    if not measure.history:
        return measure.status
    known = [entry for entry in measure.history if entry.date <= as_of]
    return known[-1].status if known else None


@dataclass(frozen=True)
class MeasureRow:
    """One measure as reports show it."""

    id: str
    title: str
    field_id: str
    field_title: str
    goals: tuple[str, ...]
    priorities: tuple[str, ...]
    status: str | None
    responsible: str | None
    partners: tuple[str, ...]
    target_groups: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    ongoing: bool
    finished: bool
    overdue: bool
    example: bool
    sources: tuple[str, ...]


@dataclass
class Group:
    """Counts for one row of the status table."""

    key: str
    label: str
    measures: list[MeasureRow] = field(default_factory=list)
    note: str = ""

    def count(self, status: str) -> int:
        if status == UNKNOWN:
            return sum(1 for m in self.measures if m.status is None)
        return sum(1 for m in self.measures if m.status == status)

    @property
    def total(self) -> int:
        return len(self.measures)

    @property
    def known(self) -> int:
        return sum(1 for m in self.measures if m.status is not None)

    @property
    def finished(self) -> int:
        return sum(1 for m in self.measures if m.finished)

    @property
    def overdue(self) -> int:
        return sum(1 for m in self.measures if m.overdue)

    @property
    def share_finished(self) -> float | None:
        """Finished among measures whose status is known; ``None`` when none is known."""
        return self.finished / self.known if self.known else None


@dataclass
class Filters:
    statuses: tuple[str, ...] = ()
    field_id: str | None = None
    responsible: str | None = None
    overdue_only: bool = False
    examples: bool = True


@dataclass
class StatusReport:
    version: ConceptVersion
    as_of: dt.date
    grouping: str
    filters: Filters
    groups: list[Group]
    total: Group
    measures: list[MeasureRow]
    hidden_examples: int
    goals_without_measures: list[str]


def measure_rows(version: ConceptVersion, as_of: dt.date) -> list[MeasureRow]:
    """Every measure of the version, sorted by field and id."""
    vocabulary = version.vocabulary
    rows = []
    for field_file, _, measure in version.measures():
        status = status_on(measure, as_of)
        finished = vocabulary.is_finished(status)
        overdue = (
            measure.end is not None and measure.end < as_of and status is not None and not finished
        )
        rows.append(
            MeasureRow(
                id=measure.id,
                title=measure.title,
                field_id=field_file.model.id,
                field_title=field_file.model.title,
                goals=tuple(measure.goals),
                priorities=tuple(measure.priorities),
                status=status,
                responsible=measure.responsible,
                partners=tuple(measure.partners),
                target_groups=tuple(measure.target_groups),
                start=measure.start,
                end=measure.end,
                ongoing=measure.ongoing,
                finished=finished,
                overdue=overdue,
                example=measure.example,
                sources=tuple(measure.sources),
            )
        )
    field_order = {f.model.id: i for i, f in enumerate(version.fields)}
    rows.sort(key=lambda r: (field_order[r.field_id], natural_key(r.id)))
    return rows


def _matches(row: MeasureRow, filters: Filters) -> bool:
    if filters.statuses and (row.status or UNKNOWN) not in filters.statuses:
        return False
    if filters.field_id and row.field_id != filters.field_id:
        return False
    if (
        filters.responsible
        and filters.responsible.casefold() not in (row.responsible or "").casefold()
    ):
        return False
    return not (filters.overdue_only and not row.overdue)


def _group_by(
    rows: Iterable[MeasureRow],
    keys: Callable[[MeasureRow], Iterable[tuple[str, str]]],
    order: list[tuple[str, str]],
    missing_label: str,
) -> list[Group]:
    groups = {key: Group(key, label) for key, label in order}
    for row in rows:
        found = list(keys(row))
        if not found:
            found = [("", missing_label)]
        for key, label in found:
            groups.setdefault(key, Group(key, label)).measures.append(row)
    ordered = [groups[key] for key, _ in order]
    ordered += [g for key, g in groups.items() if key not in dict(order) and key]
    if "" in groups:
        ordered.append(groups[""])
    return ordered


def build_report(
    version: ConceptVersion,
    as_of: dt.date,
    grouping: str = "handlungsfeld",
    filters: Filters | None = None,
    *,
    missing_label: str = "—",
) -> StatusReport:
    """Count measures per group after applying ``filters``."""
    filters = filters or Filters()
    all_rows = measure_rows(version, as_of)
    hidden = sum(1 for r in all_rows if r.example and not filters.examples)
    rows = [r for r in all_rows if (filters.examples or not r.example) and _matches(r, filters)]

    goal_titles = {goal.id: goal.title for _, _, goal in version.goals()}
    served = {goal for row in all_rows for goal in row.goals}
    without = [goal_id for goal_id in goal_titles if goal_id not in served]

    if grouping == "handlungsfeld":
        order = [(f.model.id, f.model.title) for f in version.fields]
        if filters.field_id:
            order = [o for o in order if o[0] == filters.field_id]
        groups = _group_by(rows, lambda r: [(r.field_id, r.field_title)], order, missing_label)
    elif grouping == "verantwortlich":
        names = sorted({r.responsible for r in rows if r.responsible}, key=str.casefold)
        groups = _group_by(
            rows,
            lambda r: [(r.responsible, r.responsible)] if r.responsible else [],
            [(n, n) for n in names],
            missing_label,
        )
    elif grouping == "zielgruppe":
        names = sorted({g for r in rows for g in r.target_groups}, key=str.casefold)
        groups = _group_by(
            rows,
            lambda r: [(g, g) for g in r.target_groups],
            [(n, n) for n in names],
            missing_label,
        )
    elif grouping == "ziel":
        order = [(goal_id, f"{goal_id} {title}") for goal_id, title in goal_titles.items()]
        if filters.field_id:
            field_goals = {
                g.id
                for f in version.fields
                if f.model.id == filters.field_id
                for g in f.model.goals
            }
            order = [o for o in order if o[0] in field_goals]
        groups = _group_by(rows, lambda r: [(g, g) for g in r.goals], order, missing_label)
    elif grouping == "schwerpunkt":
        order = [(p.id or p.title, p.title) for p in version.konzept.priorities]
        groups = _group_by(rows, lambda r: [(p, p) for p in r.priorities], order, missing_label)
    else:  # pragma: no cover - the CLI checks the choice
        raise ValueError(grouping)

    total = Group("", "", list(rows))
    return StatusReport(version, as_of, grouping, filters, groups, total, rows, hidden, without)
