"""The measure table as an Excel workbook (openpyxl).

Sheets: all measures first, then one per Handlungsfeld, then a summary of
counts per field and status, then the sources with their addresses, and the hidden
sheet of :mod:`ki_concept.exchange.layout` (group kind ``alle``) that lets ``import``
read the workbook back. Every
table sheet has a bold header row, a filter, a frozen header and column
widths fitted to the content; dates are real Excel dates.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ki_concept import __version__
from ki_concept.exchange import layout
from ki_concept.export.table import Column, columns, row_values
from ki_concept.formatting import format_date
from ki_concept.i18n import language, t
from ki_concept.progress import StatusReport, status_columns
from ki_concept.reading.files import FIELDS_FOLDER
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


def date_number_format() -> str:
    """The number format of a date cell: German or ISO order, after the language."""
    return "DD.MM.YYYY" if language() == "de" else "YYYY-MM-DD"


class _Sheet:
    """One table sheet, written in openpyxl's streaming mode: header, rows, then done.

    Widths, the frozen header and the filter are set before the first row, as streaming
    requires; cells carry their style as they are written.
    """

    def __init__(self, book: Workbook, name: str, header: list[str], widths: list[int]) -> None:
        self.sheet: Any = book.create_sheet(name)
        for index, width in enumerate(widths, 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.freeze_panes = "A2"
        self.columns = len(header)
        self.rows = 0
        self.sheet.append(
            [self.cell(text, font=BOLD, fill=HEADER_FILL, wrap=True) for text in header]
        )

    def cell(
        self,
        value: Any,
        *,
        number_format: str | None = None,
        wrap: bool = False,
        font: Font | None = None,
        fill: PatternFill | None = None,
        link: str | None = None,
    ) -> Cell:
        cell = WriteOnlyCell(self.sheet, value=value)
        if is_formula_like(value):
            cell.data_type = "s"  # text that looks like a formula stays text
        cell.alignment = TOP_WRAP if wrap else TOP
        if number_format is not None:
            cell.number_format = number_format
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if link is not None:
            cell.hyperlink = link
            cell.style = "Hyperlink"
        return cell

    def append(self, cells: list[Cell]) -> None:
        self.sheet.append(cells)
        self.rows += 1

    def filter(self, rows: int) -> None:
        """A filter over the header and ``rows`` rows (a total row below stays out)."""
        last = get_column_letter(self.columns)
        self.sheet.auto_filter.ref = f"A1:{last}{max(rows, 1) + 1}"


def fit_width(text: str, limit: int = MAX_WIDTH) -> int:
    """A column width for ``text``: its longest line and a margin, within the limits."""
    longest = max((len(line) for line in text.splitlines()), default=0)
    return min(limit, max(MIN_WIDTH, longest + 2))


def _measure_sheet(
    book: Workbook, name: str, version: ConceptVersion, rows: Sequence[Any], cols: list[Column]
) -> None:
    table = [row_values(version, row) for row in rows]
    widths = [fit_width(c.header) for c in cols]
    for index, column in enumerate(cols):
        if column.kind == "date":
            widths[index] = DATE_WIDTH
            continue
        limit = MAX_LONG_WIDTH if column.kind == "long" else MAX_WIDTH
        for values in table:
            widths[index] = max(widths[index], fit_width(str(values[index] or ""), limit))
    sheet = _Sheet(book, name, [c.header for c in cols], widths)
    sheet.filter(len(table))
    date_format = date_number_format()
    for values in table:
        sheet.append(
            [
                sheet.cell(
                    value,
                    number_format=date_format if column.kind == "date" and value else None,
                    wrap=column.kind == "long",
                )
                for column, value in zip(cols, values, strict=True)
            ]
        )


def _summary_sheet(book: Workbook, name: str, report: StatusReport) -> None:
    words = [(column.id, column.title) for column in status_columns(report)]
    header = [
        t("export.col.field"),
        t("export.col.field_title"),
        t("export.col.measures"),
        *[title for _, title in words],
        t("export.col.achieved"),
        t("export.col.dropped"),
        t("status.col.share_long"),
        t("export.col.overdue"),
    ]
    groups = [*report.groups, report.total]
    widths = [fit_width(str(h)) for h in header]
    widths[0] = max([widths[0]] + [fit_width(g.key) for g in groups])
    widths[1] = max([widths[1]] + [fit_width(g.label) for g in groups])
    sheet = _Sheet(book, name, header, widths)
    # The total row stays out of the filter so that sorting never moves it.
    sheet.filter(len(groups) - 1)
    share_column = len(header) - 2
    for group in groups:
        is_total = group is report.total
        share = group.share_achieved
        values = [
            "" if is_total else group.key,
            t("export.total") if is_total else group.label,
            group.total,
            *[group.count(status) for status, _ in words],
            group.achieved,
            group.dropped,
            None if share is None else round(share, 4),
            group.overdue,
        ]
        sheet.append(
            [
                sheet.cell(
                    value,
                    number_format="0%" if index == share_column else None,
                    wrap=index == 1,
                    font=BOLD if is_total else None,
                )
                for index, value in enumerate(values)
            ]
        )


def _sources_sheet(book: Workbook, name: str, version: ConceptVersion) -> None:
    sources = version.konzept.sources
    header = [t("export.col.key"), t("export.col.url")]
    widths = [
        max([fit_width(header[0])] + [fit_width(k) for k in sources]),
        max([fit_width(header[1])] + [fit_width(u) for u in sources.values()]),
    ]
    sheet = _Sheet(book, name, header, widths)
    sheet.filter(len(sources))
    for key, url in sources.items():
        sheet.append([sheet.cell(key), sheet.cell(url, link=url)])


def _about_sheet(book: Workbook, name: str, report: StatusReport) -> None:
    """Which concept, version and reference date the workbook's numbers are for."""
    version = report.version
    konzept = version.konzept
    rows: list[tuple[str, Any]] = [
        (t("export.about.concept"), konzept.title),
        (t("export.about.version"), konzept.version),
        (t("export.about.folder"), version.name),
        (t("export.about.adopted"), konzept.adopted),
        (t("export.about.as_of"), report.as_of),
        (t("export.about.tool"), f"ki-concept {__version__}"),
    ]
    header = [t("export.col.about_key"), t("export.col.about_value")]
    widths = [
        max(fit_width(text) for text in [header[0], *(k for k, _ in rows)]),
        max(fit_width(str(text)) for text in [header[1], *(v for _, v in rows)]),
    ]
    sheet = _Sheet(book, name, header, widths)
    sheet.filter(len(rows))
    date_format = date_number_format()
    for key, value in rows:
        is_date = isinstance(value, dt.date)
        sheet.append(
            [
                sheet.cell(key),
                sheet.cell(
                    value if value is not None else "–",
                    number_format=date_format if is_date else None,
                ),
            ]
        )


