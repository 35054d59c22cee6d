"""``ki-concept diff`` through the command line: formats, filters, exit codes, languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.diff_concepts import edited, goal, measure, pair


def _run(runner: CliRunner, root: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--root", str(root), "diff", *args])
    return result.exit_code, result.stdout, result.stderr


def _concept(tmp_path: Path) -> Path:
    """OLD = base concept as version 1; NEW = version 2 with one change of each sort."""
    new = edited()
    new["konzept"]["zielgruppen"].append("Geflüchtete")
    item = measure(new, "ARBEIT-M1")
    item["status"] = "ruhend"
    item["ende"] = "2017-12-31"
    item["partner"].append("Jobcenter")
    item["beschreibung"] = item["beschreibung"].replace("gemeinsam mit", "zusammen mit")
    pool = measure(new, "KULTUR-M1")
    pool.update({"id": "KULTUR-M3", "titel": "Sprachlotsenpool", "frueher": ["KULTUR-M1"]})
    measure(new, "ARBEIT-M2").update({"id": "ARBEIT-M3", "titel": "Sprachcafé für Eltern"})
    goal(new, "ARBEIT-Z1")["indikatoren"][0]["zielwert"] = {"jahr": 2019, "wert": 12}
    pair(tmp_path, new)
    return tmp_path / "concept"


def test_text_output_tells_every_change_in_german(tmp_path: Path, runner: CliRunner) -> None:
    code, out, err = _run(runner, _concept(tmp_path), "1", "2")
    assert code == 0, err
    assert (
        out
        == """\
Vergleich 1 → 2
1 hinzugefügt · 1 entfernt · 1 umbenannt · 7 geänderte Angaben
1 mögliche Umbenennungen

Konzept · Testkonzept (1)
 ~ zielgruppen: + Geflüchtete

Handlungsfeld ARBEIT · Arbeit und Wirtschaft (8)
 ~ Indikator ARBEIT-Z1/Teilnehmende
     zielwert: 10 (2017) → 12 (2019)
 ~ Maßnahme ARBEIT-M1 · Informationsabende
     beschreibung: (Wortvergleich)
       … in den Städten des Kreises, [-gemeinsam-] {+zusammen+} mit der Agentur
       für Arbeit.
     status: laufend → ruhend
     partner: + Jobcenter
     ende verschoben um +6 Monate (2017-06-30 → 2017-12-31)
 + Maßnahme ARBEIT-M3 · Sprachcafé für Eltern (neu)
     ? vielleicht umbenannt aus ARBEIT-M2 „Sprachcafe fuer Eltern“ – nur eine
     Vermutung nach dem ähnlichen Titel, nicht zugeordnet; 'frueher:
     [ARBEIT-M2]' macht es verbindlich
 - Maßnahme ARBEIT-M2 · Sprachcafe fuer Eltern (entfernt)

Handlungsfeld KULTUR · Kultur, Sport und Freizeit (2)
 ~ Maßnahme KULTUR-M3 · Sprachlotsenpool
     umbenannt: KULTUR-M1 → KULTUR-M3 (über 'frueher')
     titel: „Dolmetscherpool“ → „Sprachlotsenpool“
