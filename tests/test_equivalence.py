"""The fast path (libyaml) and the exact path (ruamel's pure parser) give identical results.

Identical means: the same data, the same position for every key and value, and the same
diagnostics (file, line, column, rule, message). The pure parser is the reference. Where
libyaml reads a text differently (see ``source.needs_reference_parser``), the fast path hands
the text to the pure parser; the tests at the end pin down those differences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ki_concept import source
from ki_concept.diagnostics import Diagnostic
from ki_concept.loader import LoadedVersion, is_version_folder, list_versions, load_version
from ki_concept.source import (
    Limits,
    ParsedFile,
    load_file,
    needs_reference_parser,
    parse_text,
    read_text,
)
from tests.conftest import BUNDLED
from tests.test_corpus import AS_OF, CORPUS, LIMITS, cases, run_case

pytestmark = pytest.mark.skipif(
    not source.fast_parser_available(), reason="libyaml (ruamel.yaml.clib) is not installed"
)

ALL_CASES = cases("valid") + cases("invalid")
CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
BUNDLED_FILES = sorted(BUNDLED.rglob("*.yaml"))


def diag_record(d: Diagnostic) -> tuple[Any, ...]:
    return (str(d.file), d.line, d.column, d.rule, d.message, d.path, d.severity)


def parsed_record(parsed: ParsedFile) -> tuple[Any, ...]:
    doc = parsed.document
    document = (
        None
        if doc is None
        # repr: NaN is not equal to itself, its repr is.
        else (repr(doc.data), doc.value_positions, doc.key_positions)
    )
    return (document, [diag_record(d) for d in parsed.diagnostics])


def loaded_record(loaded: LoadedVersion) -> tuple[Any, ...]:
    version = loaded.version
    fields = None
    if version is not None:
        fields = [
            (
                str(f.file),
                f.model,
                repr(f.document.data),
                f.document.value_positions,
                f.document.key_positions,
            )
            for f in version.fields
        ]
        fields.append(
            (
                str(version.konzept_document.file),
                version.konzept,
                repr(version.konzept_document.data),
                version.konzept_document.value_positions,
                version.konzept_document.key_positions,
            )
        )
    return (
        [diag_record(d) for d in loaded.diagnostics],
        loaded.files,
        loaded.complete,
        sorted(loaded.raw_ids),
        fields,
    )


def libyaml_only(file: Path, text: str, limits: Limits = LIMITS) -> ParsedFile:
    """The libyaml path alone, without the shortcut reader that ``parse_text`` tries first."""
    full_parse = getattr(source, "parse_with_positions", parse_text)
    parsed: ParsedFile = full_parse(file, text, limits, exact=False)
    return parsed


def assert_same_text(text: str, limits: Limits = LIMITS) -> None:
    exact = parsed_record(parse_text(Path("f.yaml"), text, limits, exact=True))
    assert parsed_record(parse_text(Path("f.yaml"), text, limits, exact=False)) == exact
    assert parsed_record(libyaml_only(Path("f.yaml"), text, limits)) == exact


# --- the corpus and the bundled concept ----------------------------------------------------


@pytest.mark.parametrize("file", CORPUS_FILES + BUNDLED_FILES, ids=lambda p: str(p.name))
def test_every_file_parses_the_same_on_both_paths(file: Path) -> None:
    fast = load_file(file, LIMITS, exact=False)
    exact = load_file(file, LIMITS, exact=True)
    assert parsed_record(fast) == parsed_record(exact)
    text, _ = read_text(file, LIMITS)
    if text is not None:
        assert parsed_record(libyaml_only(file, text)) == parsed_record(exact)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_case_loads_and_validates_the_same(case: Path) -> None:
    if is_version_folder(case):
        assert loaded_record(load_version(case, LIMITS, exact=False)) == loaded_record(
            load_version(case, LIMITS, exact=True)
        )
    fast = [diag_record(d) for d in run_case(case, exact=False)]
    exact = [diag_record(d) for d in run_case(case, exact=True)]
    assert fast == exact


@pytest.mark.parametrize("folder", list_versions(BUNDLED), ids=lambda p: p.name)
def test_bundled_versions_load_the_same(folder: Path) -> None:
    fast = load_version(folder, exact=False)
    exact = load_version(folder, exact=True)
    assert fast.version is not None
    assert loaded_record(fast) == loaded_record(exact)
    assert AS_OF  # the corpus date is irrelevant here; loading has no date


@pytest.mark.parametrize("file", BUNDLED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bundled_files_take_the_fast_path(file: Path) -> None:
    """Real concept files contain nothing that forces the slow parser."""
    assert not needs_reference_parser(file.read_text(encoding="utf-8"))


def test_the_fast_path_really_runs_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pure(text: str) -> Any:
        raise AssertionError("the pure parser ran")

    monkeypatch.setattr(source, "_pure_events", no_pure)
    for parsed in (
        parse_text(Path("f.yaml"), "id: F\ntitel: Feld\n", LIMITS, exact=False),
        libyaml_only(Path("f.yaml"), "id: F\ntitel: Feld\n"),
    ):
        assert parsed.document is not None and parsed.document.data == {"id": "F", "titel": "Feld"}
        assert parsed.document.position(("titel",)) == (2, 8)
    monkeypatch.setenv(source.ENV_PARSER, "pure")
    with pytest.raises(AssertionError, match="pure parser ran"):
        parse_text(Path("f.yaml"), "id: F\n", LIMITS)


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
        parse_text(Path("f.yaml"), text, LIMITS, exact=False),
        libyaml_only(Path("f.yaml"), text),
        parse_text(Path("f.yaml"), text, LIMITS, exact=True),
    ):
        assert parsed.document is None
        assert [(d.rule, (d.line, d.column)) for d in parsed.diagnostics] == [(rule, position)]


def test_an_omitted_value_is_placed_at_its_key_on_both_paths() -> None:
    # libyaml marks the value after the colon, ruamel at the next token: neither helps a reader.
    text = "titel:\nmassnahmen:\n  - id:\n    titel: x\n"
    for exact in (False, True):
        doc = parse_text(Path("f.yaml"), text, LIMITS, exact=exact).document
        assert doc is not None
        assert doc.data == {"titel": None, "massnahmen": [{"id": None, "titel": "x"}]}
        assert doc.position(("titel",)) == (1, 1)
        assert doc.position(("massnahmen", 0, "id")) == (3, 5)


def test_anchor_names_follow_yaml_1_2() -> None:
    # libyaml ends an alias name at ':'; YAML 1.2 (and ruamel) allow it inside the name.
    text = "a: &k: 1\nb: *k:\n"
    for exact in (False, True):
        doc = parse_text(Path("f.yaml"), text, LIMITS, exact=exact).document
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
    parsed = parse_text(Path("f.yaml"), deep, LIMITS, exact=False)
    assert [(d.rule, d.line, d.column) for d in parsed.diagnostics] == [("KI016", 2, 71)]
    assert calls == [deep]
    calls.clear()
    parse_text(Path("f.yaml"), "id: F\ntitel: Feld\n", LIMITS, exact=False)
    assert calls == []
