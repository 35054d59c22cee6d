"""Every example in docs/regeln.md is run through ``ki-concept validate`` and the message the
doc shows must be exactly what the CLI prints.

The doc carries its examples in a form a machine can rebuild, in HTML comments that do not show
when the page is rendered (the convention is described in a comment under "Die Beispiele"):

- ``<!-- basis: DATEI -->`` before a yaml block: that block is a file of the clean starting
  concept, relative to ``concept/2024/``.
- ``<!-- beispiel: ÄNDERUNG … -->``: an example built from the starting concept; its messages
  are exactly the lines of the next ``text`` block.
- ``<!-- beispiel im absatz: ÄNDERUNG … -->``: the message is quoted „…“ in the next paragraph
  (a "…" inside the quote stands for any text, e.g. an operating system's reason).
- A ``console`` block with ``$ ki-concept …`` sets the command line of the pending example; with
  output below it, that output must match in full.

Situations that cannot be written as a file (a symlink loop, a pipe, an unreadable file, another
encoding, a NUL byte) are changes of their own; the message is still the one written in the doc.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ki_concept.cli import app
from ki_concept.diagnostics import RULES
from tests.conftest import REPO
from tests.other_user import invoke_as_nobody

RULES_DOC = REPO / "docs" / "regeln.md"
VERSION_FOLDER = "concept/2024"  # every path in the doc's messages starts here
INTRO = "Einleitung"  # the part of the doc before the first rule section

_MESSAGE = re.compile(r"^\S+:\d+:\d+: \[(?:Fehler|Warnung)\] (?P<text>.*) \((?P<rule>KI\d{3})\)$")
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\S+')


# --- reading the doc ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One piece of the Markdown source: a comment, a fenced block, a paragraph or a heading."""

    kind: str
    line: int  # 1-based line where it starts
    text: str
    lang: str = ""


def _blocks(source: str) -> list[Block]:
    lines = source.splitlines()
    blocks: list[Block] = []
    paragraph: list[str] = []
    start = index = 0

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block("paragraph", start, "\n".join(paragraph)))
            paragraph.clear()

    while index < len(lines):
        line = lines[index]
        if line.startswith("```"):
            end_paragraph()
            close = next(j for j in range(index + 1, len(lines)) if lines[j].startswith("```"))
            content = "".join(f"{text}\n" for text in lines[index + 1 : close])
            blocks.append(Block("fence", index + 1, content, line[3:].strip()))
            index = close + 1
            continue
        if line.startswith("<!--"):
            end_paragraph()
            close = next(j for j in range(index, len(lines)) if "-->" in lines[j])
            body = "\n".join(lines[index : close + 1])
            blocks.append(Block("comment", index + 1, body[4 : body.rindex("-->")].strip()))
            index = close + 1
            continue
        if line.startswith("#"):
            end_paragraph()
            blocks.append(Block("heading", index + 1, line))
        elif line.strip():
            if not paragraph:
                start = index + 1
            paragraph.append(line)
        else:
            end_paragraph()
        index += 1
    end_paragraph()
    return blocks


@dataclass(frozen=True)
class Quoted:
    """A "…" token of a change: JSON string syntax, so \\t, \\n and \\u0000 can be written."""

    text: str


@dataclass
class Change:
    """One change to the starting concept, on a path relative to the version folder."""

    path: str
    verb: str  # "" = the whole file from the next yaml block
    texts: list[str] = field(default_factory=list)
    from_block: bool = False


@dataclass
class Example:
    line: int
    changes: list[Change]
    args: list[str] | None = None  # None: the doc's default command line


@dataclass
class Checkpoint:
    """Documented output and the example(s) that must produce it."""

    section: str  # rule id or INTRO
    line: int
    kind: str  # "meldungen" (text block), "absatz" (quotes in prose), "ausgabe" (console)
    examples: list[Example]
    expected: list[str]  # lines, or the quotes of a paragraph


