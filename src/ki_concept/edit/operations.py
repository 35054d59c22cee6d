"""The edits themselves: from the text of one file to its new text and a list of changes.

Each operation locates what it changes in the document the reader loaded (its nodes
carry the offsets), splices new text in, and then reads the result to make sure the data
is exactly the old data plus the intended change; anything else is refused before it can
reach a file. The document of the new text comes back with it, so the version is checked
with it in memory.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ki_concept.diagnostics import YamlPath
from ki_concept.edit.errors import EditRefused
from ki_concept.edit.render import (
    Layout,
    block_entries,
    flow_value,
    scalar,
    scalar_value,
    sequence_item,
)
from ki_concept.edit.spans import (
    BLOCK_HEADER,
    Splice,
    apply_splices,
    children,
    column,
    dash_column,
    items_separated_by_blank_line,
    key_column,
    line_end,
    line_start,
    newline,
    skip_space,
)
from ki_concept.edit.validation import format_diagnostic
from ki_concept.errors import UserError
from ki_concept.i18n import t
from ki_concept.models import Handlungsfeld, HistoryEntry, Konzept, Measure, yaml_key, yaml_keys
from ki_concept.reading.source import Limits, Node, ParsedFile, YamlDocument, parse_text

# The YAML keys the edits read and write, as the models name them.
MEASURES = yaml_key(Handlungsfeld, "measures")
ID = yaml_key(Measure, "id")
TITLE = yaml_key(Measure, "title")
GOALS = yaml_key(Measure, "goals")
STATUS = yaml_key(Measure, "status")
DESCRIPTION = yaml_key(Measure, "description")
RESPONSIBLE = yaml_key(Measure, "responsible")
START = yaml_key(Measure, "start")
END = yaml_key(Measure, "end")
ONGOING = yaml_key(Measure, "ongoing")
EXAMPLE = yaml_key(Measure, "example")
FIELD_GOALS = yaml_key(Handlungsfeld, "goals")
HISTORY = yaml_key(Measure, "history")
STEP_DATE = yaml_key(HistoryEntry, "date")
STEP_STATUS = yaml_key(HistoryEntry, "status")
STEP_NOTE = yaml_key(HistoryEntry, "note")
VERSION = yaml_key(Konzept, "version")
ADOPTED = yaml_key(Konzept, "adopted")

Change = tuple[str, dict[str, str]]


@dataclass
class TextEdit:
    """The new text of a file and what changed, as message keys with parameters."""

    text: str
    changes: list[Change] = field(default_factory=list)
    # Why nothing changed, when there is more to say than "already up to date".
    note: Change | None = None
    # The new text as the reader read it; None when nothing changed.
    parsed: ParsedFile | None = None


# --- reading ---------------------------------------------------------------------


def read_parsed(text: str, file: Path, limits: Limits | None = None) -> ParsedFile:
    """The file as the loader reads it; refuses a file that does not parse."""
    parsed = parse_text(file, text, limits or Limits())
    if parsed.document is None:
        raise EditRefused(
            "edit.cannot_parse",
            path=file,
            details=[format_diagnostic(d) for d in parsed.diagnostics],
        )
    return parsed


def read_document(text: str, file: Path, limits: Limits | None = None) -> YamlDocument:
    document = read_parsed(text, file, limits).document
    assert document is not None
    return document


def _checked(text: str, file: Path, expected: Any) -> ParsedFile:
    """The new text read back; refused unless it holds exactly ``expected``."""
    parsed = read_parsed(text, file)
    assert parsed.document is not None
    if parsed.document.data != expected:
        raise EditRefused("edit.self_check", path=file)
    return parsed


def measure_position(data: Any, measure_id: str) -> int | None:
    measures = data.get(MEASURES) if isinstance(data, dict) else None
    if not isinstance(measures, list):
        return None
    for position, item in enumerate(measures):
        if isinstance(item, dict) and item.get(ID) == measure_id:
            return position
    return None


# --- layout ----------------------------------------------------------------------


def detect_layout(doc: YamlDocument, prefer: str | None = None) -> Layout:
    """How this file indents block sequences below a key and writes short lists."""
    candidates: list[tuple[int, int, int]] = []
    flow_lists = block_lists = 0
    text = doc.text
    for path, node in doc.nodes.items():
        if node.kind != "seq":
            continue
        indexes = children(doc, path)
        if not indexes:
            continue
        items = [doc.nodes[(*path, c)] for c in indexes]
        if all(i.kind == "scalar" for i in items):
            if node.flow:
                flow_lists += 1
            else:
                block_lists += 1
        if node.flow or node.key is None:
            continue
        dash = dash_column(doc, (*path, indexes[0]))
        offsets = (dash - column(text, node.key.start), column(text, items[0].start) - dash)
        rank = 0 if prefer is not None and path and path[-1] == prefer else 1
        if offsets[0] >= 0 and offsets[1] >= 2:
            candidates.append((rank, *offsets))
    if not candidates:
        return Layout(flow_lists=flow_lists >= block_lists)
    _, dash_offset, item_offset = min(candidates, key=lambda c: c[0])
    return Layout(dash_offset, item_offset, flow_lists >= block_lists)


# --- splices ---------------------------------------------------------------------


def _after_colon(doc: YamlDocument, node: Node) -> int:
    assert node.key is not None
    position = skip_space(doc.text, node.key.end, comments=False)
    return position + 1 if doc.text.startswith(":", position) else node.start


def replace_scalar(doc: YamlDocument, node: Node, value: str | bool | int, *, flow: bool) -> Splice:
    """Write ``value`` where ``node`` is; text in the node's quoting style where it had one."""
    if node.kind not in ("scalar", "alias"):
        raise EditRefused("edit.not_a_value", value=doc.text[node.start : node.end][:40])
    if node.anchor is not None and node.kind == "scalar" and node.anchor in doc.aliases:
        # Other places repeat this value through ``*name``; changing it would change them too.
        raise EditRefused("edit.shared_value", anchor=node.anchor)
    if isinstance(value, str):
        style = node.style if node.style in ("'", '"') else None
        written = scalar(value, flow=flow, style=style)
    else:
        written = scalar_value(value)
    if node.start == node.end:  # an empty value: ``key:`` becomes ``key: value``
        return Splice(node.start, node.end, " " + written)
    return Splice(node.start, node.end, written)


