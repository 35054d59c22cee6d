"""The docs stay in step with the code: docs/regeln.md with the rule catalogue, docs/cli.md
with the commands of the CLI."""

from __future__ import annotations

import re

import typer.main

from ki_concept.cli import app
from ki_concept.diagnostics import RULES, Severity
from tests.conftest import REPO

RULES_DOC = REPO / "docs" / "regeln.md"
CLI_DOC = REPO / "docs" / "cli.md"
_HEADING = re.compile(r"^## (KI\d{3})\b(.*)$", re.MULTILINE)
_SEVERITY_WORD = {Severity.ERROR: "Fehler", Severity.WARNING: "Warnung"}


def _sections() -> dict[str, tuple[str, str]]:
    """Rule id → (rest of the heading line, section body)."""
    text = RULES_DOC.read_text(encoding="utf-8")
    matches = list(_HEADING.finditer(text))
    sections: dict[str, tuple[str, str]] = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        assert match.group(1) not in sections, f"{match.group(1)} documented twice"
        sections[match.group(1)] = (match.group(2), text[match.end() : end])
    return sections


def test_every_rule_has_a_section_and_every_section_a_rule() -> None:
    documented = set(_sections())
    assert sorted(set(RULES) - documented) == [], "rules without a section in docs/regeln.md"
    assert sorted(documented - set(RULES)) == [], "sections for rule ids that do not exist"


def test_sections_name_the_rule_and_its_severity() -> None:
    for rule_id, (heading, body) in _sections().items():
        rule = RULES[rule_id]
        assert heading == f" · {rule.name}", f"{rule_id}: heading should end with '· {rule.name}'"
        expected = f"**Schwere:** {_SEVERITY_WORD[rule.severity]} "
        assert expected in body, f"{rule_id}: severity line should read {expected!r}"


def test_sections_follow_the_catalogue_order() -> None:
    assert list(_sections()) == sorted(RULES)


def _listed_commands() -> list[str]:
    """Every command ``ki-concept --help`` lists; a group stands for its subcommands."""
    # Typer may bring its own copy of click, so groups are recognised by their `commands`.
    root = typer.main.get_command(app)
    names: list[str] = []
    for name, command in getattr(root, "commands", {}).items():
        if command.hidden:
            continue
        subcommands = getattr(command, "commands", None)
        if subcommands is None:
            names.append(name)
        else:
            names += [f"{name} {sub}" for sub, c in subcommands.items() if not c.hidden]
    return names


def test_every_command_has_a_section_in_the_cli_reference() -> None:
    names = _listed_commands()
    # The walk must see the commands --help shows, including the one inside the `add` group.
    assert {"validate", "status", "show", "diff", "set-status", "add massnahme"} <= set(names)
    text = CLI_DOC.read_text(encoding="utf-8")
    headings = {m.group(1).strip() for m in re.finditer(r"^## (.+)$", text, re.MULTILINE)}
    missing = [name for name in names if name not in headings]
    assert missing == [], f"commands without a '## <name>' section in docs/cli.md: {missing}"
