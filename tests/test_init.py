"""``init``: the skeleton, the template table and a concept from a table, through the CLI on
real files; every result is checked with ``validate`` and read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pydantic import BaseModel
from typer.testing import CliRunner, Result

from ki_concept.cli import app
from ki_concept.models import (
    Goal,
    Handlungsfeld,
    HistoryEntry,
    Indicator,
    Konzept,
    Measure,
    Measurement,
    Period,
    Priority,
    StatusValue,
    yaml_keys,
)
from ki_concept.reading.source import Limits, parse_text
from tests.edit_support import snapshot

HEADER = [
    "Ebene",
    "Id",
    "Titel",
    "Handlungsfeld-Id",
    "Zielebene",
    "Status",
    "Ziel-Ids",
    "Verantwortlich",
    "Partner",
    "Zielgruppen",
    "Beginn",
    "Ende",
    "Daueraufgabe",
    "Beschreibung",
    "Ressourcen",
    "Quellen",
    "Beispiel",
]
STATUS_WORDS = "idee, geplant, laufend, ruhend, umgesetzt, verstetigt, entfallen"
GOAL_LEVELS = "leitziel, mittlerziel, handlungsziel, detailziel"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch folder that is also the working directory, so messages name short paths."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


TODAY = dt.date.today().isoformat()


def ki(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(app, list(args))


def validate(runner: CliRunner, root: Path, *extra: str) -> Result:
    return ki(runner, "--root", str(root), "validate", *extra)


def read_yaml(path: Path) -> Any:
    parsed = parse_text(path, path.read_text(encoding="utf-8"), Limits())
    assert parsed.document is not None and not parsed.diagnostics
    return parsed.document.data


def template(runner: CliRunner, name: str = "vorlage.xlsx") -> Path:
    result = ki(runner, "init", "--template", "-o", name)
    assert result.exit_code == 0, result.output
    return Path(name)


def edited(path: Path, cells: dict[str, Any], name: str = "tabelle.xlsx") -> Path:
    """A copy of the workbook ``path`` with ``cells`` of the sheet Konzept set."""
    book = openpyxl.load_workbook(path)
    sheet = book["Konzept"]
    for ref, value in cells.items():
        sheet[ref] = value
    out = path.with_name(name)
    book.save(out)
    return out


def with_cached_value(path: Path, ref: str, value: str) -> None:
    """Store ``value`` as the result of the formula in ``ref``, as Excel does when it saves.

    openpyxl writes formulas without a result; the test writes the result into the sheet's
    XML the way Excel and LibreOffice store it.
    """
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>')
    assert pattern.search(sheet), sheet[:2000]
    sheet = pattern.sub(
        lambda m: f'<c r="{ref}"{m.group(1)} t="str"><f>{m.group(2)}</f><v>{value}</v>', sheet
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def nothing_written(here: Path, *kept: str) -> None:
    """Only the given files are in the folder: no concept, no scratch folder."""
    assert sorted(p.name for p in here.iterdir()) == sorted(kept)


# --- the skeleton --------------------------------------------------------------------------


def test_the_skeleton_validates_without_a_single_warning(runner: CliRunner, here: Path) -> None:
    result = ki(runner, "init", "konzept")
    assert result.exit_code == 0, result.output
    year = str(dt.date.today().year)
    assert result.stdout == (
        f"Neues Konzept angelegt: konzept/{year} (Gerüst mit einem Handlungsfeld, einem Ziel "
        "und einer Maßnahme als Beispiel).\nPrüfen: ki-concept --root konzept validate\n"
    )
    assert sorted(snapshot(here / "konzept")) == [
        f"{year}/handlungsfelder/bildung.yaml",
        f"{year}/konzept.yaml",
    ]
    check = validate(runner, here / "konzept")
    assert (check.exit_code, check.stdout) == (0, f"Keine Probleme in 2 Dateien ({year}).\n")
    konzept = read_yaml(here / "konzept" / year / "konzept.yaml")
    assert konzept["titel"] == "Integrationskonzept"
    assert konzept["version"] == year
    field = read_yaml(here / "konzept" / year / "handlungsfelder" / "bildung.yaml")
    assert [len(field["ziele"]), len(field["massnahmen"])] == [1, 1]
    assert field["massnahmen"][0]["ziele"] == [field["ziele"][0]["id"]]
    # The example's history starts today, with the status the measure has.
    assert field["massnahmen"][0]["verlauf"] == [
        {
            "datum": dt.date.today().isoformat(),
            "status": "geplant",
            "notiz": "In das Konzept aufgenommen (Beispiel)",
        }
    ]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_skeleton_explains_every_key_of_the_format(
    runner: CliRunner, here: Path, lang: str
) -> None:
    result = ki(runner, "--lang", lang, "init", "k", "--version", "v1")
    assert result.exit_code == 0, result.output
    assert validate(runner, here / "k").exit_code == 0
    konzept_text = (here / "k" / "v1" / "konzept.yaml").read_text(encoding="utf-8")
    (field_file,) = (here / "k" / "v1" / "handlungsfelder").iterdir()
    field_text = field_file.read_text(encoding="utf-8")

    def written(text: str, key: str) -> bool:
        # As a key of its own, or in a commented example.
        return re.search(rf"(^[ #-]*|[{{,] ?){key}:", text, re.MULTILINE) is not None

    in_konzept: list[type[BaseModel]] = [Konzept, Priority, Period, StatusValue]
    in_field: list[type[BaseModel]] = [Handlungsfeld, Goal, Indicator, Measurement]
    in_field += [Measure, HistoryEntry]
    for model in in_konzept:
        assert [k for k in yaml_keys(model) if not written(konzept_text, k)] == [], model
    for model in in_field:
        assert [k for k in yaml_keys(model) if not written(field_text, k)] == [], model
    # Every key actually set at the top of a file has a comment right above it.
    for text in (konzept_text, field_text):
        lines = text.splitlines()
        for index, line in enumerate(lines):
            if re.match(r"[a-z_]+:", line):
                assert lines[index - 1].startswith("#"), line


def test_title_and_version_are_written_as_given(runner: CliRunner, here: Path) -> None:
    title = 'Kreis "Nord": Integration #1 – 2025'
    result = ki(runner, "init", "neu", "--titel", title, "--version", "2025-entwurf")
    assert result.exit_code == 0, result.output
    assert validate(runner, here / "neu").exit_code == 0
    data = read_yaml(here / "neu" / "2025-entwurf" / "konzept.yaml")
    assert (data["titel"], data["version"]) == (title, "2025-entwurf")
    text = (here / "neu" / "2025-entwurf" / "konzept.yaml").read_text(encoding="utf-8")
    assert 'version: "2025-entwurf"\n' in text


def test_an_existing_empty_folder_is_used(runner: CliRunner, here: Path) -> None:
    (here / "leer").mkdir()
    result = ki(runner, "init", "leer", "--version", "2030")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (here / "leer").iterdir()) == ["2030"]
    assert validate(runner, here / "leer").exit_code == 0


# --- refusals: exit 2, nothing written -------------------------------------------------------


def test_a_folder_with_files_is_refused_and_left_alone(runner: CliRunner, here: Path) -> None:
    folder = here / "konzept"
    folder.mkdir()
    (folder / "notizen.txt").write_text("meine Notizen\n")
    (folder / ".versteckt").write_text("x")
    before = snapshot(here)
    result = ki(runner, "init", "konzept")
    assert result.exit_code == 2
    assert result.stderr == (
        "Fehler: konzept enthält schon Dateien (.versteckt, notizen.txt); init schreibt nur in "
        "einen neuen oder leeren Ordner, nichts wurde geschrieben. Eine weitere Version eines "
        "bestehenden Konzepts entsteht mit ki-concept new-version.\n"
    )
    assert snapshot(here) == before
    assert sorted(p.name for p in folder.iterdir()) == [".versteckt", "notizen.txt"]


def test_the_bundled_concept_is_refused(runner: CliRunner, concept_copy: Path) -> None:
    before = snapshot(concept_copy)
    result = ki(runner, "init", str(concept_copy), "--from", "x.csv")
    assert result.exit_code == 2
    assert "enthält schon Dateien (2013, 2017)" in result.stderr
    assert snapshot(concept_copy) == before


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (
            "file",
            ["init", "ziel"],
            "Fehler: ziel ist eine Datei, kein Ordner; nichts wurde geschrieben. Einen neuen "
            "Ordnernamen angeben.\n",
        ),
        (
            "link",
            ["init", "verweis"],
            "Fehler: verweis ist ein symbolischer Link; das neue Konzept entsteht nur in einem "
            "echten Ordner. Den Pfad des Ordners selbst angeben.\n",
        ),
        (
            None,
            ["init", "fehlt/konzept"],
            "Fehler: Den Ordner fehlt für fehlt/konzept gibt es nicht; erst anlegen (mkdir -p) "
            "oder einen anderen Ort angeben.\n",
        ),
        (
            None,
            ["init", "k", "--version", "../2025"],
            "Fehler: '../2025' taugt nicht als Versionsname: ein einfacher Ordnername aus "
            "höchstens 64 Buchstaben, Ziffern, '-', '_' und '.', beginnend mit Buchstabe oder "
            "Ziffer, z. B. 2018 oder 2024-entwurf.\n",
        ),
        (
            None,
            ["init", "k", "--titel", "  "],
            "Fehler: --titel ist leer; den Titel des Konzepts angeben.\n",
        ),
        (
            None,
            ["init", "k", "--titel", "A\x1b[31mB"],
            "Fehler: --titel enthält das Steuerzeichen U+001B; es ist in einem Konzept nicht "
            "erlaubt.\n",
        ),
        (
            None,
            ["init"],
            "Fehler: Es fehlt der ORDNER für das neue Konzept, z. B. ki-concept init konzept; "
            "oder --template -o vorlage.xlsx für die Tabellenvorlage.\n",
        ),
        (
            None,
            ["init", "k", "-o", "x.xlsx"],
            "Fehler: -o gehört zu --template (die Vorlage); ein neues Konzept entsteht im "
            "ORDNER: ki-concept init ORDNER.\n",
        ),
        (
            None,
            ["init", "k", "--template", "-o", "x.xlsx"],
            "Fehler: --template schreibt nur die Vorlage; ORDNER passt nicht dazu. Erst die "
            "Vorlage schreiben, ausfüllen, dann mit ki-concept init ORDNER --from DATEI "
            "einlesen.\n",
        ),
        (
            None,
            ["init", "--template"],
            "Fehler: --template braucht eine Datei: -o vorlage.xlsx (oder -o vorlage.csv).\n",
        ),
        (
            None,
            ["init", "--template", "-o", "vorlage.ods"],
            "Fehler: -o vorlage.ods: die Vorlage ist eine Excel- oder CSV-Datei; der Dateiname "
            "endet auf .xlsx, .csv.\n",
        ),
        (
            None,
            ["init", "k", "--from", "fehlt.xlsx"],
            "Fehler: --from fehlt.xlsx: die Datei gibt es nicht.\n",
        ),
        (
            "file",
            ["init", "k", "--from", "ziel"],
            "Fehler: --from ziel: an der Endung '–' ist keine Tabelle zu erkennen; möglich sind "
            ".xlsx und .csv.\n",
        ),
        (
            None,
            ["init", "k", "--from", "alt.xls"],
            "Fehler: --from alt.xls: '.xls' wird nicht gelesen; die Tabelle in Excel oder "
            "LibreOffice als .xlsx (Excel-Arbeitsmappe) oder .csv speichern.\n",
        ),
    ],
)
def test_wrong_calls_exit_2_and_write_nothing(
    runner: CliRunner, here: Path, setup: str | None, args: list[str], message: str
) -> None:
    if setup == "file":
        (here / "ziel").write_text("x")
    if setup == "link":
        (here / "echt").mkdir()
        (here / "verweis").symlink_to(here / "echt")
    before = sorted(p.name for p in here.iterdir())
    result = ki(runner, *args)
    assert (result.exit_code, result.stderr) == (2, message)
    assert sorted(p.name for p in here.iterdir()) == before
    if setup == "link":
        assert list((here / "echt").iterdir()) == []


def test_a_folder_among_the_versions_of_a_concept_is_refused(
    runner: CliRunner, concept_copy: Path
) -> None:
    before = snapshot(concept_copy)
    result = ki(runner, "init", str(concept_copy / "2030"))
    assert result.exit_code == 2
    assert "läge in einem Konzept-Ordner" in result.stderr
    assert "mit 2013, 2017); eine neue Version dort entsteht mit ki-concept new-version" in (
        result.stderr
    )
    assert snapshot(concept_copy) == before


@pytest.mark.parametrize("existing", [False, True])
def test_new_files_that_would_not_validate_are_not_written(
    runner: CliRunner, here: Path, existing: bool
) -> None:
    template(runner, "vorlage.csv")
    if existing:
        (here / "k").mkdir()
    result = ki(runner, "--max-bytes", "1k", "init", "k", "--from", "vorlage.csv", "--version", "1")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Fehler: Nicht angelegt: k/1 hätte diese Fehler; nichts wurde geschrieben."
    assert lines[1].startswith("k/1/handlungsfelder/bildung.yaml:1:1: [Fehler] Datei ist ")
    assert lines[1].endswith("(KI002)")
    # No half concept, no scratch folder: an existing empty folder stays empty.
    if existing:
        nothing_written(here, "vorlage.csv", "k")
        assert list((here / "k").iterdir()) == []
    else:
        nothing_written(here, "vorlage.csv")


def test_the_template_never_overwrites_a_file(runner: CliRunner, here: Path) -> None:
    (here / "vorlage.xlsx").write_bytes(b"schon ausgefuellt")
    result = ki(runner, "init", "--template", "-o", "vorlage.xlsx")
    assert result.exit_code == 2
    assert result.stderr.startswith("Fehler: vorlage.xlsx gibt es schon; die Vorlage überschreibt")
    assert (here / "vorlage.xlsx").read_bytes() == b"schon ausgefuellt"


def test_a_file_that_is_no_workbook_is_a_wrong_call(runner: CliRunner, here: Path) -> None:
    (here / "kaputt.xlsx").write_bytes(b"Ebene;Titel\n")
    result = ki(runner, "init", "k", "--from", "kaputt.xlsx")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "Fehler: --from kaputt.xlsx lässt sich nicht als Excel-Arbeitsmappe lesen ("
    )
    nothing_written(here, "kaputt.xlsx")


# --- the template ----------------------------------------------------------------------------


def test_the_template_workbook(runner: CliRunner, here: Path) -> None:
    result = ki(runner, "init", "--template", "-o", "vorlage.xlsx")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Vorlage geschrieben: vorlage.xlsx (Blatt Konzept zum Ausfüllen, Blatt Erläuterung). "
        "Danach: ki-concept init ORDNER --from vorlage.xlsx\n"
    )
    book = openpyxl.load_workbook(here / "vorlage.xlsx")
    assert book.sheetnames == ["Konzept", "Erläuterung"]
    sheet = book["Konzept"]
    assert [c.value for c in sheet[1]] == HEADER
    assert all(c.comment is not None and c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "D2"
    levels = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert levels == [
        "Konzept",
        *["Handlungsfeld", "Ziel", "Ziel", "Maßnahme", "Maßnahme"],
        *["Handlungsfeld", "Ziel", "Maßnahme"],
    ]
    picks = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert picks["A2:A1001"] == '"Konzept,Handlungsfeld,Ziel,Maßnahme"'
    assert picks["E2:E1001"] == f'"{GOAL_LEVELS.replace(", ", ",")}"'
    assert picks["F2:F1001"] == f'"{STATUS_WORDS.replace(", ", ",")}"'
    assert isinstance(sheet["K6"].value, dt.datetime)
    assert sheet["K6"].number_format == "DD.MM.YYYY"
    explanation = [
        row[0] for row in book["Erläuterung"].iter_rows(values_only=True) if row and row[0]
    ]
    assert explanation[0] == "So füllen Sie die Tabelle aus"
    # Every column and every status word is explained.
    assert set(HEADER) <= set(explanation)
    assert set(STATUS_WORDS.split(", ")) <= set(explanation)


def test_the_template_as_it_is_makes_a_valid_concept(runner: CliRunner, here: Path) -> None:
    template(runner)
    result = ki(runner, "init", "konzept", "--from", "vorlage.xlsx", "--version", "2024")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Neues Konzept angelegt: konzept/2024 (aus vorlage.xlsx: 2 Handlungsfelder, 3 Ziele, "
        "3 Maßnahmen; 5 Ids vergeben).\nPrüfen: ki-concept --root konzept validate\n"
    )
    check = validate(runner, here / "konzept")
    assert (check.exit_code, check.stdout) == (0, "Keine Probleme in 3 Dateien (2024).\n")
    # Hand-written style: block lists of names, id lists in brackets, schema order.
    assert (here / "konzept" / "2024" / "handlungsfelder" / "bildung.yaml").read_text(
        encoding="utf-8"
    ) == (
        "# Handlungsfeld „Bildung und Erziehung“, angelegt mit `ki-concept init` aus "
        "vorlage.xlsx.\n"
        "id: BILDUNG\n"
        "titel: Bildung und Erziehung\n"
        "beschreibung: Sprachförderung und Bildungsberatung von der Kita bis zum Berufskolleg.\n"
        "beispiel: true\n"
        "\n"
        "ziele:\n"
        "  - id: BILDUNG-Z1\n"
        "    titel: Kinder mit Einwanderungsgeschichte haben gleiche Bildungschancen.\n"
        "    ebene: leitziel\n"
        "    beispiel: true\n"
        "  - id: BILDUNG-Z2\n"
        "    titel: Mehr Plätze in Sprachfördergruppen in Kitas.\n"
        "    ebene: handlungsziel\n"
        "    beispiel: true\n"
        "\n"
        "massnahmen:\n"
        "  - id: BILDUNG-M1\n"
        "    titel: Sprachfördergruppen in Kitas\n"
        "    beschreibung: Zusätzliche Gruppen mit geschulten Fachkräften.\n"
        "    ziele: [BILDUNG-Z1, BILDUNG-Z2]\n"
        "    status: laufend\n"
        "    verantwortlich: Kommunales Integrationszentrum\n"
        "    partner:\n"
        "      - Jugendamt\n"
        "      - Kita-Träger\n"
        "    zielgruppen:\n"
        "      - Kinder von 3 bis 6 Jahren\n"
        "    beginn: 2024-02-01\n"
        "    quellen: [Q1]\n"
        "    beispiel: true\n"
        "    ressourcen: 2 Fachkräfte, 40.000 € pro Jahr\n"
        # The table's status holds on the day of init: so the history says.
        f"    verlauf:\n      - datum: {TODAY}\n        status: laufend\n"
        "\n"
        "  - id: BILDUNG-M2\n"
        "    titel: Elterncafés an Grundschulen\n"
        "    ziele: [BILDUNG-Z2]\n"
        "    status: geplant\n"
        "    verantwortlich: Kommunales Integrationszentrum\n"
        "    beispiel: true\n"
        f"    verlauf:\n      - datum: {TODAY}\n        status: geplant\n"
    )
    assert (here / "konzept" / "2024" / "konzept.yaml").read_text(encoding="utf-8") == (
        "# Integrationskonzept, angelegt mit `ki-concept init` aus vorlage.xlsx.\n"
        "titel: Integrationskonzept des Musterkreises (Beispiel)\n"
        'version: "2024"\n'
        "beschreibung: Ziele und Maßnahmen für die Integration im Kreis (Beispiel).\n"
        "zielgruppen:\n"
        "  - Menschen mit Einwanderungsgeschichte\n"
        "  - Geflüchtete\n"
        "quellen:\n"
        "  Q1: https://www.example.org/integrationskonzept.pdf\n"
        "quellen_konzept: [Q1]\n"
    )


def test_the_english_template_reads_back_in_german(runner: CliRunner, here: Path) -> None:
    result = ki(runner, "--lang", "en", "init", "--template", "-o", "template.xlsx")
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(here / "template.xlsx")
    assert book.sheetnames == ["Concept", "Explanation"]
    assert book["Concept"]["A1"].value == "Level"
    made = ki(runner, "init", "k", "--from", "template.xlsx", "--version", "1")
    assert made.exit_code == 0, made.output
    assert validate(runner, here / "k").exit_code == 0
    fields = sorted(p.name for p in (here / "k" / "1" / "handlungsfelder").iterdir())
    assert fields == ["education.yaml", "work.yaml"]


def _filled(runner: CliRunner) -> Path:
    """The template with the examples replaced by a Kreis's own rows, as a person fills it."""
    book = openpyxl.load_workbook(template(runner))
    sheet = book["Konzept"]
    sheet.delete_rows(2, sheet.max_row)
    rows: list[dict[str, Any]] = [
        {
            "A": "Konzept",
            "C": "Integrationskonzept der Stadt Beispielhausen",
            "P": "https://a.example/k.pdf",
        },
        {"A": "Handlungsfeld", "B": "SPRACHE", "C": "Sprache und Bildung"},
        {"A": "Ziel", "C": "Alle Kinder sprechen bei Schulbeginn Deutsch.", "E": "Leitziel"},
        {
            "A": "Maßnahme",
            "C": "Sprachkurse für Eltern",
            "F": "laufend",
            "G": "SPRACHE-Z1",
            "H": "Volkshochschule",
            "I": "Volkshochschule; Familienzentren\nMoscheegemeinde",
            "J": "Eltern",
            "K": dt.datetime(2023, 9, 1),
            "L": "31.12.2030",
            "N": "Kurse am Vormittag,\nmit Kinderbetreuung.",
            "P": "https://a.example/k.pdf https://a.example/vhs.html",
        },
        {
            "A": "maßnahme",
            "C": "Lesepaten",
            "F": "Umgesetzt",
            "G": "sprache-z1",
            "K": "2022-01-10",
            "L": dt.date(2023, 6, 30),
        },
        {},
        {"A": "Handlungsfeld", "C": "Arbeit und Wirtschaft"},
        {"A": "Maßnahme", "C": "Jobmesse", "F": "idee", "M": "ja"},
        {
            "A": "Ziel",
            "C": "Mehr Ausbildungsplätze für Geflüchtete.",
            "D": "SPRACHE",
            "E": "mittlerziel",
        },
        {
            "A": "Maßnahme",
            "C": "Beratung im Jobcenter",
            "F": "entfallen",
            "G": "SPRACHE-Z2",
            "H": '="Job"&"center"',
            "L": "31.01.2024",
        },
    ]
    for number, row in enumerate(rows, 2):
        for column, value in row.items():
            sheet[f"{column}{number}"] = value
    out = Path("tabelle.xlsx")
    book.save(out)
    with_cached_value(out, "H11", "Jobcenter")
    return out


