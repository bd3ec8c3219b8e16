"""Spreadsheet-friendly clients: one column per channel in use, headers in the interface
language, local times as the locale writes them, `;` for Ukrainian and Russian; a real
workbook read back with python-calamine; and what it wrote imports again as the same
clients. The round-trip CSV stays the default."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime

import pytest
from python_calamine import CalamineWorkbook

from contacttracker.io.exporters import export_any
from contacttracker.io.importers import import_any
from contacttracker.io.sheet_import import plan
from contacttracker.store.database import db

pytestmark = pytest.mark.backends

LAST_CALL = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # 14:00 in Kyiv


@pytest.fixture
def clients(db_path, client_factory, log):
    olena = client_factory(
        "Олена Коваленко",
        channels=[
            ("email", "olena@example.com"),
            ("email", "olena.k@studio.example"),
            ("phone", "+380671234567"),
            ("telegram", "@olena_k"),
        ],
        company="ТОВ Ромашка",
        tags="vip",
        response_hours=1.5,
    )
    log(olena, "phone", "out", LAST_CALL)
    client_factory("Іван Петренко", channels=[("viber", "+380501112233")])
    client_factory("Без каналів", channels=[])
    return olena


def workbook_rows(path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_the_workbook_has_one_column_per_channel_and_dates_as_dates(clients, tmp_path):
    path = tmp_path / "clients.xlsx"
    assert export_any("clients", path, xlsx=True) == 3
    rows = workbook_rows(path)
    header = rows[0]
    assert header[:7] == ["Name", "Company", "E-mail", "E-mail 2", "Phone", "Viber", "Telegram"]
    assert "WhatsApp" not in header, "only the channels in use"
    by_name = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    olena = by_name["Олена Коваленко"]
    assert (olena["E-mail"], olena["E-mail 2"], olena["Phone"], olena["Telegram"]) == (
        "olena@example.com",
        "olena.k@studio.example",
        "+380671234567",
        "@olena_k",
    )
    assert olena["Viber"] == "" and by_name["Іван Петренко"]["Viber"] == "+380501112233"
    assert olena["Response time, hours"] == 1.5
    last = olena["Last contact"]
    assert isinstance(last, datetime), "a date cell, not text"
    assert abs(last - LAST_CALL.astimezone().replace(tzinfo=None)).total_seconds() < 1
    with zipfile.ZipFile(path) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert 'state="frozen"' in sheet and 'ySplit="1"' in sheet, "the header row stays"
    assert "<cols>" in sheet and "autoFilter" in sheet


def test_what_the_spreadsheet_export_wrote_imports_as_the_same_clients(clients, tmp_path):
    for name, xlsx in (("clients.xlsx", True), ("clients.csv", False)):
        path = tmp_path / name
        export_any("clients", path, for_spreadsheet=True, xlsx=xlsx)
        fields = plan(path).mapping.fields
        assert fields[:7] == ["name", "company", "email", "email", "phone", "viber", "telegram"]
        report = import_any(path)
        assert (report.added, report.updated) == (0, 0), name
    assert db.execute_sql("SELECT count(*) FROM client").fetchone()[0] == 3


def test_the_round_trip_csv_stays_the_default(clients, tmp_path):
    path = tmp_path / "clients.csv"
    export_any("clients", path)
    header = path.read_text("utf-8-sig").splitlines()[0]
    assert header.startswith("uuid,name,company,") and header.endswith(",channels")


def run(*args: str, target) -> subprocess.CompletedProcess:
    env = {**os.environ, "TZ": "Europe/Kyiv"}
    return subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(target), *args],
        capture_output=True,
        timeout=120,
        env=env,
    )


def test_the_command_line_in_ukrainian_writes_semicolons_and_kyiv_time(clients, db_path, tmp_path):
    out = run("--lang", "uk", "export", "clients", "--for-spreadsheet", target=db_path)
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:4] == ["Ім’я", "Компанія", "Ел. пошта", "Ел. пошта 2"]
    olena = dict(zip(rows[0], next(r for r in rows if r[0] == "Олена Коваленко"), strict=True))
    assert olena["Останній контакт"] == "20.11.2026 14:00"
    assert olena["Час відповіді, годин"] == "1,5"
    assert olena["Телефон"] == "'+380671234567", "a cell a spreadsheet would run stays text"

    english = run("--lang", "en", "export", "clients", "--for-spreadsheet", target=db_path)
    first = english.stdout.decode("utf-8-sig").splitlines()[0]
    assert first.startswith("Name,Company,E-mail,E-mail 2,Phone")

    book = tmp_path / "clients.xlsx"
    made = run("--lang", "ru", "export", "clients", "--xlsx", "--out", str(book), target=db_path)
    assert made.returncode == 0, made.stderr.decode()
    assert workbook_rows(book)[0][:2] == ["Имя", "Компания"]

    wrong = run("export", "conversations", "--xlsx", "--out", str(book), target=db_path)
    assert wrong.returncode == 1 and b"clients only" in wrong.stderr


def test_the_window_in_ukrainian_exports_a_csv_for_excel(
    qtbot, window, scripted, clients, tmp_path
):
    """What the Export menu's "Clients for a spreadsheet" runs, in a Ukrainian window (the
    menu itself is triggered in English by the Export menu's test), to a name ending .csv."""
    from contacttracker.ui import i18n

    i18n.install("uk")
    try:
        out = tmp_path / "клієнти.csv"
        scripted.save_paths.append(str(out))
        window.files.export("clients", True)
        assert scripted.messages[-1][0] == "info"
    finally:
        i18n.install("en")
    header = out.read_text("utf-8-sig").splitlines()[0]
    assert header.startswith("Ім’я;Компанія;Ел. пошта;Ел. пошта 2;Телефон;Viber;Telegram;")


