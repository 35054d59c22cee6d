"""Putting records into words: groups by Handlungsfeld, items, and the lines under them.

The output is format-neutral: lines of ``(style, text)`` segments that the
text renderer styles with rich and the Markdown renderer marks up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ki_concept.diff.changes import FIELD_MOVED, Change, ItemType, Kind
from ki_concept.diff.compare import MEASURE_GOALS_KEY, value_kind
from ki_concept.diff.report import DiffReport
from ki_concept.diff.text_diff import Piece, date_shift, list_delta, mapping_delta, word_diff
from ki_concept.i18n import t
from ki_concept.models import HistoryEntry, Measure, Measurement, Period, Priority, yaml_key

Style = Literal["plain", "label", "key", "id", "muted", "add", "drop", "ins", "del", "gap"]
Segment = tuple[Style, str]
Line = list[Segment]
State = Literal["added", "removed", "changed"]

# Texts longer than this (or spanning lines) are shown as a word-level diff.
LONG_TEXT = 60
# List changes up to this many characters and members stay on the key's line.
INLINE_CHARS = 60
INLINE_MEMBERS = 3
# Longer lists of short members (source keys, goal ids) go on two runs: removed, added.
SHORT_MEMBER = 30
MEMBER_SEPARATOR = " · "
MARKERS: dict[State, str] = {"added": "+", "removed": "-", "changed": "~"}
GUESS_MARKER = "?"


# --- grouping --------------------------------------------------------------------


@dataclass
class ItemView:
    """All records about one goal, measure or indicator."""

    type: ItemType
    id: str
    title: str
    records: list[Change] = field(default_factory=list)

    @property
    def state(self) -> State:
        kinds = {record.kind for record in self.records}
        if Kind.ADDED in kinds:
            return "added"
        if Kind.REMOVED in kinds:
            return "removed"
        return "changed"


@dataclass
class GroupView:
    """The konzept (``id`` None) or one Handlungsfeld with its items."""

    id: str | None
    title: str
    own: list[Change] = field(default_factory=list)
    items: list[ItemView] = field(default_factory=list)

    @property
    def state(self) -> State:
        kinds = {record.kind for record in self.own}
        if Kind.ADDED in kinds:
            return "added"
        if Kind.REMOVED in kinds:
            return "removed"
        return "changed"

    @property
    def count(self) -> int:
        return len(self.own) + sum(len(item.records) for item in self.items)

    def heading(self) -> str:
        if self.id is None:
            return t("diff.group.konzept", title=self.title)
        suffix = "" if self.state == "changed" else " " + t(f"diff.state.{self.state}")
        return t("diff.group.field", id=self.id, title=self.title) + suffix


def group_changes(report: DiffReport) -> list[GroupView]:
    """Records grouped by Handlungsfeld (konzept first), items in order of appearance."""
    groups: dict[str | None, GroupView] = {}
    items: dict[tuple[ItemType, str], ItemView] = {}
    for change in report.changes:
        group = groups.get(change.group)
        if group is None:
            title = (
                report.new.version.konzept.title
                if change.group is None
                else report.field_title(change.group)
            )
            group = groups[change.group] = GroupView(change.group, title)
        if change.type in (ItemType.KONZEPT, ItemType.HANDLUNGSFELD):
            group.own.append(change)
            continue
        key = (change.type, change.id)
        item = items.get(key)
        if item is None:
            item = items[key] = ItemView(change.type, change.id, change.title)
            group.items.append(item)
        item.records.append(change)
    ordered = [groups[None]] if None in groups else []
    return ordered + [group for key, group in groups.items() if key is not None]


# --- labels ----------------------------------------------------------------------


def type_label(item_type: ItemType, count: int = 1) -> str:
    return t(f"diff.type.{item_type.value}" + ("" if count == 1 else ".plural"))


def kind_label(kind: Kind) -> str:
    return t(f"diff.kind.{kind.value}")


def counts_by_type(counts: dict[ItemType, int]) -> str:
    """``1 Handlungsfeld, 12 Ziele``."""
    return ", ".join(f"{n} {type_label(item_type, n)}" for item_type, n in counts.items())


def item_header(item: ItemView) -> Line:
    label = type_label(item.type)
    line: Line = [("label", label[:1].upper() + label[1:]), ("plain", " "), ("id", item.id)]
    if item.type is not ItemType.INDIKATOR:  # an indicator's id already ends in its name
        line += [("muted", " · "), ("plain", item.title)]
    if item.state != "changed":
        line.append(("muted", " " + t(f"diff.state.{item.state}")))
    return line


# --- one item's lines ----------------------------------------------------------------


def item_lines(records: Sequence[Change], report: DiffReport) -> list[tuple[str, Line]]:
    """``(marker, line)`` for each line under an item or a group heading."""
    lines: list[tuple[str, Line]] = []
    renames = [record for record in records if record.kind is Kind.RENAMED]
    if len(renames) == 1:
        lines.append(("~", [("plain", t("diff.renamed", old=renames[0].old, new=renames[0].new))]))
    elif renames:
        old_ids = ", ".join(str(record.old) for record in renames)
        lines.append(("~", [("plain", t("diff.merged", old=old_ids, new=renames[0].id))]))
    for record in records:
        if record.kind in (Kind.ADDED, Kind.REMOVED, Kind.RENAMED):
            continue
        marker = GUESS_MARKER if record.kind is Kind.POSSIBLE_RENAME else "~"
        for index, line in enumerate(record_lines(record, report)):
            lines.append((marker if index == 0 else "", line))
    return lines


def record_lines(change: Change, report: DiffReport) -> list[Line]:
    """The words for one ``moved``, ``changed`` or ``possible_rename`` record."""
    if change.kind is Kind.POSSIBLE_RENAME:
        # Only measures have 'frueher'; for them the hint says how to make the guess binding.
        key = "diff.possible_rename" + (".massnahme" if change.type is ItemType.MASSNAHME else "")
        guess = t(key, old_id=change.old_id or "", old=quote(str(change.old)))
        return [[("muted", guess)]]
    if change.kind is Kind.MOVED:
        return _moved(change, report)
    key = change.field or ""
    if change.type is ItemType.MASSNAHME and key == yaml_key(Measure, "status"):
        return [
            _arrow(
                key,
                report.status_title(change.old, old=True),
                report.status_title(change.new, old=False),
            )
        ]
    kind = value_kind(change.type, key)
    old, new = change.old, change.new
    if isinstance(old, dt.date) or isinstance(new, dt.date):
        return [_date(key, old, new)]
    if isinstance(old, bool) or isinstance(new, bool):
        return [_arrow(key, _yes_no(old), _yes_no(new))]
    if kind in ("list", "models"):
        removed, added = list_delta(old or [], new or [])
        return _members(
            key, removed, added, lambda value, was_old: member_text(value, report, old=was_old)
        )
    if kind == "mapping":
        return _mapping(key, old or {}, new or {})
    if kind == "model":
        return [
            _arrow(
                key,
                member_text(old, report, old=True) if old else "—",
                member_text(new, report, old=False) if new else "—",
            )
        ]
    if kind == "text":
        return _text(key, old, new)
    return [_arrow(key, _scalar(old), _scalar(new))]


def _key(key: str) -> Segment:
    return ("key", f"{key}:")


def _arrow(key: str, old: str, new: str) -> Line:
    return [_key(key), ("plain", " "), ("drop", old), ("muted", " → "), ("add", new)]


def _scalar(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _yes_no(value: Any) -> str:
    return t("diff.yes") if value else t("diff.no")


def quote(text: str) -> str:
    return t("diff.quote", text=text)


def _moved(change: Change, report: DiffReport) -> list[Line]:
    if change.field == FIELD_MOVED:
        # The group heading names the new field; the line names where the item came from.
        old = f"{change.old} ({report.field_title(str(change.old))})"
        return [[("plain", t("diff.moved.field", old=old))]]
    if change.field == MEASURE_GOALS_KEY:
        removed, added = list_delta(change.old or [], change.new or [])
        lines = _members(change.field, removed, added, lambda value, _: str(value))
        lines[0].insert(1, ("muted", " " + t("diff.moved.goals")))
        return lines
    return [_arrow(change.field or "", _scalar(change.old), _scalar(change.new))]


def _date(key: str, old: Any, new: Any) -> Line:
    if isinstance(old, dt.date) and isinstance(new, dt.date):
        shift = date_shift(old, new)
        unit = t(f"diff.unit.{shift.unit}" + ("" if abs(shift.amount) == 1 else ".plural"))
        amount = f"{shift.amount:+d} {unit}"
        return [
            ("key", key),
            ("plain", " " + t("diff.date.moved", shift=amount)),
            ("muted", f" ({old.isoformat()} → {new.isoformat()})"),
        ]
    if isinstance(new, dt.date):
        return [("key", key), ("plain", " " + t("diff.date.set")), ("add", f" {new.isoformat()}")]
    was = old.isoformat() if isinstance(old, dt.date) else _scalar(old)
    return [("key", key), ("plain", " " + t("diff.date.cleared", old=was))]


def _members(
    key: str, removed: Sequence[Any], added: Sequence[Any], text: Callable[[Any, bool], str]
) -> list[Line]:
    """Removed and added list members: on the key's line, as two runs, or one per line."""
    old_texts = [text(value, True) for value in removed]
    new_texts = [text(value, False) for value in added]
    parts: list[Segment] = [("drop", f"- {item}") for item in old_texts]
    parts += [("add", f"+ {item}") for item in new_texts]
    if len(parts) <= INLINE_MEMBERS and sum(len(p[1]) for p in parts) <= INLINE_CHARS:
        line: Line = [_key(key)]
        for index, part in enumerate(parts):
            line += [("plain", " " if index == 0 else ", "), part]
        return [line]
    if all(len(item) <= SHORT_MEMBER for item in old_texts + new_texts):
        runs: list[Line] = []
        if old_texts:
            runs.append([("drop", "- " + MEMBER_SEPARATOR.join(old_texts))])
        if new_texts:
            runs.append([("add", "+ " + MEMBER_SEPARATOR.join(new_texts))])
        return [[_key(key)], *runs]
    return [[_key(key)], *([part] for part in parts)]


