"""Bringing contacts and history in from files shaped exactly as phones and programs write them."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contacttracker.io.contact_import import import_contacts
from contacttracker.io.importers import detect, import_any
from contacttracker.io.message_import import import_messages
from contacttracker.store import settings
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client, ContactPoint, Conversation, Setting

pytestmark = pytest.mark.backends

VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9A=D0=BE=D0=B2=D0=B0=D0=BB=D0=B5=D0=BD=D0=BA=D0=BE;"
    "=D0=9E=D0=BB=D0=B5=D0=BD=D0=B0;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9E=D0=BB=D0=B5=D0=BD=D0=B0 =D0=9A=D0=BE=D0=B2=\r\n"
    "=D0=B0=D0=BB=D0=B5=D0=BD=D0=BA=D0=BE\r\n"
    "TEL;CELL;PREF:+380 67 123 45 67\r\nTEL;WORK:044 555 12 34\r\nTEL;HOME:*100#\r\n"
    "EMAIL;INTERNET:olena@example.com\r\n"
    "ORG;CHARSET=UTF-8:Студія «Смарагд»\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;Taxi;;;\r\nFN:Taxi\r\nTEL;CELL:838\r\nEND:VCARD\r\n"
)
VCARD_30 = (
    "BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\n"
    "N:Иванов;Дмитрий;;;\nFN:Дмитрий Иванов\nORG:ООО «Северный ветер»;\n"
    "item1.EMAIL;type=INTERNET;type=pref:dmitry@example.com\n"
    "TEL;type=CELL;type=VOICE;type=pref:+7 701 234 5678\n"
    "IMPP;X-SERVICE-TYPE=Skype;type=pref:skype:dmitry.ivanov\n"
    "X-SOCIALPROFILE;type=telegram:https://t.me/dmitry_iv\n"
    "NOTE:Працює з нами з 2021 року\\, дуже пунктуальний\n"
    "END:VCARD\n"
)
VCARD_40 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Emily Carter\nN:Carter;Emily;;;\n"
    "EMAIL;TYPE=work;PREF=1:emily@example.com\nTEL;VALUE=uri;TYPE=cell:tel:+44-7700-900123\n"
    "IMPP:telegram:emily_c\nEND:VCARD\n"
)
GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value\n"
    "Олена,,Коваленко,,,,,,,,Студія «Смарагд»,,,,,,* myContacts ::: Клієнти,"
    "* Work,olena@example.com,Home,olena.k@ukr.net,Mobile,+380671234567,Work,\n"
    "Тарас,,Мельник,,,,,,,,ФОП Мельник,,,,Дзвонити після 10,,* myContacts,"
    "Work,taras@example.com,,,Mobile,067 765 43 21 ::: 050 111 22 33,,\n"
)
OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,"
    "Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,"
    "Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,"
    "Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,"
    "Assistant's Phone,Company Yomi,Business Street,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,"
    "Home Postal Code,Home Country/Region,Other Street,Other City,Other State,"
    "Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,"
    "Web Page,Birthday,Anniversary,Notes\n"
    "James,,Whitaker,,,,,,james@harbour.co.uk,,,,,+44 20 7946 0958,,+44 7700 900456,,,,,,,,,"
    ",,,,james.whitaker@harbour.co.uk,,,Harbour & Hill,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n"
)


def write(tmp_path: Path, name: str, text: str, encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def channels(client) -> list[tuple[str, str]]:
    return [
        (p.channel, p.normalized)
        for p in ContactPoint.select()
        .where(ContactPoint.client == client)
        .order_by(ContactPoint.rank)
    ]


def test_vcards_from_phones_google_and_apple_arrive_intact(db_path, tmp_path):
    for name, text in (("a.vcf", VCARD_21), ("b.vcf", VCARD_30), ("c.vcf", VCARD_40)):
        assert detect(write(tmp_path, name, text)) == "contacts"
    report = import_contacts(tmp_path / "a.vcf")
    assert (report.added, report.skipped) == (2, 0)
    olena = Client.get(Client.name == "Олена Коваленко")
    assert olena.company == "Студія «Смарагд»"
    assert channels(olena) == [
        ("phone", "+380671234567"),
        ("phone", "+380445551234"),
        ("phone", "*100#"),
        ("email", "olena@example.com"),
    ]
    assert any("*100#" in n and "kept as typed" in n for n in report.notes), (
        "a number that is not one is kept as typed, and said"
    )
    import_contacts(tmp_path / "b.vcf")
    dmitry = Client.get(Client.name == "Дмитрий Иванов")
    assert ("skype", "dmitry.ivanov") in channels(dmitry)
    assert ("telegram", "@dmitry_iv") in channels(dmitry)
    assert channels(dmitry)[0] == ("email", "dmitry@example.com")
    assert dmitry.notes == "Працює з нами з 2021 року, дуже пунктуальний"
    import_contacts(tmp_path / "c.vcf")
    emily = Client.get(Client.name == "Emily Carter")
    assert ("phone", "+447700900123") in channels(emily) and ("telegram", "@emily_c") in channels(
        emily
    )


def test_google_and_outlook_csv(db_path, tmp_path):
    report = import_contacts(write(tmp_path, "contacts.csv", GOOGLE))
    assert report.kind == "google" and report.added == 2
    taras = Client.get(Client.name == "Тарас Мельник")
    assert channels(taras) == [
        ("email", "taras@example.com"),
        ("phone", "+380677654321"),
        ("phone", "+380501112233"),
    ]
    assert taras.notes == "Дзвонити після 10"
    olena = Client.get(Client.name == "Олена Коваленко")
    assert olena.tags == "Клієнти"
    report = import_contacts(write(tmp_path, "outlook.csv", OUTLOOK, "cp1252"))
    assert report.kind == "outlook" and report.added == 1
    james = Client.get(Client.name == "James Whitaker")
    assert james.company == "Harbour & Hill"
    assert channels(james) == [
        ("email", "james@harbour.co.uk"),
        ("phone", "+447700900456"),
        ("phone", "+442079460958"),
        ("teams", "james.whitaker@harbour.co.uk"),
    ]


def test_a_known_contact_is_updated_not_duplicated(db_path, tmp_path, client_factory):
    client_factory(channels=[("email", "olena@example.com")])
    report = import_contacts(write(tmp_path, "contacts.csv", GOOGLE))
    assert (report.added, report.updated) == (1, 1)
    assert Client.select().where(Client.name == "Олена Коваленко").count() == 1
    again = import_contacts(tmp_path / "contacts.csv")
    assert (again.added, again.updated, again.skipped) == (0, 0, 2)
    assert Client.select().count() == 2


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        (
            "cut.vcf",
            "BEGIN:VCARD\nVERSION:3.0\nFN:Half\nTEL:+380671234567\n",
            r"line 16: Component VCARD was never closed",
        ),
        (
            "bad.vcf",
            "BEGIN:VCARD\nVERSION:3.0\nFN:X\nthis is junk\nEND:VCARD\n",
            r"line 16: Failed to parse line: this is junk",
        ),
        ("nested.vcf", "BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD\n", "never closed"),
    ],
)
def test_broken_vcards_are_refused_whole(db_path, tmp_path, name, text, reason):
    path = write(tmp_path, name, VCARD_30 + text)
    with pytest.raises(ImportRejected, match=reason):
        import_any(path)
    assert Client.select().count() == 0


WHATSAPP_ANDROID_UK = (
    "12.03.24, 14:05 - Повідомлення та дзвінки захищені наскрізним шифруванням.\n"
    "12.03.24, 14:05 - Олена Коваленко: Добрий день! Надсилаю фото для каталогу\n"
    "12.03.24, 14:06 - Олена Коваленко: <Без медіафайлів>\n"
    "12.03.24, 15:40 - Андрій: Дякую, отримав.\n"
    "Подивлюся ввечері і напишу.\n"
    "13.03.24, 09:12 - Олена Коваленко: Коли буде макет?\n"
)
WHATSAPP_IOS_RU = (
    "[12.03.24, 14:05:33] Дмитрий Иванов: Когда будет макет?\n"
    "[12.03.24, 14:07:10] Андрій: Завтра утром\n"
)
WHATSAPP_US = (
    "3/13/24, 2:05\u202fPM - Emily Carter: Can we move the call?\n"
    "3/13/24, 2:10\u202fPM - Андрій: Sure, tomorrow at 10\n"
)


def test_whatsapp_chats_of_android_and_ios(db_path, tmp_path, client_factory):
    client_factory()  # Олена Коваленко
    client_factory(name="Дмитрий Иванов", channels=[("telegram", "@dmitry_iv")])
    client_factory(name="Emily Carter", channels=[("email", "emily@example.com")])
    chat = write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", WHATSAPP_ANDROID_UK)
    assert detect(chat) == "messages"
    report = import_messages(chat, me="Андрій")
    assert report.added == 4
    rows = list(Conversation.select().order_by(Conversation.occurred_at))
    assert [(r.direction, r.summary) for r in rows] == [
        ("in", "Добрий день! Надсилаю фото для каталогу"),
        ("in", "[media]"),
        ("out", "Дякую, отримав.\nПодивлюся ввечері і напишу."),
        ("in", "Коли буде макет?"),
    ]
    assert {r.channel for r in rows} == {"whatsapp"}
    assert rows[-1].awaiting_reply, "the last question waits for our answer"
    assert import_messages(chat, me="Андрій").added == 0, "a second import adds nothing"
    ios = write(tmp_path, "Чат WhatsApp с Дмитрий Иванов.txt", WHATSAPP_IOS_RU)
    assert import_messages(ios, me="Андрій").added == 2
    us = write(tmp_path, "WhatsApp Chat with Emily Carter.txt", WHATSAPP_US)
    import_messages(us, me="Андрій")
    emily_rows = list(
        Conversation.select()
        .where(Conversation.channel == "whatsapp")
        .order_by(Conversation.occurred_at.desc())
        .limit(2)
    )
    local = [r.occurred_at for r in emily_rows]
    assert all(t.month == 3 and t.day == 13 for t in local), "month first, as US phones write"


def test_whatsapp_problems(db_path, tmp_path, client_factory):
    chat = write(tmp_path, "WhatsApp Chat with Невідома.txt", WHATSAPP_ANDROID_UK)
    with pytest.raises(ImportRejected, match="no client called"):
        import_messages(chat, me="Андрій")
    with pytest.raises(ImportRejected, match="who you are"):
        import_messages(chat, me="")
    broken = write(tmp_path, "WhatsApp Chat with X.txt", "31.02.24, 14:05 - X: hello\n")
    with pytest.raises(ImportRejected, match="not a date"):
        import_messages(broken, me="Андрій", create_clients=True)
    assert Conversation.select().count() == 0
    report = import_messages(chat, me="Андрій", create_clients=True)
    assert report.added == 4 and Client.get(Client.name == "Невідома")


def test_telegram_export(db_path, tmp_path, client_factory):
    client_factory(name="Emily Carter", channels=[("telegram", "@emily_c")])
    data = {
        "name": "Emily Carter",
        "type": "personal_chat",
        "id": 4242,
        "messages": [
            {"id": 1, "type": "service", "date": "2024-03-12T10:00:00", "action": "phone_call"},
            {
                "id": 2,
                "type": "message",
                "date": "2024-03-12T10:01:00",
                "date_unixtime": "1710237660",
                "from": "Emily Carter",
                "from_id": "user1",
                "text": ["See ", {"type": "link", "text": "https://brightline.example"}, " please"],
            },
            {
                "id": 3,
                "type": "message",
                "date": "2024-03-12T10:05:00",
                "date_unixtime": "1710237900",
                "from": "Андрій",
                "from_id": "user2",
                "text": "Looking now",
                "reply_to_message_id": 2,
            },
        ],
    }
    path = write(tmp_path, "result.json", json.dumps(data, ensure_ascii=False))
    report = import_any(path, me="Андрій")
    assert report.added == 2
    reply = Conversation.get(Conversation.summary == "Looking now")
    assert (
        reply.direction == "out"
        and reply.replies_to.summary == "See https://brightline.example please"
    )
    assert import_any(path, me="Андрій").added == 0


MBOX = """From olena@example.com Tue Mar 12 10:00:00 2024
From: Андрій <me@studio.example>
To: Олена Коваленко <olena@example.com>
Subject: =?utf-8?b?0JrQvtGI0YLQvtGA0LjRgQ==?=
Date: Tue, 12 Mar 2024 10:00:00 +0200
Message-ID: <a1@studio.example>
Content-Type: text/plain; charset=utf-8

