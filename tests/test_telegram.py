"""Telegram Desktop exports: one chat, or a whole account with its contacts, Saved Messages,
groups and channels, and JSON no export nests so deep."""

import json
import zlib
from pathlib import Path

import pytest

from contacttracker.io.importers import detect, import_any
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client, Conversation

pytestmark = pytest.mark.backends


def author_id(who: object) -> str:
    """A sender's id, the same in every run and never a chat's id used here (42, 1042) nor
    the account's own (user1): str hash() changes per process, and a collision made the
    chat tell its owner by id."""
    return f"user{100 + zlib.crc32(str(who).encode()) % 900}"


def message(n: int, who: str, text, at: int = 1710237600) -> dict:
    return {
        "id": n,
        "type": "message",
        "date": "2024-03-12T10:00:00",
        "date_unixtime": str(at + n * 60),
        "from": who,
        "from_id": author_id(who),
        "text": text,
    }


def with_olena(messages: list[dict], chat_id: object = 42) -> dict:
    """A personal chat with Олена Коваленко, as Telegram Desktop exports one."""
    return {"name": "Олена Коваленко", "type": "personal_chat", "id": chat_id, "messages": messages}


def whole_account(contacts: int) -> dict:
    return {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't "
        "collect your data for targeting.",
        "personal_information": {"user_id": 1, "first_name": "Андрій", "last_name": ""},
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                {"user_id": i, "first_name": f"Контакт {i}", "phone_number": f"+38067{i:07d}"}
                for i in range(contacts)
            ],
        },
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                {"type": "saved_messages", "id": 1, "messages": [message(1, "Андрій", "нотатка")]},
                {
                    "name": "Олена Коваленко",
                    "type": "personal_chat",
                    "id": 42,
                    "messages": [
                        message(1, "Олена Коваленко", "Коли буде макет?"),
                        message(2, "Андрій", ["Завтра, ", {"type": "bold", "text": "до 12"}]),
                    ],
                },
                {
                    "name": None,
                    "type": "personal_chat",
                    "id": 43,
                    "messages": [message(1, None, "привіт")],
                },
                {
                    "name": "Студія: проєкти",
                    "type": "private_group",
                    "id": 44,
                    "messages": [message(1, "Тарас", "Усім привіт")],
                },
                {
                    "name": "Новини дизайну",
                    "type": "public_channel",
                    "id": 45,
                    "messages": [message(1, "Новини дизайну", "Випуск 12")],
                },
            ],
        },
    }


def write(folder: Path, data) -> Path:
    path = folder / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return path


@pytest.mark.parametrize("contacts", [3, 2000])
def test_a_whole_account_imports_its_personal_chats_and_names_the_rest(db_path, tmp_path, contacts):
    """Its Saved Messages, without a name, had crashed the import ("the client needs a
    name"); with a long contact list the chats came too late in the file to be recognised."""
    path = write(tmp_path, whole_account(contacts))
    assert path.read_text("utf-8").index('"chats"') > 4000 or contacts == 3
    assert detect(path) == "messages"
    report = import_any(path, me="Андрій", new_clients=True)
    assert report.added == 2
    assert [c.name for c in Client.select()] == ["Олена Коваленко"]
    answer = Conversation.get(Conversation.direction == "out")
    assert answer.summary == "Завтра, до 12"
    notes = "\n".join(report.notes)
    for words in (
        "Saved Messages",
        "no name",
        "'Студія: проєкти' (private_group, 1 message) skipped",
        "'Новини дизайну' (public_channel",
        f"{contacts} contacts of the account",
    ):
        assert words in notes, notes
    assert import_any(path, me="Андрій", new_clients=True).added == 0


def test_json_nested_deeper_than_an_export_is_refused_in_words(db_path, tmp_path):
    """600 levels of text entities had ended in a RecursionError traceback."""
    deep = '"дно"'
    for _ in range(600):
        deep = '[{"type": "bold", "text": ' + deep + "}]"
    text = json.dumps(message(1, "Олена", "@@")).replace('"@@"', deep)
    path = tmp_path / "result.json"
    path.write_text(
        '{"name": "Олена", "type": "personal_chat", "id": 1, "messages": [' + text + "]}", "utf-8"
    )
    with pytest.raises(ImportRejected, match="nests deeper"):
        import_any(path, me="Андрій", new_clients=True)
    assert Conversation.select().count() == 0 and Client.select().count() == 0


