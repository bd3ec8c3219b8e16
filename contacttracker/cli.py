"""The command line: every operation that needs no window, and the way into the window.

Exit status: 0 done; 1 input rejected or nothing done (a message on stderr says why);
2 wrong usage (argparse's own).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from contacttracker import __version__

MAILTO_LIMIT = 2000
EXPORT_TABLES = ("clients", "conversations", "attention", "vcard", "calendar")


class Failure(Exception):
    """Input rejected or nothing done: the message goes to stderr, exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contacttracker",
        description="Every client's channels and every conversation: unconfirmed e-mails, "
        "agreements without a summary, replies we owe.",
    )
    parser.add_argument("--version", action="version", version=f"contacttracker {__version__}")
    parser.add_argument(
        "--db",
        metavar="D",
        help="database file or URL (default: CONTACTTRACKER_DB, else the user data folder)",
    )
    parser.add_argument("--lang", choices=("uk", "ru", "en"), help="language of the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill the database with realistic sample data")
    demo.add_argument("--clients", type=_positive, default=40)
    demo.add_argument("--conversations", type=_non_negative, default=400)
    demo.add_argument("--seed", type=int, default=1)

    imp = sub.add_parser(
        "import",
        help="import files: own CSV, vCard, Google/Outlook contacts, WhatsApp, Telegram, e-mail",
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--me", default="", help="your name as it appears in chat exports")
    imp.add_argument(
        "--new-clients",
        action="store_true",
        help="create clients for chats with people not yet in the database",
    )

    exp = sub.add_parser("export", help="export a table to CSV")
    exp.add_argument("table", choices=EXPORT_TABLES)
    exp.add_argument("--out", default="-", help="file to write, or - for standard output")
    exp.add_argument("--delimiter", choices=("comma", "semicolon", "tab"), default="comma")
    exp.add_argument("--no-bom", action="store_true", help="leave out the UTF-8 byte order mark")

    att = sub.add_parser("attention", help="what needs attention, oldest first")
    att.add_argument("--format", choices=("table", "csv"), default="table")

    search = sub.add_parser("search", help="full-text search over the history")
    search.add_argument("text", nargs="+")
    search.add_argument("--format", choices=("table", "csv"), default="table")
    search.add_argument("--limit", type=_positive, default=50)

    stats = sub.add_parser("stats", help="per-channel figures")
    stats.add_argument("--format", choices=("table", "csv"), default="table")
    stats.add_argument("--period", choices=("30d", "quarter", "year", "all"), default="all")

    backup = sub.add_parser("backup", help="a consistent copy of the database")
    backup.add_argument("--out", help="file to write (default: the backups folder)")
    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file")

    summary = sub.add_parser("summary", help="the summary e-mail for a conversation")
    summary.add_argument("conversation", help="the conversation's UUID")
    summary.add_argument("--format", choices=("eml", "mailto", "text"), default="text")
    summary.add_argument("--out")

    copy = sub.add_parser(
        "copy", help="copy this database into another one (the team's), UUIDs kept"
    )
    copy.add_argument(
        "--to",
        required=True,
        metavar="D",
        help="target file or URL; - reads it from standard input (keeps a password off the command line)",
    )
    copy.add_argument("--json", action="store_true", help="print the figures as JSON")
    copy.add_argument("--report", metavar="FILE", help="write the figures (or the error) as JSON")

    shot = sub.add_parser("screenshot", help="render the main views to PNG files")
    shot.add_argument("--out", required=True)
    shot.add_argument("--lang", choices=("uk", "ru", "en"), dest="shot_lang")
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_window(args)
    try:
        return COMMANDS[args.command](args)
    except Failure as exc:
        print(f"contacttracker: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    finally:
        from contacttracker.store import close

        close()


def _open(args, create: bool = True):
    from contacttracker.store import DatabaseError, open_database

    try:
        return open_database(args.db, create=create)
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc


def _open_window(args) -> int:
    from contacttracker.store import team

    team.load_driver_early(args.db)
    try:
        from contacttracker.ui.app import run
    except ImportError:
        print("contacttracker: the window is not available in this build", file=sys.stderr)
        return 1
    return run(args)


def cmd_demo(args) -> int:
    from contacttracker.store import demo

    _open(args)
    started = time.perf_counter()
    tty = sys.stderr.isatty()

    def say(message: str) -> None:
        if tty:
            print(f"\r  {message}…", end="", file=sys.stderr, flush=True)

    clients, convs = demo.build(args.clients, args.conversations, args.seed, progress=say)
    if tty:
        print(file=sys.stderr)
    took = time.perf_counter() - started
    print(f"Added {clients} clients and {convs} conversations in {took:.1f} s.", file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from contacttracker.io.csv_import import ImportRejected
    from contacttracker.io.importers import import_any
    from contacttracker.store import settings

    _open(args)
    me = args.me or settings.get("chat_name")
    if args.me:
        settings.set_many({"chat_name": args.me})
    failed = False
    for name in args.files:
        try:
            report = import_any(name, me, args.new_clients)
        except ImportRejected as exc:
            failed = True
            print(f"{exc}\n{name}: nothing was imported from this file.", file=sys.stderr)
            continue
        print(report.summary(), file=sys.stderr)
        for note in report.notes[:20]:
            print(f"  {note}", file=sys.stderr)
    return 1 if failed else 0


def cmd_export(args) -> int:
    from contacttracker.io.export import export

    _open(args)
    try:
        if args.table == "vcard":
            from contacttracker.io.vcard_export import export_vcards

            rows = export_vcards(args.out)
        elif args.table == "calendar":
            from contacttracker.io.calendar_export import export_calendar

            rows = export_calendar(args.out)
        else:
            rows = export(args.table, args.out, args.delimiter, bom=not args.no_bom)
    except OSError as exc:
        raise Failure(f"{args.out}: {exc.strerror or exc}") from exc
    if args.out != "-":
        print(f"Wrote {rows} {args.table} rows to {args.out}.", file=sys.stderr)
    return 0


def _table(rows: list[list[str]], header: list[str]) -> str:
    """A plain text table sized to its contents (cells cut at 40 characters)."""
    cut = [[(c if len(c) <= 40 else c[:39] + "…").replace("\n", " ") for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cut]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cut]
    return "\n".join(lines)


def _csv_out(header: list[str], rows: list[list[str]]) -> None:
    from contacttracker.io.csv_format import neutralise

    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([neutralise(c) for c in row])


def cmd_attention(args) -> int:
    from contacttracker.domain.clock import age_in_words
    from contacttracker.domain.rules import QUEUES
    from contacttracker.io.export import ATTENTION_COLUMNS, attention_rows
    from contacttracker.store import attention
    from contacttracker.store.settings import catalogue

    _open(args)
    if args.format == "csv":
        _csv_out(ATTENTION_COLUMNS, list(attention_rows()))
        return 0
    known = catalogue()
    titles = {
        "unconfirmed_email": "E-mails awaiting confirmation",
        "needs_summary": "Agreements without a summary e-mail",
        "awaiting_reply": "Messages awaiting our reply",
        "follow_up": "Follow-ups due",
        "losing_touch": "Clients we are losing touch with",
    }
    everything = attention.all_items()
    for queue in QUEUES:
        items = [i for i in everything if i.queue == queue]
        print(f"{titles[queue]} ({len(items)})")
        rows = [
            [
                "!" if i.overdue else "",
                age_in_words(i.age_hours),
                i.client,
                known.get(i.channel).name if i.channel else "",
                i.subject,
                i.next_step.describe(known),
                i.conversation,
            ]
            for i in items
        ]
        if rows:
            print(_indent(_table(rows, ["", "age", "client", "channel", "subject", "next", "id"])))
        else:
            print("  nothing here")
        print()
    return 0


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def cmd_search(args) -> int:
    from contacttracker.store.search import search
    from contacttracker.store.settings import catalogue

    _open(args)
    text = " ".join(args.text)
    hits = search(text, limit=args.limit)
    if not hits:
        raise Failure(f"nothing found for {text!r}")
    known = catalogue()
    header = ["occurred_at", "client", "channel", "direction", "subject", "found", "conversation"]
    rows = [
        [
            h.occurred_at.strftime("%Y-%m-%d %H:%M"),
            h.client,
            known.get(h.channel).name,
            h.direction,
            h.subject,
            h.bracketed(),
            h.conversation,
        ]
        for h in hits
    ]
    if args.format == "csv":
        _csv_out(header, rows)
    else:
        print(_table(rows, header))
    return 0


def cmd_stats(args) -> int:
    from contacttracker.domain.insights import period_bounds
    from contacttracker.store import report
    from contacttracker.store.settings import catalogue
    from contacttracker.store.timeutil import now_utc

    _open(args)
    known = catalogue()
    data = report.build(period_bounds(args.period, now_utc()))

    def pct(value: float | None) -> str:
        return "" if value is None else f"{100 * value:.1f}"

    def hours(value: float | None) -> str:
        return "" if value is None else f"{value:.1f}"

    header = [
        "channel",
        "clients",
        "share_pct",
        "conversations",
        "incoming",
        "outgoing",
        "answered",
        "median_h",
        "p90_h",
        "within_target_pct",
        "confirmed_pct",
        "suggested_score",
        "your_score",
    ]
    rows = [
        [
            r.channel if args.format == "csv" else known.get(r.channel).name,
            str(r.clients),
            pct(r.share),
            str(r.conversations),
            str(r.incoming),
            str(r.outgoing),
            str(r.answered),
            hours(r.median_hours),
            hours(r.p90_hours),
            pct(r.within_target),
            pct(r.confirm_rate),
            "" if r.suggested is None else str(r.suggested),
            str(data.scores.get(r.channel, "")),
        ]
        for r in data.channels
    ]
    if args.format == "csv":
        _csv_out(header, rows)
        return 0
    if data.empty:
        print("No data yet for this period: log conversations first.")
        return 0
    print(f"{data.clients} clients talked to\n")
    print(_table(rows, header))
    c = data.confirmations
    print(
        f"\nE-mails sent: {c.sent}, confirmed: {c.confirmed} ({pct(c.confirmed / c.sent if c.sent else None)}%), "
        f"median {hours(c.median_hours)} h to confirmation"
    )
    if c.by_channel:
        print(
            "Confirmed through: " + ", ".join(f"{known.get(ch).name} {n}" for ch, n in c.by_channel)
        )
    f = data.fit
    print(
        f"Channel fit: {f.on_preferred} of {f.outgoing} outgoing contacts ({pct(f.share)}%) "
        "on one of the client's two preferred channels"
    )
    if f.worst:
        print(
            "Most often reached on another channel: "
            + ", ".join(f"{name} ({wrong} of {n})" for name, wrong, n in f.worst[:5])
        )
    if data.slowest_clients:
        print(
            "Slowest answers (median h): "
            + ", ".join(f"{s.key} {s.median_hours:.1f}" for s in data.slowest_clients[:5])
        )
    return 0


def cmd_backup(args) -> int:
    from contacttracker.store import backup

    location = _open(args, create=False)
    try:
        target = backup.backup(location, Path(args.out) if args.out else None)
    except (OSError, ValueError) as exc:
        raise Failure(str(exc)) from exc
    print(f"Backed up to {target}", file=sys.stderr)
    return 0


def cmd_restore(args) -> int:
    from contacttracker.store import backup

    location = _open(args)
    try:
        safety = backup.restore(location, Path(args.file))
    except (OSError, ValueError) as exc:
        raise Failure(str(exc)) from exc
    print(f"Restored {args.file}; the previous state was kept in {safety}", file=sys.stderr)
    return 0


def cmd_summary(args) -> int:
    from contacttracker.io import summary_mail

    _open(args)
    try:
        src = summary_mail.source(summary_mail.find(args.conversation))
        draft = summary_mail.draft(src)
        data = summary_mail.render(draft, args.format)
    except (summary_mail.NotSummarizable, FileNotFoundError) as exc:
        raise Failure(str(exc)) from exc
    if not draft.to:
        print("contacttracker: the client has no e-mail address on file", file=sys.stderr)
    if args.format == "mailto" and len(data) > MAILTO_LIMIT:
        raise Failure(
            f"the link would be {len(data)} characters, more than mail programs accept; "
            "use --format eml for a draft"
        )
    if args.out:
        target = Path(args.out)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            raise Failure(f"{target}: {exc.strerror or exc}") from exc
        print(f"Wrote {target}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def cmd_screenshot(args) -> int:
    from contacttracker.store import DatabaseError
    from contacttracker.ui.screenshot import render

    try:
        written = render(Path(args.out), args.db, lang=args.shot_lang or args.lang or "en")
    except DatabaseError as exc:
        raise Failure(str(exc)) from exc
    for path in written:
        print(path)
    return 0


def cmd_copy(args) -> int:
    import json

    from contacttracker.io.copy import copy_to
    from contacttracker.io.csv_import import ImportRejected
    from contacttracker.store import DatabaseError

    def report(content: dict) -> None:
        """For the window, which runs the copy as its own process: a file, not stdout
        (a windowed program on Windows has none)."""
        if args.report:
            Path(args.report).write_text(json.dumps(content, ensure_ascii=False), "utf-8")

    try:
        location = _open(args)
        target = sys.stdin.readline().strip() if args.to == "-" else args.to
        copied = copy_to(location, target)
    except (DatabaseError, ImportRejected, Failure) as exc:
        report({"error": str(exc)})
        raise Failure(f"{exc}\nNothing more was copied.") from exc
    report({"figures": copied.figures()})
    if args.json:
        print(json.dumps(copied.figures(), ensure_ascii=False))
    elif not args.report:
        print(copied.summary())
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "attention": cmd_attention,
    "search": cmd_search,
    "stats": cmd_stats,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "summary": cmd_summary,
    "screenshot": cmd_screenshot,
    "copy": cmd_copy,
}


if __name__ == "__main__":
    sys.exit(main())
