"""Putting contacts into the database: new clients added, known ones (same card UID, same
e-mail or E.164 phone, else with neither the same name and company) given what they lacked,
nothing duplicated; one transaction per file."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.contacts import Contact, read_contacts, usable_channels
from contacttracker.io.csv_format import InputError
from contacttracker.store.bulk_write import all_or_nothing
from contacttracker.store.clients import (
    MAX_NAME,
    ClientInput,
    give_what_it_lacks,
    home_country,
    identifying_handles,
    identities,
    lacks_anything,
    numbers_once,
    save_client,
)
from contacttracker.store.import_report import ImportRejected, Report
from contacttracker.store.models import new_uuid
from contacttracker.store.progress import Progress, advance
from contacttracker.store.settings import catalogue

#: Handles that identify a person across files: an address, a phone number.
IDENTIFYING = ("email", "phone", "viber", "whatsapp", "sms", "telegram")
#: Where the UUID of a client made from a vCard without a UUID for its UID comes from.
UID_NAMESPACE = uuidlib.UUID("2b7f64d1-3f0e-4d8e-9a55-6c1f0b9e7a21")


def _identifies(key: str, normal: str) -> bool:
    """An address, an E.164 number or a username tells a person; a number kept as typed
    ("838", "*100#") does not."""
    return key in IDENTIFYING and (key == "email" or normal.startswith(("+", "@")))


def _who(name: str, company: str) -> str:
    """A name and company as compared when nothing else tells a contact."""
    return "\x1f".join(" ".join(t.casefold().split()) for t in (name, company))


class Known:
    """The stored clients an imported contact may be: by handle, by card UID (kept as the
    client's UUID), else by name and company; kept up to date as the import adds clients."""

    def __init__(self) -> None:
        self.handles: dict[str, int] = {}
        self.uuids: dict[str, int] = {}
        self.names: dict[str, int] = {}
        #: Clients that are a card with a UID, by the UUID it gave them: a card of the same
        #: name with another UID is another person (two "Іван" with no phone in one book).
        self.carded: dict[int, str] = {}
        for client_id, key, normal in identifying_handles(IDENTIFYING):
            if _identifies(key, normal):
                self.handles.setdefault(normal.lower(), client_id)
        #: Every UUID in use, a deleted client's too (a new client cannot take it).
        self.taken: set[str] = set()
        for client_id, uuid, name, company, deleted in identities():
            self.taken.add(uuid)
            if deleted is None:
                self.uuids[uuid] = client_id
                self.names.setdefault(_who(name, company), client_id)
                if _derived(uuid):
                    self.carded[client_id] = uuid

    def match(self, contact: Contact, channels: list) -> int | None:
        # The card's UID first: it names the very client (our own vCards carry its UUID),
        # where an address may be shared by two clients.
        found = self.uuids.get(card_uuid(contact.uid)) if contact.uid else None
        handles = [n.lower() for k, _t, n in channels if _identifies(k, n)]
        if found is None:
            found = next((self.handles[h] for h in handles if h in self.handles), None)
        if found is None and not handles:
            found = self.names.get(_who(contact.name, contact.company))
            if found in self.carded and contact.uid:
                found = found if self.carded[found] == card_uuid(contact.uid) else None
        return found

    def add(self, client_id: int, uuid: str, contact: Contact, channels: list) -> None:
        for k, _t, n in channels:
            if _identifies(k, n):
                self.handles.setdefault(n.lower(), client_id)
        if uuid:
            self.uuids[uuid] = client_id
            self.taken.add(uuid)
            if contact.uid:
                self.carded[client_id] = uuid
        self.names.setdefault(_who(contact.name, contact.company), client_id)

    def new_uuid(self, contact: Contact) -> str:
        """The card's own UUID for a new client, unless a client (deleted) holds it."""
        uuid = card_uuid(contact.uid) if contact.uid else ""
        return uuid if uuid and uuid not in self.taken else new_uuid()


def _derived(uuid: str) -> bool:
    """Whether a stored client's UUID was derived from a card's UID (a name-based UUID; a
    UID that is a UUID itself, as the app's own cards carry, cannot be told from one made
    here)."""
    try:
        return uuidlib.UUID(uuid).version == 5
    except ValueError:
        return False


def card_uuid(uid: str) -> str:
    """The client UUID a card's UID gives: itself when it is one (our own vCards), else one
    derived from it."""
    try:
        return str(uuidlib.UUID(uid.strip()))
    except ValueError:
        return str(uuidlib.uuid5(UID_NAMESPACE, uid.strip()))


def plan(path: Path) -> tuple[Report, list[tuple[Contact, list, int | None]]]:
    """What an import would do, without writing: each contact with its channels and the
    client it matches (None: a new client; -N: the new client of the N-th contact, which
    it repeats). Raises ImportRejected for a bad file."""
    report = Report(file=str(path))
    try:
        report.kind, contacts = read_contacts(path)
    except (InputError, OSError) as exc:
        raise ImportRejected(
            report, QT_TRANSLATE_NOOP("Import", "{path}: {exc}").format(path=path, exc=exc)
        ) from exc
    if not report.kind:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP(
                "Import", "{path}: not a vCard, Google or Outlook contacts file"
            ).format(path=path),
        )
    if not contacts:
        raise ImportRejected(
            report, QT_TRANSLATE_NOOP("Import", "{path}: no contacts in the file").format(path=path)
        )
    known_channels = catalogue()
    region = home_country()
    known = Known()
    planned = []
    for contact in contacts:
        if not contact.name:  # no name, company, address or number: nobody to add
            report.notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "line {line}: a contact with no name, address or number skipped"
                ).format(line=contact.line)
            )
            continue
        contact.language = contact.language or ClientInput.language  # as the client gets
        _custom_handles(contact, known_channels)
        channels, problems = usable_channels(contact, known_channels, region)
        problems += [
            QT_TRANSLATE_NOOP(
                "Import", "{name}: {handle!r} not kept (no channel for it: add one in Settings)"
            ).format(name=contact.name, handle=h)
            for h in contact.unknown
        ]
        report.notes.extend(
            QT_TRANSLATE_NOOP("Import", "line {line}: {problem}").format(
                line=contact.line, problem=p
            )
            for p in problems
        )
        match = known.match(contact, channels)
        if match is None:  # a card further down that is this one again matches it
            known.add(-(len(planned) + 1), known.new_uuid(contact), contact, channels)
        planned.append((contact, channels, match))
    if not planned:
        raise ImportRejected(
            report,
            QT_TRANSLATE_NOOP(
                "Import", "{path}: no contact in the file has a name, an address or a number"
            ).format(path=path),
        )
    return report, planned


