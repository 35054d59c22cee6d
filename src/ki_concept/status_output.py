"""Rendering a :class:`StatusReport` as table, JSON, CSV or Markdown.

Each renderer returns the complete output as a string; ``RENDERERS`` maps
``--format`` names to them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from ki_concept.i18n import language, t
from ki_concept.progress import UNKNOWN, Group, MeasureRow, StatusReport
from ki_concept.text_table import BOLD, RED, RESET, Column, render, text_width, wrap

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


# --- tables for the terminal ------------------------------------------------------


def _prose(lines: list[str], width: int) -> list[str]:
    return [part for line in lines for part in wrap(line, width)]


def _title_block(report: StatusReport, width: int, color: bool) -> list[str]:
    lines = _prose(header_line(report, "\n").split("\n"), width)
    return [f"{BOLD}{line}{RESET}" for line in lines] if color else lines


def render_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    """One row per group with counts per status; fits ``width`` columns."""
    columns = _status_columns(report)
    if not report.total.count(UNKNOWN):
        columns = columns[:-1]  # no unknown status anywhere: save the width
    counts = [Column(t("status.col.measures"), "right", footer=str(report.total.total))]
    counts += [
        Column(_abbreviate(title), "right", 4, str(report.total.count(status_id)))
        for status_id, title in columns
    ]
    counts += [
        Column(t("status.col.finished"), "right", 4, percent(report.total.share_finished)),
        Column(t("status.col.overdue"), "right", footer=str(report.total.overdue)),
        Column("", width=BAR_WIDTH, footer=bar(report.total.share_finished)),
    ]
    rows: list[list[str]] = []
    styles: list[str | None] = []
    for group in report.groups:
        if group.total == 0:
            rows.append(["0", *["" for _ in columns], "–", "", "–"])
        else:
            rows.append(
                [
                    str(group.total),
                    *[str(group.count(s)) if group.count(s) else "·" for s, _ in columns],
                    percent(group.share_finished),
                    str(group.overdue) if group.overdue else "·",
                    bar(group.share_finished),
                ]
            )
        styles.append(RED if group.overdue else None)
    fixed = sum(
        max(
            text_width(c.header),
            text_width(c.footer),
            c.width or 0,
            *(text_width(row[i]) for row in rows),
        )
        + 1
        for i, c in enumerate(counts)
    )
    label = Column(
        t(f"status.group.{report.grouping}"), width=max(10, width - fixed), footer=t("status.total")
    )
    table = [
        [_group_label(report, group), *row] for group, row in zip(report.groups, rows, strict=True)
    ]
    lines = _title_block(report, width, color)
    lines += render([label, *counts], table, row_styles=styles, color=color)
    legend = [
        f"{_abbreviate(title)} = {title}" for _, title in columns if _abbreviate(title) != title
    ]
    extra = notes(report)
    if legend:
        extra.append(t("status.legend", items="; ".join(legend)))
    lines += _prose(extra, width)
    return "\n".join(lines) + "\n"


def render_list_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    """The measures themselves: id, title, status, responsible, end, overdue flag."""
    vocabulary = report.version.vocabulary
    rows = [
        [
            row.id,
            row.title,
            vocabulary.title(row.status) if row.status else t("status.unknown"),
            row.responsible or "–",
            format_date(row.end),
            "!" if row.overdue else "",
        ]
        for row in report.measures
    ]
    id_width = max([text_width(t("list.col.id"))] + [text_width(r[0]) for r in rows])
    status_width = max([text_width(t("list.col.status"))] + [text_width(r[2]) for r in rows])
    end_width = max([text_width(t("list.col.end"))] + [text_width(r[4]) for r in rows])
    flexible = max(20, width - (id_width + status_width + end_width + 1) - 5)
    title_width = flexible * 3 // 5
    columns = [
        Column(t("list.col.id"), width=id_width),
        Column(t("list.col.title"), width=title_width),
        Column(t("list.col.status"), width=status_width),
        Column(t("list.col.responsible"), width=flexible - title_width),
        Column(t("list.col.end"), width=end_width),
        Column("!", width=1),
    ]
    styles: list[str | None] = [RED if r.overdue else None for r in report.measures]
    lines = _title_block(report, width, color)
    lines += render(columns, rows, row_styles=styles, color=color)
    lines += _prose([t("list.count", count=len(report.measures)), *notes(report)[1:]], width)
    return "\n".join(lines) + "\n"


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
