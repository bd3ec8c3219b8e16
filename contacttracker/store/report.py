"""The Insights report: every figure of a period in one object, for the window and `stats`."""

from __future__ import annotations

from dataclasses import dataclass, field

from contacttracker.domain.insights import previous, suggest_score
from contacttracker.store import stats
from contacttracker.store.settings import thresholds


@dataclass(frozen=True, slots=True)
class ChannelRow:
    channel: str
    clients: int
    share: float
    conversations: int
    incoming: int
    outgoing: int
    answered: int
    median_hours: float | None
    p90_hours: float | None
    within_target: float | None
    confirm_rate: float | None
    suggested: int | None


@dataclass
class Report:
    period: stats.Period
    clients: int
    channels: list[ChannelRow]
    months: list[tuple[str, str, int, int]]
    slowest_clients: list[stats.Speed]
    confirmations: stats.Confirmations
    fit: stats.Fit
    scores: dict[str, int] = field(default_factory=dict)
    earlier: dict[str, int | None] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.channels


def channel_rows(period: stats.Period, target: float) -> tuple[int, list[ChannelRow]]:
    """Clients talked to in the period, and each channel's figures with its suggested score."""
    total, use = stats.channel_use(period)
    speed = {s.key: s for s in stats.response_speed(period, target)}
    conf = stats.confirmations(period)
    rate = conf.confirmed / conf.sent if conf.sent else None
    rows = []
    for u in use:
        s = speed.get(u.channel)
        median, within = (s.median_hours, s.within_target) if s else (None, None)
        confirm = rate if u.channel == "email" else None
        rows.append(
            ChannelRow(
                u.channel,
                u.clients,
                u.share,
                u.conversations,
                u.incoming,
                u.outgoing,
                s.answered if s else 0,
                median,
                s.p90_hours if s else None,
                within,
                confirm,
                suggest_score(u.share, median, within, confirm, target, u.conversations),
            )
        )
    return total, rows


def build(period: stats.Period = stats.ALL_TIME) -> Report:
    target = thresholds().response_hours
    total, rows = channel_rows(period, target)
    conf = stats.confirmations(period)
    before = previous(period)
    return Report(
        period=period,
        clients=total,
        channels=rows,
        months=stats.per_month(period),
        slowest_clients=stats.response_speed(period, target, by="client", limit=10),
        confirmations=conf,
        fit=stats.channel_fit(period),
        scores=stats.saved_scores(),
        earlier={r.channel: r.suggested for r in channel_rows(before, target)[1]} if before else {},
    )
