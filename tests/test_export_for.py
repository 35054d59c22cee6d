"""``export --for``: one feedback workbook per group, read back with openpyxl."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.exchange import layout
from ki_concept.export.file_names import MAX_BYTES, MAX_CHARS, safe_file_name
from ki_concept.models import Measure
from ki_concept.progress import GROUPINGS
from tests.builders import field, goal, konzept, measure, write_version
from tests.conftest import BUNDLED

AS_OF = "2025-01-01"
DEFAULT_IDS = ["idee", "geplant", "laufend", "ruhend", "umgesetzt", "verstetigt", "entfallen"]
HEADERS_DE = [
    "Id",
    "Handlungsfeld",
    "Titel",
    "Ziele",
    "Beginn",
    "Ende",
    "Status",
    "Verlauf: letztes Datum",
    "Verlauf: Notiz",
    "Neuer Status",
    "Datum der Änderung",
    "Notiz",
    "Neues Ende",
    "Kommentar",
]
EDITABLE = {"Neuer Status", "Datum der Änderung", "Notiz", "Neues Ende", "Kommentar"}
# The key in ``status --format json`` measures that each grouping groups by.
MEASURE_KEY = {
    "handlungsfeld": "field",
    "verantwortlich": "responsible",
    "zielgruppe": "target_groups",
    "ziel": "goals",
    "schwerpunkt": "priorities",
    "partner": "partners",
}


def invoke(runner: CliRunner, root: Path, *args: str) -> Any:
    return runner.invoke(app, ["--root", str(root), *args])


def workbooks(folder: Path) -> dict[str, Any]:
    return {p.name: openpyxl.load_workbook(p) for p in sorted(folder.glob("*.xlsx"))}


def measure_ids(book: Any) -> list[str]:
    sheet = book[book.sheetnames[0]]
    return [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]


def status_json(root: Path, by: str, version: str = "2017") -> dict[str, Any]:
    result = CliRunner().invoke(
        app,
        ["--root", str(root), "status", version, "--by", by, "--as-of", AS_OF, "-f", "json"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def values_of(record: dict[str, Any], kind: str) -> list[str]:
    value = record[MEASURE_KEY[kind]]
    if isinstance(value, list):
        return list(dict.fromkeys(value))
    return [value] if value else []


def in_group(record: dict[str, Any], kind: str, key: str | None) -> bool:
    """Whether a measure of ``status --format json`` belongs to the group ``key``."""
    values = values_of(record, kind)
    return key in values if key is not None else not values


@pytest.fixture(scope="module")
def as_of_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("for-as-of")
    folders: dict[str, Path] = {}
    for kind in (*GROUPINGS, "partner"):
        folders[kind] = base / kind
        # A module fixture runs before the per-test reset of the language: name it.
        result = invoke(
            CliRunner(),
            BUNDLED,
            "--lang",
            "de",
            "export",
            "2017",
            "--for",
            kind,
            "--as-of",
            AS_OF,
            "-o",
            str(folders[kind]),
        )
        assert result.exit_code == 0, result.output
    return folders


@pytest.mark.parametrize("kind", [*GROUPINGS, "partner"])
def test_one_workbook_per_group_with_the_measures_status_groups(
    as_of_exports: dict[str, Path], kind: str
) -> None:
    status = status_json(BUNDLED, "handlungsfeld" if kind == "partner" else kind)
    records = status["measures"]
    if kind == "partner":
        keys = sorted({p for r in records for p in r["partners"]}, key=str.casefold)
        expected_keys: list[str | None] = [*keys, None]
    else:
        expected_keys = [g["key"] for g in status["groups"] if g["measures"]]
    expected = {key: [r["id"] for r in records if in_group(r, kind, key)] for key in expected_keys}
    books = workbooks(as_of_exports[kind])
    found = {}
    for name, book in books.items():
        meta = layout.read_meta(book, name)
        assert meta.group_kind == kind
        found[meta.group_value] = measure_ids(book)
        assert [s.id for s in meta.measures] == measure_ids(book)
    assert found == expected
    if kind != "partner":
        counts = {g["key"]: g["measures"] for g in status["groups"] if g["measures"]}
        assert {k: len(v) for k, v in found.items()} == counts


def test_lines_and_summary(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "rueckmeldung"
    result = invoke(
        runner,
        BUNDLED,
        "export",
        "2017",
        "--for",
        "verantwortlich",
        "--as-of",
        AS_OF,
        "-o",
        str(folder),
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-1] == "5 Arbeitsmappen für 5 Verantwortliche, 24 Maßnahmen."
    assert f"{folder / 'Kreis Höxter.xlsx'} (1 Maßnahme)" in lines
    assert f"{folder / 'Kommunales Integrationszentrum Kreis Höxter.xlsx'} (20 Maßnahmen)" in lines
    assert len(lines) == 6 and len(list(folder.iterdir())) == 5
    # No measure of the bundled concept names a Schwerpunkt.
    result = invoke(
        runner, BUNDLED, "export", "2017", "--for", "schwerpunkt", "-o", str(tmp_path / "s")
    )
    assert result.stdout.splitlines() == [
        f"{tmp_path / 's' / 'ohne Angabe.xlsx'} (24 Maßnahmen)",
        "1 Arbeitsmappe für „ohne Angabe“, 24 Maßnahmen.",
    ]


# --- a small concept of our own ------------------------------------------------------


def small_concept(root: Path, measures: list[dict[str, Any]], **konzept_extra: Any) -> Path:
    return write_version(
        root, "2020", konzept(**konzept_extra), {"a": field("A", [goal("A-Z1")], measures)}
    )


def step(status: str, date: str = "2020-01-01") -> dict[str, str]:
    return {"datum": date, "status": status}


def export_for(
    runner: CliRunner, root: Path, folder: Path, kind: str = "verantwortlich", *extra: str
) -> Any:
    return invoke(
        runner, root, "export", "--for", kind, "--as-of", AS_OF, "-o", str(folder), *extra
    )


@pytest.fixture(scope="module")
def centre(as_of_exports: dict[str, Path]) -> Any:
    """The workbook of the Kommunales Integrationszentrum (20 measures)."""
    path = as_of_exports["verantwortlich"] / "Kommunales Integrationszentrum Kreis Höxter.xlsx"
    return openpyxl.load_workbook(path)


def test_the_measure_sheet_shows_the_status_of_the_as_of_date(centre: Any) -> None:
    assert centre.sheetnames == ["Maßnahmen", "Anleitung", "_ki_concept"]
    sheet = centre["Maßnahmen"]
    assert [c.value for c in sheet[1]] == HEADERS_DE
    records = {r["id"]: r for r in status_json(BUNDLED, "verantwortlich")["measures"]}
    titles = {"laufend": "laufend", "umgesetzt": "umgesetzt", None: "unbekannt"}
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 20
    for row in rows:
        record = records[row[0]]
        step = record["last_step"]
        assert row[2] == record["title"]
        assert [line.split(" ")[0] for line in (row[3] or "").splitlines()] == record["goals"]
        assert (row[4].date().isoformat() if row[4] else None) == record["start"]
        assert (row[5].date().isoformat() if row[5] else None) == record["end"]
        if record["status"] in titles:
            assert row[6] == titles[record["status"]]
        assert (row[7].date().isoformat() if row[7] else None) == (step and step["date"])
        assert (row[8] or None) == (step and step["note"])
        assert row[9:] == (None,) * 5


def test_fill_in_columns_are_open_and_marked_the_rest_protected(
    centre: Any,
) -> None:
    sheet = centre["Maßnahmen"]
    assert sheet.protection.sheet and not sheet.protection.password
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == "A1:N21"
    for header in sheet[1]:
        assert header.font.bold
        editable = header.value in EDITABLE
        for cell in (header, sheet.cell(2, header.column), sheet.cell(21, header.column)):
            assert (cell.fill.fgColor.rgb == "00FFF2CC") == editable, cell.coordinate
        for cell in (sheet.cell(2, header.column), sheet.cell(21, header.column)):
            assert cell.protection.locked is not editable, cell.coordinate
        assert sheet.column_dimensions[header.column_letter].width >= 10
    for name in ("Anleitung", "_ki_concept"):
        assert centre[name].protection.sheet
        assert all(c.protection.locked for row in centre[name].iter_rows() for c in row)


def drop_down(book: Any) -> tuple[list[str], str]:
    """The values the status drop-down offers, and the cells it is on."""
    sheet = book[book.sheetnames[0]]
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert len(lists) == 1
    source = lists[0].formula1.lstrip("=")
    sheet_name, cells = source.rsplit("!", 1)
    assert sheet_name.strip("'") == book.sheetnames[1]
    values = [c.value for row in book[sheet_name.strip("'")][cells.replace("$", "")] for c in row]
    return values, str(lists[0].sqref)


def test_the_drop_down_lists_the_status_words(centre: Any) -> None:
    assert drop_down(centre) == (DEFAULT_IDS, "J2:J21")
    sheet = centre["Maßnahmen"]
    dates = {str(v.sqref) for v in sheet.data_validations.dataValidation if v.type == "date"}
    assert dates == {"K2:K21", "M2:M21"}
    guide = [row for row in centre["Anleitung"].iter_rows(values_only=True)]
    kinds = {row[0]: row[2] for row in guide if row[0] in DEFAULT_IDS}
    assert kinds["laufend"].startswith("offen")
    assert kinds["verstetigt"].startswith("erreicht")
    assert kinds["entfallen"].startswith("entfallen")
    text = " ".join(str(v) for row in guide for v in row if v)
    assert "an das Kommunale Integrationszentrum zurück" in text


def test_the_drop_down_offers_a_kreis_own_status_words(runner: CliRunner, tmp_path: Path) -> None:
    own: list[dict[str, Any]] = [
        {"id": "offen", "titel": "Offen"},
        {"id": "in Arbeit, verzögert", "titel": "In Arbeit (verzögert)", "ueberfaellig": False},
        {"id": "fertig", "titel": "Fertig", "abgeschlossen": True},
        {"id": "gestrichen", "titel": "Gestrichen", "entfallen": True},
    ]
    small_concept(
        tmp_path / "c",
        [measure("A-M1", "offen", verantwortlich="VHS", verlauf=[step("offen")])],
        statuswerte=own,
    )
    result = export_for(runner, tmp_path / "c", tmp_path / "out")
    assert result.exit_code == 0, result.output
    book = workbooks(tmp_path / "out")["VHS.xlsx"]
    assert drop_down(book) == ([str(w["id"]) for w in own], "J2")
    kinds = {row[0]: row[2] for row in book["Anleitung"].iter_rows(values_only=True)}
    assert kinds["in Arbeit, verzögert"].startswith("offen")
    assert kinds["fertig"].startswith("erreicht")
    assert kinds["gestrichen"].startswith("entfallen")
    assert book["Maßnahmen"]["G2"].value == "Offen"


def yaml_measures(folder: Path) -> dict[str, tuple[str, Measure]]:
    from ki_concept.reading.loader import load_version

    version = load_version(folder).version
    assert version is not None
    return {m.id: (f"handlungsfelder/{f.file.name}", m) for f, _, m in version.measures()}


def test_the_hidden_sheet_reads_back(as_of_exports: dict[str, Path]) -> None:
    from_yaml = yaml_measures(BUNDLED / "2017")
    seen = []
    for name, book in workbooks(as_of_exports["verantwortlich"]).items():
        assert book["_ki_concept"].sheet_state == "hidden"
        meta = layout.read_meta(book, name)
        assert meta.concept_title == "Integrationskonzept des Kreises Höxter – Fortschreibung 2017"
        assert (meta.version_folder, meta.concept_version) == ("2017", "2017")
        assert meta.as_of.isoformat() == AS_OF and meta.language == "de"
        assert meta.group_kind == "verantwortlich" and meta.group_value == name[: -len(".xlsx")]
        assert meta.group_label == meta.group_value
        assert meta.columns == tuple(c.key for c in layout.COLUMNS)
        assert meta.format_version == layout.FORMAT_VERSION
        for stamp in meta.measures:
            file, yaml_measure = from_yaml[stamp.id]
            assert (BUNDLED / "2017" / stamp.file).is_file() and stamp.file == file
            assert stamp.fingerprint == layout.fingerprint(yaml_measure)
            assert len(stamp.fingerprint) == 64
            seen.append(stamp.id)
    assert sorted(seen) == sorted(from_yaml)


def test_a_change_to_the_yaml_after_the_export_shows_in_the_fingerprint(
    runner: CliRunner, concept_copy: Path, tmp_path: Path
) -> None:
    def stamps(folder: Path) -> dict[str, str]:
        result = export_for(runner, concept_copy, folder)
        assert result.exit_code == 0, result.output
        return {
            s.id: s.fingerprint
            for book in workbooks(folder).values()
            for s in layout.read_meta(book).measures
        }

    before = stamps(tmp_path / "before")
    edit = invoke(
        runner, concept_copy, "set-status", "BILDUNG-M4", "ruhend", "--date", "2024-06-01"
    )
    assert edit.exit_code == 0, edit.output
    after = stamps(tmp_path / "after")
    assert {k for k in before if before[k] != after[k]} == {"BILDUNG-M4"}


def test_measures_without_a_value_go_to_one_workbook(runner: CliRunner, tmp_path: Path) -> None:
    small_concept(
        tmp_path / "c",
        [
            measure("A-M1", verantwortlich="VHS", partner=["Jobcenter", "Stadt Brakel"]),
            measure("A-M2"),
            measure("A-M3", verantwortlich="VHS"),
            measure("A-M4", partner=["Jobcenter"]),
        ],
    )
    result = export_for(runner, tmp_path / "c", tmp_path / "v")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "2 Arbeitsmappen für 1 Verantwortliche und „ohne Angabe“, 4 Maßnahmen."
    )
    books = workbooks(tmp_path / "v")
    assert {n: measure_ids(b) for n, b in books.items()} == {
        "VHS.xlsx": ["A-M1", "A-M3"],
        "ohne Angabe.xlsx": ["A-M2", "A-M4"],
    }
    meta = layout.read_meta(books["ohne Angabe.xlsx"])
    assert meta.group_value is None and meta.group_label == "ohne Angabe"

    result = export_for(runner, tmp_path / "c", tmp_path / "p", "partner")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "3 Arbeitsmappen für 2 Partner und „ohne Angabe“, 4 Maßnahmen."
    )
    assert {n: measure_ids(b) for n, b in workbooks(tmp_path / "p").items()} == {
        "Jobcenter.xlsx": ["A-M1", "A-M4"],
        "Stadt Brakel.xlsx": ["A-M1"],
        "ohne Angabe.xlsx": ["A-M2", "A-M3"],
    }


HOSTILE = [
    "../../etc/passwd",
    "..",
    ".versteckt",
    "CON",
    "nul.txt",
    'Stadt: "Brakel" <Mitte> | *?',
    "C:\\Windows\\system32",
    "Zeile\neins\tzwei\r",
    "Gegen\u202erichtung\u200b",
    "- Liste",
    "Ende. ",
    "x" * 300,
    "ä" * 150,
    "Arbeit",
    "arbeit",
    "A\u0308rger",
    "\u00c4rger",
]


def safe(name: str) -> bool:
    stem = name[: -len(".xlsx")]
    return (
        name.endswith(".xlsx")
        and not set(name) & set('/\\:*?"<>|')
        and not any(unicodedata.category(ch).startswith("C") for ch in name)
        and not name.startswith((".", " ", "-"))
        and not stem.endswith((".", " "))
        and stem.split(".")[0].upper() not in {"CON", "NUL", "PRN", "AUX"}
        and len(stem) <= MAX_CHARS
        and len(name.encode("utf-8")) <= MAX_BYTES
    )


def test_hostile_group_names_become_safe_file_names(runner: CliRunner, tmp_path: Path) -> None:
    measures = [measure(f"A-M{i}", verantwortlich=name) for i, name in enumerate(HOSTILE, 1)]
    small_concept(tmp_path / "c", measures)
    folder = tmp_path / "deep" / "out"
    result = export_for(runner, tmp_path / "c", folder)
    assert result.exit_code == 0, result.output
    # Nothing outside the folder, every name safe, no two alike where case does not count.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "deep"]
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["out"]
    names = sorted(p.name for p in folder.iterdir())
    assert all(safe(n) for n in names), [n for n in names if not safe(n)]
    folded = {unicodedata.normalize("NFC", n).casefold() for n in names}
    assert len(folded) == len(names) == len(HOSTILE)
    # Each workbook still says which group it is for.
    # (XML reads a carriage return back as a line feed.)
    values = {layout.read_meta(b).group_value for b in workbooks(folder).values()}
    assert values == {name.replace("\r", "\n") for name in HOSTILE}


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        ("Jobcenter Höxter", [], "Jobcenter Höxter.xlsx"),
        ("VHS/Stadt: Brakel?", [], "VHS-Stadt- Brakel-.xlsx"),
        ("../geheim", [], "geheim.xlsx"),
        ("...", [], "ohne Namen.xlsx"),
        ("CON", [], "_CON.xlsx"),
        ("com1.log", [], "_com1.log.xlsx"),
        ("Konsum", [], "Konsum.xlsx"),
        ("Arbeit", ["arbeit.xlsx"], "Arbeit (2).xlsx"),
        ("Arbeit", ["Arbeit.xlsx", "Arbeit (2).xlsx"], "Arbeit (3).xlsx"),
        ("Ärger", ["A\u0308rger.xlsx"], "Ärger (2).xlsx"),
        ("a\u202eb\u200bc\x07d", [], "abcd.xlsx"),
        ("x" * 100, [], "x" * 79 + "….xlsx"),
        ("x" * 100, ["x" * 79 + "….xlsx"], "x" * 75 + "… (2).xlsx"),
    ],
)
def test_safe_file_names(text: str, taken: list[str], expected: str) -> None:
    assert safe_file_name(text, taken, suffix=".xlsx", fallback="ohne Namen") == expected


def test_safe_file_names_stay_within_the_byte_limit() -> None:
    name = safe_file_name("😀" * 100, [], suffix=".xlsx", fallback="-")
    assert len(name.encode("utf-8")) <= MAX_BYTES and name.endswith("….xlsx")


def test_text_that_looks_like_a_formula_stays_text(runner: CliRunner, tmp_path: Path) -> None:
    small_concept(
        tmp_path / "c",
        [measure("A-M1", titel="=1+1", verantwortlich='=HYPERLINK("http://x")')],
        titel="@SUMME(1)",
    )
    result = export_for(runner, tmp_path / "c", tmp_path / "out")
    assert result.exit_code == 0, result.output
    [(name, book)] = workbooks(tmp_path / "out").items()
    assert name == "=HYPERLINK(-http---x-).xlsx"
    title = book["Maßnahmen"]["C2"]
    assert title.value == "=1+1" and title.data_type == "s"
    meta_cells = {row[0].value: row[1] for row in book["_ki_concept"].iter_rows()}
    assert meta_cells["group_value"].value == '=HYPERLINK("http://x")'
    assert meta_cells["concept_title"].value == "@SUMME(1)"
    assert all(c.data_type == "s" for c in meta_cells.values())
    guide = [c for row in book["Anleitung"].iter_rows() for c in row if c.value]
    assert all(c.data_type == "s" for c in guide)


# --- wrong calls and refused writes --------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--for", "verantwortlich"], "-o einen Ordner"),
        (["--for", "verantwortlich", "-o", "-"], "-o einen Ordner"),
        (["--for", "bezirk", "-o", "x"], "--for"),
        (["--for", "verantwortlich", "--format", "csv", "-o", "x"], "--format csv"),
        (["--for", "verantwortlich", "-o", "stand.xlsx"], "Dateinamen"),
    ],
)
def test_wrong_calls_exit_2(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, BUNDLED, "export", "2017", *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_file_is_no_folder(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "rueckmeldung"
    target.write_bytes(b"keep")
    result = export_for(runner, BUNDLED, target)
    assert result.exit_code == 2
    assert "ist eine Datei" in result.stderr and target.read_bytes() == b"keep"


def test_existing_workbooks_are_replaced_only_with_force(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    reply = folder / "Kreis Höxter.xlsx"
    reply.write_bytes(b"filled in")
    other = folder / "notizen.txt"
    other.write_bytes(b"mine")
    result = export_for(runner, BUNDLED, folder)
    assert result.exit_code == 1
    assert "Kreis Höxter.xlsx" in result.stderr and "--force" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["Kreis Höxter.xlsx", "notizen.txt"]
    assert reply.read_bytes() == b"filled in"

    result = export_for(runner, BUNDLED, folder, "verantwortlich", "--force")
    assert result.exit_code == 0, result.output
    assert len(list(folder.glob("*.xlsx"))) == 5 and other.read_bytes() == b"mine"
    assert layout.read_meta(openpyxl.load_workbook(reply)).group_value == "Kreis Höxter"
    assert not list(folder.glob(".*"))  # no temporary files left


def test_a_link_in_the_folder_is_not_written_through(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere.xlsx"
    elsewhere.write_bytes(b"keep")
    (folder / "Kreis Höxter.xlsx").symlink_to(elsewhere)
    result = export_for(runner, BUNDLED, folder, "verantwortlich", "--force")
    assert result.exit_code == 1 and "Link" in result.stderr
    assert elsewhere.read_bytes() == b"keep"
    assert [p.name for p in folder.iterdir()] == ["Kreis Höxter.xlsx"]


def test_an_invalid_concept_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    small_concept(tmp_path / "c", [measure("A-M1", "kaputt", verantwortlich="VHS")])
    result = export_for(runner, tmp_path / "c", tmp_path / "out")
    assert result.exit_code == 1
    assert not (tmp_path / "out").exists()


# --- English ---------------------------------------------------------------------------


def test_in_english(runner: CliRunner, tmp_path: Path) -> None:
    small_concept(
        tmp_path / "c",
        [measure("A-M1", verantwortlich="VHS", verlauf=[step("laufend")]), measure("A-M2")],
    )
    result = export_for(runner, tmp_path / "c", tmp_path / "out", "verantwortlich", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "2 workbooks for 1 responsible body and 'not specified', 2 measures."
    )
    books = workbooks(tmp_path / "out")
    assert sorted(books) == ["VHS.xlsx", "not specified.xlsx"]
    book = books["VHS.xlsx"]
    assert book.sheetnames == ["Measures", "Instructions", "_ki_concept"]
    headers = [c.value for c in book["Measures"][1]]
    assert headers == [c.header("en") for c in layout.COLUMNS]
    assert headers[9:] == ["New status", "Date of change", "Note", "New end", "Comment"]
    assert drop_down(book)[0] == DEFAULT_IDS
    text = " ".join(
        str(v) for row in book["Instructions"].iter_rows(values_only=True) for v in row if v
    )
    assert "Send the completed file back to the Kommunales Integrationszentrum" in text
    assert "achieved: finished" in text and "laufend" in text
    assert book["Measures"]["G2"].value == "running"
    assert layout.read_meta(book).language == "en"
    assert book["Measures"]["E2"].number_format == "YYYY-MM-DD"
