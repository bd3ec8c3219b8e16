"""WhatsApp chats as phones in several languages export them: named by the file, known by
what they say (never by the file's name or the importer's time zone), nothing collapsed."""

import time
import zipfile
from pathlib import Path

import pytest

from contacttracker.io.importers import detect, import_any
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client, Conversation

pytestmark = pytest.mark.backends

ANDROID_UK = (
    "12.03.24, 14:05 - Повідомлення та дзвінки захищені наскрізним шифруванням. Ніхто поза "
    "цим чатом, навіть WhatsApp, не може їх прочитати чи прослухати. Натисніть, щоб "
    "дізнатися більше.\n"
    "12.03.24, 14:05 - Олена Коваленко: Добрий день! Надсилаю фото для каталогу\n"
    "12.03.24, 14:06 - Олена Коваленко: <Без медіафайлів>\n"
    "12.03.24, 14:06 - Олена Коваленко: <Без медіафайлів>\n"
    "12.03.24, 14:06 - Олена Коваленко: <Без медіафайлів>\n"
    "12.03.24, 15:40 - Андрій: Дякую, отримав.\n"
    "Подивлюся ввечері і напишу.\n"
    "12.03.24, 15:41 - Олена Коваленко: Ок\n"
    "12.03.24, 15:41 - Олена Коваленко: Ок\n"
    "13.03.24, 09:12 - Олена Коваленко: Коли буде макет?\n"
)
ANDROID_RU = (
    "12.03.2024, 10:00 - Сообщения и звонки защищены сквозным шифрованием. Никто за пределами "
    "этого чата, даже WhatsApp, не может их прочитать или прослушать. Нажмите, чтобы узнать "
    "подробнее.\n"
    "12.03.2024, 10:01 - Дмитрий Иванов: Когда будет макет?\n"
    "12.03.2024, 10:07 - Andrii: Завтра утром\n"
    "12.03.2024, 10:08 - Дмитрий Иванов: Хорошо\n"
)
ANDROID_DE = (
    "12.03.24, 09:15 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand "
    "außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.\n"
    "12.03.24, 09:16 - Jonas Weber: Hallo, passt der Termin am Freitag?\n"
    "12.03.24, 09:20 - Andrii: Ja, 10 Uhr\n"
)
ANDROID_GB = (
    "12/03/2024, 14:05 - James Whitaker: Morning! Any news on the logo?\n"
    "12/03/2024, 14:30 - Andrii: Yes: two drafts by Friday\n"
    "13/03/2024, 08:00 - James Whitaker: Brilliant\n"
)
ANDROID_US_NUMBER = (
    "3/12/24, 2:05\u202fPM - \u202a+380 67 765 4321\u202c: Hi, is the studio open on Saturday?\n"
    "3/12/24, 2:10\u202fPM - Andrii: Yes, 10 to 14\n"
)
IOS_US = (
    "\u200e[3/12/24, 2:05:33\u202fPM] Emily Carter: \u200eMessages and calls are end-to-end "
    "encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
    "[3/12/24, 2:06:10\u202fPM] Emily Carter: Can we move the call?\n"
    "\u200e[3/12/24, 2:06:40\u202fPM] Emily Carter: \u200eimage omitted\n"
    "\u200e[3/12/24, 2:06:41\u202fPM] Emily Carter: \u200e<attached: 00000012-PHOTO-2024-03-12-14-06-41.jpg>\n"
    "[3/12/24, 2:10:02\u202fPM] Andrii: Sure, tomorrow at 10 \u200e\n"
)
IOS_RU = (
    "[12.03.24, 14:05:33] Марина Соколова: \u200eСообщения и звонки защищены сквозным "
    "шифрованием. Никто за пределами этого чата, даже WhatsApp, не может их прочитать или "
    "прослушать.\n"
    "[12.03.24, 14:07:10] Марина Соколова: Макет получила, спасибо\n"
    "[12.03.24, 14:09:00] Andrii: Отлично\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def ios_zip(folder: Path, name: str, chat: str, media: bool = True) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", chat)
        if media:
            archive.writestr("00000012-PHOTO-2024-03-12-14-06-41.jpg", b"\xff\xd8\xff" * 500)
    return path


