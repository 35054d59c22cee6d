"""The HTML report in a real headless Chromium: it renders, its numbers are right, it prints,
and it fits a desktop screen, a phone and an A4 page without a table running off the edge.

CI installs Debian's ``chromium`` (see ``.ci/run``); where it is missing the
tests are skipped, so the rest of the suite runs on any machine. The
screenshot stays in ``test-artifacts/`` for people to look at.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.builders import field, goal, konzept, measure, write_version
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


# --- the page's layout at a desktop's and a phone's width, and on A4 ----------------------

DESKTOP = 1280
PHONE = 390
# A4 (210 mm) less the report's page margins (14 mm each side): the width print lays out.
A4_CONTENT = "182mm"

# The report is shown in an iframe of the width under test (a window cannot be made as
# narrow as a phone); the harness's script, not the report, measures it and writes what it
# found into the harness page for --dump-dom. The report's own policy forbids scripts in it.
LAYOUT_SCRIPT = """
addEventListener('load', () => {
  const frame = document.getElementById('report');
  const doc = frame.contentDocument, win = frame.contentWindow;
  frame.style.height = doc.documentElement.scrollHeight + 'px';  // no vertical scroll bar
  const root = doc.documentElement;
  const tables = [...doc.querySelectorAll('table')].map(table => {
    const box = table.closest('.wide') || table.parentElement;
    const style = win.getComputedStyle(box);
    const row = table.tBodies[0].rows[0];
    const rowHead = table.querySelector('tbody th');
    return {
      class: table.className, box: box.clientWidth, content: box.scrollWidth,
      // Cells people see: a stacked table's head row is there for screen readers only.
      right: Math.max(...[...table.querySelectorAll('tbody th, tbody td')]
        .map(c => c.getBoundingClientRect().right)),
      overflow: style.overflowX, shadow: style.backgroundImage,
      row: win.getComputedStyle(row).display,
      sticky: rowHead ? win.getComputedStyle(rowHead).position : '',
    };
  });
  const hint = doc.querySelector('.scroll-hint');
  const found = {viewport: root.clientWidth, page: root.scrollWidth, tables,
                 hint: hint ? win.getComputedStyle(hint).display : 'absent'};
  const out = document.createElement('pre');
  out.id = 'layout';
  out.textContent = JSON.stringify(found);
  document.body.append(out);
});
"""


def as_printed(page: str) -> str:
    """The report with its print rules in force on screen, and its screen-only rules off."""
    assert page.count("@media print {") == 1 and "@media screen and (" in page
    return page.replace("@media print {", "@media all {").replace(
        "@media screen and (", "@media print and ("
    )


def layout(tmp_path: Path, page: str, width: str) -> dict[str, Any]:
    """How the report lays out in a frame ``width`` wide: the page's and each table's widths."""
    harness = tmp_path / f"harness-{width}.html"
    harness.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
        '<body style="margin:0"><iframe id="report" '
        f'style="border:0;display:block;width:{width};height:900px" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe>'
        f"<script>{LAYOUT_SCRIPT}</script></body></html>",
        encoding="utf-8",
    )
    result = chromium(tmp_path, "--window-size=1400,900", "--dump-dom", harness.as_uri())
    found = parse(result.stdout).find_all(lambda n: n.attrs.get("id") == "layout")
    assert found, result.stdout[-2000:]
    measured: dict[str, Any] = json.loads(found[0].text())
    return measured


def _report(args: list[str], target: Path) -> str:
    result = CliRunner().invoke(app, [*args, "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def big_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A generated concept of 300 measures in 8 fields with 8 statuses of its own."""
    sys.path.insert(0, str(REPO / "bench"))
    import generate

    root = tmp_path_factory.mktemp("big")
    generate.generate(root, generate.Size(measures=300, fields=8, goals=6), seed=7, revised=True)
    args = ["--root", str(root), "--lang", "de", "report", "2025", "--since", "2023"]
    # Today: a past date would show most of the generated measures, which have no
    # history, as unknown.
    args += ["--as-of", dt.date.today().isoformat()]
    return _report(args, root / "bericht.html")


