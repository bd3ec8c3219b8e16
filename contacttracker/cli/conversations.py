"""Conversations from the shell: log one, record a confirmation, close an item, the Trash
and the history, through the same store functions the window's dialogs call."""

from __future__ import annotations

from contacttracker.cli import refs
from contacttracker.cli.common import FORMATS, Failure, emit, open_store
from contacttracker.cli.writing import refused, wrote
from contacttracker.domain import queues
from contacttracker.domain.columns import CONVERSATION_FIELDS

#: The queues an item can be closed in by hand, as their declarations say.
CLOSABLE = tuple(q.key for q in queues.ALL if queues.Action.DONE in q.actions)
HISTORY_COLUMNS = [
    "version",
    "change",
    "changed_at",
    "author",
    "client",
    "project",
    *CONVERSATION_FIELDS,
]


def register(sub) -> None:
    log = sub.add_parser("log", help="log a conversation; prints its UUID")
    log.add_argument("client", help="UUID, its first 6+ characters, a name or a handle")
    log.add_argument("--channel", required=True, metavar="KIND", help="e.g. phone, email, viber")
    way = log.add_mutually_exclusive_group()
    way.add_argument("--in", dest="direction", action="store_const", const="in")
    way.add_argument("--out", dest="direction", action="store_const", const="out")
    log.set_defaults(direction="out")
    log.add_argument("--at", metavar="WHEN", help="when it happened (default: now)")
    log.add_argument("--duration", type=int, metavar="MIN")
    log.add_argument("--project", default="", metavar="P")
    log.add_argument("--subject", default="", metavar="S")
    log.add_argument("--summary", default="", metavar="S")
    log.add_argument(
        "--agreement", action="append", default=[], metavar="A", help="what was agreed (repeat)"
    )
    log.add_argument("--follow-up", metavar="WHEN", help="when to follow up (a day: 09:00)")
    log.add_argument("--urgent", action="store_true")
    log.add_argument("--replies-to", metavar="ID", help="the message this one answers")
    log.add_argument("--confirms", metavar="ID", help="the e-mail this one confirms")
    log.set_defaults(func=cmd_log)

    confirm = sub.add_parser(
        "confirm", help="the client confirmed an e-mail through another channel"
    )
    confirm.add_argument("email", help="the e-mail's UUID or its first 6+ characters")
    confirm.add_argument("--via", required=True, metavar="KIND", help="e.g. viber, phone")
    confirm.add_argument("--note", default="", metavar="TEXT")
    confirm.add_argument("--at", metavar="WHEN", help="when (default: now)")
    confirm.set_defaults(func=cmd_confirm)

    done = sub.add_parser("done", help="close an item of a queue by hand (the record stays)")
    done.add_argument("item", help="the conversation's UUID (attention's conversation column)")
    done.add_argument("--queue", choices=tuple(CLOSABLE), help="when it waits in several")
    done.set_defaults(func=cmd_done)

    snooze = sub.add_parser(
        "snooze",
        help="put an item off until a time",
        description="ITEM is a conversation (it leaves every queue until then) or, for losing "
        "touch, a client or their latest conversation (the rhythm waits until then).",
    )
    snooze.add_argument("item", help="a conversation's UUID, or a client for losing touch")
    snooze.add_argument("--until", required=True, metavar="WHEN", help="e.g. tomorrow, +2h")
    snooze.add_argument("--queue", choices=(*CLOSABLE, "losing_touch"), help="which item")
    snooze.set_defaults(func=cmd_snooze)

    undo = sub.add_parser(
        "undo", help="take back your last done, confirm, mark-sent, snooze or trash"
    )
    undo.set_defaults(func=cmd_undo)

    trash = sub.add_parser("trash", help="move a conversation to the Trash (30 days)")
    trash.add_argument("conversation")
    trash.set_defaults(func=cmd_trash)

    untrash = sub.add_parser("untrash", help="bring a conversation back from the Trash")
    untrash.add_argument("conversation")
    untrash.set_defaults(func=cmd_untrash)

    hist = sub.add_parser("history", help="a conversation's earlier versions, newest first")
    hist.add_argument("conversation")
    hist.add_argument("--format", choices=FORMATS, default="table")
    hist.set_defaults(func=cmd_history)


def cmd_log(args) -> int:
    from contacttracker.store.conversations import ConversationInput, log_conversation
    from contacttracker.store.timeutil import now_utc

    open_store(args, create=False, writes=True)
    client_id = refs.client(args.client)
    occurred = refs.when(args.at, "--at") if args.at else now_utc()
    follow = refs.when(args.follow_up, "--follow-up") if args.follow_up else None
    replies = refs.conversation(args.replies_to) if args.replies_to else None
    confirms = refs.conversation(args.confirms) if args.confirms else None
    with refused():
        conv = log_conversation(
            ConversationInput(
                client_id=client_id,
                channel=args.channel,
                direction=args.direction,
                occurred_at=occurred,
                subject=args.subject,
                summary=args.summary,
                agreements="\n".join(a.strip() for a in args.agreement if a.strip()),
                project=args.project,
                duration_min=args.duration,
                urgent=args.urgent,
                follow_up_due=follow,
                replies_to_id=replies,
                confirms_id=confirms,
            )
        )
    wrote(conv.uuid)
    return 0


