"""The command line where users type it: global options after the command, usage errors
and help in the user's language, help readable at 80 columns."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.vocabulary import DEFAULT_WORDS
from tests.conftest import BUNDLED, REPO

AS_OF = ["--as-of", "2018-01-01"]


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def _process(
    *args: str, cwd: Path = REPO, lang: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "COLUMNS": "80", "NO_COLOR": "1"}
    env.pop("KI_CONCEPT_LANG", None)
    if lang:
        env["KI_CONCEPT_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "ki_concept", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )


# --- 1. global options before or after the command -------------------------------------------


def test_global_options_work_after_the_command(runner: CliRunner) -> None:
    german = invoke(runner, "status", "--root", str(BUNDLED), *AS_OF)
    assert german[0] == 0 and "Version 2017 · beschlossen am 14.12.2017" in german[1]
    # (--lang holds for the rest of the process, as in a real run: English comes last.)
    after = invoke(runner, "status", *AS_OF, "--root", str(BUNDLED), "--lang", "en")
    before = invoke(runner, "--root", str(BUNDLED), "--lang", "en", "status", *AS_OF)
    assert before == after
    code, out, _ = after
    assert code == 0 and "Version 2017 · adopted 2017-12-14" in out


def test_the_later_of_two_places_wins(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "gibtsnicht"
    code, out, _ = invoke(runner, "--root", str(missing), "status", "--root", str(BUNDLED), *AS_OF)
    assert code == 0 and "Version 2017" in out
    code, _, err = invoke(runner, "--root", str(BUNDLED), "status", "--root", str(missing))
    assert code == 2 and f"Konzept-Ordner {missing} gibt es nicht" in err
    code, out, _ = invoke(runner, "--lang", "en", "--root", str(BUNDLED), "status", "--lang", "de")
    assert code == 0 and "beschlossen am" in out


def test_max_bytes_after_the_command(runner: CliRunner) -> None:
    code, out, _ = invoke(runner, "validate", "2017", "--root", str(BUNDLED), "--max-bytes", "1k")
    assert code == 1 and "(KI002)" in out
    code, _, err = invoke(runner, "validate", "--max-bytes", "viel")
    assert (code, err) == (
        2,
        "Fehler: 'viel' ist keine Größe; erwartet z. B. 4M, 512k oder 1048576.\n",
    )


def test_a_value_that_looks_like_a_global_option_stays_a_value(
    runner: CliRunner, concept_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(concept_copy.parent)
    before = (concept_copy / "2017" / "handlungsfelder" / "bildung.yaml").read_bytes()
    call = "set-status BILDUNG-M4 laufend --note --root --date 2018-02-01 --dry-run"
    code, out, err = invoke(runner, *call.split())
    assert (code, err) == (0, ""), err
    assert '+        notiz: "--root"' in out
    assert (concept_copy / "2017" / "handlungsfelder" / "bildung.yaml").read_bytes() == before


def test_a_global_option_of_a_subcommand_in_a_group(
    runner: CliRunner, concept_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "woanders"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    call = "add massnahme --handlungsfeld BILDUNG --titel Neu --dry-run --lang en --root"
    code, out, err = invoke(runner, *call.split(), str(concept_copy))
    assert code == 0, err
    assert "+  - id: BILDUNG-M5\n+    titel: Neu\n" in out
    assert out.endswith("dry run (--dry-run): nothing written.\n")


def test_a_global_option_without_its_value(runner: CliRunner) -> None:
    assert invoke(runner, "status", "--root") == (
        2,
        "",
        "Fehler: Die Option --root braucht einen Wert.\n"
        "Aufruf: ki-concept status [OPTIONEN] [VERSION]\n"
        "Hilfe: ki-concept status --help\n",
    )


def test_global_options_after_the_command_in_a_real_process(tmp_path: Path) -> None:
    done = _process(
        "validate", "2017", *AS_OF, "--root", str(BUNDLED), "--lang", "en", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("0 error(s), 1 warning(s) in 7 files (2017).\n")


# --- 3. usage errors in the user's language ---------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["status", "--bogus"],
            "Fehler: Die Option --bogus gibt es bei 'ki-concept status' nicht.\n"
            "Aufruf: ki-concept status [OPTIONEN] [VERSION]\n"
            "Hilfe: ki-concept status --help\n",
        ),
        (
            ["status", "--bogus", "--lang", "en"],
            "error: 'ki-concept status' has no option --bogus.\n"
            "Usage: ki-concept status [OPTIONS] [VERSION]\n"
            "Help: ki-concept status --help\n",
        ),
        (
            ["status", "--for"],
            "Fehler: Die Option --for gibt es bei 'ki-concept status' nicht; gemeint ist "
            "vielleicht --format.\n"
            "Aufruf: ki-concept status [OPTIONEN] [VERSION]\n"
            "Hilfe: ki-concept status --help\n",
        ),
        (
            ["show"],
            "Fehler: Es fehlt das Argument ID.\n"
            "Aufruf: ki-concept show [OPTIONEN] ID [VERSION]\n"
            "Hilfe: ki-concept show --help\n",
        ),
        (
            ["set-status", "--lang", "en", "BILDUNG-M4"],
            "error: the argument STATUS is missing.\n"
            "Usage: ki-concept set-status [OPTIONS] ID STATUS\n"
            "Help: ki-concept set-status --help\n",
        ),
        (
            ["status", "--by"],
            "Fehler: Die Option --by braucht einen Wert.\n"
            "Aufruf: ki-concept status [OPTIONEN] [VERSION]\n"
            "Hilfe: ki-concept status --help\n",
        ),
        (
            ["status", "--overdue=ja", "--lang", "en"],
            "error: the option --overdue takes no value.\n"
            "Usage: ki-concept status [OPTIONS] [VERSION]\n"
            "Help: ki-concept status --help\n",
        ),
        (
            ["status", "2017", "extra"],
            "Fehler: Überzählige Argumente: extra.\n"
            "Aufruf: ki-concept status [OPTIONEN] [VERSION]\n"
            "Hilfe: ki-concept status --help\n",
        ),
        (
            ["stauts"],
            "Fehler: Den Befehl 'stauts' gibt es nicht; gemeint ist vielleicht 'status'.\n"
            "Aufruf: ki-concept [OPTIONEN] BEFEHL [ARGUMENTE]...\n"
            "Hilfe: ki-concept --help\n",
        ),
        (
            ["--lang", "en", "--root", "x"],
            "error: the command is missing; available: validate, status, show, diff, "
            "set-status, set, new-version, init, report, export, import, schema, add.\n"
            "Usage: ki-concept [OPTIONS] COMMAND [ARGS]...\n"
            "Help: ki-concept --help\n",
        ),
        (
            ["add", "massnahme", "--foo"],
            "Fehler: Die Option --foo gibt es bei 'ki-concept add massnahme' nicht.\n"
            "Aufruf: ki-concept add massnahme [OPTIONEN]\n"
            "Hilfe: ki-concept add massnahme --help\n",
        ),
        # Bad values: the command's own check, in the language given after the command.
        (
            ["status", "--format", "xml"],
            "Fehler: 'xml' ist für --format nicht erlaubt; möglich: table, json, csv, markdown.\n",
        ),
        (
            ["status", "--format", "xml", "--lang", "en"],
            "error: 'xml' is not allowed for --format; choose from: table, json, csv, markdown.\n",
        ),
        (
            ["show", "X", "--as-of", "1.1.2018", "--lang", "en"],
            "error: '1.1.2018' is not a date; expected YYYY-MM-DD, e.g. 2017-12-14.\n",
        ),
        (
            ["status", "--lang", "fr"],
            "Fehler: 'fr' ist für --lang nicht erlaubt; möglich: de, en.\n",
        ),
    ],
)
def test_usage_errors(runner: CliRunner, args: list[str], message: str) -> None:
    assert invoke(runner, "--root", str(BUNDLED), *args) == (2, "", message)


def test_a_value_typer_refuses_gets_our_frame(runner: CliRunner) -> None:
    # ki-concept checks its values itself; a value typer's own conversion refuses (here an
    # int) keeps typer's detail, framed in the user's language.
    from ki_concept.command_line import Command, Group

    mini = typer.Typer(cls=Group)

    @mini.callback()
    def root() -> None:
        pass

    @mini.command("count", cls=Command)
    def count(n: int = 1) -> None:
        typer.echo(str(n))

    result = runner.invoke(mini, ["count", "--n", "zwei"], prog_name="mini")
    assert result.exit_code == 2
    assert result.stderr.startswith("Fehler: Ungültiger Wert für --n: ")
    assert result.stderr.endswith("\nAufruf: mini count [OPTIONEN]\nHilfe: mini count --help\n")
    assert runner.invoke(mini, ["count", "--n", "2"]).stdout == "2\n"


def test_usage_errors_in_a_real_process() -> None:
    done = _process("status", "--bogus", "--lang", "en")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("error: 'ki-concept status' has no option --bogus.\n")
    done = _process("show", lang="en")
    assert done.returncode == 2 and done.stderr.startswith("error: the argument ID is missing.")


def test_no_arguments_show_the_help_on_stderr(runner: CliRunner) -> None:
    code, out, err = invoke(runner)
    assert (code, out) == (2, "")
    assert err.startswith("\n Aufruf: ki-concept [OPTIONEN] BEFEHL [ARGUMENTE]...\n")
    assert "╭─ Befehle " in err


# --- 3./4. help: the user's words, readable at 80 columns --------------------------------------


def _commands() -> list[tuple[tuple[str, ...], Any]]:
    """Every command and group, by the words that call it; the app itself first."""
    found: list[tuple[tuple[str, ...], Any]] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        found.append((path, command))
        for name, child in (getattr(command, "commands", None) or {}).items():
            walk(child, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


TYPE_NAMES = re.compile(r"<(str|bool|int|float|path|list|tuple|datetime)\b|\b(INTEGER|BOOLEAN)\b")
ENGLISH_FRAME = (
    "Usage:",
    "Options",
    "Arguments",
    "Commands",
    "[default",
    "[required]",
    "Show this",
)
GERMAN_FRAME = ("Aufruf:", "Optionen", "Argumente", "Befehle", "[Standard", "[erforderlich]")


def flat(text: str) -> str:
    """The text of a help as one line: no panel borders, single spaces."""
    return " ".join(text.replace("│", " ").split())


def help_problems() -> dict[str, list[str]]:
    """What is wrong with each command's help at the current width, by command path."""
    runner = CliRunner()
    problems: dict[str, list[str]] = {}
    for path, command in _commands():
        result = runner.invoke(app, [*path, "--help"])
        text = result.stdout
        found = []
        if result.exit_code != 0:
            found.append(f"exit {result.exit_code}: {result.stderr}")
        width = int(os.environ["COLUMNS"])
        found += [f"too wide: {line!r}" for line in text.splitlines() if len(line) > width]
        found += [f"type name: {m.group(0)}" for m in TYPE_NAMES.finditer(text)]
        words = set(text.replace("│", " ").split())
        names = set(text.replace("│", " ").replace(",", " ").split())
        ctx = typer.Context(command, info_name=path[-1] if path else "ki-concept")
        for param in command.get_params(ctx):
            if param.param_type_name == "option":
                wanted = [*param.opts, *param.secondary_opts]
            else:
                wanted = [(param.metavar or "") + ("..." if param.nargs != 1 else "")]
            found += [f"broken name: {name!r}" for name in wanted if name not in names]
            if param.name not in ("help", "install_completion", "show_completion"):
                helped = (getattr(param, "help", None) or "").split()
                found += [f"broken word: {word!r}" for word in helped if word not in words]
        helped = (command.help or "").split()
        found += [f"broken word: {word!r}" for word in helped if word not in words]
        problems[" ".join(path) or "ki-concept"] = found
    return problems