def stored(client: Client) -> list[tuple[str, str]]:
    return [
        (c.direction, c.summary)
        for c in Conversation.select()
        .where(Conversation.client == client)
        .order_by(Conversation.occurred_at, Conversation.id)
    ]


@pytest.fixture
def zone():
    """Switch this process's local time zone, as a laptop that travelled would."""

    def switch(name: str) -> None:
        import os

        os.environ["TZ"] = name
        time.tzset()

    import os

    before = os.environ.get("TZ")
    yield switch
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_chat_saved_twice_or_imported_in_another_zone_adds_nothing(
    db_path, tmp_path, client_factory, zone
):
    """The same export saved as "… (1).txt" had made a second client and stored every
    message again; imported under another zone, it was stored twice, an hour apart."""
    client_factory()  # Олена Коваленко
    zone("Europe/Kyiv")
    first = write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", ANDROID_UK)
    assert import_any(first, me="Андрій").added == 8
    copy = write(tmp_path, "WhatsApp Chat with Олена Коваленко (1).txt", ANDROID_UK)
    assert import_any(copy, me="Андрій").added == 0
    zone("America/New_York")
    assert import_any(first, me="Андрій").added == 0
    renamed = write(tmp_path, "Чат WhatsApp з Олена Коваленко.txt", ANDROID_UK)
    assert import_any(renamed).added == 0, "and the file's language changes nothing"
    assert Client.select().count() == 1 and Conversation.select().count() == 8


def test_repeated_messages_in_one_minute_are_all_kept(db_path, tmp_path, client_factory):
    """Two "Ок" or three photos from one sender in one minute had collapsed into one."""
    olena = client_factory()
    chat = write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", ANDROID_UK)
    report = import_any(chat, me="Андрій")
    assert report.added == 8
    assert stored(olena) == [
        ("in", "Добрий день! Надсилаю фото для каталогу"),
        ("in", "[media]"),
        ("in", "[media]"),
        ("in", "[media]"),
        ("out", "Дякую, отримав.\nПодивлюся ввечері і напишу."),
        ("in", "Ок"),
        ("in", "Ок"),
        ("in", "Коли буде макет?"),
    ]
    longer = ANDROID_UK + "13.03.24, 09:12 - Олена Коваленко: Коли буде макет?\n"
    write(tmp_path, "WhatsApp Chat with Олена Коваленко.txt", longer)
    assert import_any(chat, me="Андрій").added == 1, "a later export adds only what is new"


CHATS = [
    ("WhatsApp Chat with James Whitaker.txt", ANDROID_GB, "James Whitaker"),
    ("Чат WhatsApp с Дмитрий Иванов.txt", ANDROID_RU, "Дмитрий Иванов"),
    ("WhatsApp Chat mit Jonas Weber.txt", ANDROID_DE, "Jonas Weber"),
    ("WhatsApp Chat with +380 67 765 4321.txt", ANDROID_US_NUMBER, "+380677654321"),
    ("WhatsApp Chat - Emily Carter.zip", IOS_US, "Emily Carter"),
    ("WhatsApp Chat - Марина Соколова.zip", IOS_RU, "Марина Соколова"),
]


@pytest.mark.parametrize(("name", "text", "party"), CHATS)
def test_the_other_party_is_named_by_the_file_and_the_other_author_is_you(
    db_path, tmp_path, name, text, party
):
    """In a chat of two named after one of them, the other author is you: no --me needed.
    The encryption notice is no message (it had waited for our reply), and the invisible
    marks iOS writes are not stored."""
    path = ios_zip(tmp_path, name, text) if name.endswith(".zip") else write(tmp_path, name, text)
    assert detect(path) == "messages"
    report = import_any(path, new_clients=True)
    [client] = Client.select()
    assert party in (client.name, *(p.normalized for p in client.contact_points))
    rows = stored(client)
    assert [d for d, _ in rows].count("out") == 1, rows
    everything = " ".join(s for _d, s in rows) + client.name
    assert "\u200e" not in everything and "\u202a" not in everything
    assert not any(w in everything for w in ("encrypted", "шифрован", "verschlüsselt", "attached"))
    assert report.added == len(rows)
    assert import_any(path, new_clients=True).added == 0