def cmd_confirm(args) -> int:
    from contacttracker.store.conversations import record_confirmation
    from contacttracker.store.timeutil import now_utc

    open_store(args, create=False, writes=True)
    email = refs.conversation(args.email)
    when = refs.when(args.at, "--at") if args.at else now_utc()
    with refused():
        conv = record_confirmation(email, args.via, when, args.note.strip())
    wrote(conv.uuid)
    return 0


def queues_of(conversation_id: int) -> list[str]:
    """The queues a conversation waits in now, of those an item can be closed in."""
    from contacttracker.store import attention

    return [i.queue for i in attention.waiting(conversation_id) if i.queue in CLOSABLE]


def cmd_done(args) -> int:
    from contacttracker.store.conversations import mark_done
    from contacttracker.store.models import Conversation

    open_store(args, create=False, writes=True)
    conversation_id = refs.conversation(args.item)
    waiting = queues_of(conversation_id)
    queue = args.queue
    if queue is None:
        if not waiting:
            raise Failure(f"{args.item} waits in no queue")
        if len(waiting) > 1:
            raise Failure(
                f"{args.item} waits in several queues ({', '.join(waiting)}); name one with --queue"
            )
        queue = waiting[0]
    elif queue not in waiting:
        raise Failure(f"{args.item} is not waiting in {queue}")
    with refused():
        mark_done(conversation_id, queue)
    wrote(Conversation.get_by_id(conversation_id).uuid)
    return 0


def cmd_trash(args) -> int:
    from contacttracker.store.conversations import delete_conversation
    from contacttracker.store.models import Conversation

    open_store(args, create=False, writes=True)
    conversation_id = refs.conversation(args.conversation)
    with refused():
        delete_conversation(conversation_id)
    wrote(Conversation.get_by_id(conversation_id).uuid)
    return 0


def cmd_untrash(args) -> int:
    from contacttracker.store import history
    from contacttracker.store.models import Conversation

    open_store(args, create=False, writes=True)
    conversation_id = refs.conversation(args.conversation, trashed=True)
    conv = Conversation.get_by_id(conversation_id)
    if conv.deleted_at is None:
        raise Failure(f"{conv.uuid} is not in the Trash")
    with refused():
        history.restore(conversation_id)
    wrote(conv.uuid)
    return 0


def cmd_history(args) -> int:
    from contacttracker.store import history
    from contacttracker.store.timeutil import from_db

    open_store(args, create=False)
    conversation_id = refs.conversation(args.conversation, trashed=True)
    times = {"occurred_at", "follow_up_due"}
    rows = []
    for v in history.versions(conversation_id):
        data = {k: (from_db(x) if k in times else x) for k, x in v.data.items()}
        rows.append(
            [v.version, v.change, v.changed_at, v.author]
            + [data.get(name) for name in HISTORY_COLUMNS[4:]]
        )
    for row in rows:
        for i in (13, 15):  # urgent, follow_up_done: yes or no
            row[i] = None if row[i] is None else bool(row[i])
    emit(args.format, HISTORY_COLUMNS, rows)
    return 0


def cmd_snooze(args) -> int:
    from contacttracker.store import lookup, snooze
    from contacttracker.store.models import Client, Conversation

    open_store(args, create=False, writes=True)
    until = refs.when(args.until, "--until")
    conversation_id = None
    if args.queue != "losing_touch" and lookup.uuid_like(args.item):
        found = [m for m in lookup.conversations(args.item) if not m.deleted]
        if len(found) == 1:
            conversation_id = found[0].id
        elif len(found) > 1:
            conversation_id = refs.conversation(args.item)  # says which ones
    snoozed = conversation_id is not None and _snoozed(conversation_id)
    if conversation_id is not None and (args.queue or snoozed or queues_of(conversation_id)):
        if args.queue and not snoozed and args.queue not in queues_of(conversation_id):
            raise Failure(f"{args.item} is not waiting in {args.queue}")
        with refused():
            snooze.snooze_conversation(conversation_id, until)
        wrote(Conversation.get_by_id(conversation_id).uuid)
        return 0
    if conversation_id is not None:  # in no conversation queue: its client's losing touch
        client_id = Conversation.get_by_id(conversation_id).client_id
    else:
        client_id = refs.client(args.item)
    client = Client.get_by_id(client_id)
    if not client.keep_in_touch_days:
        raise Failure(f"{client.name} has no keep-in-touch rhythm: nothing to snooze")
    with refused():
        snooze.snooze_client(client_id, until)
    wrote(client.uuid)
    return 0


def _snoozed(conversation_id: int) -> bool:
    """Put off now (snoozing it again moves the time)."""
    from contacttracker.store.models import Conversation
    from contacttracker.store.timeutil import from_db, now_utc

    until = from_db(Conversation.get_by_id(conversation_id).snoozed_until)
    return until is not None and until > now_utc()


def cmd_undo(args) -> int:
    import sys

    from contacttracker.store import undo
    from contacttracker.store.models import Client, Conversation

    open_store(args, create=False, writes=True)
    with refused():
        step = undo.undo()
    target = step.made_id or step.conversation_id
    if target is not None:
        uuid = Conversation.get_by_id(target).uuid
    else:
        uuid = Client.get_by_id(step.client_id).uuid
    print(f"Undone: {step.action.replace('_', ' ')}", file=sys.stderr)
    wrote(uuid)
    return 0
