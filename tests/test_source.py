"""Reading YAML: hostile and broken input, limits, encodings and YAML 1.2 semantics.

Every broken file gets a diagnostic at the right place and ``validate`` exits with 1, quickly,
in little memory and without a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.models import Handlungsfeld, Measure
from ki_concept.reading.loader import load_version
from ki_concept.reading.schema_errors import validate_model
from ki_concept.reading.source import (
    DEFAULT_MAX_BYTES,
    ENV_MAX_BYTES,
    Limits,
    YamlDocument,
    decode,
    load_file,
    parse_size,
    parse_text,
    read_text,
    resolve_plain,
    text_position,
)
from tests.conftest import REPO
from tests.other_user import invoke_as_nobody

KONZEPT = "titel: Testkonzept\nversion: '1'\n"
FIELD = "id: F\ntitel: Feld\n"
SECONDS = 5.0


def make_version(folder: Path, fields: dict[str, bytes | str]) -> Path:
    """A version folder with a valid konzept.yaml and the given field files."""
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "konzept.yaml").write_text(KONZEPT, encoding="utf-8")
    for name, content in fields.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / "handlungsfelder" / name).write_bytes(data)
    return folder


def run_json(runner: CliRunner, *args: str) -> tuple[int, dict[str, Any]]:
    started = time.perf_counter()
    result = runner.invoke(app, [*args[:-1], "validate", args[-1], "--format", "json"])
    elapsed = time.perf_counter() - started
    assert elapsed < SECONDS, f"validate took {elapsed:.1f} s"
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit | None), result.exception
    return result.exit_code, json.loads(result.stdout)


def where(payload: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    return [
        (Path(d["file"]).name, d["line"], d["column"], d["rule"]) for d in payload["diagnostics"]
    ]


def parse(text: str, *, pure: bool | None = None, limits: Limits | None = None) -> Any:
    return parse_text(Path("f.yaml"), text, limits or Limits(), pure=pure)


# --- broken YAML of many kinds, through the CLI ------------------------------------------------

HOSTILE: list[tuple[str, bytes, tuple[int, int, str]]] = [
    ("unclosed_double_quote", b'id: F\ntitel: "Feld\nbeschreibung: x\n', (2, 8, "KI010")),
    ("unclosed_single_quote", b"id: F\ntitel: 'Feld\n", (2, 8, "KI010")),
    ("unclosed_bracket", b"id: F\nquellen: [Q1, Q2\n", (2, 10, "KI010")),
    ("unclosed_brace", b"id: F\nziele:\n  - {id: Z, titel: T\n", (3, 5, "KI010")),
    ("bracket_runs_into_key", b"id: F\nquellen: [Q1\nziele: []\n", (3, 6, "KI010")),
    ("bad_indentation", b"id: F\nziele:\n  - id: Z\n    titel: T\n   ebene: x\n", (5, 4, "KI010")),
    ("dedent_into_nothing", b"id: F\n  titel: Feld\n", (2, 8, "KI010")),
    ("tab_indentation", b"id: F\nziele:\n\t- id: Z\n", (3, 1, "KI010")),
    ("tab_after_colon", b"id:\tF\n", (1, 4, "KI010")),
    ("key_value_value", b"id: F\ntitel: value: x\n", (2, 13, "KI010")),
    ("reserved_at", b"id: F\ntitel: @KI\n", (2, 8, "KI010")),
    ("reserved_backtick", b"id: F\ntitel: `KI`\n", (2, 8, "KI010")),
    ("undefined_alias", b"id: F\ntitel: *nirgends\n", (2, 8, "KI015")),
    ("bad_escape", b'id: F\ntitel: "a\\qb"\n', (2, 11, "KI010")),
    ("bad_unicode_escape", b'id: F\ntitel: "\\uZZZZ"\n', (2, 11, "KI010")),
    ("directive_version", b"%YAML 2.0\n---\nid: F\n", (1, 1, "KI010")),
    ("directive_twice", b"%YAML 1.2\n%YAML 1.2\n---\nid: F\n", (2, 1, "KI010")),
    ("directive_without_document", b"%YAML 1.2\nid: F\n", (2, 1, "KI010")),
    ("undefined_tag_handle", b"id: !x!y F\n", (1, 5, "KI010")),
    ("block_scalar_header", b"id: F\nbeschreibung: |Text\n", (2, 16, "KI010")),
    ("text_after_quote", b'id: F\ntitel: "Feld" mehr\n', (2, 15, "KI010")),
    ("sequence_in_mapping", b"id: F\ntitel: x\n- y\n", (3, 1, "KI010")),
    ("anchor_without_name", b"id: F\ntitel: & x\n", (2, 9, "KI010")),
    ("empty_file", b"", (1, 1, "KI013")),
    ("only_comments", b"# eins\n\n   # zwei\n", (1, 1, "KI013")),
    ("only_document_marker", b"---\n...\n", (1, 1, "KI013")),
    ("latin1_umlaut", "id: F\ntitel: Grüße\n".encode("latin-1"), (2, 10, "KI003")),
    ("cp1252_quote", b"id: F\ntitel: \x84Feld\x93\n", (2, 8, "KI003")),
    ("utf16_le", b"\xff\xfe" + "id: F\n".encode("utf-16-le"), (1, 1, "KI003")),
    ("utf16_be", b"\xfe\xff" + "id: F\n".encode("utf-16-be"), (1, 1, "KI003")),
    ("utf16_without_bom", "id: F\n".encode("utf-16-le"), (1, 2, "KI003")),
    ("nul_byte", b"id: F\ntitel: Fe\x00ld\n", (2, 10, "KI003")),
    ("bell", b"id: F\ntitel: Fe\x07ld\n", (2, 10, "KI003")),
    ("escape_char", b"id: F\ntitel: \x1b[31mrot\n", (2, 8, "KI003")),
    ("delete_char", b"id: F\ntitel: a\x7fb\n", (2, 9, "KI003")),
    ("c1_control", "id: F\ntitel: a\x9bb\n".encode(), (2, 9, "KI003")),
    ("noncharacter", "id: F\ntitel: a\ufffeb\n".encode(), (2, 9, "KI003")),
    ("escaped_control", b'id: F\ntitel: "a\\x1bb"\n', (2, 8, "KI003")),
    ("escaped_surrogate", b'id: F\ntitel: "\\ud800"\n', (2, 8, "KI003")),
    ("root_is_list", b"- id: F\n  titel: Feld\n", (1, 1, "KI018")),
    ("root_is_scalar", b"Bildung\n", (1, 1, "KI018")),
    ("root_is_number", b"2017\n", (1, 1, "KI018")),
    ("several_documents", b"id: F\n---\nid: G\n", (2, 1, "KI012")),
    ("document_after_end", b"id: F\n...\n---\nid: G\n", (3, 1, "KI012")),
    ("int_key", b"id: F\ntitel: Feld\n2017: x\n", (3, 1, "KI017")),
    ("null_key", b"id: F\ntitel: Feld\n~: x\n", (3, 1, "KI017")),
    ("bool_key", b"id: F\ntitel: Feld\ntrue: x\n", (3, 1, "KI017")),
    ("mapping_key", b"id: F\ntitel: Feld\n? {a: 1}\n: x\n", (3, 3, "KI017")),
    ("sequence_key", b"id: F\ntitel: Feld\n[a, b]: x\n", (3, 1, "KI017")),
    ("duplicate_key", b"id: F\ntitel: Feld\nid: G\n", (3, 1, "KI011")),
    ("python_tag", b"id: F\ntitel: !!python/object/apply:os.system ['true']\n", (2, 8, "KI014")),
    ("local_tag", b"id: !geheim F\ntitel: Feld\n", (1, 5, "KI014")),
    ("tag_mismatch", b"id: F\ntitel: Feld\nbeispiel: !!bool ja\n", (3, 11, "KI014")),
    # More digits than Python converts (sys.get_int_max_str_digits): reported, kept as text.
    ("number_too_long", b"id: F\ntitel: " + b"7" * 5000 + b"\n", (2, 8, "KI104")),
    ("tagged_number_too_long", b"id: F\ntitel: !!int " + b"7" * 5000 + b"\n", (2, 8, "KI104")),
    ("hex_number_too_long", b"id: F\ntitel: 0x" + b"F" * 5000 + b"\n", (2, 8, "KI104")),
]


@pytest.mark.parametrize("name, content, expected", HOSTILE, ids=[case[0] for case in HOSTILE])
def test_broken_file_gets_a_diagnostic_at_its_place(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes, expected: tuple[int, int, str]
) -> None:
    folder = make_version(tmp_path / "v", {"ok.yaml": FIELD.replace("F", "OK"), "x.yaml": content})
    code, payload = run_json(runner, str(folder))
    assert code == 1
    in_file = [d for d in where(payload) if d[0] == "x.yaml"]
    assert in_file[0] == ("x.yaml", *expected), in_file
    assert all(d[0] == "x.yaml" for d in where(payload)), "the valid file stays clean"
    assert payload["ok"] is False


def test_all_broken_files_together_in_a_real_process(tmp_path: Path) -> None:
    """One folder with every hostile file: one diagnostic each, exit 1, no traceback."""
    fields: dict[str, bytes | str] = {f"{name}.yaml": content for name, content, _ in HOSTILE}
    folder = make_version(tmp_path / "v", fields)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "ki_concept", "validate", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert time.perf_counter() - started < 3 * SECONDS
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    found = {Path(d["file"]).stem for d in json.loads(proc.stdout)["diagnostics"]}
    assert found == {name for name, _, _ in HOSTILE}


# --- tags are never constructed ---------------------------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:os.system",
        "!<tag:yaml.org,2002:python/object/apply:os.system>",
        "!python/object/apply:os.system",
    ],
)
def test_python_tags_are_reported_and_never_run(tmp_path: Path, tag: str) -> None:
    victim = tmp_path / "pwned"
    text = f"id: F\ntitel: {tag} ['touch {victim}']\nbeschreibung: {tag} {{args: [x]}}\n"
    for exact in (False, True):
        parsed = parse(text, pure=exact)
        assert [(d.rule, d.line) for d in parsed.diagnostics] == [("KI014", 2), ("KI014", 3)]
        assert parsed.document.data["titel"] == [f"touch {victim}"]  # plain data, nothing else
        assert parsed.document.data["beschreibung"] == {"args": ["x"]}
    load_version(make_version(tmp_path / "v", {"f.yaml": text}))
    assert not victim.exists()


def test_other_unknown_tags_keep_plain_values() -> None:
    text = (
        "a: !!binary aGFsbG8=\nb: !!timestamp 2001-12-14\nc: !!set {x, y}\nd: !!omap [x: 1]\n"
        "e: !lokal wert\nf: !!python/name:os.system\n"
    )
    parsed = parse(text)
    assert parsed.document.data == {
        "a": "aGFsbG8=",
        "b": "2001-12-14",
        "c": {"x": None, "y": None},
        "d": [{"x": 1}],
        "e": "wert",
        "f": "",
    }
    assert [d.line for d in parsed.diagnostics if d.rule == "KI014"] == [1, 2, 3, 4, 5, 6]


def test_core_tags_are_allowed() -> None:
    text = (
        "a: !!str 12\nb: !!int '12'\nc: !!float 1\nd: !!bool true\ne: !!null ~\n"
        "f: !!map {x: 1}\ng: !!seq [1]\nh: ! 12\n"
    )
    parsed = parse(text)
    assert parsed.diagnostics == []
    assert parsed.document.data == {
        "a": "12",
        "b": 12,
        "c": 1.0,
        "d": True,
        "e": None,
        "f": {"x": 1},
        "g": [1],
        "h": "12",
    }


# --- alias bombs and deep nesting ------------------------------------------------------------


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    text = "id: F\ntitel: Feld\na: &a [" + ", ".join(['"lol"'] * width) + "]\n"
    previous = "a"
    for name in "bcdefghijklmnop"[: levels - 1]:
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * width) + "]\n"
        previous = name
    return text


@pytest.mark.parametrize("exact", [False, True])
def test_alias_bomb_is_stopped_quickly_in_little_memory(exact: bool) -> None:
    text = billion_laughs()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        parsed = parse(text, pure=exact)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.0
    assert peak < 200 * 1024 * 1024
    assert peak < 5 * 1024 * 1024  # in fact it stays tiny
    assert parsed.document is None
    assert [(d.rule, d.line, d.column, d.message_key) for d in parsed.diagnostics] == [
        ("KI015", 7, 8, "yaml.alias_bomb")
    ]


def test_alias_bomb_through_the_cli_keeps_the_process_small(
    runner: CliRunner, tmp_path: Path
) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    folder = make_version(tmp_path / "v", {"bomb.yaml": billion_laughs(levels=12, width=12)})
    code, payload = run_json(runner, str(folder))
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert code == 1
    assert [d[3] for d in where(payload)] == ["KI015"]
    assert grown_kb < 200 * 1024


def test_a_few_aliases_are_fine() -> None:
    text = "a: &p [KI, Jobcenter]\nb: *p\nc: {x: *p}\n"
    parsed = parse(text)
    assert parsed.diagnostics == []
    assert parsed.document.data["c"] == {"x": ["KI", "Jobcenter"]}
    assert parsed.document.position(("c", "x")) == (3, 8)


@pytest.mark.parametrize("exact", [False, True], ids=["fast", "exact"])
@pytest.mark.parametrize(
    "text, position",
    [
        pytest.param(
            "id: F\ntitel: " + "[" * 10_000 + "]" * 10_000 + "\n", (2, 71), id="flow-sequences"
        ),
        pytest.param(
            "id: F\ntitel: " + "{a: " * 10_000 + "}" * 10_000 + "\n", (2, 260), id="flow-mappings"
        ),
        pytest.param("id: F\ntitel: " + "[" * 10_000 + "\n", (2, 71), id="unclosed-flow"),
        pytest.param("id: F\ntitel:\n" + "- " * 10_000 + "x\n", (3, 127), id="block-sequences"),
        # Block mappings need one more space per level: 3,000 levels are 4.5 MB already.
        pytest.param(
            "id: F\n" + "".join(" " * i + "a:\n" for i in range(3_000)),
            (66, 65),
            id="block-mappings",
        ),
    ],
)
def test_deep_nesting_is_stopped_fast(text: str, position: tuple[int, int], exact: bool) -> None:
    started = time.perf_counter()
    parsed = parse(text, pure=exact, limits=Limits(max_bytes=100 * 1024 * 1024))
    assert time.perf_counter() - started < 2.0
    assert [(d.rule, (d.line, d.column)) for d in parsed.diagnostics] == [("KI016", position)]


def test_nesting_up_to_the_limit_is_fine() -> None:
    limits = Limits()
    text = "a: " + "[" * (limits.max_depth - 1) + "]" * (limits.max_depth - 1) + "\n"
    assert parse(text).diagnostics == []


# --- a very long line ----------------------------------------------------------------------


def test_a_line_of_5_megabytes_is_refused_by_default_and_parsed_when_allowed(
    runner: CliRunner, tmp_path: Path
) -> None:
    long = "id: F\ntitel: Feld\nbeschreibung: " + "Integration " * 450_000 + "\n"
    assert len(long) > 5_000_000 > DEFAULT_MAX_BYTES
    folder = make_version(tmp_path / "v", {"lang.yaml": long})
    code, payload = run_json(runner, str(folder))
    assert code == 1
    assert where(payload) == [("lang.yaml", 1, 1, "KI002")]

    code, payload = run_json(runner, "--max-bytes", "8M", str(folder))
    assert (code, payload["diagnostics"]) == (0, [])
    loaded = load_version(folder, Limits(max_bytes=8 * 1024 * 1024))
    assert loaded.version is not None
    assert (
        len(loaded.version.fields[0].model.description or "") == len("Integration ") * 450_000 - 1
    )


@pytest.mark.parametrize("exact", [False, True])
def test_a_long_line_with_an_error_at_its_end(exact: bool) -> None:
    text = "id: F\ntitel: " + "x" * 2_000_000 + "\x07\n"
    parsed = parse(text, pure=exact, limits=Limits(max_bytes=8 * 1024 * 1024))
    assert [(d.rule, d.line, d.column) for d in parsed.diagnostics] == [("KI003", 2, 2_000_008)]


# --- files that are not files ------------------------------------------------------------------


def test_symlink_loops_neither_hang_nor_crash(runner: CliRunner, tmp_path: Path) -> None:
    folder = make_version(tmp_path / "v", {"feld.yaml": FIELD})
    fields = folder / "handlungsfelder"
    (fields / "loop").symlink_to(".")
    (fields / "loop.yaml").symlink_to(".")
    (fields / "self.yaml").symlink_to("self.yaml")
    (fields / "a.yaml").symlink_to("b.yaml")
    (fields / "b.yaml").symlink_to("a.yaml")
    (fields / "broken.yaml").symlink_to("nirgends.yaml")
    code, payload = run_json(runner, str(folder))
    assert code == 1
    by_file = {Path(d["file"]).name: d for d in payload["diagnostics"]}
    assert sorted(by_file) == ["a.yaml", "b.yaml", "broken.yaml", "loop.yaml", "self.yaml"]
    assert all((d["line"], d["column"], d["rule"]) == (1, 1, "KI001") for d in by_file.values())
    assert "Symlink-Schleife" in by_file["self.yaml"]["message"]
    assert "defekter Symlink" in by_file["broken.yaml"]["message"]
    assert "Keine normale Datei" in by_file["loop.yaml"]["message"]


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    folder = make_version(tmp_path / "v", {"feld.yaml": FIELD})
    os.mkfifo(folder / "handlungsfelder" / "x.yaml")
    proc = subprocess.run(
        [sys.executable, "-m", "ki_concept", "validate", str(folder), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert proc.returncode == 1, proc.stderr
    payload = json.loads(proc.stdout)
    assert where(payload) == [("x.yaml", 1, 1, "KI001")]


def test_a_folder_named_like_a_yaml_file(runner: CliRunner, tmp_path: Path) -> None:
    folder = make_version(tmp_path / "v", {"feld.yaml": FIELD})
    (folder / "handlungsfelder" / "ordner.yaml").mkdir()
    code, payload = run_json(runner, str(folder))
    assert (code, where(payload)) == (1, [("ordner.yaml", 1, 1, "KI001")])


def _validate_as_another_user(args: list[str]) -> tuple[int, dict[str, Any]]:
    """Run ``validate`` where permissions bite, and read its JSON output."""
    code, stdout, _, _ = invoke_as_nobody(args)
    return code, json.loads(stdout)


def _open_up(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_an_unreadable_file(shared_tmp: Path) -> None:
    folder = make_version(shared_tmp / "v", {"feld.yaml": FIELD, "geheim.yaml": FIELD})
    _open_up(folder)
    secret = folder / "handlungsfelder" / "geheim.yaml"
    secret.chmod(0)
    code, payload = _validate_as_another_user(["validate", str(folder), "--format", "json"])
    assert code == 1
    assert where(payload) == [("geheim.yaml", 1, 1, "KI001")]
    assert "keine Leseberechtigung" in payload["diagnostics"][0]["message"]


def test_an_unreadable_fields_folder(shared_tmp: Path) -> None:
    folder = make_version(shared_tmp / "v", {"feld.yaml": FIELD})
    _open_up(folder)
    (folder / "handlungsfelder").chmod(0)
    code, payload = _validate_as_another_user(["validate", str(folder), "--format", "json"])
    assert code == 1
    assert where(payload) == [("handlungsfelder", 1, 1, "KI001")]


# --- the size limit -----------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:  # sparse: 10 GB that take no room and no time
        handle.truncate(10 * 1024**3)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    started = time.perf_counter()
    parsed = load_file(huge, Limits())
    assert time.perf_counter() - started < 0.5
    assert [(d.rule, d.line, d.column) for d in parsed.diagnostics] == [("KI002", 1, 1)]
    assert dict(parsed.diagnostics[0].params)["size"] == str(10 * 1024**3)


def test_the_limit_is_checked_on_the_bytes_read_too(tmp_path: Path) -> None:
    # A file that grows between stat() and read() is still cut off at the limit.
    file = tmp_path / "f.yaml"
    file.write_text("id: F\n" + "x: y\n" * 100, encoding="utf-8")
    text, problems = read_text(file, Limits(max_bytes=50))
    assert text is None and [d.rule for d in problems] == ["KI002"]


@pytest.mark.parametrize(
    "args, env, refused",
    [
        ([], None, False),
        (["--max-bytes", "1k"], None, True),
        ([], "1k", True),
        (["--max-bytes", "1M"], "1k", False),  # the option wins over the environment
        (["--max-bytes", "2000"], None, False),
        (["--max-bytes", "1000"], None, True),
    ],
)
def test_size_limit_from_option_and_environment(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    env: str | None,
    refused: bool,
) -> None:
    content = FIELD + "beschreibung: " + "x" * 1500 + "\n"
    assert 1024 < len(content) < 2000
    folder = make_version(tmp_path / "v", {"feld.yaml": content})
    if env is not None:
        monkeypatch.setenv(ENV_MAX_BYTES, env)
    code, payload = run_json(runner, *args, str(folder))
    if refused:
        assert (code, where(payload)) == (1, [("feld.yaml", 1, 1, "KI002")])
        assert "KI_CONCEPT_MAX_BYTES" in payload["diagnostics"][0]["message"]
    else:
        assert (code, where(payload)) == (0, [])


@pytest.mark.parametrize("value", ["abc", "-5", "0", "inf", "nan", "1e3", "4MM", ""])
def test_bad_sizes_are_refused(runner: CliRunner, value: str) -> None:
    with pytest.raises(ValueError):
        parse_size(value)
    result = runner.invoke(app, ["--max-bytes", value, "validate"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "text, size",
    [
        ("4M", 4 * 1024**2),
        ("512k", 512 * 1024),
        ("1048576", 1048576),
        ("1.5MiB", 1572864),
        ("2 MB", 2 * 1024**2),
        ("1G", 1024**3),
    ],
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_limits_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Limits.from_env().max_bytes == DEFAULT_MAX_BYTES
    monkeypatch.setenv(ENV_MAX_BYTES, "512k")
    assert Limits.from_env().max_bytes == 512 * 1024


# --- encodings and line ends -------------------------------------------------------------------


def test_bom_and_crlf_are_accepted_with_correct_positions() -> None:
    raw = "\ufeffid: F\r\ntitel: Feld\r\nziele:\r\n  - id: Z\r\n    ebene: x\r\n".encode()
    text, problems = decode(Path("f.yaml"), raw)
    assert problems == [] and text is not None and not text.startswith("\ufeff")
    for exact in (False, True):
        parsed = parse(text, pure=exact)
        assert parsed.diagnostics == []
        doc: YamlDocument = parsed.document
        assert doc.data["ziele"] == [{"id": "Z", "ebene": "x"}]
        assert doc.position(("id",)) == (1, 5)
        assert doc.position(("ziele", 0, "ebene")) == (5, 12)
        assert doc.position(("ziele", 0, "ebene"), key=True) == (5, 5)


def test_bom_and_crlf_file_through_the_cli(runner: CliRunner, tmp_path: Path) -> None:
    good = "\ufeff" + FIELD.replace("\n", "\r\n")
    bad = "\ufeffid: G\r\ntitel: Feld\r\nziele:\r\n  - id: Z\r\n    ebene: oben\r\n"
    folder = make_version(tmp_path / "v", {"good.yaml": good, "bad.yaml": bad})
    code, payload = run_json(runner, str(folder))
    assert code == 1
    assert where(payload) == [("bad.yaml", 4, 5, "KI102"), ("bad.yaml", 5, 12, "KI104")]


def test_old_mac_line_ends_count_as_lines() -> None:
    for exact in (False, True):
        parsed = parse("id: F\rtitel: Feld\rx: \x07\r", pure=exact)
        assert [(d.rule, d.line, d.column) for d in parsed.diagnostics] == [("KI003", 3, 4)]


def test_undecodable_byte_positions_count_characters_not_bytes() -> None:
    raw = "id: F\ntitel: Grüße aus Höxter ".encode() + b"\xff\n"
    _, problems = decode(Path("f.yaml"), raw)
    assert [(d.line, d.column) for d in problems] == [(2, 25)]
    assert dict(problems[0].params)["byte"] == "0xFF"


def test_text_position() -> None:
    text = "ab\r\ncd\ref\ngh"
    assert [text_position(text, text.index(c)) for c in "acegh"] == [
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
        (4, 2),
    ]


# --- YAML 1.2 semantics -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "plain, value",
    [
        ("no", "no"),
        ("No", "No"),
        ("on", "on"),
        ("off", "off"),
        ("yes", "yes"),
        ("y", "y"),
        ("n", "n"),
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("tRue", "tRue"),
        ("~", None),
        ("null", None),
        ("", None),
        ("Null", None),
        ("nULL", "nULL"),
        ("0o17", 15),
        ("0x1F", 31),
        ("017", 17),
        ("+12", 12),
        ("-3", -3),
        ("1_000", "1_000"),
        ("1,5", "1,5"),
        ("12.5", 12.5),
        ("1e3", 1000.0),
        (".5", 0.5),
        ("2017-12-14", "2017-12-14"),
        ("14.12.2017", "14.12.2017"),
        ("0b101", "0b101"),
        ("1:20", "1:20"),
        ("=", "="),
    ],
)
def test_plain_scalars_follow_the_yaml_1_2_core_schema(plain: str, value: object) -> None:
    assert resolve_plain(plain) == value
    assert type(resolve_plain(plain)) is type(value)
    data = parse(f"x: {plain}\n").document.data
    assert data["x"] == value and type(data["x"]) is type(value)


def test_special_floats() -> None:
    data = parse("a: .inf\nb: -.Inf\nc: .NaN\n").document.data
    assert data["a"] == float("inf") and data["b"] == float("-inf") and data["c"] != data["c"]


def test_quoted_scalars_stay_text() -> None:
    assert parse("a: 'true'\nb: \"12\"\nc: '~'\n").document.data == {
        "a": "true",
        "b": "12",
        "c": "~",
    }


def test_yaml_1_2_values_through_the_models() -> None:
    text = (
        "id: F\ntitel: no\nmassnahmen:\n  - id: M\n    titel: off\n    daueraufgabe: yes\n"
        "    beginn: 2017-12-14\n    partner: [on, Yes, n]\n"
    )
    doc = parse(text).document
    model, problems = validate_model(Handlungsfeld, doc)
    assert model is None
    assert [(d.rule, d.line, d.column, d.path) for d in problems] == [
        ("KI101", 6, 19, ("massnahmen", 0, "daueraufgabe"))
    ]
    assert "'yes'" in problems[0].message
    measure = Measure.model_validate(doc.data["massnahmen"][0] | {"daueraufgabe": False})
    assert measure.title == "off"
    assert measure.start == dt.date(2017, 12, 14)
    assert measure.partners == ["on", "Yes", "n"]
    field = Handlungsfeld.model_validate({"id": "F", "titel": doc.data["titel"]})
    assert field.title == "no"


# --- duplicate keys and positions ----------------------------------------------------------------


@pytest.mark.parametrize("exact", [False, True])
def test_duplicate_key_points_at_the_second_and_names_the_first(exact: bool) -> None:
    text = "id: F\ntitel: Eins\nziele:\n  - id: Z\n    titel: a\n\n    titel: b\ntitel: Zwei\n"
    parsed = parse(text, pure=exact)
    assert [(d.rule, d.line, d.column, d.path) for d in parsed.diagnostics] == [
        ("KI011", 7, 5, ("ziele", 0, "titel")),
        ("KI011", 8, 1, ("titel",)),
    ]
    assert "zuerst in Zeile 5" in parsed.diagnostics[0].message
    assert "zuerst in Zeile 2" in parsed.diagnostics[1].message
    assert parsed.document.data["titel"] == "Eins"  # the first one counts
    assert parsed.document.data["ziele"][0]["titel"] == "a"


def test_positions_of_keys_values_and_items() -> None:
    text = (
        "id: F\nziele:\n  - id: Z\n    quellen: [Q1, Q2]\n  - {id: Y, titel: zwei\n      Zeilen}\n"
    )
    doc = parse(text).document
    assert doc.position(("ziele",)) == (3, 3)
    assert doc.position(("ziele",), key=True) == (2, 1)
    assert doc.position(("ziele", 0)) == (3, 5)
    assert doc.position(("ziele", 0, "quellen", 1)) == (4, 19)
    assert doc.position(("ziele", 1, "titel")) == (5, 20)
    # A path that is not written falls back to the nearest written ancestor.
    assert doc.position(("ziele", 0, "ebene")) == (3, 5)
    assert doc.position(("nirgends", 3)) == (1, 1)


@pytest.mark.parametrize("exact", [False, True])
def test_block_and_multi_line_scalars_are_placed_at_their_start(exact: bool) -> None:
    text = 'a: |\n  eins\n  zwei\nb: >-\n  drei\n  vier\nc: fünf\n  sechs\nd: "sieben\n  acht"\n'
    doc = parse(text, pure=exact).document
    assert doc.data == {
        "a": "eins\nzwei\n",
        "b": "drei vier",
        "c": "fünf sechs",
        "d": "sieben acht",
    }
    assert [doc.position((k,)) for k in "abcd"] == [(1, 4), (4, 4), (7, 4), (9, 4)]


def test_reading_never_writes(tmp_path: Path) -> None:
    folder = make_version(tmp_path / "v", {"feld.yaml": FIELD, "kaputt.yaml": b"id: [\n"})
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    load_version(folder)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    assert before == after
