"""Making strangers' text safe where it is shown: terminals and CI logs, and Markdown.

Concept files and their names may come from a stranger's pull request. On a terminal or in
a CI log, control characters (escape sequences, carriage returns, NEL) and the invisible
Unicode marks that reorder or hide text (bidi overrides such as U+202E, zero-width
characters) are shown as ``\\u202e`` instead of acting. In Markdown, HTML and Markdown's own
marks are escaped and every value stays on one line, so a title can never become markup.
"""

from __future__ import annotations

import re
from html import escape

# C0 and C1 controls (without tab and line feed), DEL, the line and paragraph separators,
# bidi marks and overrides, zero-width characters and the byte order mark.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f]"
)
# A line of a CI log that starts with '::' (after blanks) is a workflow command.
_COMMAND_START = re.compile(r"(^|\n)([ \t]*):(?=:)")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|{}~#])")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible(text: str, *, one_line: bool = False) -> str:
    """``text`` with every control and invisible mark written out (``\\u202e``).

    Tabs and line feeds stay, unless ``one_line``: then they are written out too.
    """
    shown = _INVISIBLE.sub(_shown, text)
    if one_line:
        return shown.replace("\t", "\\t").replace("\n", "\\n")
    return _COMMAND_START.sub(r"\1\2\\u003a", shown)


def markdown(text: object) -> str:
    """Plain text made safe for Markdown: one line, HTML and Markdown marks escaped."""
    flat = " ".join(visible(str(text).replace("\r", " ")).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escape(flat, quote=False))


def markdown_code(text: object) -> str:
    """Text for a code span: shown literally, so only backticks and table pipes matter."""
    flat = " ".join(visible(str(text).replace("\r", " ")).split()).replace("`", "'")
    return "`" + flat.replace("|", "\\|") + "`"
