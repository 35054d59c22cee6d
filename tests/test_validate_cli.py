"""``ki-concept validate`` on the command line: output formats, exit codes, languages, roots."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED, REPO

KONZEPT = "titel: Testkonzept\nversion: '1'\nquellen:\n  Q1: https://example.org/q1\n"
FIELD = (
    "id: F\ntitel: Feld\nziele:\n  - id: F-Z1\n    titel: Ziel\n    ebene: leitziel\n"
    "massnahmen:\n  - id: F-M1\n    titel: Maßnahme\n    ziele: [F-Z1]\n    status: laufend\n"
)


def write_root(base: Path) -> Path:
    """``concept/`` with a clean version, one with a warning and one with errors."""
    root = base / "concept"
    versions = {
        "2020": (KONZEPT, FIELD),
        "2021": (KONZEPT + "handlungsfelder_anzahl: 2\n", FIELD),
        "2022": (
            KONZEPT,
            FIELD.replace("status: laufend", "status: lauffend").replace(
                "ziele: [F-Z1]", "ziele: [F-Z1, F-Z9]"
            ),
        ),
    }
    for name, (konzept, field) in versions.items():
        (root / name / "handlungsfelder").mkdir(parents=True)
        (root / name / "konzept.yaml").write_text(konzept, encoding="utf-8")
        (root / name / "handlungsfelder" / "feld.yaml").write_text(field, encoding="utf-8")
    return root


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_root(tmp_path)


def invoke(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


# --- formats ------------------------------------------------------------------------------------


def test_text_format(runner: CliRunner, root: Path) -> None:
    code, out, err = invoke(runner, "validate", "2021", "2022")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "concept/2021/konzept.yaml:5:25: [Warnung] Das Konzept nennt 2 Handlungsfelder, es gibt "
        "aber 1 Datei(en) (F). Quellen widersprechen sich manchmal: Angabe oder Dateien prüfen. "
        "(KI401)",
        "concept/2022/handlungsfelder/feld.yaml:10:19: [Fehler] Maßnahme 'F-M1' verweist auf "
        "das Ziel 'F-Z9', das es nicht gibt; meinten Sie 'F-Z1'? (KI202)",
        "concept/2022/handlungsfelder/feld.yaml:11:13: [Fehler] Status 'lauffend' ist kein "
        "bekannter Statuswert; meinten Sie 'laufend'? Erlaubt sind: idee, geplant, laufend, "
        "ruhend, umgesetzt, verstetigt, entfallen. (KI204)",
        "2 Fehler, 1 Warnung(en) in 4 Dateien (2021, 2022).",
    ]


def test_text_format_when_clean(runner: CliRunner, root: Path) -> None:
    assert invoke(runner, "validate", "2020") == (0, "Keine Probleme in 2 Dateien (2020).\n", "")


def test_json_format(runner: CliRunner, root: Path) -> None:
    code, out, _ = invoke(runner, "validate", "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert list(payload) == ["ok", "diagnostics", "summary"]
    assert payload["ok"] is False
    assert payload["summary"] == {
        "errors": 2,
        "warnings": 1,
        "files": 6,
        "versions": ["2020", "2021", "2022"],
    }
    first = payload["diagnostics"][0]
    assert first == {
        "file": "concept/2021/konzept.yaml",
        "line": 5,
        "column": 25,
        "rule": "KI401",
        "severity": "warning",
        "message": "Das Konzept nennt 2 Handlungsfelder, es gibt aber 1 Datei(en) (F). Quellen "
        "widersprechen sich manchmal: Angabe oder Dateien prüfen.",
        "path": "handlungsfelder_anzahl",
    }
    assert [(d["rule"], d["severity"], d["path"]) for d in payload["diagnostics"][1:]] == [
        ("KI202", "error", "massnahmen[0].ziele[1]"),
        ("KI204", "error", "massnahmen[0].status"),
    ]


def test_json_ok_with_warnings_only(runner: CliRunner, root: Path) -> None:
    code, out, _ = invoke(runner, "validate", "2021", "-f", "json")
    payload = json.loads(out)
    assert (code, payload["ok"], payload["summary"]["warnings"]) == (0, True, 1)


def test_github_format(runner: CliRunner, root: Path) -> None:
    code, out, _ = invoke(runner, "validate", "2021", "2022", "--format", "github")
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == (
        "::warning file=concept/2021/konzept.yaml,line=5,col=25,title=KI401::Das Konzept nennt 2 "
        "Handlungsfelder, es gibt aber 1 Datei(en) (F). Quellen widersprechen sich manchmal: "
        "Angabe oder Dateien prüfen."
    )
    assert lines[1].startswith(
        "::error file=concept/2022/handlungsfelder/feld.yaml,line=10,col=19,title=KI202::"
        "Maßnahme 'F-M1'"
    )
    assert lines[2].startswith("::error file=concept/2022/handlungsfelder/feld.yaml,line=11,")
    assert lines[3] == "2 Fehler, 1 Warnung(en) in 4 Dateien (2021, 2022)."


def test_github_format_escapes_data_and_properties(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "v"
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    odd = folder / "handlungsfelder" / "a,b:c.yaml"
    odd.write_text(FIELD.replace("status: laufend", 'status: "50%\\nfertig"'), encoding="utf-8")
    code, out, _ = invoke(runner, "validate", "v", "--format", "github")
    line = out.splitlines()[0]
    assert code == 1
    assert line.startswith(
        "::error file=v/handlungsfelder/a%2Cb%3Ac.yaml,line=11,col=13,"
        "title=KI204::Status '50%25%0Afertig' ist kein bekannter Statuswert"
    )
    assert "\n" not in line and "%0A" in line

    code, out, _ = invoke(runner, "validate", "v")
    first = out.splitlines()[0]
    # One diagnostic, one line: the line break in the value is shown, not made.
    assert first.startswith("v/handlungsfelder/a,b:c.yaml:11:13: [Fehler] Status '50%\\nfertig'")


# --- exit codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, code",
    [
        (["validate", "2020"], 0),
        (["validate", "2021"], 0),
        (["validate", "2021", "--strict"], 1),
        (["validate", "2020", "--strict"], 0),
        (["validate", "2022"], 1),
        (["validate"], 1),
    ],
)
def test_exit_codes(runner: CliRunner, root: Path, args: list[str], code: int) -> None:
    assert invoke(runner, *args)[0] == code


def test_unknown_version_lists_the_versions(runner: CliRunner, root: Path) -> None:
    code, out, err = invoke(runner, "validate", "2019")
    assert (code, out) == (2, "")
    assert err == (
        f"Fehler: Version '2019' gibt es nicht in {root}; vorhanden: 2020, 2021, 2022.\n"
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["validate", "--format", "xml"],
            "Fehler: 'xml' ist für --format nicht erlaubt; möglich: text, json, github.\n",
        ),
        (
            ["validate", "--as-of", "14.12.2017"],
            "Fehler: '14.12.2017' ist kein Datum; erwartet wird JJJJ-MM-TT, z. B. 2017-12-14.\n",
        ),
        (
            ["validate", "--as-of", "2017-02-30"],
            "Fehler: '2017-02-30' ist kein Datum; erwartet wird JJJJ-MM-TT, z. B. 2017-12-14.\n",
        ),
        (
            ["--max-bytes", "viel", "validate"],
            "Fehler: 'viel' ist keine Größe; erwartet z. B. 4M, 512k oder 1048576.\n",
        ),
        (
            ["--lang", "fr", "validate"],
            "Fehler: 'fr' ist für --lang nicht erlaubt; möglich: de, en.\n",
        ),
    ],
)
def test_bad_options_exit_2(runner: CliRunner, root: Path, args: list[str], message: str) -> None:
    assert invoke(runner, *args) == (2, "", message)


def test_as_of_decides_what_is_overdue(runner: CliRunner, root: Path) -> None:
    field = root / "2020" / "handlungsfelder" / "feld.yaml"
    step = "    verlauf:\n      - {datum: 2020-01-01, status: laufend}\n"
    field.write_text(FIELD + "    ende: 2020-06-30\n" + step, encoding="utf-8")
    assert invoke(runner, "validate", "2020", "--as-of", "2020-06-30", "--strict")[0] == 0
    code, out, _ = invoke(runner, "validate", "2020", "--as-of", "2020-07-01", "--strict")
    assert code == 1 and "(KI305)" in out and "Stand 2020-07-01" in out


# --- languages ----------------------------------------------------------------------------------


def test_english_with_lang_option(runner: CliRunner, root: Path) -> None:
    code, out, _ = invoke(runner, "--lang", "en", "validate", "2022")
    assert code == 1
    assert out.splitlines()[1] == (
        "concept/2022/handlungsfelder/feld.yaml:11:13: [error] status 'lauffend' is not a known "
        "status value; did you mean 'laufend'? Allowed are: idee, geplant, laufend, ruhend, "
        "umgesetzt, verstetigt, entfallen. (KI204)"
    )
    assert out.splitlines()[-1] == "2 error(s), 0 warning(s) in 2 files (2022)."


def test_english_from_the_environment(
    runner: CliRunner, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KI_CONCEPT_LANG", "en")
    code, out, _ = invoke(runner, "validate", "2021", "--format", "json")
    assert code == 0
    message = json.loads(out)["diagnostics"][0]["message"]
    assert message.startswith("the concept states 2 fields, but there are 1 file(s) (F).")
    _, _, err = invoke(runner, "validate", "1999")
    assert err == f"error: there is no version '1999' in {root}; available: 2020, 2021, 2022.\n"


def test_lang_after_the_subcommand_in_a_real_process(root: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ki_concept", "validate", "2022", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root.parent,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert proc.returncode == 1, proc.stderr
    assert "[error] status 'lauffend' is not a known status value" in proc.stdout


# --- never writes -------------------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir",
            p.stat().st_mtime_ns,
            p.stat().st_mode,
        )
        for p in sorted(folder.rglob("*"))
    }


def test_validate_never_writes(runner: CliRunner, root: Path) -> None:
    (root / "2022" / "handlungsfelder" / "kaputt.yaml").write_bytes(b"id: [\n\xff")
    (root / "2022" / "handlungsfelder" / "crlf.yaml").write_bytes(b"\xef\xbb\xbfid: C\r\n")
    before = _snapshot(root.parent)
    for fmt in ("text", "json", "github"):
        assert invoke(runner, "validate", "--format", fmt, "--strict")[0] == 1
    assert _snapshot(root.parent) == before


def test_validate_never_writes_to_the_bundled_concept(runner: CliRunner) -> None:
    before = _snapshot(BUNDLED)
    code, out, _ = invoke(runner, "--root", str(BUNDLED), "validate", "--as-of", "2018-01-01")
    assert code == 0 and "0 Fehler" in out
    assert _snapshot(BUNDLED) == before


# --- finding the root and the versions ---------------------------------------------------------


def test_root_is_found_from_a_subfolder(
    runner: CliRunner, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(root / "2020" / "handlungsfelder")
    code, out, _ = invoke(runner, "validate", "2020")
    assert (code, out) == (0, "Keine Probleme in 2 Dateien (2020).\n")
    code, out, _ = invoke(runner, "validate", "--format", "json")
    assert json.loads(out)["summary"]["versions"] == ["2020", "2021", "2022"]
    assert json.loads(out)["diagnostics"][0]["file"] == "../../2021/konzept.yaml"


def test_no_root_found(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "leer"
    empty.mkdir()
    monkeypatch.chdir(empty)
    code, out, err = invoke(runner, "validate")
    assert (code, out) == (2, "")
    assert err.startswith(f"Fehler: Kein Konzept-Ordner in {empty.resolve()} oder darüber ")
    assert "Gesucht wird ein Ordner 'concept/', ein Versionsordner" in err
    assert "--root PFAD oder KI_CONCEPT_ROOT" in err


def test_root_option_and_environment(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = write_root(tmp_path / "anderswo")
    work = tmp_path / "arbeit"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, _ = invoke(runner, "--root", str(elsewhere), "validate", "2020")
    assert (code, out) == (0, "Keine Probleme in 2 Dateien (2020).\n")

    monkeypatch.setenv("KI_CONCEPT_ROOT", str(elsewhere))
    assert invoke(runner, "validate", "2020")[:2] == (0, "Keine Probleme in 2 Dateien (2020).\n")
    # --root wins over the environment.
    other = write_root(tmp_path / "dritter")
    (other / "2019").mkdir()
    (other / "2019" / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    code, _, err = invoke(runner, "--root", str(other), "validate", "1999")
    assert code == 2 and "vorhanden: 2019, 2020, 2021, 2022" in err

    monkeypatch.setenv("KI_CONCEPT_ROOT", str(tmp_path / "gibtsnicht"))
    code, _, err = invoke(runner, "validate")
    assert code == 2 and "gibtsnicht gibt es nicht" in err


def test_a_root_that_is_itself_a_version(runner: CliRunner, root: Path) -> None:
    code, out, _ = invoke(runner, "--root", str(root / "2020"), "validate")
    assert (code, out) == (0, "Keine Probleme in 2 Dateien (2020).\n")


def test_target_as_folder_path(runner: CliRunner, root: Path, tmp_path: Path) -> None:
    assert invoke(runner, "validate", "concept/2020")[:2] == (
        0,
        "Keine Probleme in 2 Dateien (2020).\n",
    )
    code, out, _ = invoke(runner, "validate", str(root / "2022"), "--format", "json")
    payload = json.loads(out)
    assert code == 1 and payload["summary"]["versions"] == ["2022"]
    # A folder outside any concept root works as well.
    outside = tmp_path / "lose" / "v1"
    (outside / "handlungsfelder").mkdir(parents=True)
    (outside / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    (outside / "handlungsfelder" / "f.yaml").write_text(FIELD, encoding="utf-8")
    assert invoke(runner, "validate", str(outside))[:2] == (
        0,
        "Keine Probleme in 2 Dateien (v1).\n",
    )


def test_an_empty_root_has_no_versions(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "concept").mkdir()
    monkeypatch.chdir(tmp_path)
    code, _, err = invoke(runner, "validate")
    assert code == 2 and "keine Version" in err


def _versions(runner: CliRunner, *args: str) -> list[str]:
    code, out, err = invoke(runner, *args, "validate", "--format", "json", "--as-of", "2018-01-01")
    assert code in (0, 1), err
    versions: list[str] = json.loads(out)["summary"]["versions"]
    return versions


def test_a_folder_of_versions_under_any_name(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "integrationskonzept"
    shutil.copytree(BUNDLED, versions)
    (versions / "bilder").mkdir()  # other folders beside the versions do not matter
    monkeypatch.chdir(versions)
    assert _versions(runner) == ["2013", "2017"]
    monkeypatch.chdir(versions / "2017" / "handlungsfelder")
    assert _versions(runner) == ["2013", "2017"]
    code, out, _ = invoke(runner, "status", "2013", "--as-of", "2014-01-01")
    assert code == 0 and "Version 2013" in out
    monkeypatch.chdir(versions / "bilder")
    assert _versions(runner) == ["2013", "2017"]
    monkeypatch.chdir(tmp_path)
    assert _versions(runner, "--root", "integrationskonzept") == ["2013", "2017"]


def test_a_single_version_folder_found_upward(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kreis = tmp_path / "kreis"
    shutil.copytree(BUNDLED / "2017", kreis)
    (tmp_path / "anderes-projekt").mkdir()
    monkeypatch.chdir(kreis / "handlungsfelder")
    assert _versions(runner) == ["kreis"]
    code, out, _ = invoke(
        runner, "status", "kreis", "--as-of", "2018-01-01"
    )  # named as its folder is
    assert code == 0 and "Version 2017 · beschlossen am 14.12.2017" in out
    # A new version needs a folder for versions: refused, nothing made.
    code, _, err = invoke(runner, "new-version", "kreis", "neu")
    assert code == 2 and "ist selbst eine Version" in err and "--root" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anderes-projekt", "kreis"]
    assert not (kreis / "neu").exists()


def test_two_version_folders_side_by_side_are_one_concept(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(BUNDLED / "2013", tmp_path / "a")
    shutil.copytree(BUNDLED / "2017", tmp_path / "b")
    monkeypatch.chdir(tmp_path / "a")
    assert _versions(runner) == ["a", "b"]


def test_the_concept_folder_is_still_found_from_beside_it(
    runner: CliRunner, concept_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (concept_copy.parent / "docs").mkdir()
    monkeypatch.chdir(concept_copy.parent / "docs")
    assert _versions(runner) == ["2013", "2017"]


def test_nothing_found_says_where_and_what(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "leer"
    empty.mkdir()
    monkeypatch.chdir(empty)
    code, out, err = invoke(runner, "--lang", "en", "status")
    assert (code, out) == (2, "")
    assert err == (
        f"error: no concept folder found in {empty.resolve()} or above. Looked for a folder "
        "'concept/', a version folder (with konzept.yaml or handlungsfelder/) or a folder "
        "holding version folders; otherwise name the folder with --root PATH or "
        "KI_CONCEPT_ROOT.\n"
    )


# --- the module entry point --------------------------------------------------------------------


def test_python_m_ki_concept_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ki_concept", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO / "src"), "COLUMNS": "100"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "validate" in proc.stdout and "Integrationskonzepte als YAML" in proc.stdout

    proc = subprocess.run(
        [sys.executable, "-m", "ki_concept", "validate", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO / "src"), "COLUMNS": "100"},
    )
    assert proc.returncode == 0 and "--strict" in proc.stdout and "--format" in proc.stdout


def test_one_wrong_value_hides_nothing_else_in_its_file(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    folder = root / "2025"
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "konzept.yaml").write_text(
        'titel: T\nversion: "2025"\nbeschlossen: 2025-03-01\nhandlungsfelder_anzahl: 3\n',
        encoding="utf-8",
    )
    (folder / "handlungsfelder" / "a.yaml").write_text(
        "id: A\ntitel: Feld A\nziele:\n"
        "  - {id: A-Z1, titel: Ziel 1, ebene: Leitziel}\n"
        "  - {id: A-Z2, titel: Ziel 2, ebene: handlungsziel}\n"
        "massnahmen:\n"
        "  - {id: A-M1, titel: M1, ziele: [A-Z9], status: lauffend}\n"
        "  - {titel: Sprachcafé, status: laufend}\n"
        "  - {id: A-M3, titel: M3, ziele: [A-Z1], status: fertig}\n",
        encoding="utf-8",
    )
    (folder / "handlungsfelder" / "b.yaml").write_text(
        "id: B\ntitel: Feld B\nmassnahmen:\n  - {id: B-M1, titel: M, ziele: [A-Z2]}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["--root", str(root), "validate"])
    assert result.exit_code == 1
    found = [
        (line.split(": ")[0].rsplit("/", 1)[-1], line.rsplit("(", 1)[-1])
        for line in result.output.splitlines()
        if "[Fehler]" in line or "[Warnung]" in line
    ]
    assert found == [
        ("a.yaml:4:38", "KI104)"),  # the wrong value itself
        ("a.yaml:7:35", "KI202)"),  # a dangling goal in the same file
        ("a.yaml:7:50", "KI204)"),  # an unknown status in the same file
        ("a.yaml:8:5", "KI102)"),  # the measure without id
        ("a.yaml:9:50", "KI204)"),  # and the next measure's status
        ("konzept.yaml:4:25", "KI401)"),  # the count check on the two files present
    ]
    # A goal whose own entry is wrong still exists for the references to it: no KI202 for it.
    assert "A-Z1'" not in result.output.split("KI104")[1]
    # The measure without id is named by its title.
    assert "Pflichtfeld 'id' fehlt (Maßnahme „Sprachcafé“)" in result.output
    english = runner.invoke(app, ["--root", str(root), "--lang", "en", "validate"])
    assert "required key 'id' is missing (measure “Sprachcafé”)" in english.output
