"""Writing many conversations and clients at once: the one bulk path of every import (CSV,
chats, mail, a copy into another database) and of the demo.

Callers hand over rows they have parsed and checked; this module finds what is already
stored (by UUID), allocates the new rows' ids in file order so links between them are set as
they go in (references to later rows are checked at commit), creates the projects they
name, works out each new row's rule state in Python (`flags.state_of_new`) so it is written
once, rebuilds the deferrable indexes after a big batch, and refreshes the rule state and
rollups of the clients and rows the batch can change, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import bulk, flags, rollups
from contacttracker.store.clients import (
    ClientInput,
    add_clients,
    channels_of,
    give_what_it_lacks,
    update_clients,
)
from contacttracker.store.database import db
from contacttracker.store.dialect import (
    after_bulk_insert,
    among,
    defer_foreign_keys,
    id_chunks,
    sync_ids,
)
from contacttracker.store.import_report import ImportRejected, Report
from contacttracker.store.models import new_uuid, utcnow
from contacttracker.store.progress import Progress, advance, part_of
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import from_db, to_db_text


@contextmanager
def all_or_nothing() -> Iterator[None]:
    """One transaction around an import that writes in more than one call (a chat's new
    client, then its messages): a refusal or a cancel keeps none of it."""
    with db.atomic():
        yield


@contextmanager
def rolled_back() -> Iterator[None]:
    """A dry run: the import runs whole in one transaction that is then undone, so its
    report says exactly what it would add, update and refuse, and nothing stays."""
    with db.atomic() as transaction:
        yield
        transaction.rollback()


def give_clients_what_they_lack(
    known: list[tuple[int, list[tuple[str, str, str]], str, str]],
) -> int:
    """Stored clients named again by an import (client id, checked channels, company,
    notes) get the handles, company and notes they lack; returns how many changed.

    What they hold is read for all of them at once, so a file imported again, which
    brings nothing new, costs a few queries rather than a few per row."""
    if not known:
        return 0
    ids = sorted({client_id for client_id, *_rest in known})
    held = {i: {(k, n.lower()) for k, n in pairs} for i, pairs in channels_of(ids).items()}
    about: dict[int, tuple[str, str]] = {}
    for chunk in id_chunks(ids):
        where, params = among("id", chunk)
        about.update(
            (i, (company or "", notes or ""))
            for i, company, notes in db.execute_sql(
                f"SELECT id, company, notes FROM client WHERE {where}", params
            )
        )
    changed: set[int] = set()
    with db.atomic():
        for client_id, channels, company, notes in known:
            have = held.setdefault(client_id, set())
            stored_company, stored_notes = about.get(client_id, ("", ""))
            lacks = (
                any((k, n.lower()) not in have for k, _t, n in channels)
                or (company and not stored_company)
                or (notes and notes not in stored_notes)
            )
            if lacks and give_what_it_lacks(client_id, channels, company, notes):
                changed.add(client_id)
                have.update((k, n.lower()) for k, _t, n in channels)
                about[client_id] = (
                    stored_company or company,
                    (stored_notes + "\n" + notes).strip()
                    if notes not in stored_notes
                    else stored_notes,
                )
    return len(changed)


def write_clients(
    inputs: list[ClientInput],
    checked: list[list[tuple[str, str, str]]],
    report: Report,
    progress: Progress | None = None,
    *,
    update: bool = True,
) -> None:
    """Checked clients (`checked`: what clients.validate returned for each) in one
    transaction: new UUIDs are added; stored ones are brought up to date, or with
    `update=False` left as they are and counted as skipped."""
    existing = existing_ids("client", [d.uuid for d in inputs])
    channels = dict(zip([d.uuid for d in inputs], checked, strict=True))
    fresh = [d for d in inputs if d.uuid not in existing]
    known = [d for d in inputs if d.uuid in existing]
    with db.atomic():
        if update:
            # Stored clients in one go as well: one UPDATE for all, not a save per client.
            changed = update_clients(
                [(existing[d.uuid], d) for d in known],
                [channels[d.uuid] for d in known],
                part_of(progress, 0, len(inputs)),
            )
            report.updated += changed
            report.skipped += len(known) - changed  # the stored card already says it all
        else:
            report.skipped += len(known)
        # New clients in one go: one insert per table, not nine statements each.
        add_clients(
            fresh,
            part_of(progress, len(known), len(inputs)),
            [channels[d.uuid] for d in fresh],
        )
        report.added += len(fresh)


def existing_ids(table: str, uuids: list[str]) -> dict[str, int]:
    """uuid → id of the rows of ``table`` that already have one of these UUIDs."""
    found: dict[str, int] = {}
    for chunk in id_chunks(uuids):  # one array on PostgreSQL, not a list per 500
        where, params = among("uuid", chunk)
        found.update(dict(db.execute_sql(f"SELECT uuid, id FROM {table} WHERE {where}", params)))
    return found


_INSERT = """INSERT INTO conversation (id, uuid, client_id, project_id, channel, direction,
  occurred_at, duration_min, subject, summary, agreements, urgent, follow_up_due, follow_up_done,
  author, dismissed, confirms_id, summarizes_id, replies_to_id, confirmed_at,
  awaiting_confirmation, awaiting_summary, answered_at, awaiting_reply, created_at, updated_at)
  VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""