def test_a_list_of_messages_holding_no_objects_is_refused_in_words(db_path, tmp_path):
    """Lists nested in place of messages had imported nothing, and said nothing."""
    path = tmp_path / "result.json"
    nested = "[" * 100 + "]" * 100
    path.write_text(
        '{"name": "Олена", "type": "personal_chat", "id": 1, "messages": [' + nested + "]}",
        "utf-8",
    )
    with pytest.raises(ImportRejected, match="message 1 is not an object"):
        import_any(path, me="Андрій", new_clients=True)
    assert Conversation.select().count() == 0 and Client.select().count() == 0


def test_your_messages_are_told_without_your_name_when_the_export_can_tell(db_path, tmp_path):
    """A Telegram chat had been refused without --me, though a personal chat is named after
    the other party and signed with their id (a whole account's, with your own)."""
    chat = with_olena(
        [
            dict(message(1, "Олена Коваленко", "Коли буде макет?"), from_id="user42"),
            dict(message(2, "Андрій", "Завтра до 12"), from_id="user7"),
        ]
    )
    report = import_any(write(tmp_path, chat), new_clients=True)
    assert report.added == 2
    sent = Conversation.select().where(Conversation.direction == "out")
    assert [c.summary for c in sent] == ["Завтра до 12"]

    by_names = dict(chat, id="chat-without-ids")  # no ids to go by: the other author is you
    for raw in by_names["messages"]:
        raw.pop("from_id")
    folder = tmp_path / "names"
    folder.mkdir()
    assert import_any(write(folder, by_names), new_clients=True).added == 2
    assert Conversation.select().where(Conversation.direction == "out").count() == 2

    account = whole_account(2)
    for listed in account["chats"]["list"]:
        listed["id"] += 1000  # another chat than the one above
        for raw in listed["messages"]:
            raw["from_id"] = "user1" if raw["from"] == "Андрій" else "user42"
    folder = tmp_path / "account"
    folder.mkdir()
    import_any(write(folder, account), new_clients=True)
    outgoing = Conversation.select().where(Conversation.direction == "out")
    assert "Завтра, до 12" in [c.summary for c in outgoing]


def test_a_chat_that_cannot_tell_who_you_are_asks_for_your_name(db_path, tmp_path):
    chat = with_olena([message(1, "Тарас", "Привіт"), message(2, "Андрій", "Вітаю")])
    with pytest.raises(ImportRejected, match="--me"):
        import_any(write(tmp_path, chat), new_clients=True)
    assert Client.select().count() == 0 and Conversation.select().count() == 0
    assert import_any(tmp_path / "result.json", me="Андрій", new_clients=True).added == 2
    assert Conversation.get(Conversation.direction == "out").summary == "Вітаю"


def test_a_name_that_writes_nothing_in_the_chat_is_refused_with_its_authors(db_path, tmp_path):
    chat = with_olena([message(1, "Тарас", "Привіт"), message(2, "Андрій", "Вітаю")])
    with pytest.raises(ImportRejected, match=r"'Andrii' writes nothing.*Андрій, Тарас"):
        import_any(write(tmp_path, chat), me="Andrii", new_clients=True)
    assert Conversation.select().count() == 0


def call(n: int, who: str, seconds: int | None, reason: str, at: int = 1710237600) -> dict:
    """A call as Telegram Desktop exports it: a service message with who called."""
    raw = {
        "id": n,
        "type": "service",
        "date": "2024-03-12T10:00:00",
        "date_unixtime": str(at + n * 60),
        "actor": who,
        "actor_id": "user42" if who == "Олена Коваленко" else "user7",
        "action": "phone_call",
        "discard_reason": reason,
        "text": "",
        "text_entities": [],
    }
    if seconds is not None:
        raw["duration_seconds"] = seconds
    return raw


