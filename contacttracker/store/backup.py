"""Backups with SQLite's online backup API (never a raw file copy) and restore from them."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import APPLICATION_ID, Location, db
from contacttracker.store.schema import (
    BACKUP_NAME,
    CURRENT_VERSION,
    backup_copy,
    backup_keys,
    migrate,
)
from contacttracker.store.snapshot import (
    SnapshotFailed,
    finished,
    sync_folder,
    write_copy,
    written_beside,
)

KEEP = 20


def backup_dir(location: Location) -> Path:
    assert location.path is not None
    return location.path.parent / "backups"


def _check(path: Path) -> None:
    """Refuse a file that is not a sound contacttracker database this version can read."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("Backup", "{path}: cannot be opened ({exc})").format(
                path=path, exc=exc
            )
        ) from exc
    try:
        if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise ValueError(
                QT_TRANSLATE_NOOP("Backup", "{path}: not a contacttracker database").format(
                    path=path
                )
            )
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise ValueError(
                QT_TRANSLATE_NOOP("Backup", "{path}: the copy is damaged ({result})").format(
                    path=path, result=result
                )
            )
        version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        if version > CURRENT_VERSION:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Backup", "{path}: made by a newer contacttracker (schema {version})"
                ).format(path=path, version=version)
            )
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc):  # a page of it cannot be read: damaged, not foreign
            raise ValueError(
                QT_TRANSLATE_NOOP("Backup", "{path}: the copy is damaged ({result})").format(
                    path=path, result=exc
                )
            ) from exc
        raise ValueError(
            QT_TRANSLATE_NOOP("Backup", "{path}: not a contacttracker database ({exc})").format(
                path=path, exc=exc
            )
        ) from exc
    finally:
        con.close()


def owned(
    folder: Path, key: str | tuple[str, ...] | None, automatic: bool | None = None
) -> list[Path]:
    """The backups in ``folder`` of the database named ``key`` (backup_keys; None: of any),
    automatic ones, the others, or all: never another database's whose name starts alike
    (work-old.db beside work.db), never a file that is no backup."""
    keys = (key,) if isinstance(key, str) else key
    found = []
    for path in folder.glob("*.db"):
        match = BACKUP_NAME.fullmatch(path.name)
        if match is None or (keys is not None and match["key"] not in keys):
            continue
        if automatic is None or (match["label"] == "auto") == automatic:
            found.append(path)
    return found


