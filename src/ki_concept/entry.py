"""Console entry point: pick the language before the CLI builds its help texts."""

from __future__ import annotations

import gc
import os
import sys

from ki_concept.i18n import parse_language, set_language


def prescan_language(argv: list[str]) -> list[str]:
    """Honour ``--lang`` wherever it stands, so help and errors use it too.

    A valid ``--lang`` after the subcommand is taken out of the arguments, so
    ``ki-concept validate --lang en`` works like ``ki-concept --lang en validate``.
    """
    rest: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value, step = argv[index + 1], 2
        elif arg.startswith("--lang="):
            value, step = arg.split("=", 1)[1], 1
        chosen = parse_language(value) if value is not None else None
        if chosen is None:
            rest.append(arg)
            index += 1
            continue
        set_language(chosen)
        index += step
    return rest


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
    args = prescan_language(sys.argv[1:])
    from ki_concept.cli import app

    app(args=args, prog_name="ki-concept")
