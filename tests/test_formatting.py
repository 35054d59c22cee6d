"""Dates, shares, bars and numbers as every output writes them, in German and English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from ki_concept.formatting import bar, format_date, format_number, percent
from ki_concept.i18n import set_language


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language(None)


def test_german_by_default() -> None:
    assert format_date(dt.date(2017, 12, 14)) == "14.12.2017"
    assert format_date(None) == "–"
    assert [format_number(v) for v in (70289.82, 1500, 12.5, 3.0, -0.25)] == [
        "70.289,82", "1.500", "12,5", "3", "-0,25",
    ]  # fmt: skip


def test_english(english: None) -> None:
    assert format_date(dt.date(2017, 12, 14)) == "2017-12-14"
    assert [format_number(v) for v in (70289.82, 1500, 12.5)] == ["70,289.82", "1,500", "12.5"]


def test_shares_and_bars() -> None:
    assert percent(None) == "–" and percent(0.1667) == "17%" and percent(1.0) == "100%"
    assert bar(None) == "········" and bar(0.0) == "░" * 8 and bar(1.0) == "█" * 8
    assert bar(0.25) == "██░░░░░░"


def test_shares_round_half_up_as_people_round() -> None:
    assert [percent(x) for x in (0.125, 0.145, 0.135, 3 / 8, 0.004, 0.995)] == [
        "13%", "15%", "14%", "38%", "0%", "100%",
    ]  # fmt: skip
    assert bar(1 / 16) == "█" + "░" * 7  # 0.5 of a cell fills it, as 12.5 % reads 13 %
