"""``status``: the numbers per group, filters, formats, and refusal on broken data."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.builders import field, goal, konzept, measure, write_version
from tests.conftest import BUNDLED

ACHIEVED = {"umgesetzt", "verstetigt"}


def run(runner: CliRunner, *args: str, root: Path = BUNDLED) -> Any:
    return runner.invoke(app, ["--root", str(root), "status", *args])


def status_json(runner: CliRunner, *args: str, root: Path = BUNDLED) -> dict[str, Any]:
    result = run(runner, *args, "--format", "json", root=root)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def raw_fields(version: str) -> dict[str, dict[str, Any]]:
    """The bundled field files read independently of ki-concept's loader."""
    yaml = YAML(typ="safe", pure=True)
    files = sorted((BUNDLED / version / "handlungsfelder").glob("*.yaml"))
    return {data["id"]: data for data in (yaml.load(p) for p in files)}


def test_bundled_2017_counts_match_the_files(runner: CliRunner) -> None:
    # Far in the future every measure's status is its current one (the end of its verlauf).
    report = status_json(runner, "--as-of", "2099-01-01")
    assert report["concept"]["version"] == "2017"  # newest by 'beschlossen'
    raw = raw_fields("2017")
    assert len(report["groups"]) == 6
    assert {g["key"] for g in report["groups"]} == set(raw)
    for group in report["groups"]:
        measures = raw[group["key"]]["massnahmen"]
        assert group["measures"] == len(measures)
        expected = Counter(m.get("status") for m in measures)
        for status_id, count in group["status"].items():
            assert count == expected.get(status_id if status_id != "unbekannt" else None, 0)
        assert group["achieved"] == sum(1 for m in measures if m.get("status") in ACHIEVED)
        assert group["dropped"] == sum(1 for m in measures if m.get("status") == "entfallen")
    assert report["total"]["measures"] == sum(len(d["massnahmen"]) for d in raw.values())


def test_table_shows_six_fields_and_fits_80_columns(runner: CliRunner) -> None:
    result = run(runner, "2017", "--as-of", "2018-01-01")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines), max(lines, key=len)
    # Long names wrap onto further lines, at word boundaries, instead of being cut.
    labels = group_labels(result.output)
    for title in ("Arbeit und Wirtschaft", "Bildung und Erziehung", "Gesundheit und Pflege"):
        assert title in labels
    assert "Bürgerschaftliches Engagement und politische Partizipation" in labels
    assert "…" not in result.output
    total = next(line for line in lines if line.startswith("Gesamt"))
    assert total.split()[1] == "24"
    assert "\x1b[" not in result.output  # no colour when not a terminal
    assert "abgeleitet" in result.output  # says how progress is derived