def test_a_filled_template_becomes_a_concept_status_can_count(
    runner: CliRunner, here: Path
) -> None:
    table = _filled(runner)
    result = ki(runner, "init", "beispielhausen", "--from", str(table), "--version", "2025")
    assert result.exit_code == 0, result.output
    assert "2 Handlungsfelder, 2 Ziele, 4 Maßnahmen; 7 Ids vergeben" in result.stdout
    check = validate(runner, here / "beispielhausen")
    assert (check.exit_code, check.stdout) == (0, "Keine Probleme in 3 Dateien (2025).\n")

    sprache = read_yaml(here / "beispielhausen" / "2025" / "handlungsfelder" / "sprache.yaml")
    assert [g["id"] for g in sprache["ziele"]] == ["SPRACHE-Z1", "SPRACHE-Z2"]
    assert sprache["ziele"][0]["ebene"] == "leitziel"
    kurse, paten = sprache["massnahmen"]
    assert kurse == {
        "id": "SPRACHE-M1",
        "titel": "Sprachkurse für Eltern",
        "beschreibung": "Kurse am Vormittag,\nmit Kinderbetreuung.",
        "ziele": ["SPRACHE-Z1"],
        "status": "laufend",
        "verantwortlich": "Volkshochschule",
        "partner": ["Volkshochschule", "Familienzentren", "Moscheegemeinde"],
        "zielgruppen": ["Eltern"],
        "beginn": "2023-09-01",
        "ende": "2030-12-31",
        "quellen": ["Q1", "Q2"],
        "verlauf": [{"datum": TODAY, "status": "laufend"}],
    }
    assert (paten["status"], paten["ziele"], paten["beginn"], paten["ende"]) == (
        "umgesetzt",
        ["SPRACHE-Z1"],
        "2022-01-10",
        "2023-06-30",
    )
    arbeit = read_yaml(here / "beispielhausen" / "2025" / "handlungsfelder" / "arbeit.yaml")
    assert arbeit["id"] == "ARBEIT"
    messe, beratung = arbeit["massnahmen"]
    assert (messe["id"], messe["daueraufgabe"]) == ("ARBEIT-M1", True)
    # The formula's stored result is read; the formula itself is never evaluated.
    assert (beratung["verantwortlich"], beratung["ziele"]) == ("Jobcenter", ["SPRACHE-Z2"])
    konzept = read_yaml(here / "beispielhausen" / "2025" / "konzept.yaml")
    assert konzept["quellen"] == {
        "Q1": "https://a.example/k.pdf",
        "Q2": "https://a.example/vhs.html",
    }
    assert konzept["quellen_konzept"] == ["Q1"]

    # Today: the status the table gives (there is no history to tell earlier days).
    status = ki(runner, "--root", "beispielhausen", "status", "--format", "json")
    assert status.exit_code == 0, status.output
    report = json.loads(status.stdout)
    counts = {g["key"]: (g["measures"], g["achieved"], g["dropped"]) for g in report["groups"]}
    assert counts == {"ARBEIT": (2, 0, 1), "SPRACHE": (2, 1, 0)}
    assert report["total"]["status"] == {
        "idee": 1,
        "geplant": 0,
        "laufend": 1,
        "ruhend": 0,
        "umgesetzt": 1,
        "verstetigt": 0,
        "entfallen": 1,
        "unbekannt": 0,
    }


