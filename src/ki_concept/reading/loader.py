"""Finding the concept root and its versions, and loading a version into models."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ki_concept.diagnostics import Diagnostic, diagnostic
from ki_concept.errors import UserError
from ki_concept.models import Goal, Handlungsfeld, Konzept, Measure, yaml_key
from ki_concept.reading.files import FIELDS_FOLDER, KONZEPT_FILE, FolderFiles, VersionFiles
from ki_concept.reading.schema_errors import validate_model
from ki_concept.reading.source import Limits, ParsedFile, YamlDocument, decode, parse_text
from ki_concept.vocabulary import Vocabulary

ENV_ROOT = "KI_CONCEPT_ROOT"
ROOT_FOLDER = "concept"

__all__ = [
    "FIELDS_FOLDER",
    "KONZEPT_FILE",
    "ConceptVersion",
    "FieldFile",
    "FileRecord",
    "LoadedVersion",
    "find_root",
    "is_version_folder",
    "list_versions",
    "load_version",
    "read_record",
    "resolve_version",
]


# --- where things are --------------------------------------------------------


def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """``--root``, then ``KI_CONCEPT_ROOT``, then the nearest concept root upward.

    Upward from ``start`` (the working directory), the first folder that shows a root
    decides (``_root_at``): its subfolder ``concept/``; or, for a version folder, the
    folder above when that holds another version or is named ``concept``, else the
    version folder itself (a single version); or the folder itself when it holds a version.
    """
    if explicit is None and os.environ.get(ENV_ROOT):
        explicit = Path(os.environ[ENV_ROOT])
    if explicit is not None:
        if not explicit.is_dir():
            raise UserError("root.not_a_folder", path=explicit)
        return explicit
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        try:
            found = _root_at(folder)
        except OSError:  # a folder on the way that cannot be entered shows nothing
            found = None
        if found is not None:
            return found
    raise UserError("root.not_found", start=here, env=ENV_ROOT)


def _root_at(folder: Path) -> Path | None:
    """The concept root ``folder`` shows, looking at it, its parent and its subfolders."""
    named = folder / ROOT_FOLDER
    if named.is_dir():
        return named
    if is_version_folder(folder):
        parent = folder.parent
        if parent != folder and (parent.name == ROOT_FOLDER or _version_count(parent) > 1):
            return parent
        return folder
    return folder if _version_count(folder) > 0 else None


def _version_count(folder: Path) -> int:
    """How many visible subfolders of ``folder`` are version folders (0 if unreadable)."""
    try:
        return sum(
            1
            for sub in folder.iterdir()
            if not sub.name.startswith(".") and sub.is_dir() and is_version_folder(sub)
        )
    except OSError:
        return 0


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
class FileRecord:
    """One file of a version as read: its bytes, document, model and problems.

    ``model`` is a :class:`Konzept` for ``konzept.yaml`` and a :class:`Handlungsfeld` for a
    field file, None when the file could not be read, parsed or validated.
    """

    relative: str
    file: Path
    raw: bytes | None
    document: YamlDocument | None
    model: Konzept | Handlungsfeld | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def read_record(
    files: VersionFiles,
    relative: str,
    limits: Limits,
    *,
    raw: bytes | None = None,
    parsed: ParsedFile | None = None,
) -> FileRecord:
    """Read, parse and validate one file; never raises for its content.

    ``raw`` and ``parsed`` are the file's bytes and their reading when the caller has
    them already (an edit's new text): then only the schema is checked.
    """
    shown = files.shown(relative)
    if raw is None:
        raw, problems = files.read(relative, limits)
        if raw is None:
            return FileRecord(relative, shown, None, None, None, problems)
    if parsed is None:
        text, problems = decode(shown, raw)
        if text is None:
            return FileRecord(relative, shown, raw, None, None, problems)
        parsed = parse_text(shown, text, limits)
    if parsed.document is None:
        return FileRecord(relative, shown, raw, None, None, parsed.diagnostics)
    model: Konzept | Handlungsfeld | None
    if relative == KONZEPT_FILE:
        model, schema_problems = validate_model(Konzept, parsed.document)
    else:
        model, schema_problems = validate_model(Handlungsfeld, parsed.document)
    return FileRecord(
        relative, shown, raw, parsed.document, model, [*parsed.diagnostics, *schema_problems]
    )


@dataclass
class FieldFile:
    """One Handlungsfeld with the document it was read from.

    A file with schema errors is kept with the goals and measures that passed, so that the
    cross-file rules still check them; ``goal_places`` and ``measure_places`` then give each
    model item's index in the file.
    """

    file: Path
    document: YamlDocument
    model: Handlungsfeld
    goal_places: tuple[int, ...] | None = None
    measure_places: tuple[int, ...] | None = None

    def indexed_goals(self) -> Iterator[tuple[int, Goal]]:
        """Each goal with its index in the file's ``ziele``."""
        places = self.goal_places or range(len(self.model.goals))
        yield from zip(places, self.model.goals, strict=True)

    def indexed_measures(self) -> Iterator[tuple[int, Measure]]:
        """Each measure with its index in the file's ``massnahmen``."""
        places = self.measure_places or range(len(self.model.measures))
        yield from zip(places, self.model.measures, strict=True)


@dataclass
class ConceptVersion:
    """A validated version: ``konzept.yaml`` plus its Handlungsfeld files."""

    name: str
    files: VersionFiles
    konzept: Konzept
    konzept_document: YamlDocument
    fields: list[FieldFile]
    vocabulary: Vocabulary

    def measures(self) -> Iterator[tuple[FieldFile, int, Measure]]:
        """Every measure with its field and its index in the file."""
        for field_file in self.fields:
            for index, measure in field_file.indexed_measures():
                yield field_file, index, measure

    def goals(self) -> Iterator[tuple[FieldFile, int, Goal]]:
        """Every goal with its field and its index in the file."""
        for field_file in self.fields:
            for index, goal in field_file.indexed_goals():
                yield field_file, index, goal


@dataclass
class LoadedVersion:
    """The outcome of loading one version: a model when it could be built, and problems."""

    name: str
    files: VersionFiles
    version: ConceptVersion | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    file_count: int = 0
    complete: bool = False
    raw_ids: set[str] = field(default_factory=set)
    records: dict[str, FileRecord] = field(default_factory=dict)
    # The field files found (relative names); None when the folder could not be listed.
    field_paths: list[str] | None = None


def load_version(
    files: VersionFiles | Path,
    limits: Limits | None = None,
    *,
    known: Mapping[str, FileRecord] | None = None,
) -> LoadedVersion:
    """Read, parse and validate every file of one version; never raises for file content.

    ``known`` holds records this run has already read (by relative name): they are used as
    they are, so no file is read or validated twice.
    """
    if isinstance(files, Path):
        files = FolderFiles(files)
    limits = limits or Limits.from_env()
    known = known or {}
    result = LoadedVersion(name=files.name, files=files, version=None)

    def record(relative: str) -> FileRecord:
        found = known.get(relative)
        if found is None:
            found = read_record(files, relative, limits)
        result.records[relative] = found
        result.file_count += 1
        result.diagnostics.extend(found.diagnostics)
        return found

    konzept: FileRecord | None = None
    if files.has_konzept():
        konzept = record(KONZEPT_FILE)
    else:
        result.diagnostics.append(
            diagnostic("KI404", files.shown(KONZEPT_FILE), (1, 1), "version.no_konzept")
        )
    complete = konzept is not None and konzept.model is not None and not konzept.diagnostics

    paths, folder_problems = files.field_files()
    result.diagnostics.extend(folder_problems)
    result.field_paths = None if folder_problems else list(paths)
    complete = complete and not folder_problems
    loaded: list[FieldFile] = []
    for relative in paths:
        field_record = record(relative)
        if field_record.document is not None:
            _collect_ids(field_record.document.data, result.raw_ids)
        if field_record.model is None or field_record.diagnostics:
            complete = False
        if field_record.document is None:
            continue
        if isinstance(field_record.model, Handlungsfeld):
            loaded.append(FieldFile(field_record.file, field_record.document, field_record.model))
        else:
            salvaged = salvage_field(field_record.file, field_record.document)
            if salvaged is not None:
                loaded.append(salvaged)

    konzept_model = None
    if konzept is not None and konzept.document is not None:
        konzept_model = (
            konzept.model
            if isinstance(konzept.model, Konzept)
            else salvage_konzept(konzept.document)
        )
    if konzept is not None and konzept_model is not None and konzept.document is not None:
        result.version = ConceptVersion(
            name=files.name,
            files=files,
            konzept=konzept_model,
            konzept_document=konzept.document,
            fields=loaded,
            vocabulary=Vocabulary.for_konzept(konzept_model),
        )
    result.complete = complete
    return result


_GOALS = yaml_key(Handlungsfeld, "goals")
_MEASURES = yaml_key(Handlungsfeld, "measures")
_REQUIRED = (yaml_key(Handlungsfeld, "id"), yaml_key(Handlungsfeld, "title"))


def salvage_field(file: Path, document: YamlDocument) -> FieldFile | None:
    """The part of a field file that passes the schema: every goal and measure without an
    error of its own, and the field's other keys that are right. None when the field's own
    ``id`` or ``titel`` is wrong. The errors themselves are reported by the schema check."""
    from pydantic import ValidationError

    data = document.data
    if not isinstance(data, dict):
        return None
    kept: dict[str, Any] = dict(data)
    places = {
        key: list(range(len(data[key]))) if isinstance(data.get(key), list) else []
        for key in (_GOALS, _MEASURES)
    }
    for key in (_GOALS, _MEASURES):
        kept[key] = list(data[key]) if isinstance(data.get(key), list) else []
    # Each round removes what failed; an item's error never needs more than a few rounds.
    for _ in range(4):
        try:
            model = Handlungsfeld.model_validate(kept)
        except ValidationError as exc:
            dropped: dict[str, set[int]] = {_GOALS: set(), _MEASURES: set()}
            for error in exc.errors():
                loc = error["loc"]
                if not loc or loc[0] in _REQUIRED:
                    return None
                key = str(loc[0])
                if key in dropped and len(loc) > 1 and isinstance(loc[1], int):
                    dropped[key].add(loc[1])
                elif key in dropped:
                    kept[key], places[key] = [], []
                else:
                    kept.pop(key, None)
            for key, indexes in dropped.items():
                kept[key] = [item for i, item in enumerate(kept[key]) if i not in indexes]
                places[key] = [p for i, p in enumerate(places[key]) if i not in indexes]
            continue
        return FieldFile(file, document, model, tuple(places[_GOALS]), tuple(places[_MEASURES]))
    return None


# What the rules look up in konzept.yaml: without it they would report false problems.
_KONZEPT_LOOKUPS = tuple(
    yaml_key(Konzept, name)
    for name in ("sources", "concept_sources", "status_values", "priorities")
)


def salvage_konzept(document: YamlDocument) -> Konzept | None:
    """``konzept.yaml`` without the keys that failed the schema, so that the rules still
    check the field files; None when a key the rules look things up in failed. A missing
    or wrong ``titel`` or ``version`` becomes empty text (its error is reported anyway)."""
    from pydantic import ValidationError

    data = document.data
    if not isinstance(data, dict):
        return None
    kept: dict[str, Any] = dict(data)
    required = (yaml_key(Konzept, "title"), yaml_key(Konzept, "version"))
    for _ in range(3):
        try:
            return Konzept.model_validate(kept)
        except ValidationError as exc:
            for error in exc.errors():
                key = str(error["loc"][0]) if error["loc"] else ""
                if key in _KONZEPT_LOOKUPS or not key:
                    return None
                if key in required:
                    kept[key] = "?"
                else:
                    kept.pop(key, None)
    return None


def _collect_ids(data: Any, into: set[str]) -> None:
    """Goal ids written in a file, even one that fails the schema, so references resolve.

    Only goals: a measure that names a field or another measure under ``ziele`` is wrong.
    """
    if not isinstance(data, dict):
        return
    items = data.get(yaml_key(Handlungsfeld, "goals"))
    goal_id = yaml_key(Goal, "id")
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and isinstance(item.get(goal_id), str):
                into.add(item[goal_id])
