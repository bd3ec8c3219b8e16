"""Where the app's own files are: shipped resources and the user's copies that override them."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "contacttracker"
#: The reverse-DNS id of the .desktop file, the AppStream metainfo and the Flatpak.
APP_ID = "io.github.contacttracker.ContactTracker"


def resources_dir() -> Path:
    """Shipped resources: inside the installed package, or the source tree's resources/."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing from this installation")


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def template_folders() -> list[Path]:
    """User copies first (config dir/templates), then the shipped templates."""
    return [config_dir() / "templates", resources_dir() / "templates"]
