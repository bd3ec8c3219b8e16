"""CSV: the formula guard, encodings, the round trip, and the bad-input corpus."""

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contacttracker.io.csv_format import InputError, decode, neutralise, restore, sniff_delimiter
from contacttracker.io.csv_import import import_file
from contacttracker.io.export import export
from contacttracker.io.importers import import_any
from contacttracker.store import close, demo, open_database
from contacttracker.store.import_report import ImportRejected
from tests.helpers.state import stored_state

pytestmark = pytest.mark.backends


@pytest.mark.parametrize("cell", ["=1+2", "+380", "-5", "@SUM(A1)", "\tx", "\rx", "'=x"])
def test_formula_cells_are_guarded(cell):
    assert neutralise(cell).startswith("'")
    assert restore(neutralise(cell)) == cell


@pytest.mark.parametrize("cell", ["Олена", "it's fine", "'quoted'", "", "a=b", "1-2"])
def test_plain_cells_are_untouched(cell):
    assert neutralise(cell) == cell
    assert restore(cell) == cell


@given(st.text())
def test_guard_round_trips_any_text(cell):
    guarded = neutralise(cell)
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert restore(guarded) == cell


def test_decoding_utf8_bom_and_cp1251():
    text = "name;company\nОлена;Студія «Смарагд»\n"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("cp1251")) == text
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00junk")
    with pytest.raises(InputError, match="empty"):
        decode(b"  \n")
    assert sniff_delimiter("a;b;c\n") == ";"
    assert sniff_delimiter("a\tb\n") == "\t"
    assert sniff_delimiter('"x,y";b;c\n') == ";"


def _db_bytes(path):
    con = sqlite3.connect(path)
    dump = "\n".join(con.iterdump())
    con.close()
    return dump


@pytest.mark.parametrize("delimiter", ["comma", "semicolon", "tab"])
def test_export_import_export_is_byte_identical(tmp_path, now, delimiter):
    first = tmp_path / "first.db"
    open_database(str(first))
    demo.build(20, 250, seed=5, now=now)
    export("clients", tmp_path / "clients1.csv", delimiter)
    export("conversations", tmp_path / "conv1.csv", delimiter)
    close()
    second = tmp_path / "second.db"
    open_database(str(second))
    try:
        assert import_file(tmp_path / "clients1.csv").added == 20
        report = import_file(tmp_path / "conv1.csv")
        assert report.added == 250
        export("clients", tmp_path / "clients2.csv", delimiter)
        export("conversations", tmp_path / "conv2.csv", delimiter)
        assert (tmp_path / "clients1.csv").read_bytes() == (tmp_path / "clients2.csv").read_bytes()
        assert (tmp_path / "conv1.csv").read_bytes() == (tmp_path / "conv2.csv").read_bytes()
        assert (tmp_path / "conv1.csv").read_bytes().startswith(b"\xef\xbb\xbf")
        # the rule state was rebuilt from the links, not copied
        from contacttracker.store import attention

        counts = attention.counts(now)
        assert sum(counts.values()) > 0
        # importing the same files again adds nothing
        again = import_file(tmp_path / "conv1.csv")
        assert (again.added, again.skipped) == (0, 250)
        assert import_file(tmp_path / "clients1.csv").added == 0
        export("conversations", tmp_path / "conv3.csv", delimiter)
        assert (tmp_path / "conv3.csv").read_bytes() == (tmp_path / "conv1.csv").read_bytes()
        assert attention.counts(now) == counts
    finally:
        close()


def test_conversation_lines_reach_a_stream_without_a_byte_layer(tmp_path, now):
    """A text-only stream (no ``buffer`` beneath it) gets the same lines as a file."""
    import io

    from contacttracker.io.export import write_conversations

    open_database(str(tmp_path / "d.db"))
    try:
        demo.build(5, 60, seed=3, now=now)
        export("conversations", tmp_path / "conv.csv", bom=False)
        text = io.StringIO(newline="")
        text.write((tmp_path / "conv.csv").read_bytes().decode().split("\r\n", 1)[0] + "\r\n")
        assert write_conversations(text, ",", None) == 60
    finally:
        close()
    assert text.getvalue().encode("utf-8") == (tmp_path / "conv.csv").read_bytes()


