"""A day's work from a shell: each command through main() on a real database (a file, and
a schema of the PostgreSQL server), what it stored and how the queues moved."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from contacttracker.cli import main

pytestmark = pytest.mark.backends

ZONE = "Europe/Kyiv"


@pytest.fixture(autouse=True)
def zone(monkeypatch):
    """The person's time zone, as TZ names it."""
    monkeypatch.setenv("TZ", ZONE)


class Shell:
    """Runs one command line as a user would and keeps what it printed."""

    def __init__(self, db, capsys) -> None:
        self.db = str(db)
        self.capsys = capsys
        self.err = ""

    def __call__(self, *args: str, status: int = 0) -> str:
        code = main(["--db", self.db, *args])
        out, self.err = self.capsys.readouterr()
        assert code == status, f"{args}: exit {code}\n{self.err}"
        assert "Traceback" not in self.err
        if status == 1:
            assert self.err.startswith("contacttracker: ") and len(self.err) > 20, self.err
        return out

    def uuid(self, *args: str) -> str:
        """A writing command: its output is the UUID it wrote, nothing else."""
        out = self(*args)
        assert len(out.strip()) == 36 and out.count("\n") == 1, out
        return out.strip()

    def json(self, *args: str) -> list[dict]:
        return json.loads(self(*args, "--format", "json"))

    def queues(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for item in self.json("attention"):
            found.setdefault(item["queue"], set()).add(item["conversation"])
        return found

    def state(self) -> tuple:
        """Everything a write could change, to show that a refused one changed nothing."""
        from contacttracker.store import close, open_database
        from contacttracker.store.database import db

        open_database(self.db)
        try:
            return tuple(
                db.execute_sql(sql).fetchone()
                for sql in (
                    "SELECT count(*), coalesce(sum(version), 0) FROM client",
                    "SELECT count(*), coalesce(sum(version), 0) FROM conversation",
                    "SELECT count(*) FROM conversation_version",
                    "SELECT count(*) FROM contact_point",
                    "SELECT count(*) FROM setting",
                )
            )
        finally:
            close()


@pytest.fixture
def sh(db_path, capsys):
    from contacttracker.store import close

    close()  # main() opens the database itself, as from a shell
    return Shell(db_path, capsys)


@pytest.fixture
def olena(sh):
    return sh.uuid(
        "client",
        "add",
        "Олена Коваленко",
        "--company",
        "Acme",
        "--channel",
        "email=olena@example.com",
        "--channel",
        "viber=+380 67 123 4567",
        "--tag",
        "vip",
        "--response-hours",
        "3",
    )


def test_a_day_of_work(sh, olena):
    """Add a client, log the call, mark the summary sent, record the confirmation."""
    call = sh.uuid(
        "log",
        "олена",
        "--channel",
        "phone",
        "--at",
        "today 00:05",
        "--subject",
        "Kickoff",
        "--agreement",
        "Design by Friday",
        "--agreement",
        "Budget 2000",
        "--duration",
        "20",
    )
    assert sh.queues() == {"needs_summary": {call}}
    table = sh("attention")
    assert "Kickoff" in table and "summary by " in table and " left" in table, table

    email = sh.uuid("summary", call, "--mark-sent")
    assert sh.queues() == {"unconfirmed_email": {email}}

    confirmation = sh.uuid("confirm", email[:8], "--via", "viber", "--note", "got it")
    assert sh.queues() == {}
    [shown] = sh.json("client", "show", olena)
    assert shown["open_items"] == 0 and shown["tags"] == "vip"

    from contacttracker.store import close, open_database
    from contacttracker.store.models import Conversation

    open_database(sh.db)
    stored = {c.uuid: c for c in Conversation.select()}
    close()
    assert stored[call].agreements == "Design by Friday\nBudget 2000"
    assert stored[call].duration_min == 20
    day = datetime.now(ZoneInfo(ZONE)).date()
    assert stored[call].occurred_at == datetime.combine(
        day, datetime.min.time().replace(minute=5), ZoneInfo(ZONE)
    ).astimezone(UTC).replace(tzinfo=None)
    assert stored[email].summarizes_id == stored[call].id
    assert stored[email].channel == "email" and stored[email].direction == "out"
    assert stored[confirmation].confirms_id == stored[email].id
    assert stored[confirmation].channel == "viber" and stored[confirmation].summary == "got it"
    assert all(c.author for c in stored.values()), "every write names its author"


def test_client_add_edit_show_list_archive(sh, olena):
    oleh = sh.uuid("client", "add", "Олег Петренко", "--channel", "phone=067 111 2233")
    assert sh.uuid("client", "edit", "Олег", "--company", "Studio", "--keep-in-touch", "14") == oleh
    [card] = sh.json("client", "show", oleh[:6])
    assert card["company"] == "Studio" and card["keep_in_touch_days"] == 14
    assert card["channels"] == [
        {"channel": "phone", "handle": "067 111 2233", "normalized": "+380671112233"}
    ]
    # Options left off keep what is stored; an empty one clears.
    sh.uuid("client", "edit", oleh, "--company", "", "--tag", "new", "--tag", "web")
    [card] = sh.json("client", "show", oleh)
    assert (card["company"], card["tags"], card["keep_in_touch_days"]) == ("", "new, web", 14)

    # By handle, as typed or normalised.
    assert sh.json("client", "show", "olena@example.com")[0]["uuid"] == olena
    assert sh.json("client", "show", "+380671234567")[0]["uuid"] == olena

    names = [c["name"] for c in sh.json("client", "list")]
    assert names == ["Олег Петренко", "Олена Коваленко"]
    assert [c["uuid"] for c in sh.json("client", "list", "--filter", "acme")] == [olena]
    csv_out = sh("client", "list", "--format", "csv")
    assert csv_out.splitlines()[0].startswith("uuid,name,company,channel,handle")

    assert sh.uuid("client", "archive", "Олег") == oleh
    assert [c["uuid"] for c in sh.json("client", "list")] == [olena]
    assert len(sh.json("client", "list", "--archived")) == 2
    sh.uuid("client", "archive", oleh, "--unarchive")
    assert len(sh.json("client", "list")) == 2
    text = sh("client", "show", olena)
    assert "name: Олена Коваленко" in text and "  viber: +380 67 123 4567" in text


def test_ambiguous_and_unknown_clients_are_refused(sh, olena):
    sh.uuid("client", "add", "Олег Петренко")
    before = sh.state()
    sh("log", "Оле", "--channel", "phone", status=1)
    assert "several clients" in sh.err and "Олег Петренко" in sh.err and olena in sh.err
    sh("log", "Nobody", "--channel", "phone", status=1)
    assert "no client matches 'Nobody'" in sh.err
    sh("client", "edit", "Оле", "--company", "X", status=1)
    sh("client", "show", "ffffff", status=1)
    assert sh.state() == before


def test_bad_input_exits_1_and_writes_nothing(sh, olena):
    call = sh.uuid("log", olena, "--channel", "phone", "--agreement", "A")
    before = sh.state()
    refused = [
        ("log", olena, "--channel", "phone", "--at", "yesterday 25:00"),
        ("log", olena, "--channel", "phone", "--at", "someday"),
        ("log", olena, "--channel", "phone", "--follow-up", "+99999999d"),
        ("log", olena, "--channel", "fax"),
        ("log", olena, "--channel", "phone", "--duration", "5000"),
        ("log", olena, "--channel", "phone", "--replies-to", "abc"),
        ("log", olena, "--channel", "phone", "--confirms", "ffffffff"),
        ("client", "add", " "),
        ("client", "add", "X", "--channel", "email=not an address"),
        ("client", "add", "X", "--channel", "email"),
        ("client", "add", "X", "--timezone", "Mars/Olympus"),
        ("client", "add", "X", "--hours", "nine to five"),
        ("client", "edit", olena, "--response-hours", "1000"),
        ("confirm", call, "--via", "viber"),  # a call, not an e-mail we sent
        ("done", call, "--queue", "awaiting_reply"),
        ("done", "0000000"),
        ("untrash", call),
        ("client", "delete", olena),  # no --yes
    ]
    for args in refused:
        sh(*args, status=1)
    sh("log", olena, "--channel", "phone", "--at", "someday", status=1)
    assert "--at: 'someday' is not a time" in sh.err
    sh("client", "delete", olena, status=1)
    assert "--yes" in sh.err
    assert sh.state() == before


def test_done_closes_the_item_it_names(sh, olena):
    message = sh.uuid("log", olena, "--channel", "viber", "--in", "--at=-5h", "--subject", "Q")
    assert sh.queues() == {"awaiting_reply": {message}}
    assert sh.uuid("done", message[:10]) == message
    assert sh.queues() == {}
    call = sh.uuid(
        "log", olena, "--channel", "phone", "--agreement", "A", "--follow-up", "1h ago", "--at=-2h"
    )
    sh("done", call, status=1)
    assert "several queues" in sh.err and "--queue" in sh.err
    assert sh.uuid("done", call, "--queue", "follow_up") == call
    assert sh.uuid("done", call) == call  # now in one queue only: needs_summary
    assert sh.queues() == {}


def test_log_links_a_reply_and_a_confirmation(sh, olena):
    message = sh.uuid("log", olena, "--channel", "viber", "--in", "--at=-4h")
    assert "awaiting_reply" in sh.queues()
    sh.uuid("log", olena, "--channel", "viber", "--out", "--replies-to", message[:8])
    assert sh.queues() == {}
    email = sh.uuid("log", olena, "--channel", "email", "--subject", "Offer", "--urgent")
    assert sh.queues() == {"unconfirmed_email": {email}}
    sh.uuid("log", olena, "--channel", "phone", "--in", "--confirms", email)
    assert sh.queues() == {}


def test_an_e_mail_is_confirmed_once(sh, olena):
    email = sh.uuid("log", olena, "--channel", "email", "--subject", "Offer")
    sh.uuid("confirm", email, "--via", "telegram")
    before = sh.state()
    sh("confirm", email, "--via", "telegram", status=1)
    assert "already confirmed" in sh.err
    assert sh.state() == before


def test_trash_untrash_history(sh, olena):
    call = sh.uuid("log", olena, "--channel", "phone", "--agreement", "A", "--subject", "Old")
    assert sh.uuid("trash", call) == call
    assert sh.queues() == {}
    sh("done", call, status=1)  # in the Trash: not an item any more
    assert sh.uuid("untrash", call[:8]) == call
    assert sh.queues() == {"needs_summary": {call}}
    versions = sh.json("history", call)
    assert [v["change"] for v in versions] == ["restore", "delete"]  # untrash kept too
    assert versions[1]["subject"] == "Old" and versions[1]["client"] == "Олена Коваленко"
    assert versions[0]["changed_at"].endswith("Z") and versions[0]["occurred_at"].endswith("Z")
    assert sh("history", call, "--format", "csv").startswith("version,change,changed_at,author")


def test_delete_erases_the_client_after_a_backup(sh, olena, backend):
    other = sh.uuid("client", "add", "Олег Петренко")
    sh.uuid("log", olena, "--channel", "phone", "--agreement", "A")
    kept = sh.uuid("log", other, "--channel", "phone", "--agreement", "B")
    assert sh.uuid("client", "delete", olena, "--yes") == olena
    if backend == "sqlite":
        assert "Backed up to" in sh.err
        [copy] = sh.json("backup", "--list")
        assert copy["kind"] == "manual"
    assert [c["uuid"] for c in sh.json("client", "list", "--archived")] == [other]
    assert sh.queues() == {"needs_summary": {kept}}
    sh("client", "show", olena, status=1)
    from contacttracker.store import close, open_database
    from contacttracker.store.database import db

    open_database(sh.db)
    counts = db.execute_sql(
        "SELECT (SELECT count(*) FROM conversation), (SELECT count(*) FROM contact_point)"
    ).fetchone()
    close()
    assert tuple(counts) == (1, 0)


def test_delete_refuses_when_no_backup_can_be_taken(sh, olena, backend):
    """A file's backup failing erases nothing; a shared database says it takes none."""
    from pathlib import Path

    sh.uuid("log", olena, "--channel", "phone", "--agreement", "A")
    if backend != "sqlite":
        assert sh.uuid("client", "delete", olena, "--yes") == olena
        assert "its backups are the server's job" in sh.err
        return
    (Path(sh.db).parent / "backups").write_text("a file where the folder should be")
    before = sh.state()
    sh("client", "delete", olena, status=1)
    assert "1 conversation with" in sh.err and "--yes" in sh.err
    sh("client", "delete", olena, "--yes", status=1)
    assert "no backup could be taken, so nothing was erased" in sh.err
    assert sh.state() == before


def test_reports_speak_json(sh, olena):
    sh.uuid("log", olena, "--channel", "phone", "--subject", "Kickoff", "--agreement", "A")
    [item] = sh.json("attention")
    assert list(item) == [
        "queue",
        "conversation",
        "client",
        "channel",
        "occurred_at",
        "age_hours",
        "subject",
        "next_step",
    ]
    assert item["occurred_at"].endswith("Z") and isinstance(item["age_hours"], float)
    [hit] = sh.json("search", "Kickoff")
    assert hit["subject"] == "Kickoff" and hit["occurred_at"].endswith("Z")
    rows = sh.json("stats")
    phone = next(r for r in rows if r["channel"] == "phone")
    assert phone["conversations"] == 1 and phone["clients"] == 1


def test_summary_mark_sent_needs_an_address(sh):
    nobody = sh.uuid("client", "add", "Без пошти", "--channel", "phone=0671112233")
    call = sh.uuid("log", nobody, "--channel", "phone", "--agreement", "A")
    before = sh.state()
    sh("summary", call, "--mark-sent", status=1)
    assert "no address" in sh.err
    assert sh.state() == before
    assert sh.queues() == {"needs_summary": {call}}


def test_an_ambiguous_conversation_prefix_lists_them(sh, olena):
    from contacttracker.store import close, open_database
    from contacttracker.store.database import db

    first = sh.uuid("log", olena, "--channel", "phone", "--agreement", "A")
    second = sh.uuid("log", olena, "--channel", "phone", "--agreement", "B")
    open_database(sh.db)
    with db.atomic():
        db.execute_sql(
            "UPDATE conversation SET uuid = ? WHERE uuid = ?", ("abcdef01" + first[8:], first)
        )
        db.execute_sql(
            "UPDATE conversation SET uuid = ? WHERE uuid = ?", ("abcdef02" + second[8:], second)
        )
    close()
    sh("done", "abcdef", status=1)
    assert "several conversations" in sh.err and "abcdef01" in sh.err and "abcdef02" in sh.err
    assert sh.uuid("done", "abcdef01") == "abcdef01" + first[8:]


def test_when_is_read_in_the_persons_zone(sh, olena):
    sh.uuid("log", olena, "--channel", "phone", "--at", "2026-07-01 15:00")  # summer: +3
    sh.uuid("log", olena, "--channel", "phone", "--at", "2026-11-20 15:00")  # winter: +2
    sh.uuid("log", olena, "--channel", "phone", "--at", "2026-11-20T15:00:00Z")
    from contacttracker.store import close, open_database
    from contacttracker.store.models import Conversation

    open_database(sh.db)
    times = sorted(c.occurred_at for c in Conversation.select())
    close()
    assert times == [
        datetime(2026, 7, 1, 12, 0),
        datetime(2026, 11, 20, 13, 0),
        datetime(2026, 11, 20, 15, 0),
    ]


def test_follow_up_tomorrow_is_the_morning(sh, olena):
    call = sh.uuid("log", olena, "--channel", "phone", "--follow-up", "tomorrow")
    from contacttracker.store import close, open_database
    from contacttracker.store.models import Conversation

    open_database(sh.db)
    due = Conversation.get(Conversation.uuid == call).follow_up_due
    close()
    tomorrow = datetime.now(ZoneInfo(ZONE)).date() + timedelta(days=1)
    expected = datetime.combine(tomorrow, datetime.min.time().replace(hour=9), ZoneInfo(ZONE))
    assert due == expected.astimezone(UTC).replace(tzinfo=None)


def test_backup_list_and_restore_latest(sh, olena, backend):
    if backend == "postgresql":
        sh("backup", "--list", status=1)
        assert "server's job" in sh.err
        sh("restore", "--latest", status=1)
        return
    sh("restore", "--latest", status=1)
    assert "no backups" in sh.err
    sh("backup")
    [copy] = sh.json("backup", "--list")
    assert copy["kind"] == "manual" and copy["taken_at"].endswith("Z") and copy["size_bytes"] > 0
    sh.uuid("client", "add", "Later")
    sh("restore", "--latest")
    assert "previous state was kept" in sh.err
    assert [c["uuid"] for c in sh.json("client", "list")] == [olena]
    kinds = [b["kind"] for b in sh.json("backup", "--list")]
    assert sorted(kinds) == ["before-restore", "manual"]
    assert "In " in sh("backup", "--list")


def test_an_open_window_shows_a_write_from_the_shell(qtbot, window, db_path, client_factory):
    """The window's two-second watch sees another process's write."""
    import subprocess
    import sys

    client = client_factory()
    window.refresh_counts()
    assert not window.counts.get("needs_summary")
    command = ["log", client.uuid, "--channel", "phone", "--agreement", "Design by Friday"]
    subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), *command],
        check=True,
        capture_output=True,
        timeout=60,
    )
    qtbot.waitUntil(lambda: window.counts.get("needs_summary") == 1, timeout=3000)


