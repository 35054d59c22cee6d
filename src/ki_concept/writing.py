"""Writing a command's result to a file or to standard output, and replacing files safely.

Every file the tool writes – reports, exports, schemas and edited concept files – goes
through :func:`write_atomically`: a temporary file in the same folder, flushed and
fsynced, given the mode (and owner) of the file it replaces, then renamed over it. A
failure at any point, a full disk included, leaves the previous file as it was.
"""

from __future__ import annotations

import glob
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from ki_concept.errors import UserError

# Temporary files of a write in progress: ``.<name>.<random>.tmp`` next to the target.
TEMP_SUFFIX = ".tmp"


class WriteRefused(UserError):
    """A file was not written (exit status 1); the previous file is unchanged."""

    exit_code = 1


def write_output(path: Path | None, data: str | bytes) -> None:
    """Write ``data`` to ``path``, or to standard output when ``path`` is ``None`` or ``-``.

    Text is written as UTF-8 with the newlines as given, so files are the same on every
    system. A ``path`` that is a symbolic link is refused: name the file it points at.
    """
    if path is None or str(path) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
        return
    if path.is_symlink():
        raise WriteRefused("output.is_link", path=path, target=os.path.realpath(path))
    if path.exists() and not path.is_file():
        raise WriteRefused("output.not_a_file", path=path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        write_atomically(path, payload)
    except OSError as exc:
        raise WriteRefused("output.write_failed", path=path, reason=exc.strerror or exc) from None


def write_atomically(
    path: Path,
    data: bytes,
    *,
    before_replace: Callable[[], None] | None = None,
    replaced: Callable[[bytes], bool] | None = None,
) -> None:
    """Replace (or create) ``path`` with ``data`` so that it is either old or new, never half.

    The new file keeps the mode, owner and group of the one it replaces (a new file gets
    the usual mode for the user's umask). ``before_replace`` runs right before the rename
    and may raise to stop it. With ``replaced``, the old and new file are swapped in one
    step where the system can (Linux), and ``replaced`` is shown what was swapped out: if it
    says no (someone wrote meanwhile), the swap is undone and :class:`ReplacedMeanwhile`
    raised, so a write that raced ours is never lost. Raises :class:`OSError` when the
    write fails; no temporary file remains then.
    """
    try:
        previous: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        previous = None
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if previous is not None:
            os.chmod(temp, stat.S_IMODE(previous.st_mode))
            if (previous.st_uid, previous.st_gid) != (os.geteuid(), os.getegid()):
                os.chown(temp, previous.st_uid, previous.st_gid)
        else:
            os.chmod(temp, 0o666 & ~_umask())
        if before_replace is not None:
            before_replace()
        if replaced is not None and _exchange(temp, path):
            # ``temp`` now holds what ``path`` held at the moment of the swap.
            if not replaced(temp.read_bytes()):
                _exchange(temp, path)
                raise ReplacedMeanwhile(path)
            temp.unlink()
        else:
            os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


class ReplacedMeanwhile(Exception):
    """Someone else wrote the file while it was being replaced; their version stays."""


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import errno

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange):
        code = ctypes.get_errno()
        if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            return False  # a file system or kernel without it: a plain rename does
        raise OSError(code, os.strerror(code), str(second))
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible, and not needed, on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(path: Path) -> None:
    """Remove what a killed write of ``path`` left behind; call it holding ``path``'s lock."""
    try:
        stale = list(path.parent.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}"))
    except OSError:
        return
    for temp in stale:
        try:
            if temp.is_file() and not temp.is_symlink():
                temp.unlink()
        except OSError:
            continue


def to_stdout(path: Path | None) -> bool:
    """Whether the result goes to standard output rather than a file."""
    return path is None or str(path) == "-"


def format_for(
    chosen: str | None, path: Path | None, by_suffix: dict[str, str], default: str
) -> str:
    """The output format: ``--format`` or the output file's suffix, which must agree.

    A file whose suffix names another format, or none the command knows, is refused: an
    Excel workbook called ``stand.txt`` helps nobody.
    """
    if to_stdout(path):
        return chosen or default
    assert path is not None
    suffix = path.suffix.lower()
    named = by_suffix.get(suffix)
    if chosen is None and named is not None:
        return named
    if chosen is not None and (named == chosen or not suffix):
        return chosen
    expected = [s for s, f in by_suffix.items() if chosen is None or f == chosen]
    raise UserError(
        "output.suffix_mismatch" if chosen else "output.unknown_suffix",
        path=path,
        suffix=suffix or "–",
        format=chosen or "",
        expected=", ".join(expected or by_suffix),
    )
