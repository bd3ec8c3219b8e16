"""The table models under long use: bounded memory, and no reference leak through Qt."""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from contacttracker.store import demo


class NoneModel(QAbstractTableModel):
    """Like every model of the app: text for DisplayRole, None for every other role, in
    data() and headerData() alike."""

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 100_000

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return f"C{section}"
        return None


def test_returning_none_from_data_keeps_none_alive(qtbot):
    """PySide6 6.12.0 released a reference to None each time data() returned None; Qt calls
    data() millions of times a day, and the app died once None's count reached zero.
    pyproject.toml keeps PySide6 below 6.12 for this; this test guards any upgrade."""
    model = NoneModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    before = sys.getrefcount(None)
    for value in range(0, 200 * bar.pageStep(), bar.pageStep()):
        bar.setValue(value)
        QApplication.processEvents()  # paints, so Qt asks data() for every visible cell
    assert sys.getrefcount(None) >= before - 50, "the Qt binding leaks references to None"


def test_scrolling_the_whole_log_keeps_memory_bounded(qtbot, window, now):
    demo.build(30, 3000, seed=9, now=now)
    window.show_section("clients")
    page = window.clients
    page.log.load(None)
    bar = page.log_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(value)
        qtbot.wait(0)
    assert page.log.rowCount() == 3000
    assert len(page.log.pages) <= page.log.CACHE_PAGES
    last = page.log.row(2999)
    assert last is not None and page.log.row_of(last.id) == 2999
