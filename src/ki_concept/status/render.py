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
from ki_concept.progress import (
    NOT_STARTED,
    UNKNOWN,
    Group,
    MeasureRow,
    StatusColumn,
    StatusReport,
    period_text,
    status_columns,
    status_label,
)
from ki_concept.spreadsheet import csv_text
from ki_concept.terminal import text_console

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ki_concept.vocabulary import StatusWord


def status_title(report: StatusReport, status: str | None) -> str:
    return status_label(report.version, status)


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


def _words(words: list[StatusWord]) -> str:
    return ", ".join(w.title for w in words) or "–"


def progress_notes(report: StatusReport) -> list[str]:
    """How progress and overdue are derived, and what the data could not tell."""
    vocabulary = report.version.vocabulary
    open_words = vocabulary.of_kind("open")
    lines = [
        t(
            "status.note.derived",
            achieved=_words(vocabulary.of_kind("achieved")),
            dropped=_words(vocabulary.of_kind("dropped")),
        ),
        t(
            "status.note.overdue",
            words=_words([w for w in open_words if w.can_be_overdue]),
        ),
    ]
    never_overdue = [w for w in open_words if not w.can_be_overdue]
    if never_overdue:
        lines.append(t("status.note.never_overdue", words=_words(never_overdue)))
    without = report.total.without_history
    if without:
        key = "status.note.without_history" + (".one" if without == 1 else "")
        lines.append(t(key, count=without, as_of=format_date(report.as_of)))
    not_started = report.total.count(NOT_STARTED)
    if not_started:
        key = "status.note.not_started" + (".one" if not_started == 1 else "")
        lines.append(t(key, count=not_started))
    return lines


def notes(report: StatusReport) -> list[str]:
    """Lines under the table: :func:`progress_notes`, what was hidden, goals without measures."""
    lines = progress_notes(report)
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


def share(group: Group) -> float | None:
    return group.share_achieved