def test_an_ios_chat_keeps_its_media_as_media_and_the_zip_alone(db_path, tmp_path):
    path = ios_zip(tmp_path, "WhatsApp Chat - Emily Carter.zip", IOS_US)
    import_any(path, new_clients=True)
    emily = Client.get(Client.name == "Emily Carter")
    assert stored(emily) == [
        ("in", "Can we move the call?"),
        ("in", "[media]"),
        ("in", "[media]"),
        ("out", "Sure, tomorrow at 10"),
    ]
    assert not Conversation.get(Conversation.summary == "Sure, tomorrow at 10").awaiting_reply
    assert zipfile.ZipFile(path).namelist()[0] == "_chat.txt"


def test_your_name_is_asked_only_when_the_file_cannot_tell(db_path, tmp_path, client_factory):
    client_factory(name="Дмитрий Иванов", channels=[("email", "d@example.com")])
    unnamed = write(tmp_path, "chat.txt", ANDROID_RU)
    with pytest.raises(ImportRejected, match="who you are"):
        import_any(unnamed)
    group = ANDROID_RU + "12.03.2024, 10:09 - Ольга: И я тоже\n"
    named_group = write(tmp_path, "WhatsApp Chat with Дмитрий Иванов.txt", group)
    with pytest.raises(ImportRejected, match="who you are"):
        import_any(named_group)
    assert Conversation.select().count() == 0
    assert import_any(named_group, me="Andrii").added == 4
    only_them = "12.03.2024, 10:01 - Дмитрий Иванов: Вы на месте?\n"
    write(tmp_path, "WhatsApp Chat with Дмитрий Иванов.txt", only_them)
    assert import_any(named_group).added == 1, "a chat where only they wrote needs no name"


def test_odd_zips_are_refused_in_words_and_store_nothing(db_path, tmp_path):
    bomb = tmp_path / "WhatsApp Chat - Bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", "12.03.24, 14:05 - X: " + "A" * 40 * 2**20)
    two = tmp_path / "WhatsApp Chat - Two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.writestr("a.txt", ANDROID_RU)
        archive.writestr("b.txt", ANDROID_RU)
    photos = tmp_path / "WhatsApp Chat - Photos.zip"
    with zipfile.ZipFile(photos, "w") as archive:
        archive.writestr("IMG-20240312-WA0001.jpg", b"\xff\xd8\xff")
    damaged = tmp_path / "WhatsApp Chat - Damaged.zip"
    whole = ios_zip(tmp_path, "whole.zip", IOS_US, media=False).read_bytes()
    start = whole.index(b"_chat.txt") + 9
    damaged.write_bytes(whole[:start] + bytes(b ^ 0x55 for b in whole[start : start + 60]))
    damaged.write_bytes(damaged.read_bytes() + whole[start + 60 :])
    for path, words in (
        (bomb, "hostile zip"),
        (two, "holds 2 text files"),
        (photos, "holds 0 text files"),
        (damaged, "damaged zip"),
    ):
        with pytest.raises(ImportRejected, match=words):
            import_any(path, me="Andrii", new_clients=True)
    assert Conversation.select().count() == 0 and Client.select().count() == 0


def test_a_deleted_message_is_no_message_in_any_language(db_path, tmp_path):
    """What a phone writes for a message deleted before the export had been stored as one
    (waiting for our reply), and once more for each language the chat was exported in."""
    english = (
        "1/15/24, 9:06 AM - Olena Kovalenko: Hello!\n"
        "1/15/24, 9:07 AM - Andrii: Hi\n"
        "1/15/24, 9:11 AM - Olena Kovalenko: This message was deleted\n"
        "1/15/24, 9:12 AM - Andrii: You deleted this message\n"
    )
    ukrainian = (
        "15.01.24, 09:06 - Olena Kovalenko: Hello!\n"
        "15.01.24, 09:07 - Andrii: Hi\n"
        "15.01.24, 09:11 - Olena Kovalenko: Це повідомлення видалено\n"
        "15.01.24, 09:12 - Andrii: Ви видалили це повідомлення\n"
    )
    first = write(tmp_path, "WhatsApp Chat with Olena Kovalenko.txt", english)
    assert import_any(first, new_clients=True).added == 2
    again = write(tmp_path, "Чат WhatsApp з Olena Kovalenko.txt", ukrainian)
    assert import_any(again, new_clients=True).added == 0
    assert stored(Client.get(Client.name == "Olena Kovalenko")) == [("in", "Hello!"), ("out", "Hi")]
    assert not Conversation.select().where(Conversation.awaiting_reply == 1).exists()


