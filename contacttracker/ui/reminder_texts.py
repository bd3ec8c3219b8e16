"""A notification's words for reminders: one item said by name, several said as one.

Several reminders that come at once are one notification ("4 clients waiting for a
reply"), never a stack of them. Client names and subjects are the user's text: the
notification's body is plain text (desktop_notifications escapes it where the service
reads markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from contacttracker.domain.reminders import Due
from contacttracker.domain.rules import Reminder
from contacttracker.ui.text import translate

#: How many items a grouped notification names before "and N more".
NAMED = 5


def _time(at: datetime) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    return QLocale().toString(moment.toLocalTime().time(), QLocale.FormatType.ShortFormat)


def headline(due: Due) -> str:
    """One reminder as a title: who, and what is due."""
    client, queue, reminder = due.item.client, due.item.queue, due.reminder
    if queue == "awaiting_reply":
        if reminder is Reminder.SOON:
            text = translate("Reminders", "Reply to %1 by %2")
            return text.replace("%2", _time(due.item.overdue_at)).replace("%1", client)
        return translate("Reminders", "%1 is waiting too long for a reply").replace("%1", client)
    if queue == "unconfirmed_email":
        return translate("Reminders", "%1 has not confirmed your e-mail").replace("%1", client)
    if queue == "needs_summary":
        return translate("Reminders", "The summary e-mail to %1 is overdue").replace("%1", client)
    if queue == "follow_up":
        if reminder is Reminder.DUE:
            return translate("Reminders", "Follow up with %1").replace("%1", client)
        return translate("Reminders", "The follow-up with %1 is overdue").replace("%1", client)
    return translate("Reminders", "Losing touch with %1").replace("%1", client)


def _what(due: Due) -> str:
    """One reminder in a line of a grouped notification, after the client's name."""
    queue, reminder = due.item.queue, due.reminder
    if queue == "awaiting_reply":
        if reminder is Reminder.SOON:
            return translate("Reminders", "reply by %1").replace("%1", _time(due.item.overdue_at))
        return translate("Reminders", "reply overdue")
    if queue == "unconfirmed_email":
        return translate("Reminders", "e-mail not confirmed")
    if queue == "needs_summary":
        return translate("Reminders", "summary e-mail overdue")
    if queue == "follow_up":
        return (
            translate("Reminders", "follow-up due")
            if reminder is Reminder.DUE
            else translate("Reminders", "follow-up overdue")
        )
    return translate("Reminders", "losing touch")


def words(dues: Sequence[Due]) -> tuple[str, str]:
    """(summary, body) of the one notification for these reminders."""
    if len(dues) == 1:
        item = dues[0].item
        return headline(dues[0]), item.subject
    # Counts as plain names: lupdate reads a plural's count only when it is one.
    clients, count, more = len({d.item.client_id for d in dues}), len(dues), len(dues) - NAMED
    if all(d.item.queue == "awaiting_reply" for d in dues):
        summary = translate("Reminders", "%n client(s) waiting for a reply", None, clients)
    else:
        summary = translate("Reminders", "%n item(s) need your attention", None, count)
    lines = [f"{d.item.client} — {_what(d)}" for d in dues[:NAMED]]
    if more > 0:
        lines.append(translate("Reminders", "and %n more", None, more))
    return summary, "\n".join(lines)


def open_label() -> str:
    return translate("Reminders", "Open")


def snooze_label() -> str:
    return translate("Reminders", "Snooze 1 h")
