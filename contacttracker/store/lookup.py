"""Finding a client or a conversation from what a person types: a UUID, the start of one,
a name or a handle. Returns every candidate; the caller decides what several mean."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from contacttracker.store import browse
from contacttracker.store.database import db
from contacttracker.store.dialect import among
from contacttracker.store.timeutil import from_db

#: The shortest start of a UUID taken as a reference (shorter ones match too much).
MIN_PREFIX = 6
_UUIDISH = re.compile(r"^[0-9a-f-]+$")
#: How many candidates a search for a name brings back at most.
MOST = 20


@dataclass(frozen=True, slots=True)
class ClientMatch:
    id: int
    uuid: str
    name: str
    company: str


@dataclass(frozen=True, slots=True)
class ConversationMatch:
    id: int
    uuid: str
    client: str
    channel: str
    occurred_at: datetime
    subject: str
    deleted: bool


def uuid_like(text: str) -> bool:
    """Could be a UUID or the start of one (at least MIN_PREFIX characters)."""
    text = text.strip().lower()
    return len(text) >= MIN_PREFIX and bool(_UUIDISH.match(text))


def _uuid_where(text: str) -> tuple[str, str]:
    """An exact UUID reads the unique index; a start of one compares the column's start."""
    text = text.strip().lower()
    if len(text) == 36:
        return "uuid = ?", text
    return "uuid LIKE ?", text + "%"  # only hex digits and dashes: nothing to escape


def clients(text: str) -> list[ClientMatch]:
    """Clients (archived ones too, never deleted ones) the text names: by UUID or its start;
    else by the exact name; else by an exact handle; else every client whose name, company,
    tags or handles contain the words (the window's client filter)."""
    text = text.strip()
    if not text:
        return []
    if uuid_like(text):
        where, value = _uuid_where(text)
        found = _clients_where(f"{where} AND deleted_at IS NULL", [value])
        if found:
            return found
    candidates = browse.client_page(text, archived=True, limit=500)
    if not candidates:
        return []
    ids = [c.id for c in candidates]
    folded = text.casefold()
    exact = [c.id for c in candidates if c.name.casefold() == folded]
    if exact:
        return _clients_where(*_among(exact))
    handles = _handle_owners(ids, folded)
    if handles:
        return _clients_where(*_among(handles))
    return _clients_where(*_among(ids[:MOST]))


def _among(ids: list[int]) -> tuple[str, list[object]]:
    return among("id", ids)


def _handle_owners(ids: list[int], folded: str) -> list[int]:
    """Which of these clients have a handle that is the text, as typed or normalised."""
    from contacttracker.domain.phones import to_e164

    try:
        phone = to_e164(folded)
    except ValueError:
        phone = ""
    where, params = among("client_id", ids)
    owners = []
    for client_id, value, normal in db.execute_sql(
        f"SELECT client_id, value, normalized FROM contact_point WHERE {where}", params
    ).fetchall():
        if folded in (value.casefold(), normal.casefold()) or (phone and phone == normal):
            owners.append(client_id)
    return sorted(set(owners))


def _clients_where(where: str, params: list[object]) -> list[ClientMatch]:
    return [
        ClientMatch(*row)
        for row in db.execute_sql(
            f"SELECT id, uuid, name, company FROM client WHERE {where} ORDER BY name, id LIMIT ?",
            [*params, MOST + 1],
        ).fetchall()
    ]


def conversations(text: str) -> list[ConversationMatch]:
    """Conversations (in the Trash too) whose UUID is the text or starts with it."""
    if not uuid_like(text):
        return []
    where, value = _uuid_where(text)
    return [
        ConversationMatch(i, u, name, ch, from_db(at), subj, gone is not None)
        for i, u, name, ch, at, subj, gone in db.execute_sql(
            "SELECT c.id, c.uuid, cl.name, c.channel, c.occurred_at, c.subject, c.deleted_at"
            f" FROM conversation c JOIN client cl ON cl.id = c.client_id WHERE c.{where}"
            " ORDER BY c.occurred_at, c.id LIMIT ?",
            (value, MOST + 1),
        ).fetchall()
    ]
