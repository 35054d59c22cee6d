"""The shortcuts taken for speed give exactly what the full paths give.

- The fast reader (``ki_concept.fastyaml``) against ruamel's pure-Python parser, the reference:
  the same data, the same position of every key and value, or a refusal that sends the text
  the full way. Its positions are composed on demand, and only then.
- The diff's plain-text layout against the rich table it replaces when there is no colour.
- Smaller shortcuts: status words looked up by id, ids checked without positions.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ki_concept import fastyaml
from ki_concept.diff.changes import select
from ki_concept.diff.compare import compare_versions
from ki_concept.diff.render import RenderOptions, _group_table, render_text
from ki_concept.diff.report import DiffReport, Side
from ki_concept.fastyaml import LazyDocument, parse_plain, parse_plain_python, plain_positions
from ki_concept.loader import load_version
from ki_concept.source import Limits, parse_text, parse_with_positions, resolve_plain
from ki_concept.validate import validate_folder
from ki_concept.vocabulary import StatusWord, Vocabulary
from tests.conftest import BUNDLED, REPO
from tests.test_corpus import CORPUS

sys.path.insert(0, str(REPO / "bench"))
import generate

LIMITS = Limits()
AS_OF = dt.date(2026, 1, 1)


def reference(text: str) -> tuple[Any, Any, Any]:
    """Data and positions from the pure-Python parser, or None for a text it refuses."""
    doc = parse_with_positions(Path("f.yaml"), text, LIMITS, exact=True).document
    if doc is None:
        return None, None, None
    return repr(doc.data), doc.value_positions, doc.key_positions


def assert_like_reference(text: str) -> None:
    """When the fast reader takes ``text``, data and positions equal the reference.

    Both readers: the C one (``parse_plain`` when it is built) and the Python one.
    """
    data = parse_plain(text)
    python = parse_plain_python(text)
    if data is None and python is None:
        return
    expected = reference(text)
    for read in (data, python):
        if read is not None:
            assert expected[0] == repr(read), text
    if python is None:
        return
    positions = plain_positions(text)
    if positions is not None:
        assert (positions[0], positions[1]) == (expected[1], expected[2]), text


@pytest.fixture(scope="module")
def bench_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small benchmark concept and its revision, with every optional key in use."""
    root = tmp_path_factory.mktemp("bench")
    generate.generate(root, generate.Size(measures=400, fields=4, goals=6), seed=3, revised=True)
    return root


# --- the fast reader: real files ---------------------------------------------------------


def _yaml_files() -> list[Path]:
    files = sorted(BUNDLED.rglob("*.yaml")) + sorted(CORPUS.rglob("*.yaml"))
    return [f for f in files if f.is_file()]


