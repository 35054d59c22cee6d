"""Shared fixtures: the bundled concept, a scratch concept in a tmp dir, a CLI runner."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.i18n import set_language
from ki_concept.reading.source import ENV_PARSER

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "concept"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files (tests/corpus/**/expected.txt) from the current output",
    )


@pytest.fixture(autouse=True)
def _german_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KI_CONCEPT_LANG", raising=False)
    monkeypatch.delenv("KI_CONCEPT_ROOT", raising=False)
    monkeypatch.delenv("KI_CONCEPT_MAX_BYTES", raising=False)
    monkeypatch.delenv("KI_CONCEPT_YAML_PARSER", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("COLUMNS", raising=False)
    set_language(None)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def concept_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled concept root."""
    target = tmp_path / "concept"
    shutil.copytree(BUNDLED, target)
    return target


@contextlib.contextmanager
def yaml_parser(pure: bool | None) -> Iterator[None]:
    """Read YAML with ruamel's pure parser (``True``), libyaml (``False``) or the default."""
    before = os.environ.get(ENV_PARSER)
    if pure is None:
        os.environ.pop(ENV_PARSER, None)
    else:
        os.environ[ENV_PARSER] = "pure" if pure else "libyaml"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV_PARSER, None)
        else:
            os.environ[ENV_PARSER] = before


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A tmp folder another user can enter (pytest's own tmp_path is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="ki-concept-test-"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for path in base.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(base)
