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
    summary.add_argument(
        "--mark-sent",
        action="store_true",
        help="record the summary as sent (it then waits for confirmation); prints its UUID",
    )
    summary.set_defaults(func=cmd_summary)


def cmd_summary(args) -> int:
    from contacttracker.io import summary_mail
    from contacttracker.io.output import write_bytes

    open_store(args, create=False)
    try:
        src = summary_mail.source(summary_mail.find(args.conversation))
        draft = summary_mail.draft(src)
        data = summary_mail.render(draft, args.format)
    except (summary_mail.NotSummarizable, FileNotFoundError) as exc:
        raise Failure(str(exc)) from exc
    if args.mark_sent:
        return _mark_sent(args, src.conversation.id, draft, data)
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
