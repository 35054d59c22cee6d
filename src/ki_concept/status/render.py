"""Rendering a :class:`StatusReport` as table, JSON, CSV or Markdown.

Each renderer returns the complete output as a string; ``RENDERERS`` maps
``--format`` names to them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from ki_concept.escaping import markdown, visible
from ki_concept.formatting import BAR_WIDTH, bar, format_date, percent, whole_percent
from ki_concept.i18n import t
from ki_concept.progress import UNKNOWN, Group, MeasureRow, StatusReport
from ki_concept.spreadsheet import csv_text

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


def _status_columns(report: StatusReport) -> list[tuple[str, str]]:
    """(status id, column title) in vocabulary order, plus unknown."""
    columns = [(w.id, w.title) for w in report.version.vocabulary.words]
    return [*columns, (UNKNOWN, t("status.unknown"))]


def _abbreviate(title: str, width: int = 4) -> str:
    return title if len(title) <= width else title[:width]


def header_line(report: StatusReport, separator: str = " · ") -> str:
    """Concept title, then version, adoption date and reference date."""
    konzept = report.version.konzept
    adopted = (
        t("status.adopted", date=format_date(konzept.adopted))
        if konzept.adopted
        else t("status.not_adopted")
    )
    details = t(
        "status.header", version=konzept.version, adopted=adopted, as_of=format_date(report.as_of)
    )
    return f"{konzept.title}{separator}{details}"


def _group_label(report: StatusReport, group: Group) -> str:
    if group.key == "" and group.label == "—":
        return t(f"status.without.{report.grouping}")
    return group.label


def notes(report: StatusReport) -> list[str]:
    """Lines under the table: how progress is derived, what was hidden, goals without measures."""
    lines = [t("status.note.derived")]
    if report.hidden_examples:
        lines.append(t("status.note.hidden", count=report.hidden_examples))
    if report.goals_without_measures:
        lines.append(t("status.note.goals_without", goals=", ".join(report.goals_without_measures)))
    return lines


# --- tables for the terminal ------------------------------------------------------
#
# Laid out by rich: long names wrap onto further lines instead of being cut, so two groups
# never look the same. Without colour the text is plain.

# A group's name keeps at least this many columns before status words are abbreviated.
_LABEL_MIN = 20
_ABBREVIATED = 4


def _console(width: int, color: bool) -> Console:
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )


def _printed(console: Console, *parts: Any) -> str:
    for part in parts:
        console.print(part)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "".join(line.rstrip() + "\n" for line in out.splitlines())


def _title(report: StatusReport, color: bool) -> Text:
    from rich.text import Text

    return Text(visible(header_line(report, "\n")), style="bold" if color else "")


def _prose(lines: list[str]) -> Text:
    from rich.text import Text

    return Text("\n".join(lines))


def _count(number: int) -> str:
    return str(number) if number else "·"


def render_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    """One row per group with counts per status and a total; laid out for ``width`` columns.

    Status columns carry the full status words where the width allows, else abbreviations
    explained in a legend below the table.
    """
    from rich import box
    from rich.table import Table

    columns = _status_columns(report)
    if not report.total.count(UNKNOWN):
        columns = columns[:-1]  # no unknown status anywhere: save the width
    # Zero is a dot in every row, the total included, so the eye finds the counts.
    totals = [_count(report.total.count(status_id)) for status_id, _ in columns]
    fixed = [
        t("status.col.measures"),
        t("status.col.finished"),
        t("status.col.overdue"),
        "█" * BAR_WIDTH,
    ]
    fixed_width = sum(max(cell_len(text), 4) + 1 for text in fixed)
    labels = [visible(_group_label(report, group), one_line=True) for group in report.groups]
    # The name column keeps room for its longest word, so no word is broken.
    label_min = max(_LABEL_MIN, min(_longest_word(labels), width // 3))

    def status_width(short: bool) -> int:
        return sum(
            max(cell_len(title[:_ABBREVIATED] if short else title), len(total)) + 1
            for (_, title), total in zip(columns, totals, strict=True)
        )

    abbreviate = fixed_width + status_width(False) + label_min > width
    label_width = max(10, width - fixed_width - status_width(abbreviate))
    # Still too narrow for the names: the bar goes, the share in per cent stays.
    with_bar = label_width >= label_min
    if not with_bar:
        label_width += BAR_WIDTH + 1

    def header(title: str) -> str:
        return title[:_ABBREVIATED] if abbreviate else title

    table = Table(box=box.SIMPLE, show_footer=True, show_edge=False, pad_edge=False, expand=True,
                  padding=0, header_style="bold" if color else "",
                  footer_style="bold" if color else "")  # fmt: skip
    table.add_column(t(f"status.group.{report.grouping}"), footer=t("status.total"),
                     width=label_width, overflow="fold")  # fmt: skip
    table.add_column(fixed[0], footer=str(report.total.total), justify="right")
    for (_, title), total in zip(columns, totals, strict=True):
        table.add_column(header(title), footer=total, justify="right", no_wrap=True)
    table.add_column(fixed[1], footer=percent(report.total.share_finished), justify="right")
    table.add_column(fixed[2], footer=_count(report.total.overdue), justify="right")
    if with_bar:
        table.add_column("", footer=bar(report.total.share_finished), no_wrap=True)
    for group, label in zip(report.groups, labels, strict=True):
        if group.total == 0:
            cells = ["0", *["" for _ in columns], "–", "", "–"]
        else:
            cells = [
                str(group.total),
                *[_count(group.count(s)) for s, _ in columns],
                percent(group.share_finished),
                _count(group.overdue),
                bar(group.share_finished),
            ]
        if not with_bar:
            cells = cells[:-1]
        table.add_row(label, *cells, style="red" if color and group.overdue else None)
    extra = notes(report)
    legend = [f"{header(title)} = {title}" for _, title in columns if header(title) != title]
    if legend:
        extra.append(t("status.legend", items="; ".join(legend)))
    console = _console(width, color)
    return _printed(console, _title(report, color), table, _prose(extra))


def _longest_word(texts: list[str]) -> int:
    """The longest word in ``texts``: a column that wide breaks no word."""
    return max((cell_len(word) for text in texts for word in text.split()), default=1)


def render_list_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    """The measures themselves: id, title, status, responsible, end, overdue flag."""
    from rich import box
    from rich.table import Table

    vocabulary = report.version.vocabulary
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, padding=0, expand=True,
                  header_style="bold" if color else "")  # fmt: skip
    rows = [
        (
            visible(row.id, one_line=True),
            visible(row.title, one_line=True),
            visible(vocabulary.title(row.status)) if row.status else t("status.unknown"),
            visible(row.responsible or "–", one_line=True),
            format_date(row.end),
            "!" if row.overdue else "",
        )
        for row in report.measures
    ]
    fixed = [0, 2, 4, 5]  # id, status, end and the mark keep their full width
    headers = [t("list.col.id"), "", t("list.col.status"), "", t("list.col.end"), "!"]
    used = sum(max(cell_len(headers[i]), *(cell_len(r[i]) for r in rows)) + 1 for i in fixed)
    room = max(width - used - 1, 20)
    # Titles get three fifths of the rest, and never less than their longest word.
    title_width = max(room * 3 // 5, min(_longest_word([r[1] for r in rows]), room - 8))
    table.add_column(headers[0], no_wrap=True)
    table.add_column(t("list.col.title"), width=title_width, overflow="fold")
    table.add_column(headers[2], no_wrap=True)
    table.add_column(t("list.col.responsible"), width=room - title_width, overflow="fold")
    table.add_column(t("list.col.end"), no_wrap=True)
    table.add_column("!", no_wrap=True)
    for row, cells in zip(report.measures, rows, strict=True):
        table.add_row(*cells, style="red" if color and row.overdue else None)
    extra = [t("list.count", count=len(report.measures)), *notes(report)[1:]]
    console = _console(width, color)
    return _printed(console, _title(report, color), table, _prose(extra))


# --- JSON -------------------------------------------------------------------------


def _group_record(report: StatusReport, group: Group) -> dict[str, Any]:
    return {
        "measures": group.total,
        "status": {s: group.count(s) for s, _ in _status_columns(report)},
        "finished": group.finished,
        "share_finished": None if group.share_finished is None else round(group.share_finished, 4),
        "overdue": group.overdue,
    }


def measure_record(row: MeasureRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "field": row.field_id,
        "goals": list(row.goals),
        "priorities": list(row.priorities),
        "status": row.status,
        "responsible": row.responsible,
        "partners": list(row.partners),
        "target_groups": list(row.target_groups),
        "start": row.start.isoformat() if row.start else None,
        "end": row.end.isoformat() if row.end else None,
        "ongoing": row.ongoing,
        "finished": row.finished,
        "overdue": row.overdue,
        "example": row.example,
        "sources": list(row.sources),
    }


def report_record(report: StatusReport) -> dict[str, Any]:
    """The stable JSON shape of ``status --format json`` (documented in docs/cli.md)."""
    konzept = report.version.konzept
    vocabulary = report.version.vocabulary
    filters = report.filters
    return {
        "concept": {
            "title": konzept.title,
            "version": konzept.version,
            "adopted": konzept.adopted.isoformat() if konzept.adopted else None,
            "folder": report.version.name,
        },
        "as_of": report.as_of.isoformat(),
        "grouping": report.grouping,
        "statuses": [
            {"id": w.id, "title": w.title, "finished": w.finished} for w in vocabulary.words
        ],
        "filters": {
            "status": list(filters.statuses),
            "field": filters.field_id,
            "responsible": filters.responsible,
            "overdue": filters.overdue_only,
            "examples": filters.examples,
        },
        "hidden_examples": report.hidden_examples,
        "groups": [
            {"key": g.key or None, "label": g.label, **_group_record(report, g)}
            for g in report.groups
        ],
        "total": _group_record(report, report.total),
        "goals_without_measures": report.goals_without_measures,
        "measures": [measure_record(r) for r in report.measures],
    }


def render_json(report: StatusReport) -> str:
    import json  # only for this format: text runs do without it

    return json.dumps(report_record(report), ensure_ascii=False, indent=2) + "\n"


# --- CSV and Markdown -----------------------------------------------------------


def _summary_rows(report: StatusReport) -> tuple[list[str], list[list[str]]]:
    columns = _status_columns(report)
    header = [
        t(f"status.group.{report.grouping}"),
        t("status.col.measures"),
        *[title for _, title in columns],
        t("status.col.finished_share"),
        t("status.col.overdue_long"),
    ]
    rows = []
    for group in [*report.groups, report.total]:
        label = t("status.total") if group is report.total else _group_label(report, group)
        share = group.share_finished
        rows.append(
            [
                label,
                str(group.total),
                *[str(group.count(s)) for s, _ in columns],
                "" if share is None else str(whole_percent(share)),
                str(group.overdue),
            ]
        )
    return header, rows


def _list_rows(report: StatusReport) -> tuple[list[str], list[list[str]]]:
    vocabulary = report.version.vocabulary
    header = [
        t("list.col.field"),
        t("list.col.id"),
        t("list.col.title"),
        t("list.col.status"),
        t("list.col.responsible"),
        t("list.col.start"),
        t("list.col.end"),
        t("list.col.overdue"),
    ]
    rows = [
        [
            r.field_id,
            r.id,
            r.title,
            vocabulary.title(r.status) if r.status else t("status.unknown"),
            r.responsible or "",
            r.start.isoformat() if r.start else "",
            r.end.isoformat() if r.end else "",
            t("yes") if r.overdue else "",
        ]
        for r in report.measures
    ]
    return header, rows


def render_csv(report: StatusReport, *, listing: bool = False, separator: str = ";") -> str:
    """CSV for German Excel: UTF-8 with BOM, ``;`` by default."""
    header, rows = _list_rows(report) if listing else _summary_rows(report)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow([csv_text(cell) for cell in header])
    writer.writerows([csv_text(cell) for cell in row] for row in rows)
    return "\ufeff" + out.getvalue()


def render_markdown(report: StatusReport, *, listing: bool = False) -> str:
    header, plain_rows = _list_rows(report) if listing else _summary_rows(report)
    # Text from the concept is escaped first; the marks this function adds come after.
    header = [markdown(cell) for cell in header]
    rows = [[markdown(cell) for cell in row] for row in plain_rows]
    if not listing:
        header = [*header, markdown(t("status.col.progress"))]
        shares = [g.share_finished for g in [*report.groups, report.total]]
        rows = [[*row, f"`{bar(share)}`"] for row, share in zip(rows, shares, strict=True)]
        rows[-1] = [f"**{cell}**" if cell else cell for cell in rows[-1]]
    lines = [f"**{markdown(header_line(report))}**", ""]
    lines.append("| " + " | ".join(header) + " |")
    aligns = ["---:" if i and not listing else "---" for i in range(len(header))]
    lines.append("|" + "|".join(aligns) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    lines.append("")
    lines += [f"_{markdown(n)}_  " for n in notes(report)]
    return "\n".join(lines).rstrip() + "\n"


@dataclass(frozen=True)
class Layout:
    """How the user asked for the output: one row per measure, CSV separator, terminal."""

    listing: bool = False
    separator: str = ";"
    color: bool = False
    width: int = 80


def _table(report: StatusReport, layout: Layout) -> str:
    render = render_list_table if layout.listing else render_table
    return render(report, color=layout.color, width=layout.width)


# ``--format`` choices: a new format is one entry here.
RENDERERS: dict[str, Callable[[StatusReport, Layout], str]] = {
    "table": _table,
    "json": lambda report, layout: render_json(report),
    "csv": lambda report, layout: render_csv(
        report, listing=layout.listing, separator=layout.separator
    ),
    "markdown": lambda report, layout: render_markdown(report, listing=layout.listing),
}
