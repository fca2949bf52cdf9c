"""Standard output that a closed pipe (``partnernet validate X | head -1``) does not stop.

A reader that leaves early must not decide how a command ends: with the pipe closed, the command runs on,
writes the rest into nothing, and exits with the status it decides itself (2 for an unusable landscape),
not with 0 for the lost output nor a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys


class QuietPipe:
    """``stream`` (sys.stdout) whose writes after the reader left are dropped: at the first
    :class:`BrokenPipeError` its file descriptor is pointed at ``os.devnull``, so Python's own flush at exit
    stays quiet too. Every other attribute is the stream's."""

    def __init__(self, stream):
        self._stream = stream
        self.broken = False

    def write(self, text):
        if not self.broken:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._leave()
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._leave()

    def _leave(self) -> None:
        self.broken = True
        with contextlib.suppress(AttributeError, OSError, ValueError):  # a stream without a descriptor (tests)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self._stream.fileno())
            os.close(null)

    def __getattr__(self, name):
        return getattr(self._stream, name)


@contextlib.contextmanager
def quiet_pipe():
    """sys.stdout as a :class:`QuietPipe` while the block runs (a command), flushed and restored after it."""
    stream = sys.stdout
    sys.stdout = quiet = QuietPipe(stream)
    try:
        yield quiet
    finally:
        quiet.flush()
        sys.stdout = stream


from .._public import public_dir

__all__ = ["QuietPipe", "quiet_pipe"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here
