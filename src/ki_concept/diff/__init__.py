"""Comparing two versions of a concept: records of what changed, and their renderings.

``compare`` matches items and produces :class:`Change` records, ``text_diff``
says how a value changed, ``describe`` puts records into words and
``render`` prints them as text, brief, Markdown or JSON.
"""

from ki_concept.diff.changes import Change, ItemType, Kind
from ki_concept.diff.compare import compare_versions

__all__ = ["Change", "ItemType", "Kind", "compare_versions"]
