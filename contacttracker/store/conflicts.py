"""Two people editing the same record: the second save is refused, never silently applied.

Every client and conversation carries a version number that each save raises by one. An
edit names the version it started from; when the stored one has moved on, the save raises
`Conflict` with the stored state and who changed it, and the window lets the person choose.
The check and the raise of the version are one conditional UPDATE, so it holds between
processes and machines sharing a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store.database import db
from contacttracker.store.timeutil import from_db


@dataclass(eq=False)
class Conflict(Exception):
    """Someone saved this record since it was opened; `theirs` is what is stored now."""

    table: str
    record_id: int
    version: int  # the stored version: saving with it overwrites theirs on purpose
    theirs: dict[str, str] = field(default_factory=dict)
    changed_by: str = ""
    changed_at: datetime | None = None
    deleted: bool = False

    def __post_init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Conflicts", "someone else saved this {table} after you opened it"
            ).format(table=self.table)
        )


def claim(table: str, record_id: int, expected: int | None) -> None:
    """Inside the save's transaction: raise the version, or raise Conflict when the stored
    version is not `expected` (None: no check, the record was not opened for editing)."""
    if expected is None:
        db.execute_sql(f"UPDATE {table} SET version = version + 1 WHERE id = ?", (record_id,))
        return
    cursor = db.execute_sql(
        f"UPDATE {table} SET version = version + 1"
        " WHERE id = ? AND version = ? AND deleted_at IS NULL",
        (record_id, expected),
    )
    if cursor.rowcount == 1:
        return
    raise _conflict(table, record_id)


def _conflict(table: str, record_id: int) -> Conflict:
    if table == "conversation":
        row = db.execute_sql(
            "SELECT version, deleted_at, subject, summary, agreements, channel, occurred_at,"
            " updated_at, author FROM conversation WHERE id = ?",
            (record_id,),
        ).fetchone()
        version, deleted, subject, summary, agreements, channel, occurred, updated, author = row
        last = db.execute_sql(
            "SELECT author, changed_at FROM conversation_version WHERE conversation_id = ?"
            " ORDER BY version DESC LIMIT 1",
            (record_id,),
        ).fetchone()
        theirs = {
            "subject": subject,
            "summary": summary,
            "agreements": agreements,
            "channel": channel,
            "occurred_at": occurred,
        }
        by, at = (last[0], from_db(last[1])) if last else (author, from_db(updated))
        return Conflict(table, record_id, version, theirs, by, at, deleted is not None)
    row = db.execute_sql(
        "SELECT version, deleted_at, name, company, tags, notes, updated_at FROM client"
        " WHERE id = ?",
        (record_id,),
    ).fetchone()
    version, deleted, name, company, tags, notes, updated = row
    theirs = {"name": name, "company": company, "tags": tags, "notes": notes}
    return Conflict(table, record_id, version, theirs, "", from_db(updated), deleted is not None)
