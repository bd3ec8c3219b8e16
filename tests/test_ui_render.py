"""Rendering: screenshots of every main view, and highlighting that never trusts user text."""

import os
import subprocess
import sys

from contacttracker.store.search import MARK_END, MARK_START
from contacttracker.ui.search_page import highlighted_html


def test_highlight_escapes_everything_but_the_marks():
    snippet = f"<img src=x> {MARK_START}макет{MARK_END} & <b>"
    html = highlighted_html(snippet)
    assert html == "&lt;img src=x&gt; <b><u>макет</u></b> &amp; &lt;b&gt;"


def test_screenshot_command_renders_every_view(tmp_path, qapp):
    from PySide6.QtGui import QImage

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "contacttracker",
            "--db",
            str(tmp_path / "s.db"),
            "screenshot",
            "--out",
            str(tmp_path / "shots"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    names = {p.name for p in (tmp_path / "shots").glob("*.png")}
    for view in (
        "attention",
        "attention-summary",
        "client",
        "search",
        "log-dialog",
        "client-dialog",
        "settings",
        "dark-attention",
        "dark-client",
    ):
        assert f"{view}.png" in names
    image = QImage(str(tmp_path / "shots" / "attention.png"))
    assert (image.width(), image.height()) == (1280, 800)
    # a rendered page, not a blank one: many distinct colours
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8
