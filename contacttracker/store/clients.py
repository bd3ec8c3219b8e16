"""Clients and their ranked channels: validated writes and the reads screens need."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from contacttracker.domain.channels import Catalogue, Channel, check_handle, normalise_handle
from contacttracker.domain.phones import is_national, system_region
from contacttracker.domain.storable import storable_fields
from contacttracker.domain.summary import one_line
from contacttracker.domain.words import QT_TRANSLATE_NOOP, Joined, reason_of
from contacttracker.store import bulk, conflicts, person_settings, rollups
from contacttracker.store.database import db
from contacttracker.store.dialect import among, executemany, id_chunks, sync_ids
from contacttracker.store.migrations import search_text
from contacttracker.store.models import Client, ContactPoint, Project, new_uuid, utcnow
from contacttracker.store.progress import Progress, advance
from contacttracker.store.setting_keys import HOME_COUNTRY
from contacttracker.store.settings import catalogue

LANGUAGES = ("uk", "ru", "en")
#: The longest answer time and keep-in-touch rhythm a client card holds (the editor's range).
MAX_RESPONSE_HOURS = 240
MAX_KEEP_IN_TOUCH_DAYS = 365
#: A name is sorted and looked up by an index (PostgreSQL's holds about 2,700 bytes an entry).
MAX_NAME = 500


@dataclass
class ClientInput:
    """What a user (or an importer) gives for a client; validated by :func:`save_client`."""

    name: str
    company: str = ""
    language: str = "uk"
    time_zone: str = ""
    preferred_hours: str = ""
    response_hours: float | None = None
    keep_in_touch_days: int | None = None
    tags: str = ""
    notes: str = ""
    archived: bool = False
    #: (channel key, handle as typed), best first.
    channels: Sequence[tuple[str, str]] = field(default_factory=list)
    uuid: str = ""
    #: An import keeps a number that does not normalise as it was typed (the editor
    #: refuses it instead).
    keep_typed_phones: bool = False

    def __post_init__(self) -> None:
        storable_fields(self)  # a pasted NUL or a lone surrogate never reaches the database
        # A name and a company are one line wherever they are shown (a list, a greeting,
        # a header): a line break typed or imported into one is folded to a space.
        self.name, self.company = one_line(self.name), one_line(self.company)


class ValidationError(ValueError):
    """Input rejected, with every problem in words a user understands."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(Joined(problems))
        self.problems = problems


def validate(data: ClientInput, known: Catalogue | None = None) -> list[tuple[str, str, str]]:
    """Check a client; returns the channels as (key, typed, normalised) or raises.

    `known` is the channel catalogue when the caller checks many clients (read once)."""
    from contacttracker.domain.clock import parse_hours, valid_zone

    problems: list[str] = []
    if not data.name.strip():
        problems.append(QT_TRANSLATE_NOOP("Clients", "the client needs a name"))
    if len(data.name.strip()) > MAX_NAME:
        problems.append(
            QT_TRANSLATE_NOOP("Clients", "the name is longer than {most} characters").format(
                most=MAX_NAME
            )
        )
    if len(data.company.strip()) > MAX_NAME:
        problems.append(
            QT_TRANSLATE_NOOP("Clients", "the company is longer than {most} characters").format(
                most=MAX_NAME
            )
        )
    if data.language not in LANGUAGES:
        problems.append(
            QT_TRANSLATE_NOOP("Clients", "language must be one of {value1}").format(
                value1=", ".join(LANGUAGES)
            )
        )
    if data.time_zone and not valid_zone(data.time_zone):
        problems.append(
            QT_TRANSLATE_NOOP(
                "Clients", "{time_zone!r} is not a known time zone (e.g. Europe/Kyiv)"
            ).format(time_zone=data.time_zone)
        )
    if data.preferred_hours:
        try:
            parse_hours(data.preferred_hours)
        except ValueError as exc:
            problems.append(reason_of(exc))
    if data.response_hours is not None and not 0 < data.response_hours <= MAX_RESPONSE_HOURS:
        # Written so that NaN fails too; infinity is over the top.
        problems.append(
            QT_TRANSLATE_NOOP(
                "Clients", "response time must be more than 0 and at most {most} hours"
            ).format(most=MAX_RESPONSE_HOURS)
        )
    if data.keep_in_touch_days is not None and not (
        0 < data.keep_in_touch_days <= MAX_KEEP_IN_TOUCH_DAYS
    ):
        problems.append(
            QT_TRANSLATE_NOOP(
                "Clients", "keep-in-touch days must be more than 0 and at most {most}"
            ).format(most=MAX_KEEP_IN_TOUCH_DAYS)
        )
    known = known or catalogue()
    channels: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    region = None
    for key, value in data.channels:
        if key not in known:
            problems.append(QT_TRANSLATE_NOOP("Clients", "unknown channel {key!r}").format(key=key))
            continue
        try:
            channel = known.get(key)
            # Only a number can lack its country code: not an address, not an @username.
            numbered = channel.phone_handle or (
                key == "telegram" and not value.lstrip().startswith("@")
            )
            if region is None and numbered and is_national(value):  # read only when needed
                region = home_country()
            normal = normalise_handle(channel, value, region, data.language)
        except ValueError as exc:
            if data.keep_typed_phones and _phone_like(known.get(key), value):
                normal = value.strip()
            else:
                problems.append(
                    QT_TRANSLATE_NOOP("Clients", "{value1}: {exc}").format(
                        value1=known.get(key).name, exc=exc
                    )
                )
                continue
        if (key, normal) not in seen:
            seen.add((key, normal))
            channels.append((key, value.strip(), normal))
    if problems:
        raise ValidationError(problems)
    return channels


