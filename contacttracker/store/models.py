"""peewee models over the schema that :mod:`contacttracker.store.schema` creates.

Models never create tables: the migrations do. A test checks both agree.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import datetime

import peewee

from contacttracker.domain import clock
from contacttracker.store.database import db


def utcnow() -> datetime:
    """Now, as stored: naive UTC to the second, from the installed clock (domain.clock)."""
    return clock.now().replace(tzinfo=None, microsecond=0)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


class Flag(peewee.IntegerField):
    """A yes/no stored as 0/1 on both backends: the queues' partial indexes and raw SQL say
    ``= 1``, which a PostgreSQL boolean would refuse."""

    def db_value(self, value: object) -> int | None:
        return None if value is None else int(bool(value))

    def python_value(self, value: object) -> bool | None:
        return None if value is None else bool(value)


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Client(BaseModel):
    uuid = peewee.TextField(unique=True, default=new_uuid)
    name = peewee.TextField()
    company = peewee.TextField(default="")
    language = peewee.TextField(default="uk")
    time_zone = peewee.TextField(default="")
    preferred_hours = peewee.TextField(default="")
    response_hours = peewee.FloatField(null=True)
    keep_in_touch_days = peewee.IntegerField(null=True)
    tags = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    archived = Flag(default=False)
    last_contact_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow)
    version = peewee.IntegerField(default=1)
    deleted_at = peewee.DateTimeField(null=True)
    search_text = peewee.TextField(default="")
    open_items = peewee.IntegerField(default=0)
    touch_due_at = peewee.DateTimeField(null=True)
    snoozed_until = peewee.DateTimeField(null=True)


class ContactPoint(BaseModel):
    uuid = peewee.TextField(unique=True, default=new_uuid)
    client = peewee.ForeignKeyField(Client, backref="contact_points", on_delete="CASCADE")
    channel = peewee.TextField()
    value = peewee.TextField()
    normalized = peewee.TextField()
    rank = peewee.IntegerField()


class Project(BaseModel):
    uuid = peewee.TextField(unique=True, default=new_uuid)
    client = peewee.ForeignKeyField(Client, backref="projects", on_delete="CASCADE")
    name = peewee.TextField()
    status = peewee.TextField(default="active")


class Conversation(BaseModel):
    uuid = peewee.TextField(unique=True, default=new_uuid)
    client = peewee.ForeignKeyField(Client, backref="conversations", on_delete="CASCADE")
    project = peewee.ForeignKeyField(Project, null=True, on_delete="SET NULL")
    channel = peewee.TextField()
    direction = peewee.TextField()
    occurred_at = peewee.DateTimeField()
    duration_min = peewee.IntegerField(null=True)
    subject = peewee.TextField(default="")
    summary = peewee.TextField(default="")
    agreements = peewee.TextField(default="")
    urgent = Flag(default=False)
    follow_up_due = peewee.DateTimeField(null=True)
    follow_up_done = Flag(default=False)
    confirms = peewee.ForeignKeyField("self", null=True, on_delete="SET NULL", backref="+")
    summarizes = peewee.ForeignKeyField("self", null=True, on_delete="SET NULL", backref="+")
    replies_to = peewee.ForeignKeyField("self", null=True, on_delete="SET NULL", backref="+")
    author = peewee.TextField(default="")
    dismissed = peewee.TextField(default="")
    awaiting_confirmation = Flag(default=False)
    confirmed_at = peewee.DateTimeField(null=True)
    awaiting_summary = Flag(default=False)
    awaiting_reply = Flag(default=False)
    answered_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow)
    version = peewee.IntegerField(default=1)
    deleted_at = peewee.DateTimeField(null=True)
    snoozed_until = peewee.DateTimeField(null=True)


class ChannelScore(BaseModel):
    channel = peewee.TextField(primary_key=True)
    score = peewee.IntegerField()
    updated_at = peewee.DateTimeField(default=utcnow)


class CustomChannel(BaseModel):
    key = peewee.TextField(primary_key=True)
    name = peewee.TextField()
    kind = peewee.TextField()
    link = peewee.TextField(default="")


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()


class ReminderSent(BaseModel):
    person = peewee.TextField()
    queue = peewee.TextField()
    item_id = peewee.BigIntegerField()
    reminder = peewee.TextField()
    moment = peewee.DateTimeField()
    sent_at = peewee.DateTimeField()


class MailHeader(BaseModel):
    """An e-mail's Message-ID and References as the letter carries them."""

    conversation = peewee.ForeignKeyField(
        Conversation, primary_key=True, backref="+", on_delete="CASCADE"
    )
    message_id = peewee.TextField()
    refs = peewee.TextField(default="")


ALL_MODELS = [
    Client,
    ContactPoint,
    Project,
    Conversation,
    ChannelScore,
    CustomChannel,
    Setting,
    ReminderSent,
    MailHeader,
]
