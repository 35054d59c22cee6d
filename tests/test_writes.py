"""Every file the tool writes is written whole or not at all, keeps its protection, and every
failure has a plain message with exit status 1."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED
from tests.edit_support import field_path, make_version, run
from tests.other_user import NOBODY, invoke_as_nobody

FIELD = (
    "id: FELD\ntitel: Feld\nmassnahmen:\n  - id: FELD-M1\n    titel: Eins\n    status: geplant\n"
)

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ki_concept.writing.os.fsync", full)


def _left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize(
    "args, name",
    [(["report", "2017"], "bericht.html"), (["export", "2017"], "massnahmen.xlsx"),
     (["export", "2017"], "massnahmen.csv"), (["schema"], "feld.schema.json")],
)  # fmt: skip
def test_a_full_disk_leaves_the_previous_output_as_it_was(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], name: str
) -> None:
    target = tmp_path / name
    target.write_bytes(b"der gute alte Bericht")
    _disk_full(monkeypatch)
    result = runner.invoke(app, ["--root", str(BUNDLED), *args, "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert "No space left on device" in result.stderr and "unverändert" in result.stderr
    assert target.read_bytes() == b"der gute alte Bericht"
    assert _left_over(tmp_path) == [] and "Traceback" not in result.output


def test_a_new_output_on_a_full_disk_leaves_no_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full(monkeypatch)
    result = runner.invoke(app, ["--root", str(BUNDLED), "export", "-o", str(tmp_path / "a.xlsx")])
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_an_output_that_is_a_link_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    real = tmp_path / "echt.html"
    real.write_text("alt", encoding="utf-8")
    link = tmp_path / "bericht.html"
    link.symlink_to(real)
    result = runner.invoke(app, ["--root", str(BUNDLED), "report", "-o", str(link)])
    assert result.exit_code == 1 and "symbolischer Link" in result.stderr
    assert real.read_text(encoding="utf-8") == "alt" and link.is_symlink()
    result = runner.invoke(app, ["--root", str(BUNDLED), "report", "-o", str(real)])
    assert result.exit_code == 0 and real.read_text(encoding="utf-8").startswith("<!DOCTYPE")


def test_an_output_keeps_the_mode_of_the_file_it_replaces(
    runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "massnahmen.csv"
    target.write_text("alt", encoding="utf-8")
    target.chmod(0o640)
    assert runner.invoke(app, ["--root", str(BUNDLED), "export", "-o", str(target)]).exit_code == 0
    assert (target.stat().st_mode & 0o777) == 0o640


def test_a_read_only_concept_file_is_not_edited_even_by_root(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    path = field_path(root)
    path.chmod(0o444)
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 1
    assert "schreibgeschützt" in result.stderr and "0444" in result.stderr
    assert path.read_text(encoding="utf-8") == FIELD and (path.stat().st_mode & 0o777) == 0o444


@as_root
def test_an_edit_keeps_owner_group_and_mode(runner: CliRunner, tmp_path: Path) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    path = field_path(root)
    os.chown(path, NOBODY, NOBODY)
    path.chmod(0o664)
    result = run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01")
    assert result.exit_code == 0, result.output
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (NOBODY, NOBODY, 0o664)


def _open_to_all(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)


@as_root
def test_another_user_cannot_replace_a_file_they_do_not_own(shared_tmp: Path) -> None:
    root = make_version(shared_tmp, {"feld.yaml": FIELD})
    _open_to_all(shared_tmp)  # a writable folder and file, owned by root
    path = field_path(root)
    args = ["--root", str(root), "set-status", "FELD-M1", "laufend", "--date", "2018-01-01"]
    code, _, stderr, _ = invoke_as_nobody(args, warm_up=[*args, "--dry-run"])
    assert code == 1 and "gehört einem anderen Benutzer" in stderr
    assert path.read_text(encoding="utf-8") == FIELD and path.stat().st_uid == 0


@as_root
def test_new_version_in_a_folder_it_may_not_write(shared_tmp: Path) -> None:
    root = shared_tmp / "concept"
    shutil.copytree(BUNDLED, root)
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    args = ["--root", str(root), "new-version", "2017", "2024"]
    code, _, stderr, output = invoke_as_nobody(args, warm_up=[*args, "--dry-run"])
    assert code == 1, output
    assert "Permission denied" in stderr and "Interner Fehler" not in output
    assert not (root / "2024").exists() and _left_over(root) == []


def test_a_killed_edit_leaves_nothing_the_next_edit_keeps(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = make_version(tmp_path, {"feld.yaml": FIELD})
    folder = field_path(root).parent
    (folder / ".feld.yaml.x1y2z3.tmp").write_text("halb geschrieben", encoding="utf-8")
    (root / ".2024.k3j5l2x9.tmp").mkdir()  # a killed new-version's workspace
    (root / ".notizen.tmp").mkdir()  # someone else's: stays
    assert (
        run(runner, root, "set-status", "FELD-M1", "laufend", "--date", "2018-01-01").exit_code == 0
    )
    assert _left_over(folder) == []
    assert run(runner, root, "new-version", "1", "2").exit_code == 0
    assert _left_over(root) == [".notizen.tmp"]


@as_root
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_repository_git_will_not_read_is_named_as_such(shared_tmp: Path) -> None:
    repo = shared_tmp / "repo"
    shutil.copytree(BUNDLED, repo / "concept")
    subprocess.run(["git", "-C", str(repo), "init", "-q"], check=True)
    for path in [repo, *repo.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    code, _, stderr, _ = invoke_as_nobody(
        ["--root", str(repo / "concept"), "diff", "HEAD:concept/2017", "2017"]
    )
    assert code == 2
    assert "einem anderen Benutzer gehört" in stderr and "safe.directory" in stderr


def test_a_write_that_races_the_final_check_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ki_concept.edit import atomic
    from ki_concept.edit.errors import EditRefused

    path = tmp_path / "feld.yaml"
    path.write_text(FIELD, encoding="utf-8")
    theirs = FIELD.replace("Eins", "Eins (im Editor gespeichert)")
    real_read = atomic.read_bytes

    def read_then_someone_writes(target: Path) -> bytes:
        data = real_read(target)
        target.write_text(theirs, encoding="utf-8")  # right after the last check
        return data

    monkeypatch.setattr(atomic, "read_bytes", read_then_someone_writes)
    with pytest.raises(EditRefused) as refused:
        atomic.replace_file(path, b"unsere Fassung", expected=FIELD.encode())
    assert "von anderer Seite geändert" in refused.value.message
    assert path.read_text(encoding="utf-8") == theirs
    assert _left_over(tmp_path) == []


@pytest.mark.parametrize(
    "name", ["x" * 300, "a\nb", "\udcff\udcfe", ".versteckt", "../raus", "2024 entwurf", ""]
)
def test_a_version_name_that_is_no_plain_folder_name_is_refused(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    root = tmp_path / "concept"
    shutil.copytree(BUNDLED, root)
    result = runner.invoke(app, ["--root", str(root), "new-version", "2017", name])
    assert result.exit_code == 2, result.output
    assert "taugt nicht als Versionsname" in result.stderr and "\n" not in result.stderr[:-1]
    assert sorted(p.name for p in root.iterdir()) == ["2013", "2017"]


@pytest.mark.parametrize("value", ["20170101", "2019W053", "2019-W05-3", "2017-1-1", "gestern"])
def test_only_dates_written_as_documented_are_taken(runner: CliRunner, value: str) -> None:
    for args in (["status", "--as-of", value], ["set-status", "X", "laufend", "--date", value]):
        result = runner.invoke(app, ["--root", str(BUNDLED), *args])
        assert result.exit_code == 2 and "JJJJ-MM-TT" in result.stderr, args


def test_output_that_cannot_hold_umlauts_still_works() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(
        [sys.executable, "-m", "ki_concept", "--root", str(BUNDLED), "status"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "H\\xf6xter" in done.stdout and "Traceback" not in done.stderr


def test_a_failed_copy_is_reported_in_words(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "concept"
    shutil.copytree(BUNDLED, root)

    def full(*args: object, **kwargs: object) -> None:
        raise shutil.Error([("a.yaml", "b.yaml", "[Errno 28] No space left on device")])

    monkeypatch.setattr("ki_concept.edit.version_copy.shutil.copytree", full)
    result = runner.invoke(app, ["--root", str(root), "new-version", "2017", "2024"])
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr and "[(" not in result.stderr
    assert sorted(p.name for p in root.iterdir()) == ["2013", "2017"]


def test_an_output_that_is_no_regular_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    fifo = tmp_path / "rohr"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["--root", str(BUNDLED), "schema", "-o", str(fifo)])
    assert result.exit_code == 1 and "keine gewöhnliche Datei" in result.stderr
    assert fifo.is_fifo()


def test_an_absurd_size_limit_is_a_clear_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--root", str(BUNDLED), "--max-bytes", "9" * 20 + "G", "status"])
    assert result.exit_code == 2 and "keine Größe" in result.stderr