def _counts(sh, when):
    """The queues' sizes at another time (the store's count, as the window reads it)."""
    from contacttracker.store import attention, close, open_database

    open_database(sh.db)
    try:
        found = {q: n for q, n in attention.counts(when).items() if n}
        listed = {}
        for item in attention.all_items(when):
            listed[item.queue] = listed.get(item.queue, 0) + 1
        assert found == listed, "the counts and the lists agree"
        return found
    finally:
        close()


def test_snooze_a_message_until_a_time_and_undo_it(sh, olena):
    from contacttracker.store.timeutil import now_utc

    message = sh.uuid("log", olena, "--channel", "viber", "--in", "--at=-1h", "--subject", "Q")
    assert sh.uuid("snooze", message[:8], "--until", "+1h") == message
    assert sh.uuid("snooze", message, "--until", "+2h") == message, "again: a later time"
    assert sh.queues() == {}
    assert _counts(sh, now_utc()) == {}
    assert _counts(sh, now_utc() + timedelta(hours=3)) == {"awaiting_reply": 1}, "it comes back"
    assert sh.uuid("undo") == message
    assert "Undone: snooze" in sh.err
    assert _counts(sh, now_utc() + timedelta(minutes=90)) == {"awaiting_reply": 1}, "the first"
    assert sh.uuid("undo") == message
    assert sh.queues() == {"awaiting_reply": {message}}