def rotate(folder: Path, keep: int = KEEP, key: str | tuple[str, ...] | None = None) -> None:
    """Keep the newest ``keep`` hand-made and pre-migration backups of a database."""
    copies = sorted(
        owned(folder, key, automatic=False), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in copies[keep:]:
        old.unlink(missing_ok=True)


def rotate_automatic(
    folder: Path,
    now: datetime,
    days: int = 7,
    weeks: int = 5,
    key: str | tuple[str, ...] | None = None,
) -> list[Path]:
    """A database's automatic backups: the newest of each of the last ``days`` days and of
    each of the last ``weeks`` weeks stay; every other one goes. Returns what was kept."""
    autos = sorted(
        owned(folder, key, automatic=True), key=lambda p: p.stat().st_mtime, reverse=True
    )
    keep: dict[tuple, Path] = {}
    for path in autos:
        taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        age = (now - taken).days
        if age < days:
            keep.setdefault(("day", taken.date()), path)
        if age < weeks * 7:
            keep.setdefault(("week", taken.isocalendar()[:2]), path)
    kept = set(keep.values())
    for path in autos:
        if path not in kept:
            path.unlink(missing_ok=True)
    return sorted(kept, key=lambda p: p.stat().st_mtime, reverse=True)


def auto_backup(location: Location, now: datetime, every_hours: float = 20) -> Path | None:
    """Once a day: a checked copy made with the online backup API, then the rotation."""
    if location.path is None:
        return None
    folder = backup_dir(location)
    key = backup_keys(location.path)
    autos = sorted(owned(folder, key, automatic=True), key=lambda p: p.stat().st_mtime)
    if autos:
        last = datetime.fromtimestamp(autos[-1].stat().st_mtime, UTC)
        if (now - last).total_seconds() < every_hours * 3600:
            return None
    target = backup_copy(db.obj, folder, "auto", _check)
    rotate_automatic(folder, now, key=key)
    return target


def backup(location: Location, out: Path | None = None) -> Path:
    """A checked copy of the open database; into the backups folder unless ``out`` is given."""
    if location.path is None:
        raise ValueError(
            QT_TRANSLATE_NOOP("Backup", "backups of a shared database are the server's job")
        )
    if out is None:
        target = backup_copy(db.obj, backup_dir(location), "manual", _check)
        rotate(backup_dir(location), key=backup_keys(location.path))
    else:
        if out.is_symlink():  # written through, as exports are: the link stays a link
            out = Path(os.path.realpath(out))
        if out.exists():
            raise ValueError(
                QT_TRANSLATE_NOOP("Backup", "{out}: already exists; choose a new file name").format(
                    out=out
                )
            )
        target = write_copy(db.connection(), out, _check)
    return target


def backups_of(location: Location) -> list[Path]:
    """This database's backups, newest first."""
    if location.path is None:
        return []
    folder = backup_dir(location)
    found = [p for p in owned(folder, backup_keys(location.path)) if p.is_file() and finished(p)]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def replace_with(location: Location, source: Path) -> Path:
    """Put a backup in place of a file that cannot be opened; the old file is kept aside.

    The backup is written whole beside it first: should the disk be full, the old file
    stays where it was rather than leaving an empty database under its name."""
    assert location.path is not None
    _check(source)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:  # checked above: the copy needs no second integrity check
        part = written_beside(src, location.path, check=lambda _copy: None)
    except SnapshotFailed as exc:
        raise SnapshotFailed(
            QT_TRANSLATE_NOOP(
                "Backup", "{path}: the backup could not be written ({exc}); nothing was changed"
            ).format(path=location.path, exc=exc.__cause__ or exc)
        ) from exc
    finally:
        src.close()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    aside = location.path.with_name(f"{location.path.name}.unreadable-{stamp}")
    if location.path.exists():
        location.path.rename(aside)
    for suffix in ("-wal", "-shm"):
        extra = location.path.with_name(location.path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    os.replace(part, location.path)
    sync_folder(location.path.parent)
    return aside


def check_backup(location: Location, source: Path) -> None:
    """Refuse, before anything is opened or written, a restore that cannot be done."""
    if location.path is None:
        raise ValueError(
            QT_TRANSLATE_NOOP("Backup", "restoring a shared database is the server's job")
        )
    if not source.is_file():
        raise ValueError(
            QT_TRANSLATE_NOOP("Backup", "{source}: no such file").format(source=source)
        )
    _check(source)


def restore(location: Location, source: Path) -> Path:
    """Replace the open database's content with a backup; the current state is backed up first."""
    check_backup(location, source)
    try:
        safety = backup_copy(db.obj, backup_dir(location), "before-restore")
    except SnapshotFailed as exc:
        if not exc.damaged:  # no room for the copy (or a failing disk): nothing is touched
            raise SnapshotFailed(
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "not restored: a restore first keeps a copy of the database as it is, and {reason}",
                ).format(reason=exc)
            ) from exc
        # Too damaged to be copied page by page: the file is set aside whole instead (never
        # deleted) and the backup put in its place, as the window does when opening fails.
        db.obj.close()
        try:
            safety = replace_with(location, source)
        finally:
            db.obj.connect(reuse_if_open=True)
    else:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            src.backup(db.connection())
        finally:
            src.close()
    migrate(db.obj, backup_dir=backup_dir(location))
    return safety
