"""Render the main views to PNG files offscreen, for the README and for review."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SIZE = (1280, 800)


def render(
    out: Path,
    db_arg: str | None,
    dark_too: bool = True,
    lang: str = "en",
    size: tuple[int, int] | None = None,
) -> list[Path]:
    """Every view, in `lang`, with the window at `size`; the light set, then the dark
    palette's main three."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from contacttracker.store import close, demo, open_database
    from contacttracker.store.models import Client
    from contacttracker.ui.app import dark_palette, make_application

    out.mkdir(parents=True, exist_ok=True)
    tmp = None
    if db_arg is None:
        tmp = tempfile.TemporaryDirectory()
        db_arg = str(Path(tmp.name) / "screenshots.db")
    from contacttracker.ui import i18n

    app = make_application(dark=False)
    i18n.install(lang)
    # Fresh window state, not the user's saved sizes and splitters.
    settings_dir = tempfile.TemporaryDirectory()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir.name)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    location = open_database(db_arg)
    if not Client.select().exists():
        demo.build()
    written: list[Path] = []
    try:
        written += _shoot_all(app, location, out, "", size=size)
        if dark_too:
            app.setPalette(dark_palette())
            written += _shoot_all(
                app,
                location,
                out,
                "dark-",
                only=("today", "attention", "client", "insights"),
                size=size,
            )
            app.setPalette(app.style().standardPalette())
    finally:
        close()
        if tmp is not None:
            tmp.cleanup()
        settings_dir.cleanup()
    QApplication.processEvents()
    return written


def _open(dialog) -> None:
    """Shown as the window opens it: fitted to its title and fields (dialogs.exec_dialog)."""
    from contacttracker.ui.fit import fit_dialog

    fit_dialog(dialog)
    dialog.show()


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def _shoot_all(
    app,
    location,
    out: Path,
    prefix: str,
    only: tuple[str, ...] = (),
    size: tuple[int, int] | None = None,
) -> list[Path]:
    from contacttracker.store import browse
    from contacttracker.ui.client_dialog import ClientDialog
    from contacttracker.ui.log_dialog import LogDialog
    from contacttracker.ui.main_window import MainWindow
    from contacttracker.ui.settings_dialog import SettingsDialog

    written: list[Path] = []

    def save(widget, name: str) -> None:
        if only and name not in only:
            return
        _settle(app)
        path = out / f"{prefix}{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window = MainWindow(location)
    window.resize(*(size or SIZE))
    window.show()
    window.show_section("today")
    save(window, "today")
    window.show_section("unconfirmed_email")
    save(window, "attention")
    unconfirmed = window.attention.current()
    if not only:
        _shoot_nudge(app, window, out / f"{prefix}nudge.png")
        written.append(out / f"{prefix}nudge.png")
    window.show_section("needs_summary")
    save(window, "attention-summary")
    busiest = max(
        browse.client_page(limit=40), key=lambda r: (r.open_items, r.last_contact is not None)
    )
    window.open_client(busiest.id)
    save(window, "client")
    window.show_section("insights")
    if size is None:  # the charts' default view is taller than the other pages
        window.resize(SIZE[0], 1000)
    save(window, "insights")
    window.resize(*(size or SIZE))
    window.show_section("search")
    window.search.box.setText("макет")
    window.search.run()
    window.search.results.selectRow(0)
    save(window, "search")
    if not only:
        dialog = LogDialog(window.catalogue, window, client_id=busiest.id)
        dialog.subject.setText("Терміни запуску")
        dialog.summary.setPlainText("Обговорили макет головної сторінки і терміни запуску.")
        dialog.agreements.setPlainText("Запуск сайту 15 числа\nОплата 50% авансом до п'ятниці")
        _open(dialog)
        save(dialog, "log-dialog")
        dialog.saved = 0
        dialog.close()
        editor = ClientDialog(window.catalogue, window, busiest.id)
        _open(editor)
        save(editor, "client-dialog")
        editor.close()
        from contacttracker.store.database import db
        from contacttracker.ui.summary_dialog import SummaryDialog

        row = db.execute_sql(
            "SELECT c.id FROM conversation c JOIN contact_point cp ON cp.client_id = c.client_id"
            " AND cp.channel = 'email' WHERE c.awaiting_summary = 1"
            " ORDER BY c.occurred_at DESC LIMIT 1"
        ).fetchone()
        if row:
            writer = SummaryDialog(row[0], window)
            _open(writer)
            save(writer, "summary-email")
            writer.close()
        if unconfirmed is not None and unconfirmed.conversation_id:
            from contacttracker.ui.log_dialog import ConfirmDialog

            email = browse.conversation(unconfirmed.conversation_id)
            confirm = ConfirmDialog(window.catalogue, email, window)
            _open(confirm)
            save(confirm, "confirm-dialog")
            confirm.close()
        settings = SettingsDialog(location, window)
        _open(settings)
        save(settings, "settings")
        settings.close()
        _shoot_import_mapping(window, save)
        from contacttracker.domain.mail_account import Endpoint, Security, make_account
        from contacttracker.ui.mail_accounts_page import AccountDialog

        # An example mailbox, shown in the dialog only: nothing is saved or connected to.
        example = make_account(
            "Studio",
            ["olena@studio.example", "office@studio.example"],
            Endpoint("imap.studio.example", 993, Security.TLS),
            smtp=Endpoint("smtp.studio.example", 587, Security.STARTTLS),
            folders=["Clients"],
        )
        accounts = AccountDialog(example, window)
        from PySide6.QtCore import QCoreApplication

        said = QCoreApplication.translate
        accounts.status.setText(
            said("AccountDialog", "IMAP %1: connected, login accepted. %2")
            .replace("%1", "imap.studio.example:993")
            .replace(
                "%2",
                ", ".join(
                    said("AccountDialog", "%1: %2 messages").replace("%1", f).replace("%2", n)
                    for f, n in (("INBOX", "1204"), ("Sent", "388"))
                ),
            )
            + "\n"
            + said("AccountDialog", "SMTP %1: connected, login accepted.").replace(
                "%1", "smtp.studio.example:587"
            )
        )
        _open(accounts)
        save(accounts, "mail-accounts")
        accounts.close()
        from contacttracker.ui.shared_dialog import SharedDatabaseDialog

        shared = SharedDatabaseDialog(window)
        if not shared.host.text():  # what an office manager types, not this computer's
            shared.host.setText("db.agency.example")
            shared.user.setText("olena")
        _open(shared)
        save(shared, "shared-database")
        shared.close()
    window.close()
    window.deleteLater()
    _settle(app)
    return written


