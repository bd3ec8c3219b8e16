"""The numbers the working rules depend on, with the defaults the articles argue for."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every tunable number of the rules; stored as settings, edited in the Settings dialog."""

    #: An e-mail nobody confirmed becomes overdue after this many hours.
    confirm_overdue_hours: float = 24.0
    #: How fast a client expects an answer when their card says nothing (rule 4: 3 hours).
    response_hours: float = 3.0
    #: How long an urgent matter waits before the next escalation step (e-mail → messenger → call).
    escalate_after_hours: float = 1.0
    #: How long a spoken agreement may wait for its summary e-mail before it is overdue.
    summary_overdue_hours: float = 24.0

    @classmethod
    def from_settings(cls, values: dict[str, str]) -> Thresholds:
        """Build from stored text settings, keeping defaults for anything missing or invalid."""
        kwargs: dict[str, float] = {}
        for f in fields(cls):
            raw = values.get(f.name)
            if raw is None:
                continue
            try:
                number = float(raw)
            except ValueError:
                continue
            if number > 0:
                kwargs[f.name] = number
        return cls(**kwargs)

    def to_settings(self) -> dict[str, str]:
        return {k: repr(v) for k, v in asdict(self).items()}
