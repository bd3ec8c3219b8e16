"""Installing like a desktop app: the wheel, the one-folder bundle, the Linux desktop files.

The wheel and the bundle are built here from the repository and run from a folder of their
own, with a bare environment, so nothing of the source tree can help them."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from contacttracker import __version__
from contacttracker.paths import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No PYTHONPATH, no virtualenv, a home of its own: what a user's desktop would give."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 300) -> str:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    uv = shutil.which("uv")
    assert uv, "the tests run under uv (uv run pytest)"
    run([uv, "build", "--wheel", "--out-dir", str(out)], ROOT, dict(os.environ), timeout=600)
    (built,) = out.glob("contacttracker-*.whl")
    return built


def test_the_wheel_installs_and_finds_its_resources(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    run(
        [shutil.which("uv"), "pip", "install", "--python", str(python), "--no-deps", str(wheel)],
        tmp_path,
        dict(os.environ),
    )
    # The libraries come from the project's environment; its editable link to the source tree
    # is not read (a path from a .pth file is not a site folder).
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    (site / "libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    home = tmp_path / "home"
    home.mkdir()
    env = bare_env(home, QT_QPA_PLATFORM="offscreen")
    probe = (
        "import contacttracker, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from contacttracker.paths import resources_dir\n"
        "from contacttracker.ui import i18n\n"
        "app = QCoreApplication([])\n"
        "print(Path(contacttracker.__file__).parent)\n"
        "print(resources_dir())\n"
        "print(i18n.install('uk'))\n"
        "print(QCoreApplication.translate('MainWindow', '&File'))\n"
        "print(sorted(p.name for p in (resources_dir() / 'templates').iterdir()))\n"
    )
    lines = run([str(python), "-c", probe], tmp_path, env).splitlines()
    package, resources = Path(lines[0]), Path(lines[1])
    assert package.is_relative_to(venv) and not package.is_relative_to(ROOT)
    assert resources == package / "resources"
    assert lines[2:4] == ["uk", "&Файл"]
    langs = ("en", "ru", "uk")
    purposes = ("check_in", "confirm", "escalate", "follow_up", "reply")
    templates = [f"summary_{lang}.txt" for lang in langs]
    templates += [f"nudge_{purpose}_{lang}.txt" for purpose in purposes for lang in langs]
    assert lines[4] == str(sorted(templates))
    assert (resources / "icons" / "contacttracker-256.png").is_file()
    db = tmp_path / "wheel.db"
    run([str(venv / "bin" / "contacttracker"), "--db", str(db), "demo"], tmp_path, env)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM client").fetchone()[0] == 40


@pytest.mark.slow  # PyInstaller builds the whole bundle: minutes
def test_the_bundle_starts_without_a_checkout(tmp_path):
    """Build the one-folder bundle with the documented command, move it away from the
    repository and start it offscreen: it opens a database and draws every view in Ukrainian."""
    build = tmp_path / "build"
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "packaging" / "contacttracker.spec"),
            "--noconfirm",
            "--distpath",
            str(build / "dist"),
            "--workpath",
            str(build / "work"),
        ],
        ROOT,
        dict(os.environ),
        timeout=900,
    )
    elsewhere = tmp_path / "installed" / "contacttracker"
    shutil.copytree(build / "dist" / "contacttracker", elsewhere, symlinks=True)
    shutil.rmtree(build)
    home = tmp_path / "home"
    home.mkdir()
    env = bare_env(home, QT_QPA_PLATFORM="offscreen")
    app = str(elsewhere / "contacttracker")
    db = tmp_path / "bundle.db"
    run([app, "--db", str(db), "demo", "--clients", "6", "--conversations", "40"], home, env)
    shots = tmp_path / "shots"
    out = run([app, "--db", str(db), "screenshot", "--out", str(shots), "--lang", "uk"], home, env)
    drawn = sorted(Path(line).name for line in out.split())
    assert {"attention.png", "client.png", "insights.png", "summary-email.png"} <= set(drawn)
    assert all((shots / name).stat().st_size > 10_000 for name in drawn)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM client").fetchone()[0] == 6
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "contacttracker" in run([app, "--version"], home, env)


def test_the_desktop_file_and_the_metainfo_agree():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "contacttracker"
    assert {"Comment[uk]", "Comment[ru]"} <= set(entry)

    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__
    assert root.find("content_rating") is not None
    shots = [img.text for img in root.iter("image")]
    assert shots, "software centres want screenshots"
    for url in shots:
        local = ROOT / "resources" / "screenshots" / url.split("/resources/screenshots/")[1]
        assert local.is_file(), url
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / f"contacttracker-{size}.png").is_file()
    for made in ("contacttracker.ico", "contacttracker.icns", "contacttracker.svg"):
        assert (ROOT / "resources" / "icons" / made).stat().st_size > 500
