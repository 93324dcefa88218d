"""Where the per-article and per-part stages run: in this process, on local worker processes, or on
an existing ``dask.distributed`` cluster; the same functions, the same order of results.

A :class:`Runner` maps a function over items and yields the results in the items' order, keeping at
most ``window`` items in flight, so that memory stays bounded whatever the corpus size. It starts a
``LocalCluster`` (processes, one thread each: the extraction is pure Python and holds the GIL) only
when there is more than one item and more than one worker; given a scheduler address it connects to
that cluster instead, whose workers must have the same newsfigures installed (checked by the
extractor version each batch carries).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class Runner:
    """Ordered, bounded map over a Dask cluster or in-process."""

    def __init__(self, workers: int | None = None, scheduler: str | None = None, cache_url: str | None = None) -> None:
        self.workers = max(1, workers or default_workers())
        self.scheduler = scheduler
        #: The per-article cache of the command (None: the default beside the package).
        self.cache_url = cache_url
        self._client: Any = None
        self._cluster: Any = None

    @property
    def parallel(self) -> bool:
        """Whether work leaves this process."""
        return self.scheduler is not None or self.workers > 1

    @property
    def started(self) -> bool:
        """Whether the cluster is in use already (work went to it)."""
        return self._client is not None

    def client(self) -> Any:
        """The Dask client, started on first use."""
        if self._client is None:
            from dask.distributed import Client, LocalCluster

            if self.scheduler:
                self._client = Client(self.scheduler)
            else:
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
        return self._client

    def map(self, fn: Callable[..., Any], items: Iterable[Any], *args: Any, count: int | None = None) -> Iterator[Any]:
        """``fn(item, *args)`` for every item, in order; at most ``window`` items in flight."""
        if not self.parallel or (count is not None and count <= 1):
            for item in items:
                yield fn(item, *args)
            return
        client = self.client()
        window = 2 * max(self.workers, len(client.scheduler_info().get("workers", {})) or 1) + 1
        pending: deque[Any] = deque()
        try:
            for item in items:
                pending.append(client.submit(fn, item, *args, pure=False))
                if len(pending) >= window:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` started on the cluster; its future (call only when :attr:`parallel`)."""
        return self.client().submit(fn, *args, pure=False)

    def close(self) -> None:
        """Stop the local cluster (an external cluster keeps running)."""
        with contextlib.suppress(Exception):
            if self._client is not None:
                self._client.close()
            if self._cluster is not None:
                self._cluster.close()
        self._client = self._cluster = None


#: The runner of the command in progress (the build's validation uses the build's workers).
_current: Runner | None = None


def current() -> Runner:
    """The runner set by the running command, else an in-process one."""
    return _current if _current is not None else Runner(1)


@contextlib.contextmanager
def using(runner: Runner) -> Iterator[Runner]:
    """Make ``runner`` current for the duration of a command, and close it afterwards."""
    global _current
    previous, _current = _current, runner
    try:
        yield runner
    finally:
        _current = previous
        runner.close()
