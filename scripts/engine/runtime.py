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

import concurrent.futures
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


class Job:
    """A side job (:meth:`Runner.later`): run on the cluster (``future``) or here, once."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.fn, self.args = fn, args
        self.future: Any = None
        self.ran = False
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """Run it in this process (its error kept for :meth:`result`)."""
        if self.ran or self.future is not None:
            return
        self.ran = True
        try:
            self.value = self.fn(*self.args)
        except Exception as exc:
            self.error = exc

    def result(self) -> Any:
        """Its result (run here now if no one took it yet); its error raised."""
        if self.future is not None:
            return self.future.result()
        self.run()
        if self.error is not None:
            raise self.error
        return self.value


class Runner:
    """Ordered, bounded map over a Dask cluster or in-process."""

    def __init__(
        self,
        workers: int | None = None,
        scheduler: str | None = None,
        cache_url: str | None = None,
        index: bool = True,
    ) -> None:
        self.workers = max(1, workers or default_workers())
        self.scheduler = scheduler
        #: The per-article cache of the command (None: the default beside the package).
        self.cache_url = cache_url
        #: Whether the cache records files' stat signatures (not a build's scratch cache: no later
        #: build reads it, and each record is one more file to write and to delete).
        self.index = index
        self._client: Any = None
        self._cluster: Any = None
        self._starting: concurrent.futures.Future[Any] | None = None
        #: Side jobs not given out yet (:meth:`later`), and the jobs queued on the cluster.
        self._side: deque[Job] = deque()
        self._queued: list[tuple[Any, int]] = []
        #: The cluster's workers (set by :meth:`map` from the cluster).
        self._remote = max(1, self.workers - self.local)

    @property
    def parallel(self) -> bool:
        """Whether work leaves this process."""
        return self.scheduler is not None or self.workers > 1

    @property
    def local(self) -> int:
        """How many of the workers this process is: one on a local cluster (see :meth:`map`), none
        on an existing cluster (``--scheduler``: the work goes to the cluster's workers)."""
        return 0 if self.scheduler else 1

    @property
    def started(self) -> bool:
        """Whether the cluster is in use already (work went to it)."""
        return self._client is not None

    def prepare(self) -> None:
        """Start connecting to the cluster (or starting the local one) in a thread, so that the
        caller goes on working meanwhile (a local cluster takes a second or two to start)."""
        if self._client is None and self._starting is None and self.parallel:
            pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="newsfigures-cluster")
            self._starting = pool.submit(self._connect)
            pool.shutdown(wait=False)

    @property
    def ready(self) -> bool:
        """Whether the cluster is connected (after :meth:`prepare`, once it is up)."""
        return self._client is not None or (self._starting is not None and self._starting.done())

    def _connect(self) -> tuple[Any, Any]:
        """A client of the given scheduler, or of a new local cluster (and that cluster)."""
        from dask.distributed import Client, LocalCluster

        if self.scheduler:
            return Client(self.scheduler), None
        import dask

        with dask.config.set(QUIET_CLUSTER):  # read by the scheduler, and handed by each nanny to its worker
            cluster = LocalCluster(
                n_workers=self.workers - self.local,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            return Client(cluster), cluster

    def client(self) -> Any:
        """The Dask client, started on first use (or by :meth:`prepare`)."""
        if self._client is None:
            starting, self._starting = self._starting, None
            self._client, self._cluster = starting.result() if starting is not None else self._connect()
        return self._client

    def map(
        self,
        fn: Callable[..., Any],
        items: Iterable[Any],
        *args: Any,
        count: int | None = None,
        weight: Callable[[Any], int] | None = None,
        depth: int = 2,
        reserve: int = 0,
        retake: bool = False,
    ) -> Iterator[Any]:
        """``fn(item, *args)`` for every item, in order; at most a bounded number of items in flight.

        On a local cluster this process is one of the workers: the cluster has one process fewer
        (``--workers 2``: this one and one worker process), and whenever the cluster's workers have
        all the work they can queue, the next item is run here. The process that would otherwise
        wait for results works instead, and one process fewer starts, imports the extractor and
        keeps a connection to the scheduler (2,490 articles on two cores: the build's processes
        used 31 CPU-seconds with two worker processes, 27 with this one and one worker process, 19
        with one process alone). Side jobs (:meth:`later`) go to the cluster, one at a time per
        worker (see :meth:`_give_out`); those left waiting meanwhile are run here.

        The cluster's queue holds ``depth`` units of work per worker, an item counting ``weight(item)``
        units (1 by default): this process refills it only between the things it runs itself, so
        the queue must outlast the longest of those: an item (batches of 8 to 64 articles: a
        queue of two batches of 8 ran out behind one of 64), or a side job, run here only once the
        queue holds ``reserve`` more units per worker (the check of a part run here, about a
        second, left the worker process idle behind its queue of batches: 2,490 articles on two
        workers, idle 8% of the build). ``retake``: see :meth:`_retake`."""
        if not self.parallel or (count is not None and count <= 1):
            for item in items:
                yield fn(item, *args)
            return
        client = self.client()
        remote = self._remote = max(1, len(client.scheduler_info().get("workers", {})) or self.workers - self.local)
        queued = depth * remote
        weigh = weight or (lambda _: 1)
        # Results kept for order (future or None, result, item): the cluster's queue, and what this
        # process ran meanwhile.
        pending: deque[tuple[Any, Any, Any]] = deque()
        try:
            deep = queued + reserve * remote
            for item in items:
                self._give_out()
                while self._side and not self._room(deep):  # the cluster has work to outlast it
                    self._side.popleft().run()
                    self._give_out()
                if self._room(deep if self._side else queued):
                    pending.append((self._send(fn, item, *args, weight=weigh(item)), None, item))
                else:
                    pending.append((None, fn(item, *args), item))
                while pending and (
                    len(pending) > len(self._queued) + SLACK or pending[0][0] is None or pending[0][0].done()
                ):
                    yield self._take(pending.popleft())
            while pending:
                if retake and self._retake(pending, fn, args):
                    continue
                yield self._take(pending.popleft())
                self._give_out()
        finally:
            for future, _, _ in pending:
                if future is not None:
                    future.cancel()

    def _retake(self, pending: deque[tuple[Any, Any, Any]], fn: Callable[..., Any], args: tuple[Any, ...]) -> bool:
        """Once the items are all given out, while the oldest is still running on the cluster and no
        side job waits, take back the newest item still queued there (the cluster runs its queue in
        order: the newest is the last to start) and run it here; whether one was taken. Without
        this, this process waited at the end of the extraction for the cluster's whole queue. Only
        for a ``fn`` that may run twice (the cluster may have started it meanwhile: its result is
        then dropped)."""
        if not self.local or self._side or pending[0][0] is None or pending[0][0].done():
            return False
        for k in range(len(pending) - 1, 0, -1):
            future, _, item = pending[k]
            if future is not None and not future.done():
                future.cancel()
                self._queued = [(f, w) for f, w in self._queued if f is not future]
                pending[k] = (None, fn(item, *args), item)
                return True
        return False

    def _send(self, fn: Callable[..., Any], *args: Any, weight: int = 0) -> Any:
        """``fn(*args)`` queued on the cluster; its future (counted as queued until done: ``weight``
        units of an item's queue, or a side job's slot when 0)."""
        future = self.submit(fn, *args)
        self._queued.append((future, weight))
        return future

    def _room(self, queued: int) -> bool:
        """Whether the cluster's queue of items has room for one more (always, on an existing
        cluster: this process is none of its workers)."""
        self._queued = [(f, w) for f, w in self._queued if not f.done()]
        return not self.local or sum(w for _, w in self._queued) < queued

    def _side_room(self) -> bool:
        """Whether a worker of the cluster has no side job (always, on an existing cluster)."""
        self._queued = [(f, w) for f, w in self._queued if not f.done()]
        return not self.local or sum(w == 0 for _, w in self._queued) < self._remote

    def _give_out(self, everything: bool = False) -> None:
        """Start the side jobs on the cluster, one at a time per worker (queued behind the items
        there); the others wait, to be run here by :meth:`map` (or, when ``everything``, here now)."""
        while self._side:
            job = self._side[0]
            if job.ran:  # its result was asked for before it was given out
                self._side.popleft()
            elif self._side_room():
                self._side.popleft()
                job.future = self._send(job.fn, *job.args)
            elif everything:
                self._side.popleft()
                job.run()
            else:
                return

    def _take(self, entry: tuple[Any, Any, Any]) -> Any:
        """The result of an item (future, result-if-run-here, item); while it is still running on the
        cluster, this process runs the side jobs given meanwhile instead of waiting."""
        future, result, _ = entry
        if future is None:
            return result
        while not future.done() and self._side:
            self._side.popleft().run()
        return future.result()

    def settle(self) -> None:
        """Give out every side job not given out yet (after the map whose items they followed): to
        the cluster while its queue has room, else run here; the caller then waits for their results."""
        if self._client is None:
            for job in self._side:
                job.run()
            self._side.clear()
            return
        self._give_out(everything=True)

    def later(self, fn: Callable[..., Any], *args: Any) -> Job:
        """A side job: ``fn(*args)``, given out by :meth:`map` ahead of its items, to the cluster if
        its queue has room, else run here; run here at the latest when its result is asked. The
        checks of the parts written while extraction goes on: whichever process is free takes them
        (on the cluster only, the build's process waited for their backlog at the end)."""
        job = Job(fn, args)
        self._side.append(job)
        return job

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` started on the cluster; its future (call only when :attr:`parallel`)."""
        return self.client().submit(fn, *args, pure=False)

    def close(self) -> None:
        """Stop the local cluster (an external cluster keeps running)."""
        if self._starting is not None:  # started but never used: wait for it, to stop it
            with contextlib.suppress(Exception):
                self.client()
        with contextlib.suppress(Exception):
            if self._client is not None:
                self._client.close()
            if self._cluster is not None:
                self._cluster.close()
        self._client = self._cluster = None


#: Results this process may hold beyond the cluster's queue while the oldest item is still running
#: remotely: with room for some, this process keeps running items instead of waiting for that one.
#: 9,960 articles, two workers, idle machine: 48.9 s with 2 (this process waited half the build),
#: 39.2 s with 12, 37.5 s with 30. A result is one batch's extraction (32 articles): 30 are small.
SLACK = 30


#: Dask settings of the local cluster a build starts: the workers' statistical profiler (a thread
#: that samples the running task's stack every 10 ms, for a dashboard no build shows), the
#: event-loop ticks of every process (every 20 ms: each wakes a thread that takes the interpreter
#: from the extraction running beside it), and work stealing (between workers of equal queues).
QUIET_CLUSTER: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.scheduler.work-stealing": False,
}

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
