"""A large conversations CSV in the app's own export format, to measure an import's memory.

    uv run python tests/benchmarks/big_csv.py FOLDER [--mb 200] [--clients 50]

Writes FOLDER/clients.csv and FOLDER/conversations.csv: about ``--mb`` megabytes of
conversations onto a few clients, half of them incoming, with Ukrainian subjects and
summaries, replies and confirmations linked to the rows before them, in time order as an
export writes them. Then, on an empty database:

    contacttracker --db X.db import FOLDER/clients.csv
    /usr/bin/time -v contacttracker --db X.db import FOLDER/conversations.csv
"""

from __future__ import annotations

import argparse
import csv
import random
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from contacttracker.io.export import CLIENT_COLUMNS, CONVERSATION_COLUMNS

NAMES = ["Олена", "Тарас", "Ганна", "Богдан", "Ірина", "Максим", "Соломія", "Андрій"]
SURNAMES = ["Коваленко", "Шевчук", "Бондаренко", "Ткаченко", "Кравчук", "Олійник"]
SUBJECTS = [
    "Узгодження макета головної сторінки",
    "Рахунок за листопад і акт виконаних робіт",
    "Питання щодо термінів другого етапу",
    "Правки до договору, розділ четвертий",
    "Зустріч у четвер: порядок денний",
]
SUMMARIES = [
    "Перенесли здачу на тиждень, тексти до п'ятниці.",
    "Просить кошторис на мобільну версію.",
    "Обговорили кольори; чекаємо рішення керівника.",
    "Надіслали рахунок; оплата після перевірки акта.",
]
#: (channel, direction) in turn: half incoming, the outgoing ones answering them.
PATTERN = [("email", "in"), ("email", "out"), ("telegram", "in"), ("phone", "out")]


def build(folder: Path, megabytes: int = 200, clients: int = 50, seed: int = 20) -> int:
    """Write the two files; returns the number of conversation rows."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    people = []
    with open(folder / "clients.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(CLIENT_COLUMNS)
        for i in range(clients):
            key = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
            name = f"{rnd.choice(NAMES)} {rnd.choice(SURNAMES)} {i}"
            people.append((key, name))
            row = dict.fromkeys(CLIENT_COLUMNS, "") | {
                "uuid": key,
                "name": name,
                "language": "uk",
                "archived": "0",
                "channels": f"email: client{i}@example.com\ntelegram: @client{i}",
            }
            w.writerow([row[c] for c in CLIENT_COLUMNS])
    limit = megabytes * 1_000_000
    at = datetime(2020, 1, 1, tzinfo=UTC)
    last_in: dict[str, str] = {}  # client → its latest incoming e-mail, for replies
    rows = 0
    with open(folder / "conversations.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(CONVERSATION_COLUMNS)
        while fh.tell() < limit:
            key, name = people[rnd.randrange(clients)]
            channel, direction = PATTERN[rows % len(PATTERN)]
            at += timedelta(seconds=rnd.randrange(30, 300))
            me = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
            row = dict.fromkeys(CONVERSATION_COLUMNS, "") | {
                "uuid": me,
                "client_uuid": key,
                "client": name,
                "channel": channel,
                "direction": direction,
                "occurred_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "subject": f"{rnd.choice(SUBJECTS)} №{rows}",
                "summary": rnd.choice(SUMMARIES),
                "urgent": "0",
                "follow_up_done": "0",
            }
            if channel == "phone":
                row["duration_min"] = str(rnd.randrange(5, 60))
            if channel == "email" and direction == "in":
                last_in[key] = me
            elif channel == "email" and key in last_in:
                row["replies_to"] = last_in.pop(key)
            w.writerow([row[c] for c in CONVERSATION_COLUMNS])
            rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    args = parser.parse_args()
    rows = build(args.folder, args.mb, args.clients)
    size = (args.folder / "conversations.csv").stat().st_size
    print(f"{rows:,} conversations, {size:,} bytes, onto {args.clients} clients")


if __name__ == "__main__":
    main()