def test_formula_text_survives_the_round_trip(db_path, client_factory, log, now, tmp_path):
    client = client_factory(name='=HYPERLINK("http://x")', notes="+1 call me")
    log(client, "email", "out", now, subject="@risk", summary="-2 days")
    export("clients", tmp_path / "c.csv")
    export("conversations", tmp_path / "v.csv", bom=False)
    raw = (tmp_path / "c.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in raw and "'+1 call me" in raw
    assert "'@risk" in (tmp_path / "v.csv").read_text("utf-8")
    assert not (tmp_path / "v.csv").read_bytes().startswith(b"\xef\xbb\xbf")


GOOD_HEADER = (
    "uuid,name,company,language,time_zone,preferred_hours,response_hours,"
    "keep_in_touch_days,tags,notes,archived,channels\r\n"
)
GOOD_ROW = "0d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01,Олена,,uk,,,,,,,0,email: o@example.com\r\n"


def client_row(response: str = "", keep: str = "") -> str:
    return (
        f"0d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01,Олена,,uk,,,{response},{keep},,,0,"
        "email: o@example.com\r\n"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00junk" * 10, "binary"),
        (b"\xff\xfe\x00h\x00e", "binary"),
        (b"just some words\nand more", "header"),
        (GOOD_HEADER.encode(), "no rows"),
        ((GOOD_HEADER + GOOD_ROW + "only,three,cells\r\n").encode(), "line 3"),
        ((GOOD_HEADER + GOOD_ROW.replace("uk", "de")).encode(), "language"),
        ((GOOD_HEADER + GOOD_ROW.replace("o@example.com", "not-mail")).encode(), "e-mail"),
        ((GOOD_HEADER + GOOD_ROW + GOOD_ROW).encode(), "twice"),
        ((GOOD_HEADER + GOOD_ROW + 'x,"unterminated\r\n').encode(), "line"),
        ((GOOD_HEADER + GOOD_ROW[:-2] + "," + "x" * 10_000_000 + "\r\n").encode(), "KB"),
        (b"\xff\xfe" + (GOOD_HEADER + GOOD_ROW).encode("utf-16-be"), "binary"),
        # Numbers a card cannot hold (PostgreSQL's integer column refused the first).
        ((GOOD_HEADER + client_row(keep="3000000000")).encode(), "at most 365"),
        ((GOOD_HEADER + client_row(keep="366")).encode(), "at most 365"),
        ((GOOD_HEADER + client_row(response="nan")).encode(), "at most 240 hours"),
        ((GOOD_HEADER + client_row(response="inf")).encode(), "at most 240 hours"),
        ((GOOD_HEADER + client_row(response="1e308")).encode(), "at most 240 hours"),
        ((GOOD_HEADER + GOOD_ROW.replace("Олена", "О" * 501)).encode(), "longer than 500"),
        (
            (GOOD_HEADER + GOOD_ROW.replace(",,uk", "," + "Ф" * 501 + ",uk")).encode(),
            "company",
        ),
        ((GOOD_HEADER + GOOD_ROW.replace("o@example", "o" * 490 + "@example")).encode(), "500"),
    ],
)
def test_bad_input_is_rejected_whole_and_changes_nothing(db_path, tmp_path, content, reason):
    before = stored_state(db_path)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    with pytest.raises(ImportRejected) as caught:
        import_file(bad)
    assert reason in str(caught.value)
    assert stored_state(db_path) == before


