"""``set ID KEY VALUE…``: any scalar or list value of a measure or a goal, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import BUNDLED
from tests.edit_support import field_path, make_version, run, snapshot

KONZEPT = 'titel: T\nversion: "1"\nquellen:\n  Q1: https://example.org/q1\n'

# Block and flow lists, a comment on an item and after a value, quoted text, a flow goal.
FIELD = """\
id: FELD
titel: Feld
ziele:
  - id: FELD-Z1
    titel: Ziel
    ebene: leitziel
  - {id: FELD-Z2, titel: Zwei, ebene: mittlerziel}
massnahmen:
  - id: FELD-M1
    titel: 'Eins'  # Arbeitstitel
    ziele: [FELD-Z1, "FELD-Z2"]
    status: laufend
    partner:
      - A   # zuerst
      - B
      - C
    beginn: 2017-01-01
    verlauf:
      - datum: 2017-01-01
        status: laufend

  - {id: FELD-M2, titel: Zwei, status: geplant}
"""


def _replace(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_version(tmp_path, {"feld.yaml": FIELD}, konzept=KONZEPT)


def _set(runner: CliRunner, root: Path, *args: str) -> str:
    result = run(runner, root, "set", *args)
    assert result.exit_code == 0, result.output
    return field_path(root).read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    ("args", "old", "new"),
    [
        # Replaced in place, in the quoting style the file used; the comment stays.
        (["FELD-M1", "titel", "Erste"], "titel: 'Eins'  #", "titel: 'Erste'  #"),
        (["FELD-M1", "beginn", "2016-05-01"], "beginn: 2017-01-01\n", "beginn: 2016-05-01\n"),
        # A missing key goes after the nearest key before it in the schema's order.
        (["FELD-M1", "ende", "2019-12-31"], "    beginn: 2017-01-01\n",
         "    beginn: 2017-01-01\n    ende: 2019-12-31\n"),
        (["FELD-M1", "verantwortlich", "Jugendamt"], "    status: laufend\n    partner",
         "    status: laufend\n    verantwortlich: Jugendamt\n    partner"),
        (["FELD-M1", "beschreibung", "Was: geschieht # hier"],
         "    titel: 'Eins'  # Arbeitstitel\n",
         "    titel: 'Eins'  # Arbeitstitel\n    beschreibung: \"Was: geschieht # hier\"\n"),
        # Text that would read as something else is quoted.
        (["FELD-M1", "ressourcen", "ja"], "    beginn: 2017-01-01\n",
         '    beginn: 2017-01-01\n    ressourcen: "ja"\n'),
        (["FELD-M1", "ressourcen", "2017"], "    beginn: 2017-01-01\n",
         '    beginn: 2017-01-01\n    ressourcen: "2017"\n'),
        # Booleans and whole numbers are written as such.
        (["FELD-M1", "daueraufgabe", "ja"], "    beginn: 2017-01-01\n",
         "    beginn: 2017-01-01\n    daueraufgabe: true\n"),
        (["FELD-M1", "beispiel", "False"], "    beginn: 2017-01-01\n",
         "    beginn: 2017-01-01\n    beispiel: false\n"),
        (["FELD-M1", "beispiel", "j"], "    beginn: 2017-01-01\n",
         "    beginn: 2017-01-01\n    beispiel: true\n"),
        (["FELD-Z1", "rangfolge", "2"], "    ebene: leitziel\n",
         "    ebene: leitziel\n    rangfolge: 2\n"),
        (["FELD-Z1", "ebene", "handlungsziel"], "ebene: leitziel", "ebene: handlungsziel"),
        # In braces: after the key before it, on the same line.
        (["FELD-M2", "ende", "2019-01-01"], "status: geplant}",
         "status: geplant, ende: 2019-01-01}"),
        (["FELD-Z2", "beschreibung", "Text, mit Komma"], "ebene: mittlerziel}",
         'ebene: mittlerziel, beschreibung: "Text, mit Komma"}'),
        (["FELD-M2", "zielgruppen", "Kinder: 3-6", "Eltern"], "status: geplant}",
         'status: geplant, zielgruppen: ["Kinder: 3-6", Eltern]}'),
    ],
)  # fmt: skip
def test_values_are_written_where_they_belong(
    runner: CliRunner, root: Path, args: list[str], old: str, new: str
) -> None:
    assert _set(runner, root, *args) == _replace(FIELD, old, new)
    assert run(runner, root, "validate", "--strict", "--as-of", "2017-06-01").exit_code == 0


@pytest.mark.parametrize(
    ("args", "partner"),
    [
        # --add appends what is not there yet; items that stay keep their text and comments.
        (["--add", "D", "A"], "      - A   # zuerst\n      - B\n      - C\n      - D\n"),
        (["--remove", "B"], "      - A   # zuerst\n      - C\n"),
        (["--remove", "C"], "      - A   # zuerst\n      - B\n"),
        # A new list that keeps the order of the old one: only what differs changes.
        (["A", "C", "D"], "      - A   # zuerst\n      - C\n      - D\n"),
        # Another order: the list is written anew.
        (["C", "A"], "      - C\n      - A\n"),
    ],
)
def test_block_lists(runner: CliRunner, root: Path, args: list[str], partner: str) -> None:
    expected = _replace(FIELD, "      - A   # zuerst\n      - B\n      - C\n", partner)
    assert _set(runner, root, "FELD-M1", "partner", *args) == expected


def test_removing_every_item_leaves_an_empty_list(runner: CliRunner, root: Path) -> None:
    text = _set(runner, root, "FELD-M1", "partner", "--remove", "A", "B", "C")
    assert text == _replace(
        FIELD, "    partner:\n      - A   # zuerst\n      - B\n      - C\n", "    partner: []\n"
    )
    # And back: the empty list becomes a block list again, in the file's indentation.
    text = _set(runner, root, "FELD-M1", "partner", "--add", "Neu")
    assert text == _replace(
        FIELD,
        "    partner:\n      - A   # zuerst\n      - B\n      - C\n",
        "    partner:\n      - Neu\n",
    )


@pytest.mark.parametrize(
    ("args", "ziele"),
    [
        (["--remove", "FELD-Z1"], 'ziele: ["FELD-Z2"]'),
        (["--add", "FELD-Z1"], 'ziele: [FELD-Z1, "FELD-Z2"]'),  # already there: no change
        (["FELD-Z2"], 'ziele: ["FELD-Z2"]'),  # an item that stays keeps its quotes
        (["FELD-Z2", "FELD-Z1"], "ziele: [FELD-Z2, FELD-Z1]"),
        ([], "ziele: []"),
    ],
)
def test_flow_lists(runner: CliRunner, root: Path, args: list[str], ziele: str) -> None:
    assert _set(runner, root, "FELD-M1", "ziele", *args) == _replace(
        FIELD, 'ziele: [FELD-Z1, "FELD-Z2"]', ziele
    )


def test_the_same_value_changes_nothing(runner: CliRunner, root: Path) -> None:
    before = snapshot(root)
    for args in (["titel", "Eins"], ["beginn", "2017-01-01"], ["partner", "A", "B", "C"]):
        result = run(runner, root, "set", "FELD-M1", *args)
        assert result.exit_code == 0, result.output
        assert "Nichts zu ändern" in result.stdout
    assert snapshot(root) == before


def test_report_and_dry_run(runner: CliRunner, root: Path) -> None:
    before = snapshot(root)
    result = run(runner, root, "set", "FELD-M1", "ende", "2019-12-31", "--dry-run")
    assert result.exit_code == 0, result.output
    assert snapshot(root) == before
    name = result.stdout.split("\n", 1)[0].removeprefix("--- ")
    assert result.stdout == (
        f"--- {name}\n+++ {name}\n"
        "@@ -15,6 +15,7 @@\n"
        "       - B\n       - C\n     beginn: 2017-01-01\n"
        "+    ende: 2019-12-31\n"
        "     verlauf:\n       - datum: 2017-01-01\n         status: laufend\n"
        f"Maßnahme FELD-M1, Version 1 ({name}):\n"
        "  ende: — → 2019-12-31\n"
        "Probelauf (--dry-run): nichts geschrieben.\n"
    )
    saved = run(runner, root, "set", "FELD-M1", "partner", "--add", "D")
    assert saved.stdout == (
        f"Maßnahme FELD-M1, Version 1 ({name}):\n"
        "  partner: A, B, C → A, B, C, D\n"
        f"Gespeichert: {name}\n"
    )


def test_a_goal_of_the_bundled_concept(runner: CliRunner, concept_copy: Path) -> None:
    path = concept_copy / "2017" / "handlungsfelder" / "bildung.yaml"
    before = path.read_text(encoding="utf-8")
    result = run(runner, concept_copy, "set", "bildung-z1", "beschreibung", "Neu beschrieben")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Id BILDUNG-Z1 verwendet (angegeben: bildung-z1).\nZiel ")
    # After 'ebene', the key before 'beschreibung' in the schema; everything else as it was.
    assert path.read_text(encoding="utf-8") == _replace(
        before,
        "    ebene: leitziel\n    beispiel: true\n  # Beispiel: Wortlaut nicht belegt\n",
        "    ebene: leitziel\n    beschreibung: Neu beschrieben\n    beispiel: true\n"
        "  # Beispiel: Wortlaut nicht belegt\n",
    )
    others = [p for p in concept_copy.rglob("*.yaml") if p != path]
    assert all(
        p.read_bytes() == (BUNDLED / p.relative_to(concept_copy)).read_bytes() for p in others
    )


def test_the_version_option_edits_that_version(runner: CliRunner, concept_copy: Path) -> None:
    result = run(
        runner, concept_copy, "set", "BILDUNG-M1", "ressourcen", "1 Stelle", "--version", "2013"
    )
    assert result.exit_code == 0, result.output
    assert "Version 2013" in result.stdout
    changed = [
        p.relative_to(concept_copy).as_posix()
        for p in concept_copy.rglob("*.yaml")
        if p.read_bytes() != (BUNDLED / p.relative_to(concept_copy)).read_bytes()
    ]
    assert changed == ["2013/handlungsfelder/bildung.yaml"]


# --- refusals: exit 2 for a wrong call, 1 for a result that would not validate; no byte written

KEYS = (
    "titel, beschreibung, ziele, verantwortlich, partner, zielgruppen, beginn, ende, "
    "daueraufgabe, frueher, schwerpunkte, quellen, beispiel, ressourcen"
)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["FELD-M1", "verantwortich", "X"],
         f"Schlüssel 'verantwortich' gibt es bei Maßnahmen nicht. Meinten Sie verantwortlich? "
         f"Setzbar sind: {KEYS}."),
        (["FELD-M1", "responsible", "X"], "Meinten Sie verantwortlich?"),
        (["FELD-Z1", "verlauf", "X"],
         "Schlüssel 'verlauf' gibt es bei Zielen nicht. Setzbar sind: titel, ebene, "
         "beschreibung, rangfolge, quellen, beispiel."),
        (["FELD-M1", "id", "X"], "Die Id von FELD-M1 ändert set nicht"),
        (["FELD-M1", "status", "ruhend"],
         "status setzt set-status, damit der verlauf vollständig bleibt: ki-concept "
         "set-status FELD-M1 STATUS [--date JJJJ-MM-TT] [--note TEXT]."),
        (["FELD-Z1", "status", "ruhend"], "'FELD-Z1' ist ein Ziel, keine Maßnahme. Ziele haben "
         "keinen Status"),
        (["FELD-M1", "verlauf", "X"], "verlauf führt set-status, Eintrag für Eintrag"),
        (["FELD-M1", "indikatoren", "X"], "'indikatoren' ist eine Liste von Einträgen mit "
         "eigenen Schlüsseln"),
        (["FELD-M1", "verlauf.0.notiz", "X"], "'verlauf.0.notiz' ist ein verschachtelter Pfad"),
        (["FELD-M1", "titel"], "'titel' nimmt genau einen Wert, angegeben: 0."),
        (["FELD-M1", "titel", "Zwei", "Worte"], "'titel' nimmt genau einen Wert, angegeben: 2. "
         'Text mit Leerzeichen in Anführungszeichen setzen: ki-concept set FELD-M1 titel "…".'),
        (["FELD-M1", "titel", "--add", "X"], "--add gilt nur für Listen; 'titel' ist ein "
         "einzelner Wert"),
        (["FELD-M1", "partner", "--add", "X", "--remove"], "--add und --remove schließen sich aus"),
        (["FELD-M1", "partner", "--remove"], "--remove braucht mindestens einen WERT für partner."),
        (["FELD-M1", "partner", "--remove", "X", "B"], "X steht nicht in partner; vorhanden: "
         "A, B, C."),
        (["FELD-M1", "ziele", "--add", "FELD-Z9"], "Ziel 'FELD-Z9' gibt es in Version 1 nicht."),
        (["FELD-M1", "ende", "31.12.2019"], "'31.12.2019' ist kein Datum; erwartet wird "
         "JJJJ-MM-TT"),
        (["FELD-M1", "beispiel", "vielleicht"], "'vielleicht' ist kein Wahrheitswert für "
         "beispiel; erwartet: ja, nein, true oder false."),
        (["FELD-Z1", "rangfolge", "zwei"], "'zwei' ist keine ganze Zahl für rangfolge"),
        (["FELD-Z1", "ebene", "oberste"], "'oberste' ist für ebene nicht erlaubt. Erlaubt "
         "sind: leitziel, mittlerziel, handlungsziel, detailziel."),
        (["FELD", "titel", "X"], "'FELD' ist ein Handlungsfeld; set ändert Angaben von "
         "Maßnahmen und Zielen."),
        (["FELD-M9", "titel", "X"], "Maßnahme oder Ziel 'FELD-M9' gibt es in Version 1 nicht. "
         "Meinten Sie FELD-M2, FELD-M1, FELD-Z2? Vorhandene Maßnahmen: FELD-M1, FELD-M2. "
         "Vorhandene Ziele: FELD-Z1, FELD-Z2."),
        (["FELD-M1", "titel", "a\x1bb"], "titel enthält das Steuerzeichen U+001B"),
    ],
)  # fmt: skip
def test_wrong_calls_exit_2_and_write_nothing(
    runner: CliRunner, root: Path, args: list[str], message: str
) -> None:
    before = snapshot(root)
    result = run(runner, root, "set", *args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Fehler: ")
    assert message in result.stderr
    assert snapshot(root) == before


def test_a_value_that_would_not_validate_is_not_written(runner: CliRunner, root: Path) -> None:
    before = snapshot(root)
    for args, rule in (
        (["FELD-M1", "ende", "2016-01-01"], "(KI301)"),  # before beginn
        (["FELD-M1", "quellen", "Q1", "Q2"], "(KI203)"),  # Q2 is no source of the konzept
        (["FELD-M1", "titel", ""], "FELD-M1"),  # a title may not be empty
    ):
        result = run(runner, root, "set", *args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith("Fehler: Nicht gespeichert: nach der Änderung hätte ")
        assert rule in result.stderr
    assert snapshot(root) == before
    assert _set(runner, root, "FELD-M1", "quellen", "Q1") == _replace(
        FIELD, "    beginn: 2017-01-01\n", "    beginn: 2017-01-01\n    quellen: [Q1]\n"
    )


def test_english(runner: CliRunner, root: Path) -> None:
    result = run(runner, root, "--lang", "en", "set", "FELD-M1", "verantwortich", "X")
    assert result.exit_code == 2
    assert "there is no key 'verantwortich' for measures. Did you mean verantwortlich?" in (
        result.stderr
    )


def test_crlf_four_space_file_keeps_its_line_ends_and_indentation(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = (
        "id: FELD\r\ntitel: Feld\r\nmassnahmen:\r\n"
        "    -   id: FELD-M1\r\n"
        "        titel: Eins\r\n"
        "        partner:\r\n"
        "            - A\r\n"
        "        beginn: 2017-01-01  # geplant\r\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    assert (
        _set(runner, root, "FELD-M1", "ende", "2019-01-01") == text + "        ende: 2019-01-01\r\n"
    )
    assert run(runner, root, "set", "FELD-M1", "partner", "--add", "B").exit_code == 0
    assert run(runner, root, "set", "FELD-M1", "zielgruppen", "Eltern", "Kinder").exit_code == 0
    assert field_path(root).read_bytes() == (
        b"id: FELD\r\ntitel: Feld\r\nmassnahmen:\r\n"
        b"    -   id: FELD-M1\r\n"
        b"        titel: Eins\r\n"
        b"        partner:\r\n"
        b"            - A\r\n"
        b"            - B\r\n"
        # A new list is indented like the first block list below a key in the file.
        b"        zielgruppen:\r\n"
        b"            -   Eltern\r\n"
        b"            -   Kinder\r\n"
        b"        beginn: 2017-01-01  # geplant\r\n"
        b"        ende: 2019-01-01\r\n"
    )


def test_words_in_another_case_are_taken_and_typos_get_a_suggestion(
    runner: CliRunner, root: Path
) -> None:
    text = _set(runner, root, "FELD-Z1", "ebene", "Handlungsziel")  # as show writes it
    assert "    ebene: handlungsziel\n" in text
    before = snapshot(root)
    wrong = run(runner, root, "set", "FELD-Z1", "ebene", "handlungziel")
    assert wrong.exit_code == 2 and snapshot(root) == before
    assert "meinten Sie 'handlungsziel'?" in wrong.stderr
    status = run(runner, root, "set-status", "FELD-M2", "Laufend")
    assert status.exit_code == 0, status.output
    assert "{id: FELD-M2, titel: Zwei, status: laufend" in field_path(root).read_text()
    added = run(
        runner, root, "add", "massnahme", "--handlungsfeld", "feld", "--titel", "Neu",
        "--status", "Geplant",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "{id: FELD-M3, titel: Neu, status: geplant" in field_path(root).read_text()


def test_a_status_may_be_named_by_its_title(runner: CliRunner, root: Path) -> None:
    result = run(runner, root, "--lang", "en", "set-status", "FELD-M2", "On hold")
    assert result.exit_code == 0, result.output
    assert "{id: FELD-M2, titel: Zwei, status: ruhend" in field_path(root).read_text()
