"""``report``: the HTML and Markdown files, read back and compared with ``status``."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.diff.compare import compare_versions
from ki_concept.reading.loader import load_version
from tests.builders import field, goal, konzept, measure, write_version
from tests.conftest import BUNDLED
from tests.html_tree import Node, parse
from tests.report_numbers import assert_numbers_match

AS_OF = "2019-06-01"


def run(runner: CliRunner, *args: str, root: Path = BUNDLED) -> Any:
    return runner.invoke(app, ["--root", str(root), *args])


def status_json(runner: CliRunner, *args: str, root: Path = BUNDLED) -> dict[str, Any]:
    result = run(runner, "status", *args, "--format", "json", root=root)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def write_report(
    runner: CliRunner,
    tmp_path: Path,
    *args: str,
    name: str = "bericht.html",
    root: Path = BUNDLED,
    lang: str | None = None,
) -> str:
    target = tmp_path / name
    before = ["--lang", lang] if lang else []
    result = run(runner, *before, "report", *args, "-o", str(target), root=root)
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


def by_id(page: Node, element_id: str) -> Node:
    found = page.find_all(lambda n: n.attrs.get("id") == element_id)
    assert len(found) == 1, element_id
    return found[0]


@pytest.mark.parametrize("as_of", ["2018-01-01", AS_OF, "2025-01-01"])
def test_html_numbers_equal_status_json(runner: CliRunner, tmp_path: Path, as_of: str) -> None:
    html = write_report(runner, tmp_path, "2017", "--as-of", as_of)
    status = status_json(runner, "2017", "--as-of", as_of)
    checked = assert_numbers_match(parse(html), status)
    assert checked > 60


def test_overdue_list_names_the_late_measures(runner: CliRunner, tmp_path: Path) -> None:
    page = parse(write_report(runner, tmp_path, "2017", "--as-of", "2025-01-01"))
    section = by_id(page, "ueberfaellig")
    rows = section.find_all(lambda n: n.tag == "tr" and "data-measure" in n.attrs)
    assert [r.attrs["data-measure"] for r in rows] == ["BILDUNG-M4", "ENGAGEMENT-M5"]
    assert "27.07.2018" in rows[0].text() and "überfällig" in rows[0].text()
    empty = parse(write_report(runner, tmp_path, "2017", "--as-of", "2018-01-01"))
    assert (
        "Keine Maßnahme ist zum Stichtag 01.01.2018 überfällig."
        in by_id(empty, "ueberfaellig").text()
    )


def test_title_block_and_field_tables(runner: CliRunner, tmp_path: Path) -> None:
    page = parse(write_report(runner, tmp_path, "2017", "--as-of", AS_OF))
    header = page.tags("header")[0]
    facts = dict(
        zip(
            [n.text() for n in header.tags("dt")],
            [n.text() for n in header.tags("dd")],
            strict=True,
        )
    )
    assert (
        page.tags("h1")[0].text() == "Integrationskonzept des Kreises Höxter – Fortschreibung 2017"
    )
    assert facts == {
        "Version": "2017",
        "Beschlossen": "14.12.2017 (Kreistag des Kreises Höxter)",
        "Stichtag": "01.06.2019",
        "Umfang": "24 Maßnahmen und 24 Ziele in 6 Handlungsfeldern",
        "Fortschritt": "10% (2 von 20 Maßnahmen mit bekanntem Status erreicht; 1 entfallen, "
        "nicht mitgezählt)",
    }
    assert page.tags("time")[1].attrs["datetime"] == AS_OF
    fields = page.find_all(lambda n: n.tag == "section" and "field" in n.attrs.get("class", ""))
    assert [f.attrs["data-field"] for f in fields] == [
        "ARBEIT",
        "BILDUNG",
        "ENGAGEMENT",
        "GESUNDHEIT",
        "KULTUR",
        "STEUERUNG",
    ]
    bildung = fields[1]
    goals = bildung.find_all(lambda n: "data-goal" in n.attrs)
    assert [g.attrs["data-goal"] for g in goals] == [
        "BILDUNG-Z1",
        "BILDUNG-Z2",
        "BILDUNG-Z3",
        "BILDUNG-Z4",
    ]
    measures = {
        n.attrs["data-measure"]: n
        for n in bildung.find_all(lambda n: n.tag == "tr" and "data-measure" in n.attrs)
    }
    m1 = measures["BILDUNG-M1"]
    assert "Kommunales Integrationszentrum Kreis Höxter" in m1.text()
    assert "Partner: Schulen im Kreis Höxter" in m1.text()
    links = {a.text(): a.attrs["href"] for a in m1.tags("a")}
    assert links == {
        "H13": "https://uepo.de/2015/07/11/kreis-hoexter-sucht-ehrenamtliche-dolmetscher-fuer-"
        "kommunales-integrationszentrum/",
        "H14": "https://bildungsregion.kreis-hoexter.de/kommunales-integrationszentrum/"
        "bildungsberatung/index.html",
    }
    # Example content is marked as such, documented content is not.
    assert "Beispiel" not in m1.tags("td")[0].text()
    assert "Beispiel" in goals[0].text()
    sources = by_id(page, "quellen")
    keys = [n.text() for n in sources.find_all(lambda n: n.attrs.get("class") == "key")]
    assert keys[:3] == ["H1", "H2", "H3"] and "L1" in keys and "H14" in keys


def test_html_is_standalone(runner: CliRunner, tmp_path: Path) -> None:
    html = write_report(runner, tmp_path, "2017", "--since", "2013", "--as-of", AS_OF)
    lowered = html.lower()
    for forbidden in (
        "<script",
        "<link",
        "<img",
        "<iframe",
        "<object",
        "src=",
        "url(",
        "@import",
        "javascript:",
        "xmlns",
    ):
        assert forbidden not in lowered, forbidden
    page = parse(html)
    csp = page.find_all(lambda n: n.attrs.get("http-equiv") == "Content-Security-Policy")
    assert csp and "default-src 'none'" in csp[0].attrs["content"]
    for anchor in page.tags("a"):
        assert re.match(r"^(#[a-z0-9-]+|https?://\S+)$", anchor.attrs["href"]), anchor.attrs
    internal = {a.attrs["href"][1:] for a in page.tags("a") if a.attrs["href"].startswith("#")}
    ids = {n.attrs["id"] for n in page.walk() if "id" in n.attrs}
    assert internal <= ids
    style = page.tags("style")[0].text()
    assert "@page" in style and "size: A4" in style and "@media print" in style
    printed = style[style.index("@media print {") :]
    # On paper no row is split across pages, and the total closes the table once.
    assert re.search(r"\btr, [^{]*\{ break-inside: avoid;", printed)
    assert "tfoot { display: table-row-group; }" in printed


def test_html_headings_tables_and_chart_are_accessible(runner: CliRunner, tmp_path: Path) -> None:
    page = parse(write_report(runner, tmp_path, "2017", "--since", "2013", "--as-of", AS_OF))
    assert page.tags("html")[0].attrs["lang"] == "de"
    levels = [int(n.tag[1]) for n in page.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    for table in page.tags("table"):
        assert table.tags("caption"), table.attrs
        for head in table.tags("thead")[0].tags("th"):
            assert head.attrs.get("scope") == "col"
        for body in table.tags("tbody") + table.tags("tfoot"):
            for row_head in body.tags("th"):
                assert row_head.attrs.get("scope") == "row"
    svg = page.tags("svg")[0]
    assert svg.attrs["role"] == "img"
    title_id, desc_id = svg.attrs["aria-labelledby"].split()
    assert by_id(page, title_id).tag == "title"
    desc = by_id(page, desc_id).text()
    assert "Bildung und Erziehung: 4 Maßnahmen (1 geplant, 3 laufend)." in desc
    assert page.tags("figcaption")


def test_since_shows_the_changes_from_the_comparison(runner: CliRunner, tmp_path: Path) -> None:
    page = parse(write_report(runner, tmp_path, "2017", "--since", "2013", "--as-of", AS_OF))
    section = by_id(page, "aenderungen")
    assert section.tags("h2")[0].text() == "Änderungen seit 2013"
    old = load_version(BUNDLED / "2013").version
    new = load_version(BUNDLED / "2017").version
    assert old is not None and new is not None
    changes = compare_versions(old, new)
    assert int(section.attrs["data-change-count"]) == len(changes) > 0
    rows = section.tags("tbody")[0].tags("tr")
    items = {(c.type, c.id if c.type.value != "konzept" else "") for c in changes}
    assert len(rows) == len(items)
    renamed = [r for r in rows if "renamed" in r.attrs["data-kind"]]
    assert renamed and "ENGAGEMENT-M1 → ENGAGEMENT-M3" in renamed[0].text()
    toc = [a.text() for a in page.tags("nav")[0].tags("a")]
    assert "Änderungen seit 2013" in toc
    without = parse(write_report(runner, tmp_path, "2017", "--as-of", AS_OF, name="ohne.html"))
    assert not without.find_all(lambda n: n.attrs.get("id") == "aenderungen")


def test_english_report(runner: CliRunner, tmp_path: Path) -> None:
    html = write_report(runner, tmp_path, "2017", "--as-of", AS_OF, lang="en")
    page = parse(html)
    assert page.tags("html")[0].attrs["lang"] == "en"
    assert by_id(page, "ueberblick-h").text() == "Overview: measures by status"
    header = page.tags("header")[0]
    assert [n.text() for n in header.tags("dt")][2] == "Reference date"
    assert [n.text() for n in header.tags("dd")][2] == "2019-06-01"
    assert "running" in by_id(page, "ueberblick").text()


def _escaping_concept(root: Path) -> Path:
    nasty = '<script>alert("x")</script> & *fett* | [link](http://x) `code`'
    write_version(
        root,
        "2020",
        konzept(titel=f"Konzept {nasty}", quellen={"Q1": 'https://example.org/?a=1&b="2"'}),
        {
            "a": field(
                "A",
                [goal("A-Z1")],
                [
                    measure(
                        "A-M1",
                        titel=nasty,
                        ziele=["A-Z1"],
                        verantwortlich="=HYPERLINK(1)",
                        quellen=["Q1"],
                        partner=["- Liste"],
                    )
                ],
                title=f"Feld {nasty}",
            )
        },
    )
    return root


def test_text_from_the_files_is_escaped(runner: CliRunner, tmp_path: Path) -> None:
    root = _escaping_concept(tmp_path / "concept")
    html = write_report(runner, tmp_path, "--as-of", "2021-01-01", root=root)
    assert "<script>" not in html
    page = parse(html)
    nasty = '<script>alert("x")</script> & *fett* | [link](http://x) `code`'
    assert page.tags("h1")[0].text() == f"Konzept {nasty}"
    row = page.find_all(lambda n: n.attrs.get("data-measure") == "A-M1" and n.tag == "tr")[-1]
    assert row.tags("td")[0].text().startswith(nasty)
    assert row.tags("a")[0].attrs["href"] == 'https://example.org/?a=1&b="2"'

    md = write_report(runner, tmp_path, "--as-of", "2021-01-01", name="b.md", root=root)
    assert "<script>" not in md and "&lt;script&gt;" in md
    measure_line = next(line for line in md.splitlines() if line.startswith("| `A-M1`"))
    # Escaped pipes keep the table's shape: six cells, so seven unescaped bars.
    assert len(re.findall(r"(?<!\\)\|", measure_line)) == 7
    assert r"\*fett\*" in measure_line and r"\[link\]" in measure_line


def _markdown_table(lines: list[str], start: int) -> list[list[str]]:
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


def test_markdown_has_the_same_content(runner: CliRunner, tmp_path: Path) -> None:
    args = ("2017", "--since", "2013", "--as-of", "2025-01-01")
    md = write_report(runner, tmp_path, *args, name="bericht.md")
    page = parse(write_report(runner, tmp_path, *args))
    status = status_json(runner, "2017", "--as-of", "2025-01-01")
    lines = md.splitlines()
    assert lines[0] == "# Integrationskonzept des Kreises Höxter – Fortschreibung 2017"
    for heading in page.tags("h2"):
        if heading.attrs.get("id") != "toc-h":
            assert f"## {heading.text()}" in lines, heading.text()
    for heading in page.tags("h3"):
        title, field_id = heading.text().rsplit(" ", 1)[0], heading.text().split()[-1]
        assert any(line.startswith(f"### {title}") and f"`{field_id}`" in line for line in lines)
    start = next(i for i, line in enumerate(lines) if line.startswith("| Handlungsfeld | Maßn"))
    table = _markdown_table(lines, start)
    assert table[0][-3:] == ["erreicht %", "überfällig", "Fortschritt"]
    header, rows = table[0], table[2:]
    assert len(rows) == len(status["groups"]) + 1
    for row, group in zip(
        rows, [*status["groups"], {**status["total"], "label": "**Gesamt**"}], strict=True
    ):
        assert row[0] == group["label"]
        cells = [c.strip("*") for c in row]
        assert int(cells[1]) == group["measures"]
        titles = {s["title"]: s["id"] for s in status["statuses"]} | {"unbekannt": "unbekannt"}
        shown = header[2:-3]
        for title, cell in zip(shown, cells[2:-3], strict=True):
            assert int(cell) == group["status"][titles[title]]
        assert sum(group["status"][titles[title]] for title in shown) == group["measures"]
        assert int(cells[-2]) == group["overdue"]
    for measure_record in status["measures"]:
        assert any(line.startswith(f"| `{measure_record['id']}` |") for line in lines)
    assert (
        "- **H14** <https://bildungsregion.kreis-hoexter.de/kommunales-integrationszentrum/"
        "bildungsberatung/index.html>" in lines
    )
    assert (
        "[H14](<https://bildungsregion.kreis-hoexter.de/kommunales-integrationszentrum/"
        "bildungsberatung/index.html>)" in md
    )
    overdue_start = lines.index("## Überfällige Maßnahmen")
    overdue = _markdown_table(
        lines,
        lines.index(
            "| Id | Maßnahme | Handlungsfeld | Status | Verantwortlich | Ende |", overdue_start
        ),
    )
    assert [r[0] for r in overdue[2:]] == ["`BILDUNG-M4`", "`ENGAGEMENT-M5`"]


def test_format_follows_the_file_suffix_and_stdout_works(runner: CliRunner, tmp_path: Path) -> None:
    md = write_report(runner, tmp_path, "2017", "--as-of", AS_OF, name="stand.md")
    assert md.startswith("# Integrationskonzept")
    result = run(runner, "report", "2017", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert result.stdout.startswith('<!DOCTYPE html>\n<html lang="de">')
    written = run(runner, "report", "2017", "--as-of", AS_OF, "-o", str(tmp_path / "r.html"))
    assert written.stdout == (
        f"Bericht geschrieben: {tmp_path / 'r.html'} (24 Maßnahmen, 6 Handlungsfelder).\n"
    )


def test_report_refuses_what_it_cannot_do(
    runner: CliRunner, tmp_path: Path, concept_copy: Path
) -> None:
    unknown = run(runner, "report", "1999", "-o", str(tmp_path / "x.html"))
    assert unknown.exit_code == 2 and "1999" in unknown.stderr
    same = run(runner, "report", "2017", "--since", "2017", "-o", str(tmp_path / "x.html"))
    assert same.exit_code == 2 and "mit sich selbst" in same.stderr
    bad_format = run(runner, "report", "--format", "pdf")
    assert bad_format.exit_code == 2 and "html, markdown" in bad_format.stderr
    missing_dir = run(runner, "report", "2017", "-o", str(tmp_path / "nope" / "x.html"))
    assert missing_dir.exit_code == 1  # a failed write, as for every file the tool writes
    assert "lässt sich nicht schreiben" in missing_dir.stderr
    assert "Traceback" not in missing_dir.output
    broken = concept_copy / "2017" / "handlungsfelder" / "arbeit.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("ebene: leitziel", "ebene: oberziel", 1),
        encoding="utf-8",
    )
    invalid = run(runner, "report", "2017", "-o", str(tmp_path / "x.html"), root=concept_copy)
    assert invalid.exit_code == 1 and "ebene" in invalid.stderr
    assert not (tmp_path / "x.html").exists()


def test_the_change_section_counts_items_and_values_apart(
    runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "bericht.md"
    assert run(runner, "report", "2017", "--since", "2013", "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert (
        "Änderungen an 48 Elementen (49 geänderte Angaben, 31 neu, 1 umbenannt, 2 verschoben, "
        "1 entfallen)" in text
    )


def test_history_entries_read_as_sentences(runner: CliRunner, tmp_path: Path) -> None:
    page = parse(write_report(runner, tmp_path, "2017", "--since", "2013", "--as-of", AS_OF))
    rows = {
        row.find_all(lambda n: n.attrs.get("class") == "id")[0].text(): row
        for row in by_id(page, "aenderungen").tags("tbody")[0].tags("tr")
    }
    lines = [li.text() for li in rows["ARBEIT-M1"].tags("li")]
    assert lines[-2:] == [
        "verlauf: + Am 01.02.2016 auf „laufend“ gesetzt: Erste Veranstaltung (Beispiel).",
        "verlauf: + Am 30.11.2016 auf „umgesetzt“ gesetzt: Reihe abgeschlossen (Beispiel).",
    ]
    # An entry whose note changed: the old one dropped, the new one added, by date.
    lines = [li.text() for li in rows["ENGAGEMENT-M3"].tags("li") if "verlauf" in li.text()]
    assert [line[:36] for line in lines] == [
        "verlauf: − Am 11.07.2015 auf „laufen",
        "verlauf: + Am 11.07.2015 auf „laufen",
        "verlauf: + Am 01.02.2017 auf „laufen",
        "verlauf: + Am 01.10.2020 auf „laufen",
    ]
    assert not [li for li in page.tags("li") if "datum:" in li.text()]
    md = write_report(runner, tmp_path, "2017", "--since", "2013", name="b.md", lang="en")
    assert (
        "`verlauf`: + On 2016-02-01 set to “running”: Erste Veranstaltung (Beispiel).<br>"
        "`verlauf`: + On 2016-11-30 set to “done”: Reihe abgeschlossen (Beispiel)." in md
    )


def test_history_sentence_without_note_and_with_a_full_stop() -> None:
    from ki_concept.report.content import history_sentence
    from ki_concept.vocabulary import Vocabulary

    words = Vocabulary.for_konzept(None)
    assert history_sentence({"datum": "2019-03-12", "status": "laufend"}, words) == (
        "Am 12.03.2019 auf „laufend“ gesetzt."
    )
    entry = {"datum": "2019-03-12", "status": "umgesetzt", "notiz": "Fertig."}
    assert history_sentence(entry, words) == "Am 12.03.2019 auf „umgesetzt“ gesetzt: Fertig."


def test_one_change_is_counted_in_the_singular(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    for name, title in (("2020", "Alt"), ("2021", "Neu")):
        write_version(
            root,
            name,
            konzept("2020"),  # the same in both: the measure's title is the one change
            {"a": field("A", [goal("A-Z1")], [measure("A-M1", titel=title, ziele=["A-Z1"])])},
        )
    target = tmp_path / "bericht.md"
    result = runner.invoke(
        app, ["--root", str(root), "report", "2021", "--since", "2020", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    text = " ".join(target.read_text(encoding="utf-8").split())
    assert "Änderungen an einem Element (1 geänderte Angabe)" in text
    brief = runner.invoke(app, ["--root", str(root), "diff", "2020", "2021", "--format", "brief"])
    assert "1 an einem Element" in brief.output


def test_a_goal_counts_the_measures_of_other_fields_too(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    write_version(
        root,
        "2020",
        konzept("2020"),
        {
            "a": field("A", [goal("A-Z1")], [measure("A-M1", "umgesetzt", ziele=["A-Z1", "B-Z1"],
                                                      ende="2020-01-31")]),
            "b": field("B", [goal("B-Z1")], [measure("B-M1", "laufend", ziele=["B-Z1"])]),
        },
    )  # fmt: skip
    target = tmp_path / "bericht.md"
    args = ["--root", str(root), "report", "--as-of", "2099-01-01", "-o", str(target)]
    assert runner.invoke(app, args).exit_code == 0
    row = next(line for line in target.read_text().splitlines() if line.startswith("| `B-Z1`"))
    assert "| 2 (1 erreicht) |" in row
    shown = runner.invoke(app, ["--root", str(root), "show", "B-Z1", "--as-of", "2099-01-01"])
    assert "50% (1 von 2 Maßnahmen" in shown.output


def test_a_changed_status_reads_in_the_reports_language(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "concept"
    for name, status in (("2020", "laufend"), ("2021", "umgesetzt")):
        extra = {"ende": "2020-12-31"} if status == "umgesetzt" else {}
        write_version(
            root,
            name,
            konzept("2020"),
            {"a": field("A", [goal("A-Z1")], [measure("A-M1", status, ziele=["A-Z1"], **extra)])},
        )
    target = tmp_path / "report.md"
    args = ["--root", str(root), "--lang", "en", "report", "2021", "--since", "2020"]
    assert runner.invoke(app, [*args, "-o", str(target)]).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "running → done" in text and "laufend" not in text
    german = tmp_path / "bericht.md"
    args[2:4] = ["--lang", "de"]
    assert runner.invoke(app, [*args, "-o", str(german)]).exit_code == 0
    assert "laufend → umgesetzt" in german.read_text(encoding="utf-8")
