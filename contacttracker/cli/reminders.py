"""`remind`: what came due or overdue since the last run, for a timer while the window is
closed; with --notify the same desktop notifications as the window's."""

from __future__ import annotations

import sys

from contacttracker.cli.common import cell, csv_out, open_store, table

COLUMNS = ["reminder", "queue", "conversation", "client", "channel", "due_at", "subject"]

#: How the table names each reminder of each queue.
_SAID = {"due": "due", "soon": "due soon", "overdue": "overdue"}


def register(sub) -> None:
    remind = sub.add_parser(
        "remind",
        help="what came due or overdue since the last run",
        description="Prints the reminders that have come since the last run (on the first "
        "run: everything overdue now) and marks them sent, so the next run and the window "
        "say each only once. With --notify they also go to the desktop as one notification "
        "(Open starts the window, Snooze 1 h puts the items off), and nothing is taken "
        "while your reminders are off, paused or outside your working day: it waits for "
        "the summary when they may speak again.",
    )
    remind.add_argument(
        "--notify", action="store_true", help="also send them as desktop notifications"
    )
    remind.add_argument("--format", choices=("table", "csv"), default="table")
    remind.set_defaults(func=cmd_remind)


def cmd_remind(args) -> int:
    from contacttracker.store import reminders

    open_store(args, create=False, writes=True)
    look = reminders.take(quiet=args.notify)
    _print(args.format, look)
    if args.notify and look.due:
        from contacttracker.ui.reminder_notifier import notify_and_wait

        sys.stdout.flush()  # what was found is in the log before the wait for a button
        if not notify_and_wait(look.due, args.db):
            print(
                "contacttracker: no desktop notification service; the reminders are printed only",
                file=sys.stderr,
            )
    return 0


def _print(fmt: str, look) -> None:
    rows = [
        [
            d.reminder.value,
            d.item.queue,
            d.item.conversation,
            d.item.client,
            d.item.channel,
            d.moment,
            d.item.subject,
        ]
        for d in look.due
    ]
    if fmt == "csv":
        csv_out(COLUMNS, [[cell(v) for v in r] for r in rows])
        return
    if look.quiet_until is not None:
        when = look.quiet_until.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"Reminders are quiet until {when}; what comes due waits until then.")
        return
    if not rows:
        print("Nothing new since the last reminder.")
        return
    from contacttracker.domain import queues
    from contacttracker.store.settings import catalogue

    known = catalogue()
    shown = [
        [
            f"{queues.queue(r[1]).title}: {_SAID[r[0]]}",
            r[5].astimezone().strftime("%Y-%m-%d %H:%M"),
            r[3],
            known.get(r[4]).name if r[4] else "",
            r[6],
            r[2],
        ]
        for r in rows
    ]
    print(table(shown, ["reminder", "at", "client", "channel", "subject", "id"]))
