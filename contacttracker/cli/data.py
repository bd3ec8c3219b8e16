"""Moving data in and out: sample data, imports, exports, copying into another database."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from contacttracker.cli.common import (
    Failure,
    ProgressLine,
    non_negative,
    on_interrupt,
    open_store,
    open_store_undoable,
    positive,
)
from contacttracker.io.exporters import KINDS


def register(sub) -> None:
    demo = sub.add_parser("demo", help="fill the database with realistic sample data")
    demo.add_argument("--clients", type=positive, default=40)
    demo.add_argument("--conversations", type=non_negative, default=400)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=cmd_demo)

    imp = sub.add_parser(
        "import",
        help="import files: own CSV, any table of contacts (CSV, TSV, .xlsx, .ods), vCard,"
        " Google/Outlook contacts, WhatsApp, Telegram, e-mail",
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--me", default="", help="your name as it appears in chat exports")
    imp.add_argument(
        "--new-clients",
        action="store_true",
        help="create clients for chats with people not yet in the database",
    )
    imp.add_argument(
        "--map",
        metavar="COLUMN=FIELD,...",
        help="what a spreadsheet's columns hold, e.g. \"Телефон=phone,Ім'я=name,Нотатки=-\"; "
        "columns not named keep the guess",
    )
    imp.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would be added, updated and refused, and write nothing",
    )
    imp.add_argument(
        "--all-refusals",
        action="store_true",
        help=f"list every refused row of a refused file (default: the first {SHOWN_REFUSALS})",
    )
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="export a table to CSV (clients also as a workbook)")
    exp.add_argument("table", choices=KINDS)
    exp.add_argument("--out", default="-", help="file to write, or - for standard output")
    exp.add_argument(
        "--delimiter",
        choices=("comma", "semicolon", "tab"),
        help="default: comma; for a spreadsheet, semicolon when the interface is uk or ru",
    )
    exp.add_argument("--no-bom", action="store_true", help="leave out the UTF-8 byte order mark")
    exp.add_argument(
        "--for-spreadsheet",
        action="store_true",
        help="clients for people: a column per channel, headers in the interface language, "
        "local times as the locale writes them",
    )
    exp.add_argument(
        "--xlsx",
        action="store_true",
        help="clients as an Excel workbook (implies --for-spreadsheet)",
    )
    exp.set_defaults(func=cmd_export)

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
    copy.set_defaults(func=cmd_copy)


def cmd_demo(args) -> int:
    from contacttracker.store import demo

    open_store(args)
    started = time.perf_counter()
    line = ProgressLine("conversations: ")
    with on_interrupt("nothing was stored", line):  # the sample rows are one transaction
        clients, convs = demo.build(args.clients, args.conversations, args.seed, progress=line.rows)
    line.end()
    took = time.perf_counter() - started
    print(f"Added {clients} clients and {convs} conversations in {took:.1f} s.", file=sys.stderr)
    return 0


#: Refused rows a refused import lists (`--all-refusals`: every one).
SHOWN_REFUSALS = 50


def cmd_import(args) -> int:
    from contacttracker.io.importers import import_any
    from contacttracker.store import settings
    from contacttracker.store.import_report import ImportRejected

    _, undo = open_store_undoable(args)
    stored = False  # a database this command made and nothing went into is not kept
    try:
        # A chat's import remembers --me itself, once it named one of the chat's authors
        # (io.message_import): a mailbox's --me is an address, no name in chats.
        me = args.me or settings.chat_name()
        failed = False
        for name in args.files:
            line = ProgressLine(f"{name}: ")
            left = (  # each file is one transaction: the one under way keeps nothing
                f"nothing from {name} was stored; the files before it were"
                if stored
                else "nothing was stored"
            )
            try:
                with on_interrupt(left, line):
                    report = import_any(
                        name,
                        me,
                        args.new_clients,
                        progress=line.rows,
                        sheet=args.sheet,
                        mapping=args.map,
                        dry_run=args.dry_run,
                    )
            except ImportRejected as exc:
                line.end()
                failed = True
                _print_columns(name, exc.report)
                would = "would be" if args.dry_run else "was"
                print(_refusals(exc, args.all_refusals), file=sys.stderr)
                print(f"{name}: nothing {would} imported from this file.", file=sys.stderr)
                continue
            stored = stored or (not args.dry_run and report.added + report.updated > 0)
            line.end()
            _print_columns(name, report)
            if (args.map or args.sheet) and not report.columns:
                print(
                    f"{name}: --map and --sheet concern spreadsheets; this is {report.kind}",
                    file=sys.stderr,
                )
            print(report.would() if args.dry_run else report.summary(), file=sys.stderr)
            for note in report.notes[:20]:
                print(f"  {note}", file=sys.stderr)
        if args.dry_run:
            print("Dry run: nothing was written.", file=sys.stderr)
    finally:
        if not stored:
            undo()  # only a database this command created goes
    return 1 if failed else 0


def _refusals(exc, every: bool) -> str:
    """Why a file was refused: the first SHOWN_REFUSALS refused rows, each with its line,
    and how many more there are (the report keeps them all); ``every``: each of them."""
    more = len(exc.report.rejected) - SHOWN_REFUSALS
    if every or more <= 0:
        return str(exc)
    lines = [
        *exc.lines(SHOWN_REFUSALS),
        f"… and {more:,} more refusals (--all-refusals lists them)",
    ]
    return "\n".join(lines)


def interface_words(cli_language: str | None):
    """The interface language (`--lang`, else the window's choice, else the system's) and
    a function putting the lower layers' words into it."""
    from PySide6.QtCore import QCoreApplication

    from contacttracker.paths import APP_NAME
    from contacttracker.ui import i18n, text

    app = QCoreApplication.instance() or QCoreApplication([APP_NAME])
    app.setOrganizationName(APP_NAME)  # where the window keeps its language
    app.setApplicationName(APP_NAME)
    return i18n.install(i18n.chosen_language(cli_language)), text.localized


