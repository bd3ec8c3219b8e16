"""The spreadsheet import against the app's own clients CSV import of the same clients.

A 20,000-row workbook as a freelancer's client list grows (name, company, phone, e-mail,
Telegram, notes) is imported into an empty SQLite file; the floor is the round-trip CSV of
the same clients, which validates and writes them through the same bulk path, so the ratio
is what reading a workbook, guessing its columns and matching its rows costs on top. A
second import of the same sheet (every row known) is measured against the first.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

ROWS = 20_000


def make_workbook(path: Path, rows: int = ROWS) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    page = book.add_worksheet("Клієнти")
    page.write_row(0, 0, ["Ім'я", "Компанія", "Телефон", "E-mail", "Telegram", "Примітки"])
    for i in range(rows):
        page.write_row(
            i + 1,
            0,
            [
                f"Клієнт {i}",
                f"ТОВ «Компанія {i % 700}»",
                f"+38067{i:07d}",
                f"client{i}@example.com",
                f"@client_{i}",
                "дзвонити зранку" if i % 3 else "",
            ],
        )
    book.close()
    return path


def measure_sheets(work: Path, rounds: int = 3) -> dict[str, float]:
    from python_calamine import CalamineWorkbook

    from contacttracker.io.csv_import import import_file
    from contacttracker.io.export import export
    from contacttracker.io.importers import import_any
    from contacttracker.store import close, open_database

    sheet = make_workbook(work / "clients.xlsx")
    clients_csv = work / "sheet-clients.csv"

    def fresh(name: str) -> Path:
        target = work / f"{name}.db"
        for leftover in work.glob(f"{name}.db*"):
            leftover.unlink()
        open_database(str(target))
        return target

    fresh("sheet-once")
    import_any(sheet)
    export("clients", clients_csv)
    close()

    def ours() -> tuple[float, float]:
        fresh("sheet")
        try:
            start = time.perf_counter()
            import_any(sheet)
            first = time.perf_counter() - start
            start = time.perf_counter()
            again = import_any(sheet)
            assert again.added == 0
            return first, time.perf_counter() - start
        finally:
            close()

    def floor() -> float:
        fresh("sheet-floor")
        try:
            start = time.perf_counter()
            import_file(clients_csv)
            return time.perf_counter() - start
        finally:
            close()

    def read() -> float:
        start = time.perf_counter()
        CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()
        return time.perf_counter() - start

    runs, floors, reads = [], [], []
    for _ in range(rounds):  # in turn: the machine's speed moves within a minute
        runs.append(ours())
        floors.append(floor())
        reads.append(read())
    first = statistics.median(r[0] for r in runs)
    again = statistics.median(r[1] for r in runs)
    floor_s = statistics.median(floors)
    return {
        "sheet_rows": ROWS,
        "sheet_read_s": statistics.median(reads),
        "sheet_import_s": first,
        "sheet_import_rows_per_s": ROWS / first,
        "sheet_import_over_csv": first / floor_s,
        "sheet_import_again_ratio": again / first,
    }
