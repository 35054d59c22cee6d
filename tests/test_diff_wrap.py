"""The diff's line breaking gives rich's breaks (ki_concept.diff.wrap)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line as rich_divide_line
from rich.cells import cell_len

from ki_concept.diff.wrap import _NOT_NARROW, cells, divide_line

# Words and spaces as concept texts have them, some longer than a line, and characters of
# other widths that must go to rich (CJK: two cells; combining mark: none).
_PIECES = st.sampled_from(
    ["a", "Maßnahme", "für", "Sprachförderung", " ", "  ", "\xa0", "–", "„x“", "-", "z" * 30,
     "Integrationskonzept", "漢字", "e\u0301", ".", "(KI)"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.integers(1, 40))
def test_breaks_are_rich_s(text: str, width: int) -> None:
    assert divide_line(text, width) == rich_divide_line(text, width, fold=True)


@given(st.lists(_PIECES, max_size=25).map("".join))
def test_cells_are_rich_s(text: str) -> None:
    assert cells(text) == cell_len(text)


def test_a_word_longer_than_the_line_is_folded() -> None:
    text = "ab " + "x" * 12 + " cd"
    assert divide_line(text, 5) == rich_divide_line(text, 5, fold=True) == [3, 8, 13]


def test_every_character_taken_as_narrow_is_one_cell_for_rich() -> None:
    narrow = [chr(code) for code in range(0x30000) if _NOT_NARROW.match(chr(code)) is None]
    assert len(narrow) > 700
    assert [c for c in narrow if cell_len(c) != 1] == []
