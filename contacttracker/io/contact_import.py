"""Putting contacts into the database: new clients added, known ones (same e-mail or E.164
phone) given what they lacked, nothing duplicated; one transaction per file."""

from __future__ import annotations

from pathlib import Path

from contacttracker.domain.words import QT_TRANSLATE_NOOP
from contacttracker.io.contacts import Contact, read_contacts, usable_channels
from contacttracker.io.csv_format import InputError
from contacttracker.io.csv_import import ImportRejected, Report
from contacttracker.store import rollups
from contacttracker.store.clients import MAX_NAME, ClientInput, save_client
from contacttracker.store.database import db
from contacttracker.store.migrations import search_text
from contacttracker.store.models import Client, ContactPoint, new_uuid
from contacttracker.store.settings import catalogue

#: Handles that identify a person across files: an address, a phone number.
IDENTIFYING = ("email", "phone", "viber", "whatsapp", "sms", "telegram")


def _index() -> dict[str, int]:
    return {
        normal.lower(): client_id
        for client_id, normal in db.execute_sql(
            "SELECT cp.client_id, cp.normalized FROM contact_point cp JOIN client cl"
            " ON cl.id = cp.client_id WHERE cl.deleted_at IS NULL AND cp.channel IN ("
            + ",".join("?" * len(IDENTIFYING))
            + ")",
            IDENTIFYING,
        )
    }


def plan(path: Path) -> tuple[Report, list[tuple[Contact, list, int | None]]]:
    """What an import would do, without writing: each contact with its valid channels and
    the client it matches (None: a new client). Raises ImportRejected for a bad file."""
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
    known = catalogue()
    index = _index()
    planned = []
    for contact in contacts:
        channels, problems = usable_channels(contact, known)
        report.notes.extend(
            QT_TRANSLATE_NOOP("Import", "line {line}: {problem}").format(
                line=contact.line, problem=p
            )
            for p in problems
        )
        match = next(
            (index[n.lower()] for k, _t, n in channels if k in IDENTIFYING and n.lower() in index),
            None,
        )
        planned.append((contact, channels, match))
    return report, planned


def import_contacts(path: str | Path, progress=None) -> Report:
    path = Path(path)
    report, planned = plan(path)
    with db.atomic():
        index = _index()
        for done, (contact, channels, _match) in enumerate(planned, start=1):
            match = next(
                (
                    index[n.lower()]
                    for k, _t, n in channels
                    if k in IDENTIFYING and n.lower() in index
                ),
                None,
            )
            if match is None:
                client = save_client(
                    ClientInput(
                        name=contact.name[:MAX_NAME],
                        company=contact.company[:MAX_NAME],
                        notes=contact.notes,
                        tags=contact.tags,
                        language=contact.language or "uk",
                        channels=[(k, t) for k, t, _n in channels],
                        uuid=new_uuid(),
                    )
                )
                report.added += 1
                client_id = client.id
            else:
                client_id = match
                if _merge(match, contact, channels):
                    report.updated += 1
                else:
                    report.skipped += 1
            for k, _t, n in channels:
                if k in IDENTIFYING:
                    index.setdefault(n.lower(), client_id)
            if progress is not None and done % 200 == 0 and not progress(done, len(planned)):
                from contacttracker.io.export import Cancelled

                raise Cancelled
    return report


def _merge(client_id: int, contact: Contact, channels: list) -> bool:
    """Give a known client the handles and details it lacks; True when anything changed."""
    client = Client.get_by_id(client_id)
    have = {(p.channel, p.normalized.lower()) for p in client.contact_points}
    rank = max((p.rank for p in client.contact_points), default=0)
    changed = False
    for key, typed, normal in channels:
        if (key, normal.lower()) not in have:
            rank += 1
            ContactPoint.create(
                client=client, channel=key, value=typed, normalized=normal, rank=rank
            )
            have.add((key, normal.lower()))
            changed = True
    if not client.company and contact.company:
        client.company = contact.company[:MAX_NAME]
        changed = True
    if contact.notes and contact.notes not in client.notes:
        client.notes = (client.notes + "\n" + contact.notes).strip()
        changed = True
    if changed:
        handles = [h for p in client.contact_points for h in (p.value, p.normalized)]
        client.search_text = search_text(client.name, client.company, client.tags, handles)
        client.version += 1
        client.save()
        rollups.refresh_clients([client_id])
    return changed
