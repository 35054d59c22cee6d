"""Finding the concept root and its versions, and loading a version into models."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ki_concept.diagnostics import Diagnostic, diagnostic
from ki_concept.errors import UserError
from ki_concept.models import Goal, Handlungsfeld, Konzept, Measure
from ki_concept.schema_errors import validate_model
from ki_concept.source import Limits, YamlDocument, load_file
from ki_concept.vocabulary import Vocabulary

ENV_ROOT = "KI_CONCEPT_ROOT"
ROOT_FOLDER = "concept"
KONZEPT_FILE = "konzept.yaml"
FIELDS_FOLDER = "handlungsfelder"


# --- where things are --------------------------------------------------------


def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """``--root``, then ``KI_CONCEPT_ROOT``, then the nearest ``concept/`` upward."""
    if explicit is None and os.environ.get(ENV_ROOT):
        explicit = Path(os.environ[ENV_ROOT])
    if explicit is not None:
        if not explicit.is_dir():
            raise UserError("root.not_a_folder", path=explicit)
        return explicit
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / ROOT_FOLDER
        if candidate.is_dir():
            return candidate
    raise UserError("root.not_found", start=here, env=ENV_ROOT)


def is_version_folder(folder: Path) -> bool:
    return (folder / KONZEPT_FILE).exists() or (folder / FIELDS_FOLDER).is_dir()


def list_versions(root: Path) -> list[Path]:
    """Version folders below ``root``, by name."""
    if is_version_folder(root):
        return [root]
    try:
        children = sorted(p for p in root.iterdir() if p.is_dir() and is_version_folder(p))
    except OSError as exc:
        raise UserError("root.unreadable", path=root, reason=exc.strerror or exc) from None
    return children


def resolve_version(root: Path, target: str) -> Path:
    """A version name (``2017``) below ``root`` or a path to a version folder."""
    by_name = root / target
    if by_name.is_dir() and is_version_folder(by_name):
        return by_name
    as_path = Path(target)
    if as_path.is_dir() and is_version_folder(as_path):
        return as_path
    names = ", ".join(p.name for p in list_versions(root)) or "—"
    raise UserError("version.unknown", target=target, root=root, available=names)


# --- a loaded version ----------------------------------------------------------


@dataclass
class FieldFile:
    """One Handlungsfeld with the document it was read from."""

    file: Path
    document: YamlDocument
    model: Handlungsfeld


@dataclass
class ConceptVersion:
    """A validated version: ``konzept.yaml`` plus its Handlungsfeld files."""

    name: str
    folder: Path
    konzept: Konzept
    konzept_document: YamlDocument
    fields: list[FieldFile]
    vocabulary: Vocabulary

    def measures(self) -> Iterator[tuple[FieldFile, int, Measure]]:
        for field_file in self.fields:
            for index, measure in enumerate(field_file.model.measures):
                yield field_file, index, measure

    def goals(self) -> Iterator[tuple[FieldFile, int, Goal]]:
        for field_file in self.fields:
            for index, goal in enumerate(field_file.model.goals):
                yield field_file, index, goal


@dataclass
class LoadedVersion:
    """The outcome of loading one version folder: a model when it could be built, and problems."""

    name: str
    folder: Path
    version: ConceptVersion | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0
    complete: bool = False
    raw_ids: set[str] = field(default_factory=set)


def field_files(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """The ``handlungsfelder/*.yaml`` files of a version, by name (not recursive)."""
    fields_dir = folder / FIELDS_FOLDER
    try:
        entries = sorted(
            p for p in fields_dir.iterdir() if p.suffix in (".yaml", ".yml")
        )
    except FileNotFoundError:
        return [], [diagnostic("KI403", fields_dir, (1, 1), "version.no_fields_folder")]
    except OSError as exc:
        return [], [diagnostic("KI001", fields_dir, (1, 1), "read.folder",
                               reason=exc.strerror or exc)]
    if not entries:
        return [], [diagnostic("KI403", fields_dir, (1, 1), "version.no_fields")]
    return entries, []


def load_version(folder: Path, limits: Limits | None = None, *, exact: bool | None = None
                 ) -> LoadedVersion:
    """Read, parse and validate every file of one version; never raises for file content."""
    limits = limits or Limits.from_env()
    result = LoadedVersion(name=folder.name, folder=folder, version=None)
    konzept_path = folder / KONZEPT_FILE
    konzept: Konzept | None = None
    konzept_doc: YamlDocument | None = None
    schema_ok = True
    if konzept_path.exists() or konzept_path.is_symlink():
        parsed = load_file(konzept_path, limits, exact=exact)
        result.files += 1
        result.diagnostics.extend(parsed.diagnostics)
        if parsed.document is not None:
            konzept_doc = parsed.document
            konzept, problems = validate_model(Konzept, parsed.document)
            result.diagnostics.extend(problems)
        schema_ok = konzept is not None and not parsed.diagnostics
    else:
        result.diagnostics.append(diagnostic("KI404", konzept_path, (1, 1), "version.no_konzept"))
        schema_ok = False

    paths, folder_problems = field_files(folder)
    result.diagnostics.extend(folder_problems)
    schema_ok = schema_ok and not folder_problems
    loaded: list[FieldFile] = []
    for path in paths:
        parsed = load_file(path, limits, exact=exact)
        result.files += 1
        result.diagnostics.extend(parsed.diagnostics)
        if parsed.document is None:
            schema_ok = False
            continue
        _collect_ids(parsed.document.data, result.raw_ids)
        model, schema_problems = validate_model(Handlungsfeld, parsed.document)
        result.diagnostics.extend(schema_problems)
        if model is None or parsed.diagnostics:
            schema_ok = False
        if model is not None:
            loaded.append(FieldFile(path, parsed.document, model))

    if konzept is not None and konzept_doc is not None:
        result.version = ConceptVersion(
            name=folder.name,
            folder=folder,
            konzept=konzept,
            konzept_document=konzept_doc,
            fields=loaded,
            vocabulary=Vocabulary.for_konzept(konzept),
        )
    result.complete = schema_ok
    return result


def _collect_ids(data: Any, into: set[str]) -> None:
    """Goal ids written in a file, even one that fails the schema, so references resolve.

    Only goals: a measure that names a field or another measure under ``ziele`` is wrong.
    """
    if not isinstance(data, dict):
        return
    items = data.get("ziele")
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                into.add(item["id"])
