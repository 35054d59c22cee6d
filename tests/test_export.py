"""``export``: the CSV and XLSX files read back with ``csv`` and openpyxl."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.export.xlsx import sheet_name
from tests.builders import field, goal, konzept, measure, write_version
from tests.conftest import BUNDLED

AS_OF = "2025-01-01"
HEADER = [
    "Handlungsfeld",
    "Handlungsfeld (Titel)",
    "Ziele",
    "Id",
    "Titel",
    "Beschreibung",
    "Status",
    "Verlauf: letztes Datum",
    "Verlauf: Status",
    "Verlauf: Notiz",
    "Verantwortlich",
    "Partner",
    "Zielgruppen",
    "Beginn",
    "Ende",
    "Daueraufgabe",
    "Überfällig",
    "Ressourcen",
    "Quellen",
    "Beispiel",
]
STATUS_TITLES = {
    "idee": "Idee",
    "geplant": "geplant",
    "laufend": "laufend",
    "umgesetzt": "umgesetzt",
    "verstetigt": "verstetigt",
    "ruhend": "ruhend",
    "entfallen": "entfallen",
    None: "unbekannt",
    "unbekannt": "unbekannt",
    "nicht_begonnen": "nicht begonnen",
}


def run(runner: CliRunner, *args: str, root: Path = BUNDLED) -> Any:
    return runner.invoke(app, ["--root", str(root), *args])


@pytest.fixture(scope="module")
def status() -> dict[str, Any]:
    result = CliRunner().invoke(
        app, ["--root", str(BUNDLED), "status", "2017", "--as-of", AS_OF, "--format", "json"]
    )
    assert result.exit_code == 0
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def expected_row(record: dict[str, Any], field_titles: dict[str, str]) -> list[Any]:
    """A measure of ``status --format json`` as the export should write it (dates as ISO)."""
    step = record["last_step"] or {}
    return [
        record["field"],
        field_titles[record["field"]],
        ", ".join(record["goals"]),
        record["id"],
        record["title"],
        (record["description"] or "").strip(),
        STATUS_TITLES[record["status"]],
        step.get("date", ""),
        STATUS_TITLES[step["status"]] if step else "",
        step.get("note") or "",
        record["responsible"] or "",
        "; ".join(record["partners"]),
        "; ".join(record["target_groups"]),
        record["start"] or "",
        record["end"] or "",
        "ja" if record["ongoing"] else "nein",
        "ja" if record["overdue"] else "nein",
        (record["resources"] or "").strip(),
        ", ".join(record["sources"]),
        "ja" if record["example"] else "nein",
    ]


def titles(status: dict[str, Any]) -> dict[str, str]:
    return {g["key"]: g["label"] for g in status["groups"]}


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    target = tmp_path_factory.mktemp("xlsx") / "massnahmen.xlsx"
    result = CliRunner().invoke(
        app, ["--root", str(BUNDLED), "export", "2017", "--as-of", AS_OF, "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Export geschrieben: {target} (24 Maßnahmen).\n"
    return openpyxl.load_workbook(target)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return "" if value is None else value


def test_csv_has_one_row_per_measure(
    runner: CliRunner, tmp_path: Path, status: dict[str, Any]
) -> None:
    target = tmp_path / "m.csv"
    result = run(runner, "export", "2017", "--as-of", AS_OF, "-o", str(target))
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert b"\r\n" in data and "Höxter".encode() in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == HEADER
    assert rows[1:] == [expected_row(m, titles(status)) for m in status["measures"]]
    overdue = [r[3] for r in rows[1:] if r[16] == "ja"]
    assert overdue == ["BILDUNG-M4", "ENGAGEMENT-M5"]


def test_csv_separator_and_stdout(runner: CliRunner) -> None:
    result = run(runner, "export", "2013", "--format", "csv", "--separator", ",", "--as-of", AS_OF)
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"), newline="")))
    assert rows[0] == HEADER and len(rows) == 1 + 9
    assert {r[0] for r in rows[1:]} == {"ARBEIT", "BILDUNG", "ENGAGEMENT", "KULTUR", "STEUERUNG"}


def test_xlsx_first_sheet_lists_every_measure(
    workbook: openpyxl.Workbook, status: dict[str, Any]
) -> None:
    assert workbook.sheetnames == [
        "Alle Maßnahmen",
        "Arbeit und Wirtschaft",
        "Bildung und Erziehung",
        "Bürgerschaftliches Engagement…",
        "Gesundheit und Pflege",
        "Integration durch Kultur, Spor…",
        "Interkommunales Kommunikations…",
        "Übersicht",
        "Quellen",
        "Angaben",
        "_ki_concept",
    ]
    # The last one, for import, is hidden.
    assert [s.title for s in workbook.worksheets if s.sheet_state != "visible"] == ["_ki_concept"]
    sheet = workbook["Alle Maßnahmen"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert [[_plain(v) for v in row] for row in rows[1:]] == [
        expected_row(m, titles(status)) for m in status["measures"]
    ]
    # Dates are real Excel dates, shown the German way.
    start = sheet["N2"]
    assert start.is_date and start.value == dt.datetime(2016, 2, 1)
    assert start.number_format == "DD.MM.YYYY"


def test_xlsx_sheets_are_ready_to_filter(workbook: openpyxl.Workbook) -> None:
    for name in workbook.sheetnames[:-1]:  # the hidden sheet for import is no table
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2", name
        assert all(cell.font.b for cell in sheet[1]), name
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), name
    sheet = workbook["Alle Maßnahmen"]
    assert sheet.auto_filter.ref == "A1:T25"
    widths = {c: sheet.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOPQRST"}
    assert all(6 <= w <= 60 for w in widths.values())
    assert widths["E"] > widths["Q"]  # titles get more room than 'ja'/'nein'
    assert widths["N"] >= 10  # a date fits


def test_xlsx_field_sheets_and_summary(workbook: openpyxl.Workbook, status: dict[str, Any]) -> None:
    for group, name in zip(status["groups"], workbook.sheetnames[1:7], strict=True):
        ids = [row[3] for row in workbook[name].iter_rows(min_row=2, values_only=True)]
        assert ids == [m["id"] for m in status["measures"] if m["field"] == group["key"]]
    summary = list(workbook["Übersicht"].iter_rows(values_only=True))
    header = list(summary[0])
    assert header[:3] == ["Handlungsfeld", "Handlungsfeld (Titel)", "Maßnahmen"]
    assert header[-4:] == ["Summe erreicht", "Summe entfallen", "erreicht %", "Überfällig"]
    status_ids = list(status["total"]["status"])
    assert header[3:-4] == [STATUS_TITLES.get(s, s) for s in status_ids]
    for row, group in zip(summary[1:], [*status["groups"], status["total"]], strict=True):
        assert row[2] == group["measures"]
        assert list(row[3:-4]) == [group["status"][s] for s in status_ids]
        assert row[-4] == group["achieved"] and row[-3] == group["dropped"]
        assert row[-1] == group["overdue"]
        assert row[-2] == group["share_achieved"]
    assert summary[-1][1] == "Gesamt" and workbook["Übersicht"].cell(len(summary), 2).font.b
    sources = list(workbook["Quellen"].iter_rows(min_row=2))
    assert sources[0][0].value == "H1"
    link = sources[0][1].hyperlink
    assert link is not None
    assert link.target == "https://egge.kreis-hoexter.de/serviceberatung/ueber-uns/index.html"


def test_text_that_looks_like_a_formula_stays_text(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    write_version(
        root,
        "2020",
        konzept(),
        {
            "a": field(
                "A",
                [goal("A-Z1")],
                [
                    measure(
                        "A-M1",
                        ziele=["A-Z1"],
                        verantwortlich='=HYPERLINK("x")',
                        partner=["- Liste"],
                        beginn="2020-01-01",
                    )
                ],
            )
        },
    )
    xlsx = tmp_path / "m.xlsx"
    assert run(runner, "export", "-o", str(xlsx), root=root).exit_code == 0
    cell = openpyxl.load_workbook(xlsx)["Alle Maßnahmen"]["K2"]
    assert cell.value == '=HYPERLINK("x")' and cell.data_type == "s"
    result = run(runner, "export", "--format", "csv", root=root)
    row = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))[1]
    assert row[10] == '\'=HYPERLINK("x")' and row[11] == "'- Liste" and row[13] == "2020-01-01"


def test_xlsx_needs_a_file(runner: CliRunner) -> None:
    result = run(runner, "export", "2017")
    assert result.exit_code == 2
    assert "-o" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("title", "taken", "expected"),
    [
        ("Arbeit und Wirtschaft", [], "Arbeit und Wirtschaft"),
        (
            "Bürgerschaftliches Engagement und politische Partizipation",
            [],
            "Bürgerschaftliches Engagement…",
        ),
        ("Ziele: Bildung [neu] / alt?*\\", [], "Ziele- Bildung -neu- - alt---"),
        ("Arbeit", ["arbeit"], "Arbeit (2)"),
        ("Arbeit", ["Arbeit", "Arbeit (2)"], "Arbeit (3)"),
        ("History", [], "History (2)"),
        ("'zitiert'", [], "zitiert"),
        ("x" * 40, ["x" * 30 + "…"], "x" * 27 + " (2)"),
    ],
)
def test_sheet_names_are_valid_for_excel(title: str, taken: list[str], expected: str) -> None:
    name = sheet_name(title, taken)
    assert name == expected
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")


def test_the_workbook_says_which_version_and_date_its_numbers_are_for(
    workbook: openpyxl.Workbook,
) -> None:
    assert workbook.sheetnames[-2:] == ["Angaben", "_ki_concept"]
    about = {row[0]: row[1] for row in workbook["Angaben"].iter_rows(min_row=2, values_only=True)}
    assert about["Stichtag (Status und „überfällig“)"] == dt.datetime(2025, 1, 1)
    assert about["Version"] == "2017" and about["Versionsordner"] == "2017"
    assert about["Beschlossen"] == dt.datetime(2017, 12, 14)
    assert workbook.properties.subject == "Stand der Maßnahmen zum 01.01.2025"
