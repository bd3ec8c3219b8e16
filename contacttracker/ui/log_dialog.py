"""Log a conversation in seconds, keyboard first: Ctrl+L opens it, Ctrl+Enter saves it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contacttracker.domain.channels import Catalogue
from contacttracker.store import browse
from contacttracker.store.conversations import (
    MAX_DURATION_MIN,
    MAX_PROJECT,
    MAX_SUBJECT,
    ConversationInput,
    log_conversation,
)
from contacttracker.ui import dialogs, text
from contacttracker.ui.bus import bus
from contacttracker.ui.date_fields import DateField, DateTimeField, distance_in_words
from contacttracker.ui.forms import commit, save_cancel
from contacttracker.ui.icons import channel_icon


def to_utc(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def now_qt() -> QDateTime:
    """Now from the app's clock (domain/clock.py), for a date editor."""
    from contacttracker.store.timeutil import now_utc

    return QDateTime.fromSecsSinceEpoch(int(now_utc().timestamp()))


#: A conversation dated further than this from now, by a change made in the dialog, is
#: asked about before it is saved: a key typed into the date moves it by a month.
ASK_BEYOND = timedelta(days=1)


class ClientPicker(QLineEdit):
    """A line edit that completes client names from the database as the user types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type a name, company or handle"))
        self.textEdited.connect(self._refill)
        self._refill("")

    def _refill(self, typed: str) -> None:
        self._choices = {}
        for cid, name, company in browse.client_names(typed, limit=30):
            label = f"{name} — {company}" if company else name
            self._choices.setdefault(label, cid)
        self._model.setStringList(list(self._choices))

    def set_client(self, client_id: int, name: str, company: str) -> None:
        label = f"{name} — {company}" if company else name
        self._choices[label] = client_id
        self.setText(label)

    def client_id(self) -> int | None:
        label = self.text().strip()
        if label in self._choices:
            return self._choices[label]
        self._refill(label.split(" — ")[0])
        if label in self._choices:
            return self._choices[label]
        return next(iter(self._choices.values())) if len(self._choices) == 1 else None


class LogDialog(QDialog):
    """Client, channel, direction, time, project, subject, summary, agreements, follow-up."""

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        channel: str = "",
        direction: str = "out",
        subject: str = "",
        replies_to: int | None = None,
        conversation_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.replies_to = replies_to
        self.editing = conversation_id
        self.saved: int | None = None
        self.version: int | None = None  # of the conversation being edited
        self.setWindowTitle(
            self.tr("Edit conversation") if conversation_id else self.tr("Log a conversation")
        )
        self.setMinimumWidth(560)

        self.client = ClientPicker(self)
        self.channel = QComboBox(self)
        for ch in catalogue:
            if ch.default_on or ch.key == channel:
                self.channel.addItem(
                    channel_icon(ch.key), text.channel_name(catalogue, ch.key), ch.key
                )
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Outgoing: we contacted them"), "out")
        self.direction.addItem(self.tr("Incoming: they contacted us"), "in")
        self.direction.setCurrentIndex(0 if direction == "out" else 1)
        self.when = DateTimeField(now_qt(), self)
        # What the date says in words, so that a changed day or month never goes unseen.
        self.when_words = QLabel(self)
        self.when_words.setTextFormat(Qt.TextFormat.PlainText)
        self.when.dateTimeChanged.connect(self._say_when)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION_MIN)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("—"))
        self.project = QComboBox(self)
        self.project.setEditable(True)
        self.project.lineEdit().setMaxLength(MAX_PROJECT)
        self.subject = QLineEdit(subject, self)
        self.subject.setMaxLength(MAX_SUBJECT)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was said"))
        self.agreements = QPlainTextEdit(self)
        self.agreements.setTabChangesFocus(True)
        self.agreements.setPlaceholderText(self.tr("One agreement per line"))
        for box in (self.summary, self.agreements):
            box.setFixedHeight(78)
        self.follow_up = QCheckBox(self.tr("&Follow up on"), self)
        self.follow_date = DateField(now_qt().date().addDays(3), self)
        self.follow_date.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_date.setEnabled)
        self.urgent = QCheckBox(self.tr("&Urgent"), self)

        form = QFormLayout()
        form.addRow(self.tr("&Client:"), self.client)
        row = QHBoxLayout()
        row.addWidget(self.channel, 1)
        row.addWidget(self.direction, 2)
        form.addRow(self.tr("C&hannel:"), row)
        timing = QHBoxLayout()
        timing.addWidget(self.when, 2)
        timing.addWidget(self.when_words, 1)
        form.addRow(self.tr("&When:"), timing)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("Su&mmary:"), self.summary)
        form.addRow(self.tr("&Agreements:"), self.agreements)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_date)
        follow.addStretch(1)
        follow.addWidget(self.urgent)
        form.addRow("", follow)
        self._set_buddies(form)
        self._tab_order()

        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.client.editingFinished.connect(self._client_chosen)
        if conversation_id is not None:
            self._load(conversation_id)
        elif client_id is not None:
            card = browse.client_card(client_id)
            if card is not None:
                self.client.set_client(card.id, card.name, card.company)
                self._fill_for(card, channel)
            self.subject.setFocus() if channel else self.channel.setFocus()
        else:
            self.client.setFocus()
        self._opened_at = self.when.dateTime()
        self._say_when()

    def _say_when(self) -> None:
        self.when_words.setText(distance_in_words(self.when.dateTime().date(), now_qt().date()))

    def _tab_order(self) -> None:
        """Reading order, one stop a field (the date is one stop: see date_fields)."""
        chain = [
            self.client,
            self.channel,
            self.direction,
            self.when,
            self.duration,
            self.project,
            self.subject,
            self.summary,
            self.agreements,
            self.follow_up,
            self.follow_date,
            self.urgent,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_started(self, started, minutes: int) -> None:
        """A call the app saw start: its time and how long it took, measured."""
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(started.timestamp())))
        self.duration.setValue(minutes)
        self._opened_at = self.when.dateTime()  # measured, not typed: nothing to ask

    def _load(self, conversation_id: int) -> None:
        """Fill the form from a stored conversation, to edit it (its links are kept)."""
        from contacttracker.store.models import Conversation

        row = browse.conversation(conversation_id)
        stored = Conversation.get_by_id(conversation_id)
        card = browse.client_card(row.client_id)
        self.client.set_client(card.id, card.name, card.company)
        self._fill_for(card, row.channel)
        self.direction.setCurrentIndex(self.direction.findData(row.direction))
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(row.occurred_at.timestamp())))
        self.duration.setValue(stored.duration_min or 0)
        self.project.setCurrentText(row.project)
        self.subject.setText(row.subject)
        self.summary.setPlainText(row.summary)
        self.agreements.setPlainText(row.agreements)
        self.urgent.setChecked(row.urgent)
        if row.follow_up_due:
            self.follow_up.setChecked(True)
            local = row.follow_up_due.astimezone()
            self.follow_date.setDate(QDate(local.year, local.month, local.day))
        self.links = (stored.confirms_id, stored.summarizes_id, stored.replies_to_id)
        self.version = stored.version  # a save by someone else after this is a conflict
        self.subject.setFocus()

    def _set_buddies(self, form: QFormLayout) -> None:
        buddies = [
            self.client,
            self.channel,
            self.when,
            self.duration,
            self.project,
            self.subject,
            self.summary,
            self.agreements,
        ]
        for row, widget in enumerate(buddies):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setBuddy(widget)
        self.direction.setAccessibleName(self.tr("Direction"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.follow_date.setAccessibleName(self.tr("Follow-up date"))

    def _client_chosen(self) -> None:
        client_id = self.client.client_id()
        if client_id is not None:
            card = browse.client_card(client_id)
            if card is not None:
                self._fill_for(card, "")

    def _fill_for(self, card: browse.ClientCard, channel: str) -> None:
        preferred = channel or (card.channels[0][0] if card.channels else "")
        index = self.channel.findData(preferred)
        if index < 0 and preferred:
            self.channel.addItem(text.channel_name(self.catalogue, preferred), preferred)
            index = self.channel.count() - 1
        if index >= 0:
            self.channel.setCurrentIndex(index)
        current = self.project.currentText()
        self.project.clear()
        self.project.addItem("")
        self.project.addItems(card.projects)
        self.project.setCurrentText(current)

    def has_text(self) -> bool:
        return any(
            (
                self.subject.text().strip(),
                self.summary.toPlainText().strip(),
                self.agreements.toPlainText().strip(),
            )
        )

    def reject(self) -> None:
        if (
            self.saved is None
            and self.has_text()
            and not dialogs.question(
                self,
                self.tr("Discard this conversation?"),
                self.tr("What you typed has not been saved. Close and lose it?"),
            )
        ):
            return
        super().reject()

    def date_is_meant(self) -> bool:
        """A date changed here to more than a day from now is asked about once: a key typed
        into the editor moves it by a day, a month or a year."""
        from contacttracker.store.timeutil import now_utc

        at = self.when.dateTime()
        if at == self._opened_at or abs(to_utc(at) - now_utc()) <= ASK_BEYOND:
            return True
        ask = (
            self.tr("This conversation is dated %1, %2. Save it with that date?")
            .replace("%1", text.when(to_utc(at)))
            .replace("%2", self.when_words.text())
        )
        if dialogs.question(self, self.tr("Is the date right?"), ask):
            self._opened_at = at  # answered: not asked again on the next save
            return True
        self.when.setFocus()
        return False

    def save(self) -> None:
        client_id = self.client.client_id()
        if client_id is None:
            dialogs.message(
                self,
                "warning",
                self.tr("Which client?"),
                self.tr("Choose a client from the list (type part of the name)."),
            )
            self.client.setFocus()
            return
        if not self.date_is_meant():
            return
        follow = None
        if self.follow_up.isChecked():
            day = self.follow_date.date().toPython()
            local = datetime.combine(day, time(9, 0)).astimezone()
            follow = local.astimezone(UTC)
        data = ConversationInput(
            client_id=client_id,
            channel=self.channel.currentData(),
            direction=self.direction.currentData(),
            occurred_at=to_utc(self.when.dateTime()),
            subject=self.subject.text(),
            summary=self.summary.toPlainText(),
            agreements=self.agreements.toPlainText(),
            project=self.project.currentText(),
            duration_min=self.duration.value() or None,
            urgent=self.urgent.isChecked(),
            follow_up_due=follow,
            replies_to_id=self.replies_to,
        )

        def write():
            if self.editing is not None:
                from contacttracker.store.conversations import update_conversation

                data.confirms_id, data.summarizes_id, data.replies_to_id = self.links
                return update_conversation(self.editing, data, self.version)
            return log_conversation(data)

        from contacttracker.store.conflicts import Conflict
        from contacttracker.ui import conflicts

        while True:
            try:
                conv = commit(self, write)
            except Conflict as conflict:
                mine = {
                    "subject": data.subject,
                    "summary": data.summary,
                    "agreements": data.agreements,
                }
                choice = conflicts.resolve(self, conflict, mine)
                if choice == conflicts.MINE:
                    self.version = conflict.version  # theirs goes to the history
                    continue
                if choice == conflicts.THEIRS:
                    self.saved = self.editing
                    bus.changed.emit()
                    QDialog.reject(self)  # nothing of mine to keep: no discard question
                return
            if conv is not None:
                self.saved = conv.id
            return


class ConfirmDialog(QDialog):
    """Record in one action that the client confirmed an e-mail ("confirmed by Viber")."""

    def __init__(
        self, catalogue: Catalogue, email: browse.LogRow, parent: QWidget | None = None
    ) -> None:
        from contacttracker.domain.rules import confirmation_channel

        super().__init__(parent)
        self.email = email
        self.saved: int | None = None
        self.setWindowTitle(self.tr("Confirm receipt"))
        card = browse.client_card(email.client_id)
        channels = [(k, n) for k, _v, n in card.channels] if card else []
        about = QLineEdit(self)
        about.setReadOnly(True)
        subject = email.subject or self.tr("(no subject)")
        about.setText(f"{email.client} · {subject}")
        about.setAccessibleName(self.tr("E-mail"))
        self.channel = QComboBox(self)
        for ch in catalogue:
            if ch.key != "email" and (ch.default_on or any(k == ch.key for k, _ in channels)):
                self.channel.addItem(
                    channel_icon(ch.key), text.channel_name(catalogue, ch.key), ch.key
                )
        pick = confirmation_channel(channels, catalogue)
        if pick:
            self.channel.setCurrentIndex(max(0, self.channel.findData(pick[0])))
        self.when = DateTimeField(now_qt(), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Optional, e.g. “got it, will reply tomorrow”"))
        form = QFormLayout()
        form.addRow(self.tr("E-mail:"), about)
        form.addRow(self.tr("Confirmed &by:"), self.channel)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Note:"), self.note)
        for row, widget in ((1, self.channel), (2, self.when), (3, self.note)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(widget)
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.channel.setFocus()

    def save(self) -> None:
        from contacttracker.store.conversations import record_confirmation

        conv = commit(
            self,
            lambda: record_confirmation(
                self.email.id,
                self.channel.currentData(),
                to_utc(self.when.dateTime()),
                self.note.text().strip(),
            ),
        )
        if conv is not None:
            self.saved = conv.id
