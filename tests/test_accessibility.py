"""Every control a keyboard can reach has a name a screen reader can say."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QScrollBar,
    QTabBar,
    QWidget,
)


def unnamed(root: QWidget) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for w in root.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root):
            continue
        if isinstance(w, QScrollBar | QTabBar) or w.parent().inherits("QAbstractSpinBox"):
            continue
        if isinstance(w, QAbstractScrollArea) and w.inherits("QScrollArea"):
            continue
        if w.parent() is not None and w.parent().inherits("QComboBox"):
            continue  # the editor inside an editable combo box speaks for it
        parent = w.parent()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is w:
            continue  # a view's viewport is part of the (named) view
        named = bool(w.accessibleName()) or w in buddies
        if isinstance(w, QAbstractButton | QLabel) and w.text().replace("&", "").strip():
            named = True  # a button's or a label's own text is what a screen reader says
        if not named:
            missing.append(
                f"{type(w).__name__} {w.objectName() or ''} in {type(w.window()).__name__}"
            )
    return missing


def test_the_main_window_and_its_pages(qtbot, window, client_factory, log, now):
    client = client_factory()
    log(client, "phone", "out", now, agreements="Запуск 15 числа")
    window.refresh()
    for section in ("unconfirmed_email", "clients", "search", "insights"):
        window.show_section(section)
        assert unnamed(window) == [], section


def test_the_dialogs(qtbot, window, client_factory, log, now, scripted):
    from contacttracker.store import browse
    from contacttracker.ui.client_dialog import ClientDialog
    from contacttracker.ui.log_dialog import ConfirmDialog, LogDialog
    from contacttracker.ui.settings_dialog import SettingsDialog
    from contacttracker.ui.shared_dialog import SharedDatabaseDialog
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    call = log(client, "phone", "out", now, agreements="Запуск 15 числа")
    email = log(client, "email", "out", now)
    dialogs = [
        LogDialog(window.catalogue, window, client_id=client.id),
        ClientDialog(window.catalogue, window, client.id),
        ConfirmDialog(window.catalogue, browse.conversation(email.id), window),
        SummaryDialog(call.id, window),
        SettingsDialog(window.location, window),
        SharedDatabaseDialog(window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.hide()
