"""Errors that stop a command before it can do its job (exit status 2)."""

from __future__ import annotations

from ki_concept.i18n import t


class UserError(Exception):
    """Something the user can fix: a missing folder, an unknown version, a bad option value."""

    exit_code = 2

    def __init__(self, message_key: str, /, **params: object) -> None:
        self.message_key = message_key
        self.params = params
        super().__init__(message_key)

    @property
    def message(self) -> str:
        # Values come from the command line and the files: shown, never acting.
        from ki_concept.escaping import visible

        shown = {k: visible(str(v), one_line=True) for k, v in self.params.items()}
        return t(self.message_key, **shown)


class ConceptInvalid(Exception):
    """The concept does not validate; ``report`` is what ``validate`` would print."""

    def __init__(self, report: str, exit_code: int = 1) -> None:
        self.report = report
        self.exit_code = exit_code
        super().__init__(report)
