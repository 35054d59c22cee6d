"""Reading a filled-in concept table, an XLSX sheet or a CSV file, cell by cell with its place.

Nothing in the file is ever evaluated. From a workbook, a formula cell gives the value
Excel or LibreOffice stored with it when the file was saved (openpyxl's ``data_only``); a
formula without a stored value is a problem at its cell. A CSV file is UTF-8 (with or
without byte order mark) or Windows-1252, separated by ``;``, ``,`` or tabs, whichever its
header line uses. The reader only collects what stands where; :mod:`ki_concept.init.build`
decides what the values mean.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ki_concept.diagnostics import display_path
from ki_concept.errors import UserError
from ki_concept.escaping import visible
from ki_concept.i18n import t
from ki_concept.init.layout import COLUMNS, REQUIRED, TableColumn, column_for
from ki_concept.spreadsheet import FORMULA_START

# A concept table is far smaller; these bounds keep a hostile file from taking the machine.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 64
# The header is the first row that names at least two columns, among the first rows (a
# title may stand above it).
HEADER_SEARCH_ROWS = 20
SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv"}
_OLD_EXCEL = {".xls", ".xlsb", ".ods", ".numbers"}
_SEPARATORS = (";", ",", "\t")


class TableInvalid(UserError):
    """The table has problems (exit status 1); ``details`` lists each at its cell."""

    exit_code = 1

    def __init__(self, message_key: str, /, details: list[str], **params: object) -> None:
        super().__init__(message_key, **params)
        self.details = details

    @property
    def message(self) -> str:
        shown = {k: visible(str(v), one_line=True) for k, v in self.params.items()}
        lines = [t(self.message_key, **shown), *(visible(d, one_line=True) for d in self.details)]
        return "\n".join(lines)


def letter(index: int) -> str:
    """The spreadsheet name of a column: 0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def shown(value: object, limit: int = 60) -> str:
    """A cell's value as a message quotes it: on one line, cut when long."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One problem of the table: where (file, sheet, cell and column) and what."""

    file: str
    sheet: str | None
    cell: str | None
    column: str | None
    key: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self) -> str:
        where = [self.file]
        if self.sheet is not None:
            where.append(t("init.where.sheet", sheet=self.sheet))
        if self.cell is not None:
            cell = t("init.where.cell", cell=self.cell)
            where.append(f"{cell} ({self.column})" if self.column else cell)
        return ", ".join(where) + ": " + t(self.key, **self.params)


@dataclass(frozen=True)
class Cell:
    """What one cell holds: a value, or a formula without a stored value, or an Excel error."""

    ref: str
    value: Any
    formula: str | None = None
    error: str | None = None


@dataclass
class Row:
    number: int
    cells: dict[str, Cell]


@dataclass
class Table:
    """The rows of a table below its header, with the columns found there."""

    file: str
    sheet: str | None
    header_row: int = 1
    columns: dict[str, str] = field(default_factory=dict)  # column key → letter
    headers: dict[str, str] = field(default_factory=dict)  # column key → header as written
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(
        self, key: str, cell: str | None = None, column: TableColumn | None = None, **params: object
    ) -> None:
        self.problems.append(Problem(self.file, self.sheet, cell, self.header(column), key, params))

    def header(self, column: TableColumn | None) -> str | None:
        """A column as the table names it (``Beschreibung`` even when messages are English)."""
        if column is None:
            return None
        return self.headers.get(column.key, column.header)

    def ref(self, key: str, row: int) -> str | None:
        """The cell of column ``key`` in ``row``, if the table has that column."""
        found = self.columns.get(key)
        return f"{found}{row}" if found else None