def _meta_sheet(book: Workbook, report: StatusReport, exported: dt.date) -> None:
    """The hidden sheet: what the workbook was made from, and each measure's fingerprint."""
    version = report.version
    stamps: dict[str, layout.MeasureStamp] = {}
    for field_file, _, measure in version.measures():
        stamps.setdefault(
            measure.id,
            layout.MeasureStamp(
                measure.id,
                f"{FIELDS_FOLDER}/{field_file.file.name}",
                layout.full_fingerprint(measure),
            ),
        )
    meta = layout.ExportMeta(
        concept_title=version.konzept.title,
        version_folder=version.name,
        concept_version=version.konzept.version,
        as_of=report.as_of,
        group_kind=layout.FULL_KIND,
        group_value=None,
        group_label=t("export.sheet.all"),
        exported=exported,
        language=language(),
        columns=tuple(c.key for c in columns()),
        measures=tuple(stamps[row.id] for row in report.measures if row.id in stamps),
    )
    sheet: Any = book.create_sheet(layout.META_SHEET)
    sheet.sheet_state = "hidden"
    for values in layout.meta_rows(meta):
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)


def render_xlsx(report: StatusReport, exported: dt.date | None = None) -> bytes:
    """The workbook as bytes; ``report`` must be grouped by Handlungsfeld, unfiltered.

    Written in openpyxl's streaming (write-only) mode, so a large concept takes memory for
    its rows once, not for a tree of cell objects.
    """
    version = report.version
    cols = columns()
    book = Workbook(write_only=True)
    book.properties.title = version.konzept.title
    book.properties.creator = f"ki-concept {__version__}"
    book.properties.subject = t("export.about.subject", as_of=format_date(report.as_of))
    taken: list[str] = []

    def name(title: str) -> str:
        chosen = sheet_name(title, taken)
        taken.append(chosen)
        return chosen

    _measure_sheet(book, name(t("export.sheet.all")), version, report.measures, cols)
    for group in report.groups:
        _measure_sheet(book, name(group.label), version, group.measures, cols)
    _summary_sheet(book, name(t("export.sheet.summary")), report)
    _sources_sheet(book, name(t("export.sheet.sources")), version)
    _about_sheet(book, name(t("export.sheet.about")), report)
    _meta_sheet(book, report, exported or dt.date.today())
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
