"""Telegram Desktop exports: one chat, or a whole account with its contacts, Saved Messages,
groups and channels, and JSON no export nests so deep."""

import json
from pathlib import Path

import pytest

from contacttracker.io.importers import detect, import_any
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client, Conversation

pytestmark = pytest.mark.backends


def message(n: int, who: str, text, at: int = 1710237600) -> dict:
    return {
        "id": n,
        "type": "message",
        "date": "2024-03-12T10:00:00",
        "date_unixtime": str(at + n * 60),
        "from": who,
        "from_id": f"user{abs(hash(who)) % 1000}",
        "text": text,
    }


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
        "'Студія: проєкти' (private_group, 1 messages) skipped",
        "'Новини дизайну' (public_channel",
        f"{contacts} contacts",
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
