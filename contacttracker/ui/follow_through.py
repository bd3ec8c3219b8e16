"""What the user went off to do in another program, and what the app asks on their return.

A nudge opens the client's messenger with the message typed in; a call opens the phone,
Viber, WhatsApp, Telegram, Skype or Teams. (An e-mail, once a mail account can send, is
written in the app's own dialog and sent from there when the user presses Send: nothing
to ask afterwards.) The app cannot know what happened in another program: when the window gets the focus back it asks once, with one key for
the answer ("Sent: asked by Telegram" or not; "Log this call?" with the time it took), and
records what the user says through the same writes as everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from contacttracker.domain.channels import EMAIL
from contacttracker.store.timeutil import now_utc
from contacttracker.ui import dialogs, text
from contacttracker.ui.bus import bus
from contacttracker.ui.text import translate

#: The channels a call is made on from the app.
CALL_KINDS = ("tel", "viber", "whatsapp", "telegram", "skype", "teams")
#: The channels a message can be written on (with the text in the link or to paste).
MESSAGE_LINKS = ("whatsapp", "telegram", "viber", "sms", "mailto", "skype", "teams")


def _channel_name(key: str) -> str:
    from contacttracker.store.settings import catalogue

    return text.channel_name(catalogue(), key)


def _sent_words(made) -> str:
    """ "Sent: asked by Telegram" for a confirmation question, "Sent by Telegram" else."""
    return (
        translate("FollowThrough", "Sent: asked by %1")
        if made.purpose.value == "confirm"
        else translate("FollowThrough", "Sent by %1")
    ).replace("%1", _channel_name(made.channel))


@dataclass
class Away:
    """What the user left the window to do: a nudge to send, or a call."""

    started: datetime
    client_id: int
    channel: str
    nudge: object | None = None  # io.nudge.Nudge
    left: bool = False  # the window lost the focus since
    about: int | None = None  # the conversation a call asks about (an e-mail to confirm)


class FollowThrough(QObject):
    """One per main window (`window.follow`): one thing is pending at a time."""

    status = Signal(str, int)  # a message for the status bar, and for how long (ms)
    write_summary = Signal(int)  # a call logged with agreements: its summary e-mail next

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pending: Away | None = None
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    # -- going away --------------------------------------------------------------------------
    def nudge(self, item, parent: QWidget, via: str = "") -> bool:
        """Open the item's next message in the client's program; False when it cannot be
        (the words say why)."""
        from contacttracker.io import nudge as nudges

        if not item.conversation:
            return False
        return self._open(lambda: nudges.build(item.conversation, via, queue=item.queue), parent)

    def check_in(self, client_id: int, channel: str, parent: QWidget) -> bool:
        """A word to the client on one of their channels, about nothing in a queue."""
        from contacttracker.io import nudge as nudges

        return self._open(lambda: nudges.check_in(client_id, channel), parent)

    def _open(self, make, parent: QWidget) -> bool:
        from contacttracker.io import nudge as nudges

        try:
            made = make()
        except nudges.NotNudgeable as exc:
            dialogs.message(
                parent, "warning", translate("FollowThrough", "Send a message"), text.localized(exc)
            )
            return False
        if self._compose(made, parent):
            return True
        name = _channel_name(made.channel)
        if made.paste or made.read_aloud:
            QGuiApplication.clipboard().setText(made.text)
        if not QDesktopServices.openUrl(QUrl.fromEncoded(made.url.encode("ascii"))):
            QGuiApplication.clipboard().setText(made.text)
            dialogs.message(
                parent,
                "warning",
                name,
                translate(
                    "FollowThrough",
                    "Nothing on this computer opens %1 links. The message is on the clipboard.",
                ).replace("%1", QUrl(made.url).scheme()),
            )
            return False
        if made.paste:
            self.status.emit(
                translate(
                    "FollowThrough",
                    "%1 takes no text in its link: the message is on the clipboard, paste it.",
                ).replace("%1", name),
                15000,
            )
        elif made.read_aloud:
            self.status.emit(
                translate("FollowThrough", "To say: %1").replace("%1", made.text), 60000
            )
        if made.purpose is not None:  # a summary e-mail is recorded by Mark as sent
            # A phone call is logged as a call; a message is asked about as sent or not.
            nudge = None if made.read_aloud else made
            about = made.conversation_id or None
            self.pending = Away(now_utc(), made.client_id, made.channel, nudge, about=about)
        return True

    def _compose(self, made, parent: QWidget) -> bool:
        """With an account that can send, an e-mail is written here and sent from it (a
        summary e-mail in its own dialog); True when the mail program is not needed."""
        from contacttracker.io import nudge_mail

        if made.channel != EMAIL:
            return False
        acc = nudge_mail.sending_account()
        if acc is None:
            return False
        if made.purpose is None:
            self.write_summary.emit(made.conversation_id)
            return True
        from contacttracker.io.summary_mail import sender_of
        from contacttracker.ui.mail_compose import ComposeDialog

        dialog = ComposeDialog(made, sender_of(acc), parent)
        if dialogs.exec_dialog(dialog) and dialog.sent_id is not None:
            self.status.emit(_sent_words(made), 8000)
        return True

    def call_started(self, client_id: int, channel: str) -> None:
        """A call was opened from the client's card."""
        self.pending = Away(now_utc(), client_id, channel)

    # -- coming back -------------------------------------------------------------------------
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self.pending is None:
            return
        if state != Qt.ApplicationState.ApplicationActive:
            self.pending.left = True
        elif self.pending.left:
            self.returned()

    def returned(self, now: datetime | None = None) -> None:
        """The window has the focus again: ask what happened, once."""
        away, self.pending = self.pending, None
        if away is None:
            return
        parent = QApplication.activeWindow()
        if away.nudge is not None:
            self._ask_sent(away, parent)
        else:
            self._offer_log(away, parent, now or now_utc())

    def _ask_sent(self, away: Away, parent) -> None:
        from contacttracker.io import nudge as nudges

        made = away.nudge
        asked = _sent_words(made)
        question = translate("FollowThrough", "Did you send it?\n\n%1").replace("%1", made.text)
        if not dialogs.question(parent, asked + "?", question):
            self.status.emit(translate("FollowThrough", "Not sent: nothing recorded."), 8000)
            return
        nudges.record(made)
        bus.changed.emit()
        self.status.emit(asked, 8000)

    def _offer_log(self, away: Away, parent, now: datetime) -> None:
        from contacttracker.ui.log_dialog import LogDialog

        minutes = max(1, round((now - away.started).total_seconds() / 60))
        name = _channel_name(away.channel)
        question = (
            translate("FollowThrough", "You were on %1 for about %2 min. Log this call?")
            .replace("%1", name)
            .replace("%2", str(minutes))
        )
        if not dialogs.question(parent, translate("FollowThrough", "Log this call?"), question):
            return
        from contacttracker.store.settings import catalogue

        # A call made to ask about an e-mail is linked to it, as a message asking would be.
        dialog = LogDialog(
            catalogue(),
            parent,
            client_id=away.client_id,
            channel=away.channel,
            replies_to=away.about,
        )
        dialog.set_started(away.started, minutes)
        dialog.agreements.setFocus()
        if dialogs.exec_dialog(dialog) and dialog.saved and dialog.agreements.toPlainText().strip():
            self.write_summary.emit(dialog.saved)


def of(widget: QWidget) -> FollowThrough | None:
    """The follow-through of the main window a widget is in."""
    return getattr(widget.window(), "follow", None)
