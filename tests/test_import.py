"""``import``: filled-in workbooks of ``export --for`` back into the YAML, through the CLI."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner, Result

from ki_concept.cli import app
from ki_concept.diagnostics import display_path
from ki_concept.edit.errors import EditRefused
from ki_concept.exchange.command import run_import
from ki_concept.run import Run
from tests.edit_support import snapshot

KONZEPT = 'titel: Testkonzept\nversion: "2020"\nbeschlossen: 2020-06-30\n'
FIELD_A = """\
# Feld A, mit Kommentar
id: A
titel: Feld A
ziele:
  - id: A-Z1
    titel: Ziel eins
    ebene: handlungsziel
massnahmen:
  - id: A-M1  # die erste
    titel: Erste Maßnahme
    ziele: [A-Z1]
    verantwortlich: Amt Eins
    partner: [P1, P2]
    status: laufend
    verlauf:
      - datum: 2020-01-01
        status: laufend  # begonnen

  # die zweite
  - id: A-M2
    titel: Zweite Maßnahme
    ziele: [A-Z1]
    verantwortlich: Amt Zwei
    partner: [P1]
    status: geplant
"""
FIELD_B = """\
id: B
titel: Feld B
ziele:
  - id: B-Z1
    titel: Ziel B
    ebene: handlungsziel
massnahmen:
  - id: B-M1
    titel: Maßnahme in B
    ziele: [B-Z1]
    verantwortlich: Amt Eins
    partner: [P2]
    status: idee
    beginn: 2021-01-01