def test_snooze_losing_touch(sh):
    from contacttracker.store.timeutil import now_utc

    ann = sh.uuid("client", "add", "Ann", "--keep-in-touch", "7")
    assert sh.queues() == {}, "a new client's rhythm counts from the day they were added"
    assert _counts(sh, now_utc() + timedelta(days=8)) == {"losing_touch": 1}
    assert sh.uuid("snooze", "Ann", "--until", "+10d") == ann
    assert _counts(sh, now_utc() + timedelta(days=8)) == {}
    assert _counts(sh, now_utc() + timedelta(days=11)) == {"losing_touch": 1}
    assert sh.uuid("undo") == ann
    assert _counts(sh, now_utc() + timedelta(days=8)) == {"losing_touch": 1}
    # The latest conversation of a client in no other queue stands for their losing touch.
    old = sh.uuid("log", ann, "--channel", "phone", "--at", "2026-01-05 10:00")
    assert sh.queues() == {"losing_touch": {old}}
    assert sh.uuid("snooze", old, "--until", "+3d") == ann
    assert sh.queues() == {}
    assert sh.uuid("undo") == ann
    assert sh.queues() == {"losing_touch": {old}}
    sh.uuid("client", "add", "Bob")
    sh("snooze", "Bob", "--until", "+1d", status=1)
    assert "no keep-in-touch rhythm" in sh.err