@dataclass
class Doc:
    base: dict[str, str] = field(default_factory=dict)
    default_args: list[str] = field(default_factory=list)
    summary: re.Pattern[str] | None = None
    checkpoints: list[Checkpoint] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _change(line: str) -> Change | None:
    """``handlungsfelder/bildung.yaml ersetzen "a" durch "b"`` → a Change; None for no change."""
    tokens: list[str | Quoted] = [
        Quoted(json.loads(token)) if token.startswith('"') else token
        for token in _TOKEN.findall(line)
    ]
    match tokens:
        case ["Ausgangskonzept"]:
            return None
        case [str(path)]:
            return Change(path, "", from_block=True)
        case [str(path), "anhängen"]:
            return Change(path, "anhängen", from_block=True)
        case [str(path), "inhalt" | "anhängen" | "kodiert" | "symlink" as verb, Quoted(text)]:
            return Change(path, verb, [text])
        case [str(path), "ersetzen", Quoted(old), "durch", Quoted(new)]:
            return Change(path, "ersetzen", [old, new])
        case [str(path), "entfernen" | "ordner" | "pipe" | "unlesbar" as verb]:
            return Change(path, verb)
    raise ValueError(f"unknown change {line!r}")


def parse(source: str) -> Doc:
    """The starting concept, the examples and what the doc says they print."""
    doc = Doc()
    section = INTRO
    for_text: list[Example] = []  # messages in the next text block
    for_paragraph: list[Example] = []  # messages quoted in the next paragraph
    base_waiting: list[str] = []
    changes_waiting: list[Change] = []

    def problem(line: int, what: str) -> None:
        doc.problems.append(f"docs/regeln.md:{line} ({section}): {what}")

    def checkpoint(block: Block, kind: str, examples: list[Example], expected: list[str]) -> None:
        if changes_waiting:
            problem(block.line, "a 'beispiel' names more files than yaml blocks follow it")
            changes_waiting.clear()
        doc.checkpoints.append(Checkpoint(section, block.line, kind, list(examples), expected))
        examples.clear()

    summary = re.search(r"Zusammenfassung wie\s+`([^`]+)`", source)
    if summary is None:
        doc.problems.append("docs/regeln.md: no sample summary ('Zusammenfassung wie `…`')")
    else:
        doc.summary = re.compile(re.sub(r"\d+", r"\\d+", re.escape(summary.group(1))))

    for block in _blocks(source):
        if block.kind == "heading":
            for pending in (for_text, for_paragraph):
                for example in pending:
                    problem(example.line, "example without a message block after it")
                pending.clear()
            changes_waiting.clear()
            found = re.match(r"## (KI\d{3})\b", block.text)
            section = found.group(1) if found else section
        elif block.kind == "comment":
            keyword, _, rest = block.text.partition(":")
            if keyword == "basis":
                base_waiting.append(rest.strip())
            elif keyword in ("beispiel", "beispiel im absatz"):
                try:
                    parsed = [_change(line.strip()) for line in rest.splitlines() if line.strip()]
                except ValueError as error:
                    problem(block.line, str(error))
                    continue
                changes = [change for change in parsed if change is not None]
                changes_waiting += [change for change in changes if change.from_block]
                pending = for_text if keyword == "beispiel" else for_paragraph
                pending.append(Example(block.line, changes))
        elif block.kind == "fence" and block.lang == "yaml":
            if base_waiting:
                doc.base[base_waiting.pop(0)] = block.text
            elif changes_waiting:
                changes_waiting.pop(0).texts.append(block.text)
        elif block.kind == "fence" and block.lang == "text":
            if not for_text:
                problem(block.line, "text block without a 'beispiel' comment before it")
            else:
                checkpoint(block, "meldungen", for_text, block.text.splitlines())
        elif block.kind == "fence" and block.lang == "console":
            lines = block.text.splitlines()
            command = next(
                (i for i, ln in enumerate(lines) if ln.startswith("$ ki-concept ")), None
            )
            if command is None:
                continue  # a shell command that only illustrates a change
            args = shlex.split(lines[command][2:])[1:]
            output = lines[command + 1 :]
            if for_text:
                for_text[-1].args = args
            if output:  # compared in full; the first such block is the default command line
                doc.default_args = doc.default_args or args
                examples = for_text or [Example(block.line, [], args)]
                checkpoint(block, "ausgabe", examples, output)
            elif not for_text:
                problem(block.line, "command line without a 'beispiel' comment before it")
        elif block.kind == "paragraph" and for_paragraph:
            quotes = re.findall(r"„(.*?)“", block.text, re.DOTALL)
            if not quotes:
                problem(block.line, "'beispiel im absatz' but the paragraph quotes no „message“")
                for_paragraph.clear()
            else:
                checkpoint(block, "absatz", for_paragraph, quotes)
    for pending in (for_text, for_paragraph):
        for example in pending:
            problem(example.line, "example without a message block after it")
    if not doc.default_args:
        doc.problems.append("docs/regeln.md: no console block showing the clean starting concept")
    return doc


# --- running an example -------------------------------------------------------------------------


