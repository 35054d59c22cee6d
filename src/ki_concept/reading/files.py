"""Where the files of one version come from: a folder, a git revision, or pending edits.

The loader reads a version only through :class:`VersionFiles`: which files there are
(``konzept.yaml`` and ``handlungsfelder/*.yaml``, by name, not recursive), their bytes,
and the name each file is shown under in messages. Three kinds exist:

- :class:`FolderFiles`: a version folder on disk.
- :class:`RevisionFiles`: a version folder in a git revision, read straight from the
  object store with ``git ls-tree`` and ``git cat-file``; nothing is written to disk, and
  messages name files as ``REV:path/handlungsfelder/x.yaml``.
- :class:`PendingFiles`: another source with some files' bytes replaced in memory, the
  state an edit would leave; nothing is written until the edit is checked.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ki_concept.diagnostics import Diagnostic, diagnostic
from ki_concept.errors import UserError
from ki_concept.reading.source import Limits, read_bytes, too_large

if TYPE_CHECKING:
    import subprocess

KONZEPT_FILE = "konzept.yaml"
FIELDS_FOLDER = "handlungsfelder"
YAML_SUFFIXES = (".yaml", ".yml")


class VersionFiles(Protocol):
    """The files of one version, named relative to its folder (``handlungsfelder/x.yaml``)."""

    @property
    def name(self) -> str:
        """The version's folder name (``2017``)."""
        ...

    @property
    def label(self) -> str:
        """The version as users name it: a folder path or ``REV:path``."""
        ...

    def shown(self, relative: str) -> Path:
        """The name a file is given in messages."""
        ...

    def has_konzept(self) -> bool: ...

    def field_files(self) -> tuple[list[str], list[Diagnostic]]:
        """The Handlungsfeld files by name, or the problem with the folder holding them."""
        ...

    def read(self, relative: str, limits: Limits) -> tuple[bytes | None, list[Diagnostic]]:
        """A file's bytes, or diagnostics saying why it cannot be used."""
        ...


def is_field_file(name: str) -> bool:
    return name.endswith(YAML_SUFFIXES) and name not in (".yaml", ".yml")


# --- a folder on disk ------------------------------------------------------------------


@dataclass(frozen=True)
class FolderFiles:
    """A version folder on disk.

    A file, or the folder of Handlungsfelder, that is a symbolic link leading out of
    ``root`` (the concept folder; the version folder itself when none is given) or into a
    ``.git`` folder is never read: concept files may come from a stranger's pull request,
    and such a link would print what it points at. Links inside ``root`` are followed.
    """

    folder: Path
    root: Path | None = None

    @cached_property
    def _boundary(self) -> Path:
        return Path(os.path.realpath(self.root or self.folder))

    def leaves_root(self, path: Path) -> bool:
        """Whether ``path``, followed through every link, ends outside the root or in .git."""
        boundary = self._boundary
        real = Path(os.path.realpath(path))
        if not real.is_relative_to(boundary):
            return True
        return ".git" in real.relative_to(boundary).parts

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def label(self) -> str:
        return str(self.folder)

    def shown(self, relative: str) -> Path:
        return self.folder / relative

    def has_konzept(self) -> bool:
        path = self.folder / KONZEPT_FILE
        return path.exists() or path.is_symlink()

    def field_files(self) -> tuple[list[str], list[Diagnostic]]:
        fields_dir = self.folder / FIELDS_FOLDER
        if self.leaves_root(fields_dir):
            return [], [diagnostic("KI001", fields_dir, (1, 1), "read.link_outside")]
        try:
            names = sorted(p.name for p in fields_dir.iterdir() if is_field_file(p.name))
        except FileNotFoundError:
            return [], [diagnostic("KI403", fields_dir, (1, 1), "version.no_fields_folder")]
        except OSError as exc:
            return [], [
                diagnostic("KI001", fields_dir, (1, 1), "read.folder", reason=exc.strerror or exc)
            ]
        if not names:
            return [], [diagnostic("KI403", fields_dir, (1, 1), "version.no_fields")]
        return [f"{FIELDS_FOLDER}/{name}" for name in names], []

    def read(self, relative: str, limits: Limits) -> tuple[bytes | None, list[Diagnostic]]:
        path = self.folder / relative
        if self.leaves_root(path):
            return None, [diagnostic("KI001", path, (1, 1), "read.link_outside")]
        return read_bytes(path, limits)


# --- pending edits --------------------------------------------------------------------


