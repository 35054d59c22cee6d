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

from ki_concept.formatting import format_date
from ki_concept.i18n import t
from ki_concept.models import HistoryEntry, Measure
from ki_concept.reading.loader import ConceptVersion, FieldFile
from ki_concept.vocabulary import Vocabulary

UNKNOWN = "unbekannt"
# Before its ``beginn`` a measure has not started, whatever its status says today.
NOT_STARTED = "nicht_begonnen"
PSEUDO_STATUSES = (NOT_STARTED, UNKNOWN)
GROUPINGS = ("handlungsfeld", "verantwortlich", "zielgruppe", "ziel", "schwerpunkt")


def natural_key(text: str) -> tuple[object, ...]:
    """Sort ``M2`` before ``M10``."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


@dataclass(frozen=True, slots=True)
class StatusOnDate:
    """A measure's status on a date, and whether the data could tell it."""

    status: str | None
    # True when the status is unknown because no history reaches back to the date.
    without_history: bool = False
    # The ``verlauf`` entry the status comes from, if one does.
    step: HistoryEntry | None = None


def status_on(measure: Measure, as_of: dt.date, today: dt.date) -> StatusOnDate:
    """The measure's status on ``as_of``.

    The last ``verlauf`` entry on or before ``as_of`` says it. Without a ``verlauf``,
    ``status`` is what holds today and after. Before its ``beginn`` a measure the history
    does not speak of has not started; any other earlier date is unknown.
    """
    known = [entry for entry in measure.history if entry.date <= as_of]
    if known:
        return StatusOnDate(known[-1].status, step=known[-1])
    if not measure.history and as_of >= today:
        return StatusOnDate(measure.status)
    if measure.start is not None and as_of < measure.start:
        return StatusOnDate(NOT_STARTED)
    return StatusOnDate(None, without_history=True)


@dataclass(frozen=True)
class MeasureRow:
    """One measure as reports show it."""

    id: str
    title: str
    field_id: str
    field_title: str
    goals: tuple[str, ...]
    priorities: tuple[str, ...]
    # A vocabulary id, NOT_STARTED, or None for unknown.
    status: str | None
    responsible: str | None
    partners: tuple[str, ...]
    target_groups: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    ongoing: bool
    finished: bool
    achieved: bool
    dropped: bool
    overdue: bool
    example: bool
    sources: tuple[str, ...]
    without_history: bool = False
    description: str | None = None
    resources: str | None = None
    # The last ``verlauf`` entry on or before the reference date.
    last_step: HistoryEntry | None = None

    @property
    def known(self) -> bool:
        return self.status is not None


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
    def achieved(self) -> int:
        return sum(1 for m in self.measures if m.achieved)

    @property
    def dropped(self) -> int:
        return sum(1 for m in self.measures if m.dropped)

    @property
    def counted(self) -> int:
        """The measures progress is measured against: known status, not dropped."""
        return self.known - self.dropped

    @property
    def overdue(self) -> int:
        return sum(1 for m in self.measures if m.overdue)

    @property
    def without_history(self) -> int:
        return sum(1 for m in self.measures if m.without_history)

    @property
    def share_achieved(self) -> float | None:
        """Achieved among measures with a known status that were not dropped; ``None`` when
        there are none."""
        return self.achieved / self.counted if self.counted else None


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


@dataclass(frozen=True)
class StatusColumn:
    id: str
    title: str
    short: str


def status_columns(report: StatusReport) -> list[StatusColumn]:
    """Not started (when a measure is), the vocabulary in its order, then unknown."""
    columns = [StatusColumn(w.id, w.title, w.short) for w in report.version.vocabulary.words]
    if report.total.count(NOT_STARTED):
        columns.insert(
            0, StatusColumn(NOT_STARTED, t("status.not_started"), t("status.not_started.short"))
        )
    return [*columns, StatusColumn(UNKNOWN, t("status.unknown"), t("status.unknown.short"))]


def period_text(row: MeasureRow) -> str:
    """``01.02.2016 – 30.11.2016``, ``ab 01.02.2016``, ``bis …``; ongoing tasks say so."""
    if row.start and row.end:
        text = t("report.period", start=format_date(row.start), end=format_date(row.end))
    elif row.start:
        text = t("report.period.from", start=format_date(row.start))
    elif row.end:
        text = t("report.period.until", end=format_date(row.end))
    else:
        text = ""
    if row.ongoing:
        text = f"{text} · {t('report.ongoing')}" if text else t("report.ongoing")
    return text or "–"


def status_label(version: ConceptVersion, status: str | None) -> str:
    """The word for a status on a reference date, 'not started' and 'unknown' included."""
    if status is None:
        return t("status.unknown")
    if status == NOT_STARTED:
        return t("status.not_started")
    return version.vocabulary.title(status)


def is_overdue(
    measure: Measure, status: str | None, as_of: dt.date, vocabulary: Vocabulary
) -> bool:
    """Past its ``ende`` on ``as_of`` with an open status that can be overdue."""
    return measure.end is not None and measure.end < as_of and vocabulary.can_be_overdue(status)


def measure_row(
    version: ConceptVersion,
    field_file: FieldFile,
    measure: Measure,
    as_of: dt.date,
    today: dt.date,
) -> MeasureRow:
    """One measure on ``as_of`` as reports show it."""
    vocabulary = version.vocabulary
    on_date = status_on(measure, as_of, today)
    status = on_date.status
    return MeasureRow(
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
        finished=vocabulary.is_finished(status),
        achieved=vocabulary.is_achieved(status),
        dropped=vocabulary.is_dropped(status),
        overdue=is_overdue(measure, status, as_of, vocabulary),
        example=measure.example,
        sources=tuple(measure.sources),
        without_history=on_date.without_history,
        description=measure.description,
        resources=measure.resources,
        last_step=on_date.step,
    )


def measure_rows(version: ConceptVersion, as_of: dt.date, today: dt.date) -> list[MeasureRow]:
    """Every measure of the version, sorted by field and id."""
    rows = [
        measure_row(version, field_file, measure, as_of, today)
        for field_file, _, measure in version.measures()
    ]
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
    today: dt.date | None = None,
    missing_label: str = "—",
) -> StatusReport:
    """Count measures per group after applying ``filters``; ``today`` (default: the system
    date) is the date a ``status`` without ``verlauf`` speaks for."""
    filters = filters or Filters()
    all_rows = measure_rows(version, as_of, today or dt.date.today())
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
