"""Writing small concepts into tmp folders for tests (JSON is valid YAML 1.2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_version(
    root: Path, name: str, konzept: dict[str, Any], fields: dict[str, dict[str, Any]]
) -> Path:
    folder = root / name
    (folder / "handlungsfelder").mkdir(parents=True)
    (folder / "konzept.yaml").write_text(
        json.dumps(konzept, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    for file_name, data in fields.items():
        (folder / "handlungsfelder" / f"{file_name}.yaml").write_text(
            json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return folder


def konzept(version: str = "2020", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "titel": f"Testkonzept {version}",
        "version": version,
        "beschlossen": f"{version}-06-30",
    }
    data.update(extra)
    return data


def measure(mid: str, status: str | None = "laufend", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": mid, "titel": f"Maßnahme {mid}"}
    if status is not None:
        data["status"] = status
    data.update(extra)
    return data


def field(
    fid: str, goals: list[dict[str, Any]], measures: list[dict[str, Any]], title: str | None = None
) -> dict[str, Any]:
    return {"id": fid, "titel": title or f"Feld {fid}", "ziele": goals, "massnahmen": measures}


def goal(gid: str, level: str = "handlungsziel") -> dict[str, Any]:
    return {"id": gid, "titel": f"Ziel {gid}", "ebene": level}
