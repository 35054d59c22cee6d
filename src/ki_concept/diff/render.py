"""Printing a comparison: ``text`` (rich), ``brief``, ``markdown`` or ``json``.

Renderers are chosen by name from ``RENDERERS``; each takes a report and the
terminal facts and returns the complete output as a string.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ki_concept.diff.changes import Kind, count_by_type, item_count
from ki_concept.diff.describe import (
    GUESS_MARKER,
    MARKERS,
    GroupView,
    Line,
    Style,
    counts_by_type,
    group_changes,
    item_header,
    item_lines,
    kind_label,
    type_label,
)
from ki_concept.diff.report import DiffReport
from ki_concept.escaping import markdown, markdown_code, visible
from ki_concept.i18n import t


@dataclass(frozen=True)
class RenderOptions:
    """What the output goes to: colour only on a terminal, and its width."""

    color: bool = False
    width: int = 80


def _counts_lines(report: DiffReport, width: int) -> str:
    """The kinds that occur with their numbers, wrapped between entries, never inside one."""
    summary = report.summary()
    # Changed values are counted as values ("geänderte Angaben"), every other kind as items.
    entries = [
        f"{summary[kind.value] if kind is Kind.CHANGED else item_count(report.changes, kind)} "
        f"{kind_label(kind)}"
        for kind in Kind
        if summary[kind.value]
    ]
    lines = [entries[0]] if entries else []
    for entry in entries[1:]:
        if len(lines[-1]) + 3 + len(entry) <= width:
            lines[-1] += " · " + entry
        else:
            lines.append(entry)
    return "\n".join(lines)


def _filter_note(report: DiffReport) -> str | None:
    parts = []
    if report.only:
        parts.append("--only " + ", ".join(report.only))
    if report.ignore:
        parts.append("--ignore " + ", ".join(report.ignore))
    return t("diff.filtered", filters="; ".join(parts)) if parts else None


# --- text ---------------------------------------------------------------------------

_RICH_STYLES: dict[Style, str] = {
    "plain": "",
    "label": "bold",
    "key": "bold",
    "id": "cyan",
    "muted": "dim",
    "add": "green",
    "drop": "red",
    "ins": "bold green",
    "del": "red strike",
    "gap": "dim",
}
# Without colour a word diff needs visible marks, as in `git diff --word-diff`.
_PLAIN_MARKS: dict[Style, tuple[str, str]] = {"ins": ("{+", "+}"), "del": ("[-", "-]")}


def _plain_chunk(style: Style, chunk: str) -> str:
    opening, closing = _PLAIN_MARKS.get(style, ("", ""))
    return opening + chunk + closing


def _rich_text(line: Line, color: bool, base: str = "") -> Text:
    text = Text(style=base)
    for style, raw in line:
        chunk = visible(raw)  # text from the files: controls shown, never acting
        if color:
            text.append(chunk, style=_RICH_STYLES[style])
        else:
            opening, closing = _PLAIN_MARKS.get(style, ("", ""))
            text.append(opening + chunk + closing)
    return text


def _group_rows(group: GroupView, report: DiffReport) -> Iterator[tuple[str, int, Line]]:
    """(marker, indent level, line) of every row of one group, for either layout."""
    for marker, line in item_lines(group.own, report):
        yield marker, 0 if marker else 1, line
    for item in group.items:
        yield MARKERS[item.state], 0, item_header(item)
        for marker, line in item_lines(item.records, report):
            # The item line carries the marker; a guess keeps its "?" in front of the words.
            if marker == GUESS_MARKER:
                line = [("muted", f"{GUESS_MARKER} "), *line]
            yield "", 1 if marker else 2, line


def _group_table(group: GroupView, report: DiffReport, color: bool) -> Table:
    table = Table.grid(padding=(0, 1), expand=True)
    table.add_column(width=2, no_wrap=True)
    table.add_column(ratio=1, overflow="fold")

    def row(marker: str, level: int, line: Line) -> None:
        content: RenderableType = _rich_text(line, color)
        first = line[0] if line else ("plain", "")
        if first[0] in ("add", "drop") and first[1][:2] in ("+ ", "- "):
            # A list member: wrapped lines hang below the text, not below its +/-.
            hanging = Table.grid(padding=(0, 1))
            hanging.add_column(width=1, no_wrap=True)
            hanging.add_column(ratio=1, overflow="fold")
            rest: Line = [(first[0], first[1][2:]), *line[1:]]
            hanging.add_row(_rich_text([(first[0], first[1][0])], color), _rich_text(rest, color))
            content = hanging
        table.add_row(Text(f" {marker}" if marker else ""), Padding(content, (0, 0, 0, 2 * level)))

    for marker, level, line in _group_rows(group, report):
        row(marker, level, line)
    return table


def render_text(report: DiffReport, options: RenderOptions) -> str:
    """A rich view grouped by Handlungsfeld, with counts in a header."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        force_terminal=options.color,
        color_system="auto" if options.color else None,
        no_color=not options.color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(
        Text(
            visible(t("diff.title", old=report.old.label, new=report.new.label), one_line=True),
            style="bold" if options.color else "",
        )
    )
    if not report.changes:
        console.print(t("diff.none"))
        return _strip_lines(buffer.getvalue())
    console.print(_counts_lines(report, options.width))
    note = _filter_note(report)
    if note:
        console.print(Text(note, style="dim" if options.color else ""))
    for group in group_changes(report):
        console.print()
        heading = Text()
        if group.state != "changed":
            heading.append(MARKERS[group.state] + " ")
        heading.append(
            visible(group.heading(), one_line=True), style="bold" if options.color else ""
        )
        heading.append(
            " " + t("diff.group.count", count=group.count), style="dim" if options.color else ""
        )
        console.print(heading)
        console.print(_group_table(group, report, options.color))
    return _strip_lines(buffer.getvalue())


