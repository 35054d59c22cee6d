"""Rendering a :class:`StatusReport` as table, JSON, CSV or Markdown.

Each renderer returns the complete output as a string; ``RENDERERS`` maps
``--format`` names to them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from typing import Any

from ki_concept.i18n import language, t
from ki_concept.progress import UNKNOWN, Group, MeasureRow, StatusReport

BAR_WIDTH = 8


def format_date(value: dt.date | None) -> str:
    """``14.12.2017`` in German, ``2017-12-14`` in English; ``–`` when absent."""
    if value is None:
        return "–"
    return value.strftime("%d.%m.%Y") if language() == "de" else value.isoformat()


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def bar(share: float | None, width: int = BAR_WIDTH) -> str:
    if share is None:
        return "·" * width
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


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


# --- table (rich) -------------------------------------------------------------


def _console(width: int, color: bool) -> Any:
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        force_terminal=color,
        emoji=False,
    )


def render_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    from rich import box
    from rich.table import Table

    console = _console(width, color)
    console.print(header_line(report, "\n"), style="bold", overflow="fold")
    columns = _status_columns(report)
    if not report.total.count(UNKNOWN):
        columns = columns[:-1]  # no unknown status anywhere: save the width
    fixed = 5 + 5 * len(columns) + 5 + 7 + 9
    label_width = max(10, width - fixed - 1)
    table = Table(box=box.SIMPLE_HEAD, padding=0, show_edge=False, show_footer=True)
    table.add_column(
        t(f"status.group.{report.grouping}"),
        footer=t("status.total"),
        width=label_width,
        overflow="ellipsis",
        no_wrap=True,
    )
    table.add_column(
        t("status.col.measures"), justify="right", no_wrap=True, footer=str(report.total.total)
    )
    for status_id, title in columns:
        table.add_column(
            _abbreviate(title),
            justify="right",
            no_wrap=True,
            min_width=4,
            footer=str(report.total.count(status_id)),
        )
    table.add_column(
        t("status.col.finished"),
        justify="right",
        no_wrap=True,
        min_width=4,
        footer=percent(report.total.share_finished),
    )
    table.add_column(
        t("status.col.overdue"),
        justify="right",
        no_wrap=True,
        footer=str(report.total.overdue),
        style="red" if color else "",
    )
    table.add_column("", footer=bar(report.total.share_finished), no_wrap=True, width=BAR_WIDTH)
    for group in report.groups:
        if group.total == 0:
            table.add_row(_group_label(report, group), "0", *["" for _ in columns], "–", "", "–")
            continue
        table.add_row(
            _group_label(report, group),
            str(group.total),
            *[str(group.count(s)) if group.count(s) else "·" for s, _ in columns],
            percent(group.share_finished),
            str(group.overdue) if group.overdue else "·",
            bar(group.share_finished),
        )
    console.print(table)
    legend = [
        f"{_abbreviate(title)} = {title}" for _, title in columns if _abbreviate(title) != title
    ]
    for line in notes(report):
        console.print(line, overflow="fold")
    if legend:
        console.print(t("status.legend", items="; ".join(legend)), overflow="fold")
    return console.file.getvalue()  # type: ignore[no-any-return]


def render_list_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    from rich import box
    from rich.table import Table

    console = _console(width, color)
    console.print(header_line(report, "\n"), style="bold", overflow="fold")
    vocabulary = report.version.vocabulary
    id_width = max([len(r.id) for r in report.measures] + [2])
    status_width = max([len(w.title) for w in vocabulary.words] + [len(t("status.unknown"))])
    fixed = id_width + status_width + 10 + 1 + 5
    flexible = max(20, width - fixed - 1)
    title_width = flexible * 3 // 5
    table = Table(box=box.SIMPLE_HEAD, padding=0, show_edge=False)
    table.add_column(t("list.col.id"), no_wrap=True, min_width=id_width)
    table.add_column(t("list.col.title"), width=title_width, overflow="ellipsis", no_wrap=True)
    table.add_column(t("list.col.status"), no_wrap=True, min_width=status_width)
    table.add_column(
        t("list.col.responsible"),
        width=flexible - title_width - 1,
        overflow="ellipsis",
        no_wrap=True,
    )
    table.add_column(t("list.col.end"), no_wrap=True, min_width=10)
    table.add_column("!", no_wrap=True, min_width=1)
    for row in report.measures:
        status = vocabulary.title(row.status) if row.status else t("status.unknown")
        table.add_row(
            row.id,
            row.title,
            status,
            row.responsible or "–",
            format_date(row.end),
            "!" if row.overdue else "",
            style="red" if color and row.overdue else None,
        )
    console.print(table)
    console.print(t("list.count", count=len(report.measures)), overflow="fold")
    for line in notes(report)[1:]:
        console.print(line, overflow="fold")
    return console.file.getvalue()  # type: ignore[no-any-return]


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
                "" if share is None else f"{share * 100:.0f}",
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
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: StatusReport, *, listing: bool = False) -> str:
    header, rows = _list_rows(report) if listing else _summary_rows(report)
    if not listing:
        header = [*header, t("status.col.progress")]
        shares = [g.share_finished for g in [*report.groups, report.total]]
        rows = [[*row, f"`{bar(share)}`"] for row, share in zip(rows, shares, strict=True)]
        rows[-1] = [f"**{cell}**" if cell else cell for cell in rows[-1]]
    lines = [f"**{_md_cell(header_line(report))}**", ""]
    lines.append("| " + " | ".join(_md_cell(h) for h in header) + " |")
    aligns = ["---:" if i and not listing else "---" for i in range(len(header))]
    lines.append("|" + "|".join(aligns) + "|")
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    lines.append("")
    lines += [f"_{_md_cell(n)}_  " for n in notes(report)]
    return "\n".join(lines).rstrip() + "\n"


Renderer = Callable[..., str]
RENDERERS: dict[str, Renderer] = {
    "table": render_table,
    "json": render_json,
    "csv": render_csv,
    "markdown": render_markdown,
}