@dataclass(frozen=True)
class PendingFiles:
    """``base`` with the bytes of some of its files replaced, before anything is written.

    With ``folder`` (a version about to be created) files are named as in that folder.
    """

    base: VersionFiles
    replaced: Mapping[str, bytes]
    folder: Path | None = None

    @property
    def name(self) -> str:
        return self.folder.name if self.folder is not None else self.base.name

    @property
    def label(self) -> str:
        return str(self.folder) if self.folder is not None else self.base.label

    def shown(self, relative: str) -> Path:
        return self.folder / relative if self.folder is not None else self.base.shown(relative)

    def has_konzept(self) -> bool:
        return KONZEPT_FILE in self.replaced or self.base.has_konzept()

    def field_files(self) -> tuple[list[str], list[Diagnostic]]:
        return self.base.field_files()

    def read(self, relative: str, limits: Limits) -> tuple[bytes | None, list[Diagnostic]]:
        if relative in self.replaced:
            return self.replaced[relative], []
        return self.base.read(relative, limits)


# --- a git revision ---------------------------------------------------------------------

SYMLINK_MODE = "120000"


@dataclass(frozen=True, slots=True)
class GitSpec:
    """``HEAD~1:concept/2017`` as revision and path."""

    text: str
    rev: str
    path: str


def parse_spec(text: str) -> GitSpec | None:
    """``REV:path`` split at the first colon, or None when ``text`` has no colon."""
    if ":" not in text:
        return None
    rev, path = text.split(":", 1)
    # A leading dash would be read by git as an option.
    if not rev or rev.startswith("-"):
        raise UserError("diff.git.bad_spec", spec=text)
    return GitSpec(text, rev, path)


@dataclass(frozen=True, slots=True)
class _Entry:
    mode: str
    type: str
    oid: str
    size: int
    path: str


def _git_env() -> dict[str, str]:
    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"
    # Read-only commands may still take optional locks (e.g. to refresh the index).
    env["GIT_OPTIONAL_LOCKS"] = "0"
    return env


