"""``export --for``: one workbook per group, asking for the state of its measures.

The groups are those of ``status --by`` (the same measures in the same order, for the same
``--as-of``) and ``partner``; measures without a value form one group of their own. Each
workbook follows :mod:`ki_concept.exchange.layout`, which a later ``import`` reads.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from ki_concept import __version__
from ki_concept.exchange import layout
from ki_concept.export.xlsx import (
    BOLD,
    DATE_WIDTH,
    HEADER_FILL,
    MAX_LONG_WIDTH,
    TOP,
    TOP_WRAP,
    date_number_format,
    fit_width,
)
from ki_concept.formatting import format_date
from ki_concept.i18n import language, t
from ki_concept.models import Measure
from ki_concept.progress import MeasureRow, build_report, status_label
from ki_concept.reading.files import FIELDS_FOLDER
from ki_concept.reading.loader import ConceptVersion
from ki_concept.spreadsheet import is_formula_like

# The light fill of the columns to fill in.
FILL_IN = PatternFill("solid", fgColor="FFF2CC")
UNLOCKED = Protection(locked=False)
TITLE = Font(bold=True, size=14)
# Dates the date columns accept: anything else is a typing mistake.
FIRST_DATE = dt.date(1990, 1, 1)
LAST_DATE = dt.date(2099, 12, 31)
FILL_IN_LONG_WIDTH = 40
GUIDE_WIDTHS = (("A", 24), ("B", 80), ("C", 60))
# Row heights: spreadsheets do not fit them to wrapped text when they open a file.
LINE_HEIGHT = 15
MAX_LINES = 12


def _serial(day: dt.date) -> int:
    """``day`` as a spreadsheet's day number (1900 date system, as Excel and LibreOffice)."""
    return (day - dt.date(1899, 12, 30)).days


@dataclass(frozen=True)
class AskGroup:
    """One workbook's group: its value (None: measures without one), label and measures."""

    value: str | None
    label: str
    rows: list[MeasureRow]


def _unique(rows: Sequence[MeasureRow]) -> list[MeasureRow]:
    """Each measure once (a measure naming a target group twice is in its group once)."""
    seen: set[str] = set()
    unique: list[MeasureRow] = []
    for row in rows:
        if row.id not in seen:
            seen.add(row.id)
            unique.append(row)
    return unique


def ask_groups(
    version: ConceptVersion, as_of: dt.date, today: dt.date, kind: str
) -> tuple[list[MeasureRow], list[AskGroup]]:
    """Every measure on ``as_of``, and the groups of ``kind`` that have measures."""
    missing = t("exchange.no_value")
    if kind != "partner":
        report = build_report(version, as_of, kind, today=today, missing_label=missing)
        groups = [
            AskGroup(g.key or None, g.label, _unique(g.measures))
            for g in report.groups
            if g.measures
        ]
        return report.measures, groups
    rows = build_report(version, as_of, today=today).measures
    names = sorted({p for r in rows for p in r.partners}, key=str.casefold)
    groups = [AskGroup(n, n, [r for r in rows if n in r.partners]) for n in names]
    without = [r for r in rows if not r.partners]
    if without:
        groups.append(AskGroup(None, missing, without))
    return rows, groups


@dataclass(frozen=True)
class AskBook:
    """What every workbook of one export shares."""

    version: ConceptVersion
    kind: str
    as_of: dt.date
    exported: dt.date

    @cached_property
    def measures(self) -> dict[str, tuple[str, Measure]]:
        """Each measure id → the measure's file (relative to the version) and the measure."""
        found: dict[str, tuple[str, Measure]] = {}
        for field_file, _, measure in self.version.measures():
            found.setdefault(measure.id, (f"{FIELDS_FOLDER}/{field_file.file.name}", measure))
        return found

    @cached_property
    def goal_titles(self) -> dict[str, str]:
        return {goal.id: goal.title for _, _, goal in self.version.goals()}


def _set(cell: Any, value: Any) -> None:
    """Store ``value``; text that looks like a formula stays text."""
    cell.value = value
    if is_formula_like(value):
        cell.data_type = "s"


def _row_values(book: AskBook, row: MeasureRow) -> dict[str, Any]:
    """The values of the columns that are not filled in, by column key."""
    step = row.last_step
    goal_titles = book.goal_titles
    return {
        "id": row.id,
        "field": row.field_title,
        "title": row.title,
        "goals": "\n".join(f"{g} {goal_titles.get(g, '')}".rstrip() for g in row.goals),
        "start": row.start,
        "end": row.end,
        "status": status_label(book.version, row.status),
        "step_date": step.date if step else None,
        "step_note": (step.note or "") if step else "",
    }