def test_warnings_of_the_new_concept_are_counted(runner: CliRunner, here: Path) -> None:
    # The second goal loses both its measures.
    table = edited(template(runner), {"G6": "BILDUNG-Z1", "G7": None})
    result = ki(runner, "init", "k", "--from", str(table), "--version", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "Keine Fehler; validate meldet 1 Warnungen: ki-concept --root k validate"
    )
    check = validate(runner, here / "k")
    assert check.exit_code == 0
    assert "KI402" in check.stdout


# --- CSV -------------------------------------------------------------------------------------


def _template_rows(runner: CliRunner) -> list[list[str]]:
    path = template(runner, "vorlage.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def _csv(rows: list[list[str]], separator: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    ("encoding", "separator", "bom"),
    [
        ("utf-8", ";", True),
        ("utf-8", ";", False),
        ("cp1252", ";", False),
        ("utf-8", ",", False),
        ("cp1252", ",", False),
        ("utf-8", "\t", True),
    ],
)
def test_csv_as_excel_saves_it(
    runner: CliRunner, here: Path, encoding: str, separator: str, bom: bool
) -> None:
    rows = _template_rows(runner)
    rows[3][2] = "Größere Chancen für Mädchen, Jungen & Familien: „gleich“"
    data = _csv(rows, separator).encode(encoding)
    Path("tabelle.csv").write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    result = ki(runner, "init", "k", "--from", "tabelle.csv", "--version", "1")
    assert result.exit_code == 0, result.output
    assert validate(runner, here / "k").exit_code == 0
    bildung = read_yaml(here / "k" / "1" / "handlungsfelder" / "bildung.yaml")
    assert (
        bildung["ziele"][0]["titel"] == "Größere Chancen für Mädchen, Jungen & Familien: „gleich“"
    )
    assert bildung["massnahmen"][0]["partner"] == ["Jugendamt", "Kita-Träger"]