@pytest.mark.parametrize("file", _yaml_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_file_the_fast_reader_takes_reads_like_the_reference(file: Path) -> None:
    try:
        text = file.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        pytest.skip("not text: the reader never sees it")
    assert_like_reference(text)


@pytest.mark.parametrize("file", sorted(BUNDLED.rglob("*.yaml")), ids=lambda p: p.name)
def test_the_bundled_concept_takes_the_fast_reader(file: Path) -> None:
    text = file.read_text(encoding="utf-8")
    assert parse_plain(text) is not None
    assert plain_positions(text) is not None


def test_the_benchmark_concept_takes_the_fast_reader_and_reads_the_same(bench_root: Path) -> None:
    files = sorted(bench_root.rglob("*.yaml"))
    assert len(files) == 10  # two versions: konzept.yaml and four fields each
    for file in files:
        text = file.read_text(encoding="utf-8")
        assert parse_plain(text) is not None, file
        assert_like_reference(text)


def test_versions_load_the_same_on_the_fast_and_the_exact_path(bench_root: Path) -> None:
    for folder in sorted(p for p in bench_root.iterdir()):
        fast = load_version(folder, exact=False)
        exact = load_version(folder, exact=True)
        assert fast.version is not None and exact.version is not None
        assert [f.model for f in fast.version.fields] == [f.model for f in exact.version.fields]
        assert fast.version.konzept == exact.version.konzept
        assert fast.diagnostics == exact.diagnostics == []
        assert fast.raw_ids == exact.raw_ids


def test_diagnostics_from_a_fast_read_file_point_where_the_exact_path_points(
    tmp_path: Path, bench_root: Path
) -> None:
    import shutil

    folder = tmp_path / "2023"
    shutil.copytree(bench_root / "2023", folder)
    field = folder / "handlungsfelder" / "bildung.yaml"
    text = field.read_text(encoding="utf-8")
    # A duplicate id, an unknown goal and status deep in one file, a wrong type in another.
    text = text.replace("id: BILDUNG-M0007", "id: BILDUNG-M0003", 1)
    text = text.replace("ziele: [BILDUNG-Z1", "ziele: [BILDUNG-Z99", 1)
    text = text.replace("status: laufend", "status: lafuend", 1)
    field.write_text(text, encoding="utf-8")
    other = folder / "handlungsfelder" / "arbeit.yaml"
    other.write_text(
        other.read_text(encoding="utf-8").replace("rangfolge: 2", "rangfolge: zwei", 1),
        encoding="utf-8",
    )
    fast = validate_folder(folder, AS_OF, exact=False)[1].sorted()
    exact = validate_folder(folder, AS_OF, exact=True)[1].sorted()
    assert {d.rule for d in fast} >= {"KI101", "KI201", "KI202", "KI204"}
    assert fast == exact


def test_positions_are_composed_only_when_asked_for(bench_root: Path) -> None:
    loaded, result = validate_folder(bench_root / "2023", AS_OF)
    assert result.diagnostics == []
    assert loaded.version is not None
    documents = [f.document for f in loaded.version.fields]
    assert all(isinstance(doc, LazyDocument) and doc._tables is None for doc in documents)
    doc = documents[0]
    expected = parse_with_positions(doc.file, doc.file.read_text(encoding="utf-8"), LIMITS)
    assert expected.document is not None
    assert doc.position(("massnahmen", 3, "titel")) == expected.document.position(
        ("massnahmen", 3, "titel")
    )
    assert doc.value_positions == expected.document.value_positions
    assert doc.key_positions == expected.document.key_positions


# --- the fast reader: constructs, one by one ----------------------------------------------

READ = [
    "a: 1\n",
    "---\na: b\n",
    "# Kommentar\na: b  # danach\nc: d#e\n",
    "a:\n  b: 1\n  c:\n  d: [x,  y]\n",
    "l:\n- 1\n-   m: 2\n    n: {p: q,  r: s}\n",
    "f:\n    - g\n    - [h, i]\n    - {j: k}\nz: 0\n",
    "h: \"q \\\" \\\\ # x\"  # c\ni: 'it''s'\n",
    "e: |\n  t\n\n  u\n    eingerückt\nf: x\n",
    "e: |-\n  t\n  u\n",
    "e: >\n  lang\n  weiter\n",
    "e: >-  # Kommentar\n  lang\n  weiter\n\n\nf: 1\n",
    "n: ~\no: null\np: true\nq: False\nr: 0o17\ns: 0x1F\nt: -1.5e3\nu: .inf\nv: .nan\nw: 017\n",
    "x: 2017-12-14\ny: 2017-02-30\nz: 12:30\n",
    "ids: [A-1, B_2, null]\nleer: []\nkarte: {}\nwerte: [1, -2, 3.5, ~, yes, no]\n",
    "a:\r\n  - b\r\n  - c\r\n",
    "a: b\nc: d",
    "titel: Sport & Freizeit, Kultur – für alle!\nurl: https://x.org/a?b=c&d=e\n",
    "massnahmen:\n  - id: M1\n    verlauf:\n      - datum: 2020-01-01\n        status: laufend\n"
    "  - id: M2\n    verlauf: []\n",
]

REFUSED = [
    "a: b\n  c\n",  # a plain scalar over two lines
    "a: 'b\n  c'\n",  # a quoted scalar over two lines
    "a: b\na: c\n",  # a duplicate key
    "a: &x 1\nb: *x\n",  # anchors and aliases
    "a: !!str 1\n",  # a tag
    "? a\n: b\n",  # an explicit key
    "a:\tb\n",  # a tab
    "a: |+\n  b\n\n",  # keep chomping
    "a: |2\n   b\n",  # an explicit indentation
    "a: >\n  b\n    c\n",  # folding around more indented lines
    "a: >\n  b\n\n  c\n",  # folding around a blank line
    "a: |\n\n  b\n",  # a block scalar starting with a blank line
    "a: b: c\n",  # a mapping value on the line of another
    "- a\n- b\n",  # a sequence at the top
    "a: 1\n---\nb: 2\n",  # a second document
    "true: 1\n",  # a key that is not text
    '"a": 1\n',  # a quoted key
    "a: [b,\n  c]\n",  # a flow collection over two lines
    "a: [b, [c]]\n",  # a nested flow collection
    "a: {b: [c]}\n",
    "a: 'x' y\n",  # text after a quote
    'a: "\\n"\n',  # an escape other than \" and \\
    "a:\n  - - b\n",  # a sequence in a sequence entry
    "a: |#c\n  b\n",  # a comment glued to a block scalar header
]


@pytest.mark.parametrize("text", READ)
def test_the_fast_reader_reads_its_constructs_like_the_reference(text: str) -> None:
    assert parse_plain(text) is not None
    assert parse_plain_python(text) is not None
    assert_like_reference(text)
    fast = parse_text(Path("f.yaml"), text, LIMITS, exact=False)
    exact = parse_text(Path("f.yaml"), text, LIMITS, exact=True)
    assert fast.document is not None and exact.document is not None
    assert repr(fast.document.data) == repr(exact.document.data)
    assert fast.document.value_positions == exact.document.value_positions
    assert fast.document.key_positions == exact.document.key_positions


@pytest.mark.parametrize("text", REFUSED)
def test_the_fast_reader_leaves_everything_else_to_the_full_parser(text: str) -> None:
    assert parse_plain(text) is None
    assert parse_plain_python(text) is None
    fast = parse_text(Path("f.yaml"), text, LIMITS, exact=False)
    exact = parse_text(Path("f.yaml"), text, LIMITS, exact=True)
    assert [(d.rule, d.line, d.column, d.message) for d in fast.diagnostics] == [
        (d.rule, d.line, d.column, d.message) for d in exact.diagnostics
    ]
    assert (fast.document is None) == (exact.document is None)
    if fast.document is not None and exact.document is not None:
        assert repr(fast.document.data) == repr(exact.document.data)


def test_an_empty_sequence_entry_takes_its_positions_from_the_full_composer() -> None:
    text = "a:\n  -\n  - b\n"
    assert parse_plain(text) == {"a": [None, "b"]}
    assert plain_positions(text) is None
    doc = parse_text(Path("f.yaml"), text, LIMITS, exact=False).document
    expected = reference(text)
    assert doc is not None and doc.value_positions == expected[1]


# --- the fast reader: generated documents ----------------------------------------------------

_WORDS = st.sampled_from(
    [
        "a",
        "Ä",
        "id",
        "Sport & Freizeit",
        "x-y",
        "1",
        "-2",
        "3.5",
        "2017-12-14",
        "null",
        "~",
        "true",
        "no",
        "Q07",
        "0o17",
        "x:y",
        "C#",
        "a, b",
        "50 %",
        "über",
    ]
)
_KEYS = st.sampled_from(["id", "titel", "ziele", "a", "b-c", "k_1", "verlauf", "z"])


def _scalar_text(value: str, draw: Any) -> str:
    style = draw(st.sampled_from(["plain", "plain", "single", "double"]))
    if style == "single":
        return "'" + value.replace("'", "''") + "'"
    if style == "double":
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


@st.composite
def plain_documents(draw: Any) -> str:
    """Block YAML of the kind concept files are made of, in varying styles."""
    lines: list[str] = []
    comment = st.sampled_from(["", "", "  # Kommentar"])

    def mapping(indent: int, depth: int, first_prefix: str | None = None) -> None:
        keys = draw(st.lists(_KEYS, min_size=1, max_size=4, unique=True))
        for number, key in enumerate(keys):
            lead = first_prefix if (number == 0 and first_prefix is not None) else " " * indent
            kind = draw(
                st.sampled_from(
                    ["scalar", "scalar", "flow", "map", "seq", "block", "empty"]
                    if depth < 3
                    else ["scalar", "flow", "block", "empty"]
                )
            )
            if kind == "scalar":
                lines.append(f"{lead}{key}: {_scalar_text(draw(_WORDS), draw)}{draw(comment)}")
            elif kind == "flow":
                items = draw(st.lists(st.sampled_from(["A-1", "Q07", "x y", "3", "ä"]), max_size=3))
                lines.append(f"{lead}{key}: [{', '.join(items)}]{draw(comment)}")
            elif kind == "empty":
                lines.append(f"{lead}{key}:{draw(comment)}")
            elif kind == "block":
                header = draw(st.sampled_from(["|", "|-", ">", ">-"]))
                lines.append(f"{lead}{key}: {header}")
                for word in draw(
                    st.lists(
                        st.sampled_from(["Text", "mehr: Text", "# kein"]), min_size=1, max_size=3
                    )
                ):
                    lines.append(" " * (indent + 2) + word)
            elif kind == "map":
                lines.append(f"{lead}{key}:")
                mapping(indent + draw(st.sampled_from([2, 4])), depth + 1)
            else:
                lines.append(f"{lead}{key}:")
                inner = indent + draw(st.sampled_from([0, 2]))
                for _ in range(draw(st.integers(1, 3))):
                    if draw(st.booleans()):
                        mapping(inner + 2, depth + 1, first_prefix=" " * inner + "- ")
                    else:
                        lines.append(" " * inner + "- " + _scalar_text(draw(_WORDS), draw))

    if draw(st.booleans()):
        lines.append("# Kopf")
    mapping(0, 0)
    return "\n".join(lines) + "\n"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plain_documents())
