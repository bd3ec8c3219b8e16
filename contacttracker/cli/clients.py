"""Clients from the shell: add, edit, show, list, archive and erase, through the same
save the client dialog uses."""

from __future__ import annotations

import argparse
import sys

from contacttracker.cli import refs
from contacttracker.cli.common import FORMATS, Failure, emit, json_out, open_store, positive
from contacttracker.cli.writing import refused, wrote
from contacttracker.domain.columns import CLIENT_FIELDS
from contacttracker.domain.words import english

SORTS = {"name": "name", "last-contact": "last_contact", "open": "open_items"}
SHOW_COLUMNS = [*CLIENT_FIELDS, "last_contact_at", "open_items", "channels", "projects"]
LIST_COLUMNS = [
    "uuid",
    "name",
    "company",
    "channel",
    "handle",
    "last_contact_at",
    "open_items",
    "archived",
]


def register(sub) -> None:
    client = sub.add_parser("client", help="add, edit, show, list, archive or erase clients")
    verbs = client.add_subparsers(dest="verb", metavar="VERB", required=True)

    add = verbs.add_parser("add", help="a new client; prints its UUID")
    add.add_argument("name")
    _card_options(add, editing=False)
    add.add_argument(
        "--create",
        action="store_true",
        help="start a new database when --db names none (else: 'no database at …')",
    )
    add.set_defaults(func=cmd_add)

    edit = verbs.add_parser("edit", help="change what the options name; prints the UUID")
    edit.add_argument("client", help="UUID, its first 6+ characters, a name or a handle")
    edit.add_argument("--name")
    _card_options(edit, editing=True)
    edit.set_defaults(func=cmd_edit)

    show = verbs.add_parser("show", help="one client's card")
    show.add_argument("client")
    show.add_argument("--format", choices=FORMATS, default="table")
    show.set_defaults(func=cmd_show)

    listing = verbs.add_parser("list", help="clients, by name unless --sort says otherwise")
    listing.add_argument("--filter", default="", help="words in a name, company, tag or handle")
    listing.add_argument("--archived", action="store_true", help="archived clients too")
    listing.add_argument("--sort", choices=tuple(SORTS), default="name")
    listing.add_argument("--limit", type=positive)
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(func=cmd_list)

    archive = verbs.add_parser("archive", help="hide a client from lists and queues")
    archive.add_argument("client")
    archive.add_argument("--unarchive", action="store_true", help="bring an archived one back")
    archive.set_defaults(func=cmd_archive)

    delete = verbs.add_parser(
        "delete",
        help="erase a client and all their conversations, after a backup",
        description="Erases the client, their channels, projects and every conversation with "
        "them, for good (a client's right to be forgotten). A backup is taken first.",
    )
    delete.add_argument("client")
    delete.add_argument("--yes", action="store_true", help="really erase (required)")
    delete.set_defaults(func=cmd_delete)


#: An option left off: the field keeps what it holds.
KEEP = argparse.SUPPRESS


def _card_options(parser: argparse.ArgumentParser, editing: bool) -> None:
    """The card's fields; when editing, only those given change (--channel and --tag
    replace the whole list; an empty value clears a field)."""
    option = parser.add_argument
    option("--company", default=KEEP)
    option(
        "--channel",
        action="append",
        metavar="KIND=HANDLE",
        default=KEEP,
        help="a channel and its handle, best first (repeat for more)",
    )
    option("--language", choices=("uk", "ru", "en"), default=KEEP)
    option("--timezone", metavar="TZ", default=KEEP, help="e.g. Europe/Kyiv")
    option("--hours", metavar="HH:MM-HH:MM", default=KEEP, help="preferred hours")
    option("--response-hours", type=_number_or_none, metavar="H", default=KEEP)
    option("--keep-in-touch", type=_whole_or_none, metavar="DAYS", default=KEEP)
    option("--tag", action="append", metavar="T", default=KEEP)
    option("--notes", metavar="TEXT", default=KEEP)
    if editing:
        parser.epilog = "Options left off keep what is stored; an empty value clears a field."