def group_labels(output: str) -> list[str]:
    """The name of each group row of a status table, put together from its wrapped lines."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("─"))
    header = lines[start - 1]
    count_at = header.index(" Anz.") if " Anz." in header else header.index(" No.")
    labels: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("─"):
            break
        name, rest = line[:count_at].strip(), line[count_at:].strip()
        if rest:
            labels.append(name)
        elif labels:
            labels[-1] += " " + name
    return labels


def small_concept(tmp_path: Path) -> Path:
    root = tmp_path / "concept"
    write_version(
        root,
        "2020",
        konzept(
            "2020", schwerpunkte=[{"id": "S1", "titel": "Sprache"}, {"id": "S2", "titel": "Arbeit"}]
        ),
        {
            "a": field(
                "A",
                [goal("A-Z1"), goal("A-Z2")],
                [
                    measure(
                        "A-M1",
                        "umgesetzt",
                        ende="2019-05-01",
                        verlauf=[
                            {"datum": "2018-01-01", "status": "laufend"},
                            {"datum": "2019-05-01", "status": "umgesetzt"},
                        ],
                        ziele=["A-Z1"],
                        verantwortlich="KI",
                        zielgruppen=["Geflüchtete", "Eltern"],
                        schwerpunkte=["S1"],
                    ),
                    measure(
                        "A-M2",
                        "laufend",
                        ende="2020-01-31",
                        verlauf=[{"datum": "2019-01-01", "status": "laufend"}],
                        ziele=["A-Z1"],
                        verantwortlich="Jobcenter",
                        zielgruppen=["Geflüchtete"],
                    ),
                    measure("A-M10", None, ziele=["A-Z1"], verantwortlich="KI"),
                ],
            ),
            "b": field(
                "B",
                [goal("B-Z1")],
                [
                    measure(
                        "B-M1",
                        "geplant",
                        ende="2021-12-31",
                        verlauf=[{"datum": "2019-01-01", "status": "geplant"}],
                        ziele=["B-Z1"],
                        beispiel=True,
                        verantwortlich="Schulamt",
                        schwerpunkte=["S2"],
                    ),
                    measure(
                        "B-M2",
                        "laufend",
                        ziele=["B-Z1"],
                        verantwortlich="KI",
                        verlauf=[
                            {"datum": "2019-01-01", "status": "geplant"},
                            {"datum": "2020-03-01", "status": "laufend"},
                        ],
                    ),
                ],
            ),
        },
    )
    return root


def test_unknown_status_is_unknown_not_zero_or_done(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    report = status_json(runner, "--as-of", "2020-06-30", root=root)
    group_a = report["groups"][0]
    assert group_a["status"]["unbekannt"] == 1
    assert group_a["achieved"] == 1
    assert group_a["share_achieved"] == 0.5  # 1 of the 2 with a known status
    only_unknown = status_json(runner, "--status", "unbekannt", "--as-of", "2020-06-30", root=root)
    assert only_unknown["total"]["measures"] == 1
    assert only_unknown["total"]["share_achieved"] is None


def test_overdue_depends_on_as_of(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    before = status_json(runner, "--as-of", "2020-01-31", root=root)
    after = status_json(runner, "--as-of", "2020-02-01", root=root)
    assert before["total"]["overdue"] == 0
    assert after["total"]["overdue"] == 1
    overdue = status_json(runner, "--overdue", "--as-of", "2022-01-01", root=root)
    assert [m["id"] for m in overdue["measures"]] == ["A-M2", "B-M1"]


def test_status_on_as_of_comes_from_verlauf(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    early = status_json(runner, "--as-of", "2019-06-01", root=root)
    late = status_json(runner, "--as-of", "2020-06-01", root=root)
    by_id = {m["id"]: m["status"] for m in early["measures"]}
    assert by_id["B-M2"] == "geplant"
    assert {m["id"]: m["status"] for m in late["measures"]}["B-M2"] == "laufend"
    ancient = status_json(runner, "--as-of", "2018-01-01", root=root)
    assert {m["id"]: m["status"] for m in ancient["measures"]}["B-M2"] is None


@pytest.mark.parametrize(
    ("grouping", "expected"),
    [
        ("verantwortlich", {"Jobcenter": 1, "KI": 3, "Schulamt": 1}),
        ("zielgruppe", {"Eltern": 1, "Geflüchtete": 2, None: 3}),
        ("ziel", {"A-Z1": 3, "A-Z2": 0, "B-Z1": 2}),
        ("schwerpunkt", {"S1": 1, "S2": 1, None: 3}),
        ("handlungsfeld", {"A": 3, "B": 2}),
    ],
)
def test_grouping(
    runner: CliRunner, tmp_path: Path, grouping: str, expected: dict[str | None, int]
) -> None:
    root = small_concept(tmp_path)
    report = status_json(runner, "--by", grouping, "--as-of", "2020-06-30", root=root)
    assert {g["key"]: g["measures"] for g in report["groups"]} == expected
    assert report["total"]["measures"] == 5


def test_goal_without_measure_shows_as_such(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    result = run(runner, "--by", "ziel", "--as-of", "2020-06-30", root=root)
    line = next(line for line in result.output.splitlines() if line.startswith("A-Z2"))
    # No measures: no counts, no share (and no bar, where the table has room for bars).
    assert line.split()[3:] in (["0", "–"], ["0", "–", "–"])
    assert "Ziele ohne Maßnahme: A-Z2." in result.output
    report = status_json(runner, "--as-of", "2020-06-30", root=root)
    assert report["goals_without_measures"] == ["A-Z2"]


def test_filters_and_hidden_examples(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    hidden = status_json(runner, "--keine-beispiele", "--as-of", "2020-06-30", root=root)
    assert hidden["hidden_examples"] == 1
    assert "B-M1" not in [m["id"] for m in hidden["measures"]]
    text = run(runner, "--keine-beispiele", "--as-of", "2020-06-30", root=root).output
    assert "1 Beispiel-Maßnahmen ausgeblendet" in text
    only_b = status_json(runner, "--handlungsfeld", "B", "--as-of", "2020-06-30", root=root)
    assert [g["key"] for g in only_b["groups"]] == ["B"]
    assert only_b["total"]["measures"] == 2
    by_name = status_json(runner, "--verantwortlich", "jobc", "--as-of", "2020-06-30", root=root)
    assert [m["id"] for m in by_name["measures"]] == ["A-M2"]
    two = status_json(
        runner, "--status", "laufend", "--status", "geplant", "--as-of", "2020-06-30", root=root
    )
    assert sorted(m["id"] for m in two["measures"]) == ["A-M2", "B-M1", "B-M2"]


def test_list_is_sorted_naturally_with_overdue_flag(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    result = run(runner, "--list", "--as-of", "2020-06-30", root=root)
    ids = [line.split()[0] for line in result.output.splitlines() if line[:2] in ("A-", "B-")]
    assert ids == ["A-M1", "A-M2", "A-M10", "B-M1", "B-M2"]
    lines = result.output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("A-M2"))
    assert lines[at].rstrip().endswith("!")
    # Narrow: responsible body and end on the line below the title.
    assert "Jobcenter · bis 31.01.2020" in lines[at + 1]
    assert "! = überfällig" in result.output


def test_wide_list_has_the_promised_columns(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = small_concept(tmp_path)
    monkeypatch.setenv("COLUMNS", "140")
    result = run(runner, "--list", "--as-of", "2020-06-30", root=root)
    lines = result.output.splitlines()
    header = next(line for line in lines if line.startswith("Id"))
    assert header.split() == ["Id", "Titel", "Status", "Verantwortlich", "Beginn", "Ende"]
    # Each field is a heading row above its measures.
    assert lines.index(next(line for line in lines if line.startswith("A  "))) < lines.index(
        next(line for line in lines if line.startswith("A-M1"))
    )
    assert "Feld A" in next(line for line in lines if line.startswith("A  "))
    a_m2 = next(line for line in lines if line.startswith("A-M2"))
    assert "Jobcenter" in a_m2 and "31.01.2020" in a_m2 and a_m2.rstrip().endswith("!")
    example = next(line for line in lines if line.startswith("B-M1"))
    assert example.rstrip().endswith("B") and "B = Beispiel" in result.output


def test_csv_opens_in_german_excel(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    result = run(runner, "--format", "csv", "--as-of", "2020-06-30", root=root)
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Handlungsfeld", "Anz.", "Idee"]
    assert rows[-1][0] == "Gesamt" and rows[-1][1] == "5"
    comma = run(
        runner, "--format", "csv", "--separator", ",", "--list", "--as-of", "2020-06-30", root=root
    )
    listed = list(csv.reader(io.StringIO(comma.stdout.lstrip("\ufeff"))))
    assert listed[1][:4] == ["A", "A-M1", "Maßnahme A-M1", "umgesetzt"]


def test_markdown_table(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    result = run(runner, "--format", "markdown", "--as-of", "2020-06-30", root=root)
    lines = result.stdout.splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert table[0].startswith("| Handlungsfeld | Anz. |")
    assert table[1].startswith("|---|---:|")
    assert table[2].startswith("| Feld A | 3 |")
    assert table[-1].startswith("| **Gesamt** | **5** |")


def test_english(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    result = runner.invoke(
        app, ["--lang", "en", "--root", str(root), "status", "--as-of", "2020-06-30"]
    )
    assert "Total" in result.output and "as of 2020-06-30" in result.output
    assert "Gesamt" not in result.output


def test_invalid_concept_prints_errors_and_no_numbers(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    path = root / "2020" / "handlungsfelder" / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"A-Z2"', '"A-Z1"'), encoding="utf-8")
    result = run(runner, "--as-of", "2020-06-30", root=root)
    assert result.exit_code == 1
    assert "KI201" in result.output
    assert "Gesamt" not in result.output


def test_bad_options_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    root = small_concept(tmp_path)
    for args, text in (
        (["--by", "farbe"], "--by"),
        (["--status", "fertig"], "laufend"),
        (["--handlungsfeld", "X"], "'X'"),
        (["--as-of", "31.12.2020"], "JJJJ-MM-TT"),
        (["1999"], "2020"),
    ):
        result = run(runner, *args, root=root)
        assert result.exit_code == 2, args
        assert text in result.output
        assert "Traceback" not in result.output


def test_newest_version_is_chosen_by_adoption_date(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    write_version(root, "a-new", konzept("2019"), {"x": field("X", [], [])})
    write_version(root, "b-old", konzept("2015"), {"x": field("X", [], [])})
    write_version(
        root, "c-draft", {"titel": "Entwurf", "version": "2025"}, {"x": field("X", [], [])}
    )
    report = status_json(runner, root=root)
    assert report["concept"]["folder"] == "a-new"


def test_groups_that_differ_late_in_their_names_never_look_the_same(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "concept"
    measures = [
        measure("F-M1", verantwortlich="Kommunales Integrationszentrum des Kreises"),
        measure("F-M2", verantwortlich="Kommunales Integrationsmanagement des Kreises"),
    ]
    write_version(root, "2020", konzept(), {"f": field("F", [], measures)})
    result = run(runner, "--by", "verantwortlich", root=root)
    assert result.exit_code == 0, result.output
    assert group_labels(result.output) == [
        "Kommunales Integrationsmanagement des Kreises",
        "Kommunales Integrationszentrum des Kreises",
    ]


@pytest.mark.parametrize("columns, full", [("80", False), ("160", True)])
def test_status_words_in_full_when_the_width_allows(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, columns: str, full: bool
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    result = run(runner, "2017")
    header = next(line for line in result.output.splitlines() if line.startswith("Handlungsfeld"))
    assert ("verstetigt" in header) is full and ("vst. " in header) is not full
    assert ("Spalten: gepl. = geplant" in result.output) is not full
    # Where words are shortened, the short form says so: no word is cut without a mark.
    for cut in ("gepl ", "lauf ", "umge ", "vers ", "ruhe ", "überf "):
        assert cut not in header + " "
    assert max(len(line) for line in result.output.splitlines()) <= int(columns)


def test_csv_cells_never_become_formulas(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    measures = [
        measure("F-M1", titel='=HYPERLINK("https://example.org/x","Klick")',
                verantwortlich="@SUMME(A1)"),
        measure("F-M2", titel="+49 Hotline", verantwortlich="-Amt"),
    ]  # fmt: skip
    write_version(root, "2020", konzept(), {"f": field("F", [], measures, title="=1+1")})
    for args in (["--list"], ["--by", "verantwortlich"], []):
        result = run(runner, *args, "--format", "csv", root=root)
        assert result.exit_code == 0, result.output
        cells = [c for line in result.stdout.lstrip("\ufeff").splitlines() for c in line.split(";")]
        for cell in cells:
            text = cell.strip('"')
            assert not text.startswith(("=", "+", "-", "@")), cell
        assert any(cell.strip('"').startswith("'") for cell in cells), args


@pytest.mark.parametrize("separator", ['"', "\r", "\n", "a", "1", ";;"])
def test_a_separator_that_would_break_the_csv_is_refused(runner: CliRunner, separator: str) -> None:
    result = run(runner, "--format", "csv", "--separator", separator)
    assert result.exit_code == 2
    assert "--separator" in result.stderr


def test_the_total_row_writes_zero_as_the_group_rows_do(runner: CliRunner) -> None:
    result = run(runner, "2017", "--as-of", "2015-01-01")
    lines = result.output.splitlines()
    total = next(line for line in lines if line.startswith("Gesamt")).split()
    assert "0" not in total[2:-1] and "·" in total  # zero counts are dots, as above
    rows = [line for line in lines if line.startswith("Arbeit und")]
    assert rows and "·" in rows[0]


@pytest.mark.parametrize("as_of", ["2016-01-01", "2019-06-01", "2024-06-30"])
def test_at_80_columns_no_column_is_lost(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, as_of: str
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run(runner, "2017", "--as-of", as_of)
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if line.startswith("Handlungsfeld"))
    report = status_json(runner, "2017", "--as-of", as_of)
    shown = [s for s, n in report["total"]["status"].items() if n]
    assert len(header.split()) == 4 + len(status_json_columns(report))
    assert header.split()[-1] in ("überf.", "!") and header.split()[-2] == "%"
    total = next(line for line in lines if line.startswith("Gesamt")).split()
    overdue_cell = total[-2] if total[-1][0] in "█░" else total[-1]  # the bar comes last
    overdue = report["total"]["overdue"]
    assert overdue_cell == (str(overdue) if overdue else "·")
    assert shown  # the date has measures to count


def status_json_columns(report: dict[str, Any]) -> list[str]:
    """The status columns a table shows: every word, not-started and unknown only if any."""
    counts = report["total"]["status"]
    return [s for s in counts if s not in ("unbekannt", "nicht_begonnen") or counts[s]]
