"""Any table of contacts in: the Excel CSV of a Ukrainian freelancer, a Google Sheets
download, Excel's "Unicode text", .xlsx and .ods — columns guessed, rows checked whole,
known clients matched, a second import adding nothing, a dry run writing nothing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from contacttracker.io.importers import detect, import_any
from contacttracker.io.sheet_import import plan, remembered
from contacttracker.io.spreadsheet import read_table
from contacttracker.store.clients import channels_of
from contacttracker.store.database import db
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Client
from tests.helpers.sheets import CLIENTS, EXCEL_HEADER, excel_csv, ods, workbook

pytestmark = pytest.mark.backends


def stored() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """name → (company, ranked channels) of every live client."""
    clients = list(Client.select().where(Client.deleted_at.is_null()))
    chans = channels_of([c.id for c in clients])
    return {c.name: (c.company, chans.get(c.id, [])) for c in clients}


def count() -> int:
    return db.execute_sql("SELECT count(*) FROM client").fetchone()[0]


def test_the_excel_csv_in_windows_1251_imports_with_its_columns_guessed(db_path, tmp_path):
    path = excel_csv(tmp_path / "Клієнти.csv")
    assert detect(path) == "sheet"
    planned = plan(path)
    assert planned.mapping.fields == ["name", "company", "phone", "email", "telegram", "notes"]
    report = import_any(path)
    assert (report.added, report.updated, report.skipped) == (3, 0, 0)
    assert report.columns.startswith("Ім'я=name,Компанія=company,Телефон=phone")
    clients = stored()
    assert clients["Олена Коваленко"] == (
        "ТОВ Ромашка",
        [("phone", "+380671234567"), ("email", "olena@example.com"), ("telegram", "@olena_k")],
    )
    assert clients["Іван Петренко"][1] == [
        ("phone", "+380501112233"),
        ("email", "ivan@example.com"),
    ]
    olena = Client.get(Client.name == "Олена Коваленко")
    assert olena.notes == "зранку" and olena.language == "uk"

    again = import_any(path)
    assert (again.added, again.updated, again.skipped) == (0, 0, 3)
    assert count() == 3


def test_a_google_sheets_download_in_utf8(db_path, tmp_path):
    path = tmp_path / "Clients - Sheet1.csv"
    path.write_text(
        "Full name,Email,Phone,Company,Tags,Language,Time zone,Keep in touch (days)\n"
        'Anna Smith,anna@example.com,+44 20 7946 0958,"Smith & Co, Ltd",vip,English,Europe/London,30\n'
        'Петро Іваненко,petro@example.ua,"+380 67 765 43 21",,"дизайн, сайт",укр,,14\n',
        encoding="utf-8",
    )
    report = import_any(path)
    assert report.added == 2
    anna = Client.get(Client.name == "Anna Smith")
    assert (anna.company, anna.language, anna.time_zone, anna.keep_in_touch_days) == (
        "Smith & Co, Ltd",
        "en",
        "Europe/London",
        30,
    )
    assert anna.tags == "vip"
    petro = Client.get(Client.name == "Петро Іваненко")
    assert (petro.language, petro.tags) == ("uk", "дизайн, сайт")


def test_excel_unicode_text_is_utf16_with_tabs(db_path, tmp_path):
    path = tmp_path / "clients.txt"
    lines = ["\t".join(EXCEL_HEADER)] + ["\t".join(r) for r in CLIENTS]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    assert detect(path) == "sheet"
    assert import_any(path).added == 3


def test_an_xlsx_with_a_title_merged_headers_blank_rows_and_numbers(db_path, tmp_path):
    path = workbook(
        tmp_path / "clients.xlsx",
        {
            "Клієнти": [
                ["Клієнти на 2026 рік"],
                [],
                ["ПІБ", "Компанія", "Телефон", None, "Почта", "Вайбер"],
                [
                    "Олена Коваленко",
                    "ТОВ Ромашка",
                    380671234567,
                    "+380501112233",
                    "olena@example.com",
                    None,
                ],
                [],
                ["Іван Петренко", None, None, None, "ivan@example.com", "+380931112233"],
                [None, None, None, None, None, None],
            ],
            "Архів": [["Ім'я", "E-mail"], ["Старий Клієнт", "old@example.com"]],
        },
        merges=[("Клієнти", "A1:F1", "Клієнти на 2026 рік"), ("Клієнти", "C3:D3", "Телефон")],
    )
    table = read_table(path)
    assert (table.sheets, table.header_row) == (["Клієнти", "Архів"], 3)
    assert [n for n, _c in table.rows] == [4, 6]
    planned = plan(path)
    assert planned.mapping.fields == ["name", "company", "phone", "phone", "email", "viber"]
    report = import_any(path)
    assert report.added == 2
    clients = stored()
    assert clients["Олена Коваленко"][1] == [
        ("phone", "+380671234567"),
        ("phone", "+380501112233"),
        ("email", "olena@example.com"),
    ]
    assert clients["Іван Петренко"][1] == [
        ("email", "ivan@example.com"),
        ("viber", "+380931112233"),
    ]
    assert "Старий Клієнт" not in clients

    archive = import_any(path, sheet="Архів")
    assert archive.added == 1 and "Старий Клієнт" in stored()
    with pytest.raises(ImportRejected, match=r"no sheet 'Літо'.*Клієнти, Архів"):
        import_any(path, sheet="Літо")


def test_an_ods_sheet(db_path, tmp_path):
    path = ods(
        tmp_path / "clients.ods",
        [
            ["Прізвище", "Ім'я", "Моб.", "Telegram"],
            [],
            ["Коваленко", "Олена", 380671234567, "@olena_k"],
            ["Петренко", "Іван", None, "t.me/ivan_p"],
        ],
    )
    assert detect(path) == "sheet"
    assert plan(path).mapping.fields == ["last_name", "first_name", "phone", "telegram"]
    assert import_any(path).added == 2
    assert stored()["Іван Петренко"] == ("", [("telegram", "@ivan_p")])
    assert import_any(path).added == 0


def test_rows_that_cannot_be_read_are_listed_and_nothing_is_written(db_path, tmp_path):
    rows = [
        CLIENTS[0],
        ["Без адреси", "", "", "olena@", "", ""],
        CLIENTS[1],
        ["Задовгий", "", "", "", "@" + "x" * 600, ""],
    ]
    path = excel_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportRejected) as caught:
        import_any(path)
    assert [n for n, _why in caught.value.report.rejected] == [3, 5]
    said = str(caught.value)
    assert "line 3:" in said and "'olena@' is not an e-mail address" in said
    assert "line 5:" in said and "at most 500 characters" in said
    assert "2 rows cannot be read; nothing was imported" in said
    assert count() == 0
    one = excel_csv(tmp_path / "one.csv", rows[:2])
    with pytest.raises(ImportRejected, match="1 row cannot be read"):
        import_any(one)


def test_known_clients_are_matched_by_handle_or_by_name_and_company(
    db_path, tmp_path, client_factory
):
    client_factory("Олена К.", channels=[("email", "olena@example.com")])
    client_factory("Марія Шевченко", channels=[], company="ФОП Шевченко")
    path = excel_csv(
        tmp_path / "c.csv",
        [
            CLIENTS[0],
            ["Марія Шевченко", "ФОП Шевченко", "", "", "", ""],
            CLIENTS[1],
            CLIENTS[1],  # twice in the file: one client
        ],
    )
    report = import_any(path)
    assert (report.added, report.updated, report.skipped) == (1, 1, 2)
    clients = stored()
    assert ("telegram", "@olena_k") in clients["Олена К."][1]
    assert "Олена Коваленко" not in clients
    assert count() == 3


def test_a_dry_run_says_what_would_happen_and_writes_nothing(db_path, tmp_path):
    path = excel_csv(tmp_path / "c.csv")
    report = import_any(path, dry_run=True)
    assert report.added == 3 and "would add 3" in report.would()
    assert count() == 0
    card = tmp_path / "a.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEMAIL:anna@example.com\nEND:VCARD\n")
    assert import_any(card, dry_run=True).added == 1
    assert count() == 0


def test_a_dry_run_of_a_chat_remembers_not_your_name(db_path, tmp_path):
    from contacttracker.store import settings

    chat = tmp_path / "WhatsApp Chat with Олена.txt"
    chat.write_text(
        "12.03.24, 10:00 - Олена: Коли буде макет?\n12.03.24, 10:05 - Андрій: Завтра\n",
        encoding="utf-8",
    )
    assert import_any(chat, me="Андрій", new_clients=True, dry_run=True).added == 2
    assert count() == 0 and settings.chat_name() == ""
    import_any(chat, me="Андрій", new_clients=True)
    assert settings.chat_name() == "Андрій"


def test_a_changed_mapping_is_remembered_for_files_with_the_same_header(db_path, tmp_path):
    path = excel_csv(tmp_path / "c.csv")
    report = import_any(path, mapping="Телефон=viber,Примітки=-", dry_run=True)
    assert report.columns_from == "given"
    assert remembered(read_table(path).header) is None, "a dry run remembers nothing"
    import_any(path, mapping="Телефон=viber,Примітки=-")
    assert stored()["Олена Коваленко"][1][0] == ("viber", "+380671234567")
    other = excel_csv(
        tmp_path / "next month.csv", [["Нова Клієнтка", "", "+380671110000", "", "", "x"]]
    )
    planned = plan(other)
    assert planned.mapping.source == "remembered"
    assert planned.mapping.fields == ["name", "company", "viber", "email", "telegram", "ignore"]


def run(*args: str, db_target) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_target), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_command_line_prints_the_mapping_takes_map_sheet_and_dry_run(
    tmp_path, backend, databases
):
    target = databases.new(backend, tmp_path, "cli.db")
    path = excel_csv(tmp_path / "Клієнти.csv")
    dry = run("import", str(path), "--dry-run", db_target=target)
    assert dry.returncode == 0, dry.stderr
    assert (
        "--map \"Ім'я=name,Компанія=company,Телефон=phone,E-mail=email,Telegram=telegram,"
        'Примітки=notes"' in dry.stderr
    )
    assert "would add 3, update 0; 0 already present" in dry.stderr
    assert "nothing was written" in dry.stderr
    if backend == "sqlite":
        assert not (tmp_path / "cli.db").exists(), "a dry run creates no database"

    bad = run("import", str(path), "--map", "Телефон=fax", db_target=target)
    assert bad.returncode == 1 and "'fax' is not a field" in bad.stderr
    assert "Traceback" not in bad.stderr

    done = run("import", str(path), "--map", "Примітки=-", db_target=target)
    assert done.returncode == 0 and "3 added" in done.stderr
    listed = run("client", "show", "Олена Коваленко", db_target=target)
    assert "notes: \n" in listed.stdout or "notes:\n" in listed.stdout

    book = workbook(
        tmp_path / "b.xlsx", {"A": [["x"]], "Люди": [["Ім'я", "E-mail"], ["Нова", "n@example.com"]]}
    )
    sheet = run("import", str(book), "--sheet", "Люди", db_target=target)
    assert sheet.returncode == 0 and "1 added" in sheet.stderr
    card = tmp_path / "a.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEMAIL:anna@example.com\nEND:VCARD\n")
    other = run("import", str(card), "--map", "x=name", "--dry-run", db_target=target)
    assert other.returncode == 0 and "--map and --sheet concern spreadsheets" in other.stderr
    assert "would add 1" in other.stderr
    again = run("import", str(path), str(book), "--sheet", "Люди", "--dry-run", db_target=target)
    assert "would add 0, update 0; 3 already present" in again.stderr


def test_hours_archived_and_the_preferred_channel_are_read(db_path, tmp_path):
    """A sheet's "Preferred channel" names a column (or a channel) whose handle goes first;
    "Archived" takes 1/0 and yes or no in the three languages."""
    path = tmp_path / "clients.csv"
    path.write_text(
        "Name,E-mail,Phone,Telegram,Preferred channel,Preferred hours,Archived\n"
        "Olena,olena@example.com,+380671234567,@olena_k,Telegram,09:00-18:00,так\n"
        "Ivan,ivan@example.com,+380501112233,,phone,,0\n"
        "Petro,petro@example.com,,,Viber,,\n",
        "utf-8",
    )
    assert import_any(path).added == 3
    clients = {c.name: c for c in Client.select()}
    assert stored()["Olena"][1][0] == ("telegram", "@olena_k")
    assert stored()["Ivan"][1][0] == ("phone", "+380501112233"), "by the channel's key"
    assert stored()["Petro"][1] == [("email", "petro@example.com")], "no Viber: only orders"
    assert clients["Olena"].preferred_hours == "09:00-18:00" and clients["Olena"].archived
    assert not clients["Ivan"].archived and not clients["Petro"].archived


def test_an_archived_cell_that_says_neither_yes_nor_no_refuses_the_file(db_path, tmp_path):
    path = tmp_path / "clients.csv"
    path.write_text("Name,Archived,Preferred hours\nOlena,maybe,\nIvan,,9-18\n", "utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_any(path)
    reasons = dict(caught.value.report.rejected)
    assert "maybe" in str(reasons[2]) and "9-18" in str(reasons[3])
    assert count() == 0


def test_addresses_written_as_a_mail_program_writes_them_are_read(db_path, tmp_path):
    """'Олена <o@x.ua>' in an E-mail cell had refused the whole file."""
    path = tmp_path / "people.csv"
    path.write_text(
        "Name,Email\n"
        "Олена,Олена <o@x.ua>\n"
        'Olena K,"""Kovalenko, Olena"" <o2@x.ua>; mailto:o3@x.ua"\n'
        "Ivan,mailto:ivan@x.ua\n",
        "utf-8",
    )
    assert import_any(path).added == 3
    assert stored()["Олена"][1] == [("email", "o@x.ua")]
    assert stored()["Olena K"][1] == [("email", "o2@x.ua"), ("email", "o3@x.ua")]
    assert stored()["Ivan"][1] == [("email", "ivan@x.ua")]


