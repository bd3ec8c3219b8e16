"""The mailbox sync against a floor: the same IMAP library fetching the same items from the
same local Dovecot, with nothing done with them.

A folder of 20,000 letters (10,000 from or to 200 clients, 10,000 from others) is appended
to a fresh mailbox. `mail_sync_ratio` is a first sync into an empty database (with the
clients) over the floor's login, select, SEARCH SINCE, the header items of every letter and
the whole of the clients' ones; `mail_resync_ratio` is a sync with nothing new over a bare
login, select and UID search.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

LETTERS = 20_000
CLIENTS = 200
PASSWORD = "bench-pass"
PARAGRAPH = (
    "Добрий день! Надсилаю оновлений макет головної сторінки та кошторис на другий етап. "
    "Прошу переглянути до п'ятниці й підтвердити, що все вірно. "
)


def _letters(me: str) -> tuple[list[bytes], set[int]]:
    """The folder's letters, and the UIDs (1-based, in order) of those with clients. Written
    from a template (the email package takes milliseconds a letter to build one)."""
    from email.header import Header

    now = datetime.now(UTC)
    body = (PARAGRAPH * 12).encode()
    out, clients = [], set()
    for n in range(LETTERS):
        with_client = n % 2 == 0
        peer = (
            f"client{n % CLIENTS}@firm{n % CLIENTS}.example"
            if with_client
            else f"news{n % 500}@shop{n % 50}.example"
        )
        sender, to = (me, peer) if with_client and n % 4 == 0 else (peer, me)
        subject = f"Макет, етап {n}" if with_client else f"Розсилка №{n}"
        head = (
            f"From: {sender}\r\nTo: {to}\r\nSubject: {Header(subject, 'utf-8').encode()}\r\n"
            f"Date: {format_datetime(now - timedelta(minutes=LETTERS - n))}\r\n"
            f"Message-ID: <bench{n}@{'firm' if with_client else 'shop'}.example>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
        )
        out.append(head.encode() + body + b"\r\n")
        if with_client:
            clients.add(n + 1)
    return out, clients


def measure_mail(work: Path, medians_in_turn, rounds: int = 3) -> dict[str, float]:
    """The figures; `medians_in_turn` is run.py's (both sides timed in turn)."""
    import shutil

    from contacttracker.domain.mail_account import Endpoint, make_account
    from contacttracker.io.mail_sync import ITEMS, sync_account
    from contacttracker.store import close, open_database
    from contacttracker.store.clients import ClientInput, add_clients
    from contacttracker.store.database import db
    from tests.helpers.dovecot import Dovecot

    folder = Path(tempfile.mkdtemp(prefix="ct-bench-dovecot-"))
    server = Dovecot(folder)
    me = "me@studio.example"
    server.add_user(me, PASSWORD)
    server.start()
    try:
        letters, client_uids = _letters(me)
        start = time.perf_counter()
        server.append(me, "INBOX", letters)
        print(f"  appended {LETTERS} letters in {time.perf_counter() - start:.1f} s", flush=True)
        account = make_account(
            "bench", [me], Endpoint.parse(f"127.0.0.1:{server.port}", "none", "imap")
        )
        since = date.today() - timedelta(days=account.since_days)

        def fresh_database(n: int) -> None:
            close()
            path = work / f"mail-{n}.db"
            open_database(str(path))
            with db.atomic():
                add_clients(
                    [
                        ClientInput(
                            name=f"Client {c}", channels=[("email", f"client{c}@firm{c}.example")]
                        )
                        for c in range(CLIENTS)
                    ]
                )

        def floor_first() -> None:
            imap = server.client(me)
            imap.list_folders()
            imap.select_folder("INBOX", readonly=True)
            uids = imap.search(["SINCE", since])
            for start in range(0, len(uids), 500):
                chunk = uids[start : start + 500]
                imap.fetch(chunk, ITEMS)
                wanted = [u for u in chunk if u in client_uids]
                imap.fetch(wanted, ["BODY.PEEK[]"])
            imap.select_folder("Sent", readonly=True)
            imap.search(["SINCE", since])
            imap.logout()

        ours_times, floor_times = [], []
        stored = 0
        for n in range(rounds):
            fresh_database(n)
            start = time.perf_counter()
            report = sync_account(account, PASSWORD)
            ours_times.append(time.perf_counter() - start)
            stored = report.stored
            start = time.perf_counter()
            floor_first()
            floor_times.append(time.perf_counter() - start)
        if stored != LETTERS // 2:
            raise RuntimeError(f"the sync stored {stored} letters, not {LETTERS // 2}")
        ours, floor = statistics.median(ours_times), statistics.median(floor_times)

        def resync() -> None:
            report = sync_account(account, PASSWORD)
            assert report.stored == 0 and report.others == 0

        def floor_again() -> None:
            imap = server.client(me)
            imap.select_folder("INBOX", readonly=True)
            imap.search(["UID", f"{LETTERS + 1}:*"])
            imap.logout()

        again, bare = medians_in_turn(resync, floor_again, runs=15)
        close()
        return {
            "mail_sync_s": ours,
            "mail_sync_floor_s": floor,
            "mail_sync_ratio": ours / floor,
            "mail_resync_ms": again,
            "mail_resync_floor_ms": bare,
            "mail_resync_ratio": again / bare,
        }
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