@pytest.mark.parametrize(
    "text",
    [
        "name;company\nJürgen Müller;Bäckerei Größe\nJosé Peña;Café Olé\nFrançoise;Crème\n",
        "Name,Notes\nSøren Ærø,Ålesund\nRenée,\u201cgood\u201d \u2013 très bien\n",
    ],
)
def test_western_windows_1252_is_not_read_as_cyrillic(text, tmp_path):
    """A West European Excel's CSV had become 'Jьrgen Mьller' without a word."""
    assert decode(text.encode("cp1252")) == text
    path = tmp_path / "western.csv"
    path.write_bytes(text.encode("cp1252"))
    from contacttracker.io.csv_format import reader, text_stream

    streamed = text_stream(path)
    try:
        _header, rows = reader(streamed)
        assert [cells for _n, cells in rows] == [
            line.split(text[4]) for line in text.splitlines()[1:]
        ]
    finally:
        streamed.stream.close()


@pytest.mark.parametrize(
    "text",
    [
        "name;email;company\nОлена;olena@romashka.ua;ТОВ «Ромашка» (Romashka LLC)\n",
        "Имя;Заметки\nПётр;iPhone, MacBook, Wi-Fi\nЮлия;встреча в Zoom\n",
        "Ім'я\nЯ\n",
    ],
)
def test_cyrillic_windows_1251_with_latin_words_stays_cyrillic(text):
    assert decode(text.encode("cp1251")) == text


def test_every_rejected_row_is_reported_with_its_line(db_path, tmp_path):
    rows = [
        GOOD_ROW,
        GOOD_ROW.replace("0d3b7a30", "1d3b7a30").replace("Олена", ""),
        GOOD_ROW.replace("0d3b7a30", "2d3b7a30"),
        GOOD_ROW.replace("0d3b7a30", "3d3b7a30").replace("email: o@example.com", "fax: 1"),
    ]
    path = tmp_path / "c.csv"
    path.write_text(GOOD_HEADER + "".join(rows), encoding="cp1251")
    with pytest.raises(ImportRejected) as caught:
        import_file(path)
    assert [n for n, _ in caught.value.report.rejected] == [3, 5]
    from contacttracker.store.models import Client

    assert Client.select().count() == 0


CONVERSATION_HEADER = (
    "uuid,client_uuid,client,project,channel,direction,occurred_at,duration_min,subject,"
    "summary,agreements,urgent,follow_up_due,follow_up_done,confirms,summarizes,replies_to,"
    "author,dismissed\n"
)


@pytest.mark.parametrize(
    ("column", "value", "good", "reason"),
    [
        ("duration_min", "3000000000", "1440", "between 0 and 1440 minutes"),
        ("duration_min", "-5", "0", "between 0 and 1440 minutes"),
        ("duration_min", "1441", "1440", "between 0 and 1440 minutes"),
        ("follow_up_due", "0001-01-01T00:30:00+01:00", "0001-01-01T01:30:00+01:00", "date"),
        ("occurred_at", "9999-12-31T23:30:00-01:00", "9999-12-31T22:30:00-01:00", "date"),
        # Texts PostgreSQL could not index (about 2,700 bytes an index entry, 1 MB a tsvector).
        ("project", "п" * 201, "п" * 200, "project name is longer than 200"),
        ("subject", "т" * 1001, "т" * 1000, "subject is longer than 1000"),
        ("summary", "слово " * 16667, "слово " * 16666, "summary is longer than 100000"),
        ("agreements", "x" * 100_001, "x" * 100_000, "agreements are longer than 100000"),
    ],
)
def test_conversation_values_out_of_range_are_refused_whole(
    db_path, tmp_path, column, value, good, reason
):
    """What no backend can store, or no conversation lasts, is a rejected row with its line,
    not a traceback from the database (PostgreSQL's integer column and indexes, Python's
    year 1); the same row within range is taken."""
    clients = tmp_path / "clients.csv"
    clients.write_bytes((GOOD_HEADER + GOOD_ROW).encode())
    import_file(clients)
    cells = dict.fromkeys(CONVERSATION_HEADER.strip().split(","), "")
    cells |= {
        "uuid": "5d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01",
        "client_uuid": "0d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01",
        "client": "Олена",
        "channel": "phone",
        "direction": "out",
        "occurred_at": "2026-01-01T10:00:00Z",
        "urgent": "0",
        "follow_up_done": "0",
        column: value,
    }
    path = tmp_path / "v.csv"
    path.write_text(CONVERSATION_HEADER + ",".join(cells.values()) + "\n", encoding="utf-8")
    before = stored_state(db_path)
    with pytest.raises(ImportRejected) as caught:
        import_file(path)
    assert [n for n, _ in caught.value.report.rejected] == [2]
    assert reason in str(caught.value)
    assert stored_state(db_path) == before
    cells[column] = good
    path.write_text(CONVERSATION_HEADER + ",".join(cells.values()) + "\n", encoding="utf-8")
    assert import_file(path).added == 1, "the same row within range is taken"
    from contacttracker.domain.queues import QUEUES
    from contacttracker.store import attention, browse
    from contacttracker.store.models import Conversation

    stored = Conversation.get()  # and it reads back: year 1 had been stored as "1-01-01"
    assert len(browse.conversation_page(stored.client_id, limit=10)) == 1
    for queue in QUEUES:
        attention.items(queue)


