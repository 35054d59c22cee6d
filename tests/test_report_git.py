"""``report --since`` with git revisions: a tag, ``HEAD~1``, ``REV:PATH``, and bad ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.conftest import BUNDLED
from tests.html_tree import Node, parse
from tests.test_diff_git import git, snapshot

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

AS_OF = "2019-06-01"


@pytest.fixture
def repo(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled concept committed and tagged ``kreistag-2018``; then a status set with
    ``set-status`` and committed; then an uncommitted edit in the working tree."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    shutil.copytree(BUNDLED, repo / "concept")
    git(repo, "add", "concept")
    git(repo, "commit", "-q", "-m", "Konzept")
    git(repo, "tag", "kreistag-2018")
    monkeypatch.chdir(repo)
    result = runner.invoke(
        app,
        [
            "set-status",
            "GESUNDHEIT-M3",
            "laufend",
            "--note",
            "Kooperationsvertrag unterschrieben",
            "--date",
            "2019-03-12",
        ],
    )
    assert result.exit_code == 0, result.output
    git(repo, "commit", "-q", "-am", "Schulungsreihe läuft")
    engagement = repo / "concept" / "2017" / "handlungsfelder" / "engagement.yaml"
    text = engagement.read_text(encoding="utf-8")
    assert text.count("    ende: 2017-06-30\n") == 1
    engagement.write_text(
        text.replace("    ende: 2017-06-30\n", "    ende: 2017-12-31\n"), encoding="utf-8"
    )
    return repo


def report(runner: CliRunner, target: Path, *args: str) -> Node:
    result = runner.invoke(app, [*args, "--as-of", AS_OF, "-o", str(target)])
    assert result.exit_code == 0, result.output
    return parse(target.read_text(encoding="utf-8"))


def section(page: Node) -> Node:
    found = page.find_all(lambda n: n.attrs.get("id") == "aenderungen")
    assert len(found) == 1
    return found[0]


def changed_ids(part: Node) -> list[str]:
    rows = part.tags("tbody")[0].tags("tr")
    return [row.find_all(lambda n: n.attrs.get("class") == "id")[0].text() for row in rows]


def test_since_a_tag_compares_the_same_version_at_that_revision(
    repo: Path, runner: CliRunner, tmp_path: Path
) -> None:
    before = snapshot(repo)
    status_before = git(repo, "status", "--porcelain")
    page = report(runner, tmp_path / "bericht.html", "report", "2017", "--since", "kreistag-2018")
    changes = section(page)
    commit = git(repo, "rev-parse", "kreistag-2018^{commit}").strip()
    assert changes.attrs["data-since-revision"] == "kreistag-2018"
    assert changes.attrs["data-since-commit"] == commit
    assert changes.attrs["data-since-version"] == "2017"
    heading = "Änderungen seit kreistag-2018 (Version 2017)"
    assert changes.tags("h2")[0].text() == heading
    assert heading in [a.text() for a in page.tags("nav")[0].tags("a")]
    intro = changes.tags("p")[0].text()
    assert intro.startswith(
        f"Vergleich der Version 2017 mit Version 2017 im Git-Stand kreistag-2018 "
        f"(Commit {commit[:10]}, Ordner concept/2017): "
    )
    # The committed status change and the uncommitted working-tree edit, nothing else.
    assert changed_ids(changes) == ["ENGAGEMENT-M2", "GESUNDHEIT-M3"]
    entry = "verlauf: + Am 12.03.2019 auf „laufend“ gesetzt: Kooperationsvertrag unterschrieben."
    assert entry in [li.text() for li in changes.tags("li")]
    # Read from git's object store: the working tree and the index are as they were.
    assert snapshot(repo) == before
    assert git(repo, "status", "--porcelain") == status_before


def test_since_head_and_rev_path_name_revision_and_version(
    repo: Path, runner: CliRunner, tmp_path: Path
) -> None:
    page = report(runner, tmp_path / "a.html", "report", "2017", "--since", "HEAD~1")
    assert section(page).attrs["data-since-revision"] == "HEAD~1"
    assert changed_ids(section(page)) == ["ENGAGEMENT-M2", "GESUNDHEIT-M3"]
    page = report(runner, tmp_path / "b.html", "report", "2017", "--since", "HEAD:concept/2013")
    changes = section(page)
    assert changes.tags("h2")[0].text() == "Änderungen seit HEAD (Version 2013)"
    assert changes.attrs["data-since-version"] == "2013"
    assert "Version 2013 im Git-Stand HEAD (Commit " in changes.tags("p")[0].text()
    # The same comparison as with the folder 2013, which git holds unchanged.
    by_folder = section(report(runner, tmp_path / "c.html", "report", "2017", "--since", "2013"))
    assert by_folder.attrs["data-change-count"] == changes.attrs["data-change-count"]
    assert "data-since-revision" not in by_folder.attrs
    assert by_folder.tags("h2")[0].text() == "Änderungen seit 2013"
    # Relative to the concept folder, as in diff: HEAD:2013.
    short = section(report(runner, tmp_path / "d.html", "report", "2017", "--since", "HEAD:2013"))
    assert short.attrs["data-change-count"] == changes.attrs["data-change-count"]


def test_a_version_name_wins_over_a_tag_of_that_name(
    repo: Path, runner: CliRunner, tmp_path: Path
) -> None:
    git(repo, "tag", "2013")
    changes = section(report(runner, tmp_path / "r.html", "report", "2017", "--since", "2013"))
    assert "data-since-revision" not in changes.attrs
    assert changes.attrs["data-since-version"] == "2013"


def test_markdown_and_english_say_what_was_compared(
    repo: Path, runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "report.md"
    args = ["--lang", "en", "report", "2017", "--since", "kreistag-2018", "--as-of", AS_OF]
    result = runner.invoke(app, [*args, "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    commit = git(repo, "rev-parse", "--short=10", "kreistag-2018").strip()
    assert "## Changes since kreistag-2018 (version 2017)" in text
    assert (
        f"Version 2017 compared with version 2017 at git revision kreistag-2018 "
        f"(commit {commit}, folder concept/2017): changes to 2 items" in text
    )
    assert "`verlauf`: + On 2019-03-12 set to “running”: Kooperationsvertrag unterschrieben." in (
        text
    )


def test_bad_revisions_exit_2_with_a_clear_message(
    repo: Path, runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "x.html"

    def refused(*since: str) -> str:
        result = runner.invoke(app, ["report", "2017", *since, "-o", str(target)])
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        assert not target.exists()
        return result.stderr

    unknown = refused("--since", "kreistag-2019")
    assert unknown.startswith("Fehler: --since kreistag-2019: das ist weder eine Version in ")
    assert "(vorhanden: 2013, 2017)" in unknown
    assert "git kennt in " in unknown and "keinen Commit, Tag oder Branch" in unknown
    assert "REVISION:PFAD" in unknown
    assert "HEAD~7" in refused("--since", "HEAD~7")
    missing = refused("--since", "HEAD~7:concept/2017")
    assert "'HEAD~7:concept/2017'" in missing and "Revision 'HEAD~7'" in missing
    assert "weder konzept.yaml noch handlungsfelder/" in refused("--since", "HEAD:concept")
    assert "REVISION:PFAD" in refused("--since=-x:concept/2017")
    # A version the tag does not hold yet: name a folder of that revision instead.
    new = runner.invoke(app, ["new-version", "2017", "2024"])
    assert new.exit_code == 0, new.output
    result = runner.invoke(app, ["report", "2024", "--since", "kreistag-2018", "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert "im Git-Stand kreistag-2018 gibt es den Ordner concept/2024" in result.stderr
    assert "--since kreistag-2018:ORDNER" in result.stderr
    fixed = runner.invoke(
        app, ["report", "2024", "--since", "kreistag-2018:2017", "-o", str(target)]
    )
    assert fixed.exit_code == 0, fixed.output


def test_a_revision_outside_any_repository(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "plain" / "concept"
    shutil.copytree(BUNDLED, root)
    monkeypatch.chdir(tmp_path / "plain")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = runner.invoke(app, ["report", "2017", "--since", "HEAD~1", "-o", "x.html"])
    assert result.exit_code == 2, result.output
    no_repository = "weder das aktuelle Verzeichnis noch der Konzept-Ordner liegt in einem Git"
    assert no_repository in result.stderr


def test_an_invalid_revision_is_refused_like_an_invalid_folder(
    repo: Path, runner: CliRunner, tmp_path: Path
) -> None:
    konzept = repo / "concept" / "2013" / "konzept.yaml"
    konzept.write_text(konzept.read_text(encoding="utf-8") + "unbekannt: 1\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "kaputt")
    target = tmp_path / "x.html"
    result = runner.invoke(app, ["report", "2017", "--since", "HEAD:2013", "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert "HEAD:concept/2013/konzept.yaml:" in result.stderr and "(KI103)" in result.stderr
    assert not target.exists()