def test_generated_plain_documents_read_like_the_reference(text: str) -> None:
    assert_like_reference(text)


@given(st.from_regex(r"[0-9]{4}-[^\n]{0,12}", fullmatch=True))
def test_the_date_shortcut_only_skips_text(text: str) -> None:
    # The reader keeps ``NNNN-…`` as text without asking resolve_plain: it always is text.
    assert resolve_plain(text) == text


def test_the_id_list_shortcut_leaves_the_core_schema_words_to_the_full_rules() -> None:
    assert parse_plain("a: [x, null, TRUE]\n") == {"a": ["x", None, True]}
    assert parse_plain("a: [x, y]\n") == {"a": ["x", "y"]}


# --- smaller shortcuts --------------------------------------------------------------------


def test_status_words_are_found_by_id_and_the_first_one_wins() -> None:
    first = StatusWord("laufend", "läuft", "running", False)
    second = StatusWord("laufend", "zweites", "second", True)
    vocabulary = Vocabulary((first, second, StatusWord("fertig", "fertig", "done", True)))
    assert "laufend" in vocabulary and "fertig" in vocabulary
    assert "nichts" not in vocabulary and None not in vocabulary and 3 not in vocabulary
    assert vocabulary.get("laufend") is first
    assert not vocabulary.is_finished("laufend") and vocabulary.is_finished("fertig")
    assert vocabulary.title("unbekannt") == "unbekannt"


