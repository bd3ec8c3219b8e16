"""Writing many conversations and clients at once: the one bulk path of every import (CSV,
chats, mail, a copy into another database) and of the demo.

Callers hand over rows they have parsed and checked; this module finds what is already
stored (by UUID), allocates the new rows' ids in file order so links between them are set as
they go in (references to later rows are checked at commit), creates the projects they
name, works out each new row's rule state in Python (`flags.state_of_new`) so it is written
once, rebuilds the deferrable indexes after a big batch, and refreshes the rule state and
rollups of the clients and rows the batch can change, all in one transaction. A long file
is written a batch at a time inside that one transaction (`conversation_batches`), each
batch landing on the ones before as a second import does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from operator import itemgetter
from typing import Literal

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.store import bulk, conflicts, flags, history, rollups
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
    # In key order, each chunk's probes fall on neighbouring pages of the UUID index
    # rather than all over it (random UUIDs against a long history).
    for chunk in id_chunks(sorted(uuids)):  # one array on PostgreSQL, not a list per 500
        where, params = among("uuid", chunk)
        found.update(dict(db.execute_sql(f"SELECT uuid, id FROM {table} WHERE {where}", params)))
    return found


def stored_times(uuids: list[str]) -> dict[str, datetime]:
    """uuid → occurred_at of the stored conversations with one of these UUIDs: a chat whose
    dates read both ways tells by them which reading each stored message was given."""
    found: dict[str, datetime] = {}
    for chunk in id_chunks(sorted(uuids)):
        where, params = among("uuid", chunk)
        for uuid, at in db.execute_sql(
            f"SELECT uuid, occurred_at FROM conversation WHERE {where}", params
        ):
            if (when := from_db(at)) is not None:
                found[uuid] = when
    return found


def correct_conversations(corrections: dict[str, str]) -> int:
    """Put right the time of stored rows an earlier import read wrong (a chat's day and
    month swapped): UUID → occurred_at as stored text, in the caller's transaction. The
    UUID stays, so copies elsewhere and files exported before still name the same row.
    Each row that changes keeps its earlier version in its history and raises its version
    (an editor open on it then sees the change); one already at that time is left alone.
    Every row of their clients is refreshed: a moved time changes what answers what.
    Returns how many rows moved."""
    if not corrections:
        return 0
    with db.atomic():
        moves: list[tuple[str, int]] = []
        for chunk in id_chunks(sorted(corrections)):
            where, params = among("uuid", chunk)
            moves += (
                (corrections[uuid], row_id)
                for uuid, row_id, at in db.execute_sql(
                    f"SELECT uuid, id, occurred_at FROM conversation WHERE {where}", params
                )
                if _stored_text(at) != corrections[uuid]
            )
        for _at, row_id in moves:
            history.record(row_id, "edit")
            conflicts.claim("conversation", row_id, None)
        stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S")
        bulk.insert_many(
            "UPDATE conversation SET occurred_at = ?, updated_at = ? WHERE id = ?",
            [(at, stamp, row_id) for at, row_id in moves],
        )
        clients = sorted(rollups.clients_of(row_id for _a, row_id in moves))
        rows: list[int] = []
        for chunk in id_chunks(clients):
            where, params = among("client_id", chunk)
            rows += (
                r[0] for r in db.execute_sql(f"SELECT id FROM conversation WHERE {where}", params)
            )
        flags.refresh(rows, catalogue())
    return len(moves)


_INSERT = """INSERT INTO conversation (id, uuid, client_id, project_id, channel, direction,
  occurred_at, duration_min, subject, summary, agreements, urgent, follow_up_due, follow_up_done,
  author, dismissed, confirms_id, summarizes_id, replies_to_id, confirmed_at,
  awaiting_confirmation, awaiting_summary, answered_at, awaiting_reply, created_at, updated_at)
  VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""


#: Rows whose insert values are made at once: all of a batch's at once were as large again
#: as the rows themselves.
_SLICE = 10_000
_LINK_COLUMNS = ("confirms_id", "summarizes_id", "replies_to_id")


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
    with conversation_batches(
        report, progress, unknown_links=unknown_links, expected_rows=len(rows)
    ) as batches:
        batches.write(rows, links, projects)


