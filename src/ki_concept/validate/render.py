"""Printing a validation result: ``text``, ``json`` or ``github`` annotations.

Reporters are chosen by name from ``REPORTERS``; each takes a result and
returns the complete output as a string.
"""

from __future__ import annotations

from collections.abc import Callable

from ki_concept.diagnostics import Diagnostic, Result, display_path
from ki_concept.escaping import visible
from ki_concept.i18n import t


def _location(diag: Diagnostic) -> str:
    return f"{visible(display_path(diag.file), one_line=True)}:{diag.line}:{diag.column}"


def summary_line(result: Result) -> str:
    """``2 Fehler, 1 Warnung in 14 Dateien (2013, 2017)``."""
    return t(
        "summary.line",
        errors=result.errors,
        warnings=result.warnings,
        files=result.files_checked,
        versions=visible(", ".join(result.versions_checked), one_line=True) or "—",
    )


def _one_line(text: str) -> str:
    """A value quoted in a message may hold line breaks or controls; it stays one line."""
    return visible(text, one_line=True)


def render_text(result: Result) -> str:
    lines = []
    for diag in result.sorted():
        severity = t(f"severity.{diag.severity.value}")
        lines.append(f"{_location(diag)}: [{severity}] {_one_line(diag.message)} ({diag.rule})")
    lines.append(
        summary_line(result)
        if lines
        else t(
            "summary.clean",
            files=result.files_checked,
            versions=visible(", ".join(result.versions_checked), one_line=True),
        )
    )
    return "\n".join(lines) + "\n"


def diagnostic_record(diag: Diagnostic) -> dict[str, object]:
    return {
        "file": display_path(diag.file),
        "line": diag.line,
        "column": diag.column,
        "rule": diag.rule,
        "severity": diag.severity.value,
        "message": diag.message,
        "path": diag.dotted_path,
    }


def render_json(result: Result) -> str:
    payload = {
        "ok": result.ok,
        "diagnostics": [diagnostic_record(d) for d in result.sorted()],
        "summary": {
            "errors": result.errors,
            "warnings": result.warnings,
            "files": result.files_checked,
            "versions": result.versions_checked,
        },
    }
    import json  # only for this format: text runs do without it

    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: Result) -> str:
    """GitHub Actions workflow commands, one per diagnostic."""
    lines = []
    for diag in result.sorted():
        level = "error" if diag.severity.value == "error" else "warning"
        props = ",".join(
            (
                f"file={_escape_property(visible(display_path(diag.file), one_line=True))}",
                f"line={diag.line}",
                f"col={diag.column}",
                f"title={_escape_property(diag.rule)}",
            )
        )
        lines.append(f"::{level} {props}::{_escape_data(visible(diag.message))}")
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


REPORTERS: dict[str, Callable[[Result], str]] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
}
