"""Every kind of change, checked as the exact record the comparison reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ki_concept.diff.changes import Change, ItemType, Kind, select, summarize
from ki_concept.diff.compare import (
    FIELD_FIELDS,
    GOAL_FIELDS,
    INDICATOR_FIELDS,
    KONZEPT_FIELDS,
    MEASURE_FIELDS,
    STRUCTURE_ATTRS,
    similar_pairs,
)
from ki_concept.models import Goal, Handlungsfeld, Indicator, Konzept, Measure
from tests.diff_concepts import (
    base_concept,
    changes_between,
    edited,
    goal,
    measure,
    pair,
    records,
    write_concept,
)


def rec(
    kind: str, type_: str, id_: str, old_id: str | None, field: str | None, old: object, new: object
) -> dict[str, object]:
    return {
        "kind": kind,
        "type": type_,
        "id": id_,
        "old_id": old_id,
        "field": field,
        "old": old,
        "new": new,
    }


def test_same_concept_has_no_changes(tmp_path: Path) -> None:
    assert records(tmp_path, base_concept()) == []


def test_formatting_comments_key_order_and_quoting_are_not_changes(tmp_path: Path) -> None:
    old_folder, new_folder = pair(tmp_path, base_concept())
    (new_folder / "konzept.yaml").write_text(
        "# Kommentar\n"
        "zielgruppen: ['Menschen mit Einwanderungsgeschichte']   # inline\n"
        'beschlossen: "2017-12-14"\n'
        "version: '1'\n"
        "titel: >-\n  Testkonzept\n",
        encoding="utf-8",
    )
    arbeit = new_folder / "handlungsfelder" / "arbeit.yaml"
    text = arbeit.read_text(encoding="utf-8")
    # Re-wrap the folded description and reorder the partner list.
    text = text.replace(
        "Abende zur Anerkennung ausländischer Berufsabschlüsse in den Städten des Kreises,",
        "Abende zur Anerkennung ausländischer\n      Berufsabschlüsse in den Städten des Kreises,",
    )
    assert "Berufsabschlüsse in den Städten" in text
    arbeit.write_text("# neuer Kommentar\n" + text, encoding="utf-8")
    from ki_concept.diff.compare import compare_versions
    from ki_concept.reading.loader import load_version

    old, new = load_version(old_folder).version, load_version(new_folder).version
    assert old is not None and new is not None
    assert compare_versions(old, new) == []


def test_added_measure(tmp_path: Path) -> None:
    new = edited()
    new["fields"]["kultur"]["massnahmen"].append(
        {
            "id": "KULTUR-M3",
            "titel": "Sport- und Spielfest",
            "ziele": ["KULTUR-Z1"],
            "status": "laufend",
        }
    )
    assert records(tmp_path, new) == [
        rec("added", "massnahme", "KULTUR-M3", None, None, None, "Sport- und Spielfest"),
    ]


def test_removed_measure(tmp_path: Path) -> None:
    new = edited()
    new["fields"]["kultur"]["massnahmen"].pop()  # KULTUR-M2
    assert records(tmp_path, new) == [
        rec("removed", "massnahme", "KULTUR-M2", "KULTUR-M2", None, "Chor", None),
    ]


def test_rename_through_frueher_is_not_removal_plus_addition(tmp_path: Path) -> None:
    new = edited()
    pool = measure(new, "KULTUR-M1")
    pool.update({"id": "KULTUR-M3", "titel": "Sprachlotsenpool", "frueher": ["KULTUR-M1"]})
    assert records(tmp_path, new) == [
        rec("renamed", "massnahme", "KULTUR-M3", "KULTUR-M1", "id", "KULTUR-M1", "KULTUR-M3"),
        rec(
            "changed",
            "massnahme",
            "KULTUR-M3",
            "KULTUR-M1",
            "titel",
            "Dolmetscherpool",
            "Sprachlotsenpool",
        ),
    ]


def test_merge_of_several_old_measures(tmp_path: Path) -> None:
    new = edited()
    new["fields"]["kultur"]["massnahmen"] = [
        {
            "id": "KULTUR-M9",
            "titel": "Begegnungsprogramm",
            "ziele": ["KULTUR-Z1"],
            "status": "laufend",
            "frueher": ["KULTUR-M1", "KULTUR-M2"],
        },
    ]
    assert records(tmp_path, new) == [
        rec("renamed", "massnahme", "KULTUR-M9", "KULTUR-M1", "id", "KULTUR-M1", "KULTUR-M9"),
        rec("renamed", "massnahme", "KULTUR-M9", "KULTUR-M2", "id", "KULTUR-M2", "KULTUR-M9"),
    ]


def test_frueher_pointing_at_an_id_that_still_exists_changes_nothing_else(tmp_path: Path) -> None:
    new = edited()
    measure(new, "KULTUR-M2")["frueher"] = ["KULTUR-M1"]
    assert records(tmp_path, new) == [
        rec("changed", "massnahme", "KULTUR-M2", "KULTUR-M2", "frueher", [], ["KULTUR-M1"]),
    ]


def test_measure_moved_to_another_field(tmp_path: Path) -> None:
    new = edited()
    moved = new["fields"]["arbeit"]["massnahmen"].pop(1)  # ARBEIT-M2
    moved["ziele"] = ["KULTUR-Z1"]
    new["fields"]["kultur"]["massnahmen"].append(moved)
    # ARBEIT-Z2 lost its only measure: a warning in validate, not an error.
    assert records(tmp_path, new) == [
        rec("moved", "massnahme", "ARBEIT-M2", "ARBEIT-M2", "handlungsfeld", "ARBEIT", "KULTUR"),
        rec("moved", "massnahme", "ARBEIT-M2", "ARBEIT-M2", "ziele", ["ARBEIT-Z2"], ["KULTUR-Z1"]),
    ]


def test_measure_assigned_to_other_goals(tmp_path: Path) -> None:
    new = edited()
    measure(new, "ARBEIT-M1")["ziele"] = ["ARBEIT-Z1", "ARBEIT-Z2"]
    assert records(tmp_path, new) == [
        rec(
            "moved",
            "massnahme",
            "ARBEIT-M1",
            "ARBEIT-M1",
            "ziele",
            ["ARBEIT-Z1"],
            ["ARBEIT-Z1", "ARBEIT-Z2"],
        ),
    ]


def test_goal_order_within_ziele_is_not_a_move(tmp_path: Path) -> None:
    old = edited()
    measure(old, "ARBEIT-M1")["ziele"] = ["ARBEIT-Z1", "ARBEIT-Z2"]
    new = edited()
    measure(new, "ARBEIT-M1")["ziele"] = ["ARBEIT-Z2", "ARBEIT-Z1"]
    assert records(tmp_path, new, old) == []


def test_goal_moved_to_another_field(tmp_path: Path) -> None:
    new = edited()
    moved = new["fields"]["arbeit"]["ziele"].pop(1)  # ARBEIT-Z2, still referenced by ARBEIT-M2
    new["fields"]["kultur"]["ziele"].append(moved)
    assert records(tmp_path, new) == [
        rec("moved", "ziel", "ARBEIT-Z2", "ARBEIT-Z2", "handlungsfeld", "ARBEIT", "KULTUR"),
    ]


def test_status_change(tmp_path: Path) -> None:
    new = edited()
    measure(new, "KULTUR-M2")["status"] = "ruhend"
    assert records(tmp_path, new) == [
        rec("changed", "massnahme", "KULTUR-M2", "KULTUR-M2", "status", "idee", "ruhend"),
    ]


def test_date_change_keeps_the_date_for_renderers_and_iso_text_in_the_record(
    tmp_path: Path,
) -> None:
    new = edited()
    measure(new, "ARBEIT-M1")["ende"] = "2017-12-31"
    changes = changes_between(tmp_path, new)
    assert [c.record() for c in changes] == [
        rec("changed", "massnahme", "ARBEIT-M1", "ARBEIT-M1", "ende", "2017-06-30", "2017-12-31"),
    ]
    assert changes[0].old == dt.date(2017, 6, 30)


def test_list_field_change_and_reordering(tmp_path: Path) -> None:
    new = edited()
    measure(new, "ARBEIT-M1")["partner"] = ["Jobcenter", "Agentur für Arbeit"]
    assert records(tmp_path, new) == [
        rec(
            "changed",
            "massnahme",
            "ARBEIT-M1",
            "ARBEIT-M1",
            "partner",
            ["Agentur für Arbeit"],
            ["Jobcenter", "Agentur für Arbeit"],
        ),
    ]
    only_reordered = edited()
    measure(only_reordered, "ARBEIT-M1")["partner"] = ["Agentur für Arbeit"]
    assert records(tmp_path / "again", only_reordered) == []


def test_long_text_change(tmp_path: Path) -> None:
    new = edited()
    old_text = measure(new, "ARBEIT-M1")["beschreibung"]
    new_text = old_text.replace("Abende", "Informationsabende")
    measure(new, "ARBEIT-M1")["beschreibung"] = new_text
    assert records(tmp_path, new) == [
        rec("changed", "massnahme", "ARBEIT-M1", "ARBEIT-M1", "beschreibung", old_text, new_text),
    ]


def test_konzept_metadata(tmp_path: Path) -> None:
    new = edited()
    new["konzept"]["zielgruppen"].append("Geflüchtete")
    new["konzept"]["beschlossen"] = "2018-03-01"
    new["konzept"]["schwerpunkte"] = [{"titel": "Integration durch Bildung"}]
    assert records(tmp_path, new) == [
        rec("changed", "konzept", "konzept", "konzept", "beschlossen", "2017-12-14", "2018-03-01"),
        rec(
            "changed",
            "konzept",
            "konzept",
            "konzept",
            "zielgruppen",
            ["Menschen mit Einwanderungsgeschichte"],
            ["Menschen mit Einwanderungsgeschichte", "Geflüchtete"],
        ),
        rec(
            "changed",
            "konzept",
            "konzept",
            "konzept",
            "schwerpunkte",
            [],
            [{"titel": "Integration durch Bildung"}],
        ),
    ]


def test_possible_rename_is_a_guess_next_to_added_and_removed(tmp_path: Path) -> None:
    new = edited()
    item = measure(new, "ARBEIT-M2")
    item.update({"id": "ARBEIT-M3", "titel": "Sprachcafé für Eltern"})
    assert records(tmp_path, new) == [
        rec("added", "massnahme", "ARBEIT-M3", None, None, None, "Sprachcafé für Eltern"),
        rec(
            "possible_rename",
            "massnahme",
            "ARBEIT-M3",
            "ARBEIT-M2",
            None,
            "Sprachcafe fuer Eltern",
            "Sprachcafé für Eltern",
        ),
        rec("removed", "massnahme", "ARBEIT-M2", "ARBEIT-M2", None, "Sprachcafe fuer Eltern", None),
    ]


def test_dissimilar_titles_are_not_guessed(tmp_path: Path) -> None:
    new = edited()
    measure(new, "KULTUR-M1").update({"id": "KULTUR-M5", "titel": "Sprachlotsenpool"})
    kinds = [r["kind"] for r in records(tmp_path, new)]
    assert kinds == ["added", "removed"]


def test_goal_and_field_changes(tmp_path: Path) -> None:
    new = edited()
    goal(new, "KULTUR-Z1")["titel"] = "Begegnung ermöglichen und fördern"
    goal(new, "KULTUR-Z1")["rangfolge"] = 1
    new["fields"]["kultur"]["titel"] = "Integration durch Kultur, Sport und Freizeit"
    assert records(tmp_path, new) == [
        rec(
            "changed",
            "handlungsfeld",
            "KULTUR",
            "KULTUR",
            "titel",
            "Kultur, Sport und Freizeit",
            "Integration durch Kultur, Sport und Freizeit",
        ),
        rec(
            "changed",
            "ziel",
            "KULTUR-Z1",
            "KULTUR-Z1",
            "titel",
            "Begegnung ermöglichen",
            "Begegnung ermöglichen und fördern",
        ),
        rec("changed", "ziel", "KULTUR-Z1", "KULTUR-Z1", "rangfolge", None, 1),
    ]


def test_field_added_and_removed_with_their_items(tmp_path: Path) -> None:
    new = edited()
    del new["fields"]["kultur"]
    new["fields"]["gesundheit"] = {
        "id": "GESUNDHEIT",
        "titel": "Gesundheit und Pflege",
        "ziele": [{"id": "GESUNDHEIT-Z1", "titel": "Versorgung", "ebene": "leitziel"}],
        "massnahmen": [
            {
                "id": "GESUNDHEIT-M1",
                "titel": "Netzwerk Pflege",
                "ziele": ["GESUNDHEIT-Z1"],
                "status": "laufend",
            }
        ],
    }
    assert records(tmp_path, new) == [
        rec("added", "handlungsfeld", "GESUNDHEIT", None, None, None, "Gesundheit und Pflege"),
        rec("added", "ziel", "GESUNDHEIT-Z1", None, None, None, "Versorgung"),
        rec("added", "massnahme", "GESUNDHEIT-M1", None, None, None, "Netzwerk Pflege"),
        rec(
            "removed", "handlungsfeld", "KULTUR", "KULTUR", None, "Kultur, Sport und Freizeit", None
        ),
        rec("removed", "ziel", "KULTUR-Z1", "KULTUR-Z1", None, "Begegnung ermöglichen", None),
        rec("removed", "massnahme", "KULTUR-M1", "KULTUR-M1", None, "Dolmetscherpool", None),
        rec("removed", "massnahme", "KULTUR-M2", "KULTUR-M2", None, "Chor", None),
    ]


def test_indicators_matched_by_name(tmp_path: Path) -> None:
    new = edited()
    indicators = goal(new, "ARBEIT-Z1")["indikatoren"]
    indicators[0]["zielwert"] = {"jahr": 2019, "wert": 12}
    indicators[0]["istwerte"] = [{"jahr": 2016, "wert": 7}]
    indicators.append({"name": "Beratungen", "einheit": "Anzahl"})
    assert records(tmp_path, new) == [
        rec(
            "changed",
            "indikator",
            "ARBEIT-Z1/Teilnehmende",
            "ARBEIT-Z1/Teilnehmende",
            "zielwert",
            {"jahr": 2017, "wert": 10},
            {"jahr": 2019, "wert": 12},
        ),
        rec(
            "changed",
            "indikator",
            "ARBEIT-Z1/Teilnehmende",
            "ARBEIT-Z1/Teilnehmende",
            "istwerte",
            [],
            [{"jahr": 2016, "wert": 7}],
        ),
        rec("added", "indikator", "ARBEIT-Z1/Beratungen", None, None, None, "Beratungen"),
    ]


def test_indicator_removed(tmp_path: Path) -> None:
    new = edited()
    goal(new, "ARBEIT-Z1")["indikatoren"] = []
    assert records(tmp_path, new) == [
        rec(
            "removed",
            "indikator",
            "ARBEIT-Z1/Teilnehmende",
            "ARBEIT-Z1/Teilnehmende",
            None,
            "Teilnehmende",
            None,
        ),
    ]


def test_whole_number_written_as_float_is_not_a_change(tmp_path: Path) -> None:
    new = edited()
    goal(new, "ARBEIT-Z1")["indikatoren"][0]["zielwert"] = {"jahr": 2017, "wert": 10.0}
    assert records(tmp_path, new) == []


def test_select_only_and_ignore() -> None:
    def change(kind: Kind, field: str | None) -> Change:
        return Change(kind, ItemType.MASSNAHME, "M1", "M1", field)

    changes = [
        change(Kind.ADDED, None),
        change(Kind.CHANGED, "status"),
        change(Kind.CHANGED, "ende"),
        change(Kind.MOVED, "ziele"),
    ]
    assert select(changes, only=["status"]) == [changes[1]]
    assert select(changes, ignore=["status", "ziele"]) == [changes[0], changes[2]]
    assert select(changes, only=["status", "ende"], ignore=["ende"]) == [changes[1]]
    assert summarize(changes) == {
        "added": 1,
        "removed": 0,
        "renamed": 0,
        "moved": 1,
        "changed": 2,
        "possible_rename": 0,
        "total": 4,
    }


def test_every_model_attribute_is_compared_or_structural() -> None:
    """A new key in the models must not silently escape the comparison."""
    for model, specs in (
        (Konzept, KONZEPT_FIELDS),
        (Handlungsfeld, FIELD_FIELDS),
        (Goal, GOAL_FIELDS),
        (Measure, MEASURE_FIELDS),
        (Indicator, INDICATOR_FIELDS),
    ):
        covered = {spec.attr for spec in specs} | STRUCTURE_ATTRS[model]
        assert set(model.model_fields) == covered, model.__name__


def test_similar_pairs_pick_each_item_once_best_first() -> None:
    removed = [("A", "Elterncafé an Grundschulen"), ("B", "Elterncafe an Grundschule")]
    added = [("C", "Elterncafés an Grundschulen")]
    assert similar_pairs(removed, added) == {"C": "A"}
    assert similar_pairs(removed, []) == {}


def test_written_base_concept_is_valid(tmp_path: Path) -> None:
    from ki_concept.checking import validate_folder

    folder = write_concept(tmp_path / "v", base_concept())
    _, result = validate_folder(folder, dt.date(2017, 1, 1))
    assert result.errors == 0, [d.message for d in result.diagnostics]


def test_measure_folded_into_one_that_already_existed(tmp_path: Path) -> None:
    new = edited()
    new["fields"]["kultur"]["massnahmen"].pop(0)  # KULTUR-M1 goes ...
    measure(new, "KULTUR-M2")["frueher"] = ["KULTUR-M1"]  # ... into KULTUR-M2
    assert records(tmp_path, new) == [
        rec("renamed", "massnahme", "KULTUR-M2", "KULTUR-M1", "id", "KULTUR-M1", "KULTUR-M2"),
    ]
