"""Files readable by their owner only; unexpected errors shown, logged, the log rotating."""

import logging
import stat

from contacttracker.io.export import export
from contacttracker.io.mail import write_eml
from contacttracker.store import backup, resolve


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_database_backups_exports_and_drafts_are_private(tmp_path, client_factory, db_path):
    client_factory()
    assert mode(db_path) == 0o600
    copy = backup.backup(resolve(str(db_path)))
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
    export("clients", tmp_path / "clients.csv")
    assert mode(tmp_path / "clients.csv") == 0o600
    draft = write_eml(tmp_path / "d.eml", ["o@example.com"], "Підсумки", "Текст")
    assert mode(draft) == 0o600
    fresh = tmp_path / "new" / "place" / "c.db"
    from contacttracker.store import close, open_database

    close()
    open_database(str(fresh))
    close()
    assert mode(fresh) == 0o600 and mode(fresh.parent) == 0o700


def test_an_unexpected_error_is_shown_logged_and_the_log_rotates(
    qtbot, scripted, tmp_path, monkeypatch
):
    from contacttracker.ui import app as app_module

    monkeypatch.setattr(app_module, "log_path", lambda: tmp_path / "logs" / "contacttracker.log")
    logger = logging.getLogger("contacttracker")
    handlers = list(logger.handlers)
    try:
        app_module.setup_logging()
        handler = next(h for h in logger.handlers if h not in handlers)
        try:
            raise RuntimeError("kaboom")
        except RuntimeError as exc:
            app_module.excepthook(type(exc), exc, exc.__traceback__)
        kind, _title, text = scripted.messages[-1]
        assert kind == "error" and "kaboom" in text and "contacttracker.log" in text
        handler.flush()
        assert "RuntimeError: kaboom" in (tmp_path / "logs" / "contacttracker.log").read_text()
        assert handler.maxBytes > 0 and handler.backupCount >= 1
        handler.maxBytes = 200
        for i in range(20):
            logger.error("line %d", i)
        assert (tmp_path / "logs" / "contacttracker.log.1").exists(), "the log rotated"
    finally:
        for h in list(logger.handlers):
            if h not in handlers:
                logger.removeHandler(h)
                h.close()