@contextmanager
def conversation_batches(
    report: Report,
    progress: Progress | None = None,
    *,
    unknown_links: Literal["reject", "drop"] = "reject",
    expected_rows: int = 0,
) -> Iterator[ConversationBatches]:
    """One transaction for conversations written a batch at a time (a long file as it is
    read): memory is bounded by the batch, not by the file, and nothing stays unless all of
    it does. `expected_rows` (a guess is enough) decides whether the deferrable indexes are
    dropped for the whole import and built once at the end; the new rows get their
    full-text entries in one pass at the end as well.

    On leaving the block, the links to rows of later batches are set and the links to
    nowhere refused; ImportRejected when the report holds any refusal (the caller's too).
    """
    with db.atomic():
        (base,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM conversation").fetchone()
        with (
            bulk.indexes_rebuilt_after(expected_rows) as indexes,
            rollups.deferred(growing=True) as rollup,
        ):
            defer_foreign_keys()
            with bulk.conversations_bulk():
                batches = ConversationBatches(base, report, progress, unknown_links, rollup)
                batches.expected = expected_rows
                batches.indexes = indexes
                yield batches
                batches.close()


class ConversationBatches:
    """The new conversations of one import, written a batch at a time inside its one
    transaction (see :func:`conversation_batches`).

    Each batch lands on the ones before it as a second import lands on a history: rows
    stored before the import are skipped, and the stored rows the batch links to or can
    answer are refreshed. A row whose UUID is stored with an id this import gave is the
    file's second copy of it, so no set of every UUID of the file is held. A link to a row
    of a later batch is set at the end. Once the report holds a refusal nothing more is
    written, but later batches are still checked, so the report lists every bad row.
    """

    def __init__(
        self,
        base: int,
        report: Report,
        progress: Progress | None,
        unknown_links: Literal["reject", "drop"],
        rollup: rollups.Waiting,
    ) -> None:
        # Keeps the ids this import gave, a range per batch: a UUID stored under one of
        # them is the file's second copy of a row (not a row a colleague stored meanwhile),
        # and the clients' rollups add those rows at the end.
        self.rollup = rollup
        self.analyzed = base  # the table's size when the planner's statistics were taken
        self.report = report
        self.progress = progress
        self.unknown_links = unknown_links
        #: How many rows there will be in all, for the progress (a guess; 0 when unknown).
        self.expected = 0
        self.indexes: bulk.DeferredIndexes | None = None
        self.done = 0
        self.catalogue = catalogue()
        self.stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S")
        # Rows checked once the file was refused, and so never written: later rows are
        # checked against them (copies, links) as they would be against stored ones.
        self.unwritten: set[str] = set()
        # Links to rows not yet seen: (the linking row's id, or 0 when it is not written;
        # which link; the target's UUID; the linking row's UUID and line).
        self.forward: list[tuple[int, int, str, str, int]] = []

    def write(
        self,
        rows: list[tuple],
        links: list[tuple[str, str, str, str]],
        projects: dict[tuple[int, str], None],
        lines: list[int] | None = None,
    ) -> None:
        """Write one batch (rows and links as :func:`write_conversations` takes them;
        `lines`: each row's line in the file, for the report), or only check it once the
        report holds a refusal."""
        uuids = [r[0] for r in rows]
        existing = existing_ids("conversation", uuids)
        self._refuse_copies(uuids, existing, lines)
        fresh = [r for r in rows if r[0] not in existing] if existing else rows
        # A client's new rows go in side by side (in file order among themselves), so each
        # lands on its client's pages of the (client, time) index rather than at random.
        fresh = sorted(fresh, key=itemgetter(1))
        # Where each new row stands in the batch; its id will be the last stored id plus that.
        order = dict(zip([r[0] for r in fresh], range(1, len(fresh) + 1), strict=True))
        targets = {t for _u, *ts in links for t in ts if t and t not in order}
        outside = existing_ids("conversation", sorted(targets))  # stored, or written before
        unseen = targets - outside.keys() - self.unwritten  # later in the file, or nowhere
        later: list[tuple[str, int, str]] = []  # (linking row, which link, target)
        line_of: dict[str, int] = {}
        if unseen:
            line_of = dict(zip(uuids, lines, strict=True)) if lines is not None else {}
            later = [
                (uuid, which, target)
                for uuid, *ts in links
                for which, target in enumerate(ts)
                if target in unseen
            ]
        if self.report.rejected:  # refused already: check the rest, write nothing more
            self.unwritten.update(order)
            self.forward += [(0, w, t, u, line_of.get(u, 0)) for u, w, t in later]
            self.done += len(rows)
            advance(self.progress, self.done, self.expected)
            return
        self.report.skipped += len(rows) - len(fresh)
        linked = {
            u: (c, m, r) if not unseen else tuple("" if t in unseen else t for t in (c, m, r))
            for u, c, m, r in links
            if u in order
        }
        # Each row is written once, with its rule state worked out from the batch's rows;
        # the clients that had conversations before (stored, or in earlier batches) get the
        # SQL refresh, as a second import does.
        state = flags.state_of_new(fresh, linked, self.catalogue)
        if self.indexes is not None:
            self.indexes.first_batch(fresh, state)
        new_clients = sorted({r[1] for r in fresh})
        older = clients_with_conversations(new_clients)
        project_ids = _projects(projects)
        (last,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM conversation").fetchone()
        # The new rows get the ids after the last one, in file order, so links between them
        # are set as they are inserted (no second pass); a link to a later row of the batch
        # is a forward reference, checked at commit; one to a later batch is set at the end.
        link_ids = _link_ids(linked, order, outside, last)
        self.forward += [
            (last + order[u] if u in order else 0, w, t, u, line_of.get(u, 0)) for u, w, t in later
        ]
        for start in range(0, len(fresh), _SLICE):
            end = min(start + _SLICE, len(fresh))
            params = _insert_params(
                fresh[start:end], state[start:end], link_ids, project_ids, last + start, self.stamp
            )
            bulk.insert_many(_INSERT, params)
            advance(self.progress, self.done + end, max(self.expected, self.done + end))
        if fresh:
            self.rollup.rows_added(last + 1, last + len(fresh))
        self.done += len(rows)
        sync_ids("conversation")
        # The planner's statistics are brought up to date after the first batch, then each
        # time the table has doubled since: not after every batch (ANALYZE of a table of
        # conversations costs seconds on a server, and plans only need the right scale).
        size = last + len(fresh)
        grown = size - self.analyzed
        first = len(self.rollup.added) <= 1  # as any single write: after_bulk_insert decides
        if grown > (0 if first else self.analyzed):
            after_bulk_insert("conversation", grown, self.analyzed)
            self.analyzed = size
        refresh_onto_history(older, fresh, last)
        flags.refresh(outside.values(), self.catalogue)
        rollups.refresh_clients(sorted(set(new_clients) - set(older)))
        self.report.added += len(fresh)

    def _refuse_copies(
        self, uuids: list[str], existing: dict[str, int], lines: list[int] | None
    ) -> None:
        """A UUID twice in the batch, stored by this import, or among the rows checked
        after a refusal: the file holds it twice."""
        if (
            len(set(uuids)) == len(uuids)
            and not any(self.rollup.ours(i) for i in existing.values())
            and self.unwritten.isdisjoint(uuids)
        ):
            return
        seen: set[str] = set()
        for n, uuid in enumerate(uuids):
            if uuid in seen or self.rollup.ours(existing.get(uuid, 0)) or uuid in self.unwritten:
                self.report.rejected.append(
                    (
                        lines[n] if lines is not None else 0,
                        QT_TRANSLATE_NOOP("Import", "uuid {uuid} appears twice in the file").format(
                            uuid=uuid
                        ),
                    )
                )
            seen.add(uuid)

    def close(self) -> None:
        """Set the links to rows of later batches and refuse (or drop) those to nowhere;
        raises ImportRejected when the report holds any refusal."""
        if self.forward:
            found = existing_ids("conversation", sorted({f[2] for f in self.forward}))
            sets: list[list[tuple[int, int]]] = [[], [], []]
            for row_id, which, target, uuid, line in self.forward:
                if target in found:
                    if row_id:
                        sets[which].append((found[target], row_id))
                elif target not in self.unwritten and self.unknown_links == "reject":
                    self.report.rejected.append(
                        (
                            line,
                            QT_TRANSLATE_NOOP(
                                "Import", "{uuid} links to {target}, which is nowhere"
                            ).format(uuid=uuid, target=target),
                        )
                    )
            if not self.report.rejected:
                for column, pairs in zip(_LINK_COLUMNS, sets, strict=True):
                    if pairs:
                        bulk.insert_many(
                            f"UPDATE conversation SET {column} = ? WHERE id = ?", pairs
                        )
                flags.refresh({i for pairs in sets for pair in pairs for i in pair}, self.catalogue)
        if self.report.rejected:
            self.report.rejected.sort(key=lambda r: r[0])
            raise ImportRejected(self.report)


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


def _answered_now(
    answers: dict[int, list[str]], last: int, latest_stored: dict[int, str]
) -> list[int]:
    """The stored incoming rows a new outgoing contact answers first: one at or after the
    row and before its stored answer, if it has one (`answers`: each client's new outgoing
    contacts, in time order). One statement per chunk of clients, not one per client: a
    mailbox's batch brings new letters to many of them."""
    if not answers:
        return []
    # A stored row a client's latest stored outgoing contact follows is answered by then at
    # the latest; when every new contact of the client comes after that one, such a row
    # keeps its answer. So the database reads only the end of a long history for those
    # clients (an import's batches each land on all the ones before), with bounds common to
    # a group of clients; the others (no stored contact, or a new one earlier) are read whole.
    bounded = {
        c: times
        for c, times in answers.items()
        if c in latest_stored and times[0] > latest_stored[c]
    }
    whole = {c: times for c, times in answers.items() if c not in bounded}
    found = _answered_in(bounded, last, min(latest_stored[c] for c in bounded)) if bounded else []
    return found + (_answered_in(whole, last, "") if whole else [])


def _answered_in(answers: dict[int, list[str]], last: int, since: str) -> list[int]:
    """:func:`_answered_now` for a group of clients, reading their stored incoming rows
    after `since` (all of them when it is empty)."""
    latest = max(times[-1] for times in answers.values())
    earliest = min(times[0] for times in answers.values())
    after, bound = (" AND occurred_at > ?", [since]) if since else ("", [])
    found: list[int] = []
    for chunk in id_chunks(sorted(answers)):
        where, params = among("client_id", chunk)
        for row_id, client_id, at, answered in db.execute_sql(
            "SELECT id, client_id, occurred_at, answered_at FROM conversation"
            f" WHERE direction = 'in' AND id <= ? AND occurred_at <= ?{after} AND {where}"
            " AND (answered_at IS NULL OR answered_at > ?)",
            [last, latest, *bound, *params, earliest],
        ):
            times = answers[client_id]
            following = bisect_left(times, _stored_text(at))
            if following < len(times) and (
                answered is None or times[following] < _stored_text(answered)
            ):
                found.append(row_id)
    return found


def _stored_text(value: object) -> str:
    """A stored time as the text the new rows carry: SQLite's is that text already."""
    if type(value) is str and len(value) == 19:
        return value
    return to_db_text(from_db(value))  # type: ignore[arg-type]


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
    # client → the times of its new outgoing contacts, in order
    answers: dict[int, list[str]] = {}
    for n, row in enumerate(fresh, 1):  # ids in file order after the last stored one
        client_id, direction, at = row[1], row[4], row[5]
        if client_id not in older:
            continue
        if direction == "in" and client_id in latest_stored and at <= latest_stored[client_id]:
            ids.append(last + n)
        elif direction == "out":
            answers.setdefault(client_id, []).append(at)
    for times in answers.values():
        times.sort()
    ids += _answered_now(answers, last, latest_stored)
    flags.refresh(ids, catalogue())
    rollups.refresh_clients(sorted(older))