def test_csv_cells_that_look_like_formulas_stay_text(runner: CliRunner, here: Path) -> None:
    rows = _template_rows(runner)
    rows[5][13] = '\'=HYPERLINK("http://x.example")'  # as the template and export write it
    rows[6][13] = "=1+1"
    rows[2][13] = "- erstens\n- zweitens"
    Path("tabelle.csv").write_text(_csv(rows, ";"), encoding="utf-8")
    result = ki(runner, "init", "k", "--from", "tabelle.csv", "--version", "1")
    assert result.exit_code == 0, result.output
    bildung = read_yaml(here / "k" / "1" / "handlungsfelder" / "bildung.yaml")
    assert bildung["beschreibung"] == "- erstens\n- zweitens"
    assert bildung["massnahmen"][0]["beschreibung"] == '=HYPERLINK("http://x.example")'
    assert bildung["massnahmen"][1]["beschreibung"] == "=1+1"
    text = (here / "k" / "1" / "handlungsfelder" / "bildung.yaml").read_text(encoding="utf-8")
    assert "beschreibung: |-\n  - erstens\n  - zweitens\n" in text


def test_long_text_is_folded_and_validates(runner: CliRunner, here: Path) -> None:
    rows = _template_rows(runner)
    long = " ".join(f"Satz{n} mit einigen Wörtern." for n in range(600))
    rows[5][13] = long
    Path("tabelle.csv").write_text(_csv(rows, ";"), encoding="utf-8")
    result = ki(runner, "init", "k", "--from", "tabelle.csv", "--version", "1")
    assert result.exit_code == 0, result.output
    path = here / "k" / "1" / "handlungsfelder" / "bildung.yaml"
    assert read_yaml(path)["massnahmen"][0]["beschreibung"] == long
    assert "    beschreibung: >-\n      Satz0 mit" in path.read_text(encoding="utf-8")
    assert max(len(line) for line in path.read_text(encoding="utf-8").splitlines()) <= 100


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"\xff\xfeE\x00b\x00",
            "Fehler: --from tabelle.csv ist als UTF-16 („Unicode-Text“) gespeichert; in Excel "
            "als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.\n",
        ),
        (
            b"Ebene;Titel\nZiel;\x81\x8d\n",
            "Fehler: --from tabelle.csv ist weder UTF-8 noch Windows-1252; in Excel als „CSV "
            "UTF-8 (durch Trennzeichen getrennt)“ speichern.\n",
        ),
    ],
)
def test_csv_in_an_unknown_encoding_is_a_wrong_call(
    runner: CliRunner, here: Path, content: bytes, message: str
) -> None:
    Path("tabelle.csv").write_bytes(content)
    result = ki(runner, "init", "k", "--from", "tabelle.csv")
    assert (result.exit_code, result.stderr) == (2, message)
    nothing_written(here, "tabelle.csv")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Hallo;Welt\n",
            "tabelle.csv: keine Kopfzeile wie in der Vorlage (Ebene, Id, Titel …) in den ersten "
            "20 Zeilen. Vorlage: ki-concept init --template -o vorlage.csv",
        ),
        (
            "Ebene;Titel;Zielebene\nZiel;Ein Ziel;leitziel\n",
            "tabelle.csv, Zelle A2 (Ebene): die Zeile gehört zu keinem Handlungsfeld: die "
            "Handlungsfeld-Id eintragen oder eine Zeile der Ebene Handlungsfeld darüber "
            "einfügen.",
        ),
        (
            "Ebene;Titel\nHandlungsfeld;Bil\x07dung\n",
            "tabelle.csv, Zelle B2 (Titel): enthält das Steuerzeichen U+0007; es ist in einem "
            "Konzept nicht erlaubt. Den Text neu eintippen.",
        ),
        (
            "Ebene;Titel\nKonzept;Nur der Titel\n",
            "tabelle.csv: keine Zeile mit der Ebene Handlungsfeld; ein Konzept braucht "
            "mindestens ein Handlungsfeld.",
        ),
        (
            "Ebene;Id;Status\nHandlungsfeld;A;\n",
            "tabelle.csv, Zelle A1: es fehlen die Spalten Titel in der Kopfzeile.",
        ),
    ],
)
def test_csv_problems_name_the_cell(runner: CliRunner, here: Path, text: str, line: str) -> None:
    Path("tabelle.csv").write_text(text, encoding="utf-8")
    result = ki(runner, "init", "k", "--from", "tabelle.csv")
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Fehler: Nicht angelegt: Probleme in tabelle.csv (")
    assert line in lines[1:]
    nothing_written(here, "tabelle.csv")


# --- XLSX: every problem at its sheet and cell -----------------------------------------------

WHERE = "tabelle.xlsx, Blatt Konzept, "
BAD_CELLS: list[tuple[dict[str, Any], str]] = [
    (
        {"F6": "fertig"},
        f"Zelle F6 (Status): 'fertig' ist kein Statuswert; erlaubt: {STATUS_WORDS}.",
    ),
    ({"K6": "31.02.2024"}, "Zelle K6 (Beginn): '31.02.2024': diesen Tag gibt es nicht."),
    (
        {"K6": "Anfang 2024"},
        "Zelle K6 (Beginn): 'Anfang 2024' ist kein Datum; erwartet TT.MM.JJJJ (z. B. "
        "01.02.2024) oder JJJJ-MM-TT.",
    ),
    (
        {"K6": dt.datetime(2024, 2, 1, 14, 30)},
        "Zelle K6 (Beginn): '01.02.2024 14:30' hat eine Uhrzeit; erwartet ist nur ein Datum.",
    ),
    (
        {"K7": 45000},  # a cell formatted as a date would be read as one
        "Zelle K7 (Beginn): die Zahl 45000, kein Datum; die Zelle als Datum formatieren oder "
        "TT.MM.JJJJ schreiben.",
    ),
    (
        {"L6": dt.date(2023, 1, 1)},
        "Zelle L6 (Ende): das Ende 01.01.2023 liegt vor dem Beginn 01.02.2024.",
    ),
    (
        {"L10": None},
        "Zelle L10 (Ende): leer, aber der Status 'umgesetzt' ist abgeschlossen; das Ende "
        "eintragen oder Daueraufgabe: ja.",
    ),
    (
        {"M6": "vielleicht"},
        "Zelle M6 (Daueraufgabe): 'vielleicht' ist weder ja noch nein; erlaubt: ja, nein "
        "(leer = nein).",
    ),
    (
        {"E4": "Oberziel"},
        f"Zelle E4 (Zielebene): 'Oberziel' ist keine Zielebene; erlaubt: {GOAL_LEVELS}.",
    ),
    ({"E4": None}, f"Zelle E4 (Zielebene): jedes Ziel braucht eine Zielebene: {GOAL_LEVELS}."),
    (
        {"A7": "Unterziel"},
        "Zelle A7 (Ebene): 'Unterziel' ist keine Ebene; erlaubt: Handlungsfeld, Ziel, "
        "Maßnahme (und einmal Konzept).",
    ),
    (
        {"A7": None},
        "Zelle A7 (Ebene): die Zeile hat Inhalt, aber keine Ebene; Handlungsfeld, Ziel oder "
        "Maßnahme eintragen (oder die Zeile löschen).",
    ),
    (
        {"F4": "laufend"},
        "Zelle F4 (Status): gilt nicht für eine Zeile der Ebene Ziel, nur für Maßnahme; leer "
        "lassen.",
    ),
    (
        {"B7": "bildung-m1"},
        "Zelle B7 (Id): die Id 'bildung-m1' steht schon in Zelle B6; jede Id nur einmal, auch "
        "in anderer Groß- und Kleinschreibung.",
    ),
    (
        {"B7": "M 2"},
        "Zelle B7 (Id): 'M 2' taugt nicht als Id: Buchstaben, Ziffern, '-', '_' und '.', "
        "beginnend mit Buchstabe oder Ziffer, höchstens 64 Zeichen, z. B. BILDUNG-M1.",
    ),
    (
        {"G7": "BILDUNG-Z9"},
        "Zelle G7 (Ziel-Ids): ein Ziel 'BILDUNG-Z9' gibt es in der Tabelle nicht; vorhanden "
        "(mit den vergebenen Ids): BILDUNG-Z1, BILDUNG-Z2, ARBEIT-Z1.",
    ),
    (
        {"D7": "SOZIALES"},
        "Zelle D7 (Handlungsfeld-Id): ein Handlungsfeld 'SOZIALES' gibt es in der Tabelle "
        "nicht; vorhanden: BILDUNG, ARBEIT.",
    ),
    (
        {"C6": "=A1"},
        "Zelle C6 (Titel): eine Formel ohne gespeicherten Wert (=A1); Formeln werden nicht "
        "berechnet. Die Datei in Excel oder LibreOffice öffnen und speichern, dann steht der "
        "Wert darin, oder den Wert statt der Formel eintragen.",
    ),
    (
        {"C6": "#DIV/0!"},
        "Zelle C6 (Titel): der Excel-Fehler #DIV/0!; den Fehler in der Tabelle beheben.",
    ),
    ({"C6": None}, "Zelle C6 (Titel): der Titel fehlt; jede Zeile braucht einen."),
    (
        {"C6": True},
        "Zelle C6 (Titel): ein Wahrheitswert (WAHR/FALSCH), hier gehört Text hin.",
    ),
    (
        {"N6": "gut\u202eesöl"},
        "Zelle N6 (Beschreibung): enthält das Steuerzeichen U+202E; es ist in einem Konzept "
        "nicht erlaubt. Den Text neu eintippen.",
    ),
    (
        {"N6": "x" * 20_001},
        "Zelle N6 (Beschreibung): 20001 Zeichen; erlaubt sind höchstens 20000.",
    ),
    (
        {"C6": "Titel " * 100},
        "Zelle C6 (Titel): 599 Zeichen; erlaubt sind höchstens 500.",
    ),
    (
        {"P6": "www.example.org"},
        "Zelle P6 (Quellen): 'www.example.org' ist keine Adresse; eine Quelle beginnt mit "
        "http:// oder https://, mehrere durch Leerzeichen trennen.",
    ),
    (
        {"A11": "Konzept", "C11": "Noch ein Konzept"},
        "Zelle A11 (Ebene): eine zweite Zeile der Ebene Konzept (die erste steht in Zeile 2); "
        "nur eine ist erlaubt.",
    ),
    (
        {"R1": "Bemerkung"},
        "Zelle R1: 'Bemerkung' ist keine Spalte der Vorlage; möglich sind "
        + ", ".join(HEADER)
        + ".",
    ),
    (
        {"R1": "Statsu"},
        "Zelle R1: 'Statsu' ist keine Spalte der Vorlage; gemeint ist vielleicht 'Status'.",
    ),
    (
        {"R6": "meine Notiz"},
        "Zelle R6: Inhalt in einer Spalte ohne Überschrift (R1 ist leer oder unbekannt); "
        "Überschrift eintragen oder den Inhalt löschen.",
    ),
    (
        {"R1": "titel"},
        "Zelle R1: die Spalte 'titel' steht schon in Zelle C1; jede Spalte nur einmal.",
    ),
]


@pytest.mark.parametrize(("cells", "line"), BAD_CELLS)
def test_each_bad_cell_is_named_by_sheet_and_cell(
    runner: CliRunner, here: Path, cells: dict[str, Any], line: str
) -> None:
    table = edited(template(runner), cells)
    result = ki(runner, "init", "k", "--from", str(table))
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        "Fehler: Nicht angelegt: Probleme in tabelle.xlsx (1); nichts wurde geschrieben.",
        WHERE + line,
    ]
    nothing_written(here, "vorlage.xlsx", "tabelle.xlsx")


