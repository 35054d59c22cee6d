"""The numbers a Kreistag reads: dropped is not done, past dates need a history, and
``status``, ``report`` and ``export`` agree."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.builders import field, goal, konzept, measure, write_version
from tests.html_tree import parse
from tests.report_numbers import assert_numbers_match

AS_OF = "2030-01-01"  # after the system date: a status without history holds


def run(runner: CliRunner, root: Path, *args: str) -> Any:
    return runner.invoke(app, ["--root", str(root), *args])


def status_json(runner: CliRunner, root: Path, *args: str) -> dict[str, Any]:
    result = run(runner, root, "status", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def dropped_concept(tmp_path: Path, **konzept_keys: Any) -> Path:
    """Field A: one running measure and one dropped for lack of money. Field B: one done."""
    root = tmp_path / "concept"
    write_version(
        root,
        "2025",
        konzept("2025", **konzept_keys),
        {
            "a": field(
                "A",
                [goal("A-Z1")],
                [
                    measure("A-M1", "laufend", ziele=["A-Z1"]),
                    measure("A-M2", "entfallen", ziele=["A-Z1"], ende="2026-03-31"),
                ],
            ),
            "b": field(
                "B",
                [goal("B-Z1")],
                [measure("B-M1", "umgesetzt", ziele=["B-Z1"], ende="2026-06-30")],
            ),
        },
    )
    return root


def test_a_dropped_measure_is_not_progress(runner: CliRunner, tmp_path: Path) -> None:
    root = dropped_concept(tmp_path)
    report = status_json(runner, root, "--as-of", AS_OF)
    field_a, field_b = report["groups"]
    # The only closed measure of A was dropped: nothing achieved, and it is not counted.
    assert field_a["achieved"] == 0 and field_a["dropped"] == 1
    assert field_a["share_achieved"] == 0.0
    assert field_b["achieved"] == 1 and field_b["share_achieved"] == 1.0
    assert report["total"]["achieved"] == 1 and report["total"]["dropped"] == 1
    assert report["total"]["share_achieved"] == 0.5  # 1 of the 2 not dropped
    kinds = {s["id"]: s["kind"] for s in report["statuses"]}
    assert kinds["entfallen"] == "dropped" and kinds["umgesetzt"] == "achieved"
    assert kinds["ruhend"] == "open"

    table = run(runner, root, "status", "--as-of", AS_OF).output
    row_a = next(line for line in table.splitlines() if line.startswith("Feld A"))
    assert "0%" in row_a and "50%" not in row_a
    assert "ohne die entfallenen (entfallen)" in " ".join(table.split())

    csv_text = run(runner, root, "status", "--as-of", AS_OF, "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff")), delimiter=";"))
    header = rows[0]
    row = dict(zip(header, rows[1], strict=True))
    assert row["Summe erreicht"] == "0" and row["Summe entfallen"] == "1"
    assert row["erreicht %"] == "0" and row["entfallen"] == "1"  # the status column


def test_report_and_export_count_dropped_apart(runner: CliRunner, tmp_path: Path) -> None:
    root = dropped_concept(tmp_path)
    status = status_json(runner, root, "--as-of", AS_OF)
    html_file = tmp_path / "bericht.html"
    result = run(runner, root, "report", "--as-of", AS_OF, "-o", str(html_file))
    assert result.exit_code == 0, result.output
    page = parse(html_file.read_text(encoding="utf-8"))
    assert assert_numbers_match(page, status) > 10
    assert "50% (1 von 2 Maßnahmen mit bekanntem Status erreicht; 1 entfallen" in page.text()
    markdown_file = tmp_path / "bericht.md"
    assert run(runner, root, "report", "--as-of", AS_OF, "-o", str(markdown_file)).exit_code == 0
    markdown = markdown_file.read_text(encoding="utf-8")
    assert "1 Maßnahmen, davon 0 erreicht" not in markdown
    assert "2 Maßnahmen, davon 0 erreicht, 1 entfallen, 0 überfällig." in markdown

    workbook_file = tmp_path / "stand.xlsx"
    assert run(runner, root, "export", "--as-of", AS_OF, "-o", str(workbook_file)).exit_code == 0
    summary = list(openpyxl.load_workbook(workbook_file)["Übersicht"].iter_rows(values_only=True))
    header = list(summary[0])
    for values, group in zip(summary[1:], [*status["groups"], status["total"]], strict=True):
        cells = dict(zip(header, values, strict=True))
        assert cells["Summe erreicht"] == group["achieved"]
        assert cells["Summe entfallen"] == group["dropped"]
        assert cells["erreicht %"] == group["share_achieved"]


def test_a_kreis_says_which_of_its_words_are_dropped(runner: CliRunner, tmp_path: Path) -> None:
    words = [
        {"id": "laufend", "titel": "läuft"},
        {"id": "pausiert", "titel": "pausiert", "ueberfaellig": False},
        {"id": "umgesetzt", "titel": "umgesetzt", "abgeschlossen": True},
        {"id": "entfallen", "titel": "gestrichen", "entfallen": True, "kurz": "gestr"},
    ]
    root = dropped_concept(tmp_path, statuswerte=words)
    report = status_json(runner, root, "--as-of", AS_OF)
    assert report["total"]["dropped"] == 1 and report["total"]["share_achieved"] == 0.5
    kinds = {s["id"]: (s["kind"], s["overdue"]) for s in report["statuses"]}
    assert kinds == {
        "laufend": ("open", True),
        "pausiert": ("open", False),
        "umgesetzt": ("achieved", False),
        "entfallen": ("dropped", False),
    }
    # A dropped word closes a measure: it needs no 'ende' of its own to be valid and is
    # never overdue.
    assert run(runner, root, "validate").exit_code == 0


def test_paused_measures_are_overdue_unless_the_kreis_says_otherwise(
    runner: CliRunner, tmp_path: Path
) -> None:
    def concept(words: list[dict[str, Any]] | None) -> Path:
        root = tmp_path / ("own" if words else "default") / "concept"
        extra = {"statuswerte": words} if words else {}
        write_version(
            root,
            "2025",
            konzept("2025", **extra),
            {"a": field("A", [], [measure("A-M1", "ruhend", ende="2026-01-31")])},
        )
        return root

    default = concept(None)
    report = status_json(runner, default, "--as-of", AS_OF)
    assert report["total"]["overdue"] == 1
    text = run(runner, default, "status", "--as-of", AS_OF).output
    assert "Überfällig: Ende vor dem Stichtag und Status Idee, geplant, laufend, ruhend." in text
    own = concept(
        [
            {"id": "laufend", "titel": "laufend"},
            {"id": "ruhend", "titel": "ruhend", "ueberfaellig": False},
            {"id": "umgesetzt", "titel": "umgesetzt", "abgeschlossen": True},
        ]
    )
    assert status_json(runner, own, "--as-of", AS_OF)["total"]["overdue"] == 0
    text = run(runner, own, "status", "--as-of", AS_OF).output
    assert "Nie überfällig (statuswerte: ueberfaellig: false): ruhend." in text
    validated = run(runner, own, "validate", "--as-of", AS_OF)
    assert validated.exit_code == 0 and "KI305" not in validated.output
    assert "KI305" in run(runner, default, "validate", "--as-of", AS_OF).output


def history_concept(tmp_path: Path) -> Path:
    root = tmp_path / "concept"
    write_version(
        root,
        "2020",
        konzept("2020"),
        {
            "a": field(
                "A",
                [],
                [
                    # No history: today's status, nothing about earlier dates.
                    measure("A-M1", "umgesetzt", beginn="2021-01-01", ende="2022-12-31"),
                    measure("A-M2", "laufend"),
                    measure(
                        "A-M3",
                        "laufend",
                        beginn="2021-01-01",
                        verlauf=[{"datum": "2021-03-01", "status": "laufend"}],
                    ),
                ],
            )
        },
    )
    return root


def test_a_past_date_without_history_is_not_today(runner: CliRunner, tmp_path: Path) -> None:
    root = history_concept(tmp_path)
    by_id = {
        m["id"]: (m["status"], m["overdue"])
        for m in status_json(runner, root, "--as-of", "2020-06-30")["measures"]
    }
    # Before 'beginn' nothing has started; with no history and no 'beginn', unknown.
    assert by_id == {
        "A-M1": ("nicht_begonnen", False),
        "A-M2": (None, False),
        "A-M3": ("nicht_begonnen", False),
    }
    later = status_json(runner, root, "--as-of", "2021-06-30")
    assert {m["id"]: m["status"] for m in later["measures"]} == {
        "A-M1": None,  # started, but no history says how it stood
        "A-M2": None,
        "A-M3": "laufend",
    }
    assert later["total"]["without_history"] == 2
    assert later["total"]["status"]["unbekannt"] == 2
    text = run(runner, root, "status", "--as-of", "2021-06-30").output
    assert "2 Maßnahmen ohne Verlauf bis zum 30.06.2021" in text
    early = run(runner, root, "status", "--as-of", "2020-06-30").output
    assert "2 Maßnahmen vor ihrem Beginn: nicht begonnen." in early
    assert "n.b. = nicht begonnen" in early
    # Today and later, 'status' holds.
    today = status_json(runner, root)
    assert {m["id"]: m["status"] for m in today["measures"]}["A-M1"] == "umgesetzt"
    assert today["total"]["without_history"] == 0
    only = status_json(runner, root, "--as-of", "2020-06-30", "--status", "nicht_begonnen")
    assert [m["id"] for m in only["measures"]] == ["A-M1", "A-M3"]


def test_show_reads_the_status_on_the_date_the_same_way(runner: CliRunner, tmp_path: Path) -> None:
    root = history_concept(tmp_path)
    result = run(runner, root, "show", "A-M1", "--as-of", "2020-06-30")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if line.startswith("Status"))
    assert line.split(maxsplit=1)[1].strip() == "nicht begonnen"
    shown = run(runner, root, "show", "A-M1", "--as-of", "2021-06-30", "--format", "json")
    assert json.loads(shown.stdout)["status_on_as_of"] is None


def test_export_carries_description_history_and_resources(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "concept"
    write_version(
        root,
        "2025",
        konzept("2025"),
        {
            "a": field(
                "A",
                [],
                [
                    measure(
                        "A-M1",
                        "laufend",
                        beschreibung="Sprachkurse für Eltern.\n",
                        daueraufgabe=True,
                        ressourcen="0,5 Stelle",
                        verlauf=[
                            {"datum": "2025-02-01", "status": "geplant"},
                            {"datum": "2025-09-01", "status": "laufend", "notiz": "Start"},
                        ],
                    )
                ],
            )
        },
    )
    result = run(runner, root, "export", "--format", "csv", "--as-of", AS_OF)
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Beschreibung"] == "Sprachkurse für Eltern."
    assert row["Daueraufgabe"] == "ja" and row["Ressourcen"] == "0,5 Stelle"
    assert (row["Verlauf: letztes Datum"], row["Verlauf: Status"], row["Verlauf: Notiz"]) == (
        "2025-09-01",
        "laufend",
        "Start",
    )
    # On an earlier date the entry of that date is the last one.
    earlier = run(runner, root, "export", "--format", "csv", "--as-of", "2025-03-01").stdout
    rows = list(csv.reader(io.StringIO(earlier.lstrip("\ufeff")), delimiter=";"))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["Status"], row["Verlauf: letztes Datum"], row["Verlauf: Notiz"]) == (
        "geplant",
        "2025-02-01",
        "",
    )
    workbook_file = tmp_path / "m.xlsx"
    assert run(runner, root, "export", "-o", str(workbook_file), "--as-of", AS_OF).exit_code == 0
    sheet = openpyxl.load_workbook(workbook_file)["Alle Maßnahmen"]
    header = [c.value for c in sheet[1]]
    values = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert values["Verlauf: letztes Datum"] == dt.datetime(2025, 9, 1)


@pytest.mark.parametrize(
    ("command", "args", "name"),
    [
        ("export", [], "stand.txt"),
        ("export", ["--format", "xlsx"], "stand.csv"),
        ("export", [], "stand"),
        ("report", [], "bericht.pdf"),
        ("report", ["--format", "markdown"], "bericht.html"),
    ],
)
def test_an_output_name_that_does_not_fit_the_format_is_refused(
    runner: CliRunner, tmp_path: Path, command: str, args: list[str], name: str
) -> None:
    root = dropped_concept(tmp_path)
    target = tmp_path / name
    result = run(runner, root, command, *args, "-o", str(target))
    assert result.exit_code == 2, result.output
    assert "Endung" in result.stderr and "Traceback" not in result.output
    assert not target.exists()


def test_an_output_name_without_suffix_is_fine_with_a_format(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = dropped_concept(tmp_path)
    target = tmp_path / "stand"
    assert run(runner, root, "export", "--format", "csv", "-o", str(target)).exit_code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


def test_english_short_forms_are_words_or_marked(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    root = dropped_concept(tmp_path)
    result = run(runner, root, "--lang", "en", "status", "--as-of", "2025-01-01")
    lines = result.output.splitlines()
    header = next(line for line in lines if line.startswith("Field of action"))
    for cut in ("runn", "esta", "paus", "plan ", "drop "):
        assert cut not in header + " ", header
    assert "run. = running" in result.output and "est. = established" in result.output
    # The legend wraps between words, never inside one: joined again, every entry is whole.
    legend = " ".join(result.output[result.output.index("Columns:") :].split())
    entries = legend.removeprefix("Columns: ").rstrip(".").split("; ")
    titles = {"idea", "planned", "running", "on hold", "done", "established", "dropped"}
    for entry in entries:
        short, title = entry.split(" = ")
        assert title in titles | {"overdue", "unknown", "not started"}, entry
        assert len(short) <= 5, entry


def test_validate_reads_the_status_on_the_date_as_status_does(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "concept"
    history = [
        {"datum": "2025-01-01", "status": "laufend"},
        {"datum": "2026-11-15", "status": "umgesetzt"},
    ]
    write_version(
        root,
        "2025",
        konzept("2025"),
        {"a": field("A", [], [measure("A-M1", "umgesetzt", ende="2026-06-30", verlauf=history)])},
    )
    # On 2026-07-15 the history says 'laufend', after the end: overdue in both commands.
    late = run(runner, root, "validate", "--as-of", "2026-07-15")
    assert "KI305" in late.output and "noch 'laufend'" in late.output
    assert status_json(runner, root, "--as-of", "2026-07-15")["total"]["overdue"] == 1
    assert "KI305" not in run(runner, root, "validate", "--as-of", "2026-12-01").output
    assert status_json(runner, root, "--as-of", "2026-12-01")["total"]["overdue"] == 0