def home_country() -> str:
    """The person's home country (ISO code) for numbers typed without their country code:
    their own setting, else this computer's locale. Read again only when the person's file
    changed (an import checks thousands of clients)."""
    where = tuple(os.environ.get(k) for k in ("XDG_CONFIG_HOME", "HOME", "APPDATA"))
    if _home.get("where") != where:
        _home.update(where=where, path=person_settings.path(), stamp=0)
    try:
        stamp = _home["path"].stat().st_mtime_ns
    except OSError:
        stamp = None
    if _home["stamp"] != stamp:
        value = person_settings.get(HOME_COUNTRY) if stamp else ""
        ok = isinstance(value, str) and re.fullmatch(r"[A-Za-z]{2}", value.strip())
        _home.update(stamp=stamp, region=value.strip().upper() if ok else "")
    return _home["region"] or system_region()


_home: dict = {}


def _phone_like(channel: Channel, value: str) -> bool:
    """A number an import keeps as typed when it does not normalise: a phone channel's
    handle that any channel could store."""
    try:
        check_handle(value)
    except ValueError:
        return False
    return channel.phone_handle or channel.key == "telegram"


def save_client(
    data: ClientInput, client_id: int | None = None, expected_version: int | None = None
) -> Client:
    """Create or update a client with its channels in one transaction.

    With `expected_version` (the version the editor opened), a save made by someone else in
    between raises conflicts.Conflict and changes nothing.
    """
    channels = validate(data)
    fields = _fields(data)
    with db.atomic():
        if client_id is None:
            client = Client.create(uuid=data.uuid or new_uuid(), **fields)
        else:
            conflicts.claim("client", client_id, expected_version)
            client = Client.get_by_id(client_id)
            for name, value in fields.items():
                setattr(client, name, value)
            client.updated_at = utcnow()
            client.save()
            ContactPoint.delete().where(ContactPoint.client == client).execute()
        for rank, (key, value, normal) in enumerate(channels, start=1):
            ContactPoint.create(
                client=client, channel=key, value=value, normalized=normal, rank=rank
            )
        handles = [h for _, value, normal in channels for h in (value, normal)]
        client.search_text = search_text(client.name, client.company, client.tags, handles)
        client.save(only=[Client.search_text])
        rollups.refresh_clients([client.id])
    return client


def _fields(data: ClientInput) -> dict[str, object]:
    """A client's columns as stored, from what was typed or read."""
    return {
        "name": data.name.strip(),
        "company": data.company.strip(),
        "language": data.language,
        "time_zone": data.time_zone.strip(),
        "preferred_hours": data.preferred_hours.strip(),
        "response_hours": data.response_hours,
        "keep_in_touch_days": data.keep_in_touch_days,
        "tags": normalise_tags(data.tags),
        "notes": data.notes,
        "archived": int(bool(data.archived)),
    }


def _bulk_parts(
    client_id: int, data: ClientInput, channels: list[tuple[str, str, str]]
) -> tuple[dict[str, object], str, list[tuple]]:
    """What the bulk writers store for one client: its columns, its search text and its
    contact-point rows."""
    fields = _fields(data)
    handles = [h for _, value, normal in channels for h in (value, normal)]
    text = search_text(fields["name"], fields["company"], fields["tags"], handles)
    points = [
        (new_uuid(), client_id, key, value, normal, rank)
        for rank, (key, value, normal) in enumerate(channels, start=1)
    ]
    return fields, text, points


