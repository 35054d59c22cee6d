"""Reading a version folder from git history, without touching the working tree.

``REV:path/to/version`` is read with ``git ls-tree`` and ``git cat-file``:
neither writes to the index or the working tree. The files a version
consists of (``konzept.yaml`` and ``handlungsfelder/*.yaml``) are written to
a temporary folder, which the ordinary loader then reads.
"""

from __future__ import annotations

import os
import posixpath
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ki_concept.errors import UserError
from ki_concept.loader import FIELDS_FOLDER, KONZEPT_FILE
from ki_concept.source import Limits

SYMLINK_MODE = "120000"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class GitSpec:
    """``HEAD~1:concept/2017`` as revision and path."""

    text: str
    rev: str
    path: str


@dataclass(frozen=True, slots=True)
class _Entry:
    mode: str
    type: str
    oid: str
    size: int
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


def _git_env() -> dict[str, str]:
    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"
    # Read-only commands may still take optional locks (e.g. to refresh the index).
    env["GIT_OPTIONAL_LOCKS"] = "0"
    return env


def _git(
    repo: Path, args: list[str], spec: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
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
    raise UserError("diff.git.no_repository", spec=spec, cwd=starts[0] if starts else ".")


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
    """The blobs below ``rev:path``, or git's reason why there are none."""
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


def _version_files(entries: list[_Entry]) -> list[_Entry]:
    """The entries the loader reads: ``konzept.yaml`` and ``handlungsfelder/*.yaml``."""
    wanted = []
    for entry in entries:
        if entry.type != "blob":
            continue
        if entry.path == KONZEPT_FILE:
            wanted.append(entry)
            continue
        folder, _, name = entry.path.partition("/")
        if (
            folder == FIELDS_FOLDER
            and name
            and "/" not in name
            and name.endswith(YAML_SUFFIXES)
            and name not in (".", "..")
        ):
            wanted.append(entry)
    return wanted


def _read_blobs(repo: Path, spec: GitSpec, oids: list[str]) -> dict[str, bytes]:
    if not oids:
        return {}
    result = _git(
        repo,
        ["cat-file", "--batch"],
        spec.text,
        stdin="".join(f"{oid}\n" for oid in oids).encode("ascii"),
    )
    if result.returncode != 0:
        raise UserError("diff.git.failed", spec=spec.text, reason=_reason(result))
    out, blobs, position = result.stdout, {}, 0
    for oid in oids:
        header_end = out.index(b"\n", position)
        header = out[position:header_end].decode("ascii").split()
        if len(header) < 3:
            raise UserError("diff.git.failed", spec=spec.text, reason=" ".join(header))
        size = int(header[2])
        start = header_end + 1
        blobs[oid] = out[start : start + size]
        position = start + size + 1
    return blobs


def export_version(
    spec: GitSpec, *, repo: Path, target: Path, cwd: Path, concept_root: Path | None, limits: Limits
) -> tuple[Path, str]:
    """Write the version at ``spec`` below ``target``; its folder and ``REV:path`` as read."""
    reasons = []
    for path in _candidate_paths(spec, repo, cwd, concept_root):
        listing = _list_tree(repo, spec, path)
        if isinstance(listing, str):
            reasons.append(listing)
            continue
        return _write(spec, path, listing, repo, target, limits), f"{spec.rev}:{path}"
    raise UserError(
        "diff.git.not_found",
        spec=spec.text,
        rev=spec.rev,
        path=spec.path,
        repo=repo,
        reason=reasons[0] if reasons else "—",
    )


def _write(
    spec: GitSpec, path: str, listing: list[_Entry], repo: Path, target: Path, limits: Limits
) -> Path:
    files = _version_files(listing)
    if not any(e.path == KONZEPT_FILE or e.path.startswith(FIELDS_FOLDER + "/") for e in listing):
        raise UserError("diff.git.not_a_version", spec=spec.text, rev=spec.rev, path=path)
    folder = target / (posixpath.basename(path) or "version")
    (folder / FIELDS_FOLDER).mkdir(parents=True)
    # Oversized files are not read into memory: an empty file of the same size makes the
    # loader report them exactly as it would in a checkout.
    small = [e for e in files if e.size <= limits.max_bytes or e.mode == SYMLINK_MODE]
    blobs = _read_blobs(repo, spec, sorted({e.oid for e in small}))
    for entry in files:
        destination = folder / entry.path
        if entry.mode == SYMLINK_MODE:
            try:
                os.symlink(os.fsdecode(blobs[entry.oid]), destination)
            except OSError:
                destination.write_bytes(b"")
        elif entry.oid in blobs:
            destination.write_bytes(blobs[entry.oid])
        else:
            with destination.open("wb") as handle:
                handle.truncate(entry.size)
    return folder
