"""Small concepts for the diff tests, written as real YAML into tmp folders."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ki_concept.diff.changes import Change
from ki_concept.diff.compare import compare_versions
from ki_concept.reading.loader import load_version


def dump_yaml(data: Any) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 200
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def base_concept() -> dict[str, Any]:
    """Two fields with goals, measures and an indicator; every side of a test starts here."""
    return {
        "konzept": {
            "titel": "Testkonzept",
            "version": "1",
            "beschlossen": "2017-12-14",
            "zielgruppen": ["Menschen mit Einwanderungsgeschichte"],
        },
        "fields": {
            "arbeit": {
                "id": "ARBEIT",
                "titel": "Arbeit und Wirtschaft",
                "ziele": [
                    {
                        "id": "ARBEIT-Z1",
                        "titel": "Zugang zu Ausbildung und Arbeit",
                        "ebene": "leitziel",
                        "indikatoren": [
                            {
                                "name": "Teilnehmende",
                                "einheit": "Personen",
                                "zielwert": {"jahr": 2017, "wert": 10},
                            }
                        ],
                    },
                    {
                        "id": "ARBEIT-Z2",
                        "titel": "Anerkennung von Abschlüssen",
                        "ebene": "handlungsziel",
                    },
                ],
                "massnahmen": [
                    {
                        "id": "ARBEIT-M1",
                        "titel": "Informationsabende",
                        "beschreibung": (
                            "Abende zur Anerkennung ausländischer Berufsabschlüsse in den "
                            "Städten des Kreises, gemeinsam mit der Agentur für Arbeit."
                        ),
                        "ziele": ["ARBEIT-Z1"],
                        "status": "laufend",
                        "partner": ["Agentur für Arbeit"],
                        "beginn": "2016-01-01",
                        "ende": "2017-06-30",
                    },
                    {
                        "id": "ARBEIT-M2",
                        "titel": "Sprachcafe fuer Eltern",
                        "ziele": ["ARBEIT-Z2"],
                        "status": "laufend",
                    },
                ],
            },
            "kultur": {
                "id": "KULTUR",
                "titel": "Kultur, Sport und Freizeit",
                "ziele": [
                    {"id": "KULTUR-Z1", "titel": "Begegnung ermöglichen", "ebene": "leitziel"}
                ],
                "massnahmen": [
                    {
                        "id": "KULTUR-M1",
                        "titel": "Dolmetscherpool",
                        "ziele": ["KULTUR-Z1"],
                        "status": "laufend",
                    },
                    {
                        "id": "KULTUR-M2",
                        "titel": "Chor",
                        "ziele": ["KULTUR-Z1"],
                        "status": "idee",
                    },
                ],
            },
        },
    }


def write_concept(folder: Path, data: dict[str, Any]) -> Path:
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "konzept.yaml").write_text(dump_yaml(data["konzept"]), encoding="utf-8")
    for name, field in data["fields"].items():
        path = folder / "handlungsfelder" / f"{name}.yaml"
        path.write_text(dump_yaml(field), encoding="utf-8")
    return folder


def measure(data: dict[str, Any], measure_id: str) -> dict[str, Any]:
    for field in data["fields"].values():
        for item in field["massnahmen"]:
            if item["id"] == measure_id:
                return item  # type: ignore[no-any-return]
    raise KeyError(measure_id)


def goal(data: dict[str, Any], goal_id: str) -> dict[str, Any]:
    for field in data["fields"].values():
        for item in field["ziele"]:
            if item["id"] == goal_id:
                return item  # type: ignore[no-any-return]
    raise KeyError(goal_id)


def pair(
    tmp_path: Path, new: dict[str, Any], old: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    """OLD (the base concept unless given) and NEW as version folders ``1`` and ``2``."""
    root = tmp_path / "concept"
    old_folder = write_concept(root / "1", old if old is not None else base_concept())
    new_folder = write_concept(root / "2", new)
    return old_folder, new_folder


def changes_between(
    tmp_path: Path, new: dict[str, Any], old: dict[str, Any] | None = None
) -> list[Change]:
    old_folder, new_folder = pair(tmp_path, new, old)
    old_loaded, new_loaded = load_version(old_folder), load_version(new_folder)
    assert old_loaded.version is not None and old_loaded.complete, old_loaded.diagnostics
    assert new_loaded.version is not None and new_loaded.complete, new_loaded.diagnostics
    return compare_versions(old_loaded.version, new_loaded.version)


def records(
    tmp_path: Path, new: dict[str, Any], old: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    return [change.record() for change in changes_between(tmp_path, new, old)]


def edited() -> dict[str, Any]:
    """A deep copy of the base concept to modify."""
    return copy.deepcopy(base_concept())
