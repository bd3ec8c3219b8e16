"""What the mailbox sync reads from and keeps in the database: the clients' addresses, how
far each folder was read, and the e-mails a "Re:" letter may answer.

How far a folder was read is kept in the database (a setting per mailbox and folder), not
with the person: it says what this database holds, so a colleague syncing the same
mailbox into a shared database continues where the other stopped, and another database
starts from the beginning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from contacttracker.domain.channels import EMAIL
from contacttracker.store import settings
from contacttracker.store.database import db

_STATE = "mail_sync_state:"


@dataclass(frozen=True, slots=True)
class FolderState:
    """A folder read up to `last_uid` while its UIDVALIDITY was `validity`; `modseq`, where
    the server offers CONDSTORE, is its HIGHESTMODSEQ when it was last read whole (0: not
    known, or not read whole: the next sync asks by UID)."""

    validity: int
    last_uid: int
    modseq: int = 0


def folder_state(mailbox: str, folder: str) -> FolderState | None:
    text = settings.get(f"{_STATE}{mailbox}/{folder}")
    try:
        data = json.loads(text) if text else None
        if not data:
            return None
        return FolderState(
            int(data["uidvalidity"]), int(data["last_uid"]), int(data.get("highestmodseq", 0))
        )
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: read the folder again (nothing doubles)


def keep_folder_state(mailbox: str, folder: str, state: FolderState) -> None:
    """Within the batch's transaction, so the state never runs ahead of what is stored."""
    settings.set_many(
        {
            f"{_STATE}{mailbox}/{folder}": json.dumps(
                {
                    "uidvalidity": state.validity,
                    "last_uid": state.last_uid,
                    "highestmodseq": state.modseq,
                }
            )
        }
    )


def write_batch(
    mailbox: str, folder: str, rows, links, mark: FolderState, outcome, headers=None
) -> None:
    """One batch of a folder in one transaction: its letters through the bulk path with
    their Message-IDs and References (uuid → both), then the folder's mark, so a sync cut
    off before the commit leaves none of them."""
    from contacttracker.store import mail_headers
    from contacttracker.store.bulk_write import write_conversations

    with db.atomic():
        if rows:
            write_conversations(rows, links, {}, outcome)
            mail_headers.keep_by_uuid(headers or {})
            mail_headers.link_stored_replies(
                {r[0]: headers[r[0]][0] for r in rows if r[4] == "out" and r[0] in (headers or {})}
            )
        keep_folder_state(mailbox, folder, mark)


def mark_empty_folder(mailbox: str, folder: str, mark: FolderState) -> None:
    """An empty folder's mark, so the next sync asks for new UIDs only."""
    with db.atomic():
        keep_folder_state(mailbox, folder, mark)


def client_addresses() -> dict[str, int]:
    """Every e-mail handle of a client that is not deleted (lower case) → the client's id."""
    return {
        normal.lower(): cid
        for cid, normal in db.execute_sql(
            "SELECT p.client_id, p.normalized FROM contact_point p JOIN client c"
            " ON c.id = p.client_id WHERE p.channel = ? AND c.deleted_at IS NULL",
            (EMAIL,),
        )
    }


def recent_emails(client_id: int, direction: str, since: datetime, until: datetime) -> list:
    """(uuid, subject) of the client's e-mails in that direction between the two times, the
    latest first: what a "Re:" letter without In-Reply-To may answer."""
    fmt = "%Y-%m-%d %H:%M:%S"
    return list(
        db.execute_sql(
            "SELECT uuid, subject FROM conversation WHERE client_id = ? AND channel = ?"
            " AND direction = ? AND occurred_at >= ? AND occurred_at <= ?"
            " AND deleted_at IS NULL ORDER BY occurred_at DESC",
            (client_id, EMAIL, direction, since.strftime(fmt), until.strftime(fmt)),
        )
    )
