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
    newline,
    skip_space,
)
from ki_concept.edit.validation import format_diagnostic
from ki_concept.models import Handlungsfeld, HistoryEntry, Konzept, Measure, yaml_key, yaml_keys
from ki_concept.reading.source import Limits, Node, ParsedFile, YamlDocument, parse_text

# The YAML keys the edits read and write, as the models name them.
MEASURES = yaml_key(Handlungsfeld, "measures")
ID = yaml_key(Measure, "id")
TITLE = yaml_key(Measure, "title")
GOALS = yaml_key(Measure, "goals")
STATUS = yaml_key(Measure, "status")
RESPONSIBLE = yaml_key(Measure, "responsible")
START = yaml_key(Measure, "start")
END = yaml_key(Measure, "end")
ONGOING = yaml_key(Measure, "ongoing")
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


def replace_scalar(doc: YamlDocument, node: Node, value: str, *, flow: bool) -> Splice:
    """Write ``value`` where ``node`` is, in the node's quoting style where it had one."""
    if node.kind not in ("scalar", "alias"):
        raise EditRefused("edit.not_a_value", value=doc.text[node.start : node.end][:40])
    if node.anchor is not None and node.kind == "scalar" and node.anchor in doc.aliases:
        # Other places repeat this value through ``*name``; changing it would change them too.
        raise EditRefused("edit.shared_value", anchor=node.anchor)
    style = node.style if node.style in ("'", '"') else None
    written = scalar(value, flow=flow, style=style)
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
    node = doc.nodes[seq_path]
    parent = doc.nodes[seq_path[:-1]]
    text = doc.text
    indexes = children(doc, seq_path) if node.kind == "seq" else []
    if indexes:
        last_path = (*seq_path, indexes[-1])
        last = doc.nodes[last_path]
        if node.flow:
            return [Splice(last.end, last.end, ", " + flow_value(item))]
        dash = dash_column(doc, last_path)
        here = Layout(layout.dash_offset, column(text, last.start) - dash, layout.flow_lists)
        if last.kind == "map" and last.flow:
            lines = [" " * dash + "-" + " " * (here.item_offset - 1) + flow_value(item)]
        else:
            lines = sequence_item(item, dash, here)
        if items_separated_by_blank_line(doc, seq_path):
            lines.insert(0, "")
        return [_lines_after(doc, last, lines)]
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
        return [Splice(node.start, node.end, lead + flow_value([item]))]
    # ``key: []`` becomes a block sequence below the key; a comment on that line stays there.
    dash = column(text, node.key.start) + layout.dash_offset
    lines = sequence_item(item, dash, layout)
    return [Splice(_after_colon(doc, node), node.end, ""), _lines_after(doc, node, lines)]


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


def set_status(
    doc: YamlDocument,
    *,
    measure_id: str,
    status: str,
    date: dt.date,
    note: str | None,
    finished: bool,
    file: Path = Path("<text>"),
) -> TextEdit:
    """Set a measure's ``status``, append ``{datum, status, notiz}`` to its ``verlauf`` and,
    for a finished status, set a missing ``ende`` (unless it is a ``daueraufgabe``).

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
    last = history[-1] if history and isinstance(history[-1], dict) else {}
    if (
        measure.get(STATUS) == status
        and last.get(STEP_DATE) == day
        and last.get(STEP_STATUS) == status
        and note in (None, last.get(STEP_NOTE))
    ):
        return TextEdit(text)

    layout = detect_layout(doc, prefer=HISTORY)
    splices: list[Splice] = []
    changes: list[Change] = []
    at_end: list[tuple[str, Any]] = []
    expected = copy.deepcopy(data)
    target: dict[str, Any] = expected[MEASURES][position]

    old_status = measure.get(STATUS)
    status_node = doc.nodes.get((*path, STATUS))
    if status_node is None:
        at_end.append((STATUS, status))
    elif old_status != status:
        splices.append(replace_scalar(doc, status_node, status, flow=node.flow))
    if old_status != status:
        changes.append(("edit.change.status", {"old": _shown(old_status), "new": status}))
    target[STATUS] = status

    if finished and measure.get(ONGOING) is not True and measure.get(END) is None:
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
    history_node = doc.nodes.get((*path, HISTORY))
    if history_node is None:
        at_end.append((HISTORY, [entry]))
    else:
        splices.extend(append_item(doc, (*path, HISTORY), entry, layout))
    target[HISTORY] = [*(history or []), entry]
    changes.append(
        (
            "edit.change.history",
            {"date": day, "status": status, "note": f" „{note}“" if note else ""},
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
    """What ``add massnahme`` was given; ``None`` and empty lists are left out of the file."""

    title: str
    goals: tuple[str, ...] = ()
    responsible: str | None = None
    status: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def entries(self, measure_id: str) -> list[tuple[str, Any]]:
        values: dict[str, Any] = {
            ID: measure_id,
            TITLE: self.title,
            GOALS: list(self.goals) or None,
            STATUS: self.status,
            RESPONSIBLE: self.responsible,
            START: self.start.isoformat() if self.start else None,
            END: self.end.isoformat() if self.end else None,
        }
        # The order of the keys is the order of the schema, as in the bundled files.
        return [(key, values[key]) for key in yaml_keys(Measure) if values.get(key) is not None]


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
    new_id = next_id(existing, field_id, taken)
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
