"""The offsets the reader records, splicing, and writing scalars that read back exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ki_concept.edit.operations import NewMeasure, add_measure, set_status
from ki_concept.edit.render import forbidden_character, scalar
from ki_concept.edit.spans import (
    Splice,
    apply_splices,
    dash_column,
    items_separated_by_blank_line,
    key_column,
    line_end,
    newline,
)
from ki_concept.reading.source import Limits, YamlDocument, parse_text

TEXT = (
    "a: &x 1   # anchor\r\n"
    "b: |\r\n"
    "  hi\r\n"
    "\r\n"
    "c:\r\n"
    "d:   # comment\r\n"
    "  - 'q'\r\n"
    "  -\r\n"
    "  - {k: v, e: }\r\n"
    "e: []\r\n"
    "f: plain\r\n"
    "  multi\r\n"
    "g: !!str 3\r\n"
)


def _document(text: str, *, pure: bool | None = None) -> YamlDocument:
    parsed = parse_text(Path("f.yaml"), text, Limits(), pure=pure)
    assert parsed.document is not None, parsed.diagnostics
    return parsed.document


def _spans(text: str, *, pure: bool | None = None) -> dict[tuple[str | int, ...], str]:
    nodes = _document(text, pure=pure).nodes
    return {path: text[node.start : node.end] for path, node in nodes.items() if path}


@pytest.mark.parametrize("pure", [False, True], ids=["libyaml", "pure"])
def test_every_value_is_located_to_the_character(pure: bool) -> None:
    assert _spans(TEXT, pure=pure) == {
        ("a",): "1",
        ("b",): "|\r\n  hi",
        ("c",): "",
        ("d",): "- 'q'\r\n  -\r\n  - {k: v, e: }",
        ("d", 0): "'q'",
        ("d", 1): "",
        ("d", 2): "{k: v, e: }",
        ("d", 2, "k"): "v",
        ("d", 2, "e"): "",
        ("e",): "[]",
        ("f",): "plain\r\n  multi",
        ("g",): "3",
    }


def test_the_same_text_without_anchor_and_tag_is_located_the_same_by_libyaml() -> None:
    plain = TEXT.replace("&x ", "").replace("!!str 3", "'3'")
    spans = _spans(plain, pure=False)
    assert spans == _spans(plain, pure=True)
    assert spans[("g",)] == "'3'" and spans[("d", 1)] == ""


def test_empty_values_sit_right_after_their_indicator() -> None:
    nodes = _document(TEXT).nodes
    assert TEXT[: nodes[("c",)].start].endswith("c:")
    assert TEXT[: nodes[("d", 1)].start].endswith("  -")
    assert TEXT[: nodes[("d", 2, "e")].start].endswith("e:")


def test_layout_helpers() -> None:
    text = "m:\n    - x: 1\n      y: 2\n\n    - x: 3  # c\n"
    doc = _document(text)
    assert dash_column(doc, ("m", 1)) == 4
    assert key_column(doc, ("m", 1)) == 6
    assert items_separated_by_blank_line(doc, ("m",))
    assert newline(text, 0) == "\n"
    assert newline("a: 1\r\nb: 2", 8) == "\r\n"
    end = doc.nodes[("m", 1)].end
    assert text[end : line_end(text, end)] == "  # c"


def test_splices_apply_in_order_and_never_overlap() -> None:
    text = "abcdef"
    assert apply_splices(text, [Splice(3, 3, "2"), Splice(0, 1, "A"), Splice(3, 3, "3")]) == (
        "Abc23def"
    )
    with pytest.raises(ValueError, match="overlapping"):
        apply_splices(text, [Splice(0, 3, "x"), Splice(2, 4, "y")])


def _read(written: str, *, flow: bool) -> object:
    source = f"k: [{written}]\n" if flow else f"k: {written}\n"
    parsed = parse_text(Path("x"), source, Limits())
    assert parsed.document is not None, (written, parsed.diagnostics)
    value = parsed.document.data["k"]
    return value[0] if flow else value


# Any text a concept file may hold (the commands refuse the rest with exit 2).
_TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]).filter(
        lambda c: forbidden_character(c) is None
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(value=_TEXT, flow=st.booleans(), style=st.sampled_from([None, "'", '"']))
def test_any_text_is_written_so_it_reads_back_unchanged(
    value: str, flow: bool, style: str | None
) -> None:
    written = scalar(value, flow=flow, style=style)
    assert "\n" not in written and "\r" not in written
    assert _read(written, flow=flow) == value


NOTES_FIELD = (
    "id: F\ntitel: F\nmassnahmen:\n  - id: F-M1\n    titel: Eins  # c\n    verlauf:\n"
    "      - {datum: 2017-01-01, status: idee}\n"
)


@settings(max_examples=100, deadline=None)
@given(note=_TEXT.filter(lambda s: s.strip() != ""), title=_TEXT.filter(lambda s: s != ""))
def test_notes_and_titles_never_disturb_the_rest_of_the_file(note: str, title: str) -> None:
    edited = set_status(
        _document(NOTES_FIELD), measure_id="F-M1", status="laufend", date=dt.date(2018, 1, 1),
        note=note, finished=False,
    )  # fmt: skip
    assert edited.text.startswith(NOTES_FIELD.split("    verlauf")[0])
    added, new_id = add_measure(_document(NOTES_FIELD), measure=NewMeasure(title), taken=set())
    assert new_id == "F-M2"
    assert added.text.startswith(NOTES_FIELD)
    parsed = parse_text(Path("x"), added.text, Limits())
    assert parsed.document is not None
    assert parsed.document.data["massnahmen"][1] == {"id": "F-M2", "titel": title}
