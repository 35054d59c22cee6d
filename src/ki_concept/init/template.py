"""The template table a person fills in: XLSX with an explanation sheet, or CSV.

The sheet "Konzept" has one column per entry of :data:`ki_concept.init.layout.COLUMNS`,
each header with a note, lists to pick from for Ebene, Zielebene, Status and the yes/no
columns, date columns formatted as dates, and example rows (marked ``Beispiel: ja``) that
``init --from`` reads as a valid concept. The sheet "Erläuterung" explains how to fill it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from ki_concept import __version__
from ki_concept.i18n import t
from ki_concept.init.build import sorted_levels
from ki_concept.init.layout import BY_KEY, COLUMNS, GOAL_LEVELS, TableColumn, level_name
from ki_concept.spreadsheet import csv_text, is_formula_like
from ki_concept.vocabulary import DEFAULT_WORDS

# Rows below the header that get the pick lists and the date format.
FORM_ROWS = 1000
URL = "https://www.example.org/integrationskonzept.pdf"


def example_rows() -> list[dict[str, Any]]:
    """The example rows, by column key: a small concept that ``init --from`` accepts."""
    yes = t("init.word.yes")
    first = t("init.example.field1_id")

    def goal_ref(field: str, number: int) -> str:
        return f"{field}-Z{number}"

    return [
        {
            "level": level_name("konzept"),
            "title": t("init.example.konzept_title"),
            "target_groups": t("init.example.konzept_groups"),
            "description": t("init.example.konzept_description"),
            "sources": URL,
        },
        {
            "level": level_name("field"),
            "id": first,
            "title": t("init.example.field1_title"),
            "description": t("init.example.field1_description"),
            "example": yes,
        },
        {
            "level": level_name("goal"),
            "id": goal_ref(first, 1),
            "title": t("init.example.goal1_title"),
            "goal_level": "leitziel",
            "example": yes,
        },
        {
            "level": level_name("goal"),
            "title": t("init.example.goal2_title"),
            "goal_level": "handlungsziel",
            "example": yes,
        },
        {
            "level": level_name("measure"),
            "id": f"{first}-M1",
            "title": t("init.example.measure1_title"),
            "goals": f"{goal_ref(first, 1)}, {goal_ref(first, 2)}",
            "status": "laufend",
            "responsible": t("init.example.responsible"),
            "partners": t("init.example.measure1_partners"),
            "target_groups": t("init.example.measure1_groups"),
            "start": dt.date(2024, 2, 1),
            "description": t("init.example.measure1_description"),
            "resources": t("init.example.measure1_resources"),
            "sources": URL,
            "example": yes,
        },
        {
            "level": level_name("measure"),
            "title": t("init.example.measure2_title"),
            "goals": goal_ref(first, 2),
            "status": "geplant",
            "responsible": t("init.example.responsible"),
            "example": yes,
        },
        {
            "level": level_name("field"),
            "title": t("init.example.field2_title"),
            "example": yes,
        },
        {
            "level": level_name("goal"),
            "title": t("init.example.goal3_title"),
            "goal_level": "leitziel",
            "example": yes,
        },
        {
            "level": level_name("measure"),
            "title": t("init.example.measure3_title"),
            "goals": goal_ref(t("init.example.field2_id"), 1),
            "status": "umgesetzt",
            "responsible": t("init.example.responsible"),
            "partners": t("init.example.measure3_partners"),
            "start": dt.date(2024, 3, 1),
            "end": dt.date(2024, 11, 30),
            "example": yes,
        },
    ]


# --- CSV -----------------------------------------------------------------------------------


def render_csv() -> str:
    """Header and example rows for German Excel: UTF-8 with BOM, ``;``, CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.header for column in COLUMNS])
    for row in example_rows():
        cells = []
        for column in COLUMNS:
            value = row.get(column.key)
            if isinstance(value, dt.date):
                cells.append(value.isoformat())
            else:
                cells.append(csv_text(str(value)) if value is not None else "")
        writer.writerow(cells)
    return "\ufeff" + out.getvalue()