def clear_value(doc: YamlDocument, node: Node) -> Splice:
    """``key: value  # note`` → ``key:  # note`` (the value becomes null)."""
    return Splice(_after_colon(doc, node), node.end, "")


def _lines_after(doc: YamlDocument, node: Node, lines: list[str]) -> Splice:
    """Whole new lines after the last line of ``node`` (and any comment on that line)."""
    text = doc.text
    keep = node.keep_end
    if keep is not None and text[keep - 1 : keep] == "\n":
        # After the trailing blank lines that belong to a ``|+`` value.
        line_break = "\r\n" if text[keep - 2 : keep] == "\r\n" else "\n"
        return Splice(keep, keep, line_break.join(lines) + line_break)
    at = line_end(text, node.end)
    line_break = newline(text, node.end)
    return Splice(at, at, line_break + line_break.join(lines))


def insert_after(
    doc: YamlDocument,
    map_path: YamlPath,
    after_key: str,
    items: list[tuple[str, Any]],
    layout: Layout,
) -> Splice:
    """New entries right after the entry ``after_key`` of the mapping at ``map_path``."""
    mapping = doc.nodes[map_path]
    anchor = doc.nodes[(*map_path, after_key)]
    if mapping.flow:
        return Splice(anchor.end, anchor.end, _flow_entries(items, leading=True))
    return _lines_after(doc, anchor, block_entries(items, key_column(doc, map_path), layout))


