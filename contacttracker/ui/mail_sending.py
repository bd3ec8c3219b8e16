"""Sending a letter from a dialog through the person's account: one flow for the summary
e-mail and for a nudge by e-mail.

Off the GUI thread; the password from the keyring or asked (and kept once the server took
it); a refused password asked again; a certificate no authority vouches for shown with a
choice to trust it; every other failure in words. The letter on its way (an
io.summary_mail.Delivery) is kept between attempts, so a retry finishes what was left and
never hands the letter to the server a second time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from contacttracker.store import mail_accounts
from contacttracker.ui import dialogs
from contacttracker.ui.errors import STORE_ERRORS, describe
from contacttracker.ui.text import localized, translate


def may_discard(parent: QWidget) -> bool:
    """Whether a letter changed and neither sent nor saved may be thrown away: the one
    question both letter dialogs ask before closing."""
    return dialogs.question(
        parent,
        translate("MailSending", "Discard this e-mail?"),
        translate(
            "MailSending", "Your changes to the e-mail are not saved anywhere. Close and lose them?"
        ),
    )


class SendFlow(QObject):
    """Owned by a dialog; `send()` from its Send button (and Ctrl+Enter)."""

    def __init__(
        self,
        dialog: QWidget,
        button: QPushButton,
        status: QLabel,
        make_job: Callable,  # (account) -> Delivery: the letter as the dialog shows it now
        sent: Callable,  # (Delivery) -> None: the server took it and it is recorded
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.button, self.status = dialog, button, status
        self.make_job, self.sent = make_job, sent
        self.job = None  # the letter on its way: a retry continues it, never sends twice
        self.sending = False

    def send(self) -> None:
        if self.sending:
            return
        from contacttracker.io.summary_mail import sending_account

        acc = sending_account()
        if acc is None:
            return
        if self.job is None or not self.job.accepted:  # what the dialog shows now
            self.job = self.make_job(acc)
        password = mail_accounts.saved_password(acc) or self._ask_password(acc, first=True)
        if password is None:
            return
        self._deliver(acc, password, asked=not mail_accounts.saved_password(acc))

    def _ask_password(self, acc, first: bool = False) -> str | None:
        text = (
            translate("MailSending", "Password for %1 at %2:")
            if first
            else translate(
                "MailSending", "The server refused the password for %1 at %2. Type it again:"
            )
        )
        return dialogs.password(
            self.dialog,
            translate("MailSending", "Send"),
            text.replace("%1", acc.login).replace("%2", acc.smtp.host if acc.smtp else ""),
        )

    def _deliver(self, acc, password: str, asked: bool) -> None:
        from contacttracker.io.summary_mail import deliver
        from contacttracker.ui import tasks

        job = self.job
        self.sending = True
        self.button.setEnabled(False)
        self.status.setText(translate("MailSending", "Sending…"))

        def done(_result, exc: BaseException | None) -> None:
            self.sending = False
            self.button.setEnabled(True)
            if exc is None:
                if asked:
                    mail_accounts.save_password(acc, password)
                self.status.setText("")
                self.sent(job)
            else:
                self._not_sent(acc, exc)

        tasks.run(
            self.dialog,
            translate("MailSending", "Sending the e-mail…"),
            lambda _progress: deliver(job, acc, password),
            done,
        )

    def _not_sent(self, acc, exc: BaseException) -> None:
        from contacttracker.io.imap import MailError

        self.status.setText("")
        if isinstance(exc, MailError) and exc.kind == "login":
            password = self._ask_password(acc)
            if password is not None:
                self._deliver(acc, password, asked=True)
            return
        if isinstance(exc, MailError) and exc.kind == "certificate":
            choice = dialogs.choose(
                self.dialog,
                translate("MailSending", "Certificate not trusted"),
                localized(exc)
                + "\n\n"
                + translate(
                    "MailSending",
                    "Trust this certificate only if you know it is your mail server's.",
                ),
                [translate("MailSending", "Trust it and send"), translate("MailSending", "Cancel")],
            )
            if choice == 0:
                mail_accounts.save(acc.trusting(exc.fingerprint), replace=True)
                self.send()
            return
        if isinstance(exc, MailError):
            title = translate("MailSending", "Not sent")
            if self.job is not None and self.job.accepted:
                title = translate("MailSending", "Sent, not recorded")
            dialogs.message(self.dialog, "warning", title, localized(exc))
            return
        if isinstance(exc, STORE_ERRORS):
            dialogs.message(
                self.dialog, "error", translate("MailSending", "Sent, not recorded"), describe(exc)
            )
            return
        raise exc

    def notes(self, job) -> list[str]:
        """What to tell after sending: recipients the server refused, a copy not kept."""
        found = [
            translate("MailSending", "Not delivered to %1: %2")
            .replace("%1", address)
            .replace("%2", reason)
            for address, reason in job.refused.items()
        ]
        if job.copy_problem:
            found.append(
                translate(
                    "MailSending", "Sent and recorded, but no copy could be kept in Sent: %1"
                ).replace("%1", localized(job.copy_problem))
            )
        return found
