"""A command run with its standard error on a pseudo-terminal, as a person at a terminal
sees it (progress lines show only there)."""

from __future__ import annotations

import os
import subprocess


def on_a_terminal(command: list[str], timeout: float = 300) -> tuple[int, str]:
    """The command's status and everything it wrote to the terminal (POSIX only)."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return proc.wait(timeout=timeout), shown.decode("utf-8", "replace")