def test_the_window_counts_what_an_export_holds(qtbot, window, scripted, clients, tmp_path):
    """A vCard file holds cards and a table rows, one or many, in the window's words."""
    from contacttracker.ui import i18n

    i18n.install("en")  # as the app starts: English's plurals come from its file
    cards = tmp_path / "clients.vcf"
    scripted.save_paths.append(str(cards))
    window.files.export("vcard")
    qtbot.waitUntil(lambda: bool(scripted.messages))
    wrote = cards.read_text("utf-8").count("BEGIN:VCARD")
    assert scripted.messages[-1][2] == f"Wrote {wrote} cards to {cards}"
    i18n.install("uk")
    try:
        rows = tmp_path / "розмови.csv"
        scripted.save_paths.append(str(rows))
        window.files.export("conversations")
        qtbot.waitUntil(lambda: "розмови.csv" in scripted.messages[-1][2])
    finally:
        i18n.install("en")
    assert scripted.messages[-1][2] == f"Записано 1 рядок у {rows}"  # one conversation logged


SHEET_FIELDS = ("company", "language", "time_zone", "preferred_hours", "response_hours")
SHEET_FIELDS += ("keep_in_touch_days", "tags", "notes", "archived")


def stored_clients() -> dict[str, dict[str, object]]:
    """Every live client by name: what a sheet carries, and its handles best first."""
    found: dict[str, dict[str, object]] = {}
    ids: dict[int, str] = {}
    for client_id, name, *values in db.execute_sql(
        f"SELECT id, name, {', '.join(SHEET_FIELDS)} FROM client WHERE deleted_at IS NULL"
    ):
        found[name] = dict(zip(SHEET_FIELDS, values, strict=True))
        found[name]["archived"] = bool(found[name]["archived"])
        found[name]["handles"] = []
        ids[client_id] = name
    for client_id, key, normal in db.execute_sql(
        "SELECT client_id, channel, normalized FROM contact_point ORDER BY client_id, rank, id"
    ):
        if client_id in ids:
            found[ids[client_id]]["handles"].append((key, normal))
    return found


@pytest.fixture
def demo_clients(db_path, client_factory):
    """The sample clients, some archived and with notes, and one on a video call and on
    the person's own channel whose best channel comes late in the catalogue."""
    from contacttracker.store.demo import build
    from contacttracker.store.settings import add_channel

    build(clients=40, conversations=40)
    db.execute_sql("UPDATE client SET archived = 1 WHERE id % 4 = 0")
    db.execute_sql("UPDATE client SET notes = 'пише ввечері' WHERE id % 3 = 0")
    add_channel("signal", "Signal")
    client_factory(
        "Марта Гнатюк",
        channels=[
            ("telegram", "@marta_h"),
            ("signal", "+380671110000"),
            ("email", "marta@example.com"),
            ("video", "https://meet.example/marta"),
            ("email", "marta.h@studio.example"),
        ],
        company="Студія «Мʼята»",
        notes="дзвонити після обіду\nне в п'ятницю",
        preferred_hours="10:00-17:00",
        archived=True,
    )
    return stored_clients()


def spreadsheet_exports(language: str, folder) -> list:
    """Both spreadsheet exports, headed in ``language`` as the window or `--lang` writes."""
    from contacttracker.ui import i18n, text

    i18n.install(language)
    try:
        files = []
        for xlsx in (True, False):
            path = folder / f"{language}.{'xlsx' if xlsx else 'csv'}"
            delimiter = "comma" if language == "en" else "semicolon"
            export_any(
                "clients",
                path,
                delimiter,
                for_spreadsheet=True,
                xlsx=xlsx,
                words=text.localized,
                language=language,
            )
            files.append(path)
        return files
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["uk", "ru", "en"])
def test_every_column_of_the_spreadsheet_export_imports_back(
    qapp, demo_clients, databases, backend, tmp_path, language
):
    """What either spreadsheet export writes, in any interface language, imports into a
    fresh database as the same clients: preferred hours, archived, notes, and each
    client's best channel first (the rest in the sheet's order, a channel's own handles in
    theirs)."""
    from contacttracker.store import close, open_database
    from contacttracker.store.settings import add_channel

    files = spreadsheet_exports(language, tmp_path)
    close()
    for path in files:
        open_database(str(databases.new(backend, tmp_path, f"{path.name}.db")))
        try:
            add_channel("signal", "Signal")  # the person's own channels are the database's
            planned = plan(path)
            mapping = dict(zip(planned.table.header, planned.mapping.fields, strict=True))
            ignored = [title for title, field in mapping.items() if field == "ignore"]
            assert len(ignored) == 2, f"only Last contact and Open items: {mapping}"
            assert "signal" in mapping.values() and "video" in mapping.values()
            assert import_any(path).added == len(demo_clients), path.name
            back = stored_clients()
        finally:
            close()
        assert back.keys() == demo_clients.keys()
        for name, was in demo_clients.items():
            now = back[name]
            said = (path.name, name)
            assert {k: now[k] for k in SHEET_FIELDS} == {k: was[k] for k in SHEET_FIELDS}, said
            assert now["handles"][:1] == was["handles"][:1], said
            assert sorted(now["handles"]) == sorted(was["handles"]), said
            for key in {k for k, _h in was["handles"]}:
                assert [h for k, h in now["handles"] if k == key] == [
                    h for k, h in was["handles"] if k == key
                ], said
    assert back["Марта Гнатюк"]["handles"][0] == ("telegram", "@marta_h")
