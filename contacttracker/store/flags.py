"""The rules of :mod:`contacttracker.domain.rules` as set-based SQL.

Each conversation carries the state of its rules (awaiting confirmation, awaiting a summary,
awaiting our reply), so the attention queues read small partial indexes instead of
evaluating links over a million rows. Every write that can change a rule refreshes the
rows it touches; a test checks the stored state against the Python rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from contacttracker.domain.channels import EMAIL, Catalogue
from contacttracker.store import rollups
from contacttracker.store.database import db
from contacttracker.store.dialect import among, id_chunks

_LIVE = "x.deleted_at IS NULL"


def _in_list(keys: list[str]) -> tuple[str, list[str]]:
    if not keys:
        return "(NULL)", []
    return "(" + ",".join("?" * len(keys)) + ")", list(keys)


def _refresh_sql(catalogue: Catalogue) -> tuple[str, list[object]]:
    spoken, spoken_params = _in_list(catalogue.spoken_keys())
    written, written_params = _in_list(catalogue.written_keys())
    confirmed_by = (
        "FROM conversation x WHERE ((x.confirms_id = conversation.id)"
        " OR (x.replies_to_id = conversation.id AND x.direction = 'in' AND x.channel = ?))"
        f" AND {_LIVE}"
    )
    answered_by = (
        "FROM conversation x WHERE x.client_id = conversation.client_id AND x.direction = 'out'"
        f" AND x.occurred_at >= conversation.occurred_at AND {_LIVE}"
    )
    sql = f"""
    UPDATE conversation SET
      confirmed_at = CASE WHEN channel = ? AND direction = 'out'
          THEN (SELECT min(x.occurred_at) {confirmed_by}) END,
      awaiting_confirmation = CASE
          WHEN channel = ? AND direction = 'out' AND deleted_at IS NULL
           AND dismissed NOT LIKE '%unconfirmed_email%'
           AND NOT EXISTS (SELECT 1 {confirmed_by}) THEN 1 ELSE 0 END,
      awaiting_summary = CASE
          WHEN channel IN {spoken} AND trim(agreements) <> '' AND deleted_at IS NULL
           AND dismissed NOT LIKE '%needs_summary%'
           AND NOT EXISTS (SELECT 1 FROM conversation x WHERE x.summarizes_id = conversation.id
                AND x.channel = ? AND x.direction = 'out' AND {_LIVE}) THEN 1 ELSE 0 END,
      answered_at = CASE WHEN direction = 'in' AND channel IN {written} AND confirms_id IS NULL
          THEN (SELECT min(x.occurred_at) {answered_by}) END,
      awaiting_reply = CASE
          WHEN direction = 'in' AND channel IN {written} AND confirms_id IS NULL
           AND deleted_at IS NULL AND dismissed NOT LIKE '%awaiting_reply%'
           AND NOT EXISTS (SELECT 1 {answered_by}) THEN 1 ELSE 0 END
    """
    params: list[object] = [
        EMAIL,
        EMAIL,
        EMAIL,
        EMAIL,
        *spoken_params,
        EMAIL,
        *written_params,
        *written_params,
    ]
    return sql, params


def refresh(ids: Iterable[int] | None, catalogue: Catalogue) -> None:
    """Recompute the rule state of the given conversations (all of them with None),
    and the rollups of their clients."""
    sql, params = _refresh_sql(catalogue)
    if ids is None:
        db.execute_sql(sql, params)
        rollups.refresh_clients(None)
        return
    id_list = sorted({int(i) for i in ids if i is not None})
    for chunk in id_chunks(id_list):
        where, chunk_params = among("id", chunk)
        db.execute_sql(f"{sql} WHERE {where}", params + chunk_params)
    rollups.refresh_clients(rollups.clients_of(id_list))


def affected_by(conversation_id: int) -> set[int]:
    """The conversations whose rules a change to this one can change.

    Itself, what it links to, and the incoming messages of the same client that an
    outgoing contact may answer.
    """
    row = db.execute_sql(
        "SELECT client_id, confirms_id, summarizes_id, replies_to_id, direction"
        " FROM conversation WHERE id = ?",
        (conversation_id,),
    ).fetchone()
    if row is None:
        return set()
    client_id, *links, direction = row
    ids = {conversation_id, *(i for i in links if i)}
    if direction == "out":
        ids.update(
            r[0]
            for r in db.execute_sql(
                "SELECT id FROM conversation WHERE client_id = ? AND direction = 'in'",
                (client_id,),
            )
        )
    return ids