def render_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    """One row per group with counts per status and a total; laid out for ``width`` columns.

    Status columns carry the full status words where the width allows, else the words'
    short forms, explained in a legend below the table.
    """
    from rich import box
    from rich.table import Table

    columns = status_columns(report)
    if not report.total.count(UNKNOWN):
        columns = columns[:-1]  # no unknown status anywhere: save the width
    # Zero is a dot in every row, the total included, so the eye finds the counts.
    totals = [_count(report.total.count(column.id)) for column in columns]
    labels = [visible(_group_label(report, group), one_line=True) for group in report.groups]
    # The name column keeps room for its longest word, so no word is broken.
    label_min = max(_LABEL_MIN, min(_longest_word(labels), width // 3))

    def status_width(short: bool) -> int:
        return sum(
            max(cell_len(column.short if short else column.title), len(total)) + 1
            for column, total in zip(columns, totals, strict=True)
        )

    def room(short: bool, bar_shown: bool, overdue: str) -> int:
        """What is left for the names with these choices."""
        used = (
            max(cell_len(t("status.col.measures")), len(str(report.total.total))) + 1
            + max(cell_len(t("status.col.share")), len("100%")) + 1
            + max(cell_len(overdue), len(str(report.total.overdue))) + 1
            + status_width(short)
        )  # fmt: skip
        return width - used - (BAR_WIDTH + 1 if bar_shown else 0)

    # Narrower and narrower until the names fit: short status words, then no bar, then the
    # overdue column headed '!'. Every column stays; at the end long names fold.
    overdue_long, overdue_mark = t("status.col.overdue"), "!"
    choices = [
        (False, True, overdue_long),
        (True, True, overdue_long),
        (True, False, overdue_long),
        (True, False, overdue_mark),
    ]
    abbreviate, with_bar, overdue_header = next(
        (choice for choice in choices if room(*choice) >= label_min), choices[-1]
    )
    label_width = max(8, room(abbreviate, with_bar, overdue_header))
    fixed = [t("status.col.measures"), t("status.col.share"), overdue_header]

    def header(column: StatusColumn) -> str:
        return column.short if abbreviate else column.title

    table = Table(box=box.SIMPLE, show_footer=True, show_edge=False, pad_edge=False, expand=True,
                  padding=0, header_style="bold" if color else "",
                  footer_style="bold" if color else "")  # fmt: skip
    table.add_column(t(f"status.group.{report.grouping}"), footer=t("status.total"),
                     width=label_width, overflow="fold")  # fmt: skip
    table.add_column(fixed[0], footer=str(report.total.total), justify="right")
    for column, total in zip(columns, totals, strict=True):
        table.add_column(header(column), footer=total, justify="right", no_wrap=True,
                         min_width=cell_len(header(column)))  # fmt: skip
    table.add_column(fixed[1], footer=percent(share(report.total)), justify="right", min_width=4)
    table.add_column(fixed[2], footer=_count(report.total.overdue), justify="right",
                     no_wrap=True, min_width=cell_len(fixed[2]))  # fmt: skip
    if with_bar:
        table.add_column("", footer=bar(share(report.total)), no_wrap=True)
    for group, label in zip(report.groups, labels, strict=True):
        if group.total == 0:
            cells = ["0", *["" for _ in columns], "–", "", "–"]
        else:
            cells = [
                str(group.total),
                *[_count(group.count(column.id)) for column in columns],
                percent(share(group)),
                _count(group.overdue),
                bar(share(group)),
            ]
        if not with_bar:
            cells = cells[:-1]
        table.add_row(label, *cells, style="red" if color and group.overdue else None)
    extra = notes(report)
    shortened = [column for column in columns if header(column) != column.title]
    legend = [f"{column.short} = {column.title}" for column in shortened]
    if fixed[2] != t("status.col.overdue_long"):
        legend.append(f"{fixed[2]} = {t('status.col.overdue_long')}")
    extra.append(t("status.legend", items="; ".join(legend)))
    console = text_console(width, color)
    return _printed(console, _title(report, color), table, _prose(extra))


def _longest_word(texts: list[str]) -> int:
    """The longest word in ``texts``: a column that wide breaks no word."""
    return max((cell_len(word) for text in texts for word in text.split()), default=1)


# Below this width the list puts responsible body and dates under the title.
_LIST_WIDE = 110


def render_list_table(report: StatusReport, *, color: bool = False, width: int = 80) -> str:
    """The measures themselves under a heading per field: id, title, status, responsible
    body, start and end, and marks explained below the table. Narrow terminals get the
    responsible body and the dates on a line under the title."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    wide = width >= _LIST_WIDE
    table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0),
                  expand=True, header_style="bold" if color else "")  # fmt: skip
    dim = "dim" if color else ""

    def fitted(heading: str, values: list[str]) -> None:
        table.add_column(heading, no_wrap=True, min_width=max(map(cell_len, [heading, *values])))

    ids = [visible(r.id, one_line=True) for r in report.measures]
    statuses = [visible(status_title(report, r.status)) for r in report.measures]
    fitted(t("list.col.id"), ids + [visible(r.field_id, one_line=True) for r in report.measures])
    if wide:
        table.add_column(t("list.col.title"), ratio=3, overflow="fold")
        fitted(t("list.col.status"), statuses)
        table.add_column(t("list.col.responsible"), ratio=2, overflow="fold")
        fitted(t("list.col.start"), [format_date(r.start) for r in report.measures])
        fitted(t("list.col.end"), [format_date(r.end) for r in report.measures])
    else:
        table.add_column(t("list.col.title_details"), ratio=1, overflow="fold")
        fitted(t("list.col.status"), statuses)
    fitted("", [_marks(r) for r in report.measures])
    field_id = None
    for row, row_id, status in zip(report.measures, ids, statuses, strict=True):
        if row.field_id != field_id:
            if field_id is not None:
                table.add_row()
            field_id = row.field_id
            heading = Text(visible(row.field_title, one_line=True), style="bold" if color else "")
            table.add_row(visible(row.field_id, one_line=True), heading)
        title = Text(visible(row.title, one_line=True))
        responsible = visible(row.responsible or "–", one_line=True)
        if wide:
            cells: list[str | Text] = [
                title,
                status,
                responsible,
                format_date(row.start),
                format_date(row.end),
            ]
        else:
            details = [responsible]
            if row.start or row.end or row.ongoing:
                details.append(period_text(row))
            title.append("\n" + " · ".join(details), style=dim)
            cells = [title, status]
        style = "red" if color and row.overdue else None
        table.add_row(row_id, *cells, _marks(row), style=style)
    extra = [t("list.count", count=len(report.measures))]
    marks = [
        t(f"list.mark.{name}") for name, mark in _MARKS if any(mark(r) for r in report.measures)
    ]
    if marks:
        extra.append(t("status.legend", items="; ".join(marks)))
    extra += notes(report)[1:]
    console = text_console(width, color)
    return _printed(console, _title(report, color), table, _prose(extra))


# The marks of a measure in the list, each explained under it: ``!`` overdue, ``∞`` ongoing
# task, ``B`` example.
_MARKS: tuple[tuple[str, Callable[[MeasureRow], bool]], ...] = (
    ("overdue", lambda row: row.overdue),
    ("ongoing", lambda row: row.ongoing),
    ("example", lambda row: row.example),
)
_MARK_SIGNS = {"overdue": "!", "ongoing": "∞", "example": "B"}


def _marks(row: MeasureRow) -> str:
    return "".join(_MARK_SIGNS[name] for name, mark in _MARKS if mark(row))


# --- JSON -------------------------------------------------------------------------


def _group_record(report: StatusReport, group: Group) -> dict[str, Any]:
    achieved_share = share(group)
    return {
        "measures": group.total,
        "status": {column.id: group.count(column.id) for column in status_columns(report)},
        "known": group.known,
        "achieved": group.achieved,
        "dropped": group.dropped,
        "share_achieved": None if achieved_share is None else round(achieved_share, 4),
        "overdue": group.overdue,
        "without_history": group.without_history,
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
        "achieved": row.achieved,
        "dropped": row.dropped,
        "overdue": row.overdue,
        "example": row.example,
        "sources": list(row.sources),
        "description": row.description,
        "resources": row.resources,
        "last_step": None
        if row.last_step is None
        else {
            "date": row.last_step.date.isoformat(),
            "status": row.last_step.status,
            "note": row.last_step.note,
        },
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
            {
                "id": w.id,
                "title": w.title,
                "finished": w.finished,
                "kind": w.kind,
                "overdue": w.can_be_overdue,
            }
            for w in vocabulary.words
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
    columns = status_columns(report)
    header = [
        t(f"status.group.{report.grouping}"),
        t("status.col.measures"),
        *[column.title for column in columns],
        t("status.col.achieved"),
        t("status.col.dropped"),
        t("status.col.share_long"),
        t("status.col.overdue_long"),
    ]
    rows = []
    for group in [*report.groups, report.total]:
        label = t("status.total") if group is report.total else _group_label(report, group)
        achieved_share = share(group)
        rows.append(
            [
                label,
                str(group.total),
                *[str(group.count(column.id)) for column in columns],
                str(group.achieved),
                str(group.dropped),
                "" if achieved_share is None else str(whole_percent(achieved_share)),
                str(group.overdue),
            ]
        )
    return header, rows


def _list_rows(report: StatusReport) -> tuple[list[str], list[list[str]]]:
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
            status_title(report, r.status),
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
        shares = [share(g) for g in [*report.groups, report.total]]
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