def append_entries(
    doc: YamlDocument, map_path: YamlPath, items: list[tuple[str, Any]], layout: Layout
) -> Splice:
    """New entries at the end of the mapping at ``map_path``."""
    mapping = doc.nodes[map_path]
    if mapping.flow:
        keys = children(doc, map_path)
        if keys:
            last = doc.nodes[(*map_path, keys[-1])]
            return Splice(last.end, last.end, _flow_entries(items, leading=True))
        return Splice(mapping.end - 1, mapping.end - 1, _flow_entries(items, leading=False))
    return _lines_after(doc, mapping, block_entries(items, key_column(doc, map_path), layout))


def _flow_entries(items: list[tuple[str, Any]], *, leading: bool) -> str:
    text = ", ".join(f"{key}: {flow_value(value)}" for key, value in items)
    return ", " + text if leading else text


def append_item(doc: YamlDocument, seq_path: YamlPath, item: Any, layout: Layout) -> list[Splice]:
    """Append ``item`` to the sequence at ``seq_path`` (which may be ``[]`` or empty)."""
    return insert_items(doc, seq_path, None, [item], layout)


def _item_line_start(doc: YamlDocument, path: YamlPath) -> int:
    """Where the line of the ``-`` that introduces the block sequence item at ``path`` starts."""
    text = doc.text
    position = doc.nodes[path].start - 1
    while position >= 0 and text[position] in " \t\r\n":
        position -= 1
    if position >= 0 and text[position] == "-":
        return line_start(text, position)
    return line_start(text, doc.nodes[path].start)


def _item_lines(doc: YamlDocument, model: YamlPath, items: list[Any], layout: Layout) -> list[str]:
    """Lines of new block sequence items written like the existing item at ``model``."""
    text = doc.text
    node = doc.nodes[model]
    dash = dash_column(doc, model)
    here = Layout(layout.dash_offset, column(text, node.start) - dash, layout.flow_lists)
    spaced = items_separated_by_blank_line(doc, model[:-1])
    lines: list[str] = []
    for item in items:
        if lines and spaced:
            lines.append("")
        if node.kind == "map" and node.flow:
            lines.append(" " * dash + "-" + " " * (here.item_offset - 1) + flow_value(item))
        else:
            lines.extend(sequence_item(item, dash, here))
    return lines


def insert_items(
    doc: YamlDocument, seq_path: YamlPath, position: int | None, items: list[Any], layout: Layout
) -> list[Splice]:
    """Insert ``items`` before item ``position`` of the sequence at ``seq_path`` (``None``:
    at its end); the sequence may also be ``[]``, or an empty or null value."""
    node = doc.nodes[seq_path]
    parent = doc.nodes[seq_path[:-1]]
    text = doc.text
    count = len(children(doc, seq_path)) if node.kind == "seq" else 0
    at_end = position is None or position >= count
    if count:
        first, last = (*seq_path, 0), (*seq_path, count - 1)
        if node.flow:
            written = ", ".join(flow_value(item) for item in items)
            if at_end:
                end = doc.nodes[last].end
                return [Splice(end, end, ", " + written)]
            assert position is not None
            start = doc.nodes[(*seq_path, position)].start
            return [Splice(start, start, written + ", ")]
        spaced = items_separated_by_blank_line(doc, seq_path)
        if at_end:
            lines = _item_lines(doc, last, items, layout)
            return [_lines_after(doc, doc.nodes[last], [""] * spaced + lines)]
        assert position is not None
        if position == 0:
            # Before the first item: whole lines ahead of its ``-`` line.
            lines = _item_lines(doc, first, items, layout) + [""] * spaced
            at = _item_line_start(doc, first)
            line_break = newline(text, doc.nodes[first].start)
            return [Splice(at, at, line_break.join(lines) + line_break)]
        previous = (*seq_path, position - 1)
        lines = _item_lines(doc, previous, items, layout)
        return [_lines_after(doc, doc.nodes[previous], [""] * spaced + lines)]
    empty_list = node.kind == "seq"
    null = (
        node.kind == "scalar"
        and node.style is None
        and text[node.start : node.end] in ("", "~", "null", "Null", "NULL")
    )
    if not (empty_list or null) or node.key is None:
        raise EditRefused("edit.not_a_list", key=str(seq_path[-1]))
    if parent.flow:
        lead = " " if node.start == node.end else ""
        return [Splice(node.start, node.end, lead + flow_value(items))]
    # ``key: []`` becomes a block sequence below the key; a comment on that line stays there.
    dash = column(text, node.key.start) + layout.dash_offset
    lines = [line for item in items for line in sequence_item(item, dash, layout)]
    return [Splice(_after_colon(doc, node), node.end, ""), _lines_after(doc, node, lines)]


