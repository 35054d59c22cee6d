"""``new-version``: a byte-for-byte copy with ``version`` set and ``beschlossen`` cleared or set."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from tests.edit_support import make_version, run, snapshot


def test_copy_is_byte_identical_except_the_two_lines(runner: CliRunner, concept_copy: Path) -> None:
    source = concept_copy / "2017"
    (source / "notizen.txt").write_bytes(b"Protokoll\r\n\x00\xff binary\n")
    (source / "handlungsfelder" / "bildung.yaml").chmod(0o640)
    before = snapshot(concept_copy)

    result = run(runner, concept_copy, "new-version", "2017", "2024")
    assert result.exit_code == 0, result.output
    target = concept_copy / "2024"
    copied = snapshot(target)
    originals = snapshot(source)
    assert sorted(copied) == sorted(originals)
    for name, data in originals.items():
        if name != "konzept.yaml":
            assert copied[name] == data, name
    expected = (
        originals["konzept.yaml"]
        .decode()
        .replace('version: "2017"\n', 'version: "2024"\n')
        .replace(
            "beschlossen: 2017-12-14  # Kreistagsbeschluss",
            "beschlossen:  # Kreistagsbeschluss",
        )
    )
    assert copied["konzept.yaml"].decode() == expected
    assert stat.S_IMODE((target / "handlungsfelder" / "bildung.yaml").stat().st_mode) == 0o640
    # The source version is untouched and no scratch folder is left behind.
    assert {k: v for k, v in snapshot(concept_copy).items() if not k.startswith("2024")} == before
    assert sorted(p.name for p in concept_copy.iterdir()) == ["2013", "2017", "2024"]
    assert result.stdout.splitlines() == [
        f"Neue Version 2024 aus 2017 ({_shown(target)}, 8 Dateien kopiert):",
        "  version: 2017 → 2024",
        "  beschlossen: 2017-12-14 → (leer, noch nicht beschlossen)",
        f"Gespeichert: {_shown(target)}",
    ]
    check = run(runner, concept_copy, "validate", "2024", "--as-of", "2018-01-01")
    assert "0 Fehler" in check.stdout

    # A second run refuses: the version exists; nothing changes.
    after = snapshot(concept_copy)
    again = run(runner, concept_copy, "new-version", "2017", "2024")
    assert again.exit_code == 2
    assert again.stderr == (
        f"Fehler: Version 2024 gibt es schon ({_shown(target)}); sie wird nicht überschrieben.\n"
    )
    assert snapshot(concept_copy) == after


def test_adoption_date_is_set_or_added(runner: CliRunner, tmp_path: Path) -> None:
    konzept = "# Kopf\ntitel: T\nversion: '1'   # alte Fassung\ngremium: Kreistag\n"
    root = make_version(tmp_path, {"f.yaml": "id: F\ntitel: F\n"}, konzept=konzept)
    result = run(runner, root, "new-version", "1", "2", "--beschlossen", "2024-03-01")
    assert result.exit_code == 0, result.output
    assert (root / "2" / "konzept.yaml").read_text() == (
        "# Kopf\ntitel: T\nversion: '2'   # alte Fassung\nbeschlossen: 2024-03-01\n"
        "gremium: Kreistag\n"
    )
    again = run(runner, root, "new-version", "2", "3", "--beschlossen", "2025-01-31")
    assert again.exit_code == 0, again.output
    assert (root / "3" / "konzept.yaml").read_text() == (
        "# Kopf\ntitel: T\nversion: '3'   # alte Fassung\nbeschlossen: 2025-01-31\n"
        "gremium: Kreistag\n"
    )


def test_plain_numeric_version_is_written_as_text(runner: CliRunner, tmp_path: Path) -> None:
    konzept = b"titel: T\r\nversion: 2017\r\nbeschlossen: 2017-12-14"
    root = make_version(tmp_path, {"f.yaml": "id: F\ntitel: F\n"}, konzept=konzept, name="2017")
    result = run(runner, root, "new-version", "2017", "2018")
    assert result.exit_code == 0, result.output
    assert (root / "2018" / "konzept.yaml").read_bytes() == (
        b'titel: T\r\nversion: "2018"\r\nbeschlossen:'
    )


def test_dry_run_creates_nothing(runner: CliRunner, concept_copy: Path) -> None:
    before = snapshot(concept_copy)
    result = run(runner, concept_copy, "new-version", "2017", "2024", "--dry-run")
    assert result.exit_code == 0, result.output
    assert snapshot(concept_copy) == before
    assert not (concept_copy / "2024").exists()
    assert f"--- {_shown(concept_copy / '2017' / 'konzept.yaml')}\n" in result.stdout
    assert f"+++ {_shown(concept_copy / '2024' / 'konzept.yaml')}\n" in result.stdout
    assert (
        '-version: "2017"\n'
        "-beschlossen: 2017-12-14  # Kreistagsbeschluss (H1, H5, H6, H8)\n"
        '+version: "2024"\n'
        "+beschlossen:  # Kreistagsbeschluss (H1, H5, H6, H8)\n"
    ) in result.stdout
    assert result.stdout.endswith("Probelauf (--dry-run): nichts geschrieben.\n")


@pytest.mark.parametrize("name", ["../x", ".versteckt", "a/b", "", " 2018"])
def test_bad_names_are_refused(runner: CliRunner, concept_copy: Path, name: str) -> None:
    before = snapshot(concept_copy.parent)
    result = run(runner, concept_copy, "new-version", "2017", name)
    assert result.exit_code == 2
    assert "taugt nicht als Versionsname" in result.stderr
    assert snapshot(concept_copy.parent) == before


def test_unknown_source_version(runner: CliRunner, concept_copy: Path) -> None:
    result = run(runner, concept_copy, "new-version", "2016", "2024")
    assert result.exit_code == 2
    assert "vorhanden: 2013, 2017" in result.stderr
    assert not (concept_copy / "2024").exists()


def test_edited_konzept_keeps_its_mode_and_no_scratch_folder_remains(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = make_version(tmp_path, {"f.yaml": "id: F\ntitel: F\n"})
    os.chmod(root / "1" / "konzept.yaml", 0o600)
    result = run(runner, root, "new-version", "1", "1.1")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in root.iterdir()) == ["1", "1.1"]
    assert stat.S_IMODE((root / "1.1" / "konzept.yaml").stat().st_mode) == 0o600
    assert (root / "1.1" / "konzept.yaml").read_text() == 'titel: Testkonzept\nversion: "1.1"\n'


def _shown(path: Path) -> str:
    from ki_concept.diagnostics import display_path

    return display_path(path)


def test_a_konzept_written_in_braces_gets_its_adoption_cleared(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "concept"
    (root / "v1" / "handlungsfelder").mkdir(parents=True)
    (root / "v1" / "konzept.yaml").write_text(
        '{titel: T, version: "v1", beschlossen: 2020-01-01}\n', encoding="utf-8"
    )
    (root / "v1" / "handlungsfelder" / "f.yaml").write_text("id: F\ntitel: F\n", encoding="utf-8")
    result = runner.invoke(app, ["--root", str(root), "new-version", "v1", "v2"])
    assert result.exit_code == 0, result.output
    text = (root / "v2" / "konzept.yaml").read_text(encoding="utf-8")
    assert text == '{titel: T, version: "v2", beschlossen: null}\n'
