"""One piece of the report's work (its map page) computed in a forked child while the document is built.

The report's map and its document need the same analyses but not each
other: on a machine with two cores the map page is drawn in a child process
made with ``fork`` (it shares the analyses' results without copying or
pickling them) while the parent builds and renders the document. Robust by
construction:

- the child only computes text and sends it back through a pipe; every file
  is written by the parent, inside :func:`partnernet.output.together`;
- whatever goes wrong in the child (an error, a crash, a kill), the parent
  computes the page itself, so errors reach the user exactly as without the
  child (our messages, exit status 2 where due) and in the same order;
- the child is always joined, and terminated first when the parent stops
  early (an error or Ctrl-C in the document), so no process is left behind;
- the page is the same either way: it is drawn from the same results with
  fixed seeds (tests/test_report_background.py compares the two).

Forking is used only where it is safe and cheap: a platform with ``fork``
and a process with a single Python thread (a thread holding a lock at the
fork, e.g. in a notebook kernel, could deadlock the child); elsewhere, and
with ``PARTNERNET_WORKERS=1``, the work runs in the caller when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
import contextlib
import multiprocessing
import os
import threading
from typing import Any

#: ``PARTNERNET_WORKERS=1`` turns the child off (the same output, one process).
WORKERS_VARIABLE = "PARTNERNET_WORKERS"


def can_fork() -> bool:
    """Whether a forked child may do the work: fork exists, it is not turned off and this process has one thread."""
    if os.environ.get(WORKERS_VARIABLE, "").strip() == "1":
        return False
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


class Pending:
    """The text ``work()`` returns, computed in a forked child when :func:`can_fork`, else on :meth:`result`."""

    def __init__(self, work: Callable[[], str]):
        self._work = work
        self._process: Any = None
        self._reader: Any = None
        if can_fork():
            context = multiprocessing.get_context("fork")
            self._reader, writer = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(work, writer), daemon=True)
            self._process.start()
            writer.close()  # the parent's copy: the reader sees EOF when the child ends without sending

    def result(self) -> str:
        """The text; computed here when there is no child or the child failed in any way."""
        if self._process is None:
            return self._work()
        try:
            found = self._reader.recv()
        except (EOFError, OSError):
            found = None
        self.close()
        return self._work() if found is None else found

    def close(self) -> None:
        """Stop the child (when it still runs) and wait for it."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.is_alive() and process.exitcode is None:
            process.terminate()
        process.join()
        self._reader.close()


def _child(work: Callable[[], str], writer) -> None:
    """Run ``work`` and send its text; on any error send None (the parent then does the work itself)."""
    try:
        text = work()
    except BaseException:  # noqa: BLE001 - the parent repeats the work and reports the error itself
        text = None
    writer.send(text)
    writer.close()


@contextlib.contextmanager
def pending(work: Callable[[], str] | None) -> Iterator[Pending | None]:
    """:class:`Pending` of ``work`` (None for None), its child stopped and joined when the block ends."""
    if work is None:
        yield None
        return
    job = Pending(work)
    try:
        yield job
    finally:
        job.close()
