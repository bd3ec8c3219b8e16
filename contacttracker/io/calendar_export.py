"""Follow-ups and planned calls or meetings as an .ics file any calendar program imports."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event

from contacttracker.io.output import write_bytes
from contacttracker.store.database import db
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import from_db, now_utc, to_db_text


def calendar(now: datetime | None = None) -> Calendar:
    now = now or now_utc()
    known = catalogue()
    cal = Calendar()
    cal.add("prodid", "-//contacttracker//follow-ups//EN")
    cal.add("version", "2.0")
    rows = db.execute_sql(
        """SELECT c.uuid, cl.name, c.channel, c.subject, c.summary, c.agreements, c.occurred_at,
                  c.duration_min, c.follow_up_due, c.follow_up_done
           FROM conversation c JOIN client cl ON cl.id = c.client_id
           WHERE c.deleted_at IS NULL AND ((c.follow_up_due IS NOT NULL AND c.follow_up_done = 0)
                 OR c.occurred_at > ?)
           ORDER BY coalesce(c.follow_up_due, c.occurred_at)""",
        (to_db_text(now),),
    )
    for uuid, client, channel, subject, summary, agreements, at, minutes, due, done in rows:
        name = known.get(channel).name
        if due is not None and not done:
            event = Event()
            event.add("uid", f"follow-up-{uuid}@contacttracker")
            event.add("summary", f"Follow up: {client}" + (f" — {subject}" if subject else ""))
            start = from_db(due)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=30))
            event.add("description", "\n\n".join(t for t in (summary, agreements) if t))
            event.add("dtstamp", now)
            cal.add_component(event)
        start = from_db(at)
        if start > now:
            event = Event()
            event.add("uid", f"{uuid}@contacttracker")
            event.add("summary", f"{name}: {client}" + (f" — {subject}" if subject else ""))
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=minutes or 30))
            event.add("description", "\n\n".join(t for t in (summary, agreements) if t))
            event.add("dtstamp", now)
            cal.add_component(event)
    return cal


def export_calendar(out, now: datetime | None = None) -> int:
    cal = calendar(now)
    write_bytes(out, cal.to_ical())
    return len(cal.subcomponents)
