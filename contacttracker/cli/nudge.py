"""One-click nudges from the shell: the item's next step opened in the client's program
with its text written, printed for a script, or recorded once sent."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from contacttracker.cli.common import Failure, open_store
from contacttracker.domain import queues


def register(sub) -> None:
    nudge = sub.add_parser(
        "nudge",
        help="open the client's messenger with the item's next message written",
        description="Opens the link of the item's next step (ask whether the e-mail arrived, "
        "reply, follow up, get in touch) with its text in the client's language. Nothing is "
        "sent: the message waits in the program for you to send it.",
    )
    nudge.add_argument("conversation", help="the item's conversation UUID (attention --format csv)")
    nudge.add_argument(
        "--via", metavar="CHANNEL", default="", help="another channel of the client's"
    )
    nudge.add_argument(
        "--print",
        action="store_true",
        dest="print_only",
        help="print the link and the text instead of opening them",
    )
    nudge.add_argument(
        "--queue",
        choices=queues.QUEUES,
        help="the queue whose item to nudge, when the conversation waits in several",
    )
    nudge.add_argument("--log", action="store_true", help="record it as sent (asked by ...)")
    nudge.add_argument(
        "--send",
        action="store_true",
        help="an e-mail: print it, send it from a mail account's SMTP server and record it",
    )
    nudge.add_argument("--account", help="the mail account to send from (with --send)")
    nudge.set_defaults(func=cmd_nudge)


def cmd_nudge(args) -> int:
    from contacttracker.io import nudge as nudges

    open_store(args, create=False, writes=True)
    try:
        made = nudges.build(args.conversation, args.via, queue=args.queue)
    except nudges.NotNudgeable as exc:
        raise Failure(str(exc)) from exc
    if args.account and not args.send:
        raise Failure("--account goes with --send")
    if args.send:
        if args.print_only or args.log:
            raise Failure("--send prints the letter and records it: no --print or --log with it")
        return _send(args, made)
    if args.print_only:
        print(made.url)
        print(made.text)
    else:
        _open_link(made.url)
        if made.paste or made.read_aloud:
            print(made.text)
    if made.paste:
        print("This program takes no text in its link: paste the text above.", file=sys.stderr)
    elif made.read_aloud:
        print("A call: the text above is a line to say.", file=sys.stderr)
    if args.log:
        try:
            logged = nudges.record(made)
        except nudges.NotNudgeable as exc:
            raise Failure(str(exc)) from exc
        from contacttracker.store.models import Conversation

        print(Conversation.get_by_id(logged).uuid)
    return 0


def _open_link(url: str) -> None:
    """The desktop's handler for the link's scheme (xdg-open, open, the shell's)."""
    if sys.platform == "win32":
        try:
            os.startfile(url)  # type: ignore[attr-defined]
        except OSError as exc:
            raise Failure(f"no program opens this link: {url}\n({exc})") from exc
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    if shutil.which(opener) is None:
        raise Failure(f"no {opener} here to open the link; use --print:\n{url}")
    done = subprocess.run([opener, url], capture_output=True, timeout=30, check=False)
    if done.returncode != 0:
        raise Failure(f"no program opens this link: {url}")


def _send(args, made) -> int:
    """--send: the letter printed as it goes, then sent from the account and recorded."""
    from contacttracker.cli.mail import account_for, mail_failure, password_for
    from contacttracker.cli.writing import refused, wrote
    from contacttracker.domain.mail_account import AccountError
    from contacttracker.io import nudge_mail
    from contacttracker.io.imap import MailError

    if not nudge_mail.sendable(made):
        raise Failure(
            "only a message by e-mail is sent from a mail account (--via email); "
            "a summary e-mail goes with: summary CONVERSATION --send"
        )
    args.name = args.account
    acc = account_for(args)
    if acc.smtp is None:
        raise Failure(f"{acc.name}: no SMTP server to send with (mail add ... --smtp HOST)")
    print(f"To: {made.handle}\nSubject: {made.subject}\n\n{made.text}")
    try:
        job = nudge_mail.delivery(made, acc, [made.handle], made.subject, made.text)
        with refused():  # the server took it, the store refused: said, exit 1
            nudge_mail.deliver(job, acc, password_for(acc, args))
    except MailError as exc:
        raise mail_failure(acc, exc) from exc
    except AccountError as exc:
        raise Failure(str(exc)) from exc
    print(
        f"Sent to {made.handle} from {acc.addresses[0]} ({job.draft.message_id})", file=sys.stderr
    )
    if job.draft.in_reply_to:
        print(f"In the thread of {job.draft.in_reply_to}", file=sys.stderr)
    if job.copy_problem:
        print(f"Sent and recorded; no copy kept in Sent: {job.copy_problem}", file=sys.stderr)
    wrote(job.recorded.uuid)
    return 0
