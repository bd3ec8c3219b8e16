"""The fields of a client and of a conversation, in the order the app's own tables show
them: the CSV export, the command line's tables and the edit history share these lists, so
a field added to one shows in all of them."""

from __future__ import annotations

#: A client's own fields (its channels and rollups come after them in each table).
CLIENT_FIELDS = (
    "uuid",
    "name",
    "company",
    "language",
    "time_zone",
    "preferred_hours",
    "response_hours",
    "keep_in_touch_days",
    "tags",
    "notes",
    "archived",
)
#: What a conversation says, the part a user edits (and the edit history keeps).
CONVERSATION_FIELDS = (
    "channel",
    "direction",
    "occurred_at",
    "duration_min",
    "subject",
    "summary",
    "agreements",
    "urgent",
    "follow_up_due",
    "follow_up_done",
)
