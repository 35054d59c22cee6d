"""``import`` of the full export (``export -o massnahmen.xlsx``): changed cells into the YAML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.edit_support import snapshot
from tests.test_import import FIELD_A, FIELD_B, KONZEPT, field_a, field_b, invoke

SHEET = "Alle Maßnahmen"
# The columns of the full export.
ID, DESCRIPTION, STATUS, STEP_DATE, STEP_NOTE = "D", "F", "G", "H", "J"
RESPONSIBLE, PARTNERS, GROUPS, START, END, ONGOING = "K", "L", "M", "N", "O", "P"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "concept"
    folder = root / "2020" / "handlungsfelder"
    folder.mkdir(parents=True)
    (root / "2020" / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    field_a(root).write_text(FIELD_A, encoding="utf-8")
    field_b(root).write_text(FIELD_B, encoding="utf-8")
    return root


def export(root: Path, *args: str) -> Path:
    out = root.parent / "massnahmen.xlsx"
    result = invoke(root, *args, "export", "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def row_of(sheet: Any, measure_id: str) -> int:
    for row in range(2, sheet.max_row + 1):
        if sheet[f"{ID}{row}"].value == measure_id:
            return row
    raise AssertionError(measure_id)


def fill(path: Path, cells: dict[str, dict[str, Any]], sheet_name: str = SHEET) -> None:
    """Change cells as a person would: ``{measure id: {column letter: value}}``."""
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    for measure_id, values in cells.items():
        row = row_of(sheet, measure_id)
        for column, value in values.items():
            sheet[f"{column}{row}"] = value
    book.save(path)


def test_changed_cells_go_into_the_yaml_and_nothing_else_changes(root: Path) -> None:
    out = export(root)
    fill(
        out,
        {
            "A-M1": {
                STATUS: "Umgesetzt",
                STEP_DATE: dt.datetime(2025, 12, 14),
                STEP_NOTE: "fertig",
                RESPONSIBLE: "Amt Drei",
                PARTNERS: "P1; P3",
            },
            "B-M1": {
                END: "30.06.2026",
                ONGOING: "ja",
                DESCRIPTION: "Neue Beschreibung",
                GROUPS: "Familien",
                START: dt.datetime(2021, 1, 1),  # as it was: no change
            },
        },
    )
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    assert field_a(root).read_text(encoding="utf-8") == FIELD_A.replace(
        "    verantwortlich: Amt Eins\n    partner: [P1, P2]\n    status: laufend\n",
        "    verantwortlich: Amt Drei\n    partner: [P1, P3]\n    status: umgesetzt\n"
        "    ende: 2025-12-14\n",
    ).replace(
        "        status: laufend  # begonnen\n",
        "        status: laufend  # begonnen\n"
        "      - datum: 2025-12-14\n        status: umgesetzt\n        notiz: fertig\n",
    )
    assert field_b(root).read_text(encoding="utf-8") == FIELD_B.replace(
        "    titel: Maßnahme in B\n",
        "    titel: Maßnahme in B\n    beschreibung: Neue Beschreibung\n",
    ).replace(
        "    partner: [P2]\n    status: idee\n    beginn: 2021-01-01\n",
        "    partner: [P2]\n    zielgruppen: [Familien]\n    status: idee\n"
        "    beginn: 2021-01-01\n    ende: 2026-06-30\n    daueraufgabe: true\n",
    )
    output = result.output
    assert "aus massnahmen.xlsx, Blatt Alle Maßnahmen, Zellen G2, H2, J2, K2, L2:" in output
    assert "verantwortlich: Amt Eins → Amt Drei" in output
    assert "Blatt Alle Maßnahmen, Zellen F4, M4, O4, P4:" in output
    # The same workbook again changes nothing.
    again = invoke(root, "import", str(out))
    assert again.exit_code == 0, again.output
    assert "Nichts zu ändern" in again.output


def test_an_unchanged_export_is_no_change(root: Path) -> None:
    out = export(root)
    before = snapshot(root)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    assert "Nichts zu ändern" in result.output
    assert snapshot(root) == before


def test_a_status_alone_is_today_without_a_note(root: Path) -> None:
    out = export(root)
    fill(out, {"A-M2": {STATUS: "laufend"}})
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    today = dt.date.today().isoformat()
    assert field_a(root).read_text(encoding="utf-8") == FIELD_A.replace(
        "    partner: [P1]\n    status: geplant\n",
        "    partner: [P1]\n    status: laufend\n    verlauf:\n"
        "      - datum: 2020-06-30\n        status: geplant\n"
        '        notiz: "rekonstruiert: Status vor der ersten Erfassung (Datum: Beschluss der '
        'Version)"\n'
        f"      - datum: {today}\n        status: laufend\n",
    )


def test_the_other_sheets_are_not_read(root: Path) -> None:
    out = export(root)
    fill(out, {"A-M1": {RESPONSIBLE: "Amt Drei"}}, sheet_name="Feld A")
    before = snapshot(root)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    assert "Nichts zu ändern" in result.output
    assert snapshot(root) == before


def test_a_change_since_the_export_is_a_conflict_unless_forced(root: Path) -> None:
    out = export(root)
    changed = invoke(root, "set", "A-M2", "verantwortlich", "Amt Vier")
    assert changed.exit_code == 0, changed.output
    fill(out, {"A-M2": {END: "2026-01-31"}})
    before = snapshot(root)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 1
    assert snapshot(root) == before
    assert "1 Konflikt(e)" in result.output
    assert "A-M2: seit dem Export geändert" in result.output
    assert "Rückmeldung massnahmen.xlsx, Blatt Alle Maßnahmen, Zellen K3, O3:" in result.output
    forced = invoke(root, "import", str(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert "trotz Änderung seit dem Export übernommen (--force)" in forced.output
    text = field_a(root).read_text(encoding="utf-8")
    assert "    verantwortlich: Amt Zwei\n" in text and "    ende: 2026-01-31\n" in text


def test_set_status_after_the_export_is_a_conflict(root: Path) -> None:
    out = export(root)
    assert invoke(root, "set-status", "A-M1", "ruhend", "--date", "2025-02-01").exit_code == 0
    before = snapshot(root)
    # Nothing changed in the workbook: its old status differs from the YAML's now.
    result = invoke(root, "import", str(out))
    assert result.exit_code == 1
    assert "A-M1: seit dem Export geändert (jetzt: status ruhend" in result.output
    assert snapshot(root) == before


def test_every_bad_cell_at_its_address_and_nothing_written(root: Path) -> None:
    out = export(root)
    fill(
        out,
        {
            "A-M1": {STATUS: "fertig", END: "morgen", ONGOING: "vielleicht"},
            "A-M2": {RESPONSIBLE: None, STEP_NOTE: "nur eine Notiz"},
            "B-M1": {ID: "X-M9"},
        },
    )
    book = openpyxl.load_workbook(out)
    book[SHEET]["D5"] = None
    book[SHEET]["E5"] = "Neue Maßnahme"
    book.save(out)
    before = snapshot(root)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 1
    assert snapshot(root) == before
    at = "massnahmen.xlsx, Blatt Alle Maßnahmen, Zelle"
    output = result.output
    assert "7 Problem(e)" in output
    assert f"{at} G2: „fertig“ ist kein Status dieser Version." in output
    assert f"{at} O2: „morgen“ ist kein Datum" in output
    assert f"{at} P2: „vielleicht“ ist weder ja noch nein." in output
    assert f"{at} K3: die Zelle ist leer, die YAML-Datei hat einen Wert" in output
    assert f"{at} J3: Verlauf: Notiz geändert, Status aber nicht" in output
    assert f"{at} D4: die Maßnahme X-M9 war nicht in dieser Arbeitsmappe" in output
    assert f"{at} D5: eine Zeile ohne Id: für eine neue Maßnahme Handlungsfeld" in output


def test_an_export_for_another_day_is_refused(root: Path) -> None:
    out = root.parent / "massnahmen.xlsx"
    result = invoke(root, "export", "--as-of", "2025-01-01", "-o", str(out))
    assert result.exit_code == 0, result.output
    before = snapshot(root)
    refused = invoke(root, "import", str(out))
    assert refused.exit_code == 1
    assert "mit Stichtag 2025-01-01" in refused.output
    assert "Ohne --as-of neu exportieren." in refused.output
    assert snapshot(root) == before


def test_an_english_export_is_read(root: Path) -> None:
    out = export(root, "--lang", "en")
    book = openpyxl.load_workbook(out)
    assert "All measures" in book.sheetnames
    sheet = book["All measures"]
    sheet[f"{RESPONSIBLE}{row_of(sheet, 'A-M2')}"] = "Amt Fünf"
    book.save(out)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    assert "    verantwortlich: Amt Fünf\n" in field_a(root).read_text(encoding="utf-8")


def test_a_row_without_an_id_is_a_new_measure(root: Path) -> None:
    out = export(root)
    book = openpyxl.load_workbook(out)
    sheet = book[SHEET]
    cells = {"A": "B", "C": "B-Z1", "E": "Neue Maßnahme", STATUS: "geplant"}
    cells |= {RESPONSIBLE: "Amt Drei", PARTNERS: "P1; P2", ONGOING: "nein"}
    for column, value in cells.items():
        sheet[f"{column}5"] = value
    book.save(out)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    today = dt.date.today().isoformat()
    assert field_b(root).read_text(encoding="utf-8") == FIELD_B + (
        "  - id: B-M2\n"
        "    titel: Neue Maßnahme\n"
        "    ziele: [B-Z1]\n"
        "    status: geplant\n"
        "    verantwortlich: Amt Drei\n"
        "    partner: [P1, P2]\n"
        f"    verlauf:\n      - datum: {today}\n        status: geplant\n"
    )
    assert "Neue Maßnahme B-M2 „Neue Maßnahme“" in result.output
    assert "Blatt Alle Maßnahmen, Zellen A5, C5, E5, G5, K5, L5:" in result.output
    # Read again, the row adds nothing: the title is in the file already.
    again = invoke(root, "import", str(out))
    assert again.exit_code == 0, again.output
    assert "Nichts zu ändern" in again.output
    assert field_b(root).read_text(encoding="utf-8").count("Neue Maßnahme") == 1


def test_a_new_measure_needs_a_known_field_and_goals(root: Path) -> None:
    out = export(root)
    book = openpyxl.load_workbook(out)
    sheet = book[SHEET]
    for column, value in {"A": "Z", "C": "B-Z9", "E": "Neue Maßnahme"}.items():
        sheet[f"{column}5"] = value
    book.save(out)
    before = snapshot(root)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 1
    assert snapshot(root) == before
    at = "massnahmen.xlsx, Blatt Alle Maßnahmen, Zelle"
    assert f"{at} A5: das Handlungsfeld „Z“ gibt es nicht; möglich sind: A, B." in result.output
    assert f"{at} C5: das Ziel B-Z9 gibt es in dieser Version nicht" in result.output
