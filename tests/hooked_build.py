"""``python -m newsfigures`` with test hooks, run as a subprocess by tests/test_reliability.py.

Environment variables (each optional):

- ``NF_MARKS``: a folder where the build touches a file named after each point it reaches:
  ``write-NAME`` half-way through writing the file NAME of the new package, ``validating`` and
  ``validated`` around the validation of the new package, ``swapped`` right after the new package
  was exchanged with the old one.
- ``NF_HOLD``: one of those points; the build sleeps there (up to ``NF_HOLD_SECONDS``, 120 by
  default), so that a signal sent once the marker exists is sure to arrive before that point is
  passed, however loaded the machine.
- ``NF_SHUFFLE``: a random seed; every directory listing (``Path.iterdir``, ``os.listdir``,
  ``os.scandir``) comes back in a shuffled order, to show the package does not depend on it.
"""

from __future__ import annotations

import os
import pathlib
import random
import signal
import sys
import time
from pathlib import Path

MARKS = Path(os.environ["NF_MARKS"]) if os.environ.get("NF_MARKS") else None
HOLD = os.environ.get("NF_HOLD", "")
HOLD_SECONDS = float(os.environ.get("NF_HOLD_SECONDS", "120"))


def reached(point: str) -> None:
    """Leave the marker of a point; hold there if asked."""
    if MARKS is not None:
        (MARKS / point).touch()
    if point == HOLD:
        # A build holding here acts on an interrupt received before, as the build's next checkpoint
        # would (its KeyboardInterrupt may have been swallowed: newsfigures.interrupts).
        from newsfigures.interrupts import checkpoint

        checkpoint()
        time.sleep(HOLD_SECONDS)


def hook_build() -> None:
    """Markers (and a hold) while writing, validating and swapping the new package."""
    import newsfigures.package.validate as validate
    import newsfigures.package.write as package

    real_write_bytes = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:  # type: ignore[override]
        if ".tmp-" not in self.parent.name:
            return real_write_bytes(self, data)
        with open(self, "wb") as f:
            f.write(data[: len(data) // 2])
            f.flush()
            reached(f"write-{self.name}")
            f.write(data[len(data) // 2 :])
        return len(data)

    Path.write_bytes = write_bytes  # type: ignore[method-assign]

    real_validate = validate.validate_package

    def validate_package(pkg: Path, *args: object, **kwargs: object) -> list[validate.Problem]:
        reached("validating")
        problems = real_validate(pkg, *args, **kwargs)  # type: ignore[arg-type]
        reached("validated")
        return problems

    validate.validate_package = validate_package  # type: ignore[assignment]

    real_exchange = package.exchange

    def exchange(a: Path, b: Path) -> bool:
        done = real_exchange(a, b)
        reached("swapped")
        return done

    package.exchange = exchange


def hook_listings(seed: int) -> None:
    """Shuffle every directory listing."""
    rng = random.Random(seed)
    real_iterdir = pathlib.Path.iterdir
    real_listdir = os.listdir
    real_scandir = os.scandir

    def iterdir(self: pathlib.Path):  # type: ignore[no-untyped-def]
        items = list(real_iterdir(self))
        rng.shuffle(items)
        return iter(items)

    def listdir(path: object = ".") -> list:  # type: ignore[type-arg]
        items = real_listdir(path)  # type: ignore[arg-type]
        rng.shuffle(items)
        return items

    class Scandir:
        def __init__(self, path: object = ".") -> None:
            with real_scandir(path) as it:  # type: ignore[arg-type]
                self.items = list(it)
            rng.shuffle(self.items)

        def __iter__(self):  # type: ignore[no-untyped-def]
            return iter(self.items)

        def __enter__(self) -> Scandir:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def close(self) -> None:
            return None

    pathlib.Path.iterdir = iterdir  # type: ignore[method-assign]
    os.listdir = listdir
    os.scandir = Scandir  # type: ignore[assignment]


if __name__ == "__main__":
    # A shell may start background jobs with SIGINT ignored; the tests send it on purpose.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if MARKS is not None:
        hook_build()
    if os.environ.get("NF_SHUFFLE"):
        hook_listings(int(os.environ["NF_SHUFFLE"]))
    from newsfigures.cli import main

    sys.exit(main())
