"""Ctrl-C and SIGTERM that are never lost: a command acts on them even when the interrupt was swallowed.

Python turns SIGINT (and, through the command line's handler, SIGTERM) into a ``KeyboardInterrupt``
raised wherever the main thread happens to be. When that is code whose errors Python only reports as
"Exception ignored in ..." (a ``__del__``, a weakref callback, a library's callback from native
code: ``rpds``' ``HashTrieMap``, used by the JSON Schema checks of Frictionless, is one) the
exception goes nowhere and the command runs on: a build interrupted during its validation then
swapped its package in as if nothing had happened (seen as a hooked build that did not end after
its signal in tests/test_reliability.py). So the handler also records the signal, and the command
acts on a recorded signal at its checkpoints (:func:`checkpoint`: between batches, between parts,
and right before a build swaps its package in); the lost exception's report is not printed (the
interrupt is acted on, not ignored).
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any

#: The signal received and not yet acted on by the running command (None: none).
_pending: int | None = None


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """The handler of SIGINT and SIGTERM: record the signal, then unwind like Ctrl-C."""
    global _pending
    _pending = signum
    raise KeyboardInterrupt


def pending() -> bool:
    """Whether an interrupt was received and not acted on."""
    return _pending is not None


def checkpoint() -> None:
    """Unwind now if an interrupt was received (its ``KeyboardInterrupt`` may have been swallowed)."""
    if _pending is not None:
        raise KeyboardInterrupt


def _unraisable(previous: Any) -> Any:
    """A ``sys.unraisablehook`` that drops the ``KeyboardInterrupt`` of a recorded interrupt (acted on
    at the next checkpoint) and passes anything else to ``previous``."""

    def hook(unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt) and _pending is not None:
            return
        previous(unraisable)

    return hook


@contextlib.contextmanager
def caught() -> Iterator[None]:
    """For the duration of a command (main thread only): SIGINT and SIGTERM recorded and raised as
    ``KeyboardInterrupt``; SIGINT is left alone when it is not Python's default (ignored by a shell
    that started the command in the background, say). Restored afterwards, the record cleared."""
    global _pending
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signal.SIGTERM: signal.signal(signal.SIGTERM, _interrupt)}
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        previous[signal.SIGINT] = signal.signal(signal.SIGINT, _interrupt)
    hook, sys.unraisablehook = sys.unraisablehook, _unraisable(sys.unraisablehook)
    _pending = None
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sys.unraisablehook = hook
        _pending = None
