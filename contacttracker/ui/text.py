"""Words and formats the window shows: translated names, local times, ages in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.rules import NextStep, Step


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


QUEUE_TITLES = {
    "unconfirmed_email": "E-mails awaiting confirmation",
    "needs_summary": "Agreements without a summary",
    "awaiting_reply": "Messages awaiting our reply",
    "follow_up": "Follow-ups due",
    "losing_touch": "Losing touch",
}
QUEUE_HINTS = {
    "unconfirmed_email": "E-mail has no read receipt: ask the client through another channel "
    "whether the letter arrived, then record the confirmation.",
    "needs_summary": "What was agreed by voice, video or in person counts only once the client "
    "has approved it in writing: send the summary e-mail.",
    "awaiting_reply": "Incoming messages with no answer from us yet, against each client's "
    "response time.",
    "follow_up": "Follow-up dates that have come.",
    "losing_touch": "Clients with a keep-in-touch rhythm who have not heard from us for too long.",
}
QUEUE_EMPTY = {
    "unconfirmed_email": "Every e-mail has been confirmed.",
    "needs_summary": "Every spoken agreement has its summary e-mail.",
    "awaiting_reply": "No one is waiting for an answer.",
    "follow_up": "No follow-ups due.",
    "losing_touch": "You are in touch with everyone.",
}


def queue_title(queue: str) -> str:
    return tr("Queue", QUEUE_TITLES[queue])


def channel_name(catalogue: Catalogue, key: str) -> str:
    channel = catalogue.get(key)
    return tr("Channel", channel.name) if channel.builtin else channel.name


def direction(value: str) -> str:
    return tr("Direction", "↓ in") if value == "in" else tr("Direction", "↑ out")


def age(hours: float) -> str:
    """ "45 min", "5 h", "3 days" in the window's language."""
    if hours < 1:
        return tr("Age", "%n min", max(0, round(hours * 60)))
    if hours < 48:
        return tr("Age", "%n h", round(hours))
    return tr("Age", "%n day(s)", round(hours / 24))


def when(value: datetime | None, seconds: bool = False) -> str:
    """A stored UTC time shown in local time, in the locale's short format."""
    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return local.toString("yyyy-MM-dd HH:mm")
    fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if "yy" in fmt and "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return locale.toString(local, fmt)


def step_text(step: NextStep, catalogue: Catalogue) -> str:
    name = channel_name(catalogue, step.channel) if step.channel else ""
    texts = {
        Step.CONFIRM: tr("Step", "Ask by %1").replace("%1", name)
        if name
        else tr("Step", "Ask whether it arrived"),
        Step.WRITE_SUMMARY: tr("Step", "Write the summary e-mail"),
        Step.REPLY: tr("Step", "Reply by %1").replace("%1", name),
        Step.FOLLOW_UP: tr("Step", "Follow up by %1").replace("%1", name),
        Step.GET_IN_TOUCH: tr("Step", "Get in touch by %1").replace("%1", name)
        if name
        else tr("Step", "Get in touch"),
        Step.DUPLICATE_IN_MESSENGER: tr("Step", "Urgent: duplicate by %1").replace("%1", name),
        Step.CALL: tr("Step", "Urgent: call"),
    }
    return texts[step.step]


LINK_WORDS = {
    "confirms": "confirms the e-mail of %1",
    "confirmed_by": "confirmed by %2, %1",
    "summarizes": "summarises the talk of %1",
    "summarized_by": "written up by e-mail, %1",
    "replies_to": "answers %2 of %1",
    "replied_by": "answered by %2, %1",
}


def link_text(relation: str, channel: str, at: datetime, catalogue: Catalogue) -> str:
    return (
        tr("Link", LINK_WORDS[relation])
        .replace("%1", when(at))
        .replace("%2", channel_name(catalogue, channel))
    )