def test_conversations_need_their_clients_first(db_path, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text(
        "uuid,client_uuid,client,project,channel,direction,occurred_at,duration_min,subject,"
        "summary,agreements,urgent,follow_up_due,follow_up_done,confirms,summarizes,replies_to,"
        "author,dismissed\n"
        "5d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01,9d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01,X,,email,out,"
        "2026-01-01T10:00:00Z,,s,,,0,,0,,,,me,\n"
    )
    with pytest.raises(ImportRejected, match="import the clients file first"):
        import_file(path)


@given(st.text(alphabet=st.sampled_from("'=+-@\t\r aб\"\n"), max_size=6) | st.text(max_size=8))
def test_sql_guard_is_the_same_rule(cell):
    import sqlite3

    from contacttracker.io.export import guard_sql

    con = sqlite3.connect(":memory:")
    (guarded,) = con.execute(f"SELECT {guard_sql('x')} FROM (SELECT ? AS x)", (cell,)).fetchone()
    assert guarded == neutralise(cell)


def test_an_unchanged_export_imported_again_changes_nothing(db_path, tmp_path, now):
    """The app's own export brought back as it is: every client already present, not
    "updated", and no new version of any (a colleague's edit open meanwhile stays valid)."""
    from contacttracker.store.models import Client

    demo.build(41, 60, seed=5, now=now)
    export("clients", tmp_path / "clients.csv")
    export("conversations", tmp_path / "conversations.csv")
    versions = {c.uuid: c.version for c in Client.select()}
    before = stored_state(db_path)

    clients = import_file(tmp_path / "clients.csv")
    talks = import_file(tmp_path / "conversations.csv")

    assert (clients.added, clients.updated, clients.skipped) == (0, 0, 41)
    assert "0 added, 0 updated, 41 already present" in clients.summary()
    assert (talks.added, talks.updated, talks.skipped) == (0, 0, 60)
    assert {c.uuid: c.version for c in Client.select()} == versions
    assert stored_state(db_path) == before


def test_a_clients_file_imported_again_updates_them_as_saving_each_would(
    db_path, tmp_path, client_factory, log, now
):
    """Changed names, channels, tags, archiving and rhythm come in through the bulk update:
    fields, channels, search text, version and rollups as a save in the window leaves them."""
    import csv as csvlib
    import io

    from contacttracker.store import browse
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.database import db
    from contacttracker.store.models import Client

    olena = client_factory(name="Олена", channels=[("email", "olena@example.com")])
    taras = client_factory(name="Тарас", channels=[("phone", "+380501234567")])
    log(olena, "email", "out", now)
    log(taras, "phone", "in", now)
    export("clients", tmp_path / "clients.csv")
    rows = list(csvlib.reader(io.StringIO((tmp_path / "clients.csv").read_text("utf-8-sig"))))
    head = rows[0]
    for row in rows[1:]:
        if row[head.index("name")] == "Олена":
            row[head.index("name")] = "Олена Коваленко"
            row[head.index("channels")] = "telegram: @olena_k\nemail: olena@studio.ua"
            row[head.index("tags")] = "VIP; Київ, vip"
        else:
            row[head.index("archived")] = "1"
            row[head.index("keep_in_touch_days")] = "30"
    out = io.StringIO(newline="")
    csvlib.writer(out, lineterminator="\r\n").writerows(rows)
    (tmp_path / "changed.csv").write_text(out.getvalue(), "utf-8-sig")
    versions = {c.id: c.version for c in Client.select()}

    report = import_file(tmp_path / "changed.csv")

    assert (report.added, report.updated) == (0, 2)
    o, t = Client.get_by_id(olena.id), Client.get_by_id(taras.id)
    assert (o.name, o.tags, o.version) == ("Олена Коваленко", "VIP, Київ", versions[o.id] + 1)
    assert (t.archived, t.keep_in_touch_days, t.version) == (1, 30, versions[t.id] + 1)
    assert t.touch_due_at is not None, "the rollups follow the new rhythm"
    assert [c.name for c in browse.client_page("коваленко studio.ua")] == ["Олена Коваленко"]
    points = "SELECT channel, value, rank FROM contact_point WHERE client_id = ? ORDER BY rank"
    assert db.execute_sql(points, (o.id,)).fetchall() == [
        ("telegram", "@olena_k", 1),
        ("email", "olena@studio.ua", 2),
    ]
    # Saving what is stored changes nothing but the version: the import wrote the same rows.
    stored = "SELECT name, company, tags, archived, keep_in_touch_days, search_text,"
    stored += " last_contact_at, open_items, touch_due_at FROM client ORDER BY id"
    before = db.execute_sql(stored).fetchall()
    for client in (o, t):
        channels = [(c, v) for c, v, _rank in db.execute_sql(points, (client.id,))]
        save_client(
            ClientInput(
                name=client.name,
                tags=client.tags,
                archived=bool(client.archived),
                keep_in_touch_days=client.keep_in_touch_days,
                channels=channels,
            ),
            client.id,
        )
    assert db.execute_sql(stored).fetchall() == before
    save_client(ClientInput(name="Олена Бондар"), o.id)  # the index's update trigger is back
    assert [c.name for c in browse.client_page("бондар")] == ["Олена Бондар"]
    assert browse.client_page("коваленко") == []


def test_imported_clients_are_found_by_the_filter_and_keep_their_triggers(
    db_path, tmp_path, client_factory, backend, databases
):
    """New clients get their trigram entries in one pass after the insert; the triggers that
    keep the index for later saves are back afterwards."""
    from contacttracker.store import browse
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.database import db

    client_factory(name="Олена Коваленко", channels=[("phone", "+380501234567")])
    client_factory(name="Emily Carter", company="Harbour & Hill")
    export("clients", tmp_path / "clients.csv")
    close()
    open_database(str(databases.new(backend, tmp_path / "other")))
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    before = None if backend != "sqlite" else db.execute_sql(triggers).fetchall()
    assert import_file(tmp_path / "clients.csv").added == 2
    assert [c.name for c in browse.client_page("ковал")] == ["Олена Коваленко"]
    assert [c.name for c in browse.client_page("harbour")] == ["Emily Carter"]
    assert [c.name for c in browse.client_page("0501234567")] == ["Олена Коваленко"]
    if before is not None:
        assert db.execute_sql(triggers).fetchall() == before
    emily = browse.client_page("carter")[0]
    save_client(ClientInput(name="Emily Whitaker"), emily.id)
    assert [c.name for c in browse.client_page("whitaker")] == ["Emily Whitaker"]
    assert browse.client_page("carter") == []


def test_a_cancelled_clients_import_leaves_nothing_and_every_trigger(
    db_path, tmp_path, backend, databases
):
    from contacttracker.store.database import db
    from contacttracker.store.progress import Cancelled

    demo.build(clients=1500, conversations=10, seed=4)
    export("clients", tmp_path / "clients.csv")
    close()
    open_database(str(databases.new(backend, tmp_path / "other")))
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    before = db.execute_sql(triggers).fetchall() if backend == "sqlite" else None
    with pytest.raises(Cancelled):
        import_file(tmp_path / "clients.csv", progress=lambda done, total: done < 1000)
    assert db.execute_sql("SELECT count(*) FROM client").fetchone()[0] == 0
    if before is not None:
        assert db.execute_sql(triggers).fetchall() == before
        assert db.execute_sql("SELECT count(*) FROM client_fts").fetchone()[0] == 0
    assert import_file(tmp_path / "clients.csv").added == 1500
    with pytest.raises(Cancelled):  # the same file again: the updates are undone as well
        import_file(tmp_path / "clients.csv", progress=lambda done, total: done < 1000)
    if before is not None:
        assert db.execute_sql(triggers).fetchall() == before


def test_the_store_refuses_what_the_editors_cannot_hold(db_path):
    """The same limits for a typed client or conversation as for an imported one."""
    from datetime import UTC, datetime

    from contacttracker.store.clients import ClientInput, ValidationError, save_client
    from contacttracker.store.conversations import ConversationInput, log_conversation

    for bad in ({"response_hours": float("nan")}, {"keep_in_touch_days": 366}):
        with pytest.raises(ValidationError, match="at most"):
            save_client(ClientInput(name="Олена", **bad))
    client = save_client(ClientInput(name="Олена", response_hours=240, keep_in_touch_days=365))
    talk = {"client_id": client.id, "channel": "phone", "direction": "out"}
    with pytest.raises(ValueError, match="between 0 and 1440"):
        log_conversation(
            ConversationInput(
                **talk, occurred_at=datetime(2026, 1, 1, tzinfo=UTC), duration_min=1441
            )
        )
    from contacttracker.store.models import Conversation

    assert Conversation.select().count() == 0


def test_excels_sep_line_above_the_apps_own_csv_is_not_a_row(db_path, tmp_path):
    """With Excel's "sep=;" line on top, the app's own CSVs had been taken for tables of
    contacts: clients came without their channels, conversations as empty clients."""
    from contacttracker.store.models import Client, ContactPoint, Conversation

    clients = tmp_path / "clients.csv"
    clients.write_text("sep=;\r\n" + (GOOD_HEADER + GOOD_ROW).replace(",", ";"), "utf-8")
    assert import_any(clients).kind == "clients"  # the app's own, not a table of contacts
    assert Client.get().uuid == "0d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01"
    assert ContactPoint.get().value == "o@example.com"
    row = {c: "" for c in CONVERSATION_HEADER.strip().split(",")} | {
        "uuid": "5d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01",
        "client_uuid": "0d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01",
        "client": "Олена",
        "channel": "phone",
        "direction": "out",
        "occurred_at": "2026-01-01T10:00:00Z",
        "summary": '"перший рядок\nдругий"',
        "urgent": "0",
        "follow_up_done": "0",
    }
    bad = dict(row, uuid="6d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01", direction="sideways")
    talks = tmp_path / "conversations.csv"
    lines = [";".join(r.values()) for r in (row, bad)]
    talks.write_text("sep=;\n" + CONVERSATION_HEADER.replace(",", ";") + "\n".join(lines) + "\n")
    with pytest.raises(ImportRejected) as caught:
        import_any(talks)
    assert [n for n, _ in caught.value.report.rejected] == [5], "the line the row starts on"
    talks.write_text("sep=;\n" + CONVERSATION_HEADER.replace(",", ";") + lines[0] + "\n")
    assert import_any(talks).added == 1 and Conversation.get().summary == "перший рядок\nдругий"
    assert Client.select().count() == 1


def test_a_client_row_typed_without_a_uuid_is_found_again(db_path, tmp_path):
    """A row added by hand to the app's own clients CSV had made a new client on every
    import of the file, each with the same address."""
    from contacttracker.store.models import Client

    path = tmp_path / "clients.csv"
    path.write_text(
        GOOD_HEADER + GOOD_ROW + ",Нова Клієнтка,,uk,,,,,,,0,email: nova@x.ua\r\n", "utf-8"
    )
    assert import_file(path).added == 2
    again = import_file(path)
    assert again.added == 0 and Client.select().count() == 2
    richer = ',Нова К.,,uk,,,,,,,0,"email: nova@x.ua\nphone: +380671234567"\r\n'
    path.write_text(GOOD_HEADER + richer, "utf-8")
    assert import_file(path).updated == 1
    assert Client.select().count() == 2, "found by its address, given the phone it lacked"
    nova = Client.get(Client.name == "Нова Клієнтка")  # and nothing of it overwritten
    assert [p.normalized for p in nova.contact_points] == ["nova@x.ua", "+380671234567"]


def test_a_typed_row_never_overwrites_what_a_stored_client_holds(db_path, tmp_path):
    """A row typed without a uuid that named a stored client had been written over it:
    its notes, tags and channels were wiped, its name changed."""
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.models import Client

    save_client(
        ClientInput(
            name="Іван Петренко",
            notes="Дзвонити зранку",
            tags="vip",
            time_zone="Europe/Kyiv",
            keep_in_touch_days=30,
            channels=[("email", "ivan@x.ua"), ("phone", "+380501112233")],
        )
    )
    path = tmp_path / "clients.csv"
    path.write_text(
        GOOD_HEADER
        + GOOD_ROW
        + ",Іван Петренко,,uk,,,,,,,0,\r\n"
        + ",Іван П.,,uk,,,,,,,0,email: ivan@x.ua\r\n"
        + ",Олена,,uk,,,,,,,0,\r\n"  # the exported row above: one client, not refused
        + ",Петро,,uk,,,,,,,0,phone: +380671234567\r\n,Петро,,uk,,,,,,,0,\r\n",
        "utf-8",
    )
    report = import_file(path)
    ivan = Client.get(Client.name == "Іван Петренко")
    assert (ivan.notes, ivan.tags, ivan.time_zone, ivan.keep_in_touch_days) == (
        "Дзвонити зранку",
        "vip",
        "Europe/Kyiv",
        30,
    )
    assert [p.normalized for p in ivan.contact_points] == ["ivan@x.ua", "+380501112233"]
    assert sorted(c.name for c in Client.select()) == ["Іван Петренко", "Олена", "Петро"]
    petro = Client.get(Client.name == "Петро")
    assert [p.normalized for p in petro.contact_points] == ["+380671234567"]
    assert report.added == 2


def test_a_conversation_row_typed_without_a_uuid_is_taken_once(db_path, tmp_path):
    """Such a row had refused the whole file ("uuid '' is not a UUID")."""
    from contacttracker.store.models import Conversation

    clients = tmp_path / "clients.csv"
    clients.write_text(GOOD_HEADER + GOOD_ROW, "utf-8")
    import_file(clients)
    row = {c: "" for c in CONVERSATION_HEADER.strip().split(",")} | {
        "client_uuid": "0d3b7a30-6d6a-4b9e-9d1b-5a1c2f7e8a01",
        "client": "Олена",
        "channel": "phone",
        "direction": "out",
        "occurred_at": "2026-01-01T10:00:00Z",
        "summary": "Домовились про макет",
        "urgent": "0",
        "follow_up_done": "0",
    }
    path = tmp_path / "conversations.csv"
    path.write_text(CONVERSATION_HEADER + ",".join(row.values()) + "\n", "utf-8")
    assert import_file(path).added == 1
    assert import_file(path).added == 0, "found again by what it says"
    assert Conversation.get().summary == "Домовились про макет"
    path.write_text(CONVERSATION_HEADER + (",".join(row.values()) + "\n") * 2, "utf-8")
    assert import_file(path).added == 1, "the same words twice are two: one was stored"
    assert import_file(path).added == 0