def test_all_problems_in_one_run_in_the_order_of_the_table(runner: CliRunner, here: Path) -> None:
    by_cell = {next(iter(cells)): (cells, line) for cells, line in BAD_CELLS if len(cells) == 1}
    # Given in another order than the table's: row by row, left to right, is how they come.
    chosen = ["N6", "G7", "E4", "F6", "B7", "C6", "L6"]
    cells: dict[str, Any] = {}
    for ref in chosen:
        cells.update(by_cell[ref][0])
    table = edited(template(runner), cells)
    result = ki(runner, "init", "k", "--from", str(table))
    assert result.exit_code == 1
    in_order = ["E4", "C6", "F6", "L6", "N6", "B7", "G7"]
    assert result.stderr.splitlines() == [
        "Fehler: Nicht angelegt: Probleme in tabelle.xlsx (7); nichts wurde geschrieben.",
        *[WHERE + by_cell[ref][1] for ref in in_order],
    ]
    nothing_written(here, "vorlage.xlsx", "tabelle.xlsx")


def test_problem_lines_in_english(runner: CliRunner, here: Path) -> None:
    table = edited(template(runner), {"F6": "fertig"})
    result = ki(runner, "--lang", "en", "init", "k", "--from", str(table))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: not created: problems in tabelle.xlsx (1); nothing was written.",
        "tabelle.xlsx, sheet Konzept, cell F6 (Status): 'fertig' is no status value; allowed: "
        f"{STATUS_WORDS}.",
    ]
    # The column as the table names it, whatever the language of the messages.
    table = edited(Path("vorlage.xlsx"), {"K6": "bald"})
    result = ki(runner, "--lang", "en", "init", "k", "--from", str(table))
    assert result.stderr.splitlines()[1].startswith(
        "tabelle.xlsx, sheet Konzept, cell K6 (Beginn): 'bald' is not a date;"
    )


