"""The person's mail accounts and their sync: mail add | list | remove | test | sync."""

from __future__ import annotations

import argparse
import getpass
import sys

from contacttracker.cli.common import Failure, open_store, positive, table
from contacttracker.domain.words import english

SECURITY = ("tls", "starttls", "none")


def register(sub) -> None:
    mail = sub.add_parser("mail", help="mail accounts: the mailbox as a source of conversations")
    verbs = mail.add_subparsers(dest="mail_command", metavar="VERB", required=True)

    add = verbs.add_parser("add", help="add a mail account (kept in your config folder)")
    add.add_argument("name")
    add.add_argument(
        "--address", action="append", required=True, help="an address of yours (repeatable)"
    )
    add.add_argument("--imap", required=True, metavar="HOST[:PORT]")
    add.add_argument("--imap-security", choices=SECURITY, default="tls")
    add.add_argument("--smtp", metavar="HOST[:PORT]")
    add.add_argument("--smtp-security", choices=SECURITY, default="starttls")
    add.add_argument("--user", default="", help="login name (default: the first address)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.add_argument("--since", type=positive, default=90, metavar="DAYS", help="first sync reach")
    add.add_argument("--folder", action="append", default=[], help="another folder to sync")
    add.add_argument(
        "--match-domains",
        action="store_true",
        help="count any address at a client's own domain as the client's",
    )
    add.add_argument("--trust", metavar="SHA256", help="trust the certificate with this print")
    add.set_defaults(func=cmd_add)

    listing = verbs.add_parser("list", help="the mail accounts")
    listing.set_defaults(func=cmd_list)

    remove = verbs.add_parser("remove", help="forget an account and its password")
    remove.add_argument("name")
    remove.set_defaults(func=cmd_remove)

    test = verbs.add_parser("test", help="connect to both servers, log in and find the folders")
    test.add_argument("name", nargs="?")
    test.add_argument("--password-stdin", action="store_true")
    test.add_argument("--trust", metavar="SHA256", help="trust the certificate with this print")
    test.set_defaults(func=cmd_test)

    sync = verbs.add_parser("sync", help="read e-mails with clients into the log")
    sync.add_argument("name", nargs="?", help="the account (default: every one)")
    sync.add_argument("--since", type=_day, metavar="DATE", help="reach back to this day")
    sync.add_argument("--password-stdin", action="store_true")
    sync.set_defaults(func=cmd_sync)


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _account_error():
    from contacttracker.domain.mail_account import AccountError

    return AccountError


def _read_stdin_password() -> str:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise Failure("no password on standard input")
    return password


def cmd_add(args) -> int:
    from contacttracker.domain.mail_account import Endpoint, make_account
    from contacttracker.store import mail_accounts

    try:
        acc = make_account(
            args.name,
            args.address,
            Endpoint.parse(args.imap, args.imap_security, "imap"),
            user=args.user,
            smtp=Endpoint.parse(args.smtp, args.smtp_security, "smtp") if args.smtp else None,
            since_days=args.since,
            folders=args.folder,
            trusted_certificates=[args.trust] if args.trust else [],
            match_domains=args.match_domains,
        )
        mail_accounts.save(acc)
    except _account_error() as exc:
        raise Failure(str(exc)) from exc
    except OSError as exc:
        raise Failure(f"cannot write your settings: {exc}") from exc
    password = ""
    if args.password_stdin:
        password = _read_stdin_password()
    elif sys.stdin.isatty() and not mail_accounts.saved_password(acc):
        password = getpass.getpass(f"Password for {acc.login} at {acc.imap.host}: ")
    if password and not mail_accounts.save_password(acc, password):
        print(
            "No keyring works here: the password is asked for at each sync "
            f"(or set {mail_accounts.PASSWORD_ENV}).",
            file=sys.stderr,
        )
    print(f"Added {acc.name} ({', '.join(acc.addresses)}); try it: contacttracker mail test")
    return 0


def cmd_list(args) -> int:
    from contacttracker.store import mail_accounts

    rows = [
        [
            a.name,
            ", ".join(a.addresses),
            f"{a.imap} {a.imap.security}",
            f"{a.smtp} {a.smtp.security}" if a.smtp else "",
            a.login,
            ", ".join(a.folders),
        ]
        for a in mail_accounts.accounts()
    ]
    if not rows:
        print("No mail accounts yet (contacttracker mail add NAME ...)", file=sys.stderr)
        return 0
    print(table(rows, ["name", "addresses", "imap", "smtp", "user", "folders"]))
    return 0


def cmd_remove(args) -> int:
    from contacttracker.store import mail_accounts

    try:
        gone = mail_accounts.remove(args.name)
    except _account_error() as exc:
        raise Failure(str(exc)) from exc
    print(f"Removed {gone.name}; what it synced stays in the database", file=sys.stderr)
    return 0


def account_for(args):
    """The account named (or the only one), with a newly trusted certificate kept."""
    from contacttracker.store import mail_accounts

    try:
        acc = mail_accounts.account(args.name)
        if getattr(args, "trust", None):
            acc = acc.trusting(args.trust)
            mail_accounts.save(acc, replace=True)
    except _account_error() as exc:
        raise Failure(str(exc)) from exc
    return acc


def password_for(acc, args) -> str:
    """From the environment or the keyring, else stdin (--password-stdin), else asked."""
    from contacttracker.store import mail_accounts

    if getattr(args, "password_stdin", False):
        return _read_stdin_password()
    password = mail_accounts.saved_password(acc)
    if password:
        return password
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {acc.login} at {acc.imap.host}: ")
    raise Failure(
        f"{acc.name}: no password kept for {acc.login}; give it with --password-stdin "
        f"or {mail_accounts.PASSWORD_ENV}"
    )


def mail_failure(acc, exc) -> Failure:
    """A MailError as the words the command line ends with."""
    text = f"{acc.name}: {exc}"
    if getattr(exc, "fingerprint", ""):
        text += (
            "\nIf you know this is your server's certificate, trust it: "
            f"contacttracker mail test {acc.name} --trust {exc.fingerprint}"
        )
    return Failure(text)


def cmd_test(args) -> int:
    from contacttracker.io.imap import MailError, check_account

    acc = account_for(args)
    password = password_for(acc, args)
    try:
        found = check_account(acc, password)
    except MailError as exc:
        raise mail_failure(acc, exc) from exc
    print(f"{acc.name}: connected to {found.server} ({acc.imap.security}), login accepted")
    for folder, count in found.counts.items():
        role = (
            "inbox"
            if folder == found.folders.inbox
            else "sent"
            if folder == found.folders.sent
            else "picked"
        )
        print(f"  {folder}: {english('%n message(s)', count)} ({role})")
    if not found.folders.sent:
        print("  no Sent folder found: add yours with --folder", file=sys.stderr)
    if acc.smtp is not None:  # the sending server too, as the window's Test connection does
        from contacttracker.io import smtp_send

        try:
            where = smtp_send.check(acc, password)
        except MailError as exc:
            raise mail_failure(acc, exc) from exc
        print(f"{acc.name}: sends through {where} ({acc.smtp.security}), login accepted")
    return 0


class _ProgressLine:
    """One line on a terminal, rewritten as the folders are read; nothing elsewhere."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.shown = False

    def __call__(self, folder: str, done: int, total: int) -> None:
        print(f"\r{self.name}: {folder} {done}/{total}\033[K", end="", file=sys.stderr, flush=True)
        self.shown = True

    def end(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def cmd_sync(args) -> int:
    from contacttracker.domain.mail_account import AccountError
    from contacttracker.io.imap import MailError
    from contacttracker.io.mail_sync import SyncFailed, sync_account
    from contacttracker.store import mail_accounts

    open_store(args, create=False, writes=True)  # a mistyped --db is refused, never a new database
    try:
        chosen = [mail_accounts.account(args.name)] if args.name else mail_accounts.accounts()
    except AccountError as exc:
        raise Failure(str(exc)) from exc
    if not chosen:
        raise Failure("no mail account yet: add one with 'contacttracker mail add'")
    failures = []
    for acc in chosen:
        line = _ProgressLine(acc.name) if sys.stderr.isatty() else None
        try:
            report = sync_account(acc, password_for(acc, args), since=args.since, progress=line)
        except SyncFailed as exc:
            if line:
                line.end()
            print(f"{acc.name}: {exc.report.summary()} before the server failed")
            _problems(exc.report)
            failures.append(str(mail_failure(acc, exc)))
            continue
        except MailError as exc:
            if line:
                line.end()
            failures.append(str(mail_failure(acc, exc)))
            continue
        if line:
            line.end()
        print(f"{acc.name}: {report.summary()}")
        _problems(report)
    if failures:
        raise Failure("\n".join(failures))
    return 0


def _problems(report) -> None:
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