def test_a_sheets_numbers_as_spreadsheets_write_them(db_path, tmp_path):
    """Excel's 3,80671E+11 had been split into two phones, a decimal 380671234567.0 and a
    number with "(роб.)" after it kept unread, two numbers with a slash made one, and none
    of it said; a Russian sheet's "Ольга Петрова" read as Ukrainian."""
    path = tmp_path / "phones.csv"
    path.write_text(
        "Имя;Телефон\n"
        "X1;3,80671E+11\n"
        "X3;380671234567.0\n"
        "X4;067 111 22 44 / 050 222 33 55\n"
        "X5;+380 67 111 22 33 (роб.)\n"
        "Ольга Петрова;8 (916) 123-45-67\n",
        "utf-8",
    )
    report = import_any(path)
    got = stored()
    assert got["X1"][1] == [("phone", "3,80671E+11")]
    assert any("'3,80671E+11' kept as typed: the spreadsheet shortened" in n for n in report.notes)
    assert len(got["X4"][1]) == 2
    from contacttracker.store.models import Client, ContactPoint

    normal = {
        c.name: [p.normalized for p in ContactPoint.select().where(ContactPoint.client == c)]
        for c in Client.select()
    }
    assert normal["X3"] == ["+380671234567"] and normal["X5"] == ["+380671112233"]
    assert normal["X4"] == ["+380671112244", "+380502223355"]
    assert normal["Ольга Петрова"] == ["+79161234567"]


def test_an_archived_cell_a_data_tool_left_as_nan_is_no(db_path, tmp_path):
    """'nan' (how pandas writes an empty cell) had archived the client: float('nan') != 0."""
    path = tmp_path / "from_pandas.csv"
    path.write_text("Name,Phone,Archived\nОлена,+380671234567,nan\nІван,+380501112233,1\n")
    assert import_any(path).added == 2
    from contacttracker.store.models import Client

    assert {c.name: c.archived for c in Client.select()} == {"Олена": False, "Іван": True}
