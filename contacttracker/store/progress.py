"""The one progress and cancel protocol of long work (imports, exports, the demo, copies).

Long work takes a `Progress`: it is called now and then with what is done and how much
there is in all (0 while that is not known), and returns False to stop. The work then
raises `Cancelled`; as every long write runs in one transaction, nothing is kept. The
window's side (a dialog with a Cancel button) is ui/tasks.py; the command line passes none
or one that prints.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user stopped a long export or import; nothing was written."""


def advance(progress: Progress | None, done: int, total: int = 0) -> None:
    """Tell `progress` how far the work is; raises Cancelled when it says stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled


def part_of(progress: Progress | None, before: int, total: int) -> Progress | None:
    """The progress of one part of longer work: `before` done ahead of it, `total` in all."""
    if progress is None:
        return None
    return lambda done, _part: progress(before + done, total)
