"""Contacts arrive whole and once: numbers kept as typed when they are not numbers, national
numbers placed in the right country, cards without an address or number recognised again."""

from pathlib import Path

import pytest

from contacttracker.domain.phones import to_e164
from contacttracker.io.importers import import_any
from contacttracker.store import person_settings
from contacttracker.store.clients import ClientInput, ValidationError, save_client
from contacttracker.store.models import Client, ContactPoint
from contacttracker.store.setting_keys import HOME_COUNTRY
from contacttracker.store.settings import add_channel

pytestmark = pytest.mark.backends


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def handles(client: Client) -> list[tuple[str, str, str]]:
    return [
        (p.channel, p.value, p.normalized)
        for p in ContactPoint.select()
        .where(ContactPoint.client == client)
        .order_by(ContactPoint.rank)
    ]


CARDS = (
    "BEGIN:VCARD\nVERSION:3.0\nUID:android-contact-1187\nFN:Таксі Блиск\nTEL;TYPE=CELL:838\n"
    "END:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Пётр Васильев\nTEL;TYPE=CELL:8 (916) 123-45-67\n"
    "TEL;TYPE=WORK:067 123 45 67\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Ганна Литвин\nORG:Друкарня «Літера»\nNOTE:Візитки\n"
    "END:VCARD\n"
)


def test_a_number_that_is_not_one_is_kept_as_typed_and_said(db_path, tmp_path):
    """A card whose only number did not normalise had arrived with a name only."""
    report = import_any(write(tmp_path, "phone.vcf", CARDS))
    taxi = Client.get(Client.name == "Таксі Блиск")
    assert handles(taxi) == [("phone", "838", "838")]
    assert any("'838' kept as typed" in n for n in report.notes)


def test_national_numbers_take_the_home_country_then_the_contact_language(
    db_path, tmp_path, monkeypatch
):
    """A Russian "8 (916) 123-45-67" is +7 916 123-45-67, though the home country is
    Ukraine; the home country comes from the person's setting, else the system locale."""
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    import_any(write(tmp_path, "phone.vcf", CARDS))
    petr = Client.get(Client.name == "Пётр Васильев")
    assert petr.language == "ru"
    assert [n for _k, _v, n in handles(petr)] == ["+79161234567", "+380671234567"]

    polish = "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Nowak\nTEL:512 345 678\nEND:VCARD\n"
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    import_any(write(tmp_path, "pl.vcf", polish))
    assert handles(Client.get(Client.name == "Anna Nowak"))[0][2] == "+48512345678"

    person_settings.update({HOME_COUNTRY: "DE"})  # the person's own setting wins over the locale
    german = "BEGIN:VCARD\nVERSION:3.0\nFN:Jonas Weber\nTEL:0151 23456789\nEND:VCARD\n"
    import_any(write(tmp_path, "de.vcf", german))
    assert handles(Client.get(Client.name == "Jonas Weber"))[0][2] == "+4915123456789"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Дмитрий Иванов", "ru"),
        ("Дмитрий Петров", "ru"),
        ("Юрий Белов", "ru"),
        ("Максим Білий", "uk"),
        ("Сергей Смирнов", "ru"),
        ("Наталья Орлова", "ru"),
        ("Петр Вишневский", "ru"),
        ("Кирилл", "ru"),
        ("Богдан Грушевський", "uk"),
        ("Тарас Шевченко", "uk"),
        ("Дар'я Мельник", "uk"),
    ],
)
def test_a_russian_name_without_russian_letters_is_told_by_its_forms(
    db_path, tmp_path, monkeypatch, name, language
):
    """'Дмитрий Иванов' has none of ы э ъ ё: it had been taken for Ukrainian, and his
    "8 (916) 123-45-67" for a Ukrainian number."""
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    card = f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL:8 (916) 123-45-67\nEND:VCARD\n"
    import_any(write(tmp_path, "one.vcf", card))
    client = Client.get()
    assert client.language == language
    if language == "ru":
        assert handles(client)[0][2] == "+79161234567"


