"""``set-status``: whole files before and after, for files full of comments and odd layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import BUNDLED
from tests.edit_support import field_path, make_version, run, snapshot

# Comments everywhere, quoted statuses, an inline comment after a status, a literal and a
# folded block scalar, flow lists, blank lines between measures, no newline at the end.
ODD = """\
# Kopfkommentar: bleibt stehen
id: FELD   # Feld-Id
titel: 'Testfeld'

ziele:
  - id: FELD-Z1
    titel: Ein Ziel
    ebene: leitziel

massnahmen:
  # erste Maßnahme
  - id: FELD-M1
    titel: "Erste: mit Doppelpunkt"
    ziele: [FELD-Z1]
    # Kommentar zwischen Schlüsseln
    status: "geplant"   # Kommentar nach dem Status
    beschreibung: |
      Block-Text
        eingerückt

    verlauf: []  # noch leer

  - id: FELD-M2
    titel: Zweite
    status: 'laufend'
    beginn: 2017-01-01
    verlauf: [{datum: 2017-01-01, status: laufend}]

  - id: FELD-M3
    titel: Dritte
    status: laufend
    beschreibung: >
      gefalteter
      Text"""


# The note of the step that keeps a status known before the first history entry, when
# neither beginn nor the version's beschlossen dates it (the test konzept has none).
UNKNOWN = (
    '"rekonstruiert: Status vor der ersten Erfassung (seit wann, ist unbekannt; Datum: Tag vor '
    'der Änderung)"'
)
UNKNOWN_CHANGE = (
    "(bisheriger Status; seit wann, ist unbekannt, daher der Tag vor der Änderung; genauer mit "
    "--previous-date)"
)


def _replace(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    return make_version(tmp_path, {"feld.yaml": ODD})


def test_status_in_double_quotes_and_empty_flow_history(runner: CliRunner, odd: Path) -> None:
    result = run(
        runner, odd, "set-status", "FELD-M1", "laufend", "--date", "2018-02-01",
        "--note", "Start: gut",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    expected = _replace(
        ODD,
        ('status: "geplant"   # Kommentar', 'status: "laufend"   # Kommentar'),
        (
            "    verlauf: []  # noch leer\n",
            "    verlauf:  # noch leer\n"
            "      - datum: 2018-01-31\n"
            "        status: geplant\n"
            f"        notiz: {UNKNOWN}\n"
            "      - datum: 2018-02-01\n"
            "        status: laufend\n"
            '        notiz: "Start: gut"\n',
        ),
    )
    assert field_path(odd).read_text(encoding="utf-8") == expected
    assert result.stdout == (
        "Maßnahme FELD-M1, Version 1 (" + _shown(field_path(odd)) + "):\n"
        "  status: geplant → laufend\n"
        f"  verlauf: rekonstruierter Eintrag 2018-01-31 geplant {UNKNOWN_CHANGE}\n"
        "  verlauf: neuer Eintrag 2018-02-01 laufend „Start: gut“\n"
        "Gespeichert: " + _shown(field_path(odd)) + "\n"
    )


def test_single_quotes_flow_history_and_end_after_beginn(runner: CliRunner, odd: Path) -> None:
    result = run(runner, odd, "set-status", "FELD-M2", "umgesetzt", "--date", "2018-03-01")
    assert result.exit_code == 0, result.output
    expected = _replace(
        ODD,
        ("status: 'laufend'", "status: 'umgesetzt'"),
        ("    beginn: 2017-01-01\n", "    beginn: 2017-01-01\n    ende: 2018-03-01\n"),
        (
            "verlauf: [{datum: 2017-01-01, status: laufend}]",
            "verlauf: [{datum: 2017-01-01, status: laufend}, "
            "{datum: 2018-03-01, status: umgesetzt}]",
        ),
    )
    assert field_path(odd).read_text(encoding="utf-8") == expected
    assert "ende: 2018-03-01 (gesetzt, weil abgeschlossen)" in result.stdout


def test_last_measure_ending_in_folded_scalar_without_final_newline(
    runner: CliRunner, odd: Path
) -> None:
    result = run(runner, odd, "set-status", "FELD-M3", "umgesetzt", "--date", "2018-04-01")
    assert result.exit_code == 0, result.output
    # The folded scalar had no final newline (end of file); text now follows it, so its
    # header gets the strip indicator: the value stays "gefalteter Text" exactly.
    expected = _replace(
        ODD,
        (
            "    status: laufend\n    beschreibung: >\n",
            "    status: umgesetzt\n    ende: 2018-04-01\n    beschreibung: >-\n",
        ),
        (
            "      Text",
            "      Text\n    verlauf:\n"
            f"      - datum: 2018-03-31\n        status: laufend\n        notiz: {UNKNOWN}\n"
            "      - datum: 2018-04-01\n        status: umgesetzt",
        ),
    )
    text = field_path(odd).read_text(encoding="utf-8")
    assert text == expected
    assert not text.endswith("\n")


@pytest.mark.parametrize(
    ("measure", "status", "date"),
    [("FELD-M1", "laufend", "2018-02-01"), ("FELD-M2", "umgesetzt", "2018-03-01"),
     ("FELD-M3", "umgesetzt", "2018-04-01")],
)  # fmt: skip
def test_second_identical_run_changes_nothing(
    runner: CliRunner, odd: Path, measure: str, status: str, date: str
) -> None:
    first = run(runner, odd, "set-status", measure, status, "--date", date)
    assert first.exit_code == 0, first.output
    after_first = field_path(odd).read_bytes()
    second = run(runner, odd, "set-status", measure, status, "--date", date)
    assert second.exit_code == 0, second.output
    assert field_path(odd).read_bytes() == after_first
    assert "Nichts zu ändern" in second.stdout


def test_same_status_on_a_later_day_records_a_history_entry(runner: CliRunner, odd: Path) -> None:
    # Decided behaviour: an unchanged status on another date (or with another note) is a
    # "Stand der Umsetzung" worth recording; only status, date and note all unchanged is a no-op.
    result = run(runner, odd, "set-status", "FELD-M2", "laufend", "--date", "2018-05-01")
    assert result.exit_code == 0, result.output
    expected = _replace(
        ODD,
        (
            "verlauf: [{datum: 2017-01-01, status: laufend}]",
            "verlauf: [{datum: 2017-01-01, status: laufend}, {datum: 2018-05-01, status: laufend}]",
        ),
    )
    assert field_path(odd).read_text(encoding="utf-8") == expected
    assert "status:" not in result.stdout.split("\n", 1)[1].split("verlauf")[0]


CRLF_FOUR_SPACES = (
    "id: FELD\r\n"
    "titel: Feld\r\n"
    "ziele:\r\n"
    "    -   id: FELD-Z1\r\n"
    "        titel: Ziel\r\n"
    "        ebene: leitziel\r\n"
    "massnahmen:\r\n"
    "    - id: FELD-M1\r\n"
    "      titel: Eins\r\n"
    "      ziele: [FELD-Z1]\r\n"
    "      status: geplant\r\n"
    "      verlauf:\r\n"
    "          - datum: 2017-01-01\r\n"
    "            status: geplant\r\n"
    "    - id: FELD-M2\r\n"
    "      titel: Zwei\r\n"
    "      status: idee  # nur eine Idee\r\n"
)


def test_crlf_and_four_space_indentation(runner: CliRunner, tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": CRLF_FOUR_SPACES})
    first = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert first.exit_code == 0, first.output
    second = run(
        runner, root, "set-status", "FELD-M2", "geplant", "--date", "2018-01-02", "--note", "ok"
    )
    assert second.exit_code == 0, second.output
    expected = _replace(
        CRLF_FOUR_SPACES,
        (
            "      ziele: [FELD-Z1]\r\n      status: geplant\r\n",
            "      ziele: [FELD-Z1]\r\n      status: laufend\r\n",
        ),
        (
            "            status: geplant\r\n",
            "            status: geplant\r\n"
            "          - datum: 2018-01-01\r\n"
            "            status: laufend\r\n",
        ),
        (
            "      status: idee  # nur eine Idee\r\n",
            "      status: geplant  # nur eine Idee\r\n"
            "      verlauf:\r\n"
            "          - datum: 2018-01-01\r\n"
            "            status: idee\r\n"
            f"            notiz: {UNKNOWN}\r\n"
            "          - datum: 2018-01-02\r\n"
            "            status: geplant\r\n"
            "            notiz: ok\r\n",
        ),
    )
    data = field_path(root).read_bytes()
    assert data == expected.encode()
    assert data.count(b"\n") == data.count(b"\r\n")


def test_flow_mapping_measure_without_history(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "id: FELD\ntitel: Feld\nziele: [{id: FELD-Z1, titel: Ziel, ebene: leitziel}]\n"
        "massnahmen:\n"
        "  - {id: FELD-M1, titel: Eins, ziele: [FELD-Z1], status: geplant}  # kompakt\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == _replace(
        text,
        (
            "status: geplant}  # kompakt",
            "status: laufend, verlauf: [{datum: 2017-12-31, status: geplant, "
            f"notiz: {UNKNOWN}}}, {{datum: 2018-01-01, status: laufend}}]}}  # kompakt",
        ),
    )


def test_measure_without_status_gets_status_end_and_history(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = (
        "id: FELD\ntitel: Feld\n"
        "massnahmen:\n"
        "  - id: FELD-M1\n"
        "    titel: Eins\n"
        "    # noch ohne Status\n"
        "  - id: FELD-M2\n"
        "    titel: Zwei\n"
        "    status: laufend\n"
        "    ende:   # offen\n"
        "    daueraufgabe: false\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    first = run(runner, root, "set-status", "FELD-M1", "verstetigt", "--date", "2018-01-01")
    assert first.exit_code == 0, first.output
    second = run(runner, root, "set-status", "FELD-M2", "entfallen", "--date", "2018-02-01")
    assert second.exit_code == 0, second.output
    assert field_path(root).read_text() == _replace(
        text,
        (
            "    titel: Eins\n",
            "    titel: Eins\n"
            "    status: verstetigt\n"
            "    ende: 2018-01-01\n"
            "    verlauf:\n"
            "      - datum: 2018-01-01\n"
            "        status: verstetigt\n",
        ),
        ("    status: laufend\n", "    status: entfallen\n"),
        ("    ende:   # offen\n", "    ende: 2018-02-01   # offen\n"),
        (
            "    daueraufgabe: false\n",
            "    daueraufgabe: false\n"
            "    verlauf:\n"
            "      - datum: 2018-01-31\n"
            "        status: laufend\n"
            f"        notiz: {UNKNOWN}\n"
            "      - datum: 2018-02-01\n"
            "        status: entfallen\n",
        ),
    )


def test_daueraufgabe_gets_no_end(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "id: FELD\ntitel: Feld\nmassnahmen:\n"
        "  - id: FELD-M1\n    titel: Eins\n    status: laufend\n    daueraufgabe: true\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "FELD-M1", "verstetigt", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == _replace(
        text,
        ("status: laufend", "status: verstetigt"),
        (
            "    daueraufgabe: true\n",
            "    daueraufgabe: true\n"
            "    verlauf:\n"
            f"      - datum: 2017-12-31\n        status: laufend\n        notiz: {UNKNOWN}\n"
            "      - datum: 2018-01-01\n        status: verstetigt\n",
        ),
    )


def test_tagged_status_keeps_its_tag_and_the_bom_stays(runner: CliRunner, tmp_path: Path) -> None:
    text = "id: FELD\ntitel: Feld\nmassnahmen:\n  - id: FELD-M1\n    titel: Eins\n"
    text += "    status: !!str geplant\n"
    root = make_version(tmp_path, {"feld.yaml": b"\xef\xbb\xbf" + text.encode()})
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    expected = text.replace("!!str geplant", "!!str laufend")
    expected += (
        "    verlauf:\n"
        f"      - datum: 2017-12-31\n        status: geplant\n        notiz: {UNKNOWN}\n"
        "      - datum: 2018-01-01\n        status: laufend\n"
    )
    assert field_path(root).read_bytes() == b"\xef\xbb\xbf" + expected.encode()


def test_bundled_concept_changes_only_the_lines_of_the_change(
    runner: CliRunner, concept_copy: Path
) -> None:
    path = concept_copy / "2017" / "handlungsfelder" / "bildung.yaml"
    before = path.read_text(encoding="utf-8")
    result = run(
        runner, concept_copy, "set-status", "BILDUNG-M1", "umgesetzt", "--date", "2018-08-01",
        "--note", "Übergabe an die Schulen: abgeschlossen",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    expected = _replace(
        before,
        (
            "    ziele: [BILDUNG-Z2, BILDUNG-Z1]\n    status: laufend\n",
            "    ziele: [BILDUNG-Z2, BILDUNG-Z1]\n    status: umgesetzt\n    ende: 2018-08-01\n",
        ),
        (
            "        notiz: KI berät Familien zum Einstieg der Kinder in das Schulsystem (H13)\n",
            "        notiz: KI berät Familien zum Einstieg der Kinder in das Schulsystem (H13)\n"
            "      - datum: 2018-08-01\n"
            "        status: umgesetzt\n"
            '        notiz: "Übergabe an die Schulen: abgeschlossen"\n',
        ),
    )
    assert path.read_text(encoding="utf-8") == expected
    assert (concept_copy / "2013").exists()
    check = run(runner, concept_copy, "validate", "2017", "--as-of", "2018-01-01")
    assert "0 Fehler" in check.stdout


# --- refusals: exit status, message, and not one byte changed ------------------------------


def _refused(runner: CliRunner, root: Path, *args: str) -> tuple[int, str]:
    before = snapshot(root)
    result = run(runner, root, *args)
    assert snapshot(root) == before
    return result.exit_code, result.stderr


def test_unknown_id_names_the_closest_ids(runner: CliRunner, odd: Path) -> None:
    code, message = _refused(runner, odd, "set-status", "FELD-M9", "laufend")
    assert code == 2
    assert message == (
        "Fehler: Maßnahme 'FELD-M9' gibt es in Version 1 nicht. Meinten Sie FELD-M3, FELD-M2, "
        "FELD-M1? Vorhandene Maßnahmen: FELD-M1, FELD-M2, FELD-M3.\n"
    )


def test_unknown_status_names_the_vocabulary(runner: CliRunner, odd: Path) -> None:
    code, message = _refused(runner, odd, "set-status", "FELD-M1", "lauffend")
    assert code == 2
    assert message == (
        "Fehler: Status 'lauffend' ist nicht im Vokabular. Meinten Sie laufend? Erlaubt sind: "
        "idee, geplant, laufend, ruhend, umgesetzt, verstetigt, entfallen.\n"
    )


def test_custom_vocabulary_from_konzept(runner: CliRunner, tmp_path: Path) -> None:
    konzept = (
        'titel: T\nversion: "1"\nstatuswerte:\n'
        "  - {id: gruen, titel: Grün}\n  - {id: rot, titel: Rot, abgeschlossen: true}\n"
    )
    text = "id: FELD\ntitel: Feld\nmassnahmen:\n  - id: FELD-M1\n    titel: Eins\n"
    root = make_version(tmp_path, {"feld.yaml": text}, konzept=konzept)
    code, message = _refused(runner, root, "set-status", "FELD-M1", "laufend")
    assert code == 2
    assert "Erlaubt sind: gruen, rot." in message
    result = run(runner, root, "set-status", "FELD-M1", "rot", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert "    ende: 2018-01-01\n" in field_path(root).read_text()


def test_bad_date_is_refused(runner: CliRunner, odd: Path) -> None:
    code, message = _refused(runner, odd, "set-status", "FELD-M1", "laufend", "--date", "1.2.2018")
    assert code == 2
    assert "'1.2.2018' ist kein Datum; erwartet wird JJJJ-MM-TT" in message


def test_control_characters_in_a_note_are_refused(runner: CliRunner, odd: Path) -> None:
    code, message = _refused(runner, odd, "set-status", "FELD-M1", "laufend", "--note", "a\x1bb")
    assert code == 2
    assert message == (
        "Fehler: --note enthält das Steuerzeichen U+001B; Konzeptdateien dürfen es nicht "
        "enthalten. Text ohne dieses Zeichen angeben.\n"
    )


def test_result_that_would_not_validate_is_not_written(runner: CliRunner, tmp_path: Path) -> None:
    # Finished before it began: the end date set for 'umgesetzt' comes before beginn (KI301).
    text = (
        "id: FELD\ntitel: Feld\nmassnahmen:\n"
        "  - id: FELD-M1\n    titel: Eins\n    status: laufend\n    beginn: 2019-01-01\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    code, message = _refused(
        runner, root, "set-status", "FELD-M1", "umgesetzt", "--date", "2018-06-01"
    )
    assert code == 1
    assert message.startswith("Fehler: Nicht gespeichert: nach der Änderung hätte ")
    assert "(KI301)" in message
    assert "2018-06-01" in message and "2019-01-01" in message


def test_existing_problems_do_not_block_an_edit(runner: CliRunner, tmp_path: Path) -> None:
    # FELD-M2 points to a goal that does not exist (KI202): editing FELD-M1 is still allowed.
    text = (
        "id: FELD\ntitel: Feld\nmassnahmen:\n"
        "  - id: FELD-M1\n    titel: Eins\n"
        "  - id: FELD-M2\n    titel: Zwei\n    ziele: [NIRGENDS]\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output


def test_dry_run_prints_the_diff_and_writes_nothing(runner: CliRunner, odd: Path) -> None:
    before = snapshot(odd)
    result = run(
        runner, odd, "set-status", "FELD-M3", "ruhend", "--date", "2018-04-01", "--dry-run"
    )
    assert result.exit_code == 0, result.output
    assert snapshot(odd) == before
    name = _shown(field_path(odd))
    assert result.stdout == (
        f"--- {name}\n"
        f"+++ {name}\n"
        "@@ -28,7 +28,13 @@\n"
        " \n"
        "   - id: FELD-M3\n"
        "     titel: Dritte\n"
        "-    status: laufend\n"
        "-    beschreibung: >\n"
        "+    status: ruhend\n"
        "+    beschreibung: >-\n"
        "       gefalteter\n"
        "-      Text\n"
        "\\ No newline at end of file\n"
        "+      Text\n"
        "+    verlauf:\n"
        "+      - datum: 2018-03-31\n"
        "+        status: laufend\n"
        f"+        notiz: {UNKNOWN}\n"
        "+      - datum: 2018-04-01\n"
        "+        status: ruhend\n"
        "\\ No newline at end of file\n"
        f"Maßnahme FELD-M3, Version 1 ({name}):\n"
        "  status: laufend → ruhend\n"
        f"  verlauf: rekonstruierter Eintrag 2018-03-31 laufend {UNKNOWN_CHANGE}\n"
        "  verlauf: neuer Eintrag 2018-04-01 ruhend\n"
        "Probelauf (--dry-run): nichts geschrieben.\n"
    )


def test_english_output(runner: CliRunner, odd: Path) -> None:
    result = run(
        runner, odd, "--lang", "en", "set-status", "FELD-M1", "laufend", "--date", "2018-02-01"
    )
    assert result.exit_code == 0, result.output
    assert "status: geplant → laufend" in result.stdout
    assert result.stdout.endswith(f"saved: {_shown(field_path(odd))}\n")


def test_default_version_is_the_newest(runner: CliRunner, concept_copy: Path) -> None:
    result = run(runner, concept_copy, "set-status", "ARBEIT-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    changed = [
        p for p in concept_copy.rglob("*.yaml")
        if p.read_bytes() != (BUNDLED / p.relative_to(concept_copy)).read_bytes()
    ]  # fmt: skip
    assert changed == [concept_copy / "2017" / "handlungsfelder" / "arbeit.yaml"]


def _shown(path: Path) -> str:
    from ki_concept.diagnostics import display_path

    return display_path(path)


def test_keep_chomped_block_scalar_keeps_its_trailing_lines(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = (
        "id: FELD\ntitel: Feld\nmassnahmen:\n"
        "  - id: FELD-M1\n    titel: Eins\n    beschreibung: |+\n      Zeile\n\n\n"
        "  - id: FELD-M2\n    titel: Zwei\n"
        "    verlauf:\n      - {datum: 2017-01-01, status: idee}  # knapp\n"
        "    status: idee\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    first = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert first.exit_code == 0, first.output
    second = run(runner, root, "set-status", "FELD-M2", "geplant", "--date", "2018-01-01")
    assert second.exit_code == 0, second.output
    assert field_path(root).read_text() == _replace(
        text,
        (
            "      Zeile\n\n\n",
            "      Zeile\n\n\n"
            "    status: laufend\n"
            "    verlauf:\n"
            "      - datum: 2018-01-01\n"
            "        status: laufend\n",
        ),
        (
            "      - {datum: 2017-01-01, status: idee}  # knapp\n",
            "      - {datum: 2017-01-01, status: idee}  # knapp\n"
            "      - {datum: 2018-01-01, status: geplant}\n",
        ),
        ("    status: idee\n", "    status: geplant\n"),
    )


def test_null_history_becomes_a_list(runner: CliRunner, tmp_path: Path) -> None:
    text = "id: F\ntitel: F\nmassnahmen:\n  - id: F-M1\n    titel: Eins\n    verlauf: ~\n"
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "F-M1", "idee", "--date", "2018-01-01")
    # 'verlauf: ~' is an existing schema error; the edit removes it and adds nothing new.
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == _replace(
        text,
        ("    titel: Eins\n", "    titel: Eins\n    status: idee\n"),
        (
            "    verlauf: ~\n",
            "    verlauf:\n      - datum: 2018-01-01\n        status: idee\n",
        ),
    )


def test_a_status_shared_through_an_anchor_is_not_edited(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "id: F\ntitel: F\nmassnahmen:\n"
        "  - id: F-M1\n    titel: Eins\n    status: &gleich laufend\n"
        "  - id: F-M2\n    titel: Zwei\n    status: *gleich\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    code, message = _refused(runner, root, "set-status", "F-M1", "ruhend")
    assert code == 1
    assert "mit &gleich markiert und wird an anderer Stelle mit *gleich wiederverwendet" in message


def test_a_status_written_as_block_scalar_at_the_very_end(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = (
        "id: FELD\ntitel: Feld\nmassnahmen:\n  - id: FELD-M1\n    titel: Eins\n"
        "    status: |\n      laufend"  # no line break at the end of the file
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "FELD-M1", "umgesetzt", "--date", "2021-01-01")
    assert result.exit_code == 0, result.output
    new = field_path(root).read_text(encoding="utf-8")
    assert new.startswith("id: FELD\ntitel: Feld\nmassnahmen:\n  - id: FELD-M1\n    titel: Eins\n")
    assert "status: umgesetzt" in new and "datum: 2021-01-01" in new
    assert run(runner, root, "validate").exit_code == 0


# --- history is never lost: the status before the first entry, and steps in date order ------

ADOPTED = 'titel: Testkonzept\nversion: "1"\nbeschlossen: 2017-12-14\n'
NO_HISTORY = (
    "id: FELD\ntitel: Feld\nmassnahmen:\n"
    "  - id: FELD-M1\n    titel: Eins\n    status: geplant  # Stand 2017\n"
    "    beginn: 2017-03-01\n"
    "  - id: FELD-M2\n    titel: Zwei\n    status: laufend\n"
    "  - id: FELD-M3\n    titel: Drei\n    status: idee\n    beginn: 2019-01-01\n"
)


def _as_of(runner: CliRunner, root: Path, day: str) -> dict[str, str | None]:
    import json

    result = run(runner, root, "status", "--list", "--format", "json", "--as-of", day)
    assert result.exit_code == 0, result.output
    return {m["id"]: m["status"] for m in json.loads(result.stdout)["measures"]}


@pytest.mark.parametrize(
    ("measure", "date", "since", "source", "note"),
    [
        # beginn on or before the new entry dates the previous status.
        ("FELD-M1", "2018-05-01", "2017-03-01", "Datum aus beginn", "(Datum aus beginn)"),
        ("FELD-M1", "2017-03-01", "2017-03-01", "Datum aus beginn", "(Datum aus beginn)"),
        # No beginn: the version's beschlossen, if earlier than the new entry.
        ("FELD-M2", "2018-05-01", "2017-12-14", "Datum aus beschlossen der Version",
         "(Datum: Beschluss der Version)"),
        # beginn after the new entry: not usable, beschlossen is.
        ("FELD-M3", "2018-05-01", "2017-12-14", "Datum aus beschlossen der Version",
         "(Datum: Beschluss der Version)"),
    ],
)  # fmt: skip
def test_the_status_before_the_first_entry_is_kept_and_dated(
    runner: CliRunner, tmp_path: Path, measure: str, date: str, since: str, source: str, note: str
) -> None:
    root = make_version(tmp_path, {"feld.yaml": NO_HISTORY}, konzept=ADOPTED)
    before = NO_HISTORY
    old = {"FELD-M1": "geplant", "FELD-M2": "laufend", "FELD-M3": "idee"}[measure]
    result = run(runner, root, "set-status", measure, "ruhend", "--date", date)
    assert result.exit_code == 0, result.output
    lines = before.split("\n")
    start = lines.index(f"  - id: {measure}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("  - ")), -1)
    head, body, tail = lines[:start], lines[start:end], lines[end:]
    body = [line.replace(f"status: {old}", "status: ruhend") for line in body]
    body += [
        "    verlauf:",
        f"      - datum: {since}",
        f"        status: {old}",
        f'        notiz: "rekonstruiert: Status vor der ersten Erfassung {note}"',
        f"      - datum: {date}",
        "        status: ruhend",
    ]
    assert field_path(root).read_text() == "\n".join([*head, *body, *tail])
    assert f"  verlauf: rekonstruierter Eintrag {since} {old} (bisheriger Status, {source})\n" in (
        result.stdout
    )
    # What was known stays known: the old status on the day it dates from, the new one after.
    assert _as_of(runner, root, since)[measure] == (old if since < date else "ruhend")
    assert _as_of(runner, root, date)[measure] == "ruhend"
    assert run(runner, root, "validate", "--strict", "--as-of", date).exit_code == 0


def test_without_a_usable_date_the_day_before_is_taken_and_said_to_be_unknown(
    runner: CliRunner, tmp_path: Path
) -> None:
    # No beschlossen, and beginn (2019) after the new entry: the file only tells that the
    # status held until the change.
    root = make_version(tmp_path, {"feld.yaml": NO_HISTORY})
    result = run(runner, root, "set-status", "FELD-M3", "geplant", "--date", "2018-05-01")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == NO_HISTORY.replace(
        "    status: idee\n    beginn: 2019-01-01\n",
        "    status: geplant\n    beginn: 2019-01-01\n    verlauf:\n"
        f"      - datum: 2018-04-30\n        status: idee\n        notiz: {UNKNOWN}\n"
        "      - datum: 2018-05-01\n        status: geplant\n",
    )
    assert f"verlauf: rekonstruierter Eintrag 2018-04-30 idee {UNKNOWN_CHANGE}\n" in result.stdout
    assert _as_of(runner, root, "2018-04-30")["FELD-M3"] == "idee"
    # Earlier the history says nothing; the day lies before beginn: not started.
    assert _as_of(runner, root, "2018-04-29")["FELD-M3"] == "nicht_begonnen"


def test_previous_date_dates_the_kept_status(runner: CliRunner, tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": NO_HISTORY}, konzept=ADOPTED)
    result = run(
        runner, root, "set-status", "FELD-M2", "umgesetzt", "--date", "2018-05-01",
        "--previous-date", "2016-01-15", "--note", "fertig",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == NO_HISTORY.replace(
        "    status: laufend\n",
        "    status: umgesetzt\n    ende: 2018-05-01\n    verlauf:\n"
        "      - datum: 2016-01-15\n        status: laufend\n"
        '        notiz: "rekonstruiert: Status vor der ersten Erfassung (Datum von Hand '
        'angegeben)"\n'
        "      - datum: 2018-05-01\n        status: umgesetzt\n        notiz: fertig\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["FELD-M2", "laufend", "--date", "2018-05-01", "--previous-date", "2018-06-01"],
         "Fehler: --previous-date 2018-06-01 liegt nach dem Datum des neuen Eintrags "
         "(2018-05-01); der bisherige Status galt vorher. Ein Datum am oder vor dem "
         "2018-05-01 angeben.\n"),
        (["FELD-M1", "laufend", "--previous-date", "2016-01-01"],
         "Fehler: --previous-date gilt nur für eine Maßnahme mit Status und ohne verlauf; "
         "FELD-M1 hat schon einen verlauf oder keinen Status (status: geplant). "
         "--previous-date weglassen.\n"),
    ],
)  # fmt: skip
def test_a_previous_date_that_cannot_apply_is_refused(
    runner: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    text = NO_HISTORY.replace(
        "    beginn: 2017-03-01\n",
        "    beginn: 2017-03-01\n    verlauf: [{datum: 2017-03-01, status: geplant}]\n",
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    code, stderr = _refused(runner, root, "set-status", *args)
    assert (code, stderr) == (2, message)


def test_a_previous_status_outside_the_vocabulary_is_not_kept(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = (
        "id: FELD\ntitel: Feld\nmassnahmen:\n  - id: FELD-M1\n    titel: Eins\n    status: offen\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == text.replace(
        "status: offen\n",
        "status: laufend\n    verlauf:\n      - datum: 2018-01-01\n        status: laufend\n",
    )
    assert "bisheriger Status 'offen' nicht übernommen, er steht nicht im Vokabular" in (
        result.stdout
    )


BLOCK_HISTORY = """\
id: FELD
titel: Feld
massnahmen:
  - id: FELD-M1
    titel: Eins
    status: laufend  # aktuell
    verlauf:
      # Beschluss
      - datum: 2017-01-01
        status: geplant   # im Konzept
      # Start
      - datum: 2018-01-01
        status: laufend
        notiz: Träger gefunden