def test_every_help_is_readable_at_80_columns_in_german() -> None:
    problems = help_problems()
    assert len(problems) == 15  # the app, thirteen commands, the group 'add' and its command
    assert {path: found for path, found in problems.items() if found} == {}


def test_every_help_is_readable_at_80_columns_in_english() -> None:
    code = (
        "import json; from tests.test_cli_options import help_problems; "
        "print(json.dumps(help_problems()))"
    )
    env = {**os.environ, "COLUMNS": "80", "KI_CONCEPT_LANG": "en", "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO, env=env
    )
    assert done.returncode == 0, done.stderr
    problems = json.loads(done.stdout)
    assert len(problems) == 15
    assert {path: found for path, found in problems.items() if found} == {}


def test_the_help_frame_is_german(runner: CliRunner) -> None:
    texts = {path: runner.invoke(app, [*path, "--help"]).stdout for path, _ in _commands()}
    for path, text in texts.items():
        assert text.startswith(f"\n Aufruf: {' '.join(('ki-concept', *path))} [OPTIONEN]"), path
        assert "Diese Hilfe zeigen." in text and "╭─ Optionen " in text, path
        assert not [word for word in ENGLISH_FRAME if word in text], path
    status = texts[("status",)]
    assert "╭─ Argumente " in status and "[Standard: table]" in flat(status)
    assert "│ --beispiele " in status and "│ --keine-beispiele " in status
    assert "[Standard: beispiele]" in flat(status)
    assert "│ --as-of DATUM " in status and "│ --status STATUS " in status
    assert "│ --overdue  " in status and "│ --format, -f FORMAT " in status
    assert "[erforderlich]" in texts[("show",)]
    root = texts[()]
    assert "╭─ Befehle " in root and "│ --root ORDNER " in root and "│ --lang de|en " in root
    assert "Tab-Vervollständigung für die eigene Shell einrichten." in flat(root)


