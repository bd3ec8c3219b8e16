"""When someone else saved the record first: both versions side by side, and a choice."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.conflicts import Conflict
from contacttracker.ui import dialogs, text

MINE, THEIRS, EDIT = "mine", "theirs", "edit"

FIELD_NAMES = {
    "subject": QT_TRANSLATE_NOOP("Columns", "Subject"),
    "summary": QT_TRANSLATE_NOOP("Columns", "Summary"),
    "agreements": QT_TRANSLATE_NOOP("Columns", "Agreements"),
    "name": QT_TRANSLATE_NOOP("Columns", "Name"),
    "company": QT_TRANSLATE_NOOP("Columns", "Company"),
    "tags": QT_TRANSLATE_NOOP("Columns", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Columns", "Notes"),
}


def _fields(values: dict[str, str]) -> str:
    lines = []
    for key, label in FIELD_NAMES.items():
        if key in values:
            value = str(values[key] or "").strip() or "—"
            lines.append(f"{text.translate('Columns', label)}: {value}")
    return "\n".join(lines)


def resolve(parent: QWidget, conflict: Conflict, mine: dict[str, str]) -> str:
    """Ask what to do; returns MINE (save over theirs), THEIRS (drop mine) or EDIT."""
    who = conflict.changed_by or text.translate("Conflicts", "someone else")
    when = text.when(conflict.changed_at) if conflict.changed_at else ""
    if conflict.deleted:
        body = text.translate(
            "Conflicts", "{who} moved it to the trash at {when}, after you opened it."
        ).format(who=who, when=when)
        options = [
            (THEIRS, text.translate("Conflicts", "Close without saving")),
            (EDIT, text.translate("Conflicts", "Keep editing")),
        ]
    else:
        body = text.translate("Conflicts", "{who} saved it at {when}, after you opened it.").format(
            who=who, when=when
        )
        options = [
            (MINE, text.translate("Conflicts", "Save mine over theirs")),
            (THEIRS, text.translate("Conflicts", "Take theirs, drop mine")),
            (EDIT, text.translate("Conflicts", "Keep editing")),
        ]
    message = "\n\n".join(
        [
            body,
            text.translate("Conflicts", "Theirs:") + "\n" + _fields(conflict.theirs),
            text.translate("Conflicts", "Yours:") + "\n" + _fields(mine),
            text.translate(
                "Conflicts", "Whatever you choose, the version replaced stays in the history."
            ),
        ]
        if not conflict.deleted
        else [body, text.translate("Conflicts", "Yours:") + "\n" + _fields(mine)]
    )
    choice = dialogs.choose(
        parent,
        text.translate("Conflicts", "Saved by someone else"),
        message,
        [label for _k, label in options],
    )
    return options[choice][0] if 0 <= choice < len(options) else EDIT
