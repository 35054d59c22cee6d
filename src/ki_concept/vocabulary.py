"""The status vocabulary: the default words, or a Kreis's own from ``konzept.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ki_concept.i18n import language
from ki_concept.models import Konzept


@dataclass(frozen=True, slots=True)
class StatusWord:
    id: str
    title_de: str
    title_en: str
    finished: bool

    @property
    def title(self) -> str:
        return self.title_en if language() == "en" else self.title_de


DEFAULT_WORDS: tuple[StatusWord, ...] = (
    StatusWord("idee", "Idee", "idea", False),
    StatusWord("geplant", "geplant", "planned", False),
    StatusWord("laufend", "laufend", "running", False),
    StatusWord("umgesetzt", "umgesetzt", "done", True),
    StatusWord("verstetigt", "verstetigt", "established", True),
    StatusWord("ruhend", "ruhend", "paused", False),
    StatusWord("entfallen", "entfallen", "dropped", True),
)


@dataclass(frozen=True)
class Vocabulary:
    """Ordered status words; order is the order of columns in reports."""

    words: tuple[StatusWord, ...]

    @classmethod
    def for_konzept(cls, konzept: Konzept | None) -> Vocabulary:
        if konzept is None or konzept.status_values is None:
            return cls(DEFAULT_WORDS)
        words = tuple(StatusWord(v.id, v.title, v.title, v.finished) for v in konzept.status_values)
        return cls(words)

    @property
    def ids(self) -> list[str]:
        return [w.id for w in self.words]

    @cached_property
    def _by_id(self) -> dict[str, StatusWord]:
        # Checks ask once per measure and history step; the first word with an id wins.
        by_id: dict[str, StatusWord] = {}
        for word in self.words:
            by_id.setdefault(word.id, word)
        return by_id

    @cached_property
    def finished_ids(self) -> frozenset[str]:
        """The ids whose word counts as finished (the first word with an id decides)."""
        return frozenset(word_id for word_id, word in self._by_id.items() if word.finished)

    def __contains__(self, status: object) -> bool:
        return isinstance(status, str) and status in self._by_id

    def get(self, status: str) -> StatusWord | None:
        return self._by_id.get(status)

    def is_finished(self, status: str | None) -> bool:
        word = self.get(status) if status else None
        return word is not None and word.finished

    def title(self, status: str | None) -> str:
        word = self.get(status) if status else None
        return word.title if word else (status or "")