def format_of(path: Path) -> str:
    """``xlsx`` or ``csv`` from the file's suffix; anything else is a wrong call."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix in _OLD_EXCEL:
        raise UserError("init.from.old_format", path=path, suffix=suffix)
    raise UserError("init.from.suffix", path=path, suffix=suffix or "–")


def read_table(path: Path) -> Table:
    """The table in ``path`` (XLSX or CSV); a file that cannot be read at all is a wrong call."""
    kind = format_of(path)
    if not path.is_file():
        raise UserError(
            "init.from.missing" if not path.exists() else "init.from.not_file", path=path
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError("init.from.too_large", path=path, size=size, limit=MAX_FILE_BYTES)
    return _read_xlsx(path) if kind == "xlsx" else _read_csv(path)


# --- header --------------------------------------------------------------------------------


def _take_header(table: Table, cells: Sequence[Cell], number: int) -> dict[int, TableColumn]:
    """The known columns of the header row by position; unknown headers are problems."""
    from ki_concept.matching import close_matches

    by_position: dict[int, TableColumn] = {}
    seen: dict[str, str] = {}
    headers = [c.header for c in COLUMNS]
    for index, cell in enumerate(cells):
        if cell.value is None or cell.formula is not None or cell.error is not None:
            continue
        text = " ".join(str(cell.value).split())
        if not text:
            continue
        column = column_for(text)
        ref = f"{letter(index)}{number}"
        if column is None:
            near = close_matches(text, headers)
            table.problem(
                "init.header.unknown_near" if near else "init.header.unknown",
                ref,
                value=shown(text),
                near=near[0] if near else "",
                columns=", ".join(headers),
            )
            continue
        if column.key in seen:
            table.problem("init.header.twice", ref, value=shown(text), first=seen[column.key])
            continue
        seen[column.key] = ref
        by_position[index] = column
        table.columns[column.key] = letter(index)
        table.headers[column.key] = shown(text, 40)
    missing = [c.header for c in COLUMNS if c.key in REQUIRED and c.key not in table.columns]
    if missing:
        table.problem("init.header.missing", f"A{number}", columns=", ".join(missing))
    return by_position


def _looks_like_header(cells: Sequence[Cell]) -> bool:
    """At least two known column names: a header (a missing column is a problem then)."""
    found = {
        column.key
        for cell in cells
        if isinstance(cell.value, str) and (column := column_for(cell.value)) is not None
    }
    return len(found) >= 2


def _fill(table: Table, header: dict[int, TableColumn], cells: Sequence[Cell], number: int) -> None:
    """One row below the header: its cells by column; content under no column is a problem."""
    row = Row(number, {})
    for index, cell in enumerate(cells):
        if cell.value is None and cell.formula is None and cell.error is None:
            continue
        column = header.get(index)
        if column is None:
            table.problem("init.header.none", cell.ref, header=f"{letter(index)}{table.header_row}")
            continue
        row.cells[column.key] = cell
    if row.cells:  # a row of stray cells only has said all there is to say
        table.rows.append(row)


# --- XLSX ----------------------------------------------------------------------------------


def _check_archive(path: Path) -> None:
    """A workbook is a zip archive; one that unpacks to far more than a table is refused."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError("init.from.not_xlsx", path=path, reason=exc) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise UserError("init.from.too_large", path=path, size=unpacked, limit=MAX_UNPACKED_BYTES)


def _xlsx_cell(formula_cell: Any, value_cell: Any, ref: str) -> Cell:
    value = value_cell.value
    if formula_cell.data_type == "f" and value is None:
        formula = formula_cell.value
        text = getattr(formula, "text", formula)  # an array formula carries its text
        return Cell(ref, None, formula=shown(text or "="))
    if "e" in (value_cell.data_type, formula_cell.data_type):
        return Cell(ref, None, error=shown(value))
    if isinstance(value, str) and not value.strip():
        value = None
    return Cell(ref, value)