def remove_items(doc: YamlDocument, seq_path: YamlPath, positions: list[int]) -> list[Splice]:
    """Remove the items at ``positions`` of the block sequence at ``seq_path``, each with
    its lines (a comment on its last line goes with it); comment lines stay.

    Each removal ends where the item's last line ends, so an insertion after the
    sequence's last item (:func:`insert_items`) can take the place of a removed one.
    """
    text = doc.text
    splices: list[Splice] = []
    for position in positions:
        path = (*seq_path, position)
        start = _item_line_start(doc, path)
        start -= 2 if text[start - 2 : start] == "\r\n" else 1
        splices.append(Splice(start, line_end(text, doc.nodes[path].end), ""))
    return splices


def finish(doc: YamlDocument, splices: list[Splice]) -> str:
    """Apply ``splices``; keeps a block scalar at the very end of the file its value.

    A ``|`` or ``>`` scalar that ends the file without a line break has no final
    newline; text appended after it would give it one. Its chomping indicator
    becomes ``-`` then, which keeps the value exactly as it was.
    """
    text = doc.text
    if not text.endswith("\n") and any(s.start == len(text) for s in splices):
        scalars = [n for n in doc.nodes.values() if n.kind == "scalar"]
        last = max(scalars, key=lambda n: n.end)
        header = BLOCK_HEADER.match(text, last.start)
        replaced = any(s.start <= last.start < s.end for s in splices)
        if last.style in ("|", ">") and header and "-" not in header.group() and not replaced:
            indicators = header.group()[1:].replace("+", "")
            splices = [
                *splices,
                Splice(last.start, header.end(), header.group()[0] + indicators + "-"),
            ]
    return apply_splices(text, splices)


# --- set-status ------------------------------------------------------------------------


