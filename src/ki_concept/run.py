"""What one run of a command knows, handed to every command.

A :class:`Run` holds the options that apply to every command (the concept root, file
limits, today's date) and every version read so far, so each file is read and
validated once per run however many steps look at it. It also owns the one rule for the
version a command works on when none is named (:meth:`Run.choose`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ki_concept.diagnostics import Result, Severity
from ki_concept.errors import ConceptInvalid, UserError
from ki_concept.escaping import visible
from ki_concept.models import Konzept, yaml_key
from ki_concept.reading.files import (
    KONZEPT_FILE,
    FolderFiles,
    GitSpec,
    RevisionFiles,
    find_repository,
    parse_spec,
)
from ki_concept.reading.loader import (
    ConceptVersion,
    FileRecord,
    LoadedVersion,
    find_root,
    is_version_folder,
    list_versions,
    load_version,
    read_record,
)
from ki_concept.reading.source import Limits

# An unknown version's message names this many of the versions there are, and their count.
LISTED_VERSIONS = 8


@dataclass
class Run:
    """One run of one command: its settings and the versions it has read."""

    root_option: Path | None = None
    limits: Limits = field(default_factory=Limits)
    today: dt.date = field(default_factory=dt.date.today)
    _root: Path | None = None
    _konzept: dict[Path, FileRecord] = field(default_factory=dict)
    _loaded: dict[Path, LoadedVersion] = field(default_factory=dict)
    _results: dict[tuple[Path, dt.date], Result] = field(default_factory=dict)

    # --- where the concept is ------------------------------------------------------------

    def root(self) -> Path:
        """``--root``, ``KI_CONCEPT_ROOT``, or the concept root found upward (``find_root``)."""
        if self._root is None:
            self._root = find_root(self.root_option)
        return self._root

    def versions(self) -> list[Path]:
        """Every version folder below the root, by name; an error when there is none."""
        folders = list_versions(self.root())
        if not folders:
            raise UserError("version.none", root=self.root())
        return folders

    def folder(self, name: str) -> Path:
        """A version named ``name`` below the root, or ``name`` itself as a version folder.

        A plain name is looked up below the root first, so ``--root`` always wins over a
        folder of the same name in the working directory.
        """
        as_path = Path(name)
        root = self.root() if self._root_known() else None
        if root is not None:
            if name == root.name and is_version_folder(root):
                return root  # the root is a single version, named as its folder is
            by_name = root / name
            if by_name.is_dir() and is_version_folder(by_name):
                return by_name
        if as_path.is_dir() and is_version_folder(as_path):
            return as_path
        root = self.root()
        names = [visible(p.name, one_line=True) for p in list_versions(root)]
        if len(names) > LISTED_VERSIONS:
            raise UserError(
                "version.unknown_many",
                target=name,
                root=root,
                count=len(names),
                available=", ".join(names[:LISTED_VERSIONS]),
            )
        raise UserError(
            "version.unknown", target=name, root=root, available=", ".join(names) or "—"
        )

    def choose(self, name: str | None) -> Path:
        """The version a command works on: ``name``, or the default version.

        The default is the newest adopted version (``beschlossen`` set, latest date, then
        last by name). A version without ``beschlossen`` (a draft Fortschreibung) is only
        used when named, unless no version is adopted yet: then the last by name.
        """
        if name:
            return self.folder(name)
        folders = self.versions()
        for folder in folders:
            record = self._konzept_record(folder)
            if record.document is None:
                # Its date cannot be read, so which version is newest cannot be told.
                problem = record.diagnostics[0].message if record.diagnostics else ""
                raise UserError("version.undecidable", path=record.file, problem=problem)
        adopted = [(day, f.name, f) for f in folders if (day := self.adopted(f)) is not None]
        if adopted:
            return max(adopted)[2]
        return folders[-1]

    def adopted(self, folder: Path) -> dt.date | None:
        """The ``beschlossen`` date of a version, as far as its ``konzept.yaml`` tells."""
        record = self._konzept_record(folder)
        if isinstance(record.model, Konzept):
            return record.model.adopted
        data = record.document.data if record.document is not None else None
        value = data.get(yaml_key(Konzept, "adopted")) if isinstance(data, dict) else None
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def _konzept_record(self, folder: Path) -> FileRecord:
        key = folder.resolve()
        if key not in self._konzept:
            self._konzept[key] = read_record(self._files(folder), KONZEPT_FILE, self.limits)
        return self._konzept[key]

    # --- loading -------------------------------------------------------------------------

    def load(self, folder: Path) -> LoadedVersion:
        """The version in ``folder``, read once per run."""
        key = folder.resolve()
        if key not in self._loaded:
            known = {KONZEPT_FILE: self._konzept[key]} if key in self._konzept else None
            self._loaded[key] = load_version(self._files(folder), self.limits, known=known)
        return self._loaded[key]

    def _root_known(self) -> bool:
        """Whether there is a concept root (without failing when there is none)."""
        try:
            self.root()
        except UserError:
            return False
        return True

    def _files(self, folder: Path) -> FolderFiles:
        """The folder's files, kept inside the concept root (or the folder, outside any)."""
        root = self._root if self._root_known() else None
        inside = root is not None and (folder.absolute().is_relative_to(root.absolute()))
        return FolderFiles(folder, root if inside else None)

    def validate(self, folder: Path, as_of: dt.date) -> tuple[LoadedVersion, Result]:
        """The version in ``folder`` with every check run for ``as_of``."""
        from ki_concept.checking import check_loaded

        loaded = self.load(folder)
        key = (folder.resolve(), as_of)
        if key not in self._results:
            self._results[key] = check_loaded(loaded, as_of)
        return loaded, self._results[key]

    def checked(self, folder: Path, as_of: dt.date) -> ConceptVersion:
        """A version without errors; :class:`ConceptInvalid` with the errors otherwise."""
        return _valid(*self.validate(folder, as_of))

    def checked_revision(self, spec: GitSpec, as_of: dt.date) -> ConceptVersion:
        """A version read from git, without errors; :class:`ConceptInvalid` otherwise."""
        from ki_concept.checking import check_loaded

        loaded = self.load_revision(spec)
        return _valid(loaded, check_loaded(loaded, as_of))

    # --- versions in git -----------------------------------------------------------------

    def side(self, spec: str) -> Path | GitSpec:
        """A version folder on disk, or ``REV:PATH``, a version folder in a git revision."""
        as_path = Path(spec)
        base = self.root() if self._root_known() else None
        if base is not None and (base / spec).is_dir() and is_version_folder(base / spec):
            return base / spec  # --root first, as for every command
        if as_path.is_dir() and is_version_folder(as_path):
            return as_path
        git = parse_spec(spec)
        if git is not None:
            return git
        return self.folder(spec)

    def repository(self, spec: str) -> Path:
        """The git repository of the working directory, else the one of the concept root."""
        root = self.root() if self._root_known() else None
        starts = [Path.cwd()] + ([root] if root is not None else [])
        return find_repository(starts, spec)

    def load_revision(self, spec: GitSpec) -> LoadedVersion:
        """The version folder ``spec.path`` as committed in ``spec.rev``, from git's objects."""
        root = self.root() if self._root_known() else None
        repo = self.repository(spec.text)
        files = RevisionFiles.open(spec, repo=repo, cwd=Path.cwd(), concept_root=root)
        return load_version(files, self.limits)


def _valid(loaded: LoadedVersion, result: Result) -> ConceptVersion:
    """The loaded version when it has no errors; :class:`ConceptInvalid` with them otherwise."""
    from ki_concept.validate.render import render_text

    if result.errors or loaded.version is None:
        errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
        raise ConceptInvalid(
            render_text(Result(errors, result.files_checked, result.versions_checked))
        )
    return loaded.version
