"""``export --for`` workbooks opened and saved again by LibreOffice: what must survive does.

LibreOffice (``soffice``, Debian package libreoffice-calc-nogui) converts every workbook of
one export once, with a profile of its own so that parallel runs do not clash. Without
``soffice`` the tests are skipped. (LibreOffice's headless conversion has no view, so the
frozen header is not kept; it is checked on the workbook as written in test_export_for.py.)
"""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.exchange import layout
from tests.builders import field, goal, konzept, measure, write_version

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

OWN_WORDS: list[dict[str, Any]] = [
    {"id": "offen", "titel": "Offen"},
    {"id": "in Arbeit, verzögert", "titel": "In Arbeit (verzögert)"},
    {"id": "fertig", "titel": "Fertig", "abgeschlossen": True},
    {"id": "gestrichen", "titel": "Gestrichen", "entfallen": True},
]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Any, Any]]:
    """Each workbook of an export as written and as LibreOffice saved it again."""
    base = tmp_path_factory.mktemp("libreoffice")
    history = [{"datum": "2020-03-01", "status": "offen", "notiz": "=gestartet"}]
    measures = [
        measure("A-M1", "offen", verantwortlich="VHS", beginn="2020-02-01", verlauf=history),
        measure("A-M2", "offen", verantwortlich='=HYPERLINK("x")', titel="@Titel"),
        measure("A-M3", "offen"),
        measure("A-M4", "offen", verantwortlich="VHS", ende="2021-12-31"),
    ]
    root = base / "concept"
    write_version(
        root,
        "2020",
        konzept(statuswerte=OWN_WORDS),
        {"a": field("A", [goal("A-Z1")], measures)},
    )
    folder = base / "out"
    args = ["export", "--for", "verantwortlich", "--as-of", "2021-01-01", "-o", str(folder)]
    # A module fixture runs before the per-test reset of the language: name it.
    result = CliRunner().invoke(app, ["--root", str(root), "--lang", "de", *args])
    assert result.exit_code == 0, result.output
    written = sorted(folder.glob("*.xlsx"))
    assert len(written) == 3
    saved = base / "saved"
    profile = (base / "profile").as_uri()
    assert SOFFICE is not None
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless"]
    done = subprocess.run(
        [*command, "--convert-to", "xlsx", "--outdir", str(saved), *map(str, written)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    pairs = []
    for path in written:
        again = saved / path.name
        assert again.is_file(), done.stdout + done.stderr
        pairs.append((openpyxl.load_workbook(path), openpyxl.load_workbook(again)))
    return pairs


def status_list(book: Any) -> tuple[list[Any], str]:
    sheet = book[book.sheetnames[0]]
    [choice] = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    name, cells = choice.formula1.lstrip("=").rsplit("!", 1)
    values = [c.value for row in book[name.strip("'")][cells.replace("$", "")] for c in row]
    return values, str(choice.sqref)


def test_sheets_and_the_hidden_sheet_survive(books: list[tuple[Any, Any]]) -> None:
    for before, after in books:
        assert after.sheetnames == before.sheetnames
        assert [after[n].sheet_state for n in after.sheetnames] == ["visible", "visible", "hidden"]
        assert layout.read_meta(after) == layout.read_meta(before)


def test_the_drop_down_and_the_date_checks_survive(books: list[tuple[Any, Any]]) -> None:
    for before, after in books:
        assert status_list(after) == status_list(before)
        assert status_list(after)[0] == [w["id"] for w in OWN_WORDS]
        dates = {
            (str(v.sqref), v.formula1, v.formula2)
            for v in after["Maßnahmen"].data_validations.dataValidation
            if v.type == "date"
        }
        assert len(dates) == 2 and {d[1:] for d in dates} == {("32874", "73050")}


def test_protection_survives(books: list[tuple[Any, Any]]) -> None:
    for _, after in books:
        for name in after.sheetnames:
            assert after[name].protection.sheet, name
        sheet = after["Maßnahmen"]
        for header in sheet[1]:
            editable = header.value in {c.header("de") for c in layout.COLUMNS if c.editable}
            cell = sheet.cell(2, header.column)
            assert cell.protection.locked is not editable, cell.coordinate
            assert cell.fill.fgColor.rgb.endswith("FFF2CC") is editable, cell.coordinate


def test_values_survive_and_text_stays_text(books: list[tuple[Any, Any]]) -> None:
    for before, after in books:
        for name in before.sheetnames:
            old = [[c.value for c in row] for row in before[name].iter_rows()]
            new = [[c.value for c in row] for row in after[name].iter_rows()]
            assert new == old, name
    by_group = {layout.read_meta(after).group_value: after for _, after in books}
    formula_like = by_group['=HYPERLINK("x")']["Maßnahmen"]["C2"]
    assert formula_like.value == "@Titel" and formula_like.data_type == "s"
    note = by_group["VHS"]["Maßnahmen"]["I2"]
    assert note.value == "=gestartet" and note.data_type == "s"


def test_a_reply_saved_by_libreoffice_imports(tmp_path: Any) -> None:
    root = tmp_path / "concept"
    write_version(
        root,
        "2020",
        konzept(),
        {"a": field("A", [goal("A-Z1")], [measure("A-M1", "laufend", verantwortlich="VHS")])},
    )
    runner = CliRunner()
    out = tmp_path / "out"
    base = ["--root", str(root), "--lang", "de"]
    assert (
        runner.invoke(app, [*base, "export", "--for", "verantwortlich", "-o", str(out)]).exit_code
        == 0
    )
    (reply,) = out.glob("*.xlsx")
    book = openpyxl.load_workbook(reply)
    sheet = book[book.sheetnames[0]]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(2, header.index("Neuer Status") + 1, "umgesetzt")
    sheet.cell(2, header.index("Datum der Änderung") + 1, "01.12.2026")
    sheet.cell(2, header.index("Neues Ende") + 1, "2026-12-01")
    book.save(reply)
    saved = tmp_path / "saved"
    assert SOFFICE is not None
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(saved), str(reply)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = runner.invoke(app, [*base, "import", str(saved / reply.name)])
    assert result.exit_code == 0, result.output
    text = (root / "2020" / "handlungsfelder" / "a.yaml").read_text(encoding="utf-8")
    assert "umgesetzt" in text and "2026-12-01" in text
    check = runner.invoke(app, [*base, "status", "--format", "json"])
    assert '"achieved": 1' in check.stdout
