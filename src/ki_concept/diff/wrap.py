"""Where rich breaks a line of the diff, found faster for text of single-width characters.

rich's ``divide_line`` measures every word with ``cell_len``, which looks up each
character's width. Concept texts are Latin script (umlauts, dashes, quotes), where a
character takes one cell: there the same algorithm with ``len`` gives the same breaks in a
fraction of the time. Any other text goes to rich itself. tests/test_diff_wrap.py holds
the two to the same answers.
"""

from __future__ import annotations

import re

from rich._wrap import divide_line as rich_divide_line
from rich.cells import cell_len

# Latin script with its punctuation: dashes, quotes („“ ‚‘ »«), bullet, ellipsis, euro sign.
# rich counts each of these as one cell (tests/test_diff_wrap.py checks every one);
# characters outside may take none or two.
_NARROW_RANGES = "\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u20ac"
_NOT_NARROW = re.compile(f"[^{_NARROW_RANGES}]")
# rich's word: leading space, the word, trailing space.
_WORD = re.compile(r"\s*\S+\s*")


def cells(text: str) -> int:
    """How many cells ``text`` takes on a terminal."""
    return len(text) if _NOT_NARROW.search(text) is None else cell_len(text)


def divide_line(text: str, width: int) -> list[int]:
    """Offsets to break ``text`` at so that each piece fits ``width`` cells (words folded)."""
    if _NOT_NARROW.search(text) is not None:
        return rich_divide_line(text, width, fold=True)
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        word_length = len(word.rstrip())
        if width - offset >= word_length:
            offset += len(word)
        elif word_length > width:
            # A word longer than a line: folded into pieces of the width.
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            offset = len(pieces[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks
