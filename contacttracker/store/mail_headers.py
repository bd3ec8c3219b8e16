"""An e-mail's own Message-ID and References, kept beside its row.

A conversation's UUID is a hash of its letter's Message-ID (one identity for an import, a
sync and a send); the Message-ID itself is kept here, because a letter answering it must
name it in In-Reply-To: a summary e-mail's draft handed to the mail program, or a nudge
sent from the app, then lands in the client's thread without asking the mailbox.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from contacttracker.store.database import db
from contacttracker.store.dialect import among, executemany, id_chunks

_KEEP = (
    "INSERT INTO mail_header (conversation_id, message_id, refs) VALUES (?, ?, ?)"
    " ON CONFLICT (conversation_id) DO NOTHING"
)


def _angled(mid: str) -> str:
    mid = mid.strip()
    return mid if not mid or mid.startswith("<") else f"<{mid}>"


def keep_by_uuid(headers: Mapping[str, tuple[str, Iterable[str]]]) -> None:
    """uuid → (Message-ID, References) of letters just written; rows that exist get theirs
    once (a letter synced again keeps what it had). In the caller's transaction."""
    from contacttracker.store.bulk_write import existing_ids

    wanted = {u: h for u, h in headers.items() if h[0].strip()}
    if not wanted:
        return
    ids = existing_ids("conversation", list(wanted))
    rows = [
        (ids[u], _angled(mid), " ".join(_angled(r) for r in refs if r.strip()))
        for u, (mid, refs) in wanted.items()
        if u in ids
    ]
    if rows:
        executemany(_KEEP, rows)


def keep(conversation_id: int, message_id: str, references: Iterable[str] = ()) -> None:
    """One letter's headers (a letter recorded as sent, a nudge sent from the app)."""
    if message_id.strip():
        refs = " ".join(_angled(r) for r in references if r.strip())
        db.execute_sql(_KEEP, (conversation_id, _angled(message_id), refs))


def of(conversation_id: int) -> tuple[str, list[str]] | None:
    """(Message-ID, References) of a conversation's letter; None when not known."""
    row = db.execute_sql(
        "SELECT message_id, refs FROM mail_header WHERE conversation_id = ?", (conversation_id,)
    ).fetchone()
    return (row[0], row[1].split()) if row else None


def link_stored_replies(ours: Mapping[str, str]) -> int:
    """uuid → Message-ID of our letters just written. A client's letter stored before the
    one it answers (an older period read again, our sent mail imported after the sync, a
    letter moved between folders) names it in References but links to nothing: it links
    now, to the latest of ours it names, and our letter gets its rule state again (the
    reply confirms it). In the caller's transaction; returns how many were linked."""
    from contacttracker.store import flags
    from contacttracker.store.bulk_write import existing_ids
    from contacttracker.store.settings import catalogue

    wanted = {_angled(mid): u for u, mid in ours.items() if mid.strip()}
    ids = existing_ids("conversation", list(wanted.values())) if wanted else {}
    if not ids:
        return 0
    client_of: dict[int, int] = {}
    for chunk in id_chunks(sorted(ids.values())):
        where, params = among("id", chunk)
        client_of.update(
            db.execute_sql(
                f"SELECT id, client_id FROM conversation WHERE {where} AND direction = 'out'",
                params,
            )
        )
    by_mid = {mid: ids[u] for mid, u in wanted.items() if ids.get(u) in client_of}
    links: list[tuple[int, int]] = []
    for chunk in id_chunks(sorted(set(client_of.values()))):
        where, params = among("c.client_id", chunk)
        for reply, client, refs in db.execute_sql(
            "SELECT c.id, c.client_id, h.refs FROM conversation c"
            " JOIN mail_header h ON h.conversation_id = c.id"
            f" WHERE {where} AND c.direction = 'in' AND c.replies_to_id IS NULL"
            " AND c.deleted_at IS NULL AND h.refs <> ''",
            params,
        ):
            for ref in reversed(refs.split()):
                parent = by_mid.get(ref)
                if parent is not None and client_of[parent] == client:
                    links.append((parent, reply))
                    break
    if links:
        executemany(
            "UPDATE conversation SET replies_to_id = ? WHERE id = ? AND replies_to_id IS NULL",
            links,
        )
        flags.refresh({parent for parent, _reply in links}, catalogue())
    return len(links)
