"""Why an edit was not written (exit status 1): the files are as they were."""

from __future__ import annotations

from ki_concept.errors import UserError
from ki_concept.i18n import t


class EditRefused(UserError):
    """The edit was refused: it would not validate, the file changed, a lock timed out …

    ``details`` are further lines (e.g. diagnostics) printed below the message.
    """

    exit_code = 1

    def __init__(
        self, message_key: str, /, details: list[str] | None = None, **params: object
    ) -> None:
        super().__init__(message_key, **params)
        self.details = details or []

    @property
    def message(self) -> str:
        from ki_concept.escaping import visible

        shown = {k: visible(str(v), one_line=True) for k, v in self.params.items()}
        lines = [t(self.message_key, **shown), *(visible(d, one_line=True) for d in self.details)]
        return "\n".join(lines)
