"""Text no database can hold as it is: a NUL character (PostgreSQL refuses it) or half of a
UTF-16 pair (no UTF-8 encoder takes it). Files and pastes can bring both; every way in stores
the text without them, the same on both backends, and a text file holding a NUL is refused."""

import base64
import json
from datetime import UTC, datetime

import pytest

from contacttracker.domain.storable import storable
from contacttracker.io.csv_import import import_file
from contacttracker.io.export import export
from contacttracker.io.importers import import_any
from contacttracker.store import browse, settings
from contacttracker.store.clients import ClientInput, save_client
from contacttracker.store.conversations import ConversationInput, log_conversation
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client, ContactPoint, Conversation
from tests.helpers.state import row_counts

pytestmark = pytest.mark.backends


def test_storable_drops_nul_and_mends_lone_surrogates():
    assert storable("Оле\x00на") == "Олена"
    assert storable("a\ud83db") == "a\ufffdb", "half a pair becomes the replacement character"
    assert storable("\ud83d\ude00!") == "😀!", "a pair split in two code points is joined"
    assert storable("plain") == "plain" and storable("") == ""
    assert storable("Привіт 😀") == "Привіт 😀"
    typed = ClientInput(name="x", channels=(("email", "a\x00@b.c"),), notes="\x00\ud83d")
    assert (typed.channels, typed.notes) == ((("email", "a@b.c"),), "\ufffd")


def test_a_telegram_export_spelling_nul_and_half_pairs_is_stored_clean(db_path, tmp_path):
    data = {
        "name": "Оле\u0000на",
        "type": "personal_chat",
        "id": 7,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date_unixtime": "1710237600",
                "from": "Оле\u0000на",
                "text": "Рахунок\u0000 отримала \ud83d",
            },
            {
                "id": 2,
                "type": "message",
                "date_unixtime": "1710237700",
                "from": "Андрій",
                "text": ["Дякую", "\u0000!"],
            },
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # escapes: \u0000, \ud83d
    assert "\\u0000" in path.read_text() and "\\ud83d" in path.read_text()

    report = import_any(path, me="Андрій", new_clients=True)

    assert report.added == 2
    assert [c.name for c in Client.select()] == ["Олена"]
    texts = sorted(c.summary for c in Conversation.select())
    assert texts == ["Дякую!", "Рахунок отримала \ufffd"]


def test_mail_whose_parts_decode_to_nul_is_stored_clean(db_path, tmp_path):
    save_client(ClientInput(name="Emily Carter", channels=[("email", "emily@example.com")]))
    body = base64.b64encode(b"Invoice\x00 attached").decode()
    mail = (
        "From: Emily Carter <emily@example.com>\nTo: me@studio.example\n"
        "Subject: =?utf-8?b?" + base64.b64encode(b"Stage\x00 two").decode() + "?=\n"
        "Date: Tue, 12 Mar 2024 10:00:00 +0000\nMessage-ID: <n1@example.com>\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{body}\n"
    )
    path = tmp_path / "mail.eml"
    path.write_text(mail, encoding="ascii")

    assert import_any(path, me="Андрій").added == 1

    stored = Conversation.get()
    assert (stored.subject, stored.summary.strip()) == ("Stage two", "Invoice attached")


def test_a_vcard_quoting_a_nul_is_stored_clean(db_path, tmp_path):
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Ve=00ra Lysenko\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Call=00 after 10\r\nTEL;CELL:+380501234567\r\n"
        "END:VCARD\r\n"
    )
    path = tmp_path / "contacts.vcf"
    path.write_text(card, encoding="ascii")

    assert import_any(path).added == 1

    client = Client.get()
    assert (client.name, client.notes) == ("Vera Lysenko", "Call after 10")
    assert ContactPoint.get().normalized == "+380501234567"


def test_a_csv_with_a_nul_past_its_first_64_kb_is_refused_whole(db_path, tmp_path):
    """A NUL anywhere in a text file means the file is damaged: it is refused, not half
    stored (it had been looked for in the first 64 KB only)."""
    client = save_client(ClientInput(name="Олена"))
    for n in range(40):  # few long rows: each save is a transaction of its own
        log_conversation(
            ConversationInput(
                client_id=client.id,
                channel="email",
                direction="out",
                occurred_at=datetime(2024, 3, 12, 10, n % 60, tzinfo=UTC),
                subject=f"Лист {n}",
                summary="текст " * 300,
            )
        )
    good = tmp_path / "conversations.csv"
    export("conversations", good)
    data = good.read_bytes()
    assert len(data) > 70_000
    at = data.rindex(b"\xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82")  # the last "текст"
    bad = tmp_path / "damaged.csv"
    bad.write_bytes(data[:at] + b"\x00" + data[at:])
    Conversation.delete().execute()
    before = row_counts(db_path)

    with pytest.raises(ImportRejected, match="binary data"):
        import_file(bad)

    assert row_counts(db_path) == before


def test_typed_or_pasted_text_is_stored_clean_and_found(db_path):
    client = save_client(
        ClientInput(
            name="Дарина\x00 Мельник",
            company="ФОП\x00",
            notes="\ud83d",
            channels=[("email", "dar\x00ina@example.com")],
        )
    )
    log_conversation(
        ConversationInput(
            client_id=client.id,
            channel="phone",
            direction="out",
            occurred_at=datetime(2024, 3, 12, 10, tzinfo=UTC),
            subject="Кошторис\x00",
            agreements="до п’ятниці\x00",
            project="Сайт\x00",
        )
    )
    settings.set_my_name("Андрій\x00")
    settings.set_many({"author": "Андрій\x00"})
    settings.add_channel("sig\x00nal", "Sig\x00nal", "written", "")

    stored = Client.get_by_id(client.id)
    assert (stored.name, stored.company, stored.notes) == ("Дарина Мельник", "ФОП", "\ufffd")
    assert ContactPoint.get().value == "darina@example.com"
    conv = Conversation.get()
    assert (conv.subject, conv.agreements, conv.project.name) == (
        "Кошторис",
        "до п’ятниці",
        "Сайт",
    )
    assert settings.get("author") == "Андрій" and settings.author() == "Андрій"
    assert settings.catalogue().get("signal").name == "Signal"
    assert [r.name for r in browse.client_page("мель\x00ник")] == ["Дарина Мельник"]


def test_a_name_or_company_with_a_line_break_is_stored_on_one_line(db_path, tmp_path):
    """A name typed on the command line or carried by a file with a line break in it had
    been stored so, and shown broken in lists and greetings."""
    saved = save_client(ClientInput(name="Олена\nКоваленко", company="ТОВ\r\n«Ромашка»"))
    assert (saved.name, saved.company) == ("Олена Коваленко", "ТОВ «Ромашка»")
    card = tmp_path / "c.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ярина\\nКоваль\nEND:VCARD\n", "utf-8")
    import_any(card)
    assert Client.get(Client.name == "Ярина Коваль")