def test_the_command_line_process_skips_the_cyclic_collector_and_plugin_scan() -> None:
    code = (
        "import gc, os; from ki_concept.entry import tune_process; tune_process(); "
        "print(gc.isenabled(), os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    )
    env = {"PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.split() == ["False", "__all__"]


def _modules_after(env: dict[str, str], *args: str) -> set[str]:
    """The modules a real ``ki-concept`` process has imported when it ends."""
    code = (
        "import sys; from ki_concept import entry; "
        "entry.exit_now = lambda code: (print(' '.join(sorted(sys.modules))), sys.exit(code)); "
        f"sys.argv = ['ki-concept', *{list(args)!r}]; entry.main()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", **env})
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split("\n")[-2].split())


def test_pydantic_looks_for_plugins_without_importing_package_metadata() -> None:
    modules = _modules_after({}, "--root", str(BUNDLED), "validate", "2017")
    assert "pydantic.main" in modules  # the models were built
    assert "importlib.metadata" not in modules


def test_plugins_named_for_pydantic_are_still_looked_for() -> None:
    modules = _modules_after(
        {"PYDANTIC_DISABLE_PLUGINS": "some-plugin"}, "--root", str(BUNDLED), "validate", "2017"
    )
    assert "importlib.metadata" in modules


def test_the_stand_in_plugin_loader_answers_as_pydantic_s_own() -> None:
    import ast
    import importlib.util

    from pydantic.plugin import _loader

    from ki_concept.entry import _no_plugins

    # pydantic asks its loader for get_plugins and nothing else ...
    package = Path(importlib.util.find_spec("pydantic").origin).parent  # type: ignore[arg-type]
    asked: set[str] = set()
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_loader"):
                asked |= {alias.name for alias in node.names}
    assert asked == {"get_plugins"}
    # ... and with plugins switched off, its answer is none, as the stand-in's.
    with pytest.MonkeyPatch.context() as patch:
        for value in ("__all__", "1", "true"):
            patch.setenv("PYDANTIC_DISABLE_PLUGINS", value)
            assert tuple(_loader.get_plugins()) == _no_plugins() == ()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ki_concept", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )


