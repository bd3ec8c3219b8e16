"""The summary e-mail of a call, meeting or video call."""

from __future__ import annotations

import sys
from pathlib import Path

from contacttracker.cli.common import Failure, open_store

MAILTO_LIMIT = 2000


def register(sub) -> None:
    summary = sub.add_parser("summary", help="the summary e-mail for a conversation")
    summary.add_argument("conversation", help="the conversation's UUID")
    summary.add_argument("--format", choices=("eml", "mailto", "text"), default="text")
    summary.add_argument("--out")
    recorded = summary.add_mutually_exclusive_group()
    recorded.add_argument(
        "--mark-sent",
        action="store_true",
        help="record the summary as sent (it then waits for confirmation); prints its UUID",
    )
    recorded.add_argument(
        "--send", action="store_true", help="send it through a mail account's SMTP server"
    )
    summary.add_argument("--account", help="the mail account to send from (with --send)")
    summary.add_argument(
        "--again", action="store_true", help="even though the talk has a summary e-mail already"
    )
    summary.set_defaults(func=cmd_summary)


def cmd_summary(args) -> int:
    from contacttracker.io import summary_mail
    from contacttracker.io.output import write_bytes

    open_store(args, create=False, writes=args.mark_sent or args.send)
    try:
        src = summary_mail.source(summary_mail.find(args.conversation))
        draft = summary_mail.draft(src)
        data = summary_mail.render(draft, args.format)
    except (summary_mail.NotSummarizable, FileNotFoundError) as exc:
        raise Failure(str(exc)) from exc
    if args.account and not args.send:
        raise Failure("--account goes with --send")
    if (args.mark_sent or args.send) and src.earlier and not args.again:
        raise Failure(
            f"this conversation has a summary e-mail already "
            f"({src.earlier[-1].astimezone():%Y-%m-%d %H:%M}); add --again for another"
        )
    if args.mark_sent:
        return _mark_sent(args, src.conversation.id, draft, data)
    if args.send:
        return _send(args, src, draft)
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
            write_bytes(target, data)
        except OSError as exc:
            raise Failure(f"{target}: {exc.strerror or exc}") from exc
        print(f"Wrote {target}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _mark_sent(args, conversation_id: int, draft, data: bytes) -> int:
    """Record the e-mail as the window's Mark as sent does; the draft goes to --out if
    given, and stdout holds only the new e-mail's UUID."""
    from contacttracker.cli.writing import refused, wrote
    from contacttracker.io import summary_mail

    if args.out:
        _write(Path(args.out), data)
    with refused():
        sent = summary_mail.mark_sent(conversation_id, draft)
    wrote(sent.uuid)
    return 0


def _write(target: Path, data: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        raise Failure(f"{target}: {exc.strerror or exc}") from exc


def _send(args, src, draft) -> int:
    """--send: the letter goes out through the account's SMTP server, and is logged."""
    from contacttracker.io import summary_mail

    if not draft.to:
        raise Failure("the client has no e-mail address on file: nothing to send it to")
    from contacttracker.cli.mail import account_for, mail_failure, password_for
    from contacttracker.cli.writing import refused, wrote
    from contacttracker.domain.mail_account import AccountError
    from contacttracker.io.imap import MailError

    args.name = args.account
    acc = account_for(args)
    if acc.smtp is None:
        raise Failure(f"{acc.name}: no SMTP server to send with (mail add ... --smtp HOST)")
    try:
        job = summary_mail.delivery(src.conversation.id, draft, acc)
        with refused():  # the server took it, the store refused: said, exit 1
            summary_mail.deliver(job, acc, password_for(acc, args))
    except MailError as exc:
        raise mail_failure(acc, exc) from exc
    except AccountError as exc:
        raise Failure(str(exc)) from exc
    to = ", ".join(draft.to + draft.cc)
    print(f"Sent to {to} from {acc.addresses[0]} ({draft.message_id})", file=sys.stderr)
    for address, reason in job.refused.items():
        print(f"  not to {address}: {reason}", file=sys.stderr)
    if job.copy_problem:
        print(f"Sent and recorded; no copy kept in Sent: {job.copy_problem}", file=sys.stderr)
    elif job.copied_to:
        print(f"A copy is in {job.copied_to}", file=sys.stderr)
    wrote(job.recorded.uuid)
    return 0