@pytest.fixture(scope="module")
def extreme_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Fourteen statuses and a title of one 74-letter word: wider than any screen."""
    root = tmp_path_factory.mktemp("extreme")
    words = [f"Statusstufe{n}" for n in range(1, 15)]
    statuses: list[dict[str, Any]] = [
        {"id": f"s{n}", "titel": word} for n, word in enumerate(words, 1)
    ]
    statuses[-1]["abgeschlossen"] = True
    long_word = "Integrationsmaßnahmenkoordinierungsstellen" + "zuständigkeitsbereichsabgrenzung"
    measures = [measure(f"A-M{n}", status=f"s{n}", ziele=["A-Z1"]) for n in range(1, 15)]
    measures[0]["titel"] = long_word
    measures[-1]["ende"] = "2020-12-31"
    write_version(
        root,
        "2020",
        konzept(statuswerte=statuses),
        {"a": field("A", [goal("A-Z1")], measures, title="Arbeit und Wirtschaft")},
    )
    # A date after today: the measures have no history, so 'status' holds.
    args = ["--root", str(root), "--lang", "de", "report", "--as-of", "2099-01-01"]
    return _report(args, root / "r.html")


def _reports(report_file: Path, big_report: str) -> dict[str, str]:
    return {"bundled": report_file.read_text(encoding="utf-8"), "generated": big_report}


def test_every_table_fits_a_desktop_screen(
    report_file: Path, big_report: str, tmp_path: Path
) -> None:
    for name, page in _reports(report_file, big_report).items():
        found = layout(tmp_path, page, f"{DESKTOP}px")
        assert found["page"] <= found["viewport"], name
        for table in found["tables"]:
            assert table["content"] <= table["box"], (name, table)
            assert table["right"] <= found["viewport"], (name, table)
            assert table["row"] == "table-row", (name, table)
        assert found["hint"] == "none", name


def test_on_a_phone_tables_stack_and_the_overview_scrolls_in_its_box(
    report_file: Path, big_report: str, tmp_path: Path
) -> None:
    for name, page in _reports(report_file, big_report).items():
        found = layout(tmp_path, page, f"{PHONE}px")
        assert found["viewport"] == PHONE
        assert found["page"] <= found["viewport"], name  # the page never scrolls sideways
        summary = [t for t in found["tables"] if t["class"] == "summary"]
        stacked = [t for t in found["tables"] if "stack" in t["class"].split()]
        assert len(summary) == 1 and len(stacked) == len(found["tables"]) - 1 > 10, name
        for table in stacked:
            assert table["row"] == "block", (name, table)
            assert table["content"] <= table["box"], (name, table)
            assert table["right"] <= found["viewport"], (name, table)
        # The overview is wider than a phone: it scrolls inside its own box, its first
        # column stays, and a sentence and shadows at the edge say there is more.
        overview = summary[0]
        assert overview["content"] > overview["box"], name
        assert overview["overflow"] == "auto" and "gradient" in overview["shadow"], name
        assert overview["sticky"] == "sticky", name
        assert found["hint"] == "block", name


def test_what_no_screen_can_hold_scrolls_inside_its_own_box(
    extreme_report: str, tmp_path: Path
) -> None:
    for width in (DESKTOP, PHONE):
        found = layout(tmp_path, extreme_report, f"{width}px")
        assert found["page"] <= found["viewport"], width
        overview = next(t for t in found["tables"] if t["class"] == "summary")
        assert overview["content"] > overview["box"] and overview["overflow"] == "auto"
        assert found["hint"] == "block", width
        for table in found["tables"]:
            if table["content"] > table["box"]:
                assert table["overflow"] == "auto", (width, table)


def test_on_a4_every_table_fits_the_page_width(
    report_file: Path, big_report: str, tmp_path: Path
) -> None:
    for name, page in _reports(report_file, big_report).items():
        found = layout(tmp_path, as_printed(page), A4_CONTENT)
        assert found["page"] <= found["viewport"], name
        assert found["hint"] == "none", name
        for table in found["tables"]:
            # Nothing scrolls on paper: a table wider than the page would be cut.
            assert table["overflow"] == "visible", (name, table)
            assert table["right"] <= found["viewport"] + 1, (name, table)
            assert table["row"] == "table-row", (name, table)


def test_a_big_report_prints_on_a4_pages(big_report: str, tmp_path: Path) -> None:
    page = tmp_path / "gross.html"
    page.write_text(big_report, encoding="utf-8")
    pdf = tmp_path / "gross.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    data = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert 20 <= len(boxes) <= 80, len(boxes)
    for width, height in boxes:
        assert abs(float(width) - 595.28) < 1 and abs(float(height) - 841.89) < 1
