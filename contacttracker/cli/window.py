"""The window, and its views rendered to PNG without one."""

from __future__ import annotations

import sys
from pathlib import Path

from contacttracker.cli.common import Failure


def register(sub) -> None:
    shot = sub.add_parser("screenshot", help="render the main views to PNG files")
    shot.add_argument("--out", required=True)
    shot.add_argument("--lang", choices=("uk", "ru", "en"), dest="shot_lang")
    shot.add_argument(
        "--size", type=window_size, default=None, metavar="WxH", help="window size, e.g. 1024x640"
    )
    shot.set_defaults(func=cmd_screenshot)


def window_size(value: str) -> tuple[int, int]:
    """ "1024x640" as (1024, 640); anything else is a usage error in words."""
    import argparse

    width, sep, height = value.lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and int(width) >= 320 and int(height) >= 240:
        return int(width), int(height)
    raise argparse.ArgumentTypeError(f"not a window size (WIDTHxHEIGHT, e.g. 1024x640): {value}")


def cmd_screenshot(args) -> int:
    from contacttracker.store import DatabaseError
    from contacttracker.ui.screenshot import render

    try:
        written = render(
            Path(args.out), args.db, lang=args.shot_lang or args.lang or "en", size=args.size
        )
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc
    for path in written:
        print(path)
    return 0


def open_window(args) -> int:
    from contacttracker.store import team

    team.load_driver_early(args.db)
    try:
        from contacttracker.ui.app import run
    except ImportError:
        print("contacttracker: the window is not available in this build", file=sys.stderr)
        return 1
    return run(args)
