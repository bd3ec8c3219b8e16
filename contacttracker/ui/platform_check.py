"""Whether the window's X11 platform plugin can load, said in words before Qt tries.

Qt's xcb plugin needs a row of small X libraries that a fresh Debian or Ubuntu desktop
often lacks (libxcb-cursor0 above all, which Qt loads only at start and then aborts
with a message about plugins). Loading the plugin's own library here tells which one is
missing, so the app can name the package to install instead. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

# The library a missing file belongs to, as (Debian/Ubuntu, Fedora, Arch) package names.
PACKAGES: dict[str, tuple[str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
    ),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
}
# Loaded by Qt itself at start rather than linked, so the plugin loads without it.
LOADED_AT_START = ("libxcb-cursor.so.0",)
_MISSING = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")


def uses_xcb(env: dict[str, str] | None = None) -> bool:
    """Whether Qt will pick the X11 plugin: asked for by name, or no Wayland session."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY") and bool(env.get("DISPLAY"))


def missing_libraries(plugin: Path | None = None) -> list[str]:
    """The X libraries the xcb plugin needs and cannot find, as file names."""
    plugin = plugin or _xcb_plugin()
    if plugin is None or not plugin.exists():
        return []
    missing = [name for name in LOADED_AT_START if not _loadable(name)]
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        # The loader names the first library it missed; the others are asked for by name.
        found = _MISSING.search(str(exc))
        named = [found.group(1)] if found else []
        missing += [m for m in (*named, *PACKAGES) if not _loadable(m)]
    return list(dict.fromkeys(missing))


def advice(missing: list[str]) -> str:
    """What to install, for the three families of Linux desktops."""
    debian = sorted({PACKAGES.get(m, (m, m, m))[0] for m in missing})
    fedora = sorted({PACKAGES.get(m, (m, m, m))[1] for m in missing})
    arch = sorted({PACKAGES.get(m, (m, m, m))[2] for m in missing})
    return (
        "The window cannot start: the X11 libraries it needs are missing "
        f"({', '.join(missing)}). Install them, then start contacttracker again:\n"
        f"  Debian, Ubuntu: sudo apt install {' '.join(debian)}\n"
        f"  Fedora:         sudo dnf install {' '.join(fedora)}\n"
        f"  Arch:           sudo pacman -S {' '.join(arch)}"
    )


def _xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True
