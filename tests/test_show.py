"""``show``: one item with its fields, sources, history and location."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ki_concept.cli import app
from tests.builders import field, goal, konzept, measure, write_version
from tests.conftest import BUNDLED


def show(runner: CliRunner, *args: str, root: Path = BUNDLED) -> tuple[int, str]:
    result = runner.invoke(app, ["--root", str(root), "show", *args])
    return result.exit_code, result.output


def test_measure_with_sources_history_and_location(runner: CliRunner) -> None:
    code, out = show(runner, "ENGAGEMENT-M3", "2017", "--as-of", "2021-01-01")
    assert code == 0
    assert out.startswith("Maßnahme ENGAGEMENT-M3 · Sprachlotsenpool")
    text = (BUNDLED / "2017/handlungsfelder/engagement.yaml").read_text(encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "id: ENGAGEMENT-M3" in row)
    assert f"concept/2017/handlungsfelder/engagement.yaml:{line}" in out
    assert "https://integration.kreis-hoexter.de/serviceberatung/sprachlotsenpool/index.html" in out
    assert "Verlauf" in out and "11.07.2015" in out
    assert "ENGAGEMENT-M1" in out  # frueher


def test_goal_progress_is_derived_and_field_lists_items(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_version(
        root,
        "1",
        konzept("2020"),
        {
            "a": field(
                "A",
                [goal("A-Z1"), goal("A-Z2")],
                [
                    measure("A-M1", "umgesetzt", ende="2020-01-01", ziele=["A-Z1"]),
                    measure("A-M2", "laufend", ziele=["A-Z1"]),
                ],
            )
        },
    )
    code, out = show(runner, "A-Z1", root=root)
    assert code == 0
    assert "50% (1 von 2" in out and "abgeleitet" in out
    code, out = show(runner, "A-Z2", root=root)
    assert "keine – dieses Ziel hat keine Maßnahme" in out
    code, out = show(runner, "A", root=root)
    assert out.startswith("Handlungsfeld A · Feld A")
    assert "A-Z1" in out and "A-M2" in out


def test_json(runner: CliRunner) -> None:
    _, out = show(runner, "ENGAGEMENT-M3", "--format", "json")
    data = json.loads(out)
    assert data["kind"] == "massnahme"
    assert data["item"]["titel"] == "Sprachlotsenpool"
    assert data["sources"]["H11"].startswith("https://")


def test_unknown_id_suggests_closest_and_exits_2(runner: CliRunner) -> None:
    code, out = show(runner, "ENGAGMENT-M3")
    assert code == 2
    assert "ENGAGEMENT-M3" in out and "meinten Sie" in out


def test_english(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--lang", "en", "--root", str(BUNDLED), "show", "BILDUNG"])
    assert result.output.startswith("Field of action BILDUNG")


def test_an_id_in_other_case_is_used_and_said(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "show", "engagement-m3"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Maßnahme ENGAGEMENT-M3 · Sprachlotsenpool")
    assert result.stderr == "Id ENGAGEMENT-M3 verwendet (angegeben: engagement-m3).\n"
    as_json = runner.invoke(app, ["--root", str(BUNDLED), "show", "engagement-m3", "-f", "json"])
    assert json.loads(as_json.stdout)["id"] == "ENGAGEMENT-M3"


def test_ids_that_differ_only_in_case_are_not_guessed(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    measures = [measure("F-m1", titel="Eins"), measure("F-M1", titel="Zwei")]
    write_version(root, "2020", konzept(), {"f": field("F", [goal("F-Z1")], measures)})
    code, out = show(runner, "f-m1", root=root)
    assert code == 2
    assert "Id 'f-m1' gibt es in Version 2020 nicht; meinten Sie: F-m1, F-M1?" in out
    assert show(runner, "F-M1", root=root)[1].startswith("Maßnahme F-M1 · Zwei")


def test_title_words_find_an_item_or_list_the_matches(runner: CliRunner) -> None:
    one = runner.invoke(app, ["--root", str(BUNDLED), "show", "sprachlotsen"])
    assert one.exit_code == 0, one.output
    assert one.stdout.startswith("Maßnahme ENGAGEMENT-M3 · Sprachlotsenpool")
    assert "ENGAGEMENT-M3 gefunden über den Titel („sprachlotsen“)." in one.stderr
    several = runner.invoke(app, ["--root", str(BUNDLED), "show", "sprach"])
    assert several.exit_code == 2 and several.stdout == ""
    assert "5 Titel enthalten es" in several.stderr
    for item in ("ENGAGEMENT-M3 (Maßnahme „Sprachlotsenpool“)", "GESUNDHEIT-M2 (Maßnahme"):
        assert item in several.stderr
    words = runner.invoke(app, ["--root", str(BUNDLED), "show", "integration POINT"])
    assert words.exit_code == 0 and words.stdout.startswith("Maßnahme ARBEIT-M4")


def test_status_takes_a_field_id_in_any_case(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "status", "--handlungsfeld", "arbeit"])
    assert result.exit_code == 0, result.output
    assert "Id ARBEIT verwendet (angegeben: arbeit)." in result.stderr
    assert "Arbeit und Wirtschaft" in result.stdout and "Bildung" not in result.stdout


def test_title_words_match_without_accents(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "show", "ubergangskonferenzen"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Maßnahme ARBEIT-M2 · Übergangskonferenzen")
    sharp = runner.invoke(app, ["--root", str(BUNDLED), "show", "umsetzung massnahmen"])
    assert sharp.stdout.startswith("Ziel STEUERUNG-Z3")


def test_no_line_ends_in_padding(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "show", "ARBEIT-Z1"])
    assert result.exit_code == 0
    assert all(line == line.rstrip() for line in result.stdout.splitlines())
