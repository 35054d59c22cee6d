"""The C reader (``ki_concept._plainyaml``) reads like the Python reader it stands in for.

Wherever the C reader gives data, the Python reader (``fastyaml.parse_plain_python``) gives the
same, and so the reference parser does too (tests/test_perf_paths.py holds the Python reader to
that). On everything concept files are made of, the C reader gives data and does not give up.
"""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ki_concept import fastyaml
from ki_concept.fastyaml import parse_plain_python
from ki_concept.source import NumberTooLong, resolve_plain
from tests.conftest import BUNDLED, REPO
from tests.test_corpus import CORPUS
from tests.test_perf_paths import READ, REFUSED, plain_documents, reference

C_OFF = os.environ.get("KI_CONCEPT_C_READER", "").lower() == "off"


needs_c = pytest.mark.skipif(
    C_OFF or not fastyaml.c_reader_available(), reason="the C reader is not in use"
)
pytestmark = needs_c


def c_read(text: str, max_depth: int = 64) -> Any:
    from ki_concept import _plainyaml

    return _plainyaml.parse(text, max_depth, resolve_plain)


def assert_c_like_python(text: str, max_depth: int = 64) -> Any:
    """The C reader's data equals the Python reader's; returns it (or None)."""
    data = c_read(text, max_depth)
    if data is not None:
        python = parse_plain_python(text, max_depth)
        assert python is not None, f"only the C reader takes {text!r}"
        assert repr(data) == repr(python), text
    return data


@pytest.mark.parametrize("text", READ)
def test_the_c_reader_reads_every_construct_of_concept_files(text: str) -> None:
    data = assert_c_like_python(text)
    assert data is not None
    assert repr(data) == reference(text)[0]


@pytest.mark.parametrize("text", REFUSED)
def test_the_c_reader_leaves_what_the_python_reader_leaves(text: str) -> None:
    assert c_read(text) is None


def _files() -> list[Path]:
    files = sorted(BUNDLED.rglob("*.yaml")) + sorted(CORPUS.rglob("*.yaml"))
    return [f for f in files if f.is_file()]


@pytest.mark.parametrize("file", _files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_file_reads_alike_in_c_and_python(file: Path) -> None:
    try:
        text = file.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        pytest.skip("not text: the reader never sees it")
    data = assert_c_like_python(text)
    if file.is_relative_to(BUNDLED):
        assert data is not None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plain_documents())
def test_generated_documents_read_alike_and_the_c_reader_takes_them_all(text: str) -> None:
    data = assert_c_like_python(text)
    assert (data is None) == (parse_plain_python(text) is None), text


# Characters that matter to the reader: structure, quoting, comments, line ends, the
# characters it refuses, and some text.
_ALPHABET = st.sampled_from(
    list(" \n-:#'\"[]{},|>~.0123456789abnNtTfFxo_\\&*!?%@`\r\t\x85\u2028\ufeffäß€")
)


@st.composite
def mutated_documents(draw: Any) -> str:
    text = draw(plain_documents())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 3))
        text = text[:at] + "".join(draw(st.lists(_ALPHABET, max_size=3))) + text[at + cut :]
    return text


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_damaged_documents_read_alike_or_go_to_the_python_reader(text: str) -> None:
    assert_c_like_python(text)


@given(st.text(max_size=60))
def test_any_text_reads_alike_or_goes_to_the_python_reader(text: str) -> None:
    assert_c_like_python(text)


@pytest.mark.parametrize("depth", [1, 2, 3, 5, 8])
def test_the_depth_limit_is_the_python_reader_s(depth: int) -> None:
    nested = "".join(f"{'  ' * level}k{level}:\n" for level in range(6)) + "  " * 6 + "x: 1\n"
    listed = "a:\n" + "".join(f"{'  ' * level}- b:\n" for level in range(1, 4)) + "        c: 1\n"
    for text in (nested, listed):
        c = c_read(text, depth)
        python = parse_plain_python(text, depth)
        assert repr(c) == repr(python), (depth, text)


@pytest.mark.parametrize("depth", [2**31, 10**12, 2**62, 2**63 - 1, 2**63, 2**80, -(2**70)])
def test_any_depth_limit_a_caller_passes_works_like_the_python_reader_s(depth: int) -> None:
    text = "a:\n b:\n  c:\n   d: 1\n"
    assert repr(c_read(text, depth)) == repr(parse_plain_python(text, depth))


def test_lone_surrogates_and_refused_characters_go_to_the_python_reader() -> None:
    for text in ("a: \ud800\n", "a: b\x00\n", "a: \ufeffb\n", "a: b\u2029\n", "a: \x9fb\n"):
        assert c_read(text) is None
        assert parse_plain_python(text) is None


@pytest.mark.parametrize(
    "word",
    ["0", "-0", "+5", "007", "123456789012345678", "1234567890123456789", "-12", "~", "null",
     "NULL", "Null", "nULL", "True", "FALSE", "tRUE", "+", "1.5", "0x1F", "0o17", ".inf", "-.5",
     "nulls", "Truex", "12a", "2017-01-01", "1_000", "FRUEHE-M1", "Netzwerk", "nan", "fALSE",
     "2017-13", "1234-x"],
)
def test_scalars_the_c_reader_resolves_itself_resolve_like_the_core_schema(word: str) -> None:
    for text in (f"a: {word}\n", f"a: [{word}]\n", f"a: {{b: {word}}}\n", f"a:\n  - {word}\n"):
        data = assert_c_like_python(text)
        if data is not None:
            assert repr(data).count(repr(resolve_plain(word))) == 1, text


def test_a_number_too_long_to_convert_goes_to_the_full_composer() -> None:
    text = "a: " + "7" * 5000 + "\n"
    with pytest.raises(NumberTooLong):
        c_read(text)
    assert fastyaml.parse_plain(text) is None
    assert parse_plain_python(text) is None


def test_reading_leaks_nothing() -> None:
    texts = [file.read_text(encoding="utf-8") for file in sorted(BUNDLED.rglob("*.yaml"))]
    texts += READ + REFUSED

    def read_all() -> None:
        for text in texts:
            c_read(text)

    read_all()
    tracemalloc.start()
    try:
        read_all()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(20):
            read_all()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after - before < 20_000, f"{after - before} bytes more after 20 more rounds"
