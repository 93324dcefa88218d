"""Errors the command line turns into a clear message and a documented exit code.

Every error that bad input can cause is an :class:`InputError` naming the file, the line
(1-based, when it can be known) and the reason, so that a user sees ``seeds/x.txt:3: reason``
and never a traceback (unless ``--debug``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: Exit codes of ``newsfigures`` (documented in the README).
EXIT_OK = 0
EXIT_INVALID = 1  # validation found problems in a package
EXIT_USAGE = 2  # bad command line (argparse's own code)
EXIT_INPUT = 3  # bad input: a seed, a sidecar, an annotation, a missing directory
EXIT_OUTPUT = 4  # the output directory cannot be written
EXIT_INTERRUPTED = 130  # Ctrl-C


@dataclass
class InputError(Exception):
    """Bad input: ``path:line: reason``."""

    path: str | Path
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.reason}"


@dataclass
class OutputError(Exception):
    """The package cannot be written where asked."""

    path: str | Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM during a build; ``replaced`` says whether the new package was already in place,
    ``left`` what else the interrupt left undone (files after the package: the citation files, an upload)."""

    def __init__(self, path: str | Path, replaced: bool, left: str = "") -> None:
        super().__init__(str(path))
        self.path = path
        self.replaced = replaced
        self.left = left


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset (counting ``\\n``; CRLF counts once)."""
    return text.count("\n", 0, offset) + 1