#: The client list of the import screenshot, as Excel saves it (Windows-1251, semicolons).
EXAMPLE_SHEET = (
    "Ім'я;Компанія;Моб.;E-mail;Telegram;Примітки\r\n"
    "Олена Коваленко;ТОВ «Ромашка»;067 123 45 67;olena@romashka.example;@olena_k;"
    "Дзвонити зранку\r\n"
    "Іван Петренко;;+380 50 111 22 33;ivan.petrenko@example.com;;\r\n"
    "Марія Шевченко;ФОП Шевченко;093 111 22 33;;@maria_sh;Рахунок щомісяця\r\n"
    "Андрій Бондар;Бондар і партнери;+380 44 555 66 77;a.bondar@bondar.example;@abondar;\r\n"
)


def _shoot_import_mapping(window, save) -> None:
    """The import preview of a spreadsheet: its columns guessed, one of them changed."""

    from contacttracker.ui.import_dialog import ImportDialog

    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / "Клієнти.csv"
        sheet.write_bytes(EXAMPLE_SHEET.encode("cp1251"))
        dialog = ImportDialog([str(sheet)], window)
        dialog.resize(1060, 520)
        page = dialog.sheet_pages[sheet]
        page.combos[2].setCurrentIndex(page.combos[2].findData("viber"))  # a change, shown
        _open(dialog)
        save(dialog, "import-mapping")
        dialog.close()


def _shoot_nudge(app, window, path: Path) -> None:
    """Back from the messenger: the queue with its next-step button, and the one question
    the window asks, drawn over it as the desktop shows it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMessageBox

    from contacttracker.io import nudge as nudges
    from contacttracker.ui.text import channel_name as text_channel_name
    from contacttracker.ui.text import translate

    page = window.attention
    rows = [i for i, item in enumerate(page.model.items) if item.next_step.channel == "telegram"]
    page.table.selectRow(rows[0] if rows else 0)
    _settle(app)
    shot = window.grab()
    item = page.current()
    if item is None or not item.conversation:
        shot.save(str(path))
        return
    made = nudges.build(item.conversation, queue=item.queue)
    name = text_channel_name(window.catalogue, made.channel)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FollowThrough", "Sent: asked by %1").replace("%1", name) + "?")
    box.setText(translate("FollowThrough", "Did you send it?\n\n%1").replace("%1", made.text))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.show()
    _settle(app)
    picture = box.grab()
    box.close()
    painter = QPainter(shot)
    painter.drawPixmap(
        QPoint((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 2),
        picture,
    )
    painter.end()
    shot.save(str(path))