@dataclass
class Run:
    exit_code: int
    lines: list[str]


def _apply(target: Path, change: Change) -> None:
    text = change.texts[0] if change.texts else ""
    match change.verb:
        case "" | "inhalt":
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        case "anhängen":
            target.write_bytes(target.read_bytes() + text.encode("utf-8"))
        case "ersetzen":
            old, new = change.texts
            content = target.read_bytes().decode("utf-8")
            assert content.count(old) == 1, f"{change.path}: {old!r} must occur exactly once"
            target.write_bytes(content.replace(old, new).encode("utf-8"))
        case "kodiert":
            target.write_bytes(target.read_bytes().decode("utf-8").encode(text))
        case "entfernen":
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink()
        case "symlink":
            target.symlink_to(text)
        case "ordner":
            target.mkdir()
        case "pipe":
            os.mkfifo(target)
        case "unlesbar":
            target.chmod(0)


def _invoke(args: list[str], as_other_user: bool) -> tuple[int, str]:
    """Exit status and stdout of the CLI, run in-process (as nobody for unreadable files)."""
    if as_other_user:
        code, stdout, stderr, output = invoke_as_nobody(args)
    else:
        result = CliRunner().invoke(app, args)
        code, stdout, stderr, output = (
            result.exit_code,
            result.stdout,
            result.stderr,
            result.output,
        )
    assert "Traceback" not in output
    assert stderr == ""
    return code, stdout