def test_the_quick_exit_keeps_exit_codes_and_delivers_all_output(bench_root: Path) -> None:
    listing = _cli("--root", str(bench_root), "status", "2023", "--list", "--format", "csv")
    assert listing.returncode == 0
    assert len(listing.stdout.splitlines()) == 1 + 400  # a header and every measure
    assert listing.stdout.endswith("\n")
    strict = _cli("--root", str(BUNDLED), "validate", "2017", "--strict")
    assert strict.returncode == 1 and "(KI401)" in strict.stdout
    unknown = _cli("--root", str(BUNDLED), "validate", "1999")
    assert unknown.returncode == 2 and "1999" in unknown.stderr


# --- the diff's plain layout ------------------------------------------------------------------


def _report(old: Path, new: Path) -> DiffReport:
    a, _ = validate_folder(old, AS_OF)
    b, _ = validate_folder(new, AS_OF)
    assert a.version is not None and b.version is not None
    changes = select(compare_versions(a.version, b.version))
    return DiffReport(
        Side(old.name, str(old), a.version), Side(new.name, str(new), b.version), changes
    )


def _table_layout(
    report: DiffReport, options: RenderOptions, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The output as the rich table lays it out."""
    from ki_concept.diff import render

    def table(group: Any, rep: DiffReport, console: Any, width: int) -> str:
        console.print(_group_table(group, rep, False))
        return ""

    with monkeypatch.context() as patch:
        patch.setattr(render, "_plain_group", table)
        return render_text(report, options)


@pytest.mark.parametrize("width", [20, 41, 80, 100, 137])
def test_the_plain_diff_layout_equals_the_table_layout(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for old, new in (("2013", "2017"), ("2017", "2013")):
        report = _report(BUNDLED / old, BUNDLED / new)
        options = RenderOptions(color=False, width=width)
        assert render_text(report, options) == _table_layout(report, options, monkeypatch)


def test_the_plain_diff_layout_equals_the_table_layout_on_a_large_revision(
    bench_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(bench_root / "2023", bench_root / "2025")
    assert len(report.changes) > 50
    options = RenderOptions(color=False, width=80)
    assert render_text(report, options) == _table_layout(report, options, monkeypatch)


def test_the_fast_reader_module_needs_no_yaml_library() -> None:
    code = (
        "import sys; from pathlib import Path; from ki_concept.source import load_file; "
        f"load_file(Path({str(BUNDLED / '2017' / 'konzept.yaml')!r})); "
        "print(any(m.startswith('ruamel') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert fastyaml.__doc__