def test_the_editor_refuses_numbers_that_cannot_be(db_path):
    """ "067-12" had been stored as +38006712: possible by length, valid nowhere."""
    with pytest.raises(ValueError, match="067-12"):
        to_e164("067-12", "UA")
    with pytest.raises(ValidationError, match="067-12"):
        save_client(ClientInput(name="Ярина", channels=[("phone", "067-12")]))
    assert Client.select().count() == 0
    saved = save_client(ClientInput(name="Ярина", channels=[("viber", "067 123 45 67")]))
    assert handles(saved)[0][2] == "+380671234567"


def test_cards_without_an_address_or_number_are_recognised_again(db_path, tmp_path):
    """By the card's UID, else by name and company: they had been doubled on every import."""
    path = write(tmp_path, "phone.vcf", CARDS)
    first = import_any(path)
    assert first.added == 3
    again = import_any(path)
    assert (again.added, again.skipped) == (0, 3)
    renamed = CARDS.replace("FN:Таксі Блиск", "FN:Таксі «Блиск»")
    assert import_any(write(tmp_path, "renamed.vcf", renamed)).added == 0, "same UID"
    assert Client.select().count() == 3


def test_two_cards_of_one_name_with_their_own_uids_are_two_clients(db_path, tmp_path):
    """Two "Іван" a phone keeps apart, with no number to tell them by, had become one."""
    two = (
        "BEGIN:VCARD\nVERSION:3.0\nUID:android-contact-41\nFN:Іван\nNOTE:сантехнік\n"
        "END:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nUID:android-contact-97\nFN:Іван\nNOTE:сусід\nEND:VCARD\n"
    )
    path = write(tmp_path, "phone.vcf", two)
    assert import_any(path).added == 2
    assert sorted(c.notes for c in Client.select()) == ["сантехнік", "сусід"]
    assert import_any(path).added == 0, "each found again by its UID"
    third = "BEGIN:VCARD\nVERSION:3.0\nUID:android-contact-120\nFN:Іван\nEND:VCARD\n"
    assert import_any(write(tmp_path, "later.vcf", third)).added == 1, "a third one, later"
    plain = "BEGIN:VCARD\nVERSION:3.0\nFN:Іван\nEND:VCARD\n"  # no UID: by its name
    assert import_any(write(tmp_path, "plain.vcf", plain)).added == 0
    assert Client.select().count() == 3


def test_the_apps_own_vcards_come_back_as_the_same_clients(db_path, tmp_path):
    from contacttracker.io.vcard_export import export_vcards

    save_client(ClientInput(name="Ганна Литвин", company="Друкарня «Літера»"))
    save_client(ClientInput(name="Ганна Литвин", company="Ательє"))
    export_vcards(tmp_path / "all.vcf")
    report = import_any(tmp_path / "all.vcf")
    assert (report.added, report.skipped) == (0, 2)
    assert Client.select().count() == 2


def test_the_apps_own_vcards_add_nothing_to_the_clients_they_came_from(db_path, tmp_path):
    """A card's UID is the client it was written from, before any shared address; and the
    TEL a card carries for a Viber or WhatsApp number (so a phone can call it) is not a
    new phone. Importing the app's own export again had moved one client's Skype to another
    with the same address, and given every messenger-only number a phone channel."""
    from contacttracker.io.vcard_export import export_vcards

    first = save_client(ClientInput(name="Chloe Carter", channels=[("email", "chloe@example.com")]))
    second = save_client(
        ClientInput(
            name="Chloe Carter",
            channels=[("skype", "chloe.carter"), ("email", "chloe@example.com")],
        )
    )
    taras = save_client(ClientInput(name="Тарас Ткаченко", channels=[("viber", "066 253 18 82")]))
    before = {c.id: handles(c) for c in (first, second, taras)}
    export_vcards(tmp_path / "all.vcf")
    report = import_any(tmp_path / "all.vcf")
    assert (report.added, report.updated, report.skipped) == (0, 0, 3)
    assert {c.id: handles(c) for c in (first, second, taras)} == before


