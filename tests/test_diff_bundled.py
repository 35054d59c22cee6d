"""``diff 2013 2017`` on the bundled concept tells the story of the 2017 revision."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED


@pytest.fixture(scope="module")
def payload() -> dict[str, Any]:
    result = CliRunner().invoke(
        app, ["--root", str(BUNDLED), "diff", "2013", "2017", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _find(payload: dict[str, Any], **match: Any) -> list[dict[str, Any]]:
    return [c for c in payload["changes"] if all(c[k] == v for k, v in match.items())]


def test_refugees_become_a_target_group(payload: dict[str, Any]) -> None:
    (record,) = _find(payload, type="konzept", field="zielgruppen")
    assert record["old"] == [
        "Menschen mit Einwanderungsgeschichte",
        "Aussiedlerinnen und Aussiedler",
    ]
    assert record["new"] == record["old"] + ["Geflüchtete"]


def test_adoption_date_and_schwerpunkte(payload: dict[str, Any]) -> None:
    (adopted,) = _find(payload, type="konzept", field="beschlossen")
    assert (adopted["old"], adopted["new"]) == (None, "2017-12-14")
    (focus,) = _find(payload, type="konzept", field="schwerpunkte")
    assert [p["titel"] for p in focus["old"]] == [
        "Integration durch Bildung",
        "Integration als Querschnittsaufgabe",
    ]
    assert len(focus["new"]) == 2


def test_health_field_is_new_with_its_goals_and_measures(payload: dict[str, Any]) -> None:
    assert _find(payload, kind="added", type="handlungsfeld") == [
        {
            "kind": "added",
            "type": "handlungsfeld",
            "id": "GESUNDHEIT",
            "old_id": None,
            "field": None,
            "old": None,
            "new": "Gesundheit und Pflege",
        }
    ]
    added = {c["id"] for c in _find(payload, kind="added")}
    assert {f"GESUNDHEIT-Z{i}" for i in range(1, 6)} <= added
    assert {"GESUNDHEIT-M1", "GESUNDHEIT-M2", "GESUNDHEIT-M3"} <= added
    assert _find(payload, kind="removed", type="handlungsfeld") == []


def test_dolmetscherpool_renamed_to_sprachlotsenpool(payload: dict[str, Any]) -> None:
    assert _find(payload, kind="renamed") == [
        {
            "kind": "renamed",
            "type": "massnahme",
            "id": "ENGAGEMENT-M3",
            "old_id": "ENGAGEMENT-M1",
            "field": "id",
            "old": "ENGAGEMENT-M1",
            "new": "ENGAGEMENT-M3",
        }
    ]
    assert _find(payload, id="ENGAGEMENT-M3", field="titel") == [
        {
            "kind": "changed",
            "type": "massnahme",
            "id": "ENGAGEMENT-M3",
            "old_id": "ENGAGEMENT-M1",
            "field": "titel",
            "old": "Dolmetscherpool",
            "new": "Sprachlotsenpool",
        }
    ]
    # Neither a removal of the old id nor an addition of the new one.
    assert _find(payload, id="ENGAGEMENT-M1") == []
    assert _find(payload, kind="added", id="ENGAGEMENT-M3") == []
    (goals,) = _find(payload, kind="moved", id="ENGAGEMENT-M3")
    assert (goals["field"], goals["new"]) == ("ziele", ["ENGAGEMENT-Z2", "GESUNDHEIT-Z2"])


def test_changed_fields_and_the_dropped_measure(payload: dict[str, Any]) -> None:
    assert [c["id"] for c in _find(payload, kind="removed")] == ["STEUERUNG-M3"]
    assert _find(payload, id="ARBEIT-M1", field="status")[0]["new"] == "umgesetzt"
    assert _find(payload, id="ENGAGEMENT-M2", field="status")[0]["new"] == "entfallen"
    (moved,) = _find(payload, kind="moved", id="KULTUR-M1")
    assert (moved["old"], moved["new"]) == (["KULTUR-Z1", "KULTUR-Z2"], ["KULTUR-Z1", "KULTUR-Z3"])
    assert payload["summary"]["possible_rename"] == 0


def test_text_view_tells_the_story(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "diff", "2013", "2017"])
    assert result.exit_code == 0
    out = result.stdout
    assert " ~ zielgruppen: + Geflüchtete\n" in out
    assert "+ Handlungsfeld GESUNDHEIT · Gesundheit und Pflege (neu)" in out
    assert "umbenannt: ENGAGEMENT-M1 → ENGAGEMENT-M3 (über 'frueher')" in out
    assert "titel: „Dolmetscherpool“ → „Sprachlotsenpool“" in out
    assert "- Maßnahme STEUERUNG-M3 · Lenkungsgruppe Integration in der Kreisverwaltung" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_reverse_direction_mirrors_additions_and_removals(
    payload: dict[str, Any], runner: CliRunner
) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "diff", "2017", "2013", "-f", "json"])
    back = json.loads(result.stdout)
    # frueher points backwards only: read from 2017 to 2013 the rename is a removal of
    # ENGAGEMENT-M3 plus an addition of ENGAGEMENT-M1.
    renamed = payload["summary"]["renamed"]
    assert back["summary"]["added"] == payload["summary"]["removed"] + renamed
    assert back["summary"]["removed"] == payload["summary"]["added"] + renamed
    assert back["summary"]["renamed"] == 0
    added = [c["id"] for c in back["changes"] if c["kind"] == "added"]
    assert added == ["ENGAGEMENT-M1", "STEUERUNG-M3"]
