"""One progress and cancel protocol for all long work: the demo, an export, a chat import
and a contacts import hear progress(done, total), stop when it returns False, and keep
nothing."""

import pytest

from contacttracker.io.export import export
from contacttracker.io.importers import import_any
from contacttracker.store import demo
from contacttracker.store.progress import Cancelled
from tests.helpers.state import row_counts

pytestmark = pytest.mark.backends


def _stop_after(calls: list[tuple[int, int]], most: int):
    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < most

    return progress


def test_a_cancelled_demo_keeps_nothing(db_path, now):
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        demo.build(100, 25000, seed=2, now=now, progress=_stop_after(calls, 2))
    assert row_counts(db_path) == (0, 0, 0, 0)
    assert calls[-1][1] == 25000 and 0 < calls[-1][0] < 25000
    heard: list[tuple[int, int]] = []
    assert demo.build(30, 300, seed=2, now=now, progress=_stop_after(heard, 10**6)) == (30, 300)
    assert heard[-1] == (300, 300)


def test_a_cancelled_export_writes_no_file(db_path, tmp_path, now):
    demo.build(20, 5001, seed=2, now=now)
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        export("conversations", tmp_path / "out.csv", progress=_stop_after(calls, 1))
    assert calls == [(5000, 0)], "rows written; how many there are is not counted first"
    assert not (tmp_path / "out.csv").exists()
    assert list(tmp_path.glob("*.csv*")) == []


def test_a_cancelled_chat_import_keeps_its_new_client_out(db_path, tmp_path):
    lines = [f"12.03.2026, 10:{m:02d} - Олена Коваленко: повідомлення {m}" for m in range(60)]
    chat = tmp_path / "WhatsApp Chat with Олена Коваленко.txt"
    chat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(Cancelled):
        import_any(chat, "Марія", True, progress=lambda done, total: False)
    assert row_counts(db_path) == (0, 0, 0, 0)
    report = import_any(chat, "Марія", True, progress=lambda done, total: True)
    assert report.added == 60