def test_a_name_that_writes_nothing_in_a_group_is_refused_with_its_authors(db_path, tmp_path):
    """Your name remembered from another chat (or mistyped) and found nowhere in a group
    had stored every message as the client's, for good: importing the file again with the
    right name found them all "already present"."""
    group = (
        '15.01.24, 09:05 - Олена Коваленко created group "Проєкт Сайт"\n'
        "15.01.24, 09:06 - Олена Коваленко: Всім привіт\n"
        "15.01.24, 09:07 - Тарас Шевчук: Привіт\n"
        "15.01.24, 09:08 - Іван Петренко: Добрий день\n"
    )
    path = write(tmp_path, "WhatsApp Chat with Проєкт Сайт.txt", group)
    with pytest.raises(ImportRejected, match=r"Ivan Petrenko.*Тарас Шевчук, Іван Петренко"):
        import_any(path, me="Ivan Petrenko", new_clients=True)
    assert Client.select().count() == 0 and Conversation.select().count() == 0
    assert import_any(path, me="Іван Петренко", new_clients=True).added == 3
    assert Conversation.get(Conversation.direction == "out").summary == "Добрий день"


#: A chat whose dates read both ways: no day past 12, a 24-hour clock.
AMBIGUOUS = (
    "03/04/24, 14:05 - Emily Carter: Can we move the call?\n"
    "03/04/24, 14:10 - Andrii: Sure, tomorrow at 10\n"
    "04/04/24, 09:00 - Emily Carter: Thanks\n"
    "05/04/24, 09:30 - Emily Carter: Ok\n"
)
EMILY = "WhatsApp Chat with Emily Carter.txt"


def times(client: Client) -> list[tuple[str, str]]:
    return [
        (c.summary, str(c.occurred_at)[:16])
        for c in Conversation.select()
        .where(Conversation.client == client)
        .order_by(Conversation.occurred_at, Conversation.id)
    ]


def test_dates_the_file_leaves_open_are_read_as_the_home_country_writes_them(
    db_path, tmp_path, client_factory, zone
):
    """A US phone's 03/04/24 (March 4th) had been read day-first, as April 3rd, with
    nothing in the report to say it was a guess."""
    from contacttracker.store import settings

    zone("UTC")
    emily = client_factory(name="Emily Carter")
    settings.set_home_country("US")
    report = import_any(write(tmp_path, EMILY, AMBIGUOUS))
    assert times(emily) == [
        ("Can we move the call?", "2024-03-04 14:05"),
        ("Sure, tomorrow at 10", "2024-03-04 14:10"),
        ("Thanks", "2024-04-04 09:00"),
        ("Ok", "2024-05-04 09:30"),
    ]
    assert any(
        n.startswith("dates read month-first: the file does not tell") for n in report.notes
    ), report.notes
    assert "US" in " ".join(report.notes)