def test_the_help_frame_in_english() -> None:
    done = _process("status", "--help", "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("\n Usage: ki-concept status [OPTIONS] [VERSION]\n")
    for word in ("╭─ Arguments ", "╭─ Options ", "│ --as-of DATE ", "show this help."):
        assert word in text, word
    assert "[default: table]" in flat(text)
    assert not [word for word in GERMAN_FRAME if word in text]
    root = _process("--help", lang="en").stdout
    assert "╭─ Commands " in root and "install tab completion" in flat(root)


def test_set_status_help_lists_the_status_words(runner: CliRunner) -> None:
    text = flat(runner.invoke(app, ["set-status", "--help"]).stdout)
    words = [word.id for word in DEFAULT_WORDS]
    assert "die Standardwörter sind " + ", ".join(words[:-1]) + " und " + words[-1] in text
    assert "'statuswerte' in konzept.yaml kann andere festlegen" in text
    english = flat(_process("set-status", "--help", lang="en").stdout)
    assert "the default words are " + ", ".join(words[:-1]) + " and " + words[-1] in english
    assert "'statuswerte' in konzept.yaml may define others" in english


@pytest.mark.parametrize("command", ["status", "show", "report", "export"])
def test_as_of_says_it_picks_the_status_from_the_history(runner: CliRunner, command: str) -> None:
    text = flat(runner.invoke(app, [command, "--help"]).stdout)
    assert "der Status jeder Maßnahme an diesem Tag laut ihrem 'verlauf'" in text


def test_as_of_in_english_and_for_validate(runner: CliRunner) -> None:
    english = flat(_process("status", "--help", lang="en").stdout)
    assert "each measure's status on that day from its 'verlauf'" in english
    # validate reads no history: its --as-of is the day for 'overdue' only.
    validate = flat(runner.invoke(app, ["validate", "--help"]).stdout)
    assert "--as-of DATUM Stichtag für 'überfällig'" in validate and "verlauf" not in validate


def test_a_value_with_a_leading_dash_gets_a_hint(runner: CliRunner) -> None:
    code, out, err = invoke(
        runner, "--root", str(BUNDLED), "set", "ARBEIT-M3", "ressourcen", "-20 %"
    )
    assert code == 2 and out == ""
    assert err.startswith(
        "Fehler: Die Option -2 gibt es bei 'ki-concept set' nicht. Beginnt ein Wert mit '-', "
        "'--' davor setzen: ki-concept set … -- -20 %\n"
        "Aufruf: ki-concept set [OPTIONEN] ID SCHLÜSSEL [WERT]...\n"
    )
