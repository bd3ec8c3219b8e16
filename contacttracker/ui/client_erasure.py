"""Delete a client for good from the window: a warning that says what goes, then the
store's erase, which backs the database up first and refuses when it cannot."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from contacttracker.store.database import Location
from contacttracker.ui import dialogs
from contacttracker.ui.bus import bus
from contacttracker.ui.errors import STORE_ERRORS, describe
from contacttracker.ui.text import localized, translate


def erase_for_good(parent: QWidget, location: Location, client_id: int) -> bool:
    """Ask, naming the client and how many conversations go; True once erased."""
    from contacttracker.store.erasure import NotErased, conversations_to_erase
    from contacttracker.store.erasure import erase_for_good as erase
    from contacttracker.store.models import Client

    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        return False
    count = conversations_to_erase(client_id)
    warning = [
        translate("ClientErasure", "Delete %1 for good?").replace("%1", client.name),
        translate(
            "ClientErasure",
            "This erases the client, their channels and projects and %n conversation(s) "
            "with them. It cannot be undone: nothing of it goes to the Trash.",
            None,
            count,
        ),
        translate(
            "ClientErasure",
            "A backup of the database is taken first; File → Restore from backup… brings it back.",
        )
        if location.path is not None
        else translate(
            "ClientErasure",
            "This is the shared database: no backup is taken here (that is the server's job).",
        ),
        translate(
            "ClientErasure",
            "To keep the client but hide them from lists and queues, archive them instead.",
        ),
    ]
    if not dialogs.danger(
        parent,
        translate("ClientErasure", "Delete client for good"),
        "\n\n".join(warning),
        translate("ClientErasure", "&Delete for good"),
    ):
        return False
    try:
        erased = erase(location, client_id)
    except NotErased as exc:
        dialogs.message(parent, "error", translate("ClientErasure", "Not deleted"), localized(exc))
        return False
    except STORE_ERRORS as exc:
        dialogs.message(parent, "error", translate("ClientErasure", "Not deleted"), describe(exc))
        return False
    bus.changed.emit()
    gone = erased.conversations
    done = translate(
        "ClientErasure", "%1 and %n conversation(s) were deleted for good.", None, gone
    ).replace("%1", client.name)
    if erased.backup is not None:
        done += "\n" + translate("ClientErasure", "The backup from just before: %1").replace(
            "%1", str(erased.backup)
        )
    dialogs.message(parent, "info", translate("ClientErasure", "Deleted for good"), done)
    return True
