"""The import preview speaks as the import's report will: "already present" for a contact
the database holds whole, "update" for one that brings something new; it asks for your name
in chats only when a chat is among the files, and follows that name as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableWidget

from contacttracker.store.models import Client
from tests.conftest import type_text
from tests.test_imports import VCARD_30, WHATSAPP_ANDROID_UK, write


def preview_column(dialog, tab: int, column: int) -> list[str]:
    table = dialog.tabs.widget(tab).findChild(QTableWidget)
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_a_contact_already_held_whole_is_previewed_as_already_present(
    qtbot, window, scripted, tmp_path
):
    from contacttracker.io.contact_import import import_contacts
    from contacttracker.ui.import_dialog import ImportDialog

    vcf = write(tmp_path, "phone.vcf", VCARD_30)
    import_contacts(vcf)
    richer = write(
        tmp_path,
        "again.vcf",
        VCARD_30.replace("END:VCARD", "TEL;type=WORK:+7 702 000 1122\nEND:VCARD"),
    )
    seen = {}

    def look(dialog: ImportDialog):
        seen["same"] = preview_column(dialog, 0, 3)
        seen["richer"] = preview_column(dialog, 1, 3)
        return 0

    scripted.files.append([str(vcf), str(richer)])
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    assert seen == {"same": ["already present"], "richer": ["update"]}
    # And the import's report says the same of the first file.
    report = import_contacts(vcf)
    assert (report.added, report.updated, report.skipped) == (0, 0, 1)
    assert Client.select().count() == 1


def test_a_vcard_alone_is_not_asked_for_your_name_in_chats(qtbot, window, scripted, tmp_path):
    from contacttracker.ui.import_dialog import ImportDialog

    vcf = write(tmp_path, "phone.vcf", VCARD_30)
    chat = write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", WHATSAPP_ANDROID_UK)
    shown = []

    def look(dialog: ImportDialog):
        shown.append((dialog.me.isVisibleTo(dialog), dialog.new_clients.isVisibleTo(dialog)))
        return 0

    scripted.files += [[str(vcf)], [str(vcf), str(chat)]]
    scripted.expect(ImportDialog, look)
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    window.files.import_files()
    assert shown == [(False, False), (True, True)]


def test_the_whatsapp_preview_follows_the_name_as_it_is_typed(
    qtbot, window, scripted, tmp_path, client_factory
):
    from contacttracker.ui.import_dialog import ImportDialog

    client_factory()
    chat = write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", WHATSAPP_ANDROID_UK)
    seen = {}

    def look(dialog: ImportDialog):
        dialog.typing.setInterval(0)  # the pause after the last key, without waiting for it
        seen["before"] = preview_column(dialog, 0, 2)
        dialog.me.setFocus()
        # Whoever says "I am Олена" here: her lines become ours, as typed, with no Enter
        # and without leaving the field.
        type_text(dialog.me, "Олена Коваленко")
        qtbot.waitUntil(lambda: preview_column(dialog, 0, 2)[0] == "↑ out", timeout=2000)
        seen["after"] = preview_column(dialog, 0, 2)
        seen["focus"] = QApplication.focusWidget() is dialog.me
        return 0

    scripted.files.append([str(chat)])
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    assert seen["before"] == ["↓ in", "↓ in", "↑ out", "↓ in"]
    assert seen["after"] == ["↑ out", "↑ out", "↓ in", "↑ out"]
    assert seen["focus"]


def test_a_card_repeated_in_its_file_is_previewed_as_one_with_the_card_above(
    qtbot, window, scripted, tmp_path
):
    """The preview had said "new" twice for what the import adds once."""
    from contacttracker.ui.import_dialog import ImportDialog

    twice = write(
        tmp_path, "twice.vcf", VCARD_30 + VCARD_30.replace("END:VCARD", "NOTE:x\nEND:VCARD")
    )
    seen = {}

    def look(dialog: ImportDialog):
        seen["twice"] = preview_column(dialog, 0, 3)
        return 0

    scripted.files.append([str(twice)])
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    assert seen == {"twice": ["new", "one with a card above"]}
