"""What a report contains, gathered once for every output format.

The HTML and Markdown renderers both read a :class:`ReportContent`, so the
two formats cannot drift apart. Counts come from :func:`build_report`, the
same computation ``status`` uses; nothing here re-reads YAML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ki_concept.formatting import format_date, percent
from ki_concept.i18n import t
from ki_concept.models import HistoryEntry, Measure, yaml_key
from ki_concept.progress import (
    NOT_STARTED,
    UNKNOWN,
    Group,
    MeasureRow,
    StatusReport,
    build_report,
    natural_key,
)
from ki_concept.reading.loader import ConceptVersion
from ki_concept.vocabulary import Vocabulary

if TYPE_CHECKING:
    from ki_concept.diff.changes import Change


@dataclass(frozen=True)
class SourceLink:
    """A source key and its address (``None`` when the concept names no address)."""

    key: str
    url: str | None


@dataclass(frozen=True)
class StatusColumn:
    """One status as the report shows it; ``index`` picks its colour."""

    id: str
    title: str
    index: int
    kind: str


@dataclass(frozen=True)
class GoalRow:
    id: str
    title: str
    level: str
    measures: int
    achieved: int
    dropped: int
    example: bool
    sources: tuple[SourceLink, ...]


@dataclass(frozen=True)
class MeasureView:
    """A measure row with its sources resolved to links."""

    row: MeasureRow
    sources: tuple[SourceLink, ...]


@dataclass
class FieldSection:
    id: str
    title: str
    description: str | None
    example: bool
    sources: tuple[SourceLink, ...]
    group: Group
    goals: list[GoalRow] = field(default_factory=list)
    measures: list[MeasureView] = field(default_factory=list)


@dataclass(frozen=True)
class ChangeSection:
    """The comparison with an older version (``--since``).

    ``revision``, ``commit`` and ``path`` say where in git the older version was read
    (all None for a folder on disk); the vocabularies give status ids their words.
    """

    old_version: str
    new_version: str
    changes: Sequence[Change]
    revision: str | None = None
    commit: str | None = None
    path: str | None = None
    old_vocabulary: Vocabulary | None = None
    new_vocabulary: Vocabulary | None = None


@dataclass
class ReportContent:
    status: StatusReport
    columns: list[StatusColumn]
    hidden_columns: list[StatusColumn]
    fields: list[FieldSection]
    overdue: list[MeasureView]
    sources: list[SourceLink]
    changes: ChangeSection | None
    has_examples: bool

    @property
    def version(self) -> ConceptVersion:
        return self.status.version

    @property
    def as_of(self) -> dt.date:
        return self.status.as_of

    @property
    def goal_count(self) -> int:
        return sum(len(f.goals) for f in self.fields)


def adopted_text(version: ConceptVersion) -> str:
    """When and by whom the concept was adopted, or that it was not yet."""
    konzept = version.konzept
    if konzept.adopted and konzept.body:
        return t("report.fact.adopted_by", date=format_date(konzept.adopted), body=konzept.body)
    if konzept.adopted:
        return format_date(konzept.adopted)
    return t("report.fact.not_adopted")


def scope_text(content: ReportContent) -> str:
    """``24 Maßnahmen und 24 Ziele in 6 Handlungsfeldern``."""
    return t(
        "report.fact.scope_value",
        measures=content.status.total.total,
        goals=content.goal_count,
        fields=len(content.fields),
    )


def progress_text(content: ReportContent) -> str:
    """The share achieved with its counts, as the status table derives it."""
    total = content.status.total
    return t(
        "report.fact.progress_value",
        share=percent(total.share_achieved),
        achieved=total.achieved,
        counted=total.counted,
        dropped=total.dropped,
    )


def measure_count(goal: GoalRow) -> str:
    """``3 (1 erreicht)``, with the dropped ones when there are any."""
    if goal.dropped:
        return t(
            "report.measure_count_dropped",
            total=goal.measures,
            achieved=goal.achieved,
            dropped=goal.dropped,
        )
    return t("report.measure_count", total=goal.measures, achieved=goal.achieved)


def status_columns(version: ConceptVersion) -> list[StatusColumn]:
    """'Not started', every status of the vocabulary in its order, then 'unknown'."""
    columns = [StatusColumn(NOT_STARTED, t("status.not_started"), 0, "open")]
    columns += [
        StatusColumn(w.id, w.title, i + 1, w.kind) for i, w in enumerate(version.vocabulary.words)
    ]
    columns.append(StatusColumn(UNKNOWN, t("status.unknown"), len(columns), "unknown"))
    return columns


def build_content(
    version: ConceptVersion,
    as_of: dt.date,
    changes: ChangeSection | None = None,
    *,
    today: dt.date | None = None,
) -> ReportContent:
    """Everything a report shows, for ``version`` on ``as_of``."""
    status = build_report(version, as_of, "handlungsfeld", today=today)
    urls = version.konzept.sources
    used: dict[str, None] = dict.fromkeys(version.konzept.concept_sources)

    def links(keys: Sequence[str]) -> tuple[SourceLink, ...]:
        used.update(dict.fromkeys(keys))
        return tuple(SourceLink(key, urls.get(key)) for key in keys)

    groups = {g.key: g for g in status.groups}
    sections = []
    for field_file in version.fields:
        model = field_file.model
        group = groups.get(model.id) or Group(model.id, model.title)
        section = FieldSection(
            id=model.id,
            title=model.title,
            description=model.description,
            example=model.example,
            sources=links(model.sources),
            group=group,
        )
        for goal in model.goals:
            # A measure of another field may serve this goal too.
            serving = [m for m in status.measures if goal.id in m.goals]
            section.goals.append(
                GoalRow(
                    id=goal.id,
                    title=goal.title,
                    level=goal.level,
                    measures=len(serving),
                    achieved=sum(1 for m in serving if m.achieved),
                    dropped=sum(1 for m in serving if m.dropped),
                    example=goal.example,
                    sources=links(goal.sources),
                )
            )
        section.measures = [MeasureView(row, links(row.sources)) for row in group.measures]
        sections.append(section)

    all_columns = status_columns(version)
    shown = [c for c in all_columns if status.total.count(c.id)]
    hidden = [
        c
        for c in all_columns
        if not status.total.count(c.id) and c.id not in (UNKNOWN, NOT_STARTED)
    ]
    overdue = [MeasureView(r, links(r.sources)) for r in status.measures if r.overdue]
    has_examples = any(
        f.example or any(g.example for g in f.goals) or any(m.row.example for m in f.measures)
        for f in sections
    )
    return ReportContent(
        status=status,
        columns=shown,
        hidden_columns=hidden,
        fields=sections,
        overdue=overdue,
        sources=[SourceLink(key, urls.get(key)) for key in sorted(used, key=natural_key)],
        changes=changes,
        has_examples=has_examples,
    )


# --- changes in words ---------------------------------------------------------------

# Long texts (descriptions) are cut in a report; the diff command shows them in full.
MAX_VALUE_CHARS = 160


@dataclass(frozen=True)
class ChangeLine:
    """One change of an item: the YAML key (empty for the item as a whole) and what happened."""

    key: str
    text: str


@dataclass
class ChangedItem:
    """All consecutive records about one item, as the report shows them."""

    kinds: list[str]
    type_label: str
    id: str
    title: str
    lines: list[ChangeLine] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return ", ".join(t("report.kind." + kind) for kind in self.kinds)


def value_text(value: Any) -> str:
    """A changed value in words: dates as dates, lists joined, long texts cut."""
    if value is None or value == "" or value == [] or value == {}:
        return "–"
    if isinstance(value, bool):
        return t("yes") if value else t("export.no")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dict):
        text = "; ".join(f"{key}: {value_text(item)}" for key, item in value.items())
    elif isinstance(value, list | tuple):
        text = ", ".join(value_text(item) for item in value)
    else:
        text = " ".join(str(value).split())
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1].rstrip() + "…"
    return text


def delta_text(old: Any, new: Any) -> str:
    """``old → new``; for lists and mappings only what was added, dropped or changed."""
    if isinstance(old, list | tuple) and isinstance(new, list | tuple):
        added = [item for item in new if item not in old]
        dropped = [item for item in old if item not in new]
        if added or dropped:
            parts = []
            if added:
                parts.append("+ " + value_text(added))
            if dropped:
                parts.append("− " + value_text(dropped))
            return "; ".join(parts)
    # Mappings of text (like ``quellen``) by key; small records (a Zielwert) as a whole.
    if (
        isinstance(old, dict)
        and isinstance(new, dict)
        and all(isinstance(v, str) for v in [*old.values(), *new.values()])
    ):
        parts = []
        for label, keys in (
            ("+", [k for k in new if k not in old]),
            ("−", [k for k in old if k not in new]),
            ("~", [k for k in new if k in old and new[k] != old[k]]),
        ):
            if keys:
                parts.append(f"{label} {', '.join(str(k) for k in keys)}")
        if parts:
            return "; ".join(parts)
    return f"{value_text(old)} → {value_text(new)}"


def _line(change: Change) -> ChangeLine | None:
    kind = change.kind.value
    if kind in ("added", "removed"):
        return None
    if kind == "possible_rename":
        text = t(
            "report.change.possible_rename", old_id=change.old_id, title=value_text(change.old)
        )
        return ChangeLine("", text)
    if kind == "renamed":
        return ChangeLine("id", f"{change.old} → {change.new}")
    return ChangeLine(change.field or "", delta_text(change.old, change.new))


HISTORY_KEY = yaml_key(Measure, "history")


def _title(vocabulary: Vocabulary | None, status: str) -> str:
    return vocabulary.title(status) if vocabulary is not None else status


def history_sentence(entry: dict[str, Any], vocabulary: Vocabulary | None) -> str:
    """``Am 12.03.2019 auf „laufend“ gesetzt: Kooperationsvertrag unterschrieben.``"""
    raw = entry.get(yaml_key(HistoryEntry, "date"))
    try:
        day = format_date(dt.date.fromisoformat(raw)) if isinstance(raw, str) else str(raw)
    except ValueError:
        day = str(raw)
    status = _title(vocabulary, str(entry.get(yaml_key(HistoryEntry, "status"), "")))
    note = entry.get(yaml_key(HistoryEntry, "note"))
    if not note:
        return t("report.history.entry", date=day, status=status)
    text = value_text(note)
    end = "" if text.endswith((".", "!", "?", "…")) else "."
    return t("report.history.entry_note", date=day, status=status, note=text) + end


def _history_lines(change: Change, section: ChangeSection) -> list[ChangeLine]:
    """One line per history entry that was added (+) or dropped (−), by date."""
    old = [e for e in change.old or [] if isinstance(e, dict)]
    new = [e for e in change.new or [] if isinstance(e, dict)]
    date_key = yaml_key(HistoryEntry, "date")
    entries = [(str(e.get(date_key, "")), 0, e, "−") for e in old if e not in new]
    entries += [(str(e.get(date_key, "")), 1, e, "+") for e in new if e not in old]
    lines = []
    for _, is_new, entry, mark in sorted(entries, key=lambda item: item[:2]):
        vocabulary = section.new_vocabulary if is_new else section.old_vocabulary
        lines.append(ChangeLine(HISTORY_KEY, f"{mark} {history_sentence(entry, vocabulary)}"))
    return lines


def _lines(change: Change, section: ChangeSection) -> list[ChangeLine]:
    """The lines one record adds under its item: history entries as sentences."""
    is_history = (
        change.kind.value == "changed"
        and change.type.value == "massnahme"
        and change.field == HISTORY_KEY
    )
    if is_history:
        lines = _history_lines(change, section)
        if lines:
            return lines
    if change.kind.value == "changed" and change.field == STATUS_KEY:
        # Status words in the reader's language, each side in its own vocabulary.
        old = section.old_vocabulary.title(change.old) if section.old_vocabulary else change.old
        new = section.new_vocabulary.title(change.new) if section.new_vocabulary else change.new
        return [ChangeLine(STATUS_KEY, f"{value_text(old)} → {value_text(new)}")]
    line = _line(change)
    return [line] if line is not None else []


STATUS_KEY = yaml_key(Measure, "status")


def changed_items(section: ChangeSection) -> list[ChangedItem]:
    """The records grouped by item, in the order the comparison gives them."""
    items: list[ChangedItem] = []
    for change in section.changes:
        is_konzept = change.type.value == "konzept"
        item_id = "" if is_konzept else change.id
        title = "" if is_konzept else value_text(change.title)
        if title and item_id.endswith("/" + change.title):
            title = ""  # an indicator's id already ends with its name
        current = items[-1] if items else None
        if current is None or (current.type_label, current.id) != (
            t("report.type." + change.type.value),
            item_id,
        ):
            current = ChangedItem([], t("report.type." + change.type.value), item_id, title)
            items.append(current)
        if change.kind.value not in current.kinds:
            current.kinds.append(change.kind.value)
        current.lines.extend(_lines(change, section))
    return items


# Commit ids are shown this long; the full id is in the HTML's ``data-since-commit``.
SHORT_COMMIT = 10


def changes_heading(section: ChangeSection) -> str:
    """``Änderungen seit 2013``, or ``Änderungen seit kreistag-2024 (Version 2017)``."""
    if section.revision is None:
        return t("report.changes", version=section.old_version)
    return t("report.changes.revision", revision=section.revision, version=section.old_version)


def basis_text(section: ChangeSection) -> str:
    """What the report was compared with: the version, and the git revision it came from."""
    if section.revision is None:
        return t("report.changes.basis", version=section.old_version)
    if section.commit is None:
        return t(
            "report.changes.basis.tree",
            version=section.old_version,
            revision=section.revision,
            path=section.path or ".",
        )
    return t(
        "report.changes.basis.revision",
        version=section.old_version,
        revision=section.revision,
        commit=section.commit[:SHORT_COMMIT],
        path=section.path or ".",
    )


def changes_intro(section: ChangeSection, items: list[ChangedItem]) -> str:
    """The sentence above the change table: how many changes in how many items, by kind."""
    return t(
        "report.changes.intro",
        new=section.new_version,
        old=basis_text(section),
        count=len(section.changes),
        items=t("report.items.one")
        if len(items) == 1
        else t("report.items.many", count=len(items)),
        summary=change_summary(section),
    )


def change_summary(section: ChangeSection) -> str:
    """``12 geänderte Angaben, 3 neu, 1 entfallen`` – only the kinds that occur.

    Changed values are counted as values, every other kind as items: one measure moved to
    another field and other goals is one moved measure.
    """
    values: dict[str, int] = {}
    items: dict[str, set[tuple[str, str]]] = {}
    for change in section.changes:
        kind = change.kind.value
        values[kind] = values.get(kind, 0) + 1
        items.setdefault(kind, set()).add((change.type.value, change.id))
    parts = []
    for kind in values:
        if kind == "changed":
            noun = "changed_value" if values[kind] == 1 else "changed_values"
            parts.append(f"{values[kind]} {t('report.kind.' + noun)}")
        else:
            parts.append(f"{len(items[kind])} {t('report.kind.' + kind)}")
    return ", ".join(parts)