def _xlsx_rows(formulas: Any, values: Any) -> Iterator[tuple[int, list[Cell]]]:
    rows = zip(
        formulas.iter_rows(max_col=MAX_COLUMNS),
        values.iter_rows(max_col=MAX_COLUMNS),
        strict=False,
    )
    for number, (formula_row, value_row) in enumerate(rows, 1):
        cells = [
            _xlsx_cell(f, v, f"{letter(index)}{number}")
            for index, (f, v) in enumerate(zip(formula_row, value_row, strict=False))
        ]
        yield number, cells


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    _check_archive(path)
    name = display_path(path)
    # Nothing from the file is trusted: openpyxl fails in many ways on a damaged workbook,
    # and each of them means the same to the user: this file cannot be read as a workbook.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            formulas = load_workbook(path, read_only=True, data_only=False)
            values = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise UserError("init.from.not_xlsx", path=path, reason=exc) from None
        try:
            return _read_sheets(path, name, formulas, values)
        except (UserError, TableInvalid):
            raise
        except Exception as exc:
            raise UserError("init.from.not_xlsx", path=path, reason=exc) from None
        finally:
            formulas.close()
            values.close()


def _read_sheets(path: Path, name: str, formulas: Any, values: Any) -> Table:
    sheets = list(zip(formulas.worksheets, values.worksheets, strict=True))
    for formula_sheet, value_sheet in sheets:
        for number, cells in _xlsx_rows(formula_sheet, value_sheet):
            if number > HEADER_SEARCH_ROWS:
                break
            if _looks_like_header(cells):
                return _read_sheet(name, formula_sheet, value_sheet, number)
    titles = ", ".join(str(s.title) for s in formulas.worksheets) or "–"
    problem = Problem(
        name,
        None,
        None,
        None,
        "init.table.no_sheet",
        {"sheets": titles, "rows": HEADER_SEARCH_ROWS},
    )
    raise TableInvalid("init.table.invalid", [problem.text()], path=name, count=1)


def _read_sheet(name: str, formulas: Any, values: Any, header_row: int) -> Table:
    table = Table(name, str(formulas.title))
    table.header_row = header_row
    header: dict[int, TableColumn] = {}
    for number, cells in _xlsx_rows(formulas, values):
        if number < header_row:
            continue
        if number == header_row:
            header = _take_header(table, cells, number)
            continue
        if number > MAX_ROWS:
            table.problem("init.table.too_many_rows", limit=MAX_ROWS)
            break
        _fill(table, header, cells, number)
    return table


# --- CSV -----------------------------------------------------------------------------------


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError("init.from.utf16", path=path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise UserError("init.from.encoding", path=path) from None


def _csv_value(text: str) -> str | None:
    """A CSV cell's text; the ``'`` that keeps a formula-like text from Excel is dropped."""
    if text.startswith("'") and text[1:].startswith(FORMULA_START):
        text = text[1:]
    return text if text.strip() else None


def _records(path: Path, text: str, separator: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        yield from reader
    except csv.Error as exc:
        raise UserError("init.from.bad_csv", path=path, line=reader.line_num, reason=exc) from None


def _separator(text: str) -> str:
    """The separator under which a line at the top names the most known columns."""
    lines = text.split("\n", HEADER_SEARCH_ROWS)[:HEADER_SEARCH_ROWS]

    def known(separator: str) -> int:
        rows = csv.reader(lines, delimiter=separator)
        return max((sum(column_for(c) is not None for c in row) for row in rows), default=0)

    return max(_SEPARATORS, key=known)


def _read_csv(path: Path) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError("init.from.unreadable", path=path, reason=exc.strerror or exc) from None
    text = _decode(path, raw)
    name = display_path(path)
    table = Table(name, None)
    header: dict[int, TableColumn] | None = None
    for number, record in enumerate(_records(path, text, _separator(text)), 1):
        if number > MAX_ROWS:
            table.problem("init.table.too_many_rows", limit=MAX_ROWS)
            break
        cells = [
            Cell(f"{letter(index)}{number}", _csv_value(value))
            for index, value in enumerate(record[:MAX_COLUMNS])
        ]
        if header is None:
            if not _looks_like_header(cells):
                if number < HEADER_SEARCH_ROWS:
                    continue  # a title above the table
                break
            table.header_row = number
            header = _take_header(table, cells, number)
            continue
        _fill(table, header, cells, number)
    if header is None:
        problem = Problem(
            name, None, None, None, "init.table.no_header", {"rows": HEADER_SEARCH_ROWS}
        )
        raise TableInvalid("init.table.invalid", [problem.text()], path=name, count=1)
    return table
