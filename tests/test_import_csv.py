"""``import`` of the full export as CSV, also as German Excel saves it again."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.edit_support import snapshot
from tests.test_import import FIELD_A, FIELD_B, KONZEPT, field_a, field_b, invoke

NOTE = "eine CSV-Datei hat kein verborgenes Blatt, Konflikte mit Änderungen seit dem Export"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "concept"
    (root / "2020" / "handlungsfelder").mkdir(parents=True)
    (root / "2020" / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    # A responsible body that looks like a formula: the export puts an apostrophe before it.
    field_a(root).write_text(FIELD_A.replace("Amt Zwei", '"-Amt Zwei"'), encoding="utf-8")
    field_b(root).write_text(FIELD_B, encoding="utf-8")
    return root


def export(root: Path) -> tuple[Path, list[list[str]]]:
    out = root.parent / "stand.csv"
    result = invoke(root, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_bytes().decode("utf-8-sig")
    return out, list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def change(rows: list[list[str]], measure_id: str, cells: dict[str, str]) -> None:
    header = rows[0]
    row = next(r for r in rows[1:] if r[header.index("Id")] == measure_id)
    for column, value in cells.items():
        row[header.index(column)] = value


def save(path: Path, rows: list[list[str]], *, encoding: str, separator: str, bom: bool) -> None:
    """Write ``rows`` as a spreadsheet program saves CSV: CRLF, quotes where needed."""
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    data = out.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


@pytest.mark.parametrize(
    ("encoding", "separator", "bom"),
    [("utf-8", ";", True), ("utf-8", ";", False), ("cp1252", ";", False), ("utf-8", ",", False)],
)
def test_changed_cells_go_into_the_yaml(
    root: Path, encoding: str, separator: str, bom: bool
) -> None:
    out, rows = export(root)
    change(rows, "A-M1", {"Verantwortlich": "Ämter; Büro", "Ende": "31.12.2030"})
    change(rows, "B-M1", {"Status": "laufend", "Verlauf: letztes Datum": "2025-02-03"})
    change(rows, "B-M1", {"Beschreibung": "Zwei\r\nZeilen, mit Komma"})
    save(out, rows, encoding=encoding, separator=separator, bom=bom)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    assert f"stand.csv: {NOTE}" in result.output
    assert "aus stand.csv, Zeile 2, Spalte Verantwortlich; Zeile 2, Spalte Ende:" in (result.output)
    assert field_a(root).read_text(encoding="utf-8") == FIELD_A.replace(
        "Amt Zwei", '"-Amt Zwei"'
    ).replace(
        "    verantwortlich: Amt Eins\n    partner: [P1, P2]\n    status: laufend\n",
        "    verantwortlich: Ämter; Büro\n    partner: [P1, P2]\n    ende: 2030-12-31\n"
        "    status: laufend\n",
    )
    assert field_b(root).read_text(encoding="utf-8") == FIELD_B.replace(
        "    titel: Maßnahme in B\n",
        '    titel: Maßnahme in B\n    beschreibung: "Zwei\\nZeilen, mit Komma"\n',
    ).replace(
        "    status: idee\n    beginn: 2021-01-01\n",
        "    status: laufend\n    beginn: 2021-01-01\n"
        "    verlauf:\n      - datum: 2021-01-01\n        status: idee\n"
        '        notiz: "rekonstruiert: Status vor der ersten Erfassung (Datum aus beginn)"\n'
        "      - datum: 2025-02-03\n        status: laufend\n",
    )


def test_an_unchanged_csv_is_no_change(root: Path) -> None:
    out, rows = export(root)
    before = snapshot(root)
    for encoding, bom in (("utf-8", True), ("cp1252", False)):
        save(out, rows, encoding=encoding, separator=";", bom=bom)
        result = invoke(root, "import", str(out))
        assert result.exit_code == 0, result.output
        assert "Nichts zu ändern" in result.output
        assert NOTE in result.output
        assert snapshot(root) == before
    # The apostrophe before formula-like text was written by the export, not meant.
    assert any(r[10] == "'-Amt Zwei" for r in rows)


def test_bad_cells_at_their_row_and_column_and_nothing_written(root: Path) -> None:
    out, rows = export(root)
    change(rows, "A-M1", {"Ende": "morgen", "Status": "fertig"})
    change(rows, "B-M1", {"Id": "X-M9"})
    save(out, rows, encoding="cp1252", separator=";", bom=False)
    before = snapshot(root)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 1
    assert snapshot(root) == before
    assert "3 Problem(e)" in result.output
    assert "stand.csv, Zeile 2, Spalte Ende: „morgen“ ist kein Datum" in result.output
    assert "stand.csv, Zeile 2, Spalte Status: „fertig“ ist kein Status" in result.output
    assert "stand.csv, Zeile 4, Spalte Id: die Maßnahme X-M9 gibt es in Version 2020" in (
        result.output
    )


def test_a_csv_that_is_no_export_is_refused(root: Path) -> None:
    other = root.parent / "liste.csv"
    other.write_text("Name;Wert\r\na;b\r\n", encoding="utf-8")
    result = invoke(root, "import", str(other))
    assert result.exit_code == 1
    assert "liste.csv, Zeile 1: die Spalte „Id“ fehlt" in result.output


def test_a_line_without_an_id_is_a_new_measure(root: Path) -> None:
    out, rows = export(root)
    header = rows[0]
    new = [""] * len(header)
    new[header.index("Handlungsfeld")] = "A"
    new[header.index("Titel")] = "Dritte Maßnahme"
    new[header.index("Ziele")] = "A-Z1"
    save(out, [*rows, new], encoding="cp1252", separator=";", bom=False)
    result = invoke(root, "import", str(out))
    assert result.exit_code == 0, result.output
    assert "Neue Maßnahme A-M3 „Dritte Maßnahme“" in result.output
    assert "stand.csv, Zeile 5, Spalte Handlungsfeld; Zeile 5, Spalte Ziele;" in result.output
    expected = FIELD_A.replace("Amt Zwei", '"-Amt Zwei"')
    expected += "\n  - id: A-M3\n    titel: Dritte Maßnahme\n    ziele: [A-Z1]\n"
    assert field_a(root).read_text(encoding="utf-8") == expected


def test_a_reply_of_export_for_saved_as_csv_is_refused(root: Path) -> None:
    reply = root.parent / "Amt Eins.csv"
    header = "Id;Handlungsfeld;Titel;Status;Neuer Status;Datum der Änderung;Notiz;Neues Ende"
    reply.write_bytes(
        f"{header}\r\nA-M1;A;Erste Maßnahme;laufend;umgesetzt;;;\r\n".encode("cp1252")
    )
    before = snapshot(root)
    result = invoke(root, "import", str(reply))
    assert result.exit_code == 1
    assert "Amt Eins.csv: eine Mappe von export --for, als CSV gespeichert" in result.output
    assert snapshot(root) == before
