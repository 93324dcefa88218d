"""A memo for pure functions of a whole text (and offsets or spans of it), holding only the last text asked about.

The semantic stage asks the same question of a sentence once per figure in it ('does this sentence report the
past?'), and of the whole article once per figure ('its places'); in a run-on sentence with thousands of figures
each answer scans the whole sentence, so the stage is quadratic. :func:`per_text` remembers a function's answers
for one text only, per thread (as ``provenance.running_text`` remembers its last text): asked about another text,
it drops them, so it never grows past one article's questions. It does not drop them otherwise: each memoised
function keeps, in each thread that called it, the last text it was asked about and its answers alive until it
is asked about another (the last article of a run stays referenced after the run; a function asked of only some
articles keeps the last of those however many were read since; a pool of n threads keeps up to n texts each).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def per_text(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn(text, *spans)`` remembered per arguments for the last ``text`` this thread asked about (by identity,
    else equality). ``fn`` must be pure and its other arguments hashable (offsets, spans)."""
    local = threading.local()

    @wraps(fn)
    def memo(*args: P.args, **kwargs: P.kwargs) -> R:
        # asked tens of thousands of times an article: one lookup of the thread's state and one hash of the key
        text = args[0]
        state: tuple[object, dict[object, object]] | None = getattr(local, "state", None)
        if state is None or (state[0] is not text and state[0] != text):
            state = (text, {})
            local.state = state
        key = (args[1:], tuple(sorted(kwargs.items()))) if kwargs else args[1:]
        table = state[1]
        out = table.get(key, _MISSING)
        if out is _MISSING:
            out = table[key] = fn(*args, **kwargs)
        return out  # type: ignore[return-value]

    return memo


#: What the memo's table gives for a question not asked yet (None may be an answer).
_MISSING = object()
