from collections.abc import Callable
from typing import Any

def parse(text: str, max_depth: int, resolve: Callable[[str], Any], /) -> dict[str, Any] | None: ...