def test_undo_takes_back_each_action_and_keeps_the_history(sh, olena):
    call = sh.uuid("log", olena, "--channel", "phone", "--agreement", "Design by Friday")
    email = sh.uuid("summary", call, "--mark-sent")
    confirmation = sh.uuid("confirm", email, "--via", "viber")
    assert sh.queues() == {}

    assert sh.uuid("undo") == confirmation  # the confirmation goes to the Trash
    assert sh.queues() == {"unconfirmed_email": {email}}
    assert [v["change"] for v in sh.json("history", confirmation)] == ["delete"]
    assert sh.uuid("undo") == email  # the summary e-mail too
    assert sh.queues() == {"needs_summary": {call}}

    assert sh.uuid("done", call) == call
    assert sh.queues() == {}
    assert sh.uuid("undo") == call
    assert sh.queues() == {"needs_summary": {call}}

    assert sh.uuid("trash", call) == call
    assert sh.uuid("undo") == call
    assert sh.queues() == {"needs_summary": {call}}

    before = sh.state()
    sh("undo", status=1)
    assert "nothing to undo" in sh.err
    assert sh.state() == before

    from contacttracker.store import close, open_database
    from contacttracker.store.database import db

    open_database(sh.db)
    steps = db.execute_sql(
        "SELECT action, undone_at IS NOT NULL FROM undo_step ORDER BY id"
    ).fetchall()
    close()
    assert [tuple(s) for s in steps] == [
        ("mark_sent", True),
        ("confirm", True),
        ("done", True),
        ("trash", True),
    ], "every step stays in the journal, marked undone"