def as_day(value: Any) -> dt.date | None:
    """A date as the files write it (``YYYY-MM-DD``), or ``None`` when it is not one."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _history_position(entries: list[Any], day: dt.date) -> int:
    """Where a step dated ``day`` goes: after every step dated on or before it.

    A history whose dates cannot all be read gets the step at its end, as before.
    """
    days = [as_day(e.get(STEP_DATE)) if isinstance(e, dict) else None for e in entries]
    position = len(days)
    if any(d is None for d in days):
        return position
    while position and day < days[position - 1]:  # type: ignore[operator]
        position -= 1
    return position


def _reconstructed(
    measure: dict[str, Any],
    day: dt.date,
    adopted: dt.date | None,
    previous_date: dt.date | None,
) -> tuple[dict[str, Any], str]:
    """The step that keeps the status a measure had before its first ``verlauf`` entry, and
    where its date comes from: ``given`` (``--previous-date``), else ``start`` (``beginn``,
    if on or before ``day``), else ``adopted`` (the version's ``beschlossen``, if before
    ``day``), else ``unknown``: the day before ``day``, the least the file tells (the status
    held until the change), said so in the note."""
    start = as_day(measure.get(START))
    if previous_date is not None:
        if previous_date > day:
            raise UserError(
                "edit.previous_date_after", previous=previous_date.isoformat(), date=day
            )
        since, source = previous_date, "given"
    elif start is not None and start <= day:
        since, source = start, "start"
    elif adopted is not None and adopted < day:
        since, source = adopted, "adopted"
    else:
        since = day - dt.timedelta(days=1) if day > dt.date.min else day
        source = "unknown"
    note = t(f"edit.reconstructed_note.{source}")
    return {STEP_DATE: since.isoformat(), STEP_STATUS: measure[STATUS], STEP_NOTE: note}, source


def set_status(
    doc: YamlDocument,
    *,
    measure_id: str,
    status: str,
    date: dt.date,
    note: str | None,
    finished: bool,
    adopted: dt.date | None = None,
    previous_date: dt.date | None = None,
    statuses: Collection[str] | None = None,
    file: Path = Path("<text>"),
) -> TextEdit:
    """Record ``{datum, status, notiz}`` in a measure's ``verlauf``, in date order.

    A step dated on or after every other one is the last: it also sets ``status`` and,
    for a finished status, a missing ``ende`` (unless it is a ``daueraufgabe``). An
    earlier step goes between the steps around its date (after those of the same day)
    and leaves ``status`` as it is. A measure with a ``status`` but no ``verlauf`` keeps
    that status as a reconstructed first step (see :func:`_reconstructed`), unless it is
    not one of ``statuses``; ``adopted`` is the version's ``beschlossen``.

    Running it again with the same status and date (and no other note) changes nothing.
    """
    text, data = doc.text, doc.data
    position = measure_position(data, measure_id)
    if position is None:
        raise EditRefused("edit.measure_gone", id=measure_id, path=file)
    path: YamlPath = (MEASURES, position)
    node = doc.nodes.get(path)
    if node is None or node.kind != "map":
        raise EditRefused("edit.not_editable", id=measure_id, path=file)
    measure: dict[str, Any] = data[MEASURES][position]
    day = date.isoformat()
    history = measure.get(HISTORY)
    if history is not None and not isinstance(history, list):
        raise EditRefused("edit.not_a_list", key=HISTORY)
    entries: list[Any] = history or []
    step = _history_position(entries, date)
    is_last = step == len(entries)
    before = entries[step - 1] if step and isinstance(entries[step - 1], dict) else {}
    if (
        (measure.get(STATUS) == status or not is_last)
        and before.get(STEP_DATE) == day
        and before.get(STEP_STATUS) == status
        and note in (None, before.get(STEP_NOTE))
    ):
        return TextEdit(text)

    layout = detect_layout(doc, prefer=HISTORY)
    splices: list[Splice] = []
    changes: list[Change] = []
    at_end: list[tuple[str, Any]] = []
    expected = copy.deepcopy(data)
    target: dict[str, Any] = expected[MEASURES][position]

    old_status = measure.get(STATUS)
    new_steps: list[dict[str, Any]] = []
    keep_old = isinstance(old_status, str) and old_status != "" and not entries
    kept: Change | None = None
    if keep_old and statuses is not None and old_status not in statuses:
        keep_old = False
        kept = ("edit.change.not_reconstructed", {"status": str(old_status)})
    if keep_old:
        first, source = _reconstructed(measure, date, adopted, previous_date)
        new_steps.append(first)
        kept = (
            f"edit.change.reconstructed.{source}",
            {"date": first[STEP_DATE], "status": str(old_status)},
        )
    elif previous_date is not None and kept is None:
        raise UserError("edit.previous_date_unused", id=measure_id, status=_shown(old_status))

    status_node = doc.nodes.get((*path, STATUS))
    if is_last:
        # A new 'status' goes where the schema has it: after the keys before it that are there.
        anchor = next(
            (key for key in (GOALS, DESCRIPTION, TITLE, ID) if (*path, key) in doc.nodes), None
        )
        if status_node is None and anchor is not None and not node.flow:
            splices.append(insert_after(doc, path, anchor, [(STATUS, status)], layout))
        elif status_node is None:
            at_end.append((STATUS, status))
        elif old_status != status:
            splices.append(replace_scalar(doc, status_node, status, flow=node.flow))
        if old_status != status:
            changes.append(("edit.change.status", {"old": _shown(old_status), "new": status}))
        target[STATUS] = status

    if is_last and finished and measure.get(ONGOING) is not True and measure.get(END) is None:
        end_node = doc.nodes.get((*path, END))
        if end_node is not None:
            splices.append(replace_scalar(doc, end_node, day, flow=node.flow))
        elif (*path, START) in doc.nodes:
            splices.append(insert_after(doc, path, START, [(END, day)], layout))
        elif status_node is not None:
            splices.append(insert_after(doc, path, STATUS, [(END, day)], layout))
        else:
            at_end.append((END, day))
        changes.append(("edit.change.end", {"date": day}))
        target[END] = day

    entry = {STEP_DATE: day, STEP_STATUS: status}
    if note:
        entry[STEP_NOTE] = note
    new_steps.append(entry)
    history_node = doc.nodes.get((*path, HISTORY))
    if history_node is None:
        at_end.append((HISTORY, new_steps))
    else:
        splices.extend(insert_items(doc, (*path, HISTORY), step, new_steps, layout))
    target[HISTORY] = [*entries[:step], *new_steps, *entries[step:]]
    if kept is not None:
        changes.append(kept)
    shown_note = f" „{note}“" if note else ""
    if is_last:
        changes.append(("edit.change.history", {"date": day, "status": status, "note": shown_note}))
    else:
        following = entries[step]
        changes.append(
            (
                "edit.change.history_between",
                {
                    "date": day,
                    "status": status,
                    "note": shown_note,
                    "next": _shown(following.get(STEP_DATE)),
                    "current": _shown(old_status),
                },
            )
        )

    if at_end:
        splices.append(append_entries(doc, path, at_end, layout))
    new_text = finish(doc, splices)
    return TextEdit(new_text, changes, parsed=_checked(new_text, file, expected))


def _shown(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


# --- add massnahme ---------------------------------------------------------------------

_NUMBERED = re.compile(r"(.*?)(\d+)\Z")


def next_id(existing: list[str], field_id: str | None, taken: set[str]) -> str:
    """The next id in the file's own pattern: ``BILDUNG-M4`` → ``BILDUNG-M5``, ``M09`` → ``M10``."""
    numbered = [m.groups() for m in map(_NUMBERED.match, existing) if m]
    if numbered:
        prefix = numbered[-1][0]
        digits = [d for p, d in numbered if p == prefix]
    else:
        prefix, digits = (f"{field_id}-M" if field_id else "M"), []
    number = max((int(d) for d in digits), default=0) + 1
    width = max((len(d) for d in digits if len(d) > 1 and d.startswith("0")), default=1)
    candidate = prefix + str(number).zfill(width)
    while candidate in taken or candidate in existing:
        number += 1
        candidate = prefix + str(number).zfill(width)
    return candidate


