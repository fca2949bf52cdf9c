"""Pieces of the report's work (its pictures, then its map page) computed in a forked child meanwhile.

The report's pictures and map need only the first analyses (centrality,
connectors, load, robustness, the fragmentation's structure), not the
key-player searches or the document: on a machine with two cores they are
drawn in a child process made with ``fork`` (it shares the analyses' results
without copying or pickling them) as soon as those analyses are ready, while
the parent searches the key players and builds and renders the document.
The child sends each piece when done (the pictures first: the document
needs them before the map). Robust by construction:

- the child only computes values and sends them back through a pipe; every
  file is written by the parent, inside :func:`partnernet.output.together`;
- whatever goes wrong in the child (an error, a crash, a kill), the parent
  computes the missing pieces itself, so errors reach the user exactly as
  without the child (our messages, exit status 2 where due) and in the same order;
- the child is always joined, and terminated first when the parent stops
  early (an error or Ctrl-C in the analyses or the document), so no process is left behind;
- the pieces are the same either way: drawn from the same results with
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
import signal
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
    """The texts the ``works`` return, computed in order in a forked child when :func:`can_fork`, else on
    :meth:`result`.

    The child sends each result as soon as it has it, so the parent can use the first while the child
    still computes the next; a work that fails (or a child that dies) leaves that work and the ones
    after it to the parent.
    """

    def __init__(self, *works: Callable[[], Any]):
        self._works = works
        self._received: list[Any] = []
        self._process: Any = None
        self._reader: Any = None
        if can_fork():
            context = multiprocessing.get_context("fork")
            self._reader, writer = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(works, writer, self._reader), daemon=True)
            self._process.start()
            writer.close()  # the parent's copy: the reader sees EOF when the child ends without sending

    def result(self, index: int = 0) -> object:
        """What ``works[index]`` returns; computed here when there is no child or the child failed in any way."""
        while self._process is not None and len(self._received) <= index:
            try:
                found = self._reader.recv()
            except (EOFError, OSError):
                found = None
            if found is None:  # the child failed: it sends nothing more
                self.close()
            else:
                self._received.append(found[0])
        if len(self._received) == len(self._works):
            self.close()
        return self._received[index] if index < len(self._received) else self._works[index]()

    def close(self) -> None:
        """Stop the child (when it still runs) and wait for it."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.is_alive() and process.exitcode is None:
            process.terminate()
        process.join()
        self._reader.close()


_forked = False  # True in the child of :class:`Pending`


def in_child() -> bool:
    """Whether this process is the forked child of a :class:`Pending` (a work may then release what only
    the parent needs: the child's memory counts as much as the parent's)."""
    return _forked


def _child(works, writer, reader) -> None:
    """Run the ``works`` in order and send each result (in a 1-tuple, so a result may be None); on an error
    send None and stop (the parent then does that work and the rest itself).

    The child closes its copy of the pipe's reading end, so that when the parent is gone (killed alone) a
    send fails at once instead of waiting for a reader for ever, and the child ends; it ignores Ctrl-C,
    which reaches the whole process group: the parent stops it (:meth:`Pending.close`) and says why."""
    global _forked
    _forked = True
    reader.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for work in works:
        try:
            found = (work(),)
        except BaseException:  # noqa: BLE001 - the parent repeats the work and reports the error itself
            found = None
        try:
            writer.send(found)
        except OSError:  # the parent is gone (a broken pipe): nobody waits for the rest
            return
        if found is None:
            break
    writer.close()


@contextlib.contextmanager
def pending(*works: Callable[[], Any] | None) -> Iterator[Pending | None]:
    """:class:`Pending` of the ``works`` (None when the only work is None), its child stopped and joined when
    the block ends."""
    if not works or works == (None,):
        yield None
        return
    job = Pending(*works)  # type: ignore[arg-type]
    try:
        yield job
    finally:
        job.close()


from .._public import public_dir

__all__ = ["WORKERS_VARIABLE", "can_fork", "Pending", "pending", "in_child"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
