"""Console entry point: pick the language before the CLI builds its help texts."""

from __future__ import annotations

import gc
import os
import sys

from ki_concept.i18n import parse_language, set_language


def prescan_language(argv: list[str]) -> None:
    """Honour ``--lang`` wherever it stands, so that the help texts use it too.

    The texts are made when the CLI is built, before it reads the arguments; so the
    language is set here first. The arguments stay as they are: the CLI reads ``--lang``
    again exactly, before or after the command (``ki_concept.command_line``).
    """
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        chosen = parse_language(value)
        if chosen is not None:
            set_language(chosen)


def tune_process() -> None:
    """Settings for one short run of the command line.

    A run builds one large, acyclic structure (the concept) and exits: the cyclic garbage
    collector would only walk it again and again (about a sixth of the time of
    ``validate`` on a large concept, bench/README.md); reference counting still frees
    memory. ki-concept uses no pydantic plugins, so pydantic need not look for any.
    """
    gc.disable()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def keep_output_writable() -> None:
    """Where the output cannot hold every character (``PYTHONIOENCODING=ascii``, a Windows
    code page), write ``\xfc`` for what it cannot hold instead of failing mid-output."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main() -> None:
    tune_process()
    keep_output_writable()
    args = sys.argv[1:]
    prescan_language(args)
    from ki_concept.cli import app

    app(args=args, prog_name="ki-concept")
