"""Locks, atomic replacement, changes made by others meanwhile, and two writers at once."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.edit.atomic import locked, replace_file
from ki_concept.edit.errors import EditRefused
from ki_concept.edit.operations import TextEdit, set_status
from ki_concept.edit.transaction import FileEdit, run_file_edit
from ki_concept.reading.source import Limits, YamlDocument
from ki_concept.run import Run
from tests.edit_support import field_path, make_version, run, snapshot

fcntl = pytest.importorskip("fcntl")  # locks are flock-based on POSIX systems

FIELD = (
    "id: FELD\n"
    "titel: Feld\n"
    "massnahmen:\n"
    "  - id: FELD-M1\n"
    "    titel: Eins\n"
    "    status: geplant  # erste\n"
    "    beginn: 2017-01-01\n"
    "\n"
    "  - id: FELD-M2\n"
    "    titel: Zwei\n"
    "    status: geplant  # zweite\n"
    "    beginn: 2017-01-01\n"
)
# What set-status writes first into a measure with a status but no verlauf.
KEPT = (
    "      - datum: 2017-01-01\n"
    "        status: geplant\n"
    '        notiz: "rekonstruiert: Status vor der ersten Erfassung (Datum aus beginn)"\n'
)

BOTH_DONE = (
    "id: FELD\n"
    "titel: Feld\n"
    "massnahmen:\n"
    "  - id: FELD-M1\n"
    "    titel: Eins\n"
    "    status: laufend  # erste\n"
    "    beginn: 2017-01-01\n"
    "    verlauf:\n"
    f"{KEPT}"
    "      - datum: 2018-01-01\n"
    "        status: laufend\n"
    "\n"
    "  - id: FELD-M2\n"
    "    titel: Zwei\n"
    "    status: ruhend  # zweite\n"
    "    beginn: 2017-01-01\n"
    "    verlauf:\n"
    f"{KEPT}"
    "      - datum: 2018-01-02\n"
    "        status: ruhend\n"
)


def _cli(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ki_concept", "--root", str(root), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "KI_CONCEPT_LOCK_TIMEOUT": "60"},
    )


def _two_writers(root: Path) -> list[subprocess.Popen[str]]:
    return [
        _cli(root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01"),
        _cli(root, "set-status", "FELD-M2", "ruhend", "--date", "2018-01-02"),
    ]


def _finish(processes: list[subprocess.Popen[str]]) -> None:
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "Gespeichert:" in out


def test_two_processes_waiting_for_one_lock_both_land(tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    path = field_path(root)
    with locked(path):
        processes = _two_writers(root)
        time.sleep(1.5)  # both start and queue up behind the lock held here
        assert [p.poll() for p in processes] == [None, None]
        assert path.read_text() == FIELD
    _finish(processes)
    assert path.read_text() == BOTH_DONE


@pytest.mark.parametrize("round_", range(3))
def test_two_processes_at_once_never_lose_an_update(tmp_path: Path, round_: int) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    _finish(_two_writers(root))
    assert field_path(root).read_text() == BOTH_DONE


def test_two_processes_adding_measures_get_different_ids(tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    path = field_path(root)
    with locked(path):
        processes = [
            _cli(root, "add", "massnahme", "--handlungsfeld", "FELD", "--titel", title)
            for title in ("Drei", "Vier")
        ]
        time.sleep(1.0)
    _finish(processes)
    # Whichever ran first took FELD-M3; the other saw it and took FELD-M4.
    added = path.read_text()[len(FIELD) :]
    entry = "\n  - id: FELD-M{}\n    titel: {}\n"
    assert added in (
        entry.format(3, "Drei") + entry.format(4, "Vier"),
        entry.format(3, "Vier") + entry.format(4, "Drei"),
    )


def test_two_processes_creating_one_version_create_it_once(tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    processes = [_cli(root, "new-version", "1", "2") for _ in range(2)]
    results = [(p.communicate(timeout=120), p.returncode) for p in processes]
    assert sorted(code for _, code in results) == [0, 2]
    assert any("gibt es schon" in err for (_, err), _ in results)
    assert sorted(p.name for p in root.iterdir()) == ["1", "2"]
    assert snapshot(root / "2")["handlungsfelder/feld.yaml"] == FIELD.encode()


def test_lock_timeout_refuses_and_writes_nothing(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    monkeypatch.setenv("KI_CONCEPT_LOCK_TIMEOUT", "0.2")
    before = snapshot(root)
    with locked(field_path(root)):
        result = run(runner, root, "set-status", "FELD-M1", "laufend")
    assert result.exit_code == 1
    assert "wird seit 0.2 s von einem anderen Vorgang bearbeitet" in result.stderr
    assert snapshot(root) == before


def test_a_waiting_writer_locks_the_file_that_replaced_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("a: 1\n")
    acquired = threading.Event()
    held_new_file: list[bool] = []

    def waiter() -> None:
        with locked(path, timeout=30):
            acquired.set()
            # While this thread holds the lock, nobody else can lock the current file.
            with path.open("rb") as other:
                try:
                    fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    held_new_file.append(False)
                except BlockingIOError:
                    held_new_file.append(True)

    with locked(path):
        thread = threading.Thread(target=waiter)
        thread.start()
        time.sleep(0.3)
        assert not acquired.is_set()
        replace_file(path, b"a: 2\n", expected=b"a: 1\n")  # a new inode at the same path
    thread.join(timeout=30)
    assert held_new_file == [True]


def test_stale_content_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"a: 1\n")
    with pytest.raises(EditRefused) as caught:
        replace_file(path, b"a: 3\n", expected=b"a: 0\n")
    assert caught.value.message_key == "edit.changed_on_disk"
    assert path.read_bytes() == b"a: 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]


def test_change_by_another_editor_between_read_and_write_is_refused(tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    path = field_path(root)
    edited_elsewhere = FIELD.replace("titel: Zwei", "titel: Zwei (im Editor geändert)")

    def build(document: YamlDocument) -> TextEdit:
        result = set_status(
            document, measure_id="FELD-M1", status="laufend", date=dt.date(2018, 1, 1),
            note=None, finished=False,
        )  # fmt: skip
        path.write_text(edited_elsewhere)  # an editor that ignores locks saves meanwhile
        return result

    loaded, before = Run(root_option=root).validate(root / "1", dt.date(2018, 1, 1))
    edit = FileEdit(loaded, "handlungsfelder/feld.yaml", build, "FELD-M1")
    out = io.StringIO()
    with pytest.raises(EditRefused) as caught:
        run_file_edit(
            edit, dry_run=False, as_of=dt.date(2018, 1, 1), limits=Limits(), before=before,
            out=out,
        )  # fmt: skip
    assert caught.value.exit_code == 1
    assert "während des Vorgangs von anderer Seite geändert" in caught.value.message
    assert path.read_text() == edited_elsewhere
    assert out.getvalue() == ""
    assert sorted(p.name for p in path.parent.iterdir()) == ["feld.yaml"]


def test_full_disk_leaves_the_file_and_no_temporary_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    before = snapshot(root)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run(runner, root, "set-status", "FELD-M1", "laufend")
    monkeypatch.undo()
    assert result.exit_code == 1
    assert "kann nicht geschrieben werden (No space left on device)" in result.stderr
    assert "die Datei ist unverändert" in result.stderr
    assert snapshot(root) == before


def test_file_mode_is_kept(runner: CliRunner, tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    field_path(root).chmod(0o604)
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(field_path(root).stat().st_mode) == 0o604


def test_a_symbolic_link_stays_a_link(runner: CliRunner, tmp_path: Path) -> None:
    root = make_version(tmp_path, {})
    (root / "gemeinsam").mkdir()
    real = root / "gemeinsam" / "feld.yaml"  # inside the concept: links there are followed
    real.write_text(FIELD)
    field_path(root).symlink_to(real)
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    assert field_path(root).is_symlink()
    assert "status: laufend  # erste" in real.read_text()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_nothing_is_staged_or_committed(runner: CliRunner, tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
            cwd=tmp_path, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "start")
    head = git("rev-parse", "HEAD")
    for args in (
        ["set-status", "FELD-M1", "laufend"],
        ["add", "massnahme", "--handlungsfeld", "FELD", "--titel", "Drei"],
        ["new-version", "1", "2"],
    ):
        result = run(runner, root, *args)
        assert result.exit_code == 0, result.output
    assert git("diff", "--cached", "--name-only") == ""
    assert git("rev-parse", "HEAD") == head
    assert git("status", "--porcelain").splitlines() == [
        " M concept/1/handlungsfelder/feld.yaml",
        "?? concept/2/",
    ]