def test_the_apps_own_vcards_keep_language_and_a_company_in_a_fresh_database(
    db_path, tmp_path, databases, backend
):
    """A card says its client's language (an English client had come back Ukrainian), and
    a client who is a company is written as one: no person's name, ORG and X-ABShowAs, so
    an address book shows "ТОВ Ромашка" as a company; both come back the same."""
    from contacttracker.io.vcard_export import export_vcards
    from contacttracker.store import close, open_database

    save_client(ClientInput(name="Chloe Carter", language="en", company="Bluefin Media"))
    save_client(ClientInput(name="Сергей Орлов", language="ru", tags="vip"))
    save_client(ClientInput(name="ТОВ Ромашка", company="ТОВ Ромашка", notes="Постачальник"))
    import_any(write(tmp_path, "outlook.csv", OUTLOOK_COMPANY_ONLY))
    fields = ("name", "company", "language", "tags", "notes")

    def clients() -> dict[str, tuple]:
        return {c.name: tuple(getattr(c, f) for f in fields) for c in Client.select()}

    before = clients()
    export_vcards(tmp_path / "all.vcf")
    cards = {
        card.split("\nFN:")[1].split("\n")[0]: card
        for card in (tmp_path / "all.vcf").read_text("utf-8").replace("\r\n", "\n").split("END:")
        if "\nFN:" in card
    }
    assert "\nLANG:en\n" in cards["Chloe Carter"] and "\nLANG:ru\n" in cards["Сергей Орлов"]
    assert "\nN:Carter;Chloe;;;\n" in cards["Chloe Carter"]
    for company in ("ТОВ Ромашка", "ТОВ «Вектор»"):
        card = cards[company].upper()
        assert "\nN:;;;;\n" in card and f"\nORG:{company.upper()}\n" in card, card
        assert "\nX-ABSHOWAS:COMPANY\n" in card
    assert "X-ABSHOWAS" not in cards["Chloe Carter"].upper()
    close()
    open_database(str(databases.new(backend, tmp_path, "fresh.db")))
    report = import_any(tmp_path / "all.vcf")
    assert report.added == len(before)
    assert clients() == before


OUTLOOK_COMPANY_ONLY = (
    "First Name,Middle Name,Last Name,Company,E-mail Address,Business Phone,Notes\n"
    ",,,ТОВ «Вектор»,,,Постачальник паперу\n"
    "Ірина,,Бойко,ТОВ «Вектор»,iryna@vector.example,,\n"
)
GOOGLE_COMPANY_ONLY = (
    "Name,Given Name,Family Name,Organization 1 - Name,Notes,E-mail 1 - Value,Phone 1 - Value\n"
    ",,,Кав'ярня «Зерно»,Замовлення кави,,\n"
)


def test_company_only_contacts_arrive_named_by_their_company(db_path, tmp_path):
    """Outlook and Google contacts with a company and no person had been dropped silently."""
    outlook = import_any(write(tmp_path, "outlook.csv", OUTLOOK_COMPANY_ONLY))
    google = import_any(write(tmp_path, "google.csv", GOOGLE_COMPANY_ONLY))
    assert (outlook.added, google.added) == (2, 1)
    vector = Client.get(Client.name == "ТОВ «Вектор»")
    assert vector.company == "ТОВ «Вектор»" and vector.notes == "Постачальник паперу"
    assert Client.get(Client.name == "Кав'ярня «Зерно»").notes == "Замовлення кави"
    assert import_any(tmp_path / "google.csv").added == 0


JABBER = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Остап Гнатюк\nEMAIL:ostap@example.com\n"
    "IMPP:xmpp:ostap@jabber.example\nIMPP:sip:ostap@voip.example\nEND:VCARD\n"
)


def test_messenger_handles_without_a_channel_are_named_or_kept(db_path, tmp_path):
    report = import_any(write(tmp_path, "jabber.vcf", JABBER))
    ostap = Client.get(Client.name == "Остап Гнатюк")
    assert handles(ostap) == [("email", "ostap@example.com", "ostap@example.com")]
    notes = "\n".join(report.notes)
    assert "xmpp:ostap@jabber.example" in notes and "sip:ostap@voip.example" in notes
    add_channel("xmpp", "Jabber")
    again = import_any(tmp_path / "jabber.vcf")
    assert again.updated == 1
    assert ("xmpp", "ostap@jabber.example", "ostap@jabber.example") in handles(ostap)


