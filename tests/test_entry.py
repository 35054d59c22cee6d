"""The command-line process: its settings, exit codes and complete output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, REPO

sys.path.insert(0, str(REPO / "bench"))
import generate


@pytest.fixture(scope="module")
def bench_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bench")
    generate.generate(root, generate.Size(measures=400, fields=4, goals=6), seed=3, revised=True)
    return root


def test_the_command_line_process_skips_the_cyclic_collector_and_plugin_scan() -> None:
    code = (
        "import gc, os; from ki_concept.entry import tune_process; tune_process(); "
        "print(gc.isenabled(), os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    )
    env = {"PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.split() == ["False", "__all__"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ki_concept", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )


def test_exit_codes_and_all_output_arrive(bench_root: Path) -> None:
    listing = _cli("--root", str(bench_root), "status", "2023", "--list", "--format", "csv")
    assert listing.returncode == 0
    assert len(listing.stdout.splitlines()) == 1 + 400  # a header and every measure
    assert listing.stdout.endswith("\n")
    strict = _cli("--root", str(BUNDLED), "validate", "2017", "--strict")
    assert strict.returncode == 1 and "(KI401)" in strict.stdout
    unknown = _cli("--root", str(BUNDLED), "validate", "1999")
    assert unknown.returncode == 2 and "1999" in unknown.stderr