def _strip_lines(text: str) -> str:
    """Without the padding rich adds to fill the width (it shows up in diffs and mails)."""
    return "".join(line.rstrip() + "\n" for line in text.splitlines())


# --- brief -----------------------------------------------------------------------------


def render_brief(report: DiffReport, options: RenderOptions) -> str:
    """One summary line per kind of change."""
    summary = report.summary()
    lines = []
    for kind in Kind:
        by_type = count_by_type(report.changes, kind)
        items = sum(by_type.values())
        if kind is Kind.CHANGED:
            key = "diff.values_on.one" if items == 1 else "diff.values_on"
            counted = t(key, values=summary[kind.value], items=items)
            line = f"{kind_label(kind)}: {counted}"
        else:
            line = f"{kind_label(kind)}: {items}"
        if by_type:
            line += f" ({counts_by_type(by_type)})"
        lines.append(line)
    return "\n".join(lines) + "\n"


# --- markdown -----------------------------------------------------------------------------


def _md_line(line: Line) -> str:
    out = []
    for style, chunk in line:
        inner = chunk.strip()
        if not inner:
            out.append(" " if chunk else "")  # a line break would end the list item
            continue
        lead = " " if chunk[:1].isspace() else ""
        trail = " " if chunk[-1:].isspace() else ""
        if style == "del":
            out.append(f"{lead}~~{markdown(inner)}~~{trail}")
        elif style == "ins":
            out.append(f"{lead}**{markdown(inner)}**{trail}")
        elif style in ("key", "id"):
            colon = ":" if inner.endswith(":") else ""
            out.append(f"{lead}{markdown_code(inner.removesuffix(':'))}{colon}{trail}")
        else:
            out.append(f"{lead}{markdown(inner)}{trail}")
    text = "".join(out)
    # A leading + or - would start a nested list.
    return "\\" + text if text[:1] in ("+", "-") else text


def render_markdown(report: DiffReport, options: RenderOptions) -> str:
    """For a pull-request comment or a committee paper."""
    lines = [f"## {markdown(t('diff.title', old=report.old.label, new=report.new.label))}", ""]
    if not report.changes:
        return "\n".join([*lines, t("diff.none"), ""])
    summary = report.summary()
    lines += [f"| {t('diff.md.kind')} | {t('diff.md.count')} |", "|---|---:|"]
    lines += [f"| {kind_label(kind)} | {summary[kind.value]} |" for kind in Kind]
    note = _filter_note(report)
    if note:
        lines += ["", f"_{markdown(note)}_"]
    for group in group_changes(report):
        state = "" if group.state == "changed" else f"{MARKERS[group.state]} "
        lines += ["", f"### {state}{markdown(group.heading())}", ""]
        for marker, line in item_lines(group.own, report):
            lines.append(f"- {_md_line(line)}" if marker else f"  - {_md_line(line)}")
        for item in group.items:
            header = _md_line(item_header(item))
            lines.append(f"- {header}")
            for marker, line in item_lines(item.records, report):
                indent = "  " if marker else "    "
                lines.append(f"{indent}- {_md_line(line)}")
    return "\n".join(lines) + "\n"


# --- json ----------------------------------------------------------------------------


def render_json(report: DiffReport, options: RenderOptions) -> str:
    """``{"old", "new", "changes", "summary"}``; dates as ISO text."""
    payload = {
        "old": report.old.record(),
        "new": report.new.record(),
        "changes": [change.record() for change in report.changes],
        "summary": report.summary(),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Callable[[DiffReport, RenderOptions], str]] = {
    "text": render_text,
    "brief": render_brief,
    "markdown": render_markdown,
    "json": render_json,
}

__all__ = ["RENDERERS", "RenderOptions", "type_label"]