def _number_or_none(text: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number of hours") from None


def _whole_or_none(text: str) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number of days") from None


def _channels(specs: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for spec in specs:
        kind, eq, handle = spec.partition("=")
        if not eq or not kind.strip() or not handle.strip():
            raise Failure(
                f"--channel {spec!r}: write it as KIND=HANDLE, e.g. email=ann@example.com"
            )
        pairs.append((kind.strip().lower(), handle.strip()))
    return pairs


#: Option → the input's field, for those stored as given.
_FIELDS = {
    "name": "name",
    "company": "company",
    "language": "language",
    "timezone": "time_zone",
    "hours": "preferred_hours",
    "notes": "notes",
    "response_hours": "response_hours",
    "keep_in_touch": "keep_in_touch_days",
}


def _apply(data, args) -> None:
    """The options given onto the input (those left off are not in args at all)."""
    from contacttracker.domain.storable import storable_fields

    given = vars(args)
    for option, name in _FIELDS.items():
        if given.get(option) is not None or (option in given and name != "name"):
            setattr(data, name, given[option])
    if "tag" in given:
        data.tags = ", ".join(args.tag)
    if "channel" in given:
        data.channels = _channels(args.channel)
    storable_fields(data)  # a pasted NUL or a lone surrogate never reaches the database


def cmd_add(args) -> int:
    """A database named by --db (or CONTACTTRACKER_DB) that is not there is refused unless
    --create says to start one: a mistyped path would otherwise get a new database holding
    this one client, and the client would be missing from the real one without a word. The
    app's own default place is created as the window creates it."""
    import os

    from contacttracker.store import DatabaseError, resolve
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.database import ENV_VAR

    try:
        where = resolve(args.db).path
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc
    named = bool(args.db or os.environ.get(ENV_VAR))
    if named and not args.create and where is not None and not where.exists():
        raise Failure(f"no database at {where} (check the path; --create starts a new one there)")
    open_store(args)
    data = ClientInput(name=args.name)
    _apply(data, args)
    with refused():
        client = save_client(data)
    wrote(client.uuid)
    return 0


def cmd_edit(args) -> int:
    from contacttracker.store.clients import save_client, stored_input

    open_store(args, create=False, writes=True)
    client_id = refs.client(args.client)
    data, version = stored_input(client_id)
    _apply(data, args)
    with refused():
        client = save_client(data, client_id, version)
    wrote(client.uuid)
    return 0


def cmd_archive(args) -> int:
    from contacttracker.store.clients import save_client, stored_input

    open_store(args, create=False, writes=True)
    client_id = refs.client(args.client)
    data, version = stored_input(client_id)
    data.archived = not args.unarchive
    with refused():
        client = save_client(data, client_id, version)
    wrote(client.uuid)
    return 0


def cmd_delete(args) -> int:
    from contacttracker.store.erasure import conversations_to_erase, erase_for_good
    from contacttracker.store.models import Client

    location = open_store(args, create=False, writes=True)
    client_id = refs.client(args.client)
    client = Client.get_by_id(client_id)
    if not args.yes:
        erased = english("%n conversation(s)", conversations_to_erase(client_id))
        raise Failure(
            f"this erases {client.name} and all {erased} with them for good; add --yes to do it"
        )
    if location.path is None:
        print("A shared database: its backups are the server's job.", file=sys.stderr)
    with refused():
        erased = erase_for_good(location, client_id)
    if erased.backup is not None:
        print(f"Backed up to {erased.backup}", file=sys.stderr)
    wrote(client.uuid)
    return 0


def cmd_show(args) -> int:
    from contacttracker.store import browse

    open_store(args, create=False)
    client_id = refs.client(args.client)
    card = browse.client_card(client_id)
    assert card is not None
    open_items = browse.open_items(client_id)
    values = [
        card.uuid,
        card.name,
        card.company,
        card.language,
        card.time_zone,
        card.preferred_hours,
        card.response_hours,
        card.keep_in_touch_days,
        card.tags,
        card.notes,
        card.archived,
        card.last_contact,
        open_items,
    ]
    if args.format == "json":
        channels = [{"channel": k, "handle": v, "normalized": n} for k, v, n in card.channels]
        json_out(SHOW_COLUMNS, [[*values, channels, card.projects]])
        return 0
    channels_text = "\n".join(f"{k}: {v}" for k, v, _ in card.channels)
    row = [*values, channels_text, "\n".join(card.projects)]
    if args.format == "csv":
        emit("csv", SHOW_COLUMNS, [row])
        return 0
    from contacttracker.cli.common import cell

    for name, value in zip(SHOW_COLUMNS, row, strict=True):
        text = cell(value)
        if "\n" in text:
            print(f"{name}:")
            for line in text.splitlines():
                print(f"  {line}")
        else:
            print(f"{name}: {text}")
    return 0


def cmd_list(args) -> int:
    from contacttracker.store import browse

    open_store(args, create=False)
    uuids: dict[int, str] = {}
    rows = []
    offset = 0
    page = 500
    while args.limit is None or len(rows) < args.limit:
        found = browse.client_page(
            args.filter, archived=args.archived, sort=SORTS[args.sort], offset=offset, limit=page
        )
        rows += found
        offset += page
        if len(found) < page:
            break
    if args.limit is not None:
        rows = rows[: args.limit]
    uuids = _uuids([r.id for r in rows])
    emit(
        args.format,
        LIST_COLUMNS,
        (
            [
                uuids[r.id],
                r.name,
                r.company,
                r.channel,
                r.handle,
                r.last_contact,
                r.open_items,
                r.archived,
            ]
            for r in rows
        ),
    )
    return 0


def _uuids(ids: list[int]) -> dict[int, str]:
    from contacttracker.store.database import db
    from contacttracker.store.dialect import among, id_chunks

    found: dict[int, str] = {}
    for chunk in id_chunks(ids):
        where, params = among("id", chunk)
        found.update(
            db.execute_sql(f"SELECT id, uuid FROM client WHERE {where}", params).fetchall()
        )
    return found
