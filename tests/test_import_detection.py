"""Telling what a file is from its first 64 KiB: a letter cut at that edge, a UTF-16 file
as Excel saves "Unicode text", a Telegram export whose chats come late."""

import json
import uuid
from pathlib import Path

import pytest

from contacttracker.io.csv_format import HEAD_BYTES, decode, read_head
from contacttracker.io.importers import detect, import_any
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client, Conversation

pytestmark = pytest.mark.backends

#: A letter of every length UTF-8 has past one byte, and each place inside it a cut can fall.
CUTS = [("И", 1), ("’", 1), ("’", 2), ("😀", 1), ("😀", 2), ("😀", 3)]
CLIENTS_HEADER = (
    "uuid,name,company,language,time_zone,preferred_hours,response_hours,"
    "keep_in_touch_days,tags,notes,archived,channels\r\n"
)


def cut_inside(prefix: str, letter: str, at: int, suffix: str) -> bytes:
    """prefix + padding + letters + suffix, the first of the letters starting ``at`` bytes
    before the edge of the head, so the edge falls inside it."""
    head = prefix.encode()
    pad = HEAD_BYTES - at - len(head)
    assert pad > 0
    data = head + b"x" * pad + (letter * 40 + suffix).encode()
    assert data[HEAD_BYTES - at : HEAD_BYTES - at + len(letter.encode())] == letter.encode()
    return data


def clients_csv(letter: str, at: int) -> bytes:
    rows = "".join(
        f"{uuid.UUID(int=i)},Ирина Іваненко {i},,uk,,,,,,Нотатка,0,email: i{i}@example.com\r\n"
        for i in range(1, 500)
    )
    return cut_inside(
        CLIENTS_HEADER + rows + f"{uuid.UUID(int=999)},Останній,,uk,,,,,,",
        letter,
        at,
        ",0,email: last@example.com\r\n",
    )


def whatsapp_chat(letter: str, at: int) -> bytes:
    lines = "".join(
        f"12.03.24, 14:{i % 60:02d} - Ирина Іваненко: Добрий день, це повідомлення {i}\n"
        for i in range(580)
    )
    return cut_inside(lines + "13.03.24, 09:00 - Андрій: ", letter, at, "\n")


def telegram_chat(letter: str, at: int) -> bytes:
    messages = [
        {
            "id": i,
            "type": "message",
            "date": "2024-03-12T10:00:00",
            "date_unixtime": str(1710237600 + i),
            "from": "Ирина Іваненко",
            "from_id": "user1",
            "text": f"Повідомлення {i}",
        }
        for i in range(1, 300)
    ]
    start = json.dumps({"name": "Ирина Іваненко", "type": "personal_chat", "id": 77}) + "\n"
    prefix = start[:-2] + ', "messages": ' + json.dumps(messages, ensure_ascii=False)[:-1]
    prefix += ', {"id": 999, "type": "message", "date": "2024-03-13T09:00:00", '
    prefix += '"date_unixtime": "1710320400", "from": "Андрій", "from_id": "user2", "text": "'
    return cut_inside(prefix, letter, at, '"}]}')


def google_csv(letter: str, at: int) -> bytes:
    header = "First Name,Last Name,Notes,E-mail 1 - Label,E-mail 1 - Value\n"
    rows = "".join(f"Ирина,Іваненко {i},Нотатка,Work,i{i}@example.com\n" for i in range(900))
    return cut_inside(header + rows + "Останній,Клієнт,", letter, at, ",Work,last@example.com\n")


FILES = {
    "clients.csv": (clients_csv, "table"),
    "WhatsApp Chat with Ирина Іваненко.txt": (whatsapp_chat, "messages"),
    "result.json": (telegram_chat, "messages"),
    "contacts.csv": (google_csv, "contacts"),
}


@pytest.mark.parametrize(("letter", "at"), CUTS)
@pytest.mark.parametrize("name", list(FILES))
def test_a_letter_cut_at_the_edge_of_the_head_is_no_reason_to_refuse(
    tmp_path: Path, name, letter, at
):
    """Valid UTF-8 over 64 KiB had been refused as "not a file contacttracker can import"
    whenever the 65,536th byte fell inside a letter (neither UTF-8 nor Windows-1251 read the
    cut head)."""
    make, kind = FILES[name]
    path = tmp_path / name
    path.write_bytes(make(letter, at))
    assert path.stat().st_size > HEAD_BYTES
    assert detect(path) == kind
    assert read_head(path).endswith("x" * 10 + letter * (0 if at else 1))


@pytest.mark.parametrize("name", list(FILES))
def test_a_long_file_cut_inside_a_letter_imports_whole(db_path, tmp_path, name):
    make, _kind = FILES[name]
    path = tmp_path / name
    path.write_bytes(make("😀", 2))
    if name == "clients.csv":
        report = import_any(path)
        assert report.added == 500
        assert Client.get(Client.name == "Останній").notes.endswith("😀" * 40)
    elif name == "contacts.csv":
        report = import_any(path)
        assert report.added == 901
        last = Client.get(Client.name == "Останній Клієнт")
        assert last.notes.endswith("😀" * 40)
    else:
        report = import_any(path, me="Андрій", new_clients=True)
        last = Conversation.get(Conversation.direction == "out")
        assert last.summary.endswith("😀" * 40)
        assert report.added == Conversation.select().count() == (300 if "json" in name else 581)


