"""Language selection for everything users read.

The texts themselves live in :mod:`ki_concept.messages`; this module only
knows which language is active and how to fill a template.
"""

from __future__ import annotations

import os
from typing import Literal

Language = Literal["de", "en"]
ENV_LANG = "KI_CONCEPT_LANG"

_active: Language | None = None


def parse_language(value: str | None) -> Language | None:
    """Map user input like ``EN`` or ``de_DE.UTF-8`` to a supported language."""
    if not value:
        return None
    short = value.strip().lower()[:2]
    if short == "de":
        return "de"
    if short == "en":
        return "en"
    return None


def set_language(lang: Language | None) -> None:
    """Fix the language for this process; ``None`` falls back to the environment."""
    global _active
    _active = lang


def language() -> Language:
    """The active language: explicit choice, then ``KI_CONCEPT_LANG``, then German."""
    if _active is not None:
        return _active
    return parse_language(os.environ.get(ENV_LANG)) or "de"


def t(key: str, /, **params: object) -> str:
    """The text for ``key`` in the active language, with ``params`` filled in."""
    from ki_concept.messages import MESSAGES

    entry = MESSAGES[key]
    template = entry[1] if language() == "en" else entry[0]
    return template.format(**params) if params else template