"""
    )


def test_text_output_fits_80_columns_without_colour(tmp_path: Path, runner: CliRunner) -> None:
    _, out, _ = _run(runner, _concept(tmp_path), "1", "2")
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "\x1b[" not in out
    assert all(line == line.rstrip() for line in out.splitlines())


def test_english_labels(tmp_path: Path, runner: CliRunner) -> None:
    root = _concept(tmp_path)
    result = runner.invoke(app, ["--lang", "en", "--root", str(root), "diff", "1", "2"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Comparison 1 → 2\n")
    assert "ende moved by +6 months (2017-06-30 → 2017-12-31)" in result.stdout
    assert "status: running → on hold" in result.stdout
    assert "renamed: KULTUR-M1 → KULTUR-M3 (through 'frueher')" in result.stdout
    assert "Measure ARBEIT-M3 · Sprachcafé für Eltern (added)" in result.stdout


def test_json_output(tmp_path: Path, runner: CliRunner) -> None:
    code, out, _ = _run(runner, _concept(tmp_path), "1", "2", "--format", "json")
    assert code == 0
    payload = json.loads(out)
    assert set(payload) == {"old", "new", "changes", "summary"}
    assert payload["old"] == {
        "label": "1",
        "source": payload["old"]["source"],
        "version": "1",
        "titel": "Testkonzept",
    }
    assert payload["old"]["source"].endswith("concept/1")
    assert payload["new"]["label"] == "2"
    for record in payload["changes"]:
        assert set(record) == {"kind", "type", "id", "old_id", "field", "old", "new"}
    assert {
        "kind": "changed",
        "type": "massnahme",
        "id": "ARBEIT-M1",
        "old_id": "ARBEIT-M1",
        "field": "ende",
        "old": "2017-06-30",
        "new": "2017-12-31",
    } in payload["changes"]
    assert payload["summary"] == {
        "added": 1,
        "removed": 1,
        "renamed": 1,
        "moved": 0,
        "changed": 7,
        "possible_rename": 1,
        "total": 11,
    }


def test_brief_output_has_one_line_per_kind(tmp_path: Path, runner: CliRunner) -> None:
    _, out, _ = _run(runner, _concept(tmp_path), "1", "2", "--format", "brief")
    assert out.splitlines() == [
        "hinzugefügt: 1 (1 Maßnahme)",
        "entfernt: 1 (1 Maßnahme)",
        "umbenannt: 1 (1 Maßnahme)",
        "verschoben: 0",
        "geänderte Angaben: 7 an 4 Elementen (1 Konzept, 2 Maßnahmen, 1 Indikator)",
        "mögliche Umbenennungen: 1 (1 Maßnahme)",
    ]


def test_markdown_output(tmp_path: Path, runner: CliRunner) -> None:
    _, out, _ = _run(runner, _concept(tmp_path), "1", "2", "--format", "markdown")
    assert out.startswith("## Vergleich 1 → 2\n\n| Art | Anzahl |\n|---|---:|\n")
    assert "| hinzugefügt | 1 |" in out
    assert "### Handlungsfeld ARBEIT · Arbeit und Wirtschaft" in out
    assert "  - `status`: laufend → ruhend" in out
    assert "~~gemeinsam~~ **zusammen**" in out
    assert "- Maßnahme `ARBEIT-M3` · Sprachcafé für Eltern (neu)" in out


def test_only_and_ignore(tmp_path: Path, runner: CliRunner) -> None:
    root = _concept(tmp_path)
    _, out, _ = _run(
        runner, root, "1", "2", "--format", "json", "--only", "status", "--only", "ende"
    )
    fields = [r["field"] for r in json.loads(out)["changes"]]
    assert fields == ["status", "ende"]
    _, out, _ = _run(
        runner,
        root,
        "1",
        "2",
        "--format",
        "json",
        "--ignore",
        "beschreibung",
        "--ignore",
        "zielgruppen",
    )
    named = {r["field"] for r in json.loads(out)["changes"]}
    assert "beschreibung" not in named and "zielgruppen" not in named and "status" in named
    _, out, _ = _run(runner, root, "1", "2", "--only", "status")
    assert "Auswahl: --only status" in out


def test_unknown_field_is_refused_with_a_suggestion(tmp_path: Path, runner: CliRunner) -> None:
    code, out, err = _run(runner, _concept(tmp_path), "1", "2", "--only", "stauts")
    assert code == 2 and out == ""
    assert "'stauts' ist kein vergleichbares Feld; meinten Sie 'status'?" in err


def test_exit_codes(tmp_path: Path, runner: CliRunner) -> None:
    root = _concept(tmp_path)
    assert _run(runner, root, "1", "2")[0] == 0
    assert _run(runner, root, "1", "2", "--exit-code")[0] == 1
    assert _run(runner, root, "1", "1", "--exit-code")[0] == 0
    # Filtered away completely: no differences left.
    assert _run(runner, root, "1", "2", "--exit-code", "--only", "ebene")[0] == 0
    assert _run(runner, root, "1", "nope", "--exit-code")[0] == 2


def test_same_version_is_empty(tmp_path: Path, runner: CliRunner) -> None:
    root = _concept(tmp_path)
    _, out, _ = _run(runner, root, "2", "2")
    assert out == "Vergleich 2 → 2\nKeine Unterschiede.\n"
    _, out, _ = _run(runner, root, "2", str(root / "2"), "--format", "json")
    assert json.loads(out)["changes"] == []


def test_version_folders_as_paths(tmp_path: Path, runner: CliRunner) -> None:
    root = _concept(tmp_path)
    result = runner.invoke(app, ["diff", str(root / "1"), str(root / "2"), "-f", "brief"])
    assert result.exit_code == 0
    assert result.stdout.startswith("hinzugefügt: 1")


def test_invalid_side_prints_its_errors_and_exits_2(tmp_path: Path, runner: CliRunner) -> None:
    root = _concept(tmp_path)
    broken = root / "2" / "handlungsfelder" / "arbeit.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("status: ruhend", "status: [kaputt"),
        encoding="utf-8",
    )
    code, out, err = _run(runner, root, "1", "2", "--exit-code", "--format", "json")
    assert code == 2
    assert out == ""
    assert re.search(r"2/handlungsfelder/arbeit\.yaml:\d+:\d+: \[Fehler\] .*\(KI010\)", err)
    assert "2 ist nicht gültig (1 Fehler, siehe oben)" in err


def test_colour_on_a_terminal_replaces_the_word_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ki_concept.diff.command import run_diff
    from ki_concept.diff.render import RenderOptions
    from ki_concept.run import Run

    root = _concept(tmp_path)
    code = run_diff(
        Run(root_option=root), old="1", new="2", options=RenderOptions(color=True, width=100)
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "\x1b[" in out
    assert "zusammen" in out and "{+zusammen+}" not in out


def test_moves_and_a_guessed_field_rename_in_words(tmp_path: Path, runner: CliRunner) -> None:
    new = edited()
    kultur = new["fields"]["kultur"]
    kultur.update({"id": "FREIZEIT", "titel": "Kultur, Sport und Freizeitangebote"})
    kultur["ziele"].append(new["fields"]["arbeit"]["ziele"].pop(1))  # ARBEIT-Z2
    pair(tmp_path, new)
    code, out, _ = _run(runner, tmp_path / "concept", "1", "2", "--only", "handlungsfeld")
    assert code == 0
    assert out.splitlines()[1:] == [
        "4 verschoben",
        "Auswahl: --only handlungsfeld",
        "",
        "Handlungsfeld FREIZEIT · Kultur, Sport und Freizeitangebote (4)",
        " ~ Ziel KULTUR-Z1 · Begegnung ermöglichen",
        "     verschoben aus Handlungsfeld KULTUR (Kultur, Sport und Freizeit)",
        " ~ Ziel ARBEIT-Z2 · Anerkennung von Abschlüssen",
        "     verschoben aus Handlungsfeld ARBEIT (Arbeit und Wirtschaft)",
        " ~ Maßnahme KULTUR-M1 · Dolmetscherpool",
        "     verschoben aus Handlungsfeld KULTUR (Kultur, Sport und Freizeit)",
        " ~ Maßnahme KULTUR-M2 · Chor",
        "     verschoben aus Handlungsfeld KULTUR (Kultur, Sport und Freizeit)",
    ]
    _, out, _ = _run(runner, tmp_path / "concept", "1", "2")
    assert (
        " ? vielleicht umbenannt aus KULTUR „Kultur, Sport und Freizeit“ – nur eine\n"
        "   Vermutung nach dem ähnlichen Titel, nicht zugeordnet\n"
    ) in out
    assert "+ Handlungsfeld FREIZEIT · Kultur, Sport und Freizeitangebote (neu)" in out
    assert "- Handlungsfeld KULTUR · Kultur, Sport und Freizeit (entfernt)" in out


def test_one_measure_moved_twice_counts_once(tmp_path: Path, runner: CliRunner) -> None:
    new = edited()
    moved = new["fields"]["arbeit"]["massnahmen"].pop(0)  # to another field and other goals
    moved["ziele"] = [new["fields"]["kultur"]["ziele"][0]["id"]]
    new["fields"]["kultur"]["massnahmen"].append(moved)
    pair(tmp_path, new)
    _, brief, _ = _run(runner, tmp_path / "concept", "1", "2", "--format", "brief")
    assert "verschoben: 1 (1 Maßnahme)" in brief
    _, text, _ = _run(runner, tmp_path / "concept", "1", "2")
    assert " 1 verschoben " in f" {text.splitlines()[1]} "