@dataclass(frozen=True)
class NewMeasure:
    """What ``add massnahme`` was given: the title, any other keys of a measure by their YAML
    key (text, ``YYYY-MM-DD`` dates, booleans, lists of text) and, if given, the id.

    ``None``, ``False`` and empty lists are left out of the file: they are the defaults.
    """

    title: str
    values: Mapping[str, Any] = field(default_factory=dict)
    measure_id: str | None = None

    def entries(self, measure_id: str) -> list[tuple[str, Any]]:
        values: dict[str, Any] = {**self.values, ID: measure_id, TITLE: self.title}
        # The order of the keys is the order of the schema, as in the bundled files.
        return [
            (key, values[key])
            for key in yaml_keys(Measure)
            if not (values.get(key) is None or values[key] is False or values[key] == [])
        ]


def add_measure(
    doc: YamlDocument, *, measure: NewMeasure, taken: set[str], file: Path = Path("<text>")
) -> tuple[TextEdit, str]:
    """Append a new measure to the end of the file's ``massnahmen``; returns it with its id."""
    text, data = doc.text, doc.data
    if not isinstance(data, dict):
        raise EditRefused("edit.not_editable", id=MEASURES, path=file)
    measures = data.get(MEASURES)
    if measures is not None and not isinstance(measures, list):
        raise EditRefused("edit.not_a_list", key=MEASURES)
    existing = [m[ID] for m in measures or [] if isinstance(m, dict) and isinstance(m.get(ID), str)]
    for item in measures or []:
        if isinstance(item, dict) and item.get(TITLE) == measure.title:
            # Running the same command twice must not add the measure twice.
            known = str(item.get(ID))
            return TextEdit(
                text, note=("edit.measure_exists", {"id": known, "title": measure.title})
            ), known
    field_id = data.get(ID) if isinstance(data.get(ID), str) else None
    new_id = measure.measure_id or next_id(existing, field_id, taken)
    entries = measure.entries(new_id)

    layout = detect_layout(doc)
    if (MEASURES,) in doc.nodes:
        splices = append_item(doc, (MEASURES,), dict(entries), layout)
    else:
        splices = [append_entries(doc, (), [(MEASURES, [dict(entries)])], layout)]
    new_text = finish(doc, splices)
    expected = copy.deepcopy(data)
    expected[MEASURES] = [*(measures or []), dict(entries)]
    parsed = _checked(new_text, file, expected)
    changes: list[Change] = [("edit.change.added", {"id": new_id, "title": measure.title})]
    return TextEdit(new_text, changes, parsed=parsed), new_id