def test_a_chat_stored_under_a_guess_is_found_again_and_put_right_by_a_later_export(
    db_path, tmp_path, client_factory, zone
):
    """The same chat exported again, with a date that shows the month comes first, had
    given its earlier messages other keys: every one was stored twice, the old ones a month
    off. An export that does not tell had ignored how the chat was stored already."""
    from contacttracker.store import settings

    zone("UTC")
    emily = client_factory(name="Emily Carter")
    settings.set_home_country("UA")  # day-first: the guess is wrong for this phone
    first = import_any(write(tmp_path, EMILY, AMBIGUOUS))
    assert first.added == 4
    assert any(n.startswith("dates read day-first: the file does not tell") for n in first.notes)
    assert ("Can we move the call?", "2024-04-03 14:05") in times(emily)

    settings.set_home_country("US")  # the guess would now go the other way…
    again = import_any(write(tmp_path, EMILY, AMBIGUOUS))
    assert (again.added, again.skipped) == (0, 4), "…but the chat is stored day-first"
    assert any("stored before read so" in n for n in again.notes), again.notes
    settings.set_home_country("UA")

    later = AMBIGUOUS + "04/13/24, 10:00 - Emily Carter: One more thing\n"
    report = import_any(write(tmp_path, EMILY, later))
    assert (report.added, report.updated, report.skipped) == (1, 3, 1)
    assert any("day and month swapped" in n for n in report.notes), report.notes
    assert not any("does not tell" in n for n in report.notes)
    assert times(emily) == [
        ("Can we move the call?", "2024-03-04 14:05"),
        ("Sure, tomorrow at 10", "2024-03-04 14:10"),
        ("Thanks", "2024-04-04 09:00"),
        ("One more thing", "2024-04-13 10:00"),
        ("Ok", "2024-05-04 09:30"),
    ]
    moved = Conversation.get(Conversation.summary == "Can we move the call?")
    assert moved.answered_at is not None, "its reply still answers it at its new time"
    assert import_any(write(tmp_path, EMILY, later)).added == 0
    assert import_any(write(tmp_path, EMILY, AMBIGUOUS)).added == 0, "read as stored now"
    assert Conversation.select().count() == 5


def test_the_encryption_notice_without_its_mark_is_no_message_but_a_client_s_is(
    db_path, tmp_path, client_factory
):
    """An iOS export copied through another app loses the invisible mark before the
    notice, which then was stored as the client's message, waiting for our reply."""
    olena = client_factory()
    unmarked = (
        "[12.03.24, 10:00:00] Олена Коваленко: Messages and calls are end-to-end encrypted. "
        "No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
        "[12.03.24, 10:01:00] Олена Коваленко: we need end-to-end testing before the launch\n"
        "[12.03.24, 10:05:00] Andrii: Agreed\n"
        "[12.03.24, 10:07:00] Олена Коваленко: Is our chat end-to-end encrypted?\n"
    )
    import_any(ios_zip(tmp_path, "WhatsApp Chat - Олена Коваленко.zip", unmarked, media=False))
    assert stored(olena) == [
        ("in", "we need end-to-end testing before the launch"),
        ("out", "Agreed"),
        ("in", "Is our chat end-to-end encrypted?"),
    ]
    opening = (
        "[14.03.24, 09:00:00] Олена Коваленко: End-to-end tests pass now\n"
        "[14.03.24, 09:02:00] Andrii: Great\n"
    )
    import_any(ios_zip(tmp_path, "WhatsApp Chat - Олена Коваленко.zip", opening, media=False))
    assert ("in", "End-to-end tests pass now") in stored(olena), "a first line of the client's"
    russian = (
        "[15.03.24, 09:00:00] Олена Коваленко: Сообщения и звонки защищены сквозным "
        "шифрованием. Никто за пределами этого чата не может их прочитать.\n"
        "[15.03.24, 09:01:00] Олена Коваленко: Добрий ранок\n"
        "[15.03.24, 09:02:00] Andrii: Доброго\n"
    )
    import_any(ios_zip(tmp_path, "WhatsApp Chat - Олена Коваленко.zip", russian, media=False))
    assert not any("шифрован" in s or "encrypted." in s for _d, s in stored(olena))
    assert Conversation.select().count() == 7


def test_a_twelve_hour_clock_is_a_us_phone_unless_home_keeps_the_day_first(
    db_path, tmp_path, client_factory, zone
):
    """An Indian or Australian phone writes 03/04/24, 2:05 pm for the 3rd of April; a
    12-hour clock had always been read month-first."""
    from contacttracker.store import settings

    zone("UTC")
    emily = client_factory(name="Emily Carter")
    twelve = AMBIGUOUS.replace("14:05", "2:05 pm").replace("14:10", "2:10 pm")
    twelve = twelve.replace("09:00", "9:00 am").replace("09:30", "9:30 am")
    settings.set_home_country("IN")
    report = import_any(write(tmp_path, EMILY, twelve))
    assert times(emily)[0] == ("Can we move the call?", "2024-04-03 14:05")
    assert any("your home country (IN) writes the day first" in n for n in report.notes)
    emily.delete_instance(recursive=True)

    other = client_factory(name="Emily Carter")
    settings.set_home_country("UA")  # a phone set to US English, most likely
    folder = tmp_path / "ua"
    folder.mkdir()
    import_any(write(folder, EMILY, twelve))
    assert times(other)[0] == ("Can we move the call?", "2024-03-04 14:05")


