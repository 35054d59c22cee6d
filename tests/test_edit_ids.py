"""Which item an id on the command line names: exact ids, ids that differ only in case, and
ids of goals or fields where a measure is meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.matching import case_matches, match_id
from tests.edit_support import field_path, make_version, run, snapshot

FIELD = (
    "id: ENGAGEMENT\ntitel: Engagement\n"
    "ziele:\n  - id: ENGAGEMENT-Z1\n    titel: Ziel\n    ebene: leitziel\n"
    "massnahmen:\n"
    "  - id: ENGAGEMENT-M3\n    titel: Sprachlotsen\n    status: geplant\n"
    "    verlauf: [{datum: 2017-01-01, status: geplant}]\n"
    "  - id: Engagement-m4\n    titel: Vier\n"
    "  - id: ENGAGEMENT-M4\n    titel: Vier groß\n"
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_version(tmp_path, {"engagement.yaml": FIELD})


def test_match_id_prefers_the_exact_id_then_the_one_that_differs_in_case() -> None:
    ids = ["ENGAGEMENT-M3", "Engagement-m4", "ENGAGEMENT-M4", "BILDUNG-M1"]
    assert match_id("ENGAGEMENT-M3", ids) == "ENGAGEMENT-M3"
    assert match_id("engagement-m3", ids) == "ENGAGEMENT-M3"
    assert match_id("Engagement-m4", ids) == "Engagement-m4"  # exact beats two case matches
    assert match_id("engagement-M4", ids) is None  # two ids differ from it only in case
    assert case_matches("engagement-M4", ids) == ["Engagement-m4", "ENGAGEMENT-M4"]
    assert match_id("BILDUNG-M2", ids) is None and case_matches("BILDUNG-M2", ids) == []
    assert match_id("straße", iter(["STRASSE"])) == "STRASSE"  # casefold, from any iterable


def test_set_status_uses_the_one_id_that_differs_only_in_case(
    runner: CliRunner, root: Path
) -> None:
    result = run(runner, root, "set-status", "engagement-m3", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "Id ENGAGEMENT-M3 verwendet (angegeben: engagement-m3).\nMaßnahme ENGAGEMENT-M3, "
    )
    assert field_path(root, "engagement.yaml").read_text() == FIELD.replace(
        "    status: geplant\n    verlauf: [{datum: 2017-01-01, status: geplant}]\n",
        "    status: laufend\n    verlauf: [{datum: 2017-01-01, status: geplant}, "
        "{datum: 2018-01-01, status: laufend}]\n",
    )


def test_an_exact_id_gets_no_note(runner: CliRunner, root: Path) -> None:
    result = run(runner, root, "set-status", "Engagement-m4", "idee", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Maßnahme Engagement-m4, ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["set-status", "engagement-M4", "laufend"],
         "Fehler: 'engagement-M4' passt ohne Rücksicht auf Groß-/Kleinschreibung zu mehreren "
         "Ids: Engagement-m4, ENGAGEMENT-M4. Die Id so angeben, wie sie in der Datei steht.\n"),
        (["set", "engagement-M4", "titel", "X"],
         "Fehler: 'engagement-M4' passt ohne Rücksicht auf Groß-/Kleinschreibung zu mehreren "
         "Ids: Engagement-m4, ENGAGEMENT-M4. Die Id so angeben, wie sie in der Datei steht.\n"),
        (["set-status", "ENGAGEMENT-Z1", "laufend"],
         "Fehler: 'ENGAGEMENT-Z1' ist ein Ziel, keine Maßnahme. Ziele haben keinen Status: "
         "ihr Fortschritt ergibt sich aus ihren Maßnahmen (ki-concept show ENGAGEMENT-Z1). "
         "Den Status einer Maßnahme setzt ki-concept set-status MASSNAHME STATUS.\n"),
        (["set-status", "engagement-z1", "laufend"],
         "Fehler: 'ENGAGEMENT-Z1' ist ein Ziel, keine Maßnahme. Ziele haben keinen Status: "
         "ihr Fortschritt ergibt sich aus ihren Maßnahmen (ki-concept show ENGAGEMENT-Z1). "
         "Den Status einer Maßnahme setzt ki-concept set-status MASSNAHME STATUS.\n"),
        (["set", "ENGAGEMENT-Z1", "status", "laufend"],
         "Fehler: 'ENGAGEMENT-Z1' ist ein Ziel, keine Maßnahme. Ziele haben keinen Status: "
         "ihr Fortschritt ergibt sich aus ihren Maßnahmen (ki-concept show ENGAGEMENT-Z1). "
         "Den Status einer Maßnahme setzt ki-concept set-status MASSNAHME STATUS.\n"),
        (["set-status", "ENGAGEMENT", "laufend"],
         "Fehler: 'ENGAGEMENT' ist ein Handlungsfeld, keine Maßnahme; einen Status haben nur "
         "Maßnahmen. Die Maßnahmen des Felds zeigt ki-concept show ENGAGEMENT.\n"),
        (["set-status", "ENGAGEMENT-M9", "laufend"],
         "Fehler: Maßnahme 'ENGAGEMENT-M9' gibt es in Version 1 nicht. Meinten Sie "
         "ENGAGEMENT-M4, ENGAGEMENT-M3? Vorhandene Maßnahmen: ENGAGEMENT-M3, "
         "Engagement-m4, ENGAGEMENT-M4.\n"),
    ],
)  # fmt: skip
def test_ids_that_name_no_measure_are_refused_and_nothing_is_written(
    runner: CliRunner, root: Path, args: list[str], message: str
) -> None:
    before = snapshot(root)
    result = run(runner, root, *args)
    assert (result.exit_code, result.stderr) == (2, message)
    assert result.stdout == ""
    assert snapshot(root) == before


def test_english_note_and_goal_message(runner: CliRunner, root: Path) -> None:
    result = run(
        runner, root, "--lang", "en", "set-status", "engagement-m3", "laufend", "--dry-run"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("using id ENGAGEMENT-M3 (given: engagement-m3).\n")
    goal = run(runner, root, "--lang", "en", "set-status", "ENGAGEMENT-Z1", "laufend")
    assert goal.exit_code == 2
    assert "'ENGAGEMENT-Z1' is a goal, not a measure. Goals have no status" in goal.stderr
