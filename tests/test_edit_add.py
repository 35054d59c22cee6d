"""``add massnahme``: new measures at the end of the list, in the file's id pattern and layout."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.edit.command import run_add_measure
from ki_concept.edit.operations import next_id
from ki_concept.reading.source import Limits, parse_text
from ki_concept.run import Run
from tests.edit_support import field_path, make_version, run, snapshot

TODAY = dt.date.today().isoformat()


def test_bundled_field_gets_the_next_id_after_a_blank_line(
    runner: CliRunner, concept_copy: Path
) -> None:
    path = concept_copy / "2017" / "handlungsfelder" / "bildung.yaml"
    before = path.read_text(encoding="utf-8")
    args = [
        "add", "massnahme", "--handlungsfeld", "BILDUNG",
        "--titel", "Lesepaten: Ehrenamtliche lesen in Grundschulen vor",
        "--ziel", "BILDUNG-Z1", "--ziel", "BILDUNG-Z2",
        "--verantwortlich", "Kommunales Integrationszentrum Kreis Höxter",
        "--status", "geplant", "--beginn", "2019-01-01",
    ]  # fmt: skip
    result = run(runner, concept_copy, *args)
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == before + (
        "\n"
        "  - id: BILDUNG-M5\n"
        '    titel: "Lesepaten: Ehrenamtliche lesen in Grundschulen vor"\n'
        "    ziele: [BILDUNG-Z1, BILDUNG-Z2]\n"
        "    status: geplant\n"
        "    verantwortlich: Kommunales Integrationszentrum Kreis Höxter\n"
        "    beginn: 2019-01-01\n"
        # The status given is recorded in the history, dated the day it was set.
        f"    verlauf:\n      - datum: {TODAY}\n        status: geplant\n"
    )
    assert "neue Maßnahme BILDUNG-M5: Lesepaten" in result.stdout
    # A second identical run finds the measure by its title and changes nothing.
    after_first = path.read_bytes()
    again = run(runner, concept_copy, *args)
    assert again.exit_code == 0, again.output
    assert path.read_bytes() == after_first
    assert "gibt es schon (BILDUNG-M5)" in again.stdout


# Zero-padded ids, sequences not indented below their key, block lists, no final newline.
PADDED = """\
id: SPORT
titel: Sport
ziele:
- id: SPORT-Z01
  titel: Ziel
  ebene: leitziel
massnahmen:
- id: SPORT-M08
  titel: Acht
  ziele:
  - SPORT-Z01