def test_dates_put_right_keep_each_message_s_uuid_so_copies_and_csv_add_nothing(
    db_path, tmp_path, zone
):
    """Putting right a chat's misread dates had given its messages new UUIDs: the team
    database a copy had reached then held both the wrong-dated and the right-dated copy,
    and the app's own CSV exported before brought the wrong-dated rows back."""
    from contacttracker.io.copy import copy_to
    from contacttracker.io.export import export
    from contacttracker.store import resolve, settings

    zone("UTC")
    settings.set_home_country("US")  # month first: the guess is wrong for this phone
    marta = "WhatsApp Chat with Marta Kowalska.txt"
    two = "03/04/2024, 14:05 - Marta Kowalska: first\n05/04/2024, 14:06 - Ірина Бойко: second\n"
    assert import_any(write(tmp_path, marta, two), new_clients=True).added == 2
    before = {c.summary: c.uuid for c in Conversation.select()}
    team = tmp_path / "team.db"
    export("conversations", tmp_path / "before.csv")
    copy_to(resolve(str(db_path)), str(team))

    three = two + "13/04/2024, 10:00 - Marta Kowalska: third\n"
    proving = write(tmp_path, "WhatsApp Chat with Marta Kowalska (1).txt", three)
    report = import_any(proving)
    assert (report.added, report.updated) == (1, 2)
    assert any("day and month swapped" in n for n in report.notes), report.notes
    after = {c.summary: c.uuid for c in Conversation.select()}
    assert {k: after[k] for k in before} == before, "the corrected messages keep their UUIDs"
    assert [(s, t) for s, t in times(Client.get(Client.name == "Marta Kowalska"))] == [
        ("first", "2024-04-03 14:05"),
        ("second", "2024-04-05 14:06"),
        ("third", "2024-04-13 10:00"),
    ]
    moved = Conversation.get(Conversation.summary == "first")
    assert moved.version > 1, "an editor open on it sees the change"

    assert import_any(proving).added == 0
    assert import_any(write(tmp_path, marta, two)).added == 0, "the file that does not tell"
    assert import_any(tmp_path / "before.csv").added == 0, "the CSV exported before"
    zone("America/New_York")
    assert import_any(proving).added == 0, "nor in another zone: nothing to put right"
    assert Conversation.get(Conversation.summary == "first").version == moved.version
    zone("UTC")
    assert Conversation.select().count() == 3

    four = two + "06/04/2024, 09:00 - Marta Kowalska: fourth\n"
    report = import_any(write(tmp_path, marta, four))
    assert report.added == 1 and any("stored before read so" in n for n in report.notes)
    assert ("fourth", "2024-04-06 09:00") in times(Client.get(Client.name == "Marta Kowalska"))

    copied = copy_to(resolve(str(db_path)), str(team))
    assert copied.conversations.added == 2
    from contacttracker.store import close, open_database

    close()
    open_database(str(team))
    try:
        assert Conversation.select().count() == 4
    finally:
        close()
        open_database(str(db_path))