Надсилаю кошторис на логотип.

From olena@example.com Tue Mar 12 12:00:00 2024
From: Олена Коваленко <olena@example.com>
To: me@studio.example
Subject: Re: Кошторис
Date: Tue, 12 Mar 2024 12:00:00 +0200
Message-ID: <b2@example.com>
In-Reply-To: <a1@studio.example>
Content-Type: text/html; charset=utf-8

<p>Отримала, <b>дякую</b>!</p>

From spam@example.net Tue Mar 12 13:00:00 2024
From: spam@example.net
To: me@studio.example
Subject: Offer
Date: Tue, 12 Mar 2024 13:00:00 +0200

Buy now
"""


def test_a_thunderbird_mailbox(db_path, tmp_path, client_factory):
    client_factory()
    path = write(tmp_path, "Inbox", MBOX)
    assert detect(path) == "messages"
    report = import_any(path)
    assert (report.added, report.skipped) == (2, 0), "the stranger's mail is left out"
    assert any("1 letter from or to no client left out" in n for n in report.notes)
    sent = Conversation.get(Conversation.direction == "out")
    assert sent.subject == "Кошторис" and sent.summary == "Надсилаю кошторис на логотип."
    reply = Conversation.get(Conversation.direction == "in")
    assert reply.replies_to_id == sent.id and reply.summary == "Отримала, дякую!"
    assert not Conversation.get_by_id(sent.id).awaiting_confirmation, "her reply confirms it"
    assert import_any(path).added == 0
    headless = write(tmp_path, "Broken", "From x Tue Mar 12 10:00:00 2024\n\nno headers here\n")
    with pytest.raises(ImportRejected, match=r"no headers|no From"):
        import_any(headless)


def test_an_eml_file(db_path, tmp_path, client_factory):
    client_factory()
    eml = MBOX.split("\n\nFrom olena")[0].split("\n", 1)[1]
    report = import_any(write(tmp_path, "letter.eml", eml))
    assert report.added == 1 and Conversation.get().direction == "out"


def test_a_mail_longer_than_a_summary_holds_is_kept_to_the_limit(db_path, tmp_path, client_factory):
    """A newsletter-sized letter is stored to 100,000 characters, and the report says so;
    its subject to 1,000 (PostgreSQL searches the three texts through one 1 MB tsvector)."""
    client_factory()
    eml = MBOX.split("\n\nFrom olena")[0].split("\n", 1)[1]
    body = "Рядок кошторису номер {}.\n"
    long_text = "".join(body.format(n) for n in range(6000))
    eml = eml.replace("Надсилаю кошторис на логотип.", long_text)
    eml = eml.replace("Subject: =?utf-8?b?0JrQvtGI0YLQvtGA0LjRgQ==?=", "Subject: " + "Тема " * 300)
    assert len(long_text) > 150_000

    report = import_any(write(tmp_path, "letter.eml", eml))

    stored = Conversation.get()
    assert report.added == 1 and len(stored.summary) == 100_000
    assert stored.summary.startswith("Рядок кошторису номер 0.") and stored.summary.endswith("…")
    assert len(stored.subject) == 1000
    assert any(f"{len(long_text.strip())} characters" in note for note in report.notes)


def test_exports_as_vcard_and_calendar(db_path, tmp_path, client_factory, log, now):
    import email  # noqa: F401

    import vobject
    from icalendar import Calendar

    from contacttracker.io.calendar_export import export_calendar
    from contacttracker.io.vcard_export import export_vcards

    client = client_factory(company="Студія «Смарагд»")
    log(
        client,
        "phone",
        "out",
        now - __import__("datetime").timedelta(days=1),
        follow_up_due=now + __import__("datetime").timedelta(days=2),
        subject="Кошторис",
    )
    assert export_vcards(tmp_path / "c.vcf") == 1
    card = next(vobject.readComponents((tmp_path / "c.vcf").read_text("utf-8")))
    assert card.fn.value == "Олена Коваленко" and card.org.value == ["Студія «Смарагд»"]
    assert card.email.value == "olena@example.com" and card.tel.value == "+380671234567"
    assert export_calendar(tmp_path / "f.ics", now) == 1
    cal = Calendar.from_ical((tmp_path / "f.ics").read_bytes())
    [event] = [c for c in cal.walk("VEVENT")]
    assert "Олена Коваленко" in str(event["summary"]) and "Кошторис" in str(event["summary"])


def test_import_command_detects_the_format(tmp_path, db_path):
    from contacttracker.store import close

    close()
    files = [write(tmp_path, "a.vcf", VCARD_30), write(tmp_path, "g.csv", GOOGLE)]
    proc = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "import", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "vcard: 1 added" in proc.stderr and "google: 2 added" in proc.stderr
    junk = write(tmp_path, "junk.bin", "\x00\x01binary")
    proc = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "import", str(junk)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "binary" in proc.stderr


def test_import_in_the_window_previews_before_writing(
    qtbot, window, scripted, tmp_path, client_factory
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget

    from contacttracker.ui.import_dialog import ImportDialog

    client_factory()
    vcf = write(tmp_path, "phone.vcf", VCARD_30)
    chat = write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", WHATSAPP_ANDROID_UK)
    junk = write(tmp_path, "notes.txt", "just some notes\nnothing to import\n")

    def look(dialog: ImportDialog):
        assert dialog.tabs.count() == 3
        assert Conversation.select().count() == 0 and Client.select().count() == 1, "no writes"
        assert dialog.readable == [vcf, chat]
        dialog.me.setText("Андрій")
        dialog.refresh()
        table = dialog.tabs.widget(1).findChild(QTableWidget)
        assert table.item(2, 2).text() == "↑ out"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    scripted.files.append([str(vcf), str(chat), str(junk)])
    scripted.expect(ImportDialog, look)
    window.files.import_files()
    _kind, _title, text = scripted.messages[-1]
    assert "vcard: 1 added" in text and "whatsapp: 4 added" in text
    assert Conversation.select().count() == 4
    assert Client.get(Client.name == "Дмитрий Иванов")
    assert settings.chat_name() == "Андрій"  # remembered with the person
    assert not Setting.select().where(Setting.key == "chat_name").exists()


def test_a_vcard_in_windows_1251_quoted_printable(db_path, tmp_path):
    import quopri

    name = quopri.encodestring("Богдан Кравчук".encode("cp1251")).decode()
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"FN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:{name}\r\n"
        "TEL;CELL:+380501234567\r\nEND:VCARD\r\n"
    )
    report = import_contacts(write(tmp_path, "old.vcf", text))
    assert report.added == 1 and Client.get().name == "Богдан Кравчук"


def _big_export(tmp_path):
    """Clients and 6,000 conversations (links among them) from a sample database."""
    from contacttracker.io.export import export
    from contacttracker.store import close, demo, open_database

    open_database(str(tmp_path / "source.db"))
    demo.build(clients=60, conversations=6000, seed=3)
    export("clients", tmp_path / "clients.csv")
    export("conversations", tmp_path / "conversations.csv")
    state = _state()
    close()
    return state


def _state():
    from contacttracker.store.database import db

    return db.execute_sql(
        "SELECT c.uuid, coalesce(cf.uuid, ''), coalesce(sm.uuid, ''), coalesce(rp.uuid, ''),"
        " c.awaiting_confirmation, c.awaiting_summary, c.awaiting_reply, coalesce(p.name, '')"
        " FROM conversation c LEFT JOIN conversation cf ON cf.id = c.confirms_id"
        " LEFT JOIN project p ON p.id = c.project_id"
        " LEFT JOIN conversation sm ON sm.id = c.summarizes_id"
        " LEFT JOIN conversation rp ON rp.id = c.replies_to_id ORDER BY c.uuid"
    ).fetchall()


def _indexes():
    from contacttracker.store.database import db

    return db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'conversation'"
        " ORDER BY name"
    ).fetchall()


def test_a_big_import_keeps_links_rules_and_indexes(tmp_path):
    """6,000 rows into an empty database take the bulk path (indexes rebuilt at the end, ids
    given in file order, links set on insert)."""
    from contacttracker.io.csv_import import import_file
    from contacttracker.store import close, open_database
    from contacttracker.store.attention import counts
    from contacttracker.store.database import db

    source = _big_export(tmp_path)
    open_database(str(tmp_path / "empty.db"))
    before = _indexes()
    import_file(tmp_path / "clients.csv")
    report = import_file(tmp_path / "conversations.csv")
    assert report.added == 6000
    assert _state() == source
    assert _indexes() == before
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sum(counts().values()) > 0
    again = import_file(tmp_path / "conversations.csv")
    assert (again.added, again.skipped) == (0, 6000)
    close()


def test_a_cancelled_big_import_leaves_nothing_and_every_index(tmp_path):
    from contacttracker.io.csv_import import import_file
    from contacttracker.store import close, open_database
    from contacttracker.store.database import db
    from contacttracker.store.progress import Cancelled

    _big_export(tmp_path)
    open_database(str(tmp_path / "empty.db"))
    import_file(tmp_path / "clients.csv")
    before = _indexes()
    with pytest.raises(Cancelled):
        import_file(tmp_path / "conversations.csv", progress=lambda done, total: done < 5000)
    assert db.execute_sql("SELECT count(*) FROM conversation").fetchone()[0] == 0
    assert _indexes() == before
    close()


def test_a_row_may_link_to_a_later_row_of_the_file(db_path, tmp_path, client_factory, log, now):
    """The reply comes first in the file, the message it answers after it."""
    from datetime import timedelta

    from contacttracker.io.csv_import import import_file
    from contacttracker.io.export import export
    from contacttracker.store import close, open_database

    client = client_factory()
    asked = log(client, "viber", "in", now - timedelta(hours=2), subject="Питання")
    log(
        client,
        "viber",
        "out",
        now - timedelta(hours=1),
        subject="Відповідь",
        replies_to_id=asked.id,
    )
    export("clients", tmp_path / "clients.csv")
    export("conversations", tmp_path / "conversations.csv")
    head, first, second = (tmp_path / "conversations.csv").read_text("utf-8-sig").splitlines(True)
    (tmp_path / "conversations.csv").write_text(head + second + first, "utf-8-sig")
    close()
    open_database(str(tmp_path / "other.db"))
    import_file(tmp_path / "clients.csv")
    assert import_file(tmp_path / "conversations.csv").added == 2
    reply = Conversation.get(Conversation.subject == "Відповідь")
    assert reply.replies_to.subject == "Питання"
    assert reply.id < reply.replies_to.id  # in file order
    assert not Conversation.get(Conversation.subject == "Питання").awaiting_reply


def _rule_columns():
    from contacttracker.store.database import db

    conversations = db.execute_sql(
        "SELECT uuid, confirmed_at, awaiting_confirmation, awaiting_summary, answered_at,"
        " awaiting_reply FROM conversation ORDER BY uuid"
    ).fetchall()
    clients = db.execute_sql(
        "SELECT uuid, last_contact_at, open_items, touch_due_at FROM client ORDER BY uuid"
    ).fetchall()
    return [tuple(map(str, r)) for r in conversations + clients]


def test_an_import_writes_the_rule_state_the_refresh_would(tmp_path, backend, databases):
    """The state is worked out from the file's rows as they go in; the SQL refresh over
    everything afterwards changes nothing. Into an empty database, and into one that holds
    the first part of the history already (stored rows answer and are confirmed by new ones).
    """
    from contacttracker.io.csv_import import import_file
    from contacttracker.io.export import export
    from contacttracker.store import close, demo, flags, open_database
    from contacttracker.store.database import db
    from contacttracker.store.settings import catalogue

    open_database(str(tmp_path / "source.db"))
    demo.build(clients=40, conversations=3000, seed=9)
    # What the SQL reads loosely: LIKE ignores ASCII case and takes _ for any character,
    # trim() strips spaces only.
    db.execute_sql("UPDATE conversation SET dismissed = 'UNCONFIRMED_EMAIL' WHERE id % 7 = 0")
    db.execute_sql("UPDATE conversation SET dismissed = 'needs-summary' WHERE id % 11 = 0")
    db.execute_sql("UPDATE conversation SET dismissed = 'Awaiting_Reply' WHERE id % 13 = 0")
    db.execute_sql("UPDATE conversation SET agreements = '\t' WHERE id % 17 = 0")
    db.execute_sql("UPDATE conversation SET agreements = '   ' WHERE id % 19 = 0")
    export("clients", tmp_path / "clients.csv")
    export("conversations", tmp_path / "all.csv")
    lines = (tmp_path / "all.csv").read_text("utf-8-sig").splitlines(True)
    close()
    import csv as csvlib
    import io

    rows = list(csvlib.reader(io.StringIO("".join(lines), newline="")))
    head = io.StringIO(newline="")
    csvlib.writer(head, lineterminator="\r\n").writerows(rows[: len(rows) // 2])
    (tmp_path / "first-half.csv").write_text(head.getvalue(), "utf-8-sig")

    for name, before in (("empty", None), ("half", "first-half.csv")):
        open_database(str(databases.new(backend, tmp_path / name)))
        import_file(tmp_path / "clients.csv")
        if before:
            import_file(tmp_path / before)
        report = import_file(tmp_path / "all.csv")
        assert report.added == (3000 if before is None else 3000 - (len(rows) // 2 - 1))
        imported = _rule_columns()
        assert any(r[2] == "1" for r in imported) and any(r[5] == "1" for r in imported)
        flags.refresh(None, catalogue())
        assert _rule_columns() == imported, name
        close()


def test_rows_are_found_by_uuid_and_by_id_in_any_number(client_factory, log, now):
    """The set look-ups an import makes (one joined array on PostgreSQL) find exactly the
    rows asked for: thousands of keys, none, and keys no row has."""
    from contacttracker.store.bulk_write import clients_with_conversations, existing_ids
    from contacttracker.store.database import db
    from contacttracker.store.dialect import among

    clients = [client_factory(name=f"Клієнт {i}") for i in range(3)]
    talked = log(clients[0], "phone", "out", now)
    stored = {c.uuid: c.id for c in clients}
    asked = [*stored, *(f"00000000-0000-4000-8000-{i:012d}" for i in range(5000))]
    assert existing_ids("client", asked) == stored
    assert existing_ids("client", []) == {}
    assert existing_ids("conversation", [talked.uuid, "no\x1fsuch", ""]) == {talked.uuid: talked.id}
    ids = [c.id for c in clients] + list(range(10**6, 10**6 + 5000))
    assert clients_with_conversations(ids) == [clients[0].id]
    where, params = among("name", ["Клієнт 1", "Клієнт, 2"])
    names = [r[0] for r in db.execute_sql(f"SELECT name FROM client WHERE {where}", params)]
    assert names == ["Клієнт 1"]
