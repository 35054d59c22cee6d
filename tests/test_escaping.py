"""Text from concept files and their names is shown, never acted on: no control character
reaches a terminal or a CI log raw, and no Markdown output turns a value into markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.escaping import markdown, visible
from tests.builders import field, konzept, measure, write_version

# Right-to-left override, isolate, NEL, line separator, zero width space.
HIDDEN = "\u202e\u2066\u0085\u2028\u200b"


def test_visible_writes_out_what_would_act() -> None:
    assert visible("a\u202eb") == "a\\u202eb"
    assert visible("a\x1b[2Jb\rc") == "a\\u001b[2Jb\\u000dc"
    assert visible("eins\nzwei\tdrei") == "eins\nzwei\tdrei"
    assert visible("eins\nzwei\tdrei", one_line=True) == "eins\\nzwei\\tdrei"
    assert visible("Straße – „Text“ €") == "Straße – „Text“ €"


def test_markdown_keeps_values_text() -> None:
    assert markdown("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert markdown("[klick](https://x.org)") == "\\[klick\\](https://x.org)"
    assert markdown("eins\nzwei | drei\r\n# vier") == "eins zwei \\| drei \\# vier"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "concept"
    title = f"Sprachkurs{HIDDEN}<script>x</script>\n[Link](https://example.org) | Spalte"
    measures = [measure("F-M1", titel=title, verantwortlich=f"Amt{HIDDEN}")]
    write_version(root, "2020", konzept(), {"f": field("F", [], measures, title=f"Feld{HIDDEN}")})
    return root


@pytest.mark.parametrize(
    "args",
    [["status"], ["status", "--list"], ["status", "--by", "verantwortlich"], ["show", "F-M1"],
     ["show", "F"]],
)  # fmt: skip
def test_terminal_output_shows_hidden_marks(
    runner: CliRunner, hostile: Path, args: list[str]
) -> None:
    result = runner.invoke(app, ["--root", str(hostile), *args])
    assert result.exit_code == 0, result.output
    assert not any(char in result.output for char in HIDDEN)
    assert "\\u202e" in result.output


@pytest.mark.parametrize("listing", [[], ["--list"]])
def test_status_markdown_is_escaped_and_one_line_per_row(
    runner: CliRunner, hostile: Path, listing: list[str]
) -> None:
    result = runner.invoke(
        app, ["--root", str(hostile), "status", "--format", "markdown", *listing]
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "<script>" not in out and "[Link](https" not in out
    assert not any(char in out for char in HIDDEN)
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert rows and all(line.endswith("|") for line in rows)
    columns = {line.replace("\\|", "").count("|") for line in rows}
    assert len(columns) == 1  # no row broken, no cell split by a pipe in a value


def test_diff_markdown_keeps_a_title_with_a_line_break_in_its_list_item(
    runner: CliRunner, hostile: Path
) -> None:
    new = hostile / "2021"
    changed = measure("F-M1", titel="Neu\n# Überschrift\n- Punkt")
    write_version(hostile, "2021", konzept("2021"), {"f": field("F", [], [changed])})
    result = runner.invoke(app, ["--root", str(hostile), "diff", "2020", "2021", "-f", "markdown"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert not any(line.startswith(("# Überschrift", "- Punkt", "<script>")) for line in lines)
    assert "\\# Überschrift" in result.stdout
    assert new.is_dir()


def test_diff_text_shows_hidden_marks(runner: CliRunner, hostile: Path) -> None:
    write_version(hostile, "2021", konzept("2021"),
                  {"f": field("F", [], [measure("F-M1", titel=f"Anders{HIDDEN}")])})  # fmt: skip
    result = runner.invoke(app, ["--root", str(hostile), "diff", "2020", "2021"])
    assert result.exit_code == 0, result.output
    assert not any(char in result.output for char in HIDDEN) and "\\u202e" in result.output


def test_a_hostile_file_name_cannot_clear_a_screen_or_forge_a_workflow_command(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "concept"
    write_version(root, "2020", konzept(), {"f": field("F", [], [measure("F-M1")])})
    name = "x\x1b]0;gehackt\x07\x1b[2J\n::add-mask::geheim\n::error::falsch.yaml"
    (root / "2020" / "handlungsfelder" / name).write_text("id: [\n", encoding="utf-8")
    for fmt in ("text", "github"):
        result = runner.invoke(app, ["--root", str(root), "validate", "--format", fmt])
        assert result.exit_code == 1
        assert "\x1b" not in result.output and "\x07" not in result.output
        assert not any(line.startswith(("::add-mask::", "::error::")) for line in
                       result.output.splitlines())  # fmt: skip
        assert "\\u001b" in result.output
    payload = runner.invoke(app, ["--root", str(root), "validate", "--format", "json"]).stdout
    assert json.loads(payload)["diagnostics"]  # JSON keeps the name as it is, escaped by JSON


def test_edit_reports_show_hidden_marks(runner: CliRunner, hostile: Path) -> None:
    result = runner.invoke(
        app, ["--root", str(hostile), "set-status", "F-M1", "laufend", "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert "+" in result.stdout  # the unified diff is there
    assert not any(char in result.output for char in HIDDEN)
    assert "\\u202e" in result.output


def test_show_takes_text_as_text_not_markup(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    measures = [measure("F-M1", verantwortlich="Amt [link=https://e.vil]hier[/link] [/nope]")]
    write_version(root, "2020", konzept(), {"f": field("F", [], measures)})
    result = runner.invoke(app, ["--root", str(root), "show", "F-M1"])
    assert result.exit_code == 0, result.output
    assert "[link=https://e.vil]hier[/link] [/nope]" in result.stdout


def test_no_line_of_user_text_can_start_a_workflow_command(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "concept"
    forged = "Kultur\n::error file=x::pwned\n  ::add-mask::geheim"
    write_version(root, "2020", konzept(), {"f": field("F", [], [measure("F-M1")], title="Alt")})
    changed = field("F", [], [measure("F-M1", beschreibung=forged)], title=forged)
    write_version(root, "2021", konzept("2021"), {"f": changed})
    for args in (["diff", "2020", "2021"], ["show", "F-M1", "2021"], ["show", "F", "2021"]):
        result = runner.invoke(app, ["--root", str(root), *args])
        assert result.exit_code == 0, result.output
        assert not [line for line in result.output.splitlines() if line.lstrip().startswith("::")]
    unknown = runner.invoke(app, ["--root", str(root), "show", "\x1b[2J\n::error::x"])
    assert unknown.exit_code == 2 and "\x1b" not in unknown.stderr
    assert not [line for line in unknown.stderr.splitlines() if line.startswith("::")]
