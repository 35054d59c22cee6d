"""``ki-concept schema``."""

from __future__ import annotations

import sys
from pathlib import Path

from ki_concept.i18n import t
from ki_concept.schema.build import render_schema
from ki_concept.writing import to_stdout, write_output


def run_schema(*, target: str, output: Path | None) -> int:
    """Print or write the JSON Schema of ``target``; 0 on success."""
    write_output(output, render_schema(target))
    if not to_stdout(output):
        sys.stdout.write(t("schema.written", path=output) + "\n")
    return 0