def test_bad_snoozes_exit_1_and_write_nothing(sh, olena):
    message = sh.uuid("log", olena, "--channel", "viber", "--in")
    before = sh.state()
    sh("snooze", message, "--until", "whenever", status=1)
    assert "--until: 'whenever' is not a time" in sh.err
    sh("snooze", message, "--until", "2020-01-01", status=1)
    assert "has passed" in sh.err
    sh("snooze", message, "--until", "+1d", "--queue", "needs_summary", status=1)
    sh("snooze", "Nobody", "--until", "+1d", status=1)
    sh("snooze", "ffffffff", "--until", "+1d", status=1)
    assert sh.state() == before


def test_settings_read_and_set_through_the_registry(sh, olena):
    listed = {s["key"]: s for s in sh.json("settings")}
    assert listed["response_hours"]["scope"] == "database"
    assert listed["author"]["scope"] == "person"
    assert "mail_accounts" not in listed and "window/geometry" not in listed
    assert sh("settings", "response_hours") == "3.0\n"

    assert sh("settings", "response_hours", "0.5") == ""  # quiet on success
    assert sh("settings", "csv_delimiter", "semicolon") == ""
    assert sh("settings", "author", "Марія") == ""
    assert sh("settings", "working_hours", "08:00-17:00") == ""
    assert sh("settings", "working_days", "1-4,6") == ""
    assert sh("settings", "response_hours") == "0.5\n"
    [row] = sh.json("settings", "csv_delimiter")
    assert row == {"key": "csv_delimiter", "value": "semicolon", "scope": "database"} | {
        "default": "comma"
    }
    call = sh.uuid("log", olena, "--channel", "phone")

    from contacttracker.store import close, open_database, settings
    from contacttracker.store.models import Conversation

    open_database(sh.db)
    assert settings.thresholds().response_hours == 0.5
    working = settings.working_hours()
    assert (working.start.hour, working.end.hour, working.days) == (8, 17, {1, 2, 3, 4, 6})
    assert Conversation.get(Conversation.uuid == call).author == "Марія"
    close()

    before = sh.state()
    for args in (
        ("response_hours", "0"),
        ("response_hours", "nan"),
        ("response_hours", "soon"),
        ("csv_delimiter", "pipe"),
        ("use_shared", "maybe"),
        ("mail_sync_minutes", "0"),
        ("home_country", "Ukraine"),
        ("working_hours", "9-5"),
        ("working_days", "mon-fri"),
        ("window/geometry", "x"),
        ("no_such_key", "1"),
    ):
        sh("settings", *args, status=1)
    assert sh.state() == before
    assert sh("settings", "response_hours") == "0.5\n"


