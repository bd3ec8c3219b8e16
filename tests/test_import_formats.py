"""Files as other programs write them: Outlook in Russian, Excel's "Unicode text", mailboxes
with a letter missing its Date, a mailbox brought into an empty database."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from contacttracker.io.importers import detect, import_any
from contacttracker.store import person_settings
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client, ContactPoint, Conversation
from contacttracker.store.setting_keys import CHAT_NAME

pytestmark = pytest.mark.backends

OUTLOOK_RU = (
    '"Обращение";"Имя";"Отчество";"Фамилия";"Суффикс";"Организация";"Отдел";"Должность";'
    '"Рабочий телефон";"Домашний телефон";"Мобильный телефон";"Адрес эл. почты";'
    '"Тип эл. почты";"Адрес 2 эл. почты";"Заметки";"Категории"\r\n'
    '"";"Сергей";"";"Волков";"";"ООО «Альфа»";"";"Директор";"+7 495 123-45-67";"";'
    '"+7 916 765-43-21";"volkov@alfa.example";"SMTP";"";"Звонить утром";"Клиенты"\r\n'
)


def test_an_outlook_export_with_russian_column_names(db_path, tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_bytes(OUTLOOK_RU.encode("cp1251"))
    assert detect(path) == "contacts"
    report = import_any(path)
    assert (report.kind, report.added) == ("outlook", 1)
    volkov = Client.get(Client.name == "Сергей Волков")
    assert (volkov.company, volkov.notes) == ("ООО «Альфа»", "Звонить утром")
    assert {p.normalized for p in ContactPoint.select()} == {
        "volkov@alfa.example",
        "+79167654321",
        "+74951234567",
    }


def test_an_outlook_exports_column_language_places_its_national_numbers(
    db_path, tmp_path, monkeypatch
):
    """A Russian Outlook's "8 (916) 123-45-67" for a name whose letters say no language had
    been read in Ukraine (the default language), found impossible there and kept as typed."""
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    national = OUTLOOK_RU.replace('"+7 916 765-43-21"', '"8 (916) 765-43-21"')
    path = tmp_path / "outlook.csv"
    path.write_bytes(national.encode("cp1251"))
    import_any(path)
    volkov = Client.get(Client.name == "Сергей Волков")
    assert volkov.language == "ru"
    assert "+79167654321" in {p.normalized for p in ContactPoint.select()}
    ukrainian = (
        "Ім'я,Прізвище,Адреса електронної пошти,Мобільний телефон\r\n"
        "Олег,Бондар,oleh@example.ua,067 123 45 67\r\n"
    )
    (tmp_path / "uk.csv").write_text(ukrainian, "utf-8")
    import_any(tmp_path / "uk.csv")
    assert Client.get(Client.name == "Олег Бондар").language == "uk"


def as_unicode_text(data: bytes) -> bytes:
    """What Excel's Save As → Unicode text writes: UTF-16 with its BOM, tabs, CRLF."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-16")


def test_the_apps_own_csv_and_contacts_after_excel_unicode_text(
    db_path, tmp_path, client_factory, backend, databases
):
    from contacttracker.io.export import export
    from contacttracker.store import close, open_database

    client_factory(company="Студія «Смарагд»", tags="VIP", notes="Дзвонити\nпісля 10")
    export("clients", tmp_path / "clients.csv")
    (tmp_path / "clients.txt").write_bytes(as_unicode_text((tmp_path / "clients.csv").read_bytes()))
    google = "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value\nТарас,Мельник,t@m.example,\n"
    (tmp_path / "google.txt").write_bytes(as_unicode_text(google.encode()))
    close()
    open_database(str(databases.new(backend, tmp_path / "other")))
    assert detect(tmp_path / "clients.txt") == "table"
    assert import_any(tmp_path / "clients.txt").added == 1
    olena = Client.get(Client.name == "Олена Коваленко")
    assert (olena.company, olena.notes) == ("Студія «Смарагд»", "Дзвонити\nпісля 10")
    assert len(list(olena.contact_points)) == 3
    assert import_any(tmp_path / "google.txt").added == 1
    assert Client.get(Client.name == "Тарас Мельник")


