"""The measure table as an Excel workbook (openpyxl).

Sheets: all measures first, then one per Handlungsfeld, then a summary of
counts per field and status, then the sources with their addresses. Every
table sheet has a bold header row, a filter, a frozen header and column
widths fitted to the content; dates are real Excel dates.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ki_concept import __version__
from ki_concept.export.table import Column, Value, columns, row_values
from ki_concept.i18n import language, t
from ki_concept.progress import UNKNOWN, StatusReport
from ki_concept.reading.loader import ConceptVersion
from ki_concept.spreadsheet import is_formula_like

MAX_SHEET_NAME = 31
# Excel refuses these in sheet names; "History" is reserved by Excel itself.
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_RESERVED = {"history"}
MIN_WIDTH = 6
MAX_WIDTH = 60
# Long text columns wrap instead of growing the sheet sideways.
MAX_LONG_WIDTH = 40
DATE_WIDTH = 12
HEADER_FILL = PatternFill("solid", fgColor="DDE4EC")
BOLD = Font(bold=True)
TOP = Alignment(vertical="top")
TOP_WRAP = Alignment(vertical="top", wrap_text=True)


def sheet_name(text: str, taken: Sequence[str]) -> str:
    """A valid, unique sheet name for ``text``: no ``[]:*?/\\``, at most 31 characters."""
    name = _BAD_SHEET_CHARS.sub("-", " ".join(text.split())).strip("' ") or "-"
    if len(name) > MAX_SHEET_NAME:
        name = name[: MAX_SHEET_NAME - 1].rstrip() + "…"
    used = {n.casefold() for n in taken} | _RESERVED
    candidate, number = name, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = name[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        number += 1
    return candidate


def _date_format() -> str:
    return "DD.MM.YYYY" if language() == "de" else "YYYY-MM-DD"


def _set(cell: Cell | MergedCell, value: Any) -> None:
    cell.value = value
    if is_formula_like(value):
        cell.data_type = "s"  # text that looks like a formula stays text


def _finish_table(sheet: Worksheet, widths: list[int], rows: int, wrap: set[int]) -> None:
    """Header style, filter, frozen header row and column widths."""
    for cell in sheet[1]:
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = TOP_WRAP
    last = get_column_letter(len(widths))
    sheet.auto_filter.ref = f"A1:{last}{max(rows, 1) + 1}"
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = TOP_WRAP if cell.column in wrap else TOP


def _fit(text: str, limit: int = MAX_WIDTH) -> int:
    longest = max((len(line) for line in text.splitlines()), default=0)
    return min(limit, max(MIN_WIDTH, longest + 2))


def _measure_sheet(
    sheet: Worksheet, version: ConceptVersion, rows: Sequence[Any], cols: list[Column]
) -> None:
    sheet.append([c.header for c in cols])
    widths = [_fit(c.header) for c in cols]
    date_format = _date_format()
    for number, row in enumerate(rows, 2):
        values: list[Value] = row_values(version, row)
        for index, (column, value) in enumerate(zip(cols, values, strict=True), 1):
            cell = sheet.cell(row=number, column=index)
            _set(cell, value)
            if column.kind == "date":
                if value is not None:
                    cell.number_format = date_format
                widths[index - 1] = DATE_WIDTH
            else:
                limit = MAX_LONG_WIDTH if column.kind == "long" else MAX_WIDTH
                widths[index - 1] = max(widths[index - 1], _fit(str(value or ""), limit))
    wrap = {i for i, c in enumerate(cols, 1) if c.kind == "long"}
    _finish_table(sheet, widths, len(rows), wrap)


def _summary_sheet(sheet: Worksheet, report: StatusReport) -> None:
    words = [(w.id, w.title) for w in report.version.vocabulary.words]
    words.append((UNKNOWN, t("status.unknown")))
    header = [
        t("export.col.field"),
        t("export.col.field_title"),
        t("export.col.measures"),
        *[title for _, title in words],
        t("export.col.finished"),
        t("status.col.finished_share"),
        t("export.col.overdue"),
    ]
    sheet.append(header)
    groups = [*report.groups, report.total]
    for group in groups:
        is_total = group is report.total
        share = group.share_finished
        sheet.append(
            [
                "" if is_total else group.key,
                t("export.total") if is_total else group.label,
                group.total,
                *[group.count(status) for status, _ in words],
                group.finished,
                None if share is None else round(share, 4),
                group.overdue,
            ]
        )
    share_column = len(header) - 1
    for row in sheet.iter_rows(min_row=2, min_col=share_column, max_col=share_column):
        row[0].number_format = "0%"
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    widths = [_fit(str(h)) for h in header]
    widths[0] = max([widths[0]] + [_fit(g.key) for g in groups])
    widths[1] = max([widths[1]] + [_fit(g.label) for g in groups])
    # The total row stays out of the filter so that sorting never moves it.
    _finish_table(sheet, widths, len(groups) - 1, {2})


def _sources_sheet(sheet: Worksheet, version: ConceptVersion) -> None:
    sheet.append([t("export.col.key"), t("export.col.url")])
    sources = version.konzept.sources
    for number, (key, url) in enumerate(sources.items(), 2):
        _set(sheet.cell(row=number, column=1), key)
        cell = sheet.cell(row=number, column=2)
        _set(cell, url)
        cell.hyperlink = url
        cell.style = "Hyperlink"
    widths = [
        max([_fit(t("export.col.key"))] + [_fit(k) for k in sources]),
        max([_fit(t("export.col.url"))] + [_fit(u) for u in sources.values()]),
    ]
    _finish_table(sheet, widths, len(sources), set())


def render_xlsx(report: StatusReport) -> bytes:
    """The workbook as bytes; ``report`` must be grouped by Handlungsfeld, unfiltered."""
    version = report.version
    cols = columns()
    book = Workbook()
    book.properties.title = version.konzept.title
    book.properties.creator = f"ki-concept {__version__}"
    first = book.active
    assert first is not None  # a new workbook always has one sheet
    taken: list[str] = []

    def new_sheet(title: str) -> Worksheet:
        name = sheet_name(title, taken)
        taken.append(name)
        if len(taken) == 1:
            first.title = name
            return first
        sheet: Worksheet = book.create_sheet(name)
        return sheet

    _measure_sheet(new_sheet(t("export.sheet.all")), version, report.measures, cols)
    for group in report.groups:
        _measure_sheet(new_sheet(group.label), version, group.measures, cols)
    _summary_sheet(new_sheet(t("export.sheet.summary")), report)
    _sources_sheet(new_sheet(t("export.sheet.sources")), version)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
