"""The status vocabulary: the default words, or a Kreis's own from ``konzept.yaml``.

Each word is open or closed. A closed word counts either as achieved (``umgesetzt``) or as
dropped (``entfallen``): progress is the share of achieved measures among those with a known
status that were not dropped. An open word may or may not make a measure past its ``ende``
overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ki_concept.i18n import language
from ki_concept.models import Konzept, StatusValue

# The longest column header a status word gets where the terminal is narrow.
SHORT_WIDTH = 5


@dataclass(frozen=True, slots=True)
class StatusWord:
    id: str
    title_de: str
    title_en: str
    finished: bool
    dropped: bool = False
    # For an open word: whether a measure past its ``ende`` is overdue with it.
    overdue_possible: bool = True
    short_de: str = ""
    short_en: str = ""

    @property
    def can_be_overdue(self) -> bool:
        return self.overdue_possible and not self.finished

    @property
    def title(self) -> str:
        return self.title_en if language() == "en" else self.title_de

    @property
    def short(self) -> str:
        """A column header of at most :data:`SHORT_WIDTH` characters; a cut word ends in '.'."""
        given = self.short_en if language() == "en" else self.short_de
        return given or abbreviation(self.title)

    @property
    def achieved(self) -> bool:
        return self.finished and not self.dropped

    @property
    def kind(self) -> str:
        """``open``, ``achieved`` or ``dropped``."""
        if not self.finished:
            return "open"
        return "dropped" if self.dropped else "achieved"


def abbreviation(title: str) -> str:
    """``title`` if it is short, else its start with a full stop: ``Regelbetrieb`` → ``Rege.``."""
    if len(title) <= SHORT_WIDTH:
        return title
    return title[: SHORT_WIDTH - 1].rstrip() + "."


DEFAULT_WORDS: tuple[StatusWord, ...] = (
    StatusWord("idee", "Idee", "idea", False, short_de="Idee", short_en="idea"),
    StatusWord("geplant", "geplant", "planned", False, short_de="gepl.", short_en="plan."),
    StatusWord("laufend", "laufend", "running", False, short_de="lfd.", short_en="run."),
    StatusWord("ruhend", "ruhend", "on hold", False, short_de="ruht", short_en="hold"),
    StatusWord("umgesetzt", "umgesetzt", "done", True, short_de="umg.", short_en="done"),
    StatusWord("verstetigt", "verstetigt", "established", True, short_de="vst.", short_en="est."),
    StatusWord("entfallen", "entfallen", "dropped", True, True, short_de="entf.", short_en="drop."),
)


def _word(value: StatusValue) -> StatusWord:
    short = value.short or ""
    return StatusWord(
        value.id,
        value.title,
        value.title,
        value.finished or value.dropped,
        value.dropped,
        value.overdue is not False,
        short_de=short,
        short_en=short,
    )


@dataclass(frozen=True)
class Vocabulary:
    """Ordered status words; order is the order of columns in reports."""

    words: tuple[StatusWord, ...]

    @classmethod
    def for_konzept(cls, konzept: Konzept | None) -> Vocabulary:
        if konzept is None or konzept.status_values is None:
            return cls(DEFAULT_WORDS)
        return cls(tuple(_word(v) for v in konzept.status_values))

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
        """The ids whose word counts as closed, achieved or dropped (the first word decides)."""
        return frozenset(word_id for word_id, word in self._by_id.items() if word.finished)

    def __contains__(self, status: object) -> bool:
        return isinstance(status, str) and status in self._by_id

    def get(self, status: str) -> StatusWord | None:
        return self._by_id.get(status)

    def is_finished(self, status: str | None) -> bool:
        """Closed: achieved or dropped. A closed measure needs an ``ende`` and is never overdue."""
        word = self.get(status) if status else None
        return word is not None and word.finished

    def is_achieved(self, status: str | None) -> bool:
        word = self.get(status) if status else None
        return word is not None and word.achieved

    def is_dropped(self, status: str | None) -> bool:
        word = self.get(status) if status else None
        return word is not None and word.dropped

    def can_be_overdue(self, status: str | None) -> bool:
        """Whether a measure with this status is overdue once its ``ende`` has passed."""
        word = self.get(status) if status else None
        return word is not None and word.can_be_overdue

    def of_kind(self, kind: str) -> list[StatusWord]:
        """The first word of each id whose kind is ``kind``, in vocabulary order."""
        return [w for w in self._by_id.values() if w.kind == kind]

    def title(self, status: str | None) -> str:
        word = self.get(status) if status else None
        return word.title if word else (status or "")