def test_calls_are_logged_as_phone_conversations_and_unanswered_ones_named(db_path, tmp_path):
    """A Telegram call had been left out: it is a spoken contact, which a summary e-mail
    should follow, and which answers the messages before it."""
    chat = with_olena(
        [
            dict(message(1, "Олена Коваленко", "Можна зателефонувати?"), from_id="user42"),
            call(2, "Андрій", 754, "hangup"),
            call(3, "Олена Коваленко", None, "missed"),
            call(4, "Олена Коваленко", 0, "busy"),
            call(5, "Олена Коваленко", 95, "hangup"),
        ]
    )
    report = import_any(write(tmp_path, chat), new_clients=True)
    assert report.added == 3
    calls = list(
        Conversation.select().where(Conversation.channel == "phone").order_by(Conversation.id)
    )
    assert [(c.direction, c.duration_min, c.subject) for c in calls] == [
        ("out", 13, "Telegram call"),
        ("in", 2, "Telegram call"),
    ]
    asked = Conversation.get(Conversation.channel == "telegram")
    assert not asked.awaiting_reply, "our call answered the message before it"
    assert "2 unanswered calls not logged" in "\n".join(report.notes)
    assert import_any(write(tmp_path, chat), new_clients=True).added == 0


def test_a_chat_of_calls_only_tells_yours_by_your_name(db_path, tmp_path):
    """With no text message to go by, the callers are the chat's authors: a call you made
    had been stored as the client's."""
    chat = with_olena(
        [call(1, "Андрій", 300, "hangup"), call(2, "Олена Коваленко", 120, "hangup")],
        "chat-of-calls",
    )
    for raw in chat["messages"]:
        raw.pop("actor_id")
    assert import_any(write(tmp_path, chat), me="Андрій", new_clients=True).added == 2
    calls = Conversation.select().order_by(Conversation.occurred_at)
    assert [(c.direction, c.duration_min) for c in calls] == [("out", 5), ("in", 2)]


def summaries(tmp_path: Path, raws: list[dict]) -> list[str]:
    """The summaries of a chat with Олена, one message after another, as imported."""
    chat = with_olena([dict(raw, from_id="user42") for raw in raws], "content")
    import_any(write(tmp_path, chat), new_clients=True)
    return [c.summary for c in Conversation.select().order_by(Conversation.occurred_at)]


def entities(text: str | list) -> list[dict]:
    """The "text_entities" Telegram Desktop writes beside "text": every part an object."""
    if isinstance(text, str):
        return [{"type": "plain", "text": text}] if text else []
    return [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text]


def rich(n: int, text: str | list, **media) -> dict:
    """A message of Олена's with the text and media keys of an export."""
    return dict(message(n, "Олена Коваленко", text), text_entities=entities(text), **media)


def test_a_text_link_keeps_its_address_beside_its_words(db_path, tmp_path):
    """A link under words ("here") had kept the words and lost where it leads, which is
    what the message was for: the invoice to pay, the document to read."""
    assert summaries(
        tmp_path,
        [
            rich(
                1,
                [
                    "Invoice ",
                    {"type": "text_link", "text": "here", "href": "https://pay.example.com/inv/42"},
                ],
            ),
            rich(
                2,
                [
                    {
                        "type": "text_link",
                        "text": "https://pay.example.com/inv/43",
                        "href": "https://pay.example.com/inv/43",
                    },
                    " і ",
                    {
                        "type": "text_link",
                        "text": "docs.example.com/brief",
                        "href": "http://docs.example.com/brief",
                    },
                ],
            ),
            rich(
                3,
                [
                    {"type": "mention_name", "text": "Тарас", "user_id": 5170025046},
                    ", глянь ",
                    {"type": "link", "text": "https://figma.com/file/abc"},
                    " або ",
                    {"type": "email", "text": "olena@example.com"},
                    ", ",
                    {"type": "phone", "text": "+380991112233"},
                    " ",
                    {"type": "custom_emoji", "text": "👍", "document_id": "5368324170671202286"},
                    {"type": "pre", "text": "npm run build", "language": "bash"},
                ],
            ),
        ],
    ) == [
        "Invoice here (https://pay.example.com/inv/42)",
        "https://pay.example.com/inv/43 і docs.example.com/brief",
        "Тарас, глянь https://figma.com/file/abc або olena@example.com, +380991112233 👍"
        "npm run build",
    ]