def _mapping(key: str, old: dict[str, Any], new: dict[str, Any]) -> list[Line]:
    """Entries by name; the values of new and dropped entries are in the files and the JSON."""
    removed, added, changed = mapping_delta(old, new)
    lines = _members(key, removed, added, lambda name, _: str(name))
    for name in changed:
        lines.append(
            [
                ("plain", f"~ {name}: "),
                ("drop", _scalar(old[name])),
                ("muted", " → "),
                ("add", _scalar(new[name])),
            ]
        )
    return lines


def _text(key: str, old: str | None, new: str | None) -> list[Line]:
    if not old or not new:
        if new:
            return [[_key(key), ("plain", " "), ("add", f"+ {new}")]]
        return [[_key(key), ("plain", " "), ("drop", f"- {old or ''}")]]
    if len(old) <= LONG_TEXT and len(new) <= LONG_TEXT and "\n" not in old + new:
        return [_arrow(key, quote(old), quote(new))]
    return [[_key(key), ("muted", " " + t("diff.word_diff"))], pieces_line(word_diff(old, new))]


def pieces_line(pieces: Sequence[Piece]) -> Line:
    """A word diff as one line of segments."""
    styles: dict[str, Style] = {"same": "plain", "del": "del", "ins": "ins", "gap": "gap"}
    line: Line = []
    for index, piece in enumerate(pieces):
        if index:
            line.append(("plain", " "))
        line.append((styles[piece.kind], piece.text))
    return line


def member_text(value: Any, report: DiffReport, *, old: bool) -> str:
    """One list member in words: a measurement, a history entry, a Schwerpunkt, or text."""
    if not isinstance(value, dict):
        return _scalar(value)
    year, number = yaml_key(Measurement, "year"), yaml_key(Measurement, "value")
    if year in value and number in value:
        return f"{_scalar(value[number])} ({value[year]})"
    day, status = yaml_key(HistoryEntry, "date"), yaml_key(HistoryEntry, "status")
    if day in value and status in value:
        text = f"{value[day]} {report.status_title(value[status], old=old)}"
        note = value.get(yaml_key(HistoryEntry, "note"))
        return text + (f": {note}" if note else "")
    start, end = yaml_key(Period, "start"), yaml_key(Period, "end")
    if start in value and end in value:
        return f"{value[start]} – {value[end]}"
    title = yaml_key(Priority, "title")
    if title in value:
        parts = [str(value[title])]
        parts += [f"{k}: {member_text(v, report, old=old)}" for k, v in value.items() if k != title]
        return parts[0] + (f" ({'; '.join(parts[1:])})" if len(parts) > 1 else "")
    return "; ".join(f"{k}: {member_text(v, report, old=old)}" for k, v in value.items())
