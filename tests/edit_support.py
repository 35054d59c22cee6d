"""Building small concept versions in tmp dirs for the editing tests."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from ki_concept.cli import app

KONZEPT = 'titel: Testkonzept\nversion: "1"\n'


def make_version(
    tmp_path: Path,
    fields: dict[str, str | bytes],
    *,
    konzept: str | bytes = KONZEPT,
    name: str = "1",
) -> Path:
    """A concept root with one version ``name``; returns the root."""
    root = tmp_path / "concept"
    folder = root / name / "handlungsfelder"
    folder.mkdir(parents=True)
    for file_name, content in {"../konzept.yaml": konzept, **fields}.items():
        path = folder / file_name
        if isinstance(content, str):
            path.write_bytes(content.encode("utf-8"))
        else:
            path.write_bytes(content)
    return root


def field_path(root: Path, file_name: str = "feld.yaml", name: str = "1") -> Path:
    return root / name / "handlungsfelder" / file_name


def run(runner: CliRunner, root: Path, *args: str) -> Result:
    return runner.invoke(app, ["--root", str(root), *args])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