def test_a_shared_contact_place_or_poll_is_told_in_the_summary(db_path, tmp_path):
    """A contact, a location or a poll, with no text, had been stored with an empty
    summary: the phone number or the meeting place was the message."""
    assert summaries(
        tmp_path,
        [
            rich(
                1,
                "",
                contact_information={
                    "first_name": "Марко",
                    "last_name": "Петренко",
                    "phone_number": "+380991112233",
                },
                contact_vcard="contacts/contact_1.vcard",
            ),
            rich(
                2,
                "",
                contact_information={
                    "first_name": "",
                    "last_name": "",
                    "phone_number": "+380671234567",
                },
            ),
            rich(3, "", location_information={"latitude": 50.4501, "longitude": 30.5234}),
            rich(
                4,
                "",
                place_name="Кав'ярня «Світ»",
                address="вул. Хрещатик, 1",
                location_information={"latitude": 50.447731, "longitude": 30.522561},
            ),
            rich(
                5,
                "",
                poll={
                    "question": "Який варіант логотипа?",
                    "closed": False,
                    "total_voters": 1,
                    "answers": [
                        {"text": "Синій", "voters": 1, "chosen": True},
                        {"text": "Зелений", "voters": 0, "chosen": False},
                    ],
                },
            ),
            rich(6, "", location_information=None, live_location_period_seconds=900),
        ],
    ) == [
        "[contact: Марко Петренко, +380991112233]",
        "[contact: +380671234567]",
        "[location: 50.4501, 30.5234]",
        "[location: Кав'ярня «Світ», вул. Хрещатик, 1 (50.447731, 30.522561)]",
        "[poll: Який варіант логотипа?]",
        "[location]",
    ]


def test_media_are_told_by_their_caption_or_as_media(db_path, tmp_path):
    """A photo's or a file's caption is what it says; without one, a sent file (a PDF has
    no media_type) had left an empty summary."""
    photo = {"photo": "photos/photo_1@12-03-2024_10-01-00.jpg", "width": 1280, "height": 960}
    pdf = {
        "file": "files/Кошторис.pdf",
        "file_name": "Кошторис.pdf",
        "file_size": 48213,
        "mime_type": "application/pdf",
    }
    voice = {
        "file": "(File not included. Change data exporting settings to download.)",
        "media_type": "voice_message",
        "mime_type": "audio/ogg",
        "duration_seconds": 14,
    }
    assert summaries(
        tmp_path,
        [
            rich(1, "Фото з об'єкта", **photo),
            rich(2, ["Кошторис, ", {"type": "bold", "text": "остаточний"}], **pdf),
            rich(3, "", **pdf),
            rich(4, "", **voice),
            rich(5, "", **photo),
        ],
    ) == ["Фото з об'єкта", "Кошторис, остаточний", "[media]", "[media]", "[media]"]


def test_a_text_of_empty_or_invisible_parts_leaves_the_media_its_summary(db_path, tmp_path):
    """Entities holding nothing, or only invisible characters (a zero-width space sent as
    a caption), had made a summary that reads as empty."""
    pdf = {"file": "files/Договір.pdf", "file_name": "Договір.pdf", "mime_type": "application/pdf"}
    raws = [
        rich(1, [{"type": "bold", "text": ""}, {"type": "italic", "text": ""}], **pdf),
        rich(2, [{"type": "plain", "text": "\u200b"}, " \n"], photo="photos/photo_2.jpg"),
        rich(
            3,
            [{"type": "text_link", "text": "", "href": "https://example.com/brief"}],
            **pdf,
        ),
    ]
    assert summaries(tmp_path, raws) == ["[media]", "[media]", "https://example.com/brief"]