_INSERT_POINTS = (
    "INSERT INTO contact_point (uuid, client_id, channel, value, normalized, rank)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


def add_clients(
    inputs: list[ClientInput],
    progress: Progress | None = None,
    checked: list[list[tuple[str, str, str]]] | None = None,
) -> list[int]:
    """Many new clients at once (an import, a copy into the team's database): the same
    rows save_client writes, with one insert per table and one rollup pass instead of
    nine statements per client (minutes for an agency's clients over a network).

    `checked` holds what validate() returned for each input when the caller has run it
    already (an import checks every row before writing any). Runs inside the caller's
    transaction; returns the new ids in input order.
    """
    if not db.in_transaction():
        raise RuntimeError("add_clients() needs an open transaction")
    if not inputs:
        return []
    (last,) = db.execute_sql("SELECT coalesce(max(id), 0) FROM client").fetchone()
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S")
    client_rows, point_rows, ids = [], [], []
    known = catalogue() if checked is None else None  # read once, and only if needed
    for offset, data in enumerate(inputs, start=1):
        client_id = last + offset
        channels = checked[offset - 1] if checked is not None else validate(data, known)
        fields, text, points = _bulk_parts(client_id, data, channels)
        client_rows.append(
            (client_id, data.uuid or new_uuid(), *fields.values(), stamp, stamp, text)
        )
        point_rows += points
        ids.append(client_id)
        if offset % 1000 == 0:  # Cancelled rolls the caller's transaction back
            advance(progress, offset, len(inputs))
    columns = ", ".join(["id", "uuid", *fields, "created_at", "updated_at", "search_text"])
    marks = ",".join("?" * len(client_rows[0]))
    with bulk.indexed_at_end("client"):
        bulk.insert_many(f"INSERT INTO client ({columns}) VALUES ({marks})", client_rows)
    bulk.insert_many(_INSERT_POINTS, point_rows)
    sync_ids("client", "contact_point")
    rollups.refresh_clients(ids)
    return ids


def update_clients(
    changes: list[tuple[int, ClientInput]],
    checked: list[list[tuple[str, str, str]]] | None = None,
    progress: Progress | None = None,
) -> int:
    """Many stored clients brought up to date at once (a clients file imported again): what
    save_client writes for each, as one UPDATE and one rewrite of the channels for all of
    them instead of a dozen ORM statements per client (far slower for a big file).

    A client whose stored card already says everything the input says is left alone (no new
    version, no "updated" in the report): importing an unchanged export changes nothing.
    `checked` as for add_clients. Runs inside the caller's transaction; returns how many
    clients were changed.
    """
    if not db.in_transaction():
        raise RuntimeError("update_clients() needs an open transaction")
    if not changes:
        return 0
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S")
    known = catalogue() if checked is None else None  # read once, and only if needed
    stored = _stored_cards([client_id for client_id, _ in changes])
    rows, point_rows, ids = [], [], []
    for n, (client_id, data) in enumerate(changes):
        channels = checked[n] if checked is not None else validate(data, known)
        card = stored.get(client_id)
        if card is not None:
            # The same number written another way (an export's "+380671234567" for the
            # typed "067 123 4567") keeps the way the person typed it.
            typed = {(key, normal): value for key, value, normal in card[1]}
            channels = [(k, typed.get((k, normal), v), normal) for k, v, normal in channels]
        fields, text, points = _bulk_parts(client_id, data, channels)
        if card != _card(fields.values(), [p[2:5] for p in points]):
            rows.append((*fields.values(), stamp, text, client_id))
            point_rows += points
            ids.append(client_id)
        if (n + 1) % 1000 == 0:  # Cancelled rolls the caller's transaction back
            advance(progress, n + 1, len(changes))
    if not ids:
        return 0
    columns = [*_fields(changes[0][1]), "updated_at", "search_text"]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    with bulk.client_text_rewritten(ids):
        executemany(f"UPDATE client SET {assignments}, version = version + 1 WHERE id = ?", rows)
    for chunk in id_chunks(ids):
        where, params = among("client_id", chunk)
        db.execute_sql(f"DELETE FROM contact_point WHERE {where}", params)
    bulk.insert_many(_INSERT_POINTS, point_rows)
    sync_ids("contact_point")
    rollups.refresh_clients(ids)
    return len(ids)


def _card(fields: Iterable[object], points: Iterable[Sequence[object]]) -> tuple:
    """A client's columns and ranked channels in one comparable form, whichever backend
    read them (PostgreSQL's booleans, SQLite's integers; a REAL that holds a whole number)."""
    plain = tuple(
        float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
        for v in (int(f) if isinstance(f, bool) else f for f in fields)
    )
    return plain, tuple(tuple(p) for p in points)


def _stored_cards(ids: list[int]) -> dict[int, tuple]:
    """The stored columns and ranked channels of these clients, as _card compares them."""
    columns = ", ".join(_fields(ClientInput(name="")))
    cards: dict[int, list] = {}
    points: dict[int, list] = defaultdict(list)
    for chunk in id_chunks(sorted(set(ids))):
        where, params = among("id", chunk)
        for client_id, *values in db.execute_sql(
            f"SELECT id, {columns} FROM client WHERE {where}", params
        ):
            cards[client_id] = values
        where, params = among("client_id", chunk)
        for row in db.execute_sql(
            f"SELECT client_id, channel, value, normalized FROM contact_point WHERE {where}"
            " ORDER BY client_id, rank",
            params,
        ):
            points[row[0]].append(row[1:])
    return {i: _card(values, points[i]) for i, values in cards.items()}


def ids_by_uuid() -> dict[str, int]:
    """Every stored client's id by its UUID (an import names clients by UUID)."""
    return dict(db.execute_sql("SELECT uuid, id FROM client").fetchall())


def ids_by_name() -> dict[str, int]:
    """The clients not in the Trash by casefolded name (a chat export names its person)."""
    return {
        name.casefold(): client_id
        for client_id, name in db.execute_sql(
            "SELECT id, name FROM client WHERE deleted_at IS NULL"
        )
    }


def ids_by_handle(channels: Sequence[str]) -> dict[str, int]:
    """Client ids by the lower-cased normalised handle on any of these channels."""
    where, params = among("channel", list(channels))
    return {
        normal.lower(): client_id
        for client_id, normal in db.execute_sql(
            f"SELECT client_id, normalized FROM contact_point WHERE {where}", params
        )
    }


def normalise_tags(text: str) -> str:
    tags: list[str] = []
    for tag in text.replace(";", ",").split(","):
        tag = tag.strip()
        if tag and tag.lower() not in (t.lower() for t in tags):
            tags.append(tag)
    return ", ".join(tags)


def channels_of(client_ids: Iterable[int]) -> dict[int, list[tuple[str, str]]]:
    """Ranked (channel, normalised handle) per client, in one query."""
    ids = sorted(set(client_ids))
    result: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for chunk in id_chunks(ids):
        where, params = among("client_id", chunk)
        rows = db.execute_sql(
            f"SELECT client_id, channel, normalized FROM contact_point WHERE {where}"
            " ORDER BY client_id, rank",
            params,
        ).fetchall()  # all at once: psycopg converts row by row when iterated
        for client_id, channel, normal in rows:
            result[client_id].append((channel, normal))
    return result


def find_by_uuid(uuid: str) -> Client | None:
    return Client.get_or_none(Client.uuid == uuid)


def project_for(client_id: int, name: str) -> Project | None:
    """The client's project of that name, created on first use; None for no name."""
    name = name.strip()
    if not name:
        return None
    project, _ = Project.get_or_create(client=client_id, name=name, defaults={"uuid": new_uuid()})
    return project


def active_clients() -> list[Client]:
    return list(
        Client.select()
        .where(Client.deleted_at.is_null(), Client.archived == False)  # noqa: E712
        .order_by(Client.name)
    )


def stored_input(client_id: int) -> tuple[ClientInput, int]:
    """A stored client as the input that would save it unchanged, with its version: the
    start of an edit that changes some fields and keeps the rest."""
    client = Client.get_by_id(client_id)
    channels = [
        (p.channel, p.value)
        for p in ContactPoint.select()
        .where(ContactPoint.client == client_id)
        .order_by(ContactPoint.rank)
    ]
    data = ClientInput(
        name=client.name,
        company=client.company,
        language=client.language,
        time_zone=client.time_zone,
        preferred_hours=client.preferred_hours,
        response_hours=client.response_hours,
        keep_in_touch_days=client.keep_in_touch_days,
        tags=client.tags,
        notes=client.notes,
        archived=bool(client.archived),
        channels=channels,
        uuid=client.uuid,
    )
    return data, client.version


def erase_client(client_id: int) -> int:
    """Erase a client for good with their channels, projects, conversations and those
    conversations' history (a client's right to be forgotten); returns how many
    conversations went. What other clients' conversations linked to theirs is judged again."""
    from contacttracker.store import flags

    with db.atomic():
        linked = [
            row[0]
            for row in db.execute_sql(
                "SELECT o.id FROM conversation o JOIN conversation c"
                " ON c.id IN (o.confirms_id, o.summarizes_id, o.replies_to_id)"
                " WHERE c.client_id = ? AND o.client_id <> ?",
                (client_id, client_id),
            ).fetchall()
        ]
        (gone,) = db.execute_sql(
            "SELECT count(*) FROM conversation WHERE client_id = ?", (client_id,)
        ).fetchone()
        db.execute_sql(
            "DELETE FROM conversation_version WHERE conversation_id IN"
            " (SELECT id FROM conversation WHERE client_id = ?)",
            (client_id,),
        )
        db.execute_sql("DELETE FROM conversation WHERE client_id = ?", (client_id,))
        db.execute_sql("DELETE FROM client WHERE id = ?", (client_id,))
        if linked:
            flags.refresh(linked, catalogue())
    return gone


def numbers_once(
    channels: list[tuple[str, str, str]], held: set[tuple[str, str]] | frozenset = frozenset()
) -> list[tuple[str, str, str]]:
    """An imported contact's checked handles with none twice, and no phone whose number
    another channel holds (a Viber number, among ``channels`` or ``held``: the client's
    stored (channel, normalised) pairs): a card carries such a number as a TEL too, so that
    a phone can call it, and it is one number, not a second handle."""
    have = {(k, n.lower()) for k, n in held}
    numbers = {n for k, n in have if n.startswith("+")}
    numbers |= {n for k, _t, n in channels if k != "phone" and n.startswith("+")}
    kept = []
    for key, typed, normal in channels:
        if key == "phone" and normal.lower() in numbers:
            continue
        if (key, normal.lower()) not in have:
            kept.append((key, typed, normal))
            have.add((key, normal.lower()))
    return kept


def _lacking(
    client: Client, channels: list[tuple[str, str, str]], company: str, notes: str
) -> tuple[list[tuple[str, str, str]], str, str]:
    """What a contacts file would add to a stored client: the handles it lacks, the company
    when it has none, notes it does not hold yet ("" for nothing)."""
    new = numbers_once(channels, {(p.channel, p.normalized) for p in client.contact_points})
    return (
        new,
        company if company and not client.company else "",
        notes if notes and notes not in client.notes else "",
    )


def lacks_anything(
    client_id: int, channels: list[tuple[str, str, str]], company: str, notes: str
) -> bool:
    """Whether give_what_it_lacks would change the client: the import preview says "update"
    or "already present" by the same rule the import counts by."""
    new, company, notes = _lacking(Client.get_by_id(client_id), channels, company, notes)
    return bool(new or company or notes)


def give_what_it_lacks(
    client_id: int, channels: list[tuple[str, str, str]], company: str, notes: str
) -> bool:
    """A stored client gets the handles, company and notes it lacks (a contacts file names
    the same person); True when anything changed."""
    client = Client.get_by_id(client_id)
    new, company, notes = _lacking(client, channels, company, notes)
    rank = max((p.rank for p in client.contact_points), default=0)
    for key, typed, normal in new:
        rank += 1
        ContactPoint.create(client=client, channel=key, value=typed, normalized=normal, rank=rank)
    if company:
        client.company = company
    if notes:
        client.notes = (client.notes + "\n" + notes).strip()
    changed = bool(new or company or notes)
    if changed:
        handles = [h for p in client.contact_points for h in (p.value, p.normalized)]
        client.search_text = search_text(client.name, client.company, client.tags, handles)
        client.version += 1
        client.save()
        rollups.refresh_clients([client_id])
    return changed


def identifying_handles(channels: Sequence[str]) -> list[tuple[int, str, str]]:
    """(client id, channel, normalised handle) of every live client's handles on these
    channels: what tells an imported contact as a client already stored."""
    return db.execute_sql(
        "SELECT cp.client_id, cp.channel, cp.normalized FROM contact_point cp JOIN client cl"
        " ON cl.id = cp.client_id WHERE cl.deleted_at IS NULL AND cp.channel IN ("
        + ",".join("?" * len(channels))
        + ")",
        list(channels),
    ).fetchall()


def identities() -> list[tuple[int, str, str, str, object]]:
    """(id, UUID, name, company, deleted at) of every client, a deleted one's too (a new
    client cannot take its UUID)."""
    return db.execute_sql(
        "SELECT id, uuid, name, company, deleted_at FROM client ORDER BY id"
    ).fetchall()
