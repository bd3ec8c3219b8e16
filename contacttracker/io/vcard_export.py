"""Clients as vCard 3.0, readable by phones, Google and Apple contacts, and by our own
contacts import as the same clients (their UID, language and company)."""

from __future__ import annotations

import vobject

from contacttracker.domain.phones import as_exported
from contacttracker.io.output import write_bytes
from contacttracker.store.database import db
from contacttracker.store.dialect import nocase

IMPP_SCHEMES = {"telegram": "telegram", "skype": "skype", "teams": "msteams"}


def vcards() -> list:
    points: dict[int, list[tuple[str, str, str]]] = {}
    for client_id, channel, normal, typed in db.execute_sql(
        "SELECT client_id, channel, normalized, value FROM contact_point ORDER BY client_id, rank"
    ):
        points.setdefault(client_id, []).append((channel, normal, typed))
    cards = []
    for cid, uuid, name, company, notes, tags, language in db.execute_sql(
        "SELECT id, uuid, name, company, notes, tags, language FROM client"
        f" WHERE deleted_at IS NULL ORDER BY {nocase('name')}, id"
    ):
        card = vobject.vCard()
        card.add("fn").value = name
        if is_company_only(name, company):
            # No person's name, so address books list a company, not "Mr ТОВ Ромашка".
            card.add("n").value = vobject.vcard.Name()
            card.add("x-abshowas").value = "COMPANY"
        else:
            # One word is a first name, as phones keep "Світлана"; else the last is the family's.
            given, _, family = name.rpartition(" ") if " " in name else (name, "", "")
            card.add("n").value = vobject.vcard.Name(family=family, given=given)
        card.add("uid").value = uuid
        if company:
            card.add("org").value = [company]
        if language:
            # LANG is vCard 4.0's; a 3.0 reader skips it, and our import reads it.
            card.add("lang").value = language
        if notes:
            card.add("note").value = notes
        if tags:
            card.add("categories").value = [t.strip() for t in tags.split(",") if t.strip()]
        phones_done = set()
        for rank, (channel, handle, typed) in enumerate(points.get(cid, [])):
            if channel == "email":
                line = card.add("email")
                line.value = handle
                line.type_param = ["INTERNET", "PREF"] if rank == 0 else ["INTERNET"]
            elif channel in ("phone", "sms", "viber", "whatsapp") and handle not in phones_done:
                phones_done.add(handle)
                line = card.add("tel")
                line.value = as_exported(handle, typed) if handle.startswith("+") else handle
                line.type_param = ["CELL"]
            if channel in IMPP_SCHEMES:
                card.add("impp").value = f"{IMPP_SCHEMES[channel]}:{handle.lstrip('@')}"
            if channel in ("viber", "whatsapp"):
                card.add(f"x-{channel}").value = handle
        cards.append(card)
    return cards


def is_company_only(name: str, company: str) -> bool:
    """A client who is a company (a contacts import names one by its company): the name
    is the company's."""
    return bool(company.strip()) and name.strip().casefold() == company.strip().casefold()


def export_vcards(out) -> int:
    cards = vcards()
    write_bytes(out, "".join(c.serialize() for c in cards).encode("utf-8"))
    return len(cards)
