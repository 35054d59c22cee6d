"""libyaml and ruamel's pure parser, feeding the one composer, give identical results.

Identical means: the same data, the same node for every key and value (line and column,
character offsets, style, key place), and the same diagnostics (file, line, column, rule,
message). The pure parser is the reference. Where libyaml reads a text differently (see
``source.needs_reference_parser``), the text goes to the pure parser; the tests at the end
pin down those differences.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from ki_concept.diagnostics import Diagnostic
from ki_concept.reading import source
from ki_concept.reading.loader import LoadedVersion, is_version_folder, list_versions, load_version
from ki_concept.reading.source import (
    Limits,
    ParsedFile,
    YamlDocument,
    load_file,
    needs_reference_parser,
    parse_text,
    read_text,
)
from tests.conftest import BUNDLED, REPO, yaml_parser
from tests.test_corpus import CORPUS, LIMITS, cases, run_case

sys.path.insert(0, str(REPO / "bench"))
import generate

pytestmark = pytest.mark.skipif(
    not source.fast_parser_available(), reason="libyaml (ruamel.yaml.clib) is not installed"
)

ALL_CASES = cases("valid") + cases("invalid")
CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
BUNDLED_FILES = sorted(BUNDLED.rglob("*.yaml"))


def diag_record(d: Diagnostic) -> tuple[Any, ...]:
    return (str(d.file), d.line, d.column, d.rule, d.message, d.path, d.severity)


def document_record(doc: YamlDocument) -> tuple[Any, ...]:
    """Data (repr: NaN is not equal to itself, its repr is), every node, the aliases used."""
    nodes = {path: node.record() for path, node in doc.nodes.items()}
    return (repr(doc.data), nodes, sorted(doc.aliases))


def parsed_record(parsed: ParsedFile) -> tuple[Any, ...]:
    doc = parsed.document
    return (
        None if doc is None else document_record(doc),
        [diag_record(d) for d in parsed.diagnostics],
    )


def loaded_record(loaded: LoadedVersion) -> tuple[Any, ...]:
    version = loaded.version
    fields: list[tuple[str, BaseModel, tuple[Any, ...]]] | None = None
    if version is not None:
        fields = [(str(f.file), f.model, document_record(f.document)) for f in version.fields]
        fields.append(
            (
                str(version.konzept_document.file),
                version.konzept,
                document_record(version.konzept_document),
            )
        )
    return (
        [diag_record(d) for d in loaded.diagnostics],
        loaded.file_count,
        loaded.complete,
        sorted(loaded.raw_ids),
        fields,
    )


def libyaml_only(file: Path, text: str, limits: Limits = LIMITS) -> ParsedFile | None:
    """What libyaml alone reads, or None where ``parse_text`` would not trust it."""
    from ruamel.yaml.error import YAMLError

    if needs_reference_parser(text):
        return None
    try:
        return source._compose(file, text, source._c_events(text), limits, fatal_ok=False)
    except (YAMLError, source._Fatal):
        return None


def assert_same_text(text: str, limits: Limits = LIMITS) -> None:
    pure = parsed_record(parse_text(Path("f.yaml"), text, limits, pure=True))
    assert parsed_record(parse_text(Path("f.yaml"), text, limits, pure=False)) == pure
    alone = libyaml_only(Path("f.yaml"), text, limits)
    if alone is not None:
        assert parsed_record(alone) == pure


def load_with(folder: Path, *, pure: bool, limits: Limits = LIMITS) -> LoadedVersion:
    with yaml_parser(pure):
        return load_version(folder, limits)


# --- the corpus and the bundled concept ----------------------------------------------------


@pytest.mark.parametrize("file", CORPUS_FILES + BUNDLED_FILES, ids=lambda p: str(p.name))
def test_every_file_parses_the_same_on_both_paths(file: Path) -> None:
    fast = load_file(file, LIMITS, pure=False)
    pure = load_file(file, LIMITS, pure=True)
    assert parsed_record(fast) == parsed_record(pure)
    text, _ = read_text(file, LIMITS)
    if text is not None:
        alone = libyaml_only(file, text)
        if alone is not None:
            assert parsed_record(alone) == parsed_record(pure)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_case_loads_and_validates_the_same(case: Path) -> None:
    if is_version_folder(case):
        assert loaded_record(load_with(case, pure=False)) == loaded_record(
            load_with(case, pure=True)
        )
    fast = [diag_record(d) for d in run_case(case, pure=False)]
    pure = [diag_record(d) for d in run_case(case, pure=True)]
    assert fast == pure


@pytest.mark.parametrize("folder", list_versions(BUNDLED), ids=lambda p: p.name)
def test_bundled_versions_load_the_same(folder: Path) -> None:
    fast = load_with(folder, pure=False, limits=Limits())
    pure = load_with(folder, pure=True, limits=Limits())
    assert fast.version is not None
    assert loaded_record(fast) == loaded_record(pure)


@pytest.mark.parametrize("file", BUNDLED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bundled_files_take_the_fast_path(file: Path) -> None:
    """Real concept files contain nothing that forces the slow parser."""
    text = file.read_text(encoding="utf-8")
    assert not needs_reference_parser(text)
    assert libyaml_only(file, text) is not None


def test_the_fast_path_really_runs_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pure(text: str) -> Any:
        raise AssertionError("the pure parser ran")

    monkeypatch.setattr(source, "_pure_events", no_pure)
    parsed = parse_text(Path("f.yaml"), "id: F\ntitel: Feld\n", LIMITS, pure=False)
    assert parsed.document is not None and parsed.document.data == {"id": "F", "titel": "Feld"}
    assert parsed.document.position(("titel",)) == (2, 8)
    monkeypatch.setenv(source.ENV_PARSER, "pure")
    with pytest.raises(AssertionError, match="pure parser ran"):
        parse_text(Path("f.yaml"), "id: F\n", LIMITS)


def test_the_generated_benchmark_concept_reads_the_same_with_libyaml_alone(
    tmp_path: Path,
) -> None:
    generate.generate(
        tmp_path, generate.Size(measures=200, fields=3, goals=5), seed=3, revised=True
    )
    files = sorted(tmp_path.rglob("*.yaml"))
    assert len(files) == 8  # two versions: konzept.yaml and three fields each
    for file in files:
        text = file.read_text(encoding="utf-8")
        alone = libyaml_only(file, text, Limits())
        assert alone is not None, file
        assert parsed_record(alone) == parsed_record(parse_text(file, text, Limits(), pure=True))


# --- generated concept-like documents ------------------------------------------------------

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
def test_generated_concept_documents_read_the_same_with_libyaml_alone(text: str) -> None:
    # Texts like these never need the pure parser, so the comparison is always made.
    alone = libyaml_only(Path("f.yaml"), text)
    assert alone is not None, text
    assert parsed_record(alone) == parsed_record(
        parse_text(Path("f.yaml"), text, LIMITS, pure=True)
    )


# --- random text ------------------------------------------------------------------------------

# Pieces of YAML that combine into valid and broken documents alike.
_PIECES = [
    "a",
    "b",
    "id",
    "ä",
    "x y",
    "1",
    "-1.5",
    "no",
    "~",
    "0o17",
    "2017-12-14",
    ":",
    ": ",
    " ",
    "  ",
    "\n",
    "\n  ",
    "\n    ",
    "\n- ",
    "- ",
    "-",
    "? ",
    "?",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ",",
    "#c",
    " #c",
    "'",
    '"',
    "\\",
    "\\n",
    "\\x41",
    "&x ",
    "*x",
    "&y",
    "*y ",
    "!!str ",
    "!x ",
    "!",
    "|",
    ">",
    "|-",
    ">+",
    "|2",
    "---",
    "...",
    "--- ",
    "%YAML 1.2\n",
    "%TAG ! tag:a,2000:\n",
    "<<: ",
    "@",
    "`",
    "%",
    "\r\n",
    "\r",
    "\t",
    "\ufeff",
    "\x85",
    "\u2028",
    "\x07",
]


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=16).map("".join))
@example("a: |\n \n  x\n")  # ruamel refuses, libyaml accepts
@example("a: |#c\n")  # the same
@example("*x: a\n")  # the alias name: 'x' for libyaml, 'x:' for ruamel
@example("a:\n\n  b: 1\n")
@example("a:\nb: 1\n")  # an omitted value: each parser marks it elsewhere
@example("{a: , b: 1}\n")
@example("a: 1\n...\n...\n")
@example("a: &y\nb: *y\n")
def test_random_text_parses_the_same_on_both_paths(text: str) -> None:
    assert_same_text(text)


# --- the differences found, and how they are settled ------------------------------------------


def _libyaml_accepts(text: str) -> bool:
    from ruamel.yaml.error import YAMLError

    try:
        list(source._c_events(text))
    except YAMLError:
        return False
    return True


@pytest.mark.parametrize(
    "text, rule, position",
    [
        # ruamel refuses a tab outside quotes even where YAML 1.2 allows it as a separator.
        ("id: F\ntitel: Feld\tmit Tab\n", "KI010", (2, 12)),
        ("id:\tF\n", "KI010", (1, 4)),
        ("id: F\t# Kommentar\n", "KI010", (1, 6)),
        # A block scalar header followed by a comment without a space.
        ("id: F\nbeschreibung: |#c\n  Text\n", "KI010", (2, 16)),
        # A blank line with spaces before more indented block text.
        ("id: F\nbeschreibung: |\n \n  Text\n", "KI010", (4, 3)),
    ],
)
def test_pure_parser_is_the_reference_where_libyaml_is_lenient(
    text: str, rule: str, position: tuple[int, int]
) -> None:
    assert _libyaml_accepts(text)
    for parsed in (
        parse_text(Path("f.yaml"), text, LIMITS, pure=False),
        parse_text(Path("f.yaml"), text, LIMITS, pure=True),
    ):
        assert parsed.document is None
        assert [(d.rule, (d.line, d.column)) for d in parsed.diagnostics] == [(rule, position)]


def test_an_omitted_value_is_placed_at_its_key_on_both_paths() -> None:
    # libyaml marks the value after the colon, ruamel at the next token: neither helps a reader.
    text = "titel:\nmassnahmen:\n  - id:\n    titel: x\n"
    for exact in (False, True):
        doc = parse_text(Path("f.yaml"), text, LIMITS, pure=exact).document
        assert doc is not None
        assert doc.data == {"titel": None, "massnahmen": [{"id": None, "titel": "x"}]}
        assert doc.position(("titel",)) == (1, 1)
        assert doc.position(("massnahmen", 0, "id")) == (3, 5)


def test_anchor_names_follow_yaml_1_2() -> None:
    # libyaml ends an alias name at ':'; YAML 1.2 (and ruamel) allow it inside the name.
    text = "a: &k: 1\nb: *k:\n"
    for exact in (False, True):
        doc = parse_text(Path("f.yaml"), text, LIMITS, pure=exact).document
        assert doc is not None and doc.data == {"a": 1, "b": 1}


@pytest.mark.parametrize(
    "text",
    [
        "a:\tb\n",
        "a: b\t\n",
        "\ufeffa: 1\n",
        "a: 1\n\ufeffb: 2\n",
        "a: b\x85c\n",
        "a: \u2028\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: 1\n...\n",
        "a: !!str 1\n",
        "a: !x 1\n",
        "a: &x 1\n",
        "b: *x\n",
        "? a\n: b\n",
        "[a, ? b]\n",
        "a: |#\n",
        "a: >x\n",
        "a: |2-x\n",
        "a: |\n \n  x\n",
        "a: |\r \r  x\r",
    ],
)
def test_reference_constructs_are_recognised(text: str) -> None:
    assert needs_reference_parser(text)


@pytest.mark.parametrize(
    "text",
    [
        "titel: Sport & Freizeit\n",
        "titel: 3 * 4\n",
        "titel: Was nun?\n",
        "titel: a|b, c>d\n",
        "titel: 50 %\n",
        "titel: Ende...\n",
        "titel: Hallo!\n",
        "beschreibung: >-\n  Text\n",
        "beschreibung: |\n  Text\n\n  mehr\n",
        "url: https://x.org/a?b=c&d=e\n",
    ],
)
def test_ordinary_text_keeps_the_fast_path(text: str) -> None:
    assert not needs_reference_parser(text)


def test_fatal_problems_are_confirmed_by_the_reference_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # libyaml may reach a fatal problem (nesting, aliases, a second document) before the
    # syntax error ruamel reports first; so the fast path never reports a fatal problem itself.
    calls: list[str] = []
    pure = source._pure_events

    def counting(text: str) -> Any:
        calls.append(text)
        return pure(text)

    monkeypatch.setattr(source, "_pure_events", counting)
    deep = "id: F\ntitel: " + "[" * 100 + "]" * 100 + "\n"
    parsed = parse_text(Path("f.yaml"), deep, LIMITS, pure=False)
    assert [(d.rule, d.line, d.column) for d in parsed.diagnostics] == [("KI016", 2, 71)]
    assert calls == [deep]
    calls.clear()
    parse_text(Path("f.yaml"), "id: F\ntitel: Feld\n", LIMITS, pure=False)
    assert calls == []