# --- XLSX ----------------------------------------------------------------------------------


def _pick_lists() -> dict[str, list[str]]:
    yes_no = [t("init.word.yes"), t("init.word.no")]
    return {
        "level": [level_name(level) for level in ("konzept", "field", "goal", "measure")],
        "goal_level": list(GOAL_LEVELS),
        "status": [word.id for word in DEFAULT_WORDS],
        "ongoing": yes_no,
        "example": yes_no,
    }


def _applies(column: TableColumn) -> str:
    return ", ".join(level_name(level) for level in sorted_levels(column))


def render_xlsx() -> bytes:
    """The template workbook as bytes."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EC")
    top = Alignment(vertical="top", wrap_text=True)
    date_format = "DD.MM.YYYY"

    book = Workbook()
    book.properties.title = t("init.template.title")
    book.properties.creator = f"ki-concept {__version__}"
    sheet: Any = book.active
    sheet.title = t("init.sheet.table")
    letters = {column.key: get_column_letter(i) for i, column in enumerate(COLUMNS, 1)}
    for index, column in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = top
        note = Comment(
            f"{column.help}\n{t('init.template.applies', levels=_applies(column))}", "ki-concept"
        )
        note.width, note.height = 320, 160
        cell.comment = note
        dimension = sheet.column_dimensions[letters[column.key]]
        dimension.width = column.width
        if column.kind == "date":
            dimension.number_format = date_format
    sheet.freeze_panes = "D2"
    for number, row in enumerate(example_rows(), 2):
        for index, column in enumerate(COLUMNS, 1):
            value = row.get(column.key)
            if value is None:
                continue
            cell = sheet.cell(row=number, column=index, value=value)
            if is_formula_like(value):
                cell.data_type = "s"
            cell.alignment = top
            if column.kind == "date":
                cell.number_format = date_format
    for key, choices in _pick_lists().items():
        rule = DataValidation(
            type="list",
            formula1='"' + ",".join(choices) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=BY_KEY[key].header,
            error=t("init.template.pick", choices=", ".join(choices)),
        )
        rule.add(f"{letters[key]}2:{letters[key]}{FORM_ROWS + 1}")
        sheet.add_data_validation(rule)
    _explanation(book.create_sheet(t("init.sheet.help")), bold, fill, top)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _explanation(sheet: Any, bold: Any, fill: Any, top: Any) -> None:
    from openpyxl.styles import Font

    widths = (20, 28, 70, 34)
    for index, width in enumerate(widths):
        sheet.column_dimensions["ABCD"[index]].width = width
    rows: list[tuple[list[Any], str]] = [([t("init.help.title")], "title")]
    rows += [([line], "line") for line in t("init.help.intro").split("\n")]
    rows.append(([], "text"))
    rows.append(
        (
            [
                t("init.help.col.column"),
                t("init.help.col.applies"),
                t("init.help.col.meaning"),
                t("init.help.col.example"),
            ],
            "header",
        )
    )
    rows += [([c.header, _applies(c), c.help, c.example], "text") for c in COLUMNS]
    rows.append(([], "text"))
    rows.append(
        (
            [t("init.help.col.status"), t("init.help.col.kind"), t("init.help.col.meaning")],
            "header",
        )
    )
    rows += [
        ([w.id, t(f"init.help.kind.{w.kind}"), t(f"init.help.status.{w.id}")], "text")
        for w in DEFAULT_WORDS
    ]
    rows.append(([], "text"))
    rows.append(([t("init.help.col.goal_level"), "", t("init.help.col.meaning")], "header"))
    rows += [([level, "", t(f"init.help.goal_level.{level}")], "text") for level in GOAL_LEVELS]
    for number, (values, style) in enumerate(rows, 1):
        for index, value in enumerate(values, 1):
            cell = sheet.cell(row=number, column=index, value=value)
            if style not in ("line", "title"):  # these run on over the empty cells
                cell.alignment = top
            if style == "header":
                cell.font = bold
                cell.fill = fill
            elif style == "title":
                cell.font = Font(bold=True, size=14)
