"""The HTML report in a real headless Chromium: it renders, its numbers are right, it prints.

CI installs Debian's ``chromium`` (see ``.ci/run``); where it is missing the
tests are skipped, so the rest of the suite runs on any machine. The
screenshot stays in ``test-artifacts/`` for people to look at.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED, REPO
from tests.html_tree import Node, parse
from tests.report_numbers import assert_numbers_match

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
AS_OF = "2019-06-01"
# Without the networking flags Chromium tries to reach the internet at every start.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]
TIMEOUT = 180

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="/usr/bin/chromium fehlt: Browser-Test übersprungen "
    "(apt-get install --no-install-recommends chromium)",
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    result = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def console_messages(stderr: str) -> list[str]:
    """What the page wrote to the console: script errors, blocked loads (CSP), and so on."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    target = folder / "bericht.html"
    result = CliRunner().invoke(
        app,
        [
            "--root",
            str(BUNDLED),
            "report",
            "2017",
            "--since",
            "2013",
            "--as-of",
            AS_OF,
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def status() -> dict[str, Any]:
    result = CliRunner().invoke(
        app, ["--root", str(BUNDLED), "status", "2017", "--as-of", AS_OF, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_rendered_page_shows_the_status_numbers(
    report_file: Path, status: dict[str, Any], tmp_path: Path
) -> None:
    result = chromium(tmp_path, "--dump-dom", report_file.as_uri())
    assert console_messages(result.stderr) == []
    page = parse(result.stdout)
    assert page.tags("html")[0].attrs["lang"] == "de"
    assert page.tags("h1")[0].text() == status["concept"]["title"]
    headings = [n.text() for n in page.tags("h2")]
    assert headings == [
        "Inhalt",
        "Überblick: Maßnahmen nach Status",
        "Überfällige Maßnahmen",
        "Ziele und Maßnahmen je Handlungsfeld",
        "Änderungen seit 2013",
        "Quellen",
    ]
    assert [n.text().rsplit(" ", 1)[0] for n in page.tags("h3")] == [
        g["label"] for g in status["groups"]
    ]
    svg = page.tags("svg")
    assert len(svg) == 1 and svg[0].tags("title") and svg[0].tags("desc")
    assert assert_numbers_match(page, status) > 60


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_screenshot_is_kept_as_an_artifact(report_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    result = chromium(
        tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", report_file.as_uri()
    )
    assert console_messages(result.stderr) == []
    assert _png_size(shot) == (1200, 1600)
    # A blank page compresses to almost nothing; the report's text and chart do not.
    assert shot.stat().st_size > 50_000
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "report-2017.png")


def test_report_prints_on_a4(report_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report_file.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert len(boxes) >= 3  # several pages, every one of them A4 (210 × 297 mm)
    for width, height in boxes:
        assert abs(float(width) - 595.28) < 1 and abs(float(height) - 841.89) < 1
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(pdf, ARTIFACTS / "report-2017.pdf")


def test_english_page_renders(tmp_path: Path, status: dict[str, Any]) -> None:
    target = tmp_path / "report.html"
    result = CliRunner().invoke(
        app,
        [
            "--root",
            str(BUNDLED),
            "--lang",
            "en",
            "report",
            "2017",
            "--as-of",
            AS_OF,
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    rendered = chromium(tmp_path, "--dump-dom", target.as_uri())
    page: Node = parse(rendered.stdout)
    assert page.tags("html")[0].attrs["lang"] == "en"
    assert [n.text() for n in page.tags("h2")][1] == "Overview: measures by status"
    assert_numbers_match(page, status)
