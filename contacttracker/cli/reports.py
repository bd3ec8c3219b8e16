"""Reading the data: the queues, search and the Insights figures."""

from __future__ import annotations

from contacttracker.cli.common import (
    FORMATS,
    Failure,
    cell,
    csv_out,
    indent,
    json_out,
    open_store,
    positive,
    table,
)
from contacttracker.domain.words import english


def register(sub) -> None:
    att = sub.add_parser("attention", help="what needs attention, oldest first")
    att.add_argument("--format", choices=FORMATS, default="table")
    att.set_defaults(func=cmd_attention)

    search = sub.add_parser("search", help="full-text search over the history")
    search.add_argument("text", nargs="+")
    search.add_argument("--format", choices=FORMATS, default="table")
    search.add_argument("--limit", type=positive, default=50)
    search.set_defaults(func=cmd_search)

    stats = sub.add_parser("stats", help="per-channel figures")
    stats.add_argument("--format", choices=FORMATS, default="table")
    stats.add_argument("--period", choices=("30d", "quarter", "year", "all"), default="all")
    stats.set_defaults(func=cmd_stats)


def cmd_attention(args) -> int:
    from contacttracker.cli.refs import user_zone
    from contacttracker.domain import queues
    from contacttracker.domain.clock import age_in_words
    from contacttracker.io.export import ATTENTION_COLUMNS, attention_records, attention_rows
    from contacttracker.store import attention
    from contacttracker.store.settings import catalogue
    from contacttracker.store.timeutil import now_utc

    open_store(args, create=False)
    if args.format == "csv":
        csv_out(ATTENTION_COLUMNS, list(attention_rows()))
        return 0
    if args.format == "json":
        json_out(ATTENTION_COLUMNS, attention_records())
        return 0
    known = catalogue()
    now = now_utc()
    zone = user_zone()
    everything = attention.all_items(now)
    for queue in queues.ALL:
        items = [i for i in everything if i.queue == queue.key]
        print(f"{queue.title} ({len(items)})")
        rows = [
            [
                "!" if i.overdue else "",
                age_in_words(i.age_hours),
                _deadline(i, now, zone),
                i.client,
                known.get(i.channel).name if i.channel else "",
                i.subject,
                i.next_step.describe(known),
                i.conversation,
            ]
            for i in items
        ]
        if rows:
            print(
                indent(
                    table(
                        rows, ["", "age", "deadline", "client", "channel", "subject", "next", "id"]
                    )
                )
            )
        else:
            print(f"  {queue.empty}")
        print()
    return 0


def _deadline(item, now, zone) -> str:
    """The item's deadline in the window's words ("reply by 14:30 · 25 min left")."""
    from contacttracker.domain.deadlines import deadline, in_english

    words = deadline(item.queue, item.due_at, item.overdue, now, zone)
    return in_english(words, zone) if words else ""


def cmd_search(args) -> int:
    from contacttracker.store.search import search
    from contacttracker.store.settings import catalogue

    open_store(args, create=False)
    text = " ".join(args.text)
    hits = search(text, limit=args.limit)
    if not hits:
        raise Failure(f"nothing found for {text!r}")
    header = ["occurred_at", "client", "channel", "direction", "subject", "found", "conversation"]
    if args.format == "json":
        json_out(
            header,
            (
                [
                    h.occurred_at,
                    h.client,
                    h.channel,
                    h.direction,
                    h.subject,
                    h.bracketed(),
                    h.conversation,
                ]
                for h in hits
            ),
        )
        return 0
    known = catalogue()
    rows = [
        [
            cell(h.occurred_at),  # in UTC, marked so, as every table and CSV of ours
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
        csv_out(header, rows)
    else:
        print(table(rows, header))
    return 0


def cmd_stats(args) -> int:
    from contacttracker.domain.insights import period_bounds
    from contacttracker.store import report
    from contacttracker.store.settings import catalogue
    from contacttracker.store.timeutil import now_utc

    open_store(args, create=False)
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
        csv_out(header, rows)
        return 0
    if args.format == "json":
        json_out(header, (_stats_record(r, data.scores) for r in data.channels))
        return 0
    if data.empty:
        print("No data yet for this period: log conversations first.")
        return 0
    print(english("%n client(s) talked to", data.clients) + "\n")
    print(table(rows, header))
    c = data.confirmations
    confirmed = f"\nE-mails sent: {c.sent}"
    if c.sent:
        confirmed += f", confirmed: {c.confirmed} ({pct(c.confirmed / c.sent)}%)"
    if c.median_hours is not None:
        confirmed += f", median {hours(c.median_hours)} h to confirmation"
    print(confirmed)
    if c.by_channel:
        print(
            "Confirmed through: " + ", ".join(f"{known.get(ch).name} {n}" for ch, n in c.by_channel)
        )
    f = data.fit
    if f.outgoing:
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


def _stats_record(r, scores: dict) -> list[object]:
    """One channel's figures as numbers (None where there is nothing to measure)."""

    def pct(value: float | None) -> float | None:
        return None if value is None else round(100 * value, 1)

    def hours(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    return [
        r.channel,
        r.clients,
        pct(r.share),
        r.conversations,
        r.incoming,
        r.outgoing,
        r.answered,
        hours(r.median_hours),
        hours(r.p90_hours),
        pct(r.within_target),
        pct(r.confirm_rate),
        r.suggested,
        scores.get(r.channel),
    ]
