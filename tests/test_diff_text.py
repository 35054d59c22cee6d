"""Word diffs, date shifts, list members, and how records are put into words."""

from __future__ import annotations

import datetime as dt

from ki_concept.diff.text_diff import (
    DateShift,
    Piece,
    date_shift,
    list_delta,
    mapping_delta,
    word_diff,
)


def test_word_diff_marks_only_changed_words() -> None:
    assert word_diff(
        "Rund 40 ehrenamtliche Dolmetscher helfen", "Rund 36 ehrenamtliche Lotsen helfen"
    ) == [
        Piece("same", "Rund"),
        Piece("del", "40"),
        Piece("ins", "36"),
        Piece("same", "ehrenamtliche"),
        Piece("del", "Dolmetscher"),
        Piece("ins", "Lotsen"),
        Piece("same", "helfen"),
    ]


def test_word_diff_ignores_whitespace_and_cuts_long_unchanged_runs() -> None:
    words = " ".join(f"w{i}" for i in range(30))
    pieces = word_diff("Anfang " + words + " Ende", "Beginn\n  " + words + " Ende")
    assert pieces == [
        Piece("del", "Anfang"),
        Piece("ins", "Beginn"),
        Piece("same", "w0 w1 w2 w3 w4"),
        Piece("gap", "…"),
    ]
    assert word_diff("a  b\nc", "a b c") == [Piece("same", "a b c")]


def test_word_diff_of_huge_texts_stays_linear() -> None:
    old = " ".join(f"a{i}" for i in range(20_000))
    new = " ".join(f"b{i}" for i in range(20_000))
    pieces = word_diff(old, new)
    assert [p.kind for p in pieces] == ["del", "ins"]


def test_date_shift_in_months_or_days() -> None:
    assert date_shift(dt.date(2017, 6, 30), dt.date(2017, 12, 31)) == DateShift(6, "months")
    assert date_shift(dt.date(2018, 3, 15), dt.date(2017, 3, 15)) == DateShift(-12, "months")
    assert date_shift(dt.date(2018, 3, 1), dt.date(2018, 3, 15)) == DateShift(14, "days")


def test_list_delta_is_a_multiset_difference_in_written_order() -> None:
    assert list_delta(["a", "b", "a"], ["b", "c", "a"]) == (["a"], ["c"])
    assert list_delta([{"jahr": 2016, "wert": 7}], [{"wert": 7.0, "jahr": 2016}]) == ([], [])


def test_mapping_delta() -> None:
    old = {"H1": "https://a", "H2": "https://b"}
    new = {"H2": "https://c", "H3": "https://d"}
    assert mapping_delta(old, new) == (["H1"], ["H3"], ["H2"])
