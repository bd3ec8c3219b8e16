"""The window on a 1024×640 laptop screen, in every language: no button cuts its words, the
client list's columns are all in view, cut cells show their text, the sidebar folds away,
and dialogs are wide enough for their titles and fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip

SMALL = (1024, 640)


@pytest.fixture
def language(qapp):
    from contacttracker.ui import i18n

    yield i18n.install
    i18n.install("en")


@pytest.fixture
def demo_window(qtbot, db_path, scripted):
    """The window on the sample data, as a first start shows it."""
    from contacttracker.store import demo, resolve
    from contacttracker.ui.app import make_application
    from contacttracker.ui.main_window import MainWindow

    demo.build()
    make_application(dark=False)

    def make():
        win = MainWindow(resolve(str(db_path)))
        qtbot.addWidget(win)
        win.resize(*SMALL)
        win.show()
        QApplication.processEvents()
        return win

    return make


def cut_buttons(window) -> list[str]:
    """Each shown button whose text is wider than the button, or that reaches past the
    window's edge."""
    cut = []
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = button.fontMetrics().horizontalAdvance(words)
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        right = button.mapTo(window, QPoint(button.width(), 0)).x()
        if needed + 8 > button.width() or right > window.width():
            cut.append(f"{words!r}: {button.width()} px for {needed}, right edge {right}")
    return cut


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_every_view_fits_a_small_laptop_screen(demo_window, language, lang):
    from contacttracker.domain.queues import QUEUES
    from contacttracker.store import browse

    language(lang)
    window = demo_window()
    busiest = max(browse.client_page(limit=40), key=lambda r: r.open_items)
    problems = []
    for section in ("today", *QUEUES, "clients", "search", "insights"):
        window.show_section(section)
        if section == "clients":
            window.open_client(busiest.id)
        if section == "search":
            window.search.box.setText("макет")
            window.search.run()
        QApplication.processEvents()
        problems += [(section, c) for c in cut_buttons(window)]
    assert problems == []
    assert window.width() == SMALL[0]


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_the_client_list_shows_name_company_last_contact_and_open(demo_window, language, lang):
    language(lang)
    window = demo_window()
    window.show_section("clients")
    QApplication.processEvents()
    view = window.clients.list
    header = view.horizontalHeader()
    room = view.viewport().width()
    for column in (0, 1, 3, 4):  # name, company, last contact, open items
        assert not header.isSectionHidden(column)
        assert header.sectionViewportPosition(column) >= 0
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room
        heading = view.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(heading) < header.sectionSize(column)
    assert not view.horizontalScrollBar().isVisible()


def test_the_columns_share_a_wider_window(demo_window):
    window = demo_window()
    window.show_section("clients")
    QApplication.processEvents()
    header = window.clients.list.horizontalHeader()
    narrow = header.sectionSize(0)
    window.resize(1600, 1000)
    QApplication.processEvents()
    assert header.sectionSize(0) > narrow
    assert not header.isSectionHidden(2)  # with room, the preferred channel comes back
    room = window.clients.list.viewport().width()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total == room


def test_a_cut_cell_shows_its_whole_text_as_a_tooltip(demo_window, qtbot):
    window = demo_window()
    window.show_section("clients")
    QApplication.processEvents()
    view = window.clients.list
    model = view.model()
    row = max(range(model.rowCount()), key=lambda r: len(model.index(r, 1).data() or ""))
    index = model.index(row, 1)
    view.setColumnWidth(1, 30)
    rect = view.visualRect(index)
    event = QHelpEvent(
        QHelpEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == index.data()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    # A cell with room shows no tooltip of its own.
    view.setColumnWidth(1, 2000)
    QApplication.processEvents()
    rect = view.visualRect(index)
    event = QHelpEvent(
        QHelpEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    QApplication.processEvents()
    assert not QToolTip.isVisible()


def test_f9_folds_the_sidebar_away_and_back(demo_window, qtbot):
    window = demo_window()
    [action] = [a for a in window.menu_actions if a.shortcut().toString() == "F9"]
    width = window.splitter.sizes()[0]
    assert width > 0
    action.trigger()
    assert window.splitter.sizes()[0] == 0
    assert window.pages.width() > SMALL[0] - 40
    action.trigger()
    assert window.splitter.sizes()[0] == width


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_confirm_receipt_is_wide_enough_for_its_title_and_subject(
    demo_window, scripted, language, lang
):
    from contacttracker.ui.log_dialog import ConfirmDialog

    language(lang)
    window = demo_window()
    window.show_section("unconfirmed_email")
    QApplication.processEvents()
    seen = {}

    def look(dialog):
        from PySide6.QtWidgets import QLineEdit

        title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        seen["title"] = dialog.width() > title + 100
        for field in dialog.findChildren(QLineEdit):
            words = max(field.text(), field.placeholderText(), key=len)
            seen[words] = field.fontMetrics().horizontalAdvance(words) < field.width()
        return 0

    scripted.expect(ConfirmDialog, look)
    window.attention.confirm()
    assert seen and all(seen.values()), seen
