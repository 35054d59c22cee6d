"""Exclusive locks and atomic file replacement with a check for changes made by others.

A writer locks the file it edits (or, for new folders, the folder that
receives them), reads it, and before replacing it compares the bytes on disk
with the bytes it read. The new content goes to a temporary file in the same
folder, is flushed and fsynced, gets the old file's mode and is renamed over
the original, so a crash or a full disk leaves either the old or the new file,
never a mix.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ki_concept.edit.errors import EditRefused
from ki_concept.writing import ReplacedMeanwhile, remove_stale_temps, write_atomically

ENV_LOCK_TIMEOUT = "KI_CONCEPT_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 10.0
_POLL = 0.05


def lock_timeout() -> float:
    """Seconds to wait for another run to finish (``KI_CONCEPT_LOCK_TIMEOUT``, default 10)."""
    raw = os.environ.get(ENV_LOCK_TIMEOUT, "")
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_LOCK_TIMEOUT
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


if sys.platform != "win32":
    import fcntl

    @contextlib.contextmanager
    def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
        """Hold an exclusive ``flock`` on ``path`` (a file or a folder) while the block runs.

        The lock sits on the file itself, so no lock files are left behind. A
        writer that waited may find the path replaced by the previous writer's
        rename; it then locks the new file instead.
        """
        limit = lock_timeout() if timeout is None else timeout
        deadline = time.monotonic() + limit
        while True:
            fd = _open_for_lock(path)
            try:
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise EditRefused(
                                "edit.lock_timeout",
                                path=path,
                                seconds=f"{limit:g}",
                                env=ENV_LOCK_TIMEOUT,
                            ) from None
                        time.sleep(_POLL)
                if _same_file(fd, path):
                    break
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _open_for_lock(path: Path) -> int:
        try:
            return os.open(path, os.O_RDONLY)
        except OSError as exc:
            raise EditRefused("edit.read_failed", path=path, reason=exc.strerror or exc) from None

    def _same_file(fd: int, path: Path) -> bool:
        try:
            current = os.stat(path)
        except FileNotFoundError:
            return False
        held = os.fstat(fd)
        return (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino)

else:  # pragma: no cover - exercised on Windows only

    @contextlib.contextmanager
    def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
        """Without ``flock``: an exclusively created ``.<name>.lock`` file next to ``path``."""
        limit = lock_timeout() if timeout is None else timeout
        deadline = time.monotonic() + limit
        marker = path.parent / f".{path.name}.lock"
        while True:
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                break
            except FileExistsError:
                if time.monotonic() >= deadline:
                    raise EditRefused(
                        "edit.lock_timeout_file",
                        path=path,
                        marker=marker,
                        seconds=f"{limit:g}",
                        env=ENV_LOCK_TIMEOUT,
                    ) from None
                time.sleep(_POLL)
        try:
            yield
        finally:
            os.close(fd)
            marker.unlink(missing_ok=True)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise EditRefused("edit.read_failed", path=path, reason=exc.strerror or exc) from None


def writable_for_me(info: os.stat_result) -> bool:
    """Whether the file's mode lets this user write it.

    Root may write any file, but a file whose own user may not write it (mode 0444) was
    protected on purpose: it is refused for root too.
    """
    if info.st_uid == os.geteuid() or os.geteuid() == 0:
        return bool(info.st_mode & stat.S_IWUSR)
    if info.st_gid == os.getegid() or info.st_gid in os.getgroups():
        return bool(info.st_mode & stat.S_IWGRP)
    return bool(info.st_mode & stat.S_IWOTH)


def replace_file(path: Path, data: bytes, *, expected: bytes) -> None:
    """Atomically replace ``path`` by ``data`` if it still holds exactly ``expected``.

    A file its user may not write (mode 0444, also for root) is refused, and the new file
    keeps owner, group and mode. Raises :class:`EditRefused` when the file changed since
    it was read or the write fails; ``path`` is untouched then and no temporary file remains.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise EditRefused("edit.write_failed", path=path, reason=exc.strerror or exc) from None
    if not writable_for_me(info):
        raise EditRefused("edit.read_only", path=path, mode=f"{stat.S_IMODE(info.st_mode):04o}")
    remove_stale_temps(path)

    def still_as_read() -> None:
        if read_bytes(path) != expected:
            raise EditRefused("edit.changed_on_disk", path=path)

    try:
        write_atomically(
            path, data, before_replace=still_as_read, replaced=lambda old: old == expected
        )
    except ReplacedMeanwhile:
        raise EditRefused("edit.changed_on_disk", path=path) from None
    except PermissionError as exc:
        if info.st_uid != os.geteuid():  # the owner could not be kept
            raise EditRefused("edit.foreign_owner", path=path) from None
        raise EditRefused("edit.write_failed", path=path, reason=exc.strerror or exc) from None
    except OSError as exc:
        raise EditRefused("edit.write_failed", path=path, reason=exc.strerror or exc) from None