def _print_columns(name: str, report) -> None:
    """How a spreadsheet's columns were read, in the form --map takes."""
    if report.columns:
        print(f'{name}: columns ({report.columns_from}): --map "{report.columns}"', file=sys.stderr)


def cmd_export(args) -> int:
    from contacttracker.io.exporters import export_any
    from contacttracker.io.output import OutputRefused

    spreadsheet = args.for_spreadsheet or args.xlsx
    if spreadsheet and args.table != "clients":
        raise Failure("--for-spreadsheet and --xlsx export clients only")
    if args.xlsx and args.out == "-" and sys.stdout.isatty():
        raise Failure("a workbook is not text for a terminal: name a file with --out")
    open_store(args, create=False)
    language, words = interface_words(args.lang) if spreadsheet else ("en", str)
    delimiter = args.delimiter or (
        "semicolon" if spreadsheet and language in ("uk", "ru") else "comma"
    )
    line = ProgressLine(f"{args.table}: ")
    try:
        with on_interrupt(_left_by_export(args.out), line):
            rows = export_any(
                args.table,
                args.out,
                delimiter,
                bom=not args.no_bom,
                progress=line.rows,
                for_spreadsheet=spreadsheet,
                xlsx=args.xlsx,
                words=words,
                language=language,
            )
    except BrokenPipeError:  # `--out /dev/stdout | head`: as quiet as `| head` (main())
        raise
    except OSError as exc:
        if args.out == "-":
            raise  # a closed or full standard output: main() says it, or stays quiet
        if isinstance(exc, OutputRefused):  # its words name the place already
            raise Failure(str(exc)) from exc
        raise Failure(f"{args.out}: {exc.strerror or exc}") from exc
    finally:
        line.end()
    if args.out != "-":
        print(f"Wrote {_counted(args.table, rows)} to {args.out}.", file=sys.stderr)
    return 0


#: What an export's count counts, one and many: a vCard file's cards, a calendar's events
#: (a table's rows otherwise).
COUNTED = {"vcard": ("card", "cards"), "calendar": ("event", "events")}


def _counted(table: str, count: int) -> str:
    """How many an export wrote, in words: "80 cards", "21 events", "80 rows of clients"."""
    if table in COUNTED:
        one, many = COUNTED[table]
        return f"{count:,} {one if count == 1 else many}"
    return f"{count:,} {'row' if count == 1 else 'rows'} of {table}"


def _left_by_export(out: str) -> str:
    """What an export stopped half way leaves: a file is replaced only once written whole;
    standard output, a pipe or a device has had what was written so far."""
    from contacttracker.io.output import replaced_whole

    if out != "-" and replaced_whole(out):
        return f"{out} was not written"
    return "the output stops short"


def cmd_copy(args) -> int:
    import json

    from contacttracker.io.copy import copy_to
    from contacttracker.store import DatabaseError
    from contacttracker.store.import_report import ImportRejected

    def report(content: dict) -> None:
        """For the window, which runs the copy as its own process: a file, not stdout
        (a windowed program on Windows has none)."""
        if args.report:
            Path(args.report).write_text(json.dumps(content, ensure_ascii=False), "utf-8")

    line = ProgressLine()
    try:
        location = open_store(args, create=False)
        target = sys.stdin.readline().strip() if args.to == "-" else args.to
        copied = copy_to(location, target, lambda step: line.step(f"{step}: "))
    except (DatabaseError, ImportRejected, Failure) as exc:
        line.end()
        report({"error": str(exc)})
        raise Failure(f"{exc}\nNothing more was copied.") from exc
    line.end()
    report({"figures": copied.figures()})
    if args.json:
        print(json.dumps(copied.figures(), ensure_ascii=False))
    elif not args.report:
        print(copied.summary())
    return 0