def test_a_workbook_without_the_table_names_its_sheets(runner: CliRunner, here: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Tabelle1"  # type: ignore[union-attr]
    book.active["A1"] = "Haushalt 2025"  # type: ignore[index]
    book.create_sheet("Notizen")
    book.save("mappe.xlsx")
    result = ki(runner, "init", "k", "--from", "mappe.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1] == (
        "mappe.xlsx: kein Blatt mit einer Kopfzeile wie in der Vorlage (Ebene, Id, Titel …) in "
        "den ersten 20 Zeilen; Blätter: Tabelle1, Notizen. Vorlage: ki-concept init "
        "--template -o vorlage.xlsx"
    )


def test_the_table_may_be_on_another_sheet_below_a_title(runner: CliRunner, here: Path) -> None:
    source = openpyxl.load_workbook(template(runner))["Konzept"]
    book = openpyxl.Workbook()
    book.active.title = "Deckblatt"  # type: ignore[union-attr]
    book.active["A1"] = "Unser Konzept"  # type: ignore[index]
    sheet = book.create_sheet("Daten")
    sheet["A1"] = "Stand: Mai 2025"
    for row in source.iter_rows(values_only=True):
        sheet.append(list(row))
    sheet["B6"] = "BILDUNG-Z1"  # the header is row 2 now: B6 is the second goal's id
    book.save("mappe.xlsx")
    result = ki(runner, "init", "k", "--from", "mappe.xlsx", "--version", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1] == (
        "mappe.xlsx, Blatt Daten, Zelle B6 (Id): die Id 'BILDUNG-Z1' steht schon in Zelle B5; "
        "jede Id nur einmal, auch in anderer Groß- und Kleinschreibung."
    )
    sheet["B6"] = None
    book.save("mappe.xlsx")
    result = ki(runner, "init", "k", "--from", "mappe.xlsx", "--version", "1")
    assert result.exit_code == 0, result.output
    assert validate(runner, here / "k").exit_code == 0
