"""Turning figures into judgements: the suggested 0–10 score of each channel on the wheel,
and the periods the Insights view offers."""

from __future__ import annotations

from datetime import datetime, timedelta

from contacttracker.domain.words import QT_TRANSLATE_NOOP


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


#: Conversations a channel needs in the period before the data suggests a score for it:
#: five talks make a confident 10 out of chance.
ENOUGH_FOR_A_SCORE = 20


def suggest_score(
    share_of_clients: float | None,
    median_hours: float | None = None,
    within_target: float | None = None,
    confirm_rate: float | None = None,
    target_hours: float = 3.0,
    conversations: int | None = None,
) -> int | None:
    """A 0–10 score from what the data says about a channel.

    The mean of what is known: how many clients use it (usage), how fast we answer on it
    compared with the response time (speed: full marks at once, none at twice the target),
    how often we answer within each client's own time, and for e-mail how often the client
    confirmed receipt. None when nothing is known yet, or when the channel has had fewer
    than ENOUGH_FOR_A_SCORE conversations.
    """
    if conversations is not None and conversations < ENOUGH_FOR_A_SCORE:
        return None
    parts = []
    if share_of_clients is not None:
        parts.append(_clamp(share_of_clients))
    if median_hours is not None:
        parts.append(_clamp(1 - median_hours / (2 * target_hours)))
    if within_target is not None:
        parts.append(_clamp(within_target))
    if confirm_rate is not None:
        parts.append(_clamp(confirm_rate))
    if not parts:
        return None
    return round(10 * sum(parts) / len(parts))


PERIODS = {
    "30d": QT_TRANSLATE_NOOP("Period", "Last 30 days"),
    "quarter": QT_TRANSLATE_NOOP("Period", "Last quarter (90 days)"),
    "year": QT_TRANSLATE_NOOP("Period", "Last year"),
    "all": QT_TRANSLATE_NOOP("Period", "All time"),
}


def period_bounds(name: str, now: datetime) -> tuple[datetime | None, datetime | None]:
    """[start, end) of a named period ending now; (None, None) for all time."""
    days = {"30d": 30, "quarter": 90, "year": 365}
    if name == "all":
        return None, None
    if name not in days:
        raise ValueError(f"unknown period {name!r}")
    return now - timedelta(days=days[name]), now


def previous(bounds: tuple[datetime | None, datetime | None]):
    """The period of the same length just before, for comparing wheels; None for all time."""
    start, end = bounds
    if start is None or end is None:
        return None
    return start - (end - start), start