def would_update(contact: Contact, channels: list, match: int) -> bool:
    """Whether importing `contact` changes the stored client it matches (else the report
    counts it as already present): what the preview says, by the import's own rule."""
    return lacks_anything(match, channels, contact.company[:MAX_NAME], contact.notes)


def _custom_handles(contact: Contact, known_channels) -> None:
    """A messenger handle ("xmpp:…", "sip:…") goes to the user's channel of that name."""
    left = []
    for handle in contact.unknown:
        scheme, _sep, rest = handle.partition(":")
        if scheme.lower() in known_channels and rest.strip():
            contact.channels.append((scheme.lower(), rest.strip().lstrip("/")))
        else:
            left.append(handle)
    contact.unknown = left


def import_contacts(path: str | Path, progress: Progress | None = None) -> Report:
    path = Path(path)
    report, planned = plan(path)
    with all_or_nothing():
        known = Known()
        added: dict[int, int] = {}  # a client this import added → the line of its card
        for done, (contact, channels, _match) in enumerate(planned, start=1):
            match = known.match(contact, channels)
            if match in added:  # the same contact twice in the file: one client
                give_what_it_lacks(match, channels, contact.company[:MAX_NAME], contact.notes)
                report.notes.append(
                    QT_TRANSLATE_NOOP(
                        "Import", "line {line}: the same contact as line {first}, taken as one"
                    ).format(line=contact.line, first=added[match])
                )
                known.add(match, "", contact, channels)
            elif match is None:
                channels = numbers_once(channels)
                uuid = known.new_uuid(contact)
                client = save_client(
                    ClientInput(
                        name=contact.name[:MAX_NAME],
                        company=contact.company[:MAX_NAME],
                        notes=contact.notes,
                        tags=contact.tags,
                        language=contact.language,
                        channels=[(k, t) for k, t, _n in channels],
                        uuid=uuid,
                        keep_typed_phones=True,
                    )
                )
                report.added += 1
                added[client.id] = contact.line
                known.add(client.id, uuid, contact, channels)
            else:
                if give_what_it_lacks(match, channels, contact.company[:MAX_NAME], contact.notes):
                    report.updated += 1
                else:
                    report.skipped += 1
                known.add(match, "", contact, channels)
            if done % 200 == 0:
                advance(progress, done, len(planned))
    return report