APPLE = (
    "BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\nN:Doe;Jane;;;\n"
    "FN:Jane Doe\nX-SOCIALPROFILE;type=telegram;x-user=jane_doe:x-apple:jane_doe\n"
    "item1.IMPP;X-SERVICE-TYPE=Skype;type=pref:x-apple:jane.doe.skype\n"
    "item1.X-ABLabel:Skype\nEND:VCARD\n"
)


def test_an_iphones_messenger_profiles_are_kept(db_path, tmp_path):
    """An iPhone writes a profile as "x-apple:NAME" with the user as a parameter: it had been
    refused as no Telegram handle, and a card with nothing else arrived with a name only."""
    report = import_any(write(tmp_path, "iphone.vcf", APPLE))
    jane = Client.get(Client.name == "Jane Doe")
    assert sorted(handles(jane)) == [
        ("skype", "jane.doe.skype", "jane.doe.skype"),
        ("telegram", "jane_doe", "@jane_doe"),
    ]
    assert report.notes == []


def test_a_phone_extension_goes_out_with_the_number(db_path, tmp_path):
    """An office number's extension had been dropped by every export: only the E.164 form,
    which has no room for one, went out."""
    from contacttracker.io.exporters import export_any

    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Офіс Київ\nTEL;TYPE=WORK:+380 44 123 45 67 ext. 123\n"
        "TEL;TYPE=CELL:067 123 45 67\nEND:VCARD\n"
    )
    import_any(write(tmp_path, "office.vcf", card))
    for kind, name, sheet in (
        ("clients", "c.csv", False),
        ("vcard", "c.vcf", False),
        ("clients", "s.csv", True),
    ):
        out = tmp_path / name
        export_any(kind, out, for_spreadsheet=sheet)
        text = out.read_text("utf-8-sig")
        assert "+380441234567 ext. 123" in text, (name, text)
        assert "+380671234567" in text and "+380671234567 ext" not in text
    Client.delete().execute()
    import_any(tmp_path / "c.vcf")
    numbers = [(v, n) for _k, v, n in handles(Client.get())]
    assert numbers == [("+380441234567 ext. 123", "+380441234567"), ("+380671234567",) * 2]


def test_a_contact_without_a_name_is_named_by_its_address_or_number_or_in_the_report(
    db_path, tmp_path
):
    """An Outlook or Google row with no name had been dropped with its address, number and
    notes, and a file of such rows said it held no contacts; a card with only a note went
    without a word."""
    from contacttracker.store.import_report import ImportRejected

    outlook = (
        "First Name,Last Name,Company,E-mail Address,Mobile Phone,Notes\n"
        "Anna,Nowak,,anna@nowak.pl,,\n"
        ",,,lost@example.com,+48 601 999 888,only contact details\n"
    )
    report = import_any(write(tmp_path, "outlook.csv", outlook))
    assert report.added == 2
    lost = Client.get(Client.name == "lost@example.com")
    assert lost.notes == "only contact details"
    assert [n for _k, _v, n in handles(lost)] == ["lost@example.com", "+48601999888"]
    google = (
        "Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value\n,,,Mobile,+380 50 123 4567\n"
    )
    assert import_any(write(tmp_path, "google.csv", google)).added == 1
    assert Client.get(Client.name == "+380 50 123 4567")
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nNOTE:only a note here\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ярина\nEND:VCARD\n"
    )
    report = import_any(write(tmp_path, "cards.vcf", cards))
    assert report.added == 1
    assert "line 1: a contact with no name, address or number skipped" in report.notes
    with pytest.raises(ImportRejected, match="no contact in the file has a name"):
        import_any(write(tmp_path, "note.vcf", cards.split("BEGIN:VCARD\nVERSION:3.0\nFN")[0]))