"""
AMT_EINS = "Amt Eins.xlsx"
AMT_ZWEI = "Amt Zwei.xlsx"
SHEET = "Maßnahmen"
# The fill-in columns as export --for lays them out: J new status … N comment.
STATUS, DATE, NOTE, END, COMMENT = "J", "K", "L", "M", "N"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "concept"
    folder = root / "2020" / "handlungsfelder"
    folder.mkdir(parents=True)
    (root / "2020" / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    (folder / "a.yaml").write_text(FIELD_A, encoding="utf-8")
    (folder / "b.yaml").write_text(FIELD_B, encoding="utf-8")
    return root


def invoke(root: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--root", str(root), *args])


def export(root: Path, kind: str = "verantwortlich") -> Path:
    out = root.parent / f"rueckmeldung-{kind}"
    result = invoke(root, "export", "--for", kind, "--as-of", "2025-01-01", "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def row_of(sheet: Any, measure_id: str) -> int:
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == measure_id:
            return row
    raise AssertionError(measure_id)


def fill(path: Path, answers: dict[str, dict[str, Any]]) -> None:
    """Fill in cells as a person would: ``{measure id: {column letter: value}}``."""
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET]
    for measure_id, cells in answers.items():
        row = row_of(sheet, measure_id)
        for column, value in cells.items():
            sheet[f"{column}{row}"] = value
    book.save(path)


def field_a(root: Path) -> Path:
    return root / "2020" / "handlungsfelder" / "a.yaml"


def field_b(root: Path) -> Path:
    return root / "2020" / "handlungsfelder" / "b.yaml"


def test_answers_go_into_the_yaml_and_nothing_else_changes(root: Path) -> None:
    out = export(root)
    fill(
        out / AMT_EINS,
        {
            "A-M1": {STATUS: "umgesetzt", DATE: dt.datetime(2025, 12, 14), NOTE: "fertig"},
            "B-M1": {STATUS: "Laufend", DATE: "03.02.2025", END: "2026-06-30"},
        },
    )
    fill(out / AMT_ZWEI, {"A-M2": {COMMENT: "Rückfrage, bitte anrufen"}})
    result = invoke(root, "import", str(out / AMT_EINS), str(out / AMT_ZWEI))
    assert result.exit_code == 0, result.output
    assert field_a(root).read_text(encoding="utf-8") == FIELD_A.replace(
        "    status: laufend\n    verlauf:",
        "    status: umgesetzt\n    ende: 2025-12-14\n    verlauf:",
    ).replace(
        "        status: laufend  # begonnen\n",
        "        status: laufend  # begonnen\n"
        "      - datum: 2025-12-14\n        status: umgesetzt\n        notiz: fertig\n",
    )
    assert field_b(root).read_text(encoding="utf-8") == FIELD_B.replace(
        "    status: idee\n    beginn: 2021-01-01\n",
        "    status: laufend\n    beginn: 2021-01-01\n    ende: 2026-06-30\n"
        "    verlauf:\n      - datum: 2021-01-01\n        status: idee\n"
        '        notiz: "rekonstruiert: Status vor der ersten Erfassung (Datum aus beginn)"\n'
        "      - datum: 2025-02-03\n        status: laufend\n",
    )
    output = result.output
    title = f"Maßnahme A-M1 ({display_path(field_a(root))}) aus {AMT_EINS}, Blatt Maßnahmen"
    assert f"{title}, Zellen J2, K2, L2:" in output
    assert "status: laufend → umgesetzt" in output
    assert "status: idee → laufend" in output
    assert "ende: — → 2026-06-30" in output
    assert f"Geantwortet (2): {AMT_EINS}, {AMT_ZWEI}\n" in output
    # The same answers again change nothing.
    again = invoke(root, "import", str(out / AMT_EINS))
    assert again.exit_code == 0, again.output
    assert "Nichts zu ändern" in again.output


def test_who_did_not_answer(root: Path) -> None:
    out = export(root)
    fill(out / AMT_EINS, {"A-M1": {STATUS: "ruhend"}})
    # A reply saved under another name is named with its group.
    (out / AMT_ZWEI).rename(out / "zurueck.xlsx")
    result = invoke(root, "import", *map(str, sorted(out.glob("*.xlsx"))))
    assert result.exit_code == 0, result.output
    assert f"Geantwortet (1): {AMT_EINS}\n" in result.output
    assert "Ohne Eintrag (1): zurueck.xlsx (Amt Zwei)\n" in result.output


def test_dry_run_shows_the_diff_and_writes_nothing(root: Path) -> None:
    out = export(root)
    fill(out / AMT_EINS, {"A-M1": {STATUS: "ruhend", DATE: "2025-03-01"}})
    before = snapshot(root)
    result = invoke(root, "import", str(out / AMT_EINS), "--dry-run")
    assert result.exit_code == 0, result.output
    assert snapshot(root) == before
    shown = display_path(field_a(root))
    assert f"--- {shown}\n+++ {shown}\n" in result.output
    assert "-    status: laufend\n+    status: ruhend\n" in result.output
    assert "+      - datum: 2025-03-01\n" in result.output
    assert "Probelauf (--dry-run): nichts geschrieben." in result.output


def test_a_change_since_the_export_is_a_conflict_unless_forced(root: Path) -> None:
    out = export(root)
    changed = invoke(root, "set-status", "A-M1", "ruhend", "--date", "2025-02-01")
    assert changed.exit_code == 0, changed.output
    fill(out / AMT_EINS, {"A-M1": {STATUS: "umgesetzt", DATE: "2025-03-01"}})
    before = snapshot(root)
    result = invoke(root, "import", str(out / AMT_EINS))
    assert result.exit_code == 1
    assert snapshot(root) == before
    assert "1 Konflikt(e)" in result.output
    assert "A-M1: seit dem Export geändert (jetzt: status ruhend, ende —" in result.output
    assert f"Rückmeldung {AMT_EINS}, Blatt Maßnahmen, Zellen J2, K2: status umgesetzt" in (
        result.output
    )
    forced = invoke(root, "import", str(out / AMT_EINS), "--force")
    assert forced.exit_code == 0, forced.output
    assert "status: ruhend → umgesetzt" in forced.output
    assert "trotz Änderung seit dem Export übernommen (--force)" in forced.output
    assert "    status: umgesetzt\n" in field_a(root).read_text(encoding="utf-8")


def test_a_note_on_a_changed_measure_is_no_conflict(root: Path) -> None:
    out = export(root)
    assert invoke(root, "set-status", "A-M1", "ruhend", "--date", "2025-02-01").exit_code == 0
    fill(out / AMT_EINS, {"A-M1": {STATUS: "ruhend", DATE: "2025-02-10", NOTE: "Pause"}})
    result = invoke(root, "import", str(out / AMT_EINS))
    assert result.exit_code == 0, result.output
    assert "notiz: Pause" in field_a(root).read_text(encoding="utf-8")


def test_two_replies_that_disagree_are_a_conflict(root: Path) -> None:
    out = export(root, "partner")
    fill(out / "P1.xlsx", {"A-M1": {STATUS: "umgesetzt", DATE: "2025-03-01"}})
    fill(out / "P2.xlsx", {"A-M1": {STATUS: "ruhend", DATE: "2025-03-01"}})
    before = snapshot(root)
    result = invoke(root, "import", str(out / "P1.xlsx"), str(out / "P2.xlsx"), "--force")
    assert result.exit_code == 1
    assert snapshot(root) == before
    assert (
        "A-M1: die Rückmeldungen widersprechen sich: P1.xlsx, Blatt Maßnahmen, Zellen J2, K2: "
        "status umgesetzt, Datum 2025-03-01; P2.xlsx, Blatt Maßnahmen, Zellen J2, K2: status ruhend"
    ) in result.output


def test_two_replies_that_agree_are_taken_once(root: Path) -> None:
    out = export(root, "partner")
    for name in ("P1.xlsx", "P2.xlsx"):
        fill(out / name, {"A-M1": {STATUS: "umgesetzt", DATE: "2025-03-01"}})
    result = invoke(root, "import", str(out / "P1.xlsx"), str(out / "P2.xlsx"))
    assert result.exit_code == 0, result.output
    assert field_a(root).read_text(encoding="utf-8").count("datum: 2025-03-01") == 1


def test_every_mistake_of_every_file_at_its_cell(root: Path) -> None:
    out = export(root)
    fill(
        out / AMT_EINS,
        {
            "A-M1": {STATUS: "fertig", DATE: "31.02.2025"},
            "B-M1": {NOTE: "ohne Status", END: "bald"},
        },
    )
    book = openpyxl.load_workbook(out / AMT_ZWEI)
    book[SHEET]["A2"] = "A-M9"
    book[SHEET]["J2"] = "laufend"
    book.save(out / AMT_ZWEI)
    before = snapshot(root)
    result = invoke(root, "import", str(out / AMT_EINS), str(out / AMT_ZWEI))
    assert result.exit_code == 1
    assert snapshot(root) == before
    output = result.output
    assert "Nichts übernommen: die Rückmeldungen haben 5 Problem(e)." in output
    assert f"{AMT_EINS}, Blatt Maßnahmen, Zelle J2: „fertig“ ist kein Status dieser Version" in (
        output
    )
    assert f"{AMT_EINS}, Blatt Maßnahmen, Zelle K2: „31.02.2025“ ist kein Datum" in output
    assert f"{AMT_EINS}, Blatt Maßnahmen, Zelle M3: „bald“ ist kein Datum" in output
    assert f"{AMT_EINS}, Blatt Maßnahmen, Zelle L3: Notiz ohne Neuer Status" in output
    assert f"{AMT_ZWEI}, Blatt Maßnahmen, Zelle A2: die Maßnahme A-M9 war nicht in dieser" in (
        output
    )


def test_a_status_title_in_another_case_and_language_is_taken(root: Path) -> None:
    out = export(root)
    fill(out / AMT_ZWEI, {"A-M2": {STATUS: "RUNNING", DATE: "2025-03-01"}})
    result = invoke(root, "import", str(out / AMT_ZWEI))
    assert result.exit_code == 0, result.output
    assert "status: geplant → laufend" in result.output


def test_a_formula_without_a_value_is_an_error_at_its_cell(root: Path) -> None:
    out = export(root)
    fill(out / AMT_ZWEI, {"A-M2": {STATUS: '=IF(1,"laufend","")'}})
    before = snapshot(root)
    result = invoke(root, "import", str(out / AMT_ZWEI))
    assert result.exit_code == 1
    assert snapshot(root) == before
    assert f"{AMT_ZWEI}, Blatt Maßnahmen, Zelle J2: eine Formel ohne gespeicherten Wert" in (
        result.output
    )


def test_a_workbook_of_another_version_is_refused(root: Path) -> None:
    out = export(root)
    shutil.copytree(root / "2020", root / "2021")
    konzept = root / "2021" / "konzept.yaml"
    konzept.write_text(KONZEPT.replace('"2020"', '"2021"'), encoding="utf-8")
    fill(out / AMT_ZWEI, {"A-M2": {STATUS: "laufend"}})
    before = snapshot(root)
    result = invoke(root, "import", str(out / AMT_ZWEI), "--version", "2021")
    assert result.exit_code == 1
    assert snapshot(root) == before
    assert (
        f"{out / AMT_ZWEI}: die Arbeitsmappe gehört zur Version 2020 (Ordner 2020), eingelesen "
        "wird in Version 2021 (Ordner 2021)"
    ) in result.output


def test_a_foreign_workbook_and_a_missing_column(root: Path, tmp_path: Path) -> None:
    out = export(root)
    foreign = tmp_path / "fremd.xlsx"
    openpyxl.Workbook().save(foreign)
    book = openpyxl.load_workbook(out / AMT_ZWEI)
    book[SHEET]["M1"] = "Ende neu"
    book.save(out / AMT_ZWEI)
    text = tmp_path / "text.xlsx"
    text.write_text("Id;Neuer Status\n", encoding="utf-8")
    result = invoke(
        root,
        "import",
        str(foreign),
        str(out / AMT_ZWEI),
        str(tmp_path / "weg.xlsx"),
        str(text),
        str(out),
    )
    assert result.exit_code == 1
    assert f"{text}: die Datei ist keine XLSX-Arbeitsmappe." in result.output
    assert f"{out} ist ein Ordner; die Arbeitsmappen darin angeben" in result.output
    assert f"{foreign}: das verborgene Blatt _ki_concept fehlt" in result.output
    assert f"{AMT_ZWEI}, Blatt Maßnahmen: die Spalte „Neues Ende“ fehlt in Zeile 1" in (
        result.output
    )
    assert f"{tmp_path / 'weg.xlsx'}: die Datei gibt es nicht." in result.output


def test_moved_and_extra_columns_are_found_by_their_header(root: Path) -> None:
    out = export(root)
    book = openpyxl.load_workbook(out / AMT_ZWEI)
    sheet = book[SHEET]
    sheet.protection.sheet = False
    sheet.insert_cols(1)
    sheet["A1"] = "Meine Spalte"
    sheet.column_dimensions["C"].hidden = True
    sheet["K2"] = "laufend"  # Neuer Status, one column to the right now
    book.save(out / AMT_ZWEI)
    result = invoke(root, "import", str(out / AMT_ZWEI))
    assert result.exit_code == 0, result.output
    assert "Blatt Maßnahmen, Zelle K2:" in result.output
    assert "status: geplant → laufend" in result.output


def test_a_write_that_fails_restores_the_files_written_before(root: Path) -> None:
    out = export(root)
    fill(
        out / AMT_EINS,
        {"A-M1": {STATUS: "ruhend", DATE: "2025-03-01"}, "B-M1": {STATUS: "geplant"}},
    )
    before = snapshot(root)
    field_b(root).chmod(0o444)
    try:
        result = invoke(root, "import", str(out / AMT_EINS))
    finally:
        field_b(root).chmod(0o644)
    assert result.exit_code == 1
    assert f"{field_b(root)} ist schreibgeschützt" in result.output
    assert snapshot(root) == before


def test_in_english(root: Path) -> None:
    out = export(root)
    fill(out / AMT_ZWEI, {"A-M2": {STATUS: "nope"}})
    result = invoke(root, "--lang", "en", "import", str(out / AMT_ZWEI))
    assert result.exit_code == 1
    assert f"{AMT_ZWEI}, sheet Maßnahmen, cell J2: 'nope' is not a status" in result.output


def test_a_workbook_made_in_english_is_read_in_german(root: Path) -> None:
    out = root.parent / "feedback"
    made = invoke(
        root,
        "--lang",
        "en",
        "export",
        "--for",
        "verantwortlich",
        "--as-of",
        "2025-01-01",
        "-o",
        str(out),
    )
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(out / AMT_ZWEI)
    assert book.sheetnames[0] == "Measures"
    book["Measures"]["J2"] = "running"
    book["Measures"]["K2"] = "2025-03-01"
    book.save(out / AMT_ZWEI)
    result = invoke(root, "--lang", "de", "import", str(out / AMT_ZWEI))
    assert result.exit_code == 0, result.output
    assert f"{AMT_ZWEI}, Blatt Measures, Zellen J2, K2:" in result.output
    assert "      - datum: 2025-03-01\n        status: laufend\n" in field_a(root).read_text(
        encoding="utf-8"
    )


def test_a_version_with_errors_is_not_imported_into(root: Path) -> None:
    out = export(root)
    fill(out / AMT_ZWEI, {"A-M2": {STATUS: "laufend"}})
    text = field_b(root).read_text(encoding="utf-8")
    field_b(root).write_text(text.replace("ziele: [B-Z1]", "ziele: [B-Z9]"), encoding="utf-8")
    before = snapshot(root)
    result = invoke(root, "import", str(out / AMT_ZWEI))
    assert result.exit_code == 1
    assert snapshot(root) == before


def test_a_file_changed_after_it_was_read_is_not_written(root: Path) -> None:
    """Another writer between the conflict check and the lock: refused, their change kept."""
    out = export(root)
    fill(out / AMT_ZWEI, {"A-M2": {STATUS: "laufend", DATE: "2025-03-01"}})
    run = Run(root_option=root)
    run.checked(run.choose(None), run.today)
    meanwhile = field_a(root).read_text(encoding="utf-8").replace("status: geplant", "status: idee")
    field_a(root).write_text(meanwhile, encoding="utf-8")
    with pytest.raises(EditRefused) as refused:
        run_import(run, files=[out / AMT_ZWEI], version=None, dry_run=False, force=False)
    assert refused.value.message_key == "edit.changed_on_disk"
    assert field_a(root).read_text(encoding="utf-8") == meanwhile