def _git(
    repo: Path, args: list[str], spec: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    import subprocess  # only revisions need it

    try:
        return subprocess.run(
            ["git", "-C", str(repo), *args],
            input=stdin,
            capture_output=True,
            env=_git_env(),
            check=False,
        )
    except FileNotFoundError:
        raise UserError("diff.git.missing", spec=spec) from None
    except OSError as exc:
        raise UserError("diff.git.failed", spec=spec, reason=exc.strerror or exc) from None


def _reason(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
    return lines[-1].removeprefix("fatal: ") if lines else f"exit {result.returncode}"


def find_repository(starts: list[Path], spec: str) -> Path:
    """The top folder of the first repository containing one of ``starts``."""
    for start in starts:
        if not start.is_dir():
            continue
        result = _git(start, ["rev-parse", "--show-toplevel"], spec)
        if result.returncode == 0:
            return Path(result.stdout.decode("utf-8", errors="surrogateescape").strip())
        if b"dubious ownership" in result.stderr:
            # git refuses a repository another user owns: say so, not "no repository".
            raise UserError("diff.git.dubious", spec=spec, path=start)
    raise UserError("diff.git.no_repository", spec=spec, cwd=starts[0] if starts else ".")


def resolve_commit(repo: Path, rev: str, spec: str) -> str | None:
    """The id of the commit ``rev`` names in ``repo`` (a tag, branch, ``HEAD~3``, …), or None."""
    if not rev or rev.startswith("-"):
        return None  # git would read it as an option
    result = _git(repo, ["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], spec)
    if result.returncode != 0:
        return None
    return result.stdout.decode("ascii", errors="replace").strip() or None


def _candidate_paths(spec: GitSpec, repo: Path, cwd: Path, concept_root: Path | None) -> list[str]:
    """Where ``spec.path`` may point inside the repository, most literal first."""
    raw = spec.path.replace("\\", "/")
    top = repo.resolve()
    if raw.startswith(("./", "../")) or raw in (".", ".."):
        # As in git itself: ./ and ../ are relative to the working directory.
        absolute = (cwd / raw).resolve()
        try:
            relative = absolute.relative_to(top).as_posix()
        except ValueError:
            return []
        return ["" if relative == "." else relative]
    candidates = [posixpath.normpath(raw.strip("/")) if raw.strip("/") else ""]
    if concept_root is not None:
        # Convenience: HEAD~1:2017 names a version below the concept folder.
        try:
            root_in_repo = concept_root.resolve().relative_to(top).as_posix()
        except ValueError:
            root_in_repo = None
        if root_in_repo is not None:
            joined = posixpath.join(root_in_repo, candidates[0]) if candidates[0] else root_in_repo
            joined = posixpath.normpath(joined)
            if joined not in candidates:
                candidates.append(joined)
    return [c if c != "." else "" for c in candidates]


def _list_tree(repo: Path, spec: GitSpec, path: str) -> list[_Entry] | str:
    """The entries below ``rev:path`` (two levels), or git's reason why there are none."""
    result = _git(repo, ["ls-tree", "-r", "-l", "-z", f"{spec.rev}:{path}"], spec.text)
    if result.returncode != 0:
        return _reason(result)
    entries = []
    for raw in result.stdout.split(b"\0"):
        if not raw:
            continue
        meta, _, name = raw.partition(b"\t")
        mode, kind, oid, size = meta.decode("ascii").split()
        entries.append(
            _Entry(
                mode,
                kind,
                oid,
                int(size) if size.isdigit() else 0,
                name.decode("utf-8", errors="surrogateescape"),
            )
        )
    return entries


def _version_entries(entries: list[_Entry]) -> dict[str, _Entry]:
    """The entries the loader reads: ``konzept.yaml`` and ``handlungsfelder/*.yaml``."""
    wanted = {}
    for entry in entries:
        if entry.type != "blob":
            continue
        folder, _, name = entry.path.partition("/")
        if entry.path == KONZEPT_FILE or (
            folder == FIELDS_FOLDER and name and "/" not in name and is_field_file(name)
        ):
            wanted[entry.path] = entry
    return wanted


@dataclass
class RevisionFiles:
    """A version folder as committed in a git revision; read from the object store."""

    repo: Path
    rev: str
    path: str
    entries: dict[str, _Entry]
    spec: str
    _blobs: dict[str, bytes] | None = None

    @classmethod
    def open(
        cls, spec: GitSpec, *, repo: Path, cwd: Path, concept_root: Path | None
    ) -> RevisionFiles:
        """The version at ``spec``; a :class:`UserError` when it is not there."""
        reasons = []
        for path in _candidate_paths(spec, repo, cwd, concept_root):
            listing = _list_tree(repo, spec, path)
            if isinstance(listing, str):
                reasons.append(listing)
                continue
            if not any(
                e.path == KONZEPT_FILE or e.path.startswith(FIELDS_FOLDER + "/") for e in listing
            ):
                raise UserError("diff.git.not_a_version", spec=spec.text, rev=spec.rev, path=path)
            return cls(repo, spec.rev, path, _version_entries(listing), spec.text)
        raise UserError(
            "diff.git.not_found",
            spec=spec.text,
            rev=spec.rev,
            path=spec.path,
            repo=repo,
            reason=reasons[0] if reasons else "—",
        )

    @property
    def name(self) -> str:
        return posixpath.basename(self.path) or "version"

    def commit(self) -> str | None:
        """The id of the commit the revision names (None for a tree given by its id)."""
        return resolve_commit(self.repo, self.rev, self.spec)

    @property
    def label(self) -> str:
        return f"{self.rev}:{self.path}"

    def shown(self, relative: str) -> Path:
        return Path(f"{self.rev}:{posixpath.join(self.path, relative)}")

    def has_konzept(self) -> bool:
        return KONZEPT_FILE in self.entries

    def field_files(self) -> tuple[list[str], list[Diagnostic]]:
        names = sorted(p for p in self.entries if p != KONZEPT_FILE)
        if not names:
            shown = self.shown(FIELDS_FOLDER)
            return [], [diagnostic("KI403", shown, (1, 1), "version.no_fields")]
        return names, []

    def read(self, relative: str, limits: Limits) -> tuple[bytes | None, list[Diagnostic]]:
        entry = self.entries[relative]
        shown = self.shown(relative)
        if entry.mode == SYMLINK_MODE:
            # A committed link names a path on the machine that reads it: never followed.
            return None, [diagnostic("KI001", shown, (1, 1), "read.link_in_revision")]
        if entry.size > limits.max_bytes:
            return None, [too_large(shown, entry.size, limits)]
        if self._blobs is None:
            self._blobs = self._read_blobs(limits)
        return self._blobs[entry.oid], []

    def _read_blobs(self, limits: Limits) -> dict[str, bytes]:
        """Every blob of the version within the limit, in one ``git cat-file`` call."""
        oids = sorted(
            {
                e.oid
                for e in self.entries.values()
                if e.mode != SYMLINK_MODE and e.size <= limits.max_bytes
            }
        )
        result = _git(
            self.repo,
            ["cat-file", "--batch"],
            self.spec,
            stdin="".join(f"{oid}\n" for oid in oids).encode("ascii"),
        )
        if result.returncode != 0:
            raise UserError("diff.git.failed", spec=self.spec, reason=_reason(result))
        out, position, blobs = result.stdout, 0, {}
        for oid in oids:
            header_end = out.index(b"\n", position)
            header = out[position:header_end].decode("ascii").split()
            if len(header) < 3:
                raise UserError("diff.git.failed", spec=self.spec, reason=" ".join(header))
            size = int(header[2])
            start = header_end + 1
            blobs[oid] = out[start : start + size]
            position = start + size + 1
        return blobs