def test_head_decoding_takes_utf16_and_refuses_what_contradicts_its_mark():
    text = "name\tcompany\r\nОлена\tСтудія\r\n"
    assert decode(text.encode("utf-16")) == text
    cut = text.encode("utf-16")[:-1]
    assert decode(cut, partial=True) == text[:-1]
    with pytest.raises(ValueError, match="binary"):
        decode(b"\xff\xfe" + text.encode("utf-16-be"))


def test_a_chat_whose_first_message_is_a_long_list_is_a_chat(db_path, tmp_path):
    """A pasted price list of 25 lines as the first message left most of the head's lines
    without a date: the chat was read as a table of contacts and a client called after a
    word of it was stored."""
    items = "".join(f"{n}. Позиція {n} — {n * 100} грн\n" for n in range(1, 26))
    path = tmp_path / "Чат WhatsApp з Світлана.txt"
    path.write_text(
        "14.02.25, 09:00 - Повідомлення та дзвінки захищені наскрізним шифруванням.\n"
        f"14.02.25, 09:01 - Світлана: Надсилаю прайс:\n{items}"
        "14.02.25, 09:30 - Андрій: Дякую, гляну\n"
        "14.02.25, 10:02 - Світлана: Чекаю відповіді\n",
        "utf-8",
    )
    assert detect(path) == "messages"
    report = import_any(path, new_clients=True)
    assert report.added == 3
    assert [c.name for c in Client.select()] == ["Світлана"]
    first = Conversation.get(Conversation.direction == "in", Conversation.subject.startswith("Над"))
    assert first.summary.count("\n") == 25 and first.summary.endswith("2500 грн")


def test_an_account_export_without_its_account_information_is_telegram(db_path, tmp_path):
    """Without "Account information", a long contact list pushed every key looked for past
    the head: the export was read as a table, and its JSON lines became 300 clients."""
    contacts = [
        {"user_id": 7_000_000 + i, "first_name": f"Оксана {i}", "last_name": "Шевченко",
         "phone_number": f"+380 60 000 {i:04d}", "date": "2023-01-01T00:00:00"}
        for i in range(1200)
    ]  # fmt: skip
    chat = {
        "name": "Олена Коваленко",
        "type": "personal_chat",
        "id": 5001,
        "messages": [
            {"id": 1, "type": "message", "date": "2024-03-12T10:00:00", "from": "Олена Коваленко",
             "from_id": "user5001", "text": "Добрий день"},
            {"id": 2, "type": "message", "date": "2024-03-12T10:05:00", "from": "Андрій",
             "from_id": "user42", "text": "Вітаю"},
        ],
    }  # fmt: skip
    export = {
        "about": "Here is the data you requested. Remember: Telegram is ad free.",
        "contacts": {"about": "This is your contact list.", "list": contacts},
        "chats": {"about": "This page lists all chats.", "list": [chat]},
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), "utf-8")
    assert path.read_text("utf-8").index('"chats"') > HEAD_BYTES
    assert detect(path) == "messages"
    report = import_any(path, new_clients=True)
    assert report.added == 2
    assert [c.name for c in Client.select()] == ["Олена Коваленко"]


@pytest.mark.parametrize(
    "text", ['[{"name": "Олена", "phone": "+380671234567"}]', '{"people": [{"name": "Олена"}]}']
)
def test_json_that_is_no_telegram_export_is_refused_not_read_as_a_table(db_path, tmp_path, text):
    path = tmp_path / "people.csv"
    path.write_text(text + "\n", "utf-8")
    assert detect(path) == ""
    with pytest.raises(ImportRejected) as refused:
        import_any(path, new_clients=True)
    assert "not a file contacttracker can import" in str(refused.value)
    assert Client.select().count() == 0


@pytest.mark.parametrize(
    "text",
    [
        "Created,Name,Email\n2026-03-01 10:00,Ann Lee,ann@x.com\n2026-03-02 11:00,Bo Li,bo@x.com\n",
        "Дата;ПІБ;Телефон\n01.03.2026 10:00;Олена Коваленко;+380671234567\n",
        "01.03.2026 10:00;Олена Коваленко;+380671234567\n02.03.2026 11:00;Іван Петренко;+380501112233\n",
    ],
)
def test_a_table_whose_first_column_is_a_date_is_no_chat(db_path, tmp_path, text):
    """A date and time in a table's first column had made it a WhatsApp chat, refused with
    "no WhatsApp message lines found"; a phone writes "- " or "]" after its time."""
    path = tmp_path / "people.csv"
    path.write_text(text, "utf-8")
    assert detect(path) != "messages"
    chat = tmp_path / "WhatsApp Chat with Олена.txt"
    chat.write_text("01.03.26, 10:00 - Олена: Привіт\n01.03.26, 10:01 - Андрій: Вітаю\n", "utf-8")
    assert detect(chat) == "messages"
    ios = tmp_path / "_chat.txt"
    ios.write_text("[01.03.26, 10:00:00] Олена: Привіт\n[01.03.26, 10:01:00] Андрій: Так\n")
    assert detect(ios) == "messages"


def test_the_apps_conversations_with_the_time_first_are_a_table(db_path, tmp_path):
    from contacttracker.io.export import CONVERSATION_COLUMNS

    columns = ["occurred_at", *[c for c in CONVERSATION_COLUMNS if c != "occurred_at"]]
    path = tmp_path / "conversations.csv"
    path.write_text(",".join(columns) + "\n" + "28.08.2026 18:44" + "," * (len(columns) - 1) + "\n")
    assert detect(path) == "table"
