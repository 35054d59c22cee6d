"""Console entry point: pick the language before the CLI builds its help texts."""

from __future__ import annotations

import sys

from ki_concept.i18n import parse_language, set_language


def prescan_language(argv: list[str]) -> None:
    """Honour ``--lang`` wherever it stands, so help and errors use it too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            set_language(parse_language(argv[index + 1]))
        elif arg.startswith("--lang="):
            set_language(parse_language(arg.split("=", 1)[1]))


def main() -> None:
    prescan_language(sys.argv[1:])
    from ki_concept.cli import app

    app(prog_name="ki-concept")
