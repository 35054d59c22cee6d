"""Every text a user reads, in German and English, merged into one table.

Each module below holds the texts of one area as ``key → (de, en)``; keys
are prefixed by area so they never collide. German comes first: it is the
default language.
"""

from __future__ import annotations

from ki_concept.messages.cli import CLI
from ki_concept.messages.core import CORE
from ki_concept.messages.diff import DIFF
from ki_concept.messages.edit import EDIT
from ki_concept.messages.exchange import EXCHANGE
from ki_concept.messages.init import INIT
from ki_concept.messages.report import REPORT
from ki_concept.messages.status import STATUS

MESSAGES: dict[str, tuple[str, str]] = {
    **CLI,
    **CORE,
    **DIFF,
    **EDIT,
    **EXCHANGE,
    **INIT,
    **REPORT,
    **STATUS,
}