def _status_ids(version: ConceptVersion) -> list[str]:
    return list(dict.fromkeys(version.vocabulary.ids))


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes, wrapped in a column ``width`` characters wide."""
    per_line = max(1, int(width) - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _fit_heights(sheet: Any, widths: Sequence[float]) -> None:
    """Rows tall enough for their wrapped text (up to :data:`MAX_LINES` lines)."""
    for row in sheet.iter_rows():
        lines = 1
        for cell, width in zip(row, widths, strict=False):
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                lines = max(lines, _lines(cell.value, width))
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = LINE_HEIGHT * min(lines, MAX_LINES)


def _page_setup(sheet: Any) -> None:
    """Printed landscape, as wide as one page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _protect(sheet: Any) -> None:
    """Protected without a password; filtering and column widths stay free."""
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _measure_sheet(
    workbook: Workbook, book: AskBook, rows: Sequence[MeasureRow], status_range: str
) -> None:
    sheet: Any = workbook.active
    sheet.title = layout.measure_sheet_name()
    table = [_row_values(book, row) for row in rows]
    status_ids = _status_ids(book.version)
    dates = date_number_format()
    widths: list[int] = []
    for index, spec in enumerate(layout.COLUMNS, 1):
        header = sheet.cell(1, index)
        _set(header, spec.header())
        header.font = BOLD
        header.fill = FILL_IN if spec.editable else HEADER_FILL
        header.alignment = TOP_WRAP
        if spec.kind == "date":
            width = DATE_WIDTH
        elif spec.kind == "status":
            width = max([fit_width(spec.header())] + [len(s) + 6 for s in status_ids])
        elif spec.editable:
            width = FILL_IN_LONG_WIDTH
        else:
            limit = MAX_LONG_WIDTH if spec.kind == "long" else 60
            width = max(
                [fit_width(spec.header(), limit)]
                + [fit_width(str(values[spec.key] or ""), limit) for values in table]
            )
        sheet.column_dimensions[get_column_letter(index)].width = width
        widths.append(width)
        for row_number, values in enumerate(table, 2):
            cell = sheet.cell(row_number, index)
            _set(cell, values.get(spec.key))
            cell.alignment = TOP_WRAP if spec.kind == "long" else TOP
            if spec.kind == "date":
                cell.number_format = dates
            if spec.editable:
                cell.fill = FILL_IN
                cell.protection = UNLOCKED
    _fit_heights(sheet, widths)
    _page_setup(sheet)
    sheet.print_title_rows = "1:1"
    last_row = len(table) + 1
    last_column = get_column_letter(len(layout.COLUMNS))
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{last_column}{last_row}"

    def cells(key: str) -> str:
        letter = get_column_letter(layout.column_index(key))
        return f"{letter}2:{letter}{last_row}"

    status = DataValidation(
        type="list",
        formula1=status_range,
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=t("exchange.validation.status.title"),
        error=t("exchange.validation.status.error"),
        promptTitle=t("exchange.validation.status.title"),
        prompt=t("exchange.validation.status.prompt"),
    )
    status.add(cells("new_status"))
    sheet.add_data_validation(status)
    for key in ("change_date", "new_end"):
        check = DataValidation(
            type="date",
            operator="between",
            formula1=str(_serial(FIRST_DATE)),
            formula2=str(_serial(LAST_DATE)),
            allow_blank=True,
            showErrorMessage=True,
            showInputMessage=True,
            errorTitle=t("exchange.validation.date.title"),
            error=t("exchange.validation.date.error"),
            promptTitle=t("exchange.validation.date.title"),
            prompt=t("exchange.validation.date.prompt"),
        )
        check.add(cells(key))
        sheet.add_data_validation(check)
    _protect(sheet)