# --- set ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListChange:
    """A new list (``replace``), or items to ``add`` to or ``remove`` from the list there."""

    mode: str
    items: tuple[str, ...]

    def applied(self, current: list[Any], key: str) -> list[Any]:
        if self.mode == "replace":
            return list(self.items)
        if self.mode == "add":
            added = [i for i in dict.fromkeys(self.items) if i not in current]
            return [*current, *added]
        missing = [i for i in self.items if i not in current]
        if missing:
            raise UserError(
                "edit.set.not_in_list",
                key=key,
                missing=", ".join(missing),
                choices=", ".join(map(str, current)) or "—",
            )
        return [c for c in current if c not in self.items]


def item_position(data: Any, list_key: str, item_id: str) -> int | None:
    """The index of the item with id ``item_id`` in the top-level list ``list_key``."""
    items = data.get(list_key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    for position, item in enumerate(items):
        if isinstance(item, dict) and item.get(ID) == item_id:
            return position
    return None


def _list_splices(
    doc: YamlDocument, seq_path: YamlPath, current: list[Any], new: list[Any], layout: Layout
) -> list[Splice]:
    """``current`` (the list at ``seq_path``) becomes ``new``; items that stay keep their text.

    When ``new`` is ``current`` less some items plus items at its end, only those change;
    otherwise every item is written anew.
    """
    node = doc.nodes[seq_path]
    text = doc.text
    if node.kind != "seq" or not current:
        if new:
            return insert_items(doc, seq_path, None, new, layout)
        lead = " " if node.start == node.end else ""
        return [Splice(node.start, node.end, lead + "[]")]
    kept = [i for i, item in enumerate(current) if item in new]
    if new[: len(kept)] != [current[i] for i in kept]:
        kept = []
    added = new[len(kept) :]
    if node.flow:
        items = [doc.nodes[(*seq_path, i)] for i in range(len(current))]
        pieces = [text[items[i].start : items[i].end] for i in kept]
        pieces += [flow_value(item) for item in added]
        if not pieces:
            return [Splice(node.start, node.end, "[]")]
        return [Splice(items[0].start, items[-1].end, ", ".join(pieces))]
    splices: list[Splice] = []
    if not new:
        # ``key: []`` (before the removals: the first may start right after the colon).
        colon = _after_colon(doc, node)
        splices.append(Splice(colon, colon, " []"))
    splices += remove_items(doc, seq_path, [i for i in range(len(current)) if i not in kept])
    if added:
        splices += insert_items(doc, seq_path, None, added, layout)
    return splices


def set_value(
    doc: YamlDocument,
    *,
    list_key: str,
    item_id: str,
    key: str,
    value: str | bool | int | ListChange,
    order: list[str],
    file: Path = Path("<text>"),
) -> TextEdit:
    """Set ``key`` of the item ``item_id`` of ``list_key`` (a measure or a goal) to ``value``.

    A scalar replaces the value in place; a missing key is added after the nearest key
    that comes before it in ``order`` (the schema's), in the file's layout.
    """
    text, data = doc.text, doc.data
    position = item_position(data, list_key, item_id)
    if position is None:
        raise EditRefused("edit.item_gone", id=item_id, path=file)
    path: YamlPath = (list_key, position)
    node = doc.nodes.get(path)
    if node is None or node.kind != "map":
        raise EditRefused("edit.not_editable", id=item_id, path=file)
    item: dict[str, Any] = data[list_key][position]
    value_path = (*path, key)
    present = value_path in doc.nodes
    old = item.get(key)
    new: Any
    if isinstance(value, ListChange):
        if old is not None and not isinstance(old, list):
            raise EditRefused("edit.not_a_list", key=key)
        current = list(old or [])
        new = value.applied(current, key)
        if (present and new == old) or (not present and not new):
            return TextEdit(text)
    else:
        new = value
        if present and type(old) is type(new) and old == new:
            return TextEdit(text)

    layout = detect_layout(doc, prefer=key)
    if not present:
        earlier = order[: order.index(key)] if key in order else order
        anchor = next((k for k in reversed(earlier) if (*path, k) in doc.nodes), None)
        if anchor is not None:
            splices = [insert_after(doc, path, anchor, [(key, new)], layout)]
        else:
            splices = [append_entries(doc, path, [(key, new)], layout)]
    elif isinstance(value, ListChange):
        splices = _list_splices(doc, value_path, list(old or []), new, layout)
    else:
        splices = [replace_scalar(doc, doc.nodes[value_path], new, flow=node.flow)]
    expected = copy.deepcopy(data)
    expected[list_key][position][key] = new
    new_text = finish(doc, splices)
    change = ("edit.change.value", {"key": key, "old": _listed(old), "new": _listed(new)})
    return TextEdit(new_text, [change], parsed=_checked(new_text, file, expected))


def _listed(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_listed(v) for v in value) or "[]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return _shown(value)


# --- new-version --------------------------------------------------------------------------


def set_version(
    doc: YamlDocument, *, version: str, adopted: dt.date | None, file: Path = Path("<text>")
) -> TextEdit:
    """In ``konzept.yaml``: set ``version``; set ``beschlossen`` to ``adopted`` or clear it."""
    data = doc.data
    root = doc.nodes[()]
    layout = detect_layout(doc)
    splices: list[Splice] = []
    changes: list[Change] = []
    expected = copy.deepcopy(data)

    version_node = doc.nodes.get((VERSION,))
    if version_node is None:
        splices.append(append_entries(doc, (), [(VERSION, version)], layout))
    elif data.get(VERSION) != version:
        splices.append(replace_scalar(doc, version_node, version, flow=root.flow))
    if data.get(VERSION) != version:
        changes.append(("edit.change.version", {"old": _shown(data.get(VERSION)), "new": version}))
    expected[VERSION] = version

    adopted_node = doc.nodes.get((ADOPTED,))
    old = data.get(ADOPTED)
    if adopted is not None:
        day = adopted.isoformat()
        if adopted_node is not None:
            if old != day:
                splices.append(replace_scalar(doc, adopted_node, day, flow=root.flow))
        elif version_node is not None:
            splices.append(insert_after(doc, (), VERSION, [(ADOPTED, day)], layout))
        else:
            splices.append(append_entries(doc, (), [(ADOPTED, day)], layout))
        if old != day:
            changes.append(("edit.change.adopted", {"old": _shown(old), "new": day}))
        expected[ADOPTED] = day
    elif adopted_node is not None and old is not None:
        if root.flow:
            # In braces an empty value would run into the next ',' or '}': write null.
            splices.append(Splice(adopted_node.start, adopted_node.end, "null"))
        else:
            splices.append(clear_value(doc, adopted_node))
        changes.append(("edit.change.adopted_cleared", {"old": _shown(old)}))
        expected[ADOPTED] = None

    new_text = finish(doc, splices)
    if new_text == doc.text:
        return TextEdit(new_text, changes)
    return TextEdit(new_text, changes, parsed=_checked(new_text, file, expected))
