"""The window's side of the mailbox sync: when it runs, and what the status bar says.

Sync runs off the GUI thread (tasks.background) a moment after start, every N minutes (the
person's setting, default 5), and on Sync now (F5 syncs and refreshes). One sync at a time;
a request while one runs starts another right after. The status bar says when mail was
last synced and what came in. A server that cannot be reached is said once, and tried
again after 1, 2, 4 … minutes (never later than the usual interval); a refused password is
asked again; a password the person would not give pauses that account until Sync now.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from contacttracker.ui import dialogs, tasks
from contacttracker.ui.bus import bus
from contacttracker.ui.text import localized, translate

log = logging.getLogger("contacttracker")

#: How long after the window appears the first sync starts (start-up stays quick).
START_DELAY_MS = 1500
#: Kinds of failure that mean "the server cannot be reached now": tried again later.
UNREACHABLE = frozenset({"host", "refused", "timeout", "lost"})


@dataclass
class _Outcome:
    """One account's sync: its report, or what failed."""

    name: str
    stored: int = 0
    error: BaseException | None = None


class MailSync(QObject):
    """Owned by the main window; `sync_now()` is Sync now, `label` sits in the status bar."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(translate("MailSync", "Mail sync"))
        window.statusBar().addPermanentWidget(self.label)
        self.running = False
        self._again = False
        self._failures = 0  # syncs in a row that could not reach a server
        self._said_unreachable = False
        self._paused: set[str] = set()  # accounts whose password the person did not give
        self._passwords: dict[str, str] = {}  # typed in this session, for this window only
        self.last_synced: datetime | None = None
        self.last_stored = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sync(manual=False))
        if self._accounts():
            self.timer.start(START_DELAY_MS)

    # -- when ------------------------------------------------------------------------------
    @staticmethod
    def _accounts():
        from contacttracker.store import mail_accounts

        return mail_accounts.accounts()

    @staticmethod
    def interval_minutes() -> int:
        from contacttracker.store import mail_accounts

        return mail_accounts.sync_minutes()

    def _schedule(self) -> None:
        minutes = self.interval_minutes()
        if self._failures:  # backoff: 1, 2, 4 … minutes, never later than the interval
            minutes = min(minutes, 2 ** (self._failures - 1))
        self.timer.start(max(1, minutes) * 60_000)

    def accounts_changed(self) -> None:
        """After Settings: a new account (or interval) takes effect now, not at next start."""
        if not self.running and self._accounts():
            self.timer.start(START_DELAY_MS)

    def sync_now(self, quiet: bool = False) -> None:
        """Sync now (and, quietly, F5): every account, paused ones too."""
        self._paused.clear()
        if not self._accounts():
            if not quiet:
                self.label.setText(
                    translate("MailSync", "No mail account: add one in Settings → E-mail accounts.")
                )
            return
        self.sync(manual=True)

    # -- the sync --------------------------------------------------------------------------
    def sync(self, manual: bool = False) -> None:
        if self.running:
            self._again = True
            return
        accounts = [a for a in self._accounts() if manual or a.name not in self._paused]
        if not accounts:
            self._schedule()
            return
        wanted = []
        for acc in accounts:
            password = self._password(acc)
            if password is None:
                self._paused.add(acc.name)
                continue
            wanted.append((acc, password))
        if not wanted:
            self._schedule()
            return
        self.running = True
        self.timer.stop()
        self.label.setText(translate("MailSync", "Syncing mail…"))
        tasks.background(self.window, lambda: _sync_all(wanted), self._done)

    def _password(self, acc) -> str | None:
        from contacttracker.store import mail_accounts

        return (
            self._passwords.get(acc.key)
            or mail_accounts.saved_password(acc)
            or self._ask(acc, refused=False)
        )

    def _ask(self, acc, refused: bool) -> str | None:
        text = (
            translate("MailSync", "The server refused the password for %1 at %2. Type it again:")
            if refused
            else translate("MailSync", "Password for %1 at %2:")
        )
        typed = dialogs.password(
            self.window,
            translate("MailSync", "Mail account %1").replace("%1", acc.name),
            text.replace("%1", acc.login).replace("%2", acc.imap.host),
        )
        if typed:
            from contacttracker.store import mail_accounts

            self._passwords[acc.key] = typed
            mail_accounts.save_password(acc, typed)
        return typed or None

    def _done(self, outcomes: list[_Outcome] | None, exc: BaseException | None) -> None:
        self.running = False
        if exc is not None:  # the database failed under the sync: said, tried again later
            log.warning("mail sync failed: %s", exc)
            self.label.setText(
                translate("MailSync", "Mail not synced: %1").replace("%1", localized(exc))
            )
            self._schedule()
            return
        from contacttracker.io.imap import MailError

        stored = sum(o.stored for o in outcomes or [])
        problems: list[str] = []
        unreachable = []
        retry_now = False
        for outcome in outcomes or []:
            error = outcome.error
            if error is None:
                continue
            if isinstance(error, MailError) and error.kind in UNREACHABLE:
                unreachable.append((outcome, error))
            elif isinstance(error, MailError) and error.kind == "login":
                acc = next((a for a in self._accounts() if a.name == outcome.name), None)
                self._passwords.pop(acc.key if acc else "", None)
                if acc is not None and self._ask(acc, refused=True):
                    retry_now = True
                else:
                    self._paused.add(outcome.name)
                    problems.append(f"{outcome.name}: {localized(error)}")
            else:
                problems.append(f"{outcome.name}: {localized(error)}")
        self.last_synced = datetime.now().astimezone()
        self.last_stored = stored
        if unreachable:
            self._failures += 1
            if not self._said_unreachable:
                self._said_unreachable = True
                names = ", ".join(localized(e) for _o, e in unreachable)
                self.window.statusBar().showMessage(
                    translate(
                        "MailSync", "The mail server cannot be reached (%1); trying again later."
                    ).replace("%1", names),
                    15_000,
                )
        else:
            if self._said_unreachable:
                self.window.statusBar().showMessage(
                    translate("MailSync", "The mail server answers again."), 8000
                )
            self._failures = 0
            self._said_unreachable = False
        self.label.setText(self.describe(problems, bool(unreachable)))
        if stored:
            bus.changed.emit()
        if retry_now or self._again:
            self._again = False
            self.sync(manual=retry_now)
            return
        self._schedule()

    def retranslate(self) -> None:
        self.label.setAccessibleName(translate("MailSync", "Mail sync"))
        if self.last_synced is not None and not self.running:
            self.label.setText(self.describe([], bool(self._failures)))

    def describe(self, problems: list[str], unreachable: bool) -> str:
        """When mail was synced and what came in (three new e-mails), and what went wrong."""
        at = self.last_synced.strftime("%H:%M") if self.last_synced else ""
        count = self.last_stored
        if count:
            came = translate("MailSync", "%n new e-mail(s) with clients", None, count)
        else:
            came = translate("MailSync", "nothing new with clients")
        words = translate("MailSync", "Mail synced at %1: %2").replace("%1", at).replace("%2", came)
        if unreachable:
            words = translate(
                "MailSync", "Mail server not reachable at %1; trying again later"
            ).replace("%1", at)
        return "; ".join([words, *problems])


def _sync_all(wanted) -> list[_Outcome]:
    """In the worker thread: each account in turn, one's failure never stopping another."""
    from contacttracker.io.imap import MailError
    from contacttracker.io.mail_sync import sync_account

    outcomes = []
    for acc, password in wanted:
        try:
            report = sync_account(acc, password)
        except MailError as exc:
            stored = getattr(getattr(exc, "report", None), "stored", 0)
            outcomes.append(_Outcome(acc.name, stored, exc))
        else:
            outcomes.append(_Outcome(acc.name, report.stored))
    return outcomes