- id: SPORT-M09   # zuletzt ergänzt
  titel: Neun
  ziele:
  - SPORT-Z01"""


def test_zero_padding_unindented_sequences_and_block_lists(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = make_version(tmp_path, {"sport.yaml": PADDED})
    result = run(
        runner, root, "add", "massnahme", "--handlungsfeld", "SPORT", "--titel", "Zehn #1",
        "--ziel", "SPORT-Z01",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert field_path(root, "sport.yaml").read_text() == PADDED + (
        '\n- id: SPORT-M10\n  titel: "Zehn #1"\n  ziele:\n  - SPORT-Z01'
    )


@pytest.mark.parametrize(
    ("massnahmen", "expected"),
    [
        (
            "massnahmen: []   # noch keine\n",
            "massnahmen:   # noch keine\n  - id: FELD-M1\n    titel: Neu\n",
        ),
        ("massnahmen:\n", "massnahmen:\n  - id: FELD-M1\n    titel: Neu\n"),
        (
            "massnahmen: [{id: FELD-M1, titel: Alt}]\n",
            "massnahmen: [{id: FELD-M1, titel: Alt}, {id: FELD-M2, titel: Neu}]\n",
        ),
    ],
)
def test_empty_flow_missing_and_flow_lists(
    runner: CliRunner, tmp_path: Path, massnahmen: str, expected: str
) -> None:
    head = "id: FELD\ntitel: Feld\n"
    root = make_version(tmp_path, {"feld.yaml": head + massnahmen})
    result = run(runner, root, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", "Neu")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == head + expected


def test_missing_list_is_added_after_the_last_entry_before_trailing_comments(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = "id: FELD\ntitel: Feld  # Titel\n\n# Ende der Datei\n"
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", "Neu")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == (
        "id: FELD\ntitel: Feld  # Titel\nmassnahmen:\n  - id: FELD-M1\n    titel: Neu\n"
        "\n# Ende der Datei\n"
    )


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("Übergänge für Familien gestalten", "Übergänge für Familien gestalten"),
        ("Sprachcafé (wöchentlich) – 2. Runde", "Sprachcafé (wöchentlich) – 2. Runde"),
        ("Ziel: mehr Teilhabe", '"Ziel: mehr Teilhabe"'),
        ("Nr. 5 # intern", '"Nr. 5 # intern"'),
        ("- Spiegelstrich", '"- Spiegelstrich"'),
        ("[Entwurf] Leitbild", '"[Entwurf] Leitbild"'),
        ("@KI Höxter", '"@KI Höxter"'),
        ("'zitiert'", "\"'zitiert'\""),
        ('"Zitat" am Anfang', '"\\"Zitat\\" am Anfang"'),
        ("true", '"true"'),
        ("2019", '"2019"'),
        ("null", '"null"'),
        ("Endet mit Doppelpunkt:", '"Endet mit Doppelpunkt:"'),
        # Words YAML 1.1 readers take for booleans, and the ja/nein that set takes for them.
        ("ja", '"ja"'),
        ("Nein", '"Nein"'),
        ("yes", '"yes"'),
        ("off", '"off"'),
        ("Ja, sicher", "Ja, sicher"),
    ],
)
def test_titles_are_quoted_only_when_needed(
    runner: CliRunner, tmp_path: Path, title: str, written: str
) -> None:
    root = make_version(tmp_path, {"feld.yaml": "id: FELD\ntitel: Feld\nmassnahmen: []\n"})
    result = run(runner, root, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", title)
    assert result.exit_code == 0, result.output
    text = field_path(root).read_text()
    assert f"    titel: {written}\n" in text
    parsed = parse_text(Path("x"), text, Limits())
    assert parsed.document is not None
    assert parsed.document.data["massnahmen"][0]["titel"] == title


def test_next_id_follows_the_files_pattern() -> None:
    assert next_id(["BILDUNG-M1", "BILDUNG-M4"], "BILDUNG", set()) == "BILDUNG-M5"
    assert next_id(["A-M08", "A-M09"], "A", set()) == "A-M10"
    assert next_id(["A-M098", "A-M099"], "A", set()) == "A-M100"
    assert next_id(["M-1"], "X", {"M-2"}) == "M-3"
    assert next_id([], "KULTUR", set()) == "KULTUR-M1"
    assert next_id(["ohne-nummer"], None, set()) == "M1"


# --- refusals ---------------------------------------------------------------------------------

FIELD = (
    "id: FELD\ntitel: Feld\nziele:\n  - id: FELD-Z1\n    titel: Ziel\n    ebene: leitziel\n"
    "massnahmen:\n  - id: FELD-M1\n    titel: Eins\n    ziele: [FELD-Z1]\n"
)


@pytest.fixture
def simple(tmp_path: Path) -> Path:
    return make_version(tmp_path, {"feld.yaml": FIELD})


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--titel", "X"], 2,
         "Fehler: --handlungsfeld fehlt. Ohne Terminal kann nicht nachgefragt werden: "
         "--handlungsfeld ID angeben; vorhanden: FELD.\n"),
        (["--handlungsfeld", "FELD"], 2,
         "Fehler: --titel fehlt. Ohne Terminal kann nicht nachgefragt werden: --titel WERT "
         "angeben.\n"),
        (["--handlungsfeld", "FLED", "--titel", "X"], 2,
         "Fehler: Handlungsfeld 'FLED' gibt es in Version 1 nicht. Meinten Sie FELD? "
         "Vorhandene Handlungsfelder: FELD.\n"),
        (["--handlungsfeld", "FELD", "--titel", "X", "--ziel", "FELD-Z2"], 2,
         "Fehler: Ziel 'FELD-Z2' gibt es in Version 1 nicht. Meinten Sie FELD-Z1? "
         "Vorhandene Ziele: FELD-Z1.\n"),
        (["--handlungsfeld", "FELD", "--titel", "X", "--status", "offen"], 2,
         "Fehler: Status 'offen' ist nicht im Vokabular. Erlaubt sind: idee, geplant, laufend, "
         "ruhend, umgesetzt, verstetigt, entfallen.\n"),
        (["--handlungsfeld", "FELD", "--titel", "X", "--beginn", "2019-02-30"], 2,
         "Fehler: '2019-02-30' ist kein Datum; erwartet wird JJJJ-MM-TT, z. B. 2017-12-14.\n"),
    ],
)  # fmt: skip
def test_refusals_leave_every_file_as_it_was(
    runner: CliRunner, simple: Path, args: list[str], code: int, message: str
) -> None:
    before = snapshot(simple)
    result = run(runner, simple, "add", "massnahme", *args)
    assert (result.exit_code, result.stderr) == (code, message)
    assert snapshot(simple) == before


def test_a_measure_that_would_not_validate_is_not_written(runner: CliRunner, simple: Path) -> None:
    before = snapshot(simple)
    # Finished without an end date (KI302), ending before it starts (KI301).
    result = run(
        runner, simple, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", "X",
        "--status", "umgesetzt", "--beginn", "2019-01-01", "--ende", "2018-01-01",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "(KI301)" in result.stderr
    assert snapshot(simple) == before
    ok = run(
        runner, simple, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", "X",
        "--status", "umgesetzt", "--ende", "2018-01-01", "--dry-run",
    )  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert snapshot(simple) == before
    assert "+  - id: FELD-M2\n" in ok.stdout


def test_missing_options_are_asked_for_on_a_terminal(simple: Path) -> None:
    prompts: list[str] = []
    answers = iter(["FELD", "  Neue Maßnahme  ", "", "", ""])

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    out = io.StringIO()
    code = run_add_measure(
        Run(root_option=simple), field=None, title=None, goals=[], responsible=None,
        status=None, start=dt.date(2020, 1, 1), end=None, version=None, dry_run=False,
        ask=ask, out=out,
    )  # fmt: skip
    assert code == 0
    # The start was given: not asked. Empty answers: no goals, no status, not an example.
    assert prompts == [
        "Handlungsfeld (FELD)",
        "Titel der Maßnahme",
        "Ziele, durch Komma getrennt (in FELD: FELD-Z1; leer = keine)",
        "Status (idee, geplant, laufend, ruhend, umgesetzt, verstetigt, entfallen; leer = keiner)",
        "Beispiel-Maßnahme? (ja/nein; leer = nein)",
    ]
    assert field_path(simple).read_text() == FIELD + (
        "  - id: FELD-M2\n    titel: Neue Maßnahme\n    beginn: 2020-01-01\n"
    )


def test_a_wrong_answer_is_explained_and_asked_again(simple: Path) -> None:
    answers = iter([
        "", "FLED", "feld",  # empty, unknown, then the field ignoring case
        "", "Neue Maßnahme",
        "FELD-Z9", "feld-z1",
        "offen", "Laufend",
        "1.1.2020", "2020-02-30", "2020-01-01",
        "vielleicht", "ja",
    ])  # fmt: skip
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt.split(" ")[0])
        return next(answers)

    out, err = io.StringIO(), io.StringIO()
    code = run_add_measure(
        Run(root_option=simple), field=None, title=None, goals=[], status=None, start=None,
        version=None, dry_run=False, ask=ask, out=out, err=err,
    )  # fmt: skip
    assert code == 0
    assert (
        asked
        == ["Handlungsfeld"] * 3
        + ["Titel"] * 2
        + ["Ziele,"] * 2
        + ["Status"] * 2
        + ["Beginn"] * 3
        + ["Beispiel-Maßnahme?"] * 2
    )
    assert err.getvalue() == (
        "Fehler: Hier ist eine Angabe nötig.\n"
        "Fehler: Handlungsfeld 'FLED' gibt es in Version 1 nicht. Meinten Sie FELD? "
        "Vorhandene Handlungsfelder: FELD.\n"
        "Fehler: Hier ist eine Angabe nötig.\n"
        "Fehler: Ziel 'FELD-Z9' gibt es in Version 1 nicht. Meinten Sie FELD-Z1? "
        "Vorhandene Ziele: FELD-Z1.\n"
        "Fehler: Status 'offen' ist nicht im Vokabular. Erlaubt sind: idee, geplant, laufend, "
        "ruhend, umgesetzt, verstetigt, entfallen.\n"
        "Fehler: '1.1.2020' ist kein Datum; erwartet wird JJJJ-MM-TT, z. B. 2017-12-14.\n"
        "Fehler: '2020-02-30' ist kein Datum; erwartet wird JJJJ-MM-TT, z. B. 2017-12-14.\n"
        "Fehler: 'vielleicht' ist kein Wahrheitswert für beispiel; erwartet: ja, nein, true "
        "oder false.\n"
    )
    assert field_path(simple).read_text() == FIELD + (
        "  - id: FELD-M2\n    titel: Neue Maßnahme\n    ziele: [FELD-Z1]\n    status: laufend\n"
        "    beginn: 2020-01-01\n    beispiel: true\n"
        f"    verlauf:\n      - datum: {TODAY}\n        status: laufend\n"
    )


def test_every_key_of_a_measure_as_an_option(runner: CliRunner, tmp_path: Path) -> None:
    konzept = (
        'titel: T\nversion: "1"\nquellen:\n  Q1: https://example.org/q1\n'
        "schwerpunkte:\n  - {id: S1, titel: Schwerpunkt}\n"
    )
    root = make_version(tmp_path, {"feld.yaml": FIELD}, konzept=konzept)
    result = run(
        runner, root, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", "Neu",
        "--id", "FELD-M10", "--beschreibung", "Was: geschieht", "--ziel", "FELD-Z1",
        "--status", "laufend", "--verantwortlich", "KI", "--partner", "Jugendamt",
        "--partner", "VHS", "--zielgruppe", "Eltern", "--beginn", "2020-01-01",
        "--ende", "2020-12-31", "--daueraufgabe", "--frueher", "ALT-M1", "--schwerpunkt", "S1",
        "--quelle", "Q1", "--beispiel", "--ressourcen", "2017",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    # In the schema's order, each list as the file writes lists of text ([a, b]).
    assert field_path(root).read_text() == FIELD + (
        "  - id: FELD-M10\n"
        "    titel: Neu\n"
        '    beschreibung: "Was: geschieht"\n'
        "    ziele: [FELD-Z1]\n"
        "    status: laufend\n"
        "    verantwortlich: KI\n"
        "    partner: [Jugendamt, VHS]\n"
        "    zielgruppen: [Eltern]\n"
        "    beginn: 2020-01-01\n"
        "    ende: 2020-12-31\n"
        "    daueraufgabe: true\n"
        "    frueher: [ALT-M1]\n"
        "    schwerpunkte: [S1]\n"
        "    quellen: [Q1]\n"
        "    beispiel: true\n"
        '    ressourcen: "2017"\n'
        f"    verlauf:\n      - datum: {TODAY}\n        status: laufend\n"
    )
    assert "neue Maßnahme FELD-M10: Neu" in result.stdout
    assert run(runner, root, "validate", "--strict", "--as-of", "2020-06-01").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id", "FELD-M1"], "Fehler: Die Id 'FELD-M1' ist in Version 1 schon vergeben"),
        (["--id", "FELD-Z1"], "Fehler: Die Id 'FELD-Z1' ist in Version 1 schon vergeben"),
        (["--ende", "2020-13-01"], "Fehler: '2020-13-01' ist kein Datum"),
        (["--partner", "a\x07"], "Fehler: --partner enthält das Steuerzeichen U+0007"),
    ],
)
def test_bad_new_options_are_refused(
    runner: CliRunner, simple: Path, args: list[str], message: str
) -> None:
    before = snapshot(simple)
    result = run(
        runner, simple, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", "X", *args
    )
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert snapshot(simple) == before


def test_without_a_terminal_nothing_more_is_asked(runner: CliRunner, simple: Path) -> None:
    # Status, goals and example are only asked for when the command asks at all.
    result = run(runner, simple, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", "X")
    assert result.exit_code == 0, result.output
    assert field_path(simple).read_text() == FIELD + "  - id: FELD-M2\n    titel: X\n"


def _on_a_terminal(root: Path, args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the CLI with a pseudo-terminal as its input and output, typing ``answers``."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1", "KI_CONCEPT_LANG": "de", "COLUMNS": "200"}
    process = subprocess.Popen(
        [sys.executable, "-m", "ki_concept", "--root", str(root), *args],
        stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True,
    )  # fmt: skip
    os.close(follower)
    os.write(leader, "".join(a + "\n" for a in answers).encode())
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the program ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = process.wait(timeout=60)
    return code, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_person_at_a_terminal_is_asked_again_after_a_wrong_answer(simple: Path) -> None:
    code, screen = _on_a_terminal(
        simple,
        ["add", "massnahme", "--titel", "Lesepaten"],
        ["KULTUR", "FELD", "FELD-Z2", "FELD-Z1", "ungewiss", "geplant", "", "nein"],
    )
    assert code == 0, screen
    assert "Fehler: Handlungsfeld 'KULTUR' gibt es in Version 1 nicht." in screen
    assert screen.count("Handlungsfeld (FELD): ") == 2
    assert "Fehler: Ziel 'FELD-Z2' gibt es in Version 1 nicht. Meinten Sie FELD-Z1?" in screen
    assert screen.count("Ziele, durch Komma getrennt (in FELD: FELD-Z1; leer = keine): ") == 2
    assert "Fehler: Status 'ungewiss' ist nicht im Vokabular." in screen
    assert "Beginn (JJJJ-MM-TT; leer = keiner): " in screen
    assert "Gespeichert: " in screen
    assert field_path(simple).read_text() == FIELD + (
        "  - id: FELD-M2\n    titel: Lesepaten\n    ziele: [FELD-Z1]\n    status: geplant\n"
        f"    verlauf:\n      - datum: {TODAY}\n        status: geplant\n"
    )