def test_settings_list_is_the_list_the_help_speaks_of(sh):
    """`settings list` had answered "no setting 'list'"."""
    assert sh("settings", "list") == sh("settings")
    assert sh.json("settings", "list") == sh.json("settings")
    sh("settings", "list", "all", status=1)
    assert "settings list takes no value" in sh.err


def test_my_email_is_one_address_or_none(sh):
    """Any text had been kept, line breaks too, and went into the summary e-mail's From."""
    for wrong in ("not an address", "me@studio.ua\nBcc: all@example.com", "a@b@studio.ua"):
        sh("settings", "my_email", wrong, status=1)
        assert "is not an e-mail address" in sh.err
        assert sh("settings", "my_email") == "\n"
    assert sh("settings", "my_email", " me@studio.ua ") == ""
    assert sh("settings", "my_email") == "me@studio.ua\n"
    assert sh("settings", "my_email", "") == ""  # none at all is allowed
    assert sh("settings", "my_email") == "\n"


def test_a_bare_day_is_the_start_of_the_persons_working_day(sh, olena):
    assert sh("settings", "working_hours", "08:30-17:00") == ""
    call = sh.uuid("log", olena, "--channel", "phone", "--follow-up", "tomorrow")
    from contacttracker.store import close, open_database
    from contacttracker.store.models import Conversation

    open_database(sh.db)
    due = Conversation.get(Conversation.uuid == call).follow_up_due
    close()
    tomorrow = datetime.now(ZoneInfo(ZONE)).date() + timedelta(days=1)
    expected = datetime.combine(tomorrow, datetime.min.time().replace(hour=8, minute=30))
    assert due == expected.replace(tzinfo=ZoneInfo(ZONE)).astimezone(UTC).replace(tzinfo=None)
