"""The rules of :mod:`contacttracker.domain.rules` as set-based SQL.

Each conversation carries the state of its rules (awaiting confirmation, awaiting a summary,
awaiting our reply), so the attention queues read small partial indexes instead of
evaluating links over a million rows. Every write that can change a rule refreshes the
rows it touches; a test checks the stored state against the Python rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter

from contacttracker.domain import rules
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
           AND lower(dismissed) NOT LIKE '%unconfirmed_email%'
           AND NOT EXISTS (SELECT 1 {confirmed_by}) THEN 1 ELSE 0 END,
      awaiting_summary = CASE
          WHEN channel IN {spoken} AND trim(agreements) <> '' AND deleted_at IS NULL
           AND lower(dismissed) NOT LIKE '%needs_summary%'
           AND NOT EXISTS (SELECT 1 FROM conversation x WHERE x.summarizes_id = conversation.id
                AND x.channel = ? AND x.direction = 'out' AND {_LIVE}) THEN 1 ELSE 0 END,
      answered_at = CASE WHEN direction = 'in' AND channel IN {written} AND confirms_id IS NULL
          THEN (SELECT min(x.occurred_at) {answered_by}) END,
      awaiting_reply = CASE
          WHEN direction = 'in' AND channel IN {written} AND confirms_id IS NULL
           AND deleted_at IS NULL AND lower(dismissed) NOT LIKE '%awaiting_reply%'
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
    rollups.refreshing(id_list)
    for chunk in id_chunks(id_list):
        where, chunk_params = among("id", chunk)
        db.execute_sql(f"{sql} WHERE {where}", params + chunk_params)
    rollups.refresh_clients(rollups.clients_of(id_list))


#: A new row as the importers hold it: (uuid, client_id, project, channel, direction,
#: occurred_at, duration_min, subject, summary, agreements, urgent, follow_up_due,
#: follow_up_done, author, dismissed).
NewRow = tuple[
    str, int, str, str, str, str, int | None, str, str, str, int, str | None, int, str, str
]
#: A new row's links by its uuid: (confirms, summarizes, replies_to) as other rows' uuids or ''.
NewLinks = rules.NewLinks
#: What the rules read of a new row: uuid, client, channel, direction, time, agreements,
#: dismissed.
_STATE_FIELDS = itemgetter(0, 1, 3, 4, 5, 9, 14)


def state_of_new(rows: Sequence[NewRow], links: NewLinks, catalogue: Catalogue) -> list[tuple]:
    """The rule state of conversations about to be inserted, computed from these rows alone:
    (confirmed_at, awaiting_confirmation, awaiting_summary, answered_at, awaiting_reply) per
    row, exactly what :func:`refresh` stores when these are their clients' only rows.

    The domain's rules for a batch (:func:`contacttracker.domain.rules.state_of_new_rows`),
    over rows as the bulk writer holds them. Rows of clients that had conversations before
    still go through :func:`refresh` afterwards (stored rows may answer or confirm them).
    """
    return rules.state_of_new_rows(rows, links, catalogue, _STATE_FIELDS)


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