GERMAN_ANDROID = (
    "12.03.24, 09:15 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand "
    "außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.\n"
    "12.03.24, 09:16 - Hans Müller: Hier die Fotos vom Laden\n"
    "12.03.24, 09:16 - Hans Müller: <Medien ausgeschlossen>\n"
    "12.03.24, 09:17 - Hans Müller: IMG-20240312-WA0001.jpg (Datei angehängt)\n"
    "12.03.24, 09:20 - Andrii: Danke!\n"
)
GERMAN_IOS = (
    "[12.03.24, 09:16:02] Hans Müller: Hier die Fotos vom Laden\n"
    "[12.03.24, 09:16:10] Hans Müller: \u200eBild weggelassen\n"
    "[12.03.24, 09:16:20] Hans Müller: \u200eVideo weggelassen\n"
    "[12.03.24, 09:16:30] Hans Müller: \u200eAudio weggelassen\n"
    "[12.03.24, 09:16:40] Hans Müller: \u200eSticker weggelassen\n"
    "[12.03.24, 09:16:50] Hans Müller: \u200eDokument weggelassen\n"
    "[12.03.24, 09:20:00] Andrii: Danke!\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("WhatsApp-Chat mit Hans Müller.txt", GERMAN_ANDROID),
        ("WhatsApp Chat - Hans Müller.zip", GERMAN_IOS),
    ],
)
def test_a_german_phone_s_chat_is_named_by_its_file_and_keeps_its_media_as_media(
    db_path, tmp_path, name, text
):
    """A German Android export ("WhatsApp-Chat mit X") was refused as naming nobody, and
    its "<Medien ausgeschlossen>" and iOS's "Bild weggelassen" were stored as words."""
    path = ios_zip(tmp_path, name, text) if name.endswith(".zip") else write(tmp_path, name, text)
    import_any(path, new_clients=True)
    hans = Client.get(Client.name == "Hans Müller")
    rows = stored(hans)
    assert rows[0] == ("in", "Hier die Fotos vom Laden") and rows[-1] == ("out", "Danke!")
    assert {s for _d, s in rows[1:-1]} == {"[media]"} and len(rows) == text.count("\n") - (
        1 if "Ende-zu-Ende" in text else 0
    )


@pytest.mark.parametrize(
    "placeholder",
    [
        "<Médias omis>",
        "<Multimedia omitido>",
        "<Mídia oculta>",
        "<Media omessi>",
        "<Pominięto multimedia>",
        "<Medya dahil edilmedi>",
        "<Media weggelaten>",
        "image absente",
        "imagen omitida",
        "immagine omessa",
        "IMG-20240312-WA0001.jpg (fichier joint)",
        "IMG-20240312-WA0001.jpg (archivo adjunto)",
        "IMG-20240312-WA0001.jpg (arquivo anexado)",
    ],
)
def test_media_placeholders_of_other_languages_are_media(placeholder):
    from contacttracker.io.whatsapp import parse_whatsapp

    messages, _order, _by = parse_whatsapp(f"12.03.24, 09:16 - Ana: {placeholder}\n")
    assert [m.text for m in messages] == ["[media]"]


@pytest.mark.parametrize(
    "stem",
    [
        "WhatsApp-Chat mit Hans Müller",
        "WhatsApp Chat mit Hans Müller",
        "Discussion WhatsApp avec Hans Müller",
        "Chat de WhatsApp con Hans Müller",
        "Conversa do WhatsApp com Hans Müller",
        "Conversa no WhatsApp com Hans Müller",
        "Chat WhatsApp con Hans Müller",
        "Czat WhatsApp z Hans Müller",
        "WhatsApp-Chat mit Hans Müller (1)",
    ],
)
def test_the_party_is_read_from_a_file_named_in_other_languages(stem):
    from contacttracker.io.whatsapp import party_of

    assert party_of(stem) == "Hans Müller"


def test_a_placeholder_read_as_media_since_keeps_the_identity_it_had(db_path, tmp_path):
    """German "<Medien ausgeschlossen>" became "[media]", and with it the message's
    identity: a chat stored before was stored again."""
    from contacttracker.io.whatsapp import parse_whatsapp

    text = "12.03.24, 14:05 - Anna: <Medien ausgeschlossen>\n12.03.24, 14:06 - Anna: Hallo\n"
    messages, _order, _by = parse_whatsapp(text)
    assert messages[0].text == "[media]"
    assert "<Medien ausgeschlossen>" in messages[0].key, "keyed as before"
    english, _o, _b = parse_whatsapp(text.replace("<Medien ausgeschlossen>", "<Media omitted>"))
    assert "[media]" in english[0].key, "as it always was"
