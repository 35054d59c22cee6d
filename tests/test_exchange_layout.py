"""The layout of the feedback workbooks: the fingerprint and the hidden sheet's reader."""

from __future__ import annotations

import datetime as dt
import hashlib

import openpyxl
import pytest

from ki_concept.exchange import layout
from ki_concept.models import Measure
from ki_concept.progress import GROUPINGS


def test_group_kinds_are_the_status_groupings_and_partner() -> None:
    assert (*GROUPINGS, "partner") == layout.GROUP_KINDS


def test_the_fingerprint_covers_what_the_fill_in_columns_change() -> None:
    base = {"id": "A-M1", "titel": "T", "status": "laufend", "ende": "2020-12-31"}
    step = {"datum": "2020-01-01", "status": "laufend", "notiz": "los"}
    plain = Measure.model_validate({**base, "verlauf": [step]})
    assert layout.fingerprint_values(plain) == {
        "status": "laufend",
        "verlauf": {"datum": "2020-01-01", "status": "laufend", "notiz": "los"},
        "ende": "2020-12-31",
    }
    # The contract: SHA-256 of the sorted, compact JSON, non-ASCII as is, in UTF-8.
    canonical = (
        '{"ende":"2020-12-31","status":"laufend",'
        '"verlauf":{"datum":"2020-01-01","notiz":"los","status":"laufend"}}'
    )
    assert layout.fingerprint(plain) == hashlib.sha256(canonical.encode()).hexdigest()
    same = Measure.model_validate(
        {**base, "titel": "anders", "beginn": "2019-01-01", "verlauf": [step]}
    )
    assert layout.fingerprint(same) == layout.fingerprint(plain)
    changed = [
        {**base, "status": "ruhend", "verlauf": [step]},
        {**base, "ende": "2021-01-31", "verlauf": [step]},
        {**base, "verlauf": [{**step, "notiz": "anders"}]},
        {**base, "verlauf": [step, {**step, "datum": "2020-02-01"}]},
        {**base, "verlauf": []},
        {**base, "ende": None, "verlauf": [step]},
    ]
    prints = {layout.fingerprint(Measure.model_validate(m)) for m in changed}
    assert len(prints) == len(changed) and layout.fingerprint(plain) not in prints


def meta_example() -> layout.ExportMeta:
    return layout.ExportMeta(
        concept_title="Konzept",
        version_folder="2017",
        concept_version="2017",
        as_of=dt.date(2025, 1, 1),
        group_kind="partner",
        group_value="VHS",
        group_label="VHS",
        exported=dt.date(2025, 2, 1),
        language="de",
        columns=("id", "new_status"),
        measures=(layout.MeasureStamp("A-M1", "handlungsfelder/a.yaml", "ab" * 32),),
    )


def test_meta_rows_parse_back() -> None:
    meta = meta_example()
    assert layout.parse_meta(layout.meta_rows(meta)) == meta
    assert meta.stamp("A-M1") == meta.measures[0] and meta.stamp("A-M2") is None
    # Rows with keys a later format may add are ignored.
    assert layout.parse_meta([*layout.meta_rows(meta), ["neu", "x"]]) == meta


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "etwas anderes"}, "gehört nicht zu einer Arbeitsmappe"),
        ({"format_version": "2"}, "das Format 2"),
        ({"format_version": "eins"}, "format_version = 'eins'"),
        ({"as_of": "1.1.2025"}, "as_of = '1.1.2025'"),
        ({"language": None}, "der Eintrag language"),
    ],
)
def test_meta_rows_that_cannot_be_read(change: dict[str, str | None], message: str) -> None:
    rows = []
    for row in layout.meta_rows(meta_example()):
        if row[0] in change:
            if change[row[0]] is None:
                continue
            row = [row[0], str(change[row[0]])]
        rows.append(row)
    with pytest.raises(layout.LayoutError) as caught:
        layout.parse_meta(rows, "antwort.xlsx")
    assert caught.value.message.startswith("antwort.xlsx: ") and message in caught.value.message


def test_a_workbook_without_the_hidden_sheet() -> None:
    with pytest.raises(layout.LayoutError) as caught:
        layout.read_meta(openpyxl.Workbook(), "fremd.xlsx")
    assert "das verborgene Blatt _ki_concept fehlt" in caught.value.message