def write_conversations(
    rows: list[tuple],
    links: list[tuple[str, str, str, str]],
    projects: dict[tuple[int, str], None],
    report: Report,
    progress: Progress | None = None,
    *,
    unknown_links: Literal["reject", "drop"] = "reject",
) -> None:
    """Insert checked conversation rows in one transaction; rows already present (same UUID)
    are skipped, links are set by UUID, and each row goes in with its rule state (the rows of
    clients that had conversations before, and stored rows linked to, are refreshed after).

    A row: (uuid, client_id, project, channel, direction, occurred_at, duration_min, subject,
    summary, agreements, urgent, follow_up_due, follow_up_done, author, dismissed); a link:
    (uuid, confirms, summarizes, replies_to) as UUIDs or ''. A link to a conversation that is
    neither in `rows` nor stored refuses the whole batch (ImportRejected), or with
    `unknown_links="drop"` is left out (a reply to a mail that was never imported).
    Cancelled when `progress` says stop; the transaction then leaves nothing behind.
    """
    existing = existing_ids("conversation", [r[0] for r in rows])
    fresh = [r for r in rows if r[0] not in existing] if existing else rows
    report.skipped += len(rows) - len(fresh)
    # Where each new row stands in the file; its id will be the last stored id plus one more.
    order = dict(zip([r[0] for r in fresh], range(1, len(fresh) + 1), strict=True))
    targets = {t for _u, *ts in links for t in ts if t and t not in order}
    outside = existing_ids("conversation", sorted(targets))  # stored before, or skipped now
    if unknown_links == "drop":
        links = [
            (u, *(t if not t or t in order or t in outside else "" for t in ts)) for u, *ts in links
        ]
    for uuid, *ts in links:
        for target in ts:
            if target and target not in order and target not in outside:
                report.rejected.append(
                    (
                        0,
                        QT_TRANSLATE_NOOP(
                            "Import", "{uuid} links to {target}, which is nowhere"
                        ).format(uuid=uuid, target=target),
                    )
                )
    if report.rejected:
        raise ImportRejected(report)
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S")
    linked = {u: (c, s, r) for u, c, s, r in links if u in order}
    # Each row is written once, with its rule state worked out from the file's rows; the
    # clients that had conversations before get the SQL refresh (stored rows may answer them).
    state = flags.state_of_new(fresh, linked, catalogue())
    new_clients = sorted({r[1] for r in fresh})
    with db.atomic(), bulk.indexes_rebuilt_after(len(fresh)):
        older = clients_with_conversations(new_clients)
        project_ids = _projects(projects)
        (last,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM conversation").fetchone()
        # The new rows get the ids after the last one, in file order, so links between them
        # are set as they are inserted (no second pass); a link to a later row of the file
        # is a forward reference, checked at commit.
        link_ids = _link_ids(linked, order, outside, last)
        defer_foreign_keys()
        with bulk.conversations_bulk():
            # The statement's values are made a slice at a time: all of them at once were
            # as large again as the rows themselves.
            for start in range(0, len(fresh), 10000):
                end = min(start + 10000, len(fresh))
                params = _insert_params(
                    fresh[start:end], state[start:end], link_ids, project_ids, last + start, stamp
                )
                bulk.insert_many(_INSERT, params)
                advance(progress, end, len(fresh))
        sync_ids("conversation")
        after_bulk_insert("conversation", len(fresh), last)
        refresh_onto_history(older, fresh, last)
        flags.refresh(outside.values(), catalogue())
        rollups.refresh_clients(sorted(set(new_clients) - set(older)))
    report.added += len(fresh)


def _link_ids(
    linked: dict[str, tuple[str, str, str]],
    order: dict[str, int],
    outside: dict[str, int],
    last: int,
) -> dict[str, tuple[int | None, int | None, int | None]]:
    """Each linking row's links as ids: a stored row's, or a new row's (``last`` plus its
    place among the new rows)."""
    ids: dict[str, int | None] = {
        t: outside[t] if t in outside else last + order[t]
        for ts in linked.values()
        for t in ts
        if t
    }
    ids[""] = None
    return {u: (ids[c], ids[s], ids[r]) for u, (c, s, r) in linked.items()}


def _insert_params(
    fresh: list[tuple],
    state: list[tuple],
    link_ids: dict[str, tuple[int | None, int | None, int | None]],
    project_ids: dict[tuple[int, str], int],
    last: int,
    stamp: str,
) -> list[tuple]:
    """The values of _INSERT for these new rows: each one's id (``last`` plus its place),
    its columns, its links as ids, its rule state and its time stamps."""
    unlinked = (None, None, None)
    return [
        (
            number,
            uuid,
            client,
            project_ids.get((client, project)) if project else None,
            *rest,
            *link_ids.get(uuid, unlinked),
            *rule_state,
            stamp,
            stamp,
        )
        for number, (uuid, client, project, *rest), rule_state in zip(
            range(last + 1, last + 1 + len(fresh)), fresh, state, strict=True
        )
    ]


def clients_with_conversations(client_ids: list[int]) -> list[int]:
    """Those of these clients that have conversations stored already."""
    found: list[int] = []
    for chunk in id_chunks(client_ids):
        where, params = among("id", chunk)
        found += (
            r[0]
            for r in db.execute_sql(
                f"SELECT id FROM client WHERE {where}"
                " AND EXISTS (SELECT 1 FROM conversation WHERE client_id = client.id)",
                params,
            )
        )
    return found


def _projects(wanted: dict[tuple[int, str], None]) -> dict[tuple[int, str], int]:
    """(client id, project name) → project id, creating the missing projects; a few set-wise
    statements rather than two per pair (an import can name thousands of pairs)."""

    def stored() -> dict[tuple[int, str], int]:
        found: dict[tuple[int, str], int] = {}
        clients = sorted({client_id for client_id, _name in wanted})
        for chunk in id_chunks(clients):
            where, params = among("client_id", chunk)
            found.update(
                ((client_id, name), project_id)
                for project_id, client_id, name in db.execute_sql(
                    f"SELECT id, client_id, name FROM project WHERE {where}", params
                )
            )
        return found

    ids = stored()
    missing = [(new_uuid(), c, n) for c, n in wanted if (c, n) not in ids]
    if missing:
        bulk.insert_many("INSERT INTO project (uuid, client_id, name) VALUES (?, ?, ?)", missing)
        ids = stored()
    return {key: ids[key] for key in wanted}


def _answered_now(answers: dict[int, tuple[str, str]], last: int) -> list[int]:
    """The stored incoming rows whose first answer a new outgoing contact can be: those up
    to the client's latest new one, not answered already by the time of its earliest new
    one (a row answered before that keeps its answer). One statement per chunk of clients,
    not one per client: a mailbox's batch brings new letters to many of them."""
    if not answers:
        return []
    latest = max(until for _first, until in answers.values())
    found: list[int] = []
    for chunk in id_chunks(sorted(answers)):
        where, params = among("client_id", chunk)
        for row_id, client_id, at, answered in db.execute_sql(
            "SELECT id, client_id, occurred_at, answered_at FROM conversation"
            f" WHERE direction = 'in' AND id <= ? AND occurred_at <= ? AND {where}",
            [last, latest, *params],
        ):
            first, until = answers[client_id]
            if to_db_text(from_db(at)) <= until and (
                answered is None or to_db_text(from_db(answered)) > first
            ):
                found.append(row_id)
    return found


def refresh_onto_history(client_ids: list[int], fresh: list[tuple], last: int) -> None:
    """After a bulk write onto clients that had conversations, the rule state of the rows
    the stored history and the new rows can change for each other: a new incoming message
    a stored outgoing contact answers (at or after it), and a stored incoming message a new
    outgoing contact answers. Links are by id, so no stored row confirms or writes up a new
    one; stored rows that new ones link to are refreshed by the caller.

    The rest cannot change, and is not read again: refreshing every row of these clients
    made each import onto a long history cost as much as the history.
    """
    if not client_ids:
        return
    older = set(client_ids)
    latest_stored: dict[int, str] = {}  # client → its latest stored outgoing contact
    for chunk in id_chunks(sorted(older)):
        where, params = among("client_id", chunk)
        for client_id, at in db.execute_sql(
            "SELECT client_id, max(occurred_at) FROM conversation"
            f" WHERE direction = 'out' AND id <= ? AND {where} GROUP BY client_id",
            [last, *params],
        ):
            if at is not None:
                latest_stored[client_id] = to_db_text(from_db(at))
    ids: list[int] = []
    # client → (its earliest, its latest) new outgoing contact
    answers: dict[int, tuple[str, str]] = {}
    for n, row in enumerate(fresh, 1):  # ids in file order after the last stored one
        client_id, direction, at = row[1], row[4], row[5]
        if client_id not in older:
            continue
        if direction == "in" and client_id in latest_stored and at <= latest_stored[client_id]:
            ids.append(last + n)
        elif direction == "out":
            first, latest = answers.get(client_id, (at, at))
            answers[client_id] = (min(first, at), max(latest, at))
    ids += _answered_now(answers, last)
    flags.refresh(ids, catalogue())
    rollups.refresh_clients(sorted(older))