def test_a_number_on_a_messenger_is_not_a_second_phone_of_a_new_client(db_path, tmp_path):
    """A card's TEL beside its Viber number had given a new client the number twice; only
    a stored client was spared. A sheet's phone and Viber columns say both, and keep both."""
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ірина Бойко\nTEL;TYPE=CELL:+380 93 765 43 21\n"
        "IMPP:viber:+380937654321\nEND:VCARD\n"
    )
    import_any(write(tmp_path, "card.vcf", card))
    assert [(k, n) for k, _v, n in handles(Client.get())] == [("viber", "+380937654321")]
    sheet = "Ім'я;Моб.;Вайбер\nТарас Мельник;067 111 22 33;+380671112233\n"
    import_any(write(tmp_path, "sheet.csv", sheet))
    taras = Client.get(Client.name == "Тарас Мельник")
    assert [(k, n) for k, _v, n in handles(taras)] == [
        ("phone", "+380671112233"),
        ("viber", "+380671112233"),
    ]


def test_the_same_contact_twice_in_a_file_is_one_client_added_not_updated(db_path, tmp_path):
    """A phone's duplicate card had made an empty database's report say "1 updated"."""
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Олена Коваленко\nEMAIL:olena@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Олена К.\nEMAIL:olena@example.com\n"
        "TEL:+380671234567\nEND:VCARD\n"
    )
    report = import_any(write(tmp_path, "twice.vcf", cards))
    assert (report.added, report.updated, report.skipped) == (1, 0, 0)
    assert any(n.endswith("the same contact as line 1, taken as one") for n in report.notes)
    assert [n for _k, _v, n in handles(Client.get())] == ["olena@example.com", "+380671234567"]


def test_a_google_row_is_named_by_the_line_it_starts_on(db_path, tmp_path):
    """A row whose note runs over two lines had been named by its last line."""
    google = (
        "Name,Given Name,Family Name,Notes,Phone 1 - Type,Phone 1 - Value\n"
        'Ярина Коваль,Ярина,Коваль,"перший рядок\nдругий рядок",Mobile,067-12\n'
        "Богдан Лис,Богдан,Лис,,Mobile,+380501234567\n"
    )
    report = import_any(write(tmp_path, "google.csv", google))
    assert report.added == 2
    assert any(n.startswith("line 2: ") and "067-12" in n for n in report.notes), report.notes


def test_an_iphones_profiles_are_kept_or_named_and_its_handles_decoded(db_path, tmp_path):
    """LinkedIn and Instagram profiles had gone without a word, and WhatsApp's number had
    been stored URL-encoded ("%2B380…")."""
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Social Two\nEMAIL:s2@x.ua\n"
        "X-SOCIALPROFILE;type=linkedin;x-user=s2li:x-apple:s2li\n"
        "X-SOCIALPROFILE;type=instagram;x-user=insta.ig:x-apple:insta.ig\n"
        "IMPP;X-SERVICE-TYPE=WhatsApp:x-apple:%2B380671119900\nEND:VCARD\n"
    )
    add_channel("instagram", "Instagram")
    report = import_any(write(tmp_path, "iphone.vcf", card))
    kept = [(k, v) for k, v, _n in handles(Client.get())]
    assert ("whatsapp", "+380671119900") in kept and ("instagram", "insta.ig") in kept
    assert any("'linkedin:s2li' not kept" in n for n in report.notes), report.notes


def test_a_one_word_name_is_a_first_name_in_an_exported_card(db_path, tmp_path):
    """'Світлана' had gone out as her family name (N:Світлана;;;;)."""
    from contacttracker.io.vcard_export import export_vcards

    save_client(ClientInput(name="Світлана"))
    export_vcards(tmp_path / "one.vcf")
    assert "\nN:;Світлана;;;\n" in (tmp_path / "one.vcf").read_text("utf-8").replace("\r\n", "\n")


def test_google_rows_below_a_sep_line_are_named_by_their_own_lines(db_path, tmp_path):
    google = (
        "sep=,\nName,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value\n"
        "А Б,А,Б,Mobile,067-12\nВ Г,В,Г,Mobile,067-13\nД Е,Д,Е,Mobile,067-14\n"
    )
    report = import_any(write(tmp_path, "google.csv", google))
    lines = [n.split(":")[0] for n in report.notes if "067-1" in n]
    assert lines == ["line 3", "line 4", "line 5"], report.notes