def _instructions_sheet(workbook: Workbook, book: AskBook, group: AskGroup) -> str:
    """The instructions and the status table; returns the range of the status ids."""
    sheet: Any = workbook.create_sheet(layout.instructions_sheet_name())
    for letter, width in GUIDE_WIDTHS:
        sheet.column_dimensions[letter].width = width
    version = book.version
    measure_sheet = layout.measure_sheet_name()

    lines: list[tuple[str, str, bool]] = [
        (t("exchange.guide.title"), "", True),
        ("", "", False),
        (t("exchange.guide.concept"), version.konzept.title, False),
        (
            t("exchange.guide.version"),
            t("exchange.guide.version_value", version=version.konzept.version, folder=version.name),
            False,
        ),
        (t("exchange.guide.for"), f"{t(f'exchange.kind.{book.kind}')}: {group.label}", False),
        (t("exchange.guide.as_of"), format_date(book.as_of), False),
        (t("exchange.guide.exported"), format_date(book.exported), False),
        ("", "", False),
        (t("exchange.guide.how"), "", True),
    ]
    headers = {c.key: c.header() for c in layout.COLUMNS}
    steps = [
        t("exchange.guide.step.rows", sheet=measure_sheet, as_of=format_date(book.as_of)),
        t("exchange.guide.step.fill"),
        t("exchange.guide.step.status", **headers),
        t("exchange.guide.step.end", **headers),
        t("exchange.guide.step.comment", **headers),
        t("exchange.guide.step.keep"),
        t("exchange.guide.step.return"),
    ]
    lines += [(f"{number}.", text, False) for number, text in enumerate(steps, 1)]
    lines += [
        ("", "", False),
        (t("exchange.guide.statuses"), "", True),
        (t("exchange.guide.col.id"), t("exchange.guide.col.title"), True),
    ]
    for row_number, (label, text, bold) in enumerate(lines, 1):
        for column, value in ((1, label), (2, text)):
            cell = sheet.cell(row_number, column)
            _set(cell, value or None)
            # Labels and headings in column A run on into the empty cell beside them.
            cell.alignment = TOP_WRAP if column == 2 else TOP
            if bold:
                cell.font = TITLE if row_number == 1 else BOLD
    header_row = len(lines)
    _set(sheet.cell(header_row, 3), t("exchange.guide.col.kind"))
    sheet.cell(header_row, 3).font = BOLD
    ids = _status_ids(version)
    first = header_row + 1
    for row_number, status_id in enumerate(ids, first):
        word = version.vocabulary.get(status_id)
        assert word is not None
        for column, value in (
            (1, status_id),
            (2, word.title),
            (3, t(f"exchange.guide.kind.{word.kind}")),
        ):
            cell = sheet.cell(row_number, column)
            _set(cell, value)
            cell.alignment = TOP_WRAP
    _fit_heights(sheet, [width for _, width in GUIDE_WIDTHS])
    _page_setup(sheet)
    _protect(sheet)
    last = first + len(ids) - 1
    return f"{quote_sheetname(sheet.title)}!$A${first}:$A${last}"


def _meta_sheet(workbook: Workbook, book: AskBook, group: AskGroup) -> None:
    files = book.measures
    meta = layout.ExportMeta(
        concept_title=book.version.konzept.title,
        version_folder=book.version.name,
        concept_version=book.version.konzept.version,
        as_of=book.as_of,
        group_kind=book.kind,
        group_value=group.value,
        group_label=group.label,
        exported=book.exported,
        language=language(),
        columns=tuple(c.key for c in layout.COLUMNS),
        measures=tuple(
            layout.MeasureStamp(row.id, files[row.id][0], layout.fingerprint(files[row.id][1]))
            for row in group.rows
        ),
    )
    sheet: Any = workbook.create_sheet(layout.META_SHEET)
    sheet.sheet_state = "hidden"
    for row_number, values in enumerate(layout.meta_rows(meta), 1):
        for column, value in enumerate(values, 1):
            cell = sheet.cell(row_number, column)
            _set(cell, value)
            cell.data_type = "s"
    _protect(sheet)


def render_ask_workbook(book: AskBook, group: AskGroup) -> bytes:
    """The workbook for ``group`` as XLSX bytes."""
    workbook = Workbook()
    workbook.properties.title = book.version.konzept.title
    workbook.properties.creator = f"ki-concept {__version__}"
    # The instructions are made first: the measure sheet's drop-down refers to their table.
    measures: Any = workbook.active
    status_range = _instructions_sheet(workbook, book, group)
    _measure_sheet(workbook, book, group.rows, status_range)
    _meta_sheet(workbook, book, group)
    workbook.active = measures
    # Sheets cannot be renamed, deleted or shown by accident; no password either.
    workbook.security = WorkbookProtection(lockStructure=True)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
