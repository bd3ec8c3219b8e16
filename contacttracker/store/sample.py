"""The sample database: invented clients in a file of their own, next to the real one.

Trying the app never mixes sample rows with real work: *Try sample data* opens (and on first
use fills) `NAME.sample.db` beside the database in use, whose own file stays as it was; going
back opens the real one again. A shared database's sample is a file next to this computer's
own database: the team's server never holds invented clients.
"""

from __future__ import annotations

from pathlib import Path

from contacttracker.store.database import Location, default_path

#: What sets a sample file's name apart: contacttracker.db → contacttracker.sample.db.
MARK = ".sample"


def is_sample(location: Location) -> bool:
    """Whether this is a sample database (the window's title says so)."""
    return location.path is not None and location.path.stem.endswith(MARK)


def sample_path(real: Location) -> Path:
    """The sample file that belongs beside `real` (for a server: beside this computer's own
    database)."""
    if is_sample(real):
        assert real.path is not None
        return real.path
    base = real.path if real.path is not None else default_path()
    return base.with_name(base.stem + MARK + (base.suffix or ".db"))


def real_path(sample: Location) -> Path:
    """The database a sample file belongs beside (where *Back to your database* goes when the
    window did not start elsewhere)."""
    assert sample.path is not None
    stem = sample.path.stem.removesuffix(MARK)
    return sample.path.with_name(stem + sample.path.suffix)


def fill_when_empty(clients: int = 40, conversations: int = 400) -> bool:
    """In the open sample database: the sample clients and conversations, once (a sample that
    has clients is kept as the person left it). Returns whether it was filled now."""
    from contacttracker.store import demo
    from contacttracker.store.models import Client

    if Client.select().exists():
        return False
    demo.build(clients, conversations)
    return True