def run_example(example: Example, doc: Doc) -> Run:
    """Build the example in a tmp folder and validate it; paths as the doc writes them."""
    # Not pytest's tmp_path: that is private to root, and one example runs as another user.
    tmp = Path(tempfile.mkdtemp(prefix="ki-concept-regeln-"))
    try:
        version = tmp / VERSION_FOLDER
        (version / "handlungsfelder").mkdir(parents=True)
        for relative, content in doc.base.items():
            (version / relative).write_bytes(content.encode("utf-8"))
        for path in [tmp, *tmp.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        for change in example.changes:
            _apply(version / change.path, change)
        args = ["--root", str(tmp / "concept"), *(example.args or doc.default_args)]
        unreadable = any(change.verb == "unlesbar" for change in example.changes)
        code, stdout = _invoke(args, unreadable)
    finally:
        shutil.rmtree(tmp)
    # The CLI prints paths relative to the working directory (absolute where that fails).
    prefixes = [os.path.relpath(tmp) + os.sep, f"{tmp}{os.sep}"]
    lines = stdout.splitlines()
    for prefix in prefixes:
        lines = [line.replace(prefix, "") for line in lines]
    return Run(code, lines)


# --- comparing ----------------------------------------------------------------------------------


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _quote_pattern(quote: str) -> re.Pattern[str]:
    """„Status '…' ist …“ → a pattern where each "…" stands for any text."""
    return re.compile(".+?".join(re.escape(part) for part in _squeeze(quote).split("…")))


def mismatches(checkpoint: Checkpoint, runs: list[Run], doc: Doc) -> list[str]:
    """Where the doc and the real output disagree; empty when they agree."""
    if checkpoint.kind == "ausgabe":
        actual = [line for run in runs for line in run.lines]
        if actual != checkpoint.expected:
            return [_diff(checkpoint.expected, actual)]
        return []
    problems: list[str] = []
    messages: list[list[str]] = []
    for run in runs:
        *shown, summary = run.lines or [""]
        if doc.summary is None or not doc.summary.fullmatch(summary):
            problems.append(f"last line is not a summary like the doc's sample: {summary!r}")
        has_error = any("[Fehler]" in line for line in shown)
        if run.exit_code != (1 if has_error else 0):
            problems.append(f"exit status {run.exit_code} for {shown}")
        messages.append(shown)
    if checkpoint.kind == "meldungen":
        actual = [line for shown in messages for line in shown]
        if actual != checkpoint.expected:
            problems.append(_diff(checkpoint.expected, actual))
        return problems
    # "absatz": every quote is one of the messages, and every example shows a quoted message.
    used: set[int] = set()
    for quote in checkpoint.expected:
        pattern = _quote_pattern(quote)
        hits = {
            index
            for index, shown in enumerate(messages)
            for line in shown
            if (found := _MESSAGE.match(line))
            and checkpoint.section in (INTRO, found["rule"])
            and pattern.fullmatch(_squeeze(found["text"]))
        }
        if not hits:
            problems.append(f"„{_squeeze(quote)}“ is not among the messages:\n" + _lines(messages))
        used |= hits
    for index, example in enumerate(checkpoint.examples):
        if index not in used:
            problems.append(f"the example of line {example.line} shows no quoted message")
    return problems


def _lines(messages: list[list[str]]) -> str:
    return "\n".join(f"  {line}" for shown in messages for line in shown)


def _diff(expected: list[str], actual: list[str]) -> str:
    shown = "\n".join(f"  {line}" for line in expected)
    printed = "\n".join(f"  {line}" for line in actual)
    return f"the doc shows:\n{shown}\nthe CLI prints:\n{printed}"


# --- the tests ----------------------------------------------------------------------------------

DOC = parse(RULES_DOC.read_text(encoding="utf-8"))


def test_the_examples_in_the_doc_are_well_formed() -> None:
    assert DOC.problems == []
    assert sorted(DOC.base) == ["handlungsfelder/bildung.yaml", "konzept.yaml"]


@pytest.mark.parametrize(
    "checkpoint", DOC.checkpoints, ids=lambda point: f"{point.section}-line{point.line}"
)
def test_the_doc_shows_the_real_messages(checkpoint: Checkpoint) -> None:
    runs = [run_example(example, DOC) for example in checkpoint.examples]
    problems = mismatches(checkpoint, runs, DOC)
    assert not problems, f"docs/regeln.md:{checkpoint.line}\n" + "\n".join(problems)


def _checked_rules(point: Checkpoint) -> set[str]:
    if point.kind == "absatz":  # quotes only match messages of the section's own rule
        return {point.section}
    return {found["rule"] for line in point.expected if (found := _MESSAGE.match(line))}


def test_every_rule_has_a_checked_example_in_its_own_section() -> None:
    checked = {point.section for point in DOC.checkpoints if point.section in _checked_rules(point)}
    assert sorted(set(RULES) - checked) == []
    # Most rules show several cases; a rule whose only check disappeared would show up above.
    assert len(DOC.checkpoints) >= len(RULES)


def test_a_changed_message_in_the_doc_is_caught() -> None:
    source = RULES_DOC.read_text(encoding="utf-8")
    documented = "Status aktualisieren oder 'ende' verschieben. (KI305)"
    assert source.count(documented) == 1
    altered = parse(source.replace(documented, "Status aktualisieren. (KI305)"))
    (point,) = [p for p in altered.checkpoints if p.section == "KI305"]
    problems = mismatches(point, [run_example(e, altered) for e in point.examples], altered)
    assert len(problems) == 1
    assert "  concept/2024/handlungsfelder/bildung.yaml:12:11: [Warnung]" in problems[0]
    assert problems[0].count("Status aktualisieren oder 'ende' verschieben. (KI305)") == 1


def test_a_changed_quoted_message_is_caught() -> None:
    source = RULES_DOC.read_text(encoding="utf-8")
    documented = "das es in dieser\nVersion nicht gibt;"
    assert source.count(documented) == 1
    altered = parse(source.replace(documented, "das es nicht\ngibt;"))
    (point,) = [p for p in altered.checkpoints if p.kind == "absatz" and p.section == "KI202"]
    problems = mismatches(point, [run_example(e, altered) for e in point.examples], altered)
    assert problems[0].startswith("„Maßnahme '…' verweist auf das Ziel '…', das es nicht gibt;")
    assert "the example of line" in problems[-1]


def test_examples_without_a_message_or_with_unknown_changes_are_reported() -> None:
    source = (
        "Eine Zusammenfassung wie `1 Fehler, 0 Warnung(en) in 2 Dateien (2024).` folgt.\n\n"
        "```console\n$ ki-concept validate\nKeine Probleme in 2 Dateien (2024).\n```\n\n"
        "## KI999 · test\n\n```text\nohne Beispiel\n```\n\n"
        "<!-- beispiel: konzept.yaml umbenennen -->\n\n"
        "<!-- beispiel: konzept.yaml -->\n\n## KI998 · test\n"
    )
    doc = parse(source)
    assert doc.problems == [
        "docs/regeln.md:10 (KI999): text block without a 'beispiel' comment before it",
        "docs/regeln.md:14 (KI999): unknown change 'konzept.yaml umbenennen'",
        "docs/regeln.md:16 (KI999): example without a message block after it",
    ]
    assert doc.default_args == ["validate"]
    assert [(p.section, p.kind, p.expected) for p in doc.checkpoints] == [
        ("Einleitung", "ausgabe", ["Keine Probleme in 2 Dateien (2024)."])
    ]