"""


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # Between two entries: after the first (with its comment), before the comment
        # that belongs to the second; status stays.
        ("2017-06-01", BLOCK_HISTORY.replace(
            "        status: geplant   # im Konzept\n",
            "        status: geplant   # im Konzept\n"
            "      - datum: 2017-06-01\n        status: ruhend\n",
        )),
        # Before the first entry: ahead of its line (its comment stays above the new one).
        ("2016-06-01", BLOCK_HISTORY.replace(
            "      - datum: 2017-01-01\n",
            "      - datum: 2016-06-01\n        status: ruhend\n      - datum: 2017-01-01\n",
        )),
        # The same day as an entry: after it.
        ("2017-01-01", BLOCK_HISTORY.replace(
            "        status: geplant   # im Konzept\n",
            "        status: geplant   # im Konzept\n"
            "      - datum: 2017-01-01\n        status: ruhend\n",
        )),
    ],
)  # fmt: skip
def test_a_backdated_entry_goes_into_date_order_and_status_stays(
    runner: CliRunner, tmp_path: Path, date: str, expected: str
) -> None:
    root = make_version(tmp_path, {"feld.yaml": BLOCK_HISTORY})
    result = run(runner, root, "set-status", "FELD-M1", "ruhend", "--date", date)
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == expected
    assert result.stdout.splitlines()[1] == (
        f"  verlauf: neuer Eintrag {date} ruhend, eingeordnet vor "
        f"{'2017-01-01' if date < '2017-01-01' else '2018-01-01'}; status bleibt laufend"
    )
    assert run(runner, root, "validate", "--strict", "--as-of", "2018-06-01").exit_code == 0
    assert _as_of(runner, root, "2018-06-01")["FELD-M1"] == "laufend"
    assert _as_of(runner, root, date)["FELD-M1"] == "ruhend"
    # The same call again finds its entry and changes nothing.
    edited = field_path(root).read_bytes()
    again = run(runner, root, "set-status", "FELD-M1", "ruhend", "--date", date)
    assert again.exit_code == 0 and "Nichts zu ändern" in again.stdout
    assert field_path(root).read_bytes() == edited


def test_a_backdated_entry_in_a_flow_history_and_a_finished_one_sets_no_end(
    runner: CliRunner, odd: Path
) -> None:
    # FELD-M2: verlauf: [{datum: 2017-01-01, status: laufend}]; an earlier 'umgesetzt' is
    # history only: status and ende stay as they are.
    result = run(runner, odd, "set-status", "FELD-M2", "umgesetzt", "--date", "2016-12-01")
    assert result.exit_code == 0, result.output
    assert field_path(odd).read_text(encoding="utf-8") == _replace(
        ODD,
        (
            "verlauf: [{datum: 2017-01-01, status: laufend}]",
            "verlauf: [{datum: 2016-12-01, status: umgesetzt}, "
            "{datum: 2017-01-01, status: laufend}]",
        ),
    )
    assert "ende" not in result.stdout


def test_a_step_in_the_middle_of_a_blank_line_separated_history(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = (
        "id: F\ntitel: F\nmassnahmen:\n  - id: F-M1\n    titel: Eins\n    status: laufend\n"
        "    verlauf:\n"
        "      - {datum: 2017-01-01, status: geplant}\n\n"
        "      - {datum: 2018-01-01, status: laufend}\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "F-M1", "ruhend", "--date", "2017-05-05")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == text.replace(
        "status: geplant}\n\n",
        "status: geplant}\n\n      - {datum: 2017-05-05, status: ruhend}\n\n",
    )


def test_a_new_status_key_goes_where_the_schema_has_it(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "id: F\ntitel: F\nziele:\n  - {id: F-Z1, titel: Z, ebene: leitziel}\nmassnahmen:\n"
        "  - id: F-M1\n    titel: Eins\n    ziele: [F-Z1]  # das Ziel\n"
        "    verantwortlich: VHS\n    beginn: 2018-01-01\n"
    )
    root = make_version(tmp_path, {"feld.yaml": text})
    result = run(runner, root, "set-status", "F-M1", "laufend", "--date", "2018-02-01")
    assert result.exit_code == 0, result.output
    assert field_path(root).read_text() == _replace(
        text,
        ("    ziele: [F-Z1]  # das Ziel\n", "    ziele: [F-Z1]  # das Ziel\n    status: laufend\n"),
        (
            "    beginn: 2018-01-01\n",
            "    beginn: 2018-01-01\n    verlauf:\n      - datum: 2018-02-01\n"
            "        status: laufend\n",
        ),
    )
