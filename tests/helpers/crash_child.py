"""A child process for the crash-safety test: it is killed with SIGKILL at random moments.

crash_child.py DB import FILE      import one CSV file
crash_child.py DB log CLIENT_ID    log conversations one by one, printing each UUID
                                   only after its save returned
"""

import sys
from datetime import UTC, datetime

from contacttracker.store import open_database


def main() -> None:
    db, mode, arg = sys.argv[1:4]
    open_database(db)
    if mode == "import":
        from contacttracker.io.csv_import import import_file

        import_file(arg)
        print("imported", flush=True)
        return
    from contacttracker.store.conversations import ConversationInput, log_conversation

    n = 0
    while True:
        n += 1
        conv = log_conversation(
            ConversationInput(
                client_id=int(arg),
                channel="email" if n % 2 else "viber",
                direction="out" if n % 3 else "in",
                occurred_at=datetime.now(UTC),
                subject=f"Лист {n}",
                summary="Обговорили кошторис " * 5,
            )
        )
        print(conv.uuid, flush=True)


if __name__ == "__main__":
    main()