MBOX = """From olena@example.com Tue Mar 12 10:00:00 2024
From: Олена Коваленко <olena@example.com>
To: Андрій <me@studio.example>
Subject: Макет
Message-ID: <u1@example.com>

Надсилаю правки.

From MAILER-DAEMON somewhen
From: Олена Коваленко <olena@example.com>
To: me@studio.example
Subject: Without any date
Message-ID: <u2@example.com>

Ще одна думка.

From me@studio.example Tue Mar 12 12:00:00 2024
From: Андрій <me@studio.example>
To: Олена Коваленко <olena@example.com>
Subject: Re: Макет
Date: Tue, 12 Mar 2024 12:00:00 +0200
Message-ID: <u3@studio.example>
In-Reply-To: <u1@example.com>

Дякую, беру в роботу.
"""


def test_a_letter_without_a_date_never_blocks_its_mailbox(db_path, tmp_path, client_factory):
    """It had refused the whole mailbox: its date comes from the "From " line, or it is
    skipped and named by its number."""
    client_factory()
    path = tmp_path / "Inbox"
    path.write_text(MBOX, "utf-8")
    report = import_any(path)
    assert report.added == 2
    first = Conversation.get(Conversation.subject == "Макет")
    assert first.occurred_at.hour == 10 and first.occurred_at.day == 12
    assert any("message 2 (Without any date): no usable Date, skipped" in n for n in report.notes)


def test_a_mailbox_into_an_empty_database_with_new_clients_stores_it(db_path, tmp_path):
    """It had said "0 added … 3 already present" and stored nothing."""
    path = tmp_path / "Inbox"
    path.write_text(MBOX.replace("From MAILER-DAEMON somewhen", "From x Tue Mar 12 11:00:00 2024"))
    assert import_any(path).added == 0
    with pytest.raises(ImportRejected, match="which address is yours"):
        import_any(path, new_clients=True)  # two addresses in every letter: which is you?
    report = import_any(path, me="Андрій", new_clients=True)
    assert report.added == 3 and "already present" not in report.notes
    [olena] = Client.select()
    assert olena.name == "Олена Коваленко"
    assert [p.normalized for p in olena.contact_points] == ["olena@example.com"]
    directions = {c.subject: c.direction for c in Conversation.select()}
    assert directions == {"Макет": "in", "Without any date": "in", "Re: Макет": "out"}
    assert import_any(path, me="me@studio.example", new_clients=True).added == 0


ME = ("--me", "Андрій")


def test_a_refused_import_stores_nothing_not_even_its_me(db_path, tmp_path, client_factory):
    from contacttracker.store import close

    client_factory()
    close()
    junk = tmp_path / "WhatsApp Chat with Олена Коваленко.txt"
    junk.write_text("31.02.24, 14:05 - Олена Коваленко: hello\n", "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "import", str(junk), *ME],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "not a date" in proc.stderr
    assert person_settings.get(CHAT_NAME) == ""


def test_me_is_remembered_only_when_it_named_one_of_the_chats_authors(
    db_path, tmp_path, client_factory
):
    """The command line had kept any --me of an import that stored something: an address
    given for a mailbox became the chat name, and the next group chat without --me was
    refused for naming nobody in it."""
    from contacttracker.store import close

    client_factory()
    close()

    def imported(path: Path, *args: str) -> str:
        command = [sys.executable, "-m", "contacttracker", "--db", str(db_path), "import"]
        proc = subprocess.run(
            [*command, str(path), *args], capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        return proc.stderr

    letter = (
        "From - Mon Jan 15 09:00:00 2024\nMessage-ID: <a1@example.ua>\n"
        "Date: Mon, 15 Jan 2024 09:00:00 +0200\nFrom: Me <me@studio.ua>\n"
        "To: Олена <olena@example.com>\nSubject: Макет\n\nДобрий день\n"
    )
    assert "1 added" in imported(write(tmp_path, "Inbox", letter), "--me", "me@studio.ua")
    assert person_settings.get(CHAT_NAME) == ""
    both = "12.03.24, 14:05 - Олена Коваленко: Так\n12.03.24, 14:06 - Андрій: Дякую\n"
    imported(write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", both), "--me", "Андрій")
    assert person_settings.get(CHAT_NAME) == "Андрій"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_the_chat_name_is_remembered_by_the_import_that_used_it(db_path, tmp_path, client_factory):
    """As the window imports: the name typed in its dialog had been kept before importing."""
    client_factory()
    bad = write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", "31.02.24, 14:05 - X: a\n")
    with pytest.raises(ImportRejected):
        import_any(bad, me="Андрій")
    assert person_settings.get(CHAT_NAME) == ""
    good = "12.03.24, 14:05 - Олена Коваленко: Так\n12.03.24, 14:06 - Андрій: Дякую\n"
    import_any(write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", good), me="Андрій")
    assert person_settings.get(CHAT_NAME) == "Андрій"
