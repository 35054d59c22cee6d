"""``schema``: the generated JSON Schema, checked with independent validators.

The bundled concept must pass ``check-jsonschema`` and the ``jsonschema``
library; and whatever the schema rejects, ``validate`` must reject too (the
schema is never stricter than the tool).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import CliRunner

from ki_concept.checking import validate_folder
from ki_concept.cli import app
from ki_concept.schema.build import DIALECT, build_schema, render_schema
from tests.conftest import BUNDLED, REPO

SCHEMA_DIR = REPO / "schema"
FILES = {"handlungsfeld": "handlungsfeld.schema.json", "konzept": "konzept.schema.json"}
AS_OF = dt.date(2018, 1, 1)


def check_jsonschema() -> str:
    beside = Path(sys.executable).parent / "check-jsonschema"
    found = str(beside) if beside.exists() else shutil.which("check-jsonschema")
    if found is None:
        pytest.fail("check-jsonschema is missing: pip install -e '.[test]'")
    return found


def validator(target: str) -> jsonschema.Draft202012Validator:
    schema = build_schema(target)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def plain(data: Any) -> Any:
    """YAML data as JSON would hold it: dates become ISO text (what editors see)."""
    if isinstance(data, dt.date):
        return data.isoformat()
    if isinstance(data, dict):
        return {str(k): plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [plain(v) for v in data]
    return data


def load_yaml(path: Path) -> Any:
    return YAML(typ="safe", pure=True).load(path)


# --- the schema itself -------------------------------------------------------------


@pytest.mark.parametrize("target", sorted(FILES))
def test_committed_schema_is_up_to_date(target: str) -> None:
    committed = (SCHEMA_DIR / FILES[target]).read_text(encoding="utf-8")
    assert committed == render_schema(target), (
        f"schema/{FILES[target]} is out of date: "
        f"ki-concept schema --target {target} -o schema/{FILES[target]}"
    )


@pytest.mark.parametrize("target", sorted(FILES))
def test_schema_is_draft_2020_12_with_german_texts(target: str) -> None:
    schema = build_schema(target)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DIALECT
    assert schema["title"] in ("Handlungsfeld", "Integrationskonzept (konzept.yaml)")
    assert "Datei" in schema["description"]

    def objects(node: Any) -> list[dict[str, Any]]:
        found = []
        if isinstance(node, dict):
            if "properties" in node:
                found.append(node)
            for value in node.values():
                found += objects(value)
        return found

    for node in objects(schema):
        assert node.get("additionalProperties") is False
        for key, prop in node["properties"].items():
            assert prop.get("description"), f"no description for '{key}'"
    definitions = schema.get("$defs", {})
    german = {"Goal": "Ziel", "Measure": "Maßnahme", "Priority": "Schwerpunkt"}
    for name, title in german.items():
        if name in definitions:
            assert definitions[name]["title"] == title


def test_schema_command_prints_and_writes(runner: CliRunner, tmp_path: Path) -> None:
    printed = runner.invoke(app, ["schema"])
    assert printed.exit_code == 0
    assert printed.stdout == (SCHEMA_DIR / FILES["handlungsfeld"]).read_text(encoding="utf-8")
    target = tmp_path / "k.json"
    written = runner.invoke(app, ["schema", "--target", "konzept", "-o", str(target)])
    assert written.exit_code == 0 and written.stdout == f"Schema geschrieben: {target}.\n"
    assert json.loads(target.read_text(encoding="utf-8"))["properties"]["beschlossen"]
    english = runner.invoke(app, ["--lang", "en", "schema"])
    assert json.loads(english.stdout)["title"] == "Field of action"
    bad = runner.invoke(app, ["schema", "--target", "massnahme"])
    assert bad.exit_code == 2 and "handlungsfeld, konzept" in bad.stderr


# --- the bundled concept passes independent validators ----------------------------


def test_bundled_concept_passes_check_jsonschema() -> None:
    for target, pattern in (
        ("handlungsfeld", "*/handlungsfelder/*.yaml"),
        ("konzept", "*/konzept.yaml"),
    ):
        files = sorted(str(p) for p in BUNDLED.glob(pattern))
        assert len(files) >= 2
        result = subprocess.run(
            [check_jsonschema(), "--schemafile", str(SCHEMA_DIR / FILES[target]), *files],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "ok -- validation done" in result.stdout


def test_bundled_concept_passes_the_jsonschema_library() -> None:
    for path in sorted(BUNDLED.glob("*/handlungsfelder/*.yaml")):
        assert list(validator("handlungsfeld").iter_errors(plain(load_yaml(path)))) == [], path
    for path in sorted(BUNDLED.glob("*/konzept.yaml")):
        assert list(validator("konzept").iter_errors(plain(load_yaml(path)))) == [], path


# --- what the schema rejects, validate rejects --------------------------------------


def _arbeit() -> dict[str, Any]:
    return plain(load_yaml(BUNDLED / "2017" / "handlungsfelder" / "arbeit.yaml"))  # type: ignore[no-any-return]


def _mutate(case: str) -> dict[str, Any]:
    data = _arbeit()
    if case == "unknown key":
        data["verantwortlich"] = "KI"  # a measure key at field level
    elif case == "unknown key in a measure":
        data["massnahmen"][0]["zustaendig"] = "KI"
    elif case == "wrong type: list as text":
        data["ziele"] = "ARBEIT-Z1"
    elif case == "wrong type: text for a flag":
        data["massnahmen"][1]["beispiel"] = "ja"
    elif case == "wrong type: text for a rank":
        data["ziele"][0]["rangfolge"] = "eins"
    elif case == "wrong type: number for a date":
        data["massnahmen"][0]["beginn"] = 2016
    elif case == "missing required key: titel":
        del data["titel"]
    elif case == "missing required key: ebene":
        del data["ziele"][1]["ebene"]
    elif case == "bad ebene":
        data["ziele"][0]["ebene"] = "oberziel"
    elif case == "no such day":
        data["massnahmen"][0]["ende"] = "2016-02-30"
    elif case == "empty id":
        data["massnahmen"][2]["id"] = ""
    return data


CASES = [
    "unknown key",
    "unknown key in a measure",
    "wrong type: list as text",
    "wrong type: text for a flag",
    "wrong type: text for a rank",
    "wrong type: number for a date",
    "missing required key: titel",
    "missing required key: ebene",
    "bad ebene",
    "no such day",
    "empty id",
]


def _write_field(concept_copy: Path, data: dict[str, Any]) -> Path:
    path = concept_copy / "2017" / "handlungsfelder" / "arbeit.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", CASES)
def test_a_file_the_schema_rejects_is_rejected_by_validate(
    case: str, concept_copy: Path, runner: CliRunner
) -> None:
    data = _mutate(case)
    assert list(validator("handlungsfeld").iter_errors(data)), case
    path = _write_field(concept_copy, data)
    checked = subprocess.run(
        [check_jsonschema(), "--schemafile", str(SCHEMA_DIR / FILES["handlungsfeld"]), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 1, checked.stdout
    result = runner.invoke(
        app, ["--root", str(concept_copy), "validate", "2017", "--as-of", "2018-01-01"]
    )
    assert result.exit_code == 1, result.output
    assert "arbeit.yaml" in result.stdout


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("unbekannt", 1),
        ("beschlossen", "14.12.2017"),
        ("quellen", {"H1": "egge.example"}),
        ("statuswerte", [{"id": "x"}]),
        ("handlungsfelder_anzahl", -1),
    ],
)
def test_konzept_the_schema_rejects_is_rejected_by_validate(
    key: str, value: Any, concept_copy: Path, runner: CliRunner
) -> None:
    data = plain(load_yaml(concept_copy / "2017" / "konzept.yaml"))
    data[key] = value
    assert list(validator("konzept").iter_errors(data))
    (concept_copy / "2017" / "konzept.yaml").write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    result = runner.invoke(
        app, ["--root", str(concept_copy), "validate", "2017", "--as-of", "2018-01-01"]
    )
    assert result.exit_code == 1, result.output


def test_numbers_for_text_pass_both(concept_copy: Path, runner: CliRunner) -> None:
    # YAML reads `version: 2017` as a number; the tool accepts it, so the schema must too.
    data = _arbeit()
    data["titel"] = 2017
    data["massnahmen"][0]["partner"] = [112]
    assert list(validator("handlungsfeld").iter_errors(data)) == []
    _write_field(concept_copy, data)
    result = runner.invoke(
        app, ["--root", str(concept_copy), "validate", "2017", "--as-of", "2018-01-01"]
    )
    assert result.exit_code == 0, result.output


# Values that stand in for typical typing mistakes anywhere in a file.
ODD_VALUES = [
    None,
    0,
    1,
    2.5,
    True,
    False,
    "",
    "x",
    "2017-02-30",
    "2017-12-14",
    "leitziel",
    [],
    ["x"],
    {},
    {"x": 1},
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


FIELD_DATA = _arbeit()
FIELD_PATHS = _paths(FIELD_DATA)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Mutations the schema refuses, so the comparison with validate is made in every run.
@example(path=("massnahmen", 0, "titel"), action="replace", value=[])
@example(path=("massnahmen", 0, "titel"), action="delete", value=None)
@example(path=("massnahmen", 0), action="add", value={"x": 1})
@given(
    path=st.sampled_from(FIELD_PATHS),
    action=st.sampled_from(["replace", "delete", "add"]),
    value=st.sampled_from(ODD_VALUES),
)
def test_schema_is_never_stricter_than_validate(
    path: tuple[Any, ...], action: str, value: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = copy.deepcopy(FIELD_DATA)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent["zusatz"] = value
    else:
        parent.append(value)
    if not list(validator("handlungsfeld").iter_errors(data)):
        return  # the schema accepts it; validate may still find more
    root = tmp_path_factory.mktemp("concept")
    shutil.copytree(BUNDLED / "2017", root / "2017")
    _write_field(root, data)
    _, result = validate_folder(root / "2017", AS_OF)
    assert result.errors > 0, (path, action, value)
