"""The C reader is built, and from its current source, wherever the tests run.

Kept apart from tests/test_plainyaml.py, whose tests are skipped when the reader is missing:
here a missing or stale reader fails (unless KI_CONCEPT_C_READER=off says to test without it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ki_concept import fastyaml

C_OFF = os.environ.get("KI_CONCEPT_C_READER", "").lower() == "off"
pytestmark = pytest.mark.skipif(
    C_OFF, reason="KI_CONCEPT_C_READER=off: the Python reader alone is in use"
)


def test_the_c_reader_is_built() -> None:
    assert fastyaml.c_reader_available(), (
        "ki_concept._plainyaml is not built: install a C compiler and run "
        "`pip install -e .` again (or set KI_CONCEPT_C_READER=off to test without it)"
    )


def test_the_built_reader_is_not_older_than_its_source() -> None:
    from ki_concept import _plainyaml

    source = Path(fastyaml.__file__).with_name("_plainyaml.c")
    built = Path(_plainyaml.__file__)
    if not source.exists():
        pytest.skip("installed without the C source")
    assert built.stat().st_mtime >= source.stat().st_mtime, (
        "src/ki_concept/_plainyaml.c changed after the reader was built: "
        "run `.venv/bin/pip install -e .` again"
    )
