"""The mapping step in the window's import preview: the sheet's columns guessed and shown
before anything is written, changed with the mouse, the change remembered for the next file
with the same header, the choice of a workbook's sheet, and rows that cannot be read named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from contacttracker.io.sheet_import import plan, remembered
from contacttracker.io.spreadsheet import read_table
from contacttracker.store.clients import channels_of
from contacttracker.store.models import Client
from contacttracker.ui.import_dialog import ImportDialog
from tests.helpers.sheets import CLIENTS, EXCEL_HEADER, excel_csv, workbook

pytestmark = pytest.mark.backends


@pytest.fixture(autouse=True)
def english(qapp):
    """The window in English, its plurals too."""
    from contacttracker.ui import i18n

    i18n.install("en")


def choose(combo, field: str) -> None:
    """Pick an entry of a column's choice as a person does: open it, click the entry."""
    combo.showPopup()
    view = combo.view()
    index = view.model().index(combo.findData(field), 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert combo.currentData() == field


def test_the_excel_file_is_shown_with_its_columns_guessed_and_a_change_remembered(
    qtbot, window, scripted, tmp_path
):
    path = excel_csv(tmp_path / "Клієнти.csv")

    def look(dialog: ImportDialog):
        page = dialog.sheet_pages[path]
        assert Client.select().count() == 0, "nothing is written before Import"
        assert page.fields() == ["name", "company", "phone", "email", "telegram", "notes"]
        headers = [page.grid.horizontalHeaderItem(j).text() for j in range(page.grid.columnCount())]
        assert headers == EXCEL_HEADER
        assert page.grid.item(1, 0).text() == "Олена Коваленко"
        assert page.grid.verticalHeaderItem(1).text() == "2"  # the row's number in the file
        assert "3 new clients" in page.status.text()
        choose(page.combos[2], "viber")
        choose(page.combos[5], "ignore")
        assert page.changed()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.files.append([str(path)])
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    _kind, _title, text = scripted.messages[-1]
    assert "3 added" in text
    olena = Client.get(Client.name == "Олена Коваленко")
    assert channels_of([olena.id])[olena.id][0] == ("viber", "+380671234567")
    assert olena.notes == ""
    header = read_table(path).header
    assert remembered(header) == ["name", "company", "viber", "email", "telegram", "ignore"]

    # Next month's file, same header: the choice comes back, and importing it adds nothing new.
    again = excel_csv(tmp_path / "Клієнти (1).csv")

    def look_again(dialog: ImportDialog):
        page = dialog.sheet_pages[again]
        assert page.fields()[2] == "viber" and not page.changed()
        assert "0 new clients" in page.status.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.files.append([str(again)])
    scripted.expect(ImportDialog, look_again)
    window.files.import_files()
    assert "0 added, 0 updated, 3 already present" in scripted.messages[-1][2]
    assert Client.select().count() == 3


def test_a_workbook_offers_its_sheets_and_names_rows_that_cannot_be_read(
    qtbot, window, scripted, tmp_path
):
    path = workbook(
        tmp_path / "book.xlsx",
        {
            "Нотатки": [["Дата", "Що"], ["2026-01-01", "старт"]],
            "Клієнти": [EXCEL_HEADER, CLIENTS[0], ["Погана", "", "", "olena@", "", ""]],
        },
    )

    def look(dialog: ImportDialog):
        page = dialog.sheet_pages[path]
        assert page.sheets.isVisibleTo(page)
        assert [page.sheets.itemText(i) for i in range(page.sheets.count())] == [
            "Нотатки",
            "Клієнти",
        ]
        assert not dialog.import_button.isEnabled()  # the first sheet names nobody
        page.sheets.setCurrentText("Клієнти")
        assert page.fields()[3] == "email"
        assert "Row 3:" in page.status.text() and "olena@" in page.status.text()
        assert not dialog.import_button.isEnabled()
        choose(page.combos[3], "ignore")  # leave the bad addresses out
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.files.append([str(path)])
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    assert {c.name for c in Client.select()} == {"Олена Коваленко", "Погана"}
    assert plan(path, "Клієнти").mapping.source == "remembered"


def test_a_long_sheet_is_checked_in_part_here_and_whole_on_import(
    qtbot, window, scripted, tmp_path, monkeypatch
):
    from contacttracker.ui import sheet_mapping

    monkeypatch.setattr(sheet_mapping, "CHECKED_ROWS", 3)
    rows = [[f"Клієнт {i}", "", f"+38067000000{i}", f"c{i}@example.com", "", ""] for i in range(4)]
    rows.append(["Погана адреса", "", "", "bad@", "", ""])  # row 6, past the checked part
    path = excel_csv(tmp_path / "long.csv", rows)

    def look(dialog: ImportDialog):
        page = dialog.sheet_pages[path]
        assert "3 new clients" in page.status.text()
        assert "the import checks the other 2" in page.status.text()
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.files.append([str(path)])
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    kind, _title, text = scripted.messages[-1]
    assert kind == "warning" and "line 6:" in text and "'bad@'" in text
    assert Client.select().count() == 0
