"""Our own conversations file after a spreadsheet in a day-first language saved it again:
its times come back as "01.03.2026 10:00", and are read as the times they were."""

from __future__ import annotations

import csv

import pytest

from contacttracker.io.csv_import import import_file
from contacttracker.io.export import CONVERSATION_COLUMNS
from contacttracker.store.import_report import ImportRejected
from contacttracker.store.models import Conversation

pytestmark = pytest.mark.backends


def sheet(path, client_uuid: str, times: list[str]) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(CONVERSATION_COLUMNS)
        for n, at in enumerate(times):
            row = dict.fromkeys(CONVERSATION_COLUMNS, "")
            row.update(
                uuid=f"00000000-0000-4000-8000-{n:012d}",
                client_uuid=client_uuid,
                channel="phone",
                direction="out",
                occurred_at=at,
                subject=f"Дзвінок {n}",
                urgent="0",
                follow_up_done="0",
                follow_up_due="05.03.2026 09:30" if n == 0 else "",
            )
            w.writerow([row[c] for c in CONVERSATION_COLUMNS])


def test_day_first_dotted_times_read_as_the_export_wrote_them(client_factory, tmp_path):
    olena = client_factory("Олена", channels=[("email", "olena@example.com")])
    path = tmp_path / "conversations.csv"
    sheet(
        path, olena.uuid, ["01.03.2026 10:00", "1.3.2026 9:05:30", "31.12.2025", "2026-03-02 08:00"]
    )
    assert import_file(path).added == 4
    stored = [
        c.occurred_at.strftime("%Y-%m-%d %H:%M:%S")
        for c in Conversation.select().order_by(Conversation.uuid)
    ]
    assert stored == [
        "2026-03-01 10:00:00",
        "2026-03-01 09:05:30",
        "2025-12-31 00:00:00",
        "2026-03-02 08:00:00",
    ]
    first = Conversation.get(Conversation.uuid == "00000000-0000-4000-8000-000000000000")
    assert first.follow_up_due.strftime("%Y-%m-%d %H:%M") == "2026-03-05 09:30"


def test_a_dotted_date_that_is_no_date_is_refused_with_its_line(client_factory, tmp_path):
    olena = client_factory("Олена", channels=[("email", "olena@example.com")])
    path = tmp_path / "conversations.csv"
    sheet(path, olena.uuid, ["01.03.2026 10:00", "31.02.2026 10:00"])
    with pytest.raises(ImportRejected) as refused:
        import_file(path)
    assert "line 3" in str(refused.value) and "31.02.2026" in str(refused.value)
    assert Conversation.select().count() == 0
