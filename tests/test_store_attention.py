"""The attention queues, driven through the same writes the window and importers make."""

import random
import re
from datetime import timedelta

import pytest

from contacttracker.domain import rules
from contacttracker.domain.queues import QUEUES
from contacttracker.domain.rules import IN, OUT, Links, Record
from contacttracker.store import attention, dialect, flags
from contacttracker.store.conversations import (
    delete_conversation,
    mark_done,
    record_confirmation,
)
from contacttracker.store.database import db
from contacttracker.store.models import Conversation
from contacttracker.store.settings import catalogue
from contacttracker.store.timeutil import from_db, to_db_text

pytestmark = pytest.mark.backends


def uuids(queue, now):
    return [i.conversation for i in attention.items(queue, now)]


def test_email_waits_for_confirmation_until_confirmed_by_viber(client_factory, log, now):
    client = client_factory()
    email = log(client, "email", OUT, now - timedelta(hours=30), subject="Кошторис")
    [item] = attention.items("unconfirmed_email", now)
    assert item.conversation == email.uuid and item.overdue
    assert item.next_step.step is rules.Step.CONFIRM and item.next_step.channel == "viber"
    confirmation = record_confirmation(email.id, "viber", now - timedelta(hours=1))
    assert uuids("unconfirmed_email", now) == []
    assert Conversation.get_by_id(email.id).confirmed_at is not None
    assert uuids("awaiting_reply", now) == [], "a confirmation needs no answer"
    delete_conversation(confirmation.id)
    assert uuids("unconfirmed_email", now) == [email.uuid], "trashing it reopens the e-mail"


def test_email_reply_from_client_confirms(client_factory, log, now):
    client = client_factory()
    email = log(client, "email", OUT, now - timedelta(hours=3))
    log(client, "email", IN, now - timedelta(hours=1), replies_to_id=email.id)
    assert uuids("unconfirmed_email", now) == []


def test_call_with_agreements_waits_for_its_summary_email(client_factory, log, now):
    client = client_factory()
    call = log(client, "phone", OUT, now - timedelta(hours=4), agreements="Запуск 15 числа")
    log(client, "phone", OUT, now - timedelta(hours=3), agreements="")
    assert uuids("needs_summary", now) == [call.uuid]
    summary = log(client, "email", OUT, now - timedelta(hours=2), summarizes_id=call.id)
    assert uuids("needs_summary", now) == []
    assert uuids("unconfirmed_email", now) == [summary.uuid]


def test_incoming_message_waits_for_any_later_outgoing(client_factory, log, now):
    client = client_factory(response_hours=1.0)
    other = client_factory(name="Emily Carter", channels=[("email", "emily@example.com")])
    msg = log(client, "telegram", IN, now - timedelta(hours=2))
    log(other, "email", OUT, now - timedelta(hours=1))
    [item] = attention.items("awaiting_reply", now)
    assert item.conversation == msg.uuid and item.overdue, "client expects 1 h"
    log(client, "phone", OUT, now - timedelta(minutes=30))
    assert uuids("awaiting_reply", now) == []
    assert Conversation.get_by_id(msg.id).answered_at is not None


def test_follow_ups_and_done(client_factory, log, now):
    client = client_factory()
    due = log(
        client, "meeting", OUT, now - timedelta(days=3), follow_up_due=now - timedelta(days=1)
    )
    log(client, "meeting", OUT, now - timedelta(days=3), follow_up_due=now + timedelta(days=1))
    assert uuids("follow_up", now) == [due.uuid]
    mark_done(due.id, "follow_up")
    assert uuids("follow_up", now) == []
    msg = log(client, "viber", IN, now - timedelta(hours=1))
    mark_done(msg.id, "awaiting_reply")
    assert uuids("awaiting_reply", now) == []
    with pytest.raises(ValueError):
        mark_done(msg.id, "losing_touch")


def test_losing_touch_puts_the_longest_silence_first(clock, client_factory, log, now):
    """A weekly client quiet for two months has been due longer than a quarterly one
    quiet for four, but the four months' silence is the one to break first."""
    clock.moment = now - timedelta(days=200)  # never contacted since added 200 days ago
    never = client_factory(name="Ніколи", channels=[], keep_in_touch_days=60)
    clock.moment = now
    weekly = client_factory(name="Щотижня", channels=[], keep_in_touch_days=7)
    quarterly = client_factory(name="Щокварталу", channels=[], keep_in_touch_days=90)
    monthly = client_factory(name="Щомісяця", channels=[], keep_in_touch_days=30)
    log(weekly, "email", IN, now - timedelta(days=60))
    log(quarterly, "email", IN, now - timedelta(days=120))
    log(monthly, "email", IN, now - timedelta(days=40))
    items = attention.items("losing_touch", now)
    assert [i.client_id for i in items] == [never.id, quarterly.id, weekly.id, monthly.id]
    assert [round(i.age_hours / 24) for i in items[1:]] == [120, 60, 40]


def test_a_clients_open_items_count_their_due_follow_ups(client_factory, log, now):
    from contacttracker.store import browse

    olena = client_factory(name="Олена")
    log(olena, "email", IN, now - timedelta(hours=2))  # awaits our reply
    log(olena, "phone", OUT, now - timedelta(days=3), follow_up_due=now - timedelta(hours=1))
    log(olena, "phone", OUT, now - timedelta(days=3), follow_up_due=now + timedelta(days=2))
    taras = client_factory(name="Тарас", channels=[])
    log(taras, "email", IN, now - timedelta(hours=2))
    assert browse.open_items(olena.id, now) == 2, "the reply owed and the follow-up due"
    page = browse.client_page(sort="open_items", now=now)
    assert [(r.name, r.open_items) for r in page] == [("Олена", 2), ("Тарас", 1)]
    later = now + timedelta(days=3)  # the second follow-up's day has come too
    assert [r.open_items for r in browse.client_page(sort="open_items", now=later)] == [3, 1]
    in_queues = sum(1 for q in QUEUES for i in attention.items(q, now) if i.client_id == olena.id)
    assert in_queues == browse.open_items(olena.id, now)


def test_losing_touch_and_archived_clients(clock, client_factory, log, now):
    clock.moment = now  # the clients are added now
    quiet = client_factory(name="Тихий", keep_in_touch_days=14)
    fresh = client_factory(name="Свіжий", keep_in_touch_days=14)
    never = client_factory(name="Новий", keep_in_touch_days=30)
    client_factory(name="Без ритму")
    old = log(quiet, "email", IN, now - timedelta(days=20))
    log(fresh, "email", IN, now - timedelta(days=2))
    items = attention.items("losing_touch", now)
    assert [i.client for i in items] == ["Тихий"], "a new client counts from when added"
    assert items[0].conversation == old.uuid
    later = now + timedelta(days=31)
    assert [i.client for i in attention.items("losing_touch", later)] == [
        "Новий",  # never contacted: the longest silence
        "Тихий",
        "Свіжий",
    ]
    from contacttracker.store.clients import ClientInput, save_client

    save_client(ClientInput(name="Тихий", keep_in_touch_days=14, archived=True), quiet.id)
    assert [i.client for i in attention.items("losing_touch", later)] == ["Новий", "Свіжий"]
    assert never.id


def test_urgent_unconfirmed_email_escalates(client_factory, log, now):
    client = client_factory()
    log(client, "email", OUT, now - timedelta(hours=3), urgent=True)
    [item] = attention.items("unconfirmed_email", now)
    assert item.next_step.step is rules.Step.DUPLICATE_IN_MESSENGER
    log(client, "viber", OUT, now - timedelta(hours=2))
    [item] = attention.items("unconfirmed_email", now)
    assert item.next_step.step is rules.Step.CALL


def test_queues_are_oldest_first(client_factory, log, now):
    client = client_factory()
    times = [now - timedelta(hours=h) for h in (5, 50, 20)]
    for t in times:
        log(client, "email", OUT, t)
    got = [i.occurred_at for i in attention.items("unconfirmed_email", now)]
    assert got == sorted(times)
    assert attention.counts(now)["unconfirmed_email"] == 3


def plan_of(sql, params):
    """The query plan's lines. On PostgreSQL with sequential scans ruled out: on a table this
    small the planner reads the table anyway, but an index that serves must be there."""
    if dialect.is_pg():
        with db.atomic():
            db.execute_sql("SET LOCAL enable_seqscan = off")
            return [r[0] for r in db.execute_sql("EXPLAIN " + sql, params)]
    return [r[3] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]


def test_no_queue_scans_the_conversation_table(db_path, now):
    from contacttracker.store import demo

    demo.build(30, 300, seed=3, now=now)
    db.execute_sql("ANALYZE")
    for queue in attention.QUEUE_SQL:
        for sql in (attention.queue_statement(queue, 100), attention.queue_statement(queue, None)):
            plan = plan_of(sql, attention._params(queue, now))
            if dialect.is_pg():
                assert any("queue_" in p for p in plan), (queue, plan)
                assert not any("Seq Scan on conversation" in p for p in plan), (queue, plan)
                continue
            assert any("USING INDEX queue_" in p for p in plan), (queue, plan)
            for line in plan:
                assert not re.match(r"SCAN (c|conversation)\b", line), (queue, plan)
                assert "TEMP B-TREE" not in line, (queue, plan)


def test_the_snoozed_count_reads_the_snooze_index_with_no_snoozed_row(db_path, now):
    """With nothing snoozed when the statistics were taken, the count of snoozed items must
    still read the small index, not every client's conversations."""
    from contacttracker.store import demo

    demo.build(30, 300, seed=3, now=now)
    db.execute_sql("ANALYZE")
    params = (to_db_text(now),) * (attention._HIDDEN_PARAMS + 1)
    plan = plan_of(attention._SNOOZED_COUNTS, params)
    assert any("conversation_snoozed" in p for p in plan), plan


def _domain_view(now):
    """Every conversation's rule state worked out by the Python rules, one record at a time."""
    cat = catalogue()
    rows = list(Conversation.select().where(Conversation.deleted_at.is_null()))

    def rec(c):
        return Record(
            c.channel,
            c.direction,
            from_db(c.occurred_at),
            c.agreements,
            dismissed=c.dismissed,
            is_confirmation=c.confirms_id is not None,
        )

    state = {}
    for c in rows:
        links = Links(
            confirmations=[rec(x) for x in rows if x.confirms_id == c.id],
            replies=[rec(x) for x in rows if x.replies_to_id == c.id],
            summaries=[rec(x) for x in rows if x.summarizes_id == c.id],
        )
        later = [rec(x) for x in rows if x.client_id == c.client_id and x.direction == OUT]
        open_ = (rules.State.PENDING, rules.State.OVERDUE)
        state[c.id] = (
            rules.confirmation_state(rec(c), links, now) in open_,
            rules.summary_state(rec(c), links, now, cat) in open_,
            rules.reply_state(rec(c), later, now, cat) in open_,
        )
    return state


def _stored_view():
    return {
        r[0]: (bool(r[1]), bool(r[2]), bool(r[3]))
        for r in db.execute_sql(
            "SELECT id, awaiting_confirmation, awaiting_summary, awaiting_reply"
            " FROM conversation WHERE deleted_at IS NULL"
        )
    }


def test_sql_rules_agree_with_the_python_rules_on_random_histories(client_factory, log, now):
    rnd = random.Random(7)
    clients = [client_factory(name=f"C{i}") for i in range(4)]
    logged = []
    channels = ["email", "viber", "phone", "meeting", "telegram", "sms"]
    for _ in range(120):
        client = rnd.choice(clients)
        mine = [c for c in logged if c.client_id == client.id]
        kw = {}
        if mine and rnd.random() < 0.4:
            target = rnd.choice(mine)
            kw[rnd.choice(["confirms_id", "summarizes_id", "replies_to_id"])] = target.id
        conv = log(
            client,
            rnd.choice(channels),
            rnd.choice([IN, OUT]),
            now - timedelta(minutes=rnd.randint(0, 20000)),
            agreements=rnd.choice(["", "", "Оплата до п'ятниці"]),
            **kw,
        )
        logged.append(conv)
        if rnd.random() < 0.05:
            delete_conversation(rnd.choice(logged).id)
        if rnd.random() < 0.05:  # closed by hand ("Done") in one of the flagged queues
            mark_done(rnd.choice(logged).id, rnd.choice(QUEUES[:3]))
    assert _stored_view() == _domain_view(now)
    flags.refresh(None, catalogue())
    assert _stored_view() == _domain_view(now)


def test_demo_generator_state_matches_the_rules(db_path, now):
    from contacttracker.store import demo

    demo.build(25, 400, seed=11, now=now)
    before = _stored_view()
    assert before == _domain_view(now)
    flags.refresh(None, catalogue())
    assert _stored_view() == before
    counts = attention.counts(now)
    assert all(counts[q] > 0 for q in QUEUES), counts


def test_client_rollups_agree_with_the_rules(db_path, now):
    from contacttracker.store import demo
    from contacttracker.store.models import Client

    demo.build(40, 500, seed=4, now=now)
    losing = {i.client_id for i in attention.items("losing_touch", now)}
    expected = set()
    for client in Client.select():
        open_items = (
            Conversation.select()
            .where(
                (Conversation.client == client)
                & (
                    (Conversation.awaiting_confirmation == True)  # noqa: E712
                    | (Conversation.awaiting_summary == True)  # noqa: E712
                    | (Conversation.awaiting_reply == True)  # noqa: E712
                )
            )
            .count()
        )
        assert client.open_items == open_items
        if not client.archived and rules.losing_touch(
            from_db(client.last_contact_at),
            client.keep_in_touch_days,
            now,
            from_db(client.created_at),
        ):
            expected.add(client.id)
    assert losing == expected and losing
    plan = plan_of(attention.LOSING_TOUCH_SQL, ("2026-01-01 00:00:00",))
    assert any("client_touch_due" in p for p in plan), plan


def test_fast_counts_equal_the_queues(db_path, now):
    from contacttracker.store import demo
    from contacttracker.store.clients import ClientInput, save_client
    from contacttracker.store.models import Client

    demo.build(30, 600, seed=12, now=now)
    for client in list(Client.select().limit(4)):
        save_client(ClientInput(name=client.name, archived=True), client.id)
    oldest = Client.select().where(Client.archived == 0).order_by(Client.last_contact_at)
    for client in list(oldest.limit(3)):
        save_client(ClientInput(name=client.name, keep_in_touch_days=1), client.id)
    losing = [i.client_id for i in attention.items("losing_touch", now)]
    assert len(losing) >= 2, "clients to lose touch with"
    save_client(
        ClientInput(name="Archived while due", archived=True, keep_in_touch_days=1), losing[0]
    )
    due = Conversation.select().where(
        Conversation.follow_up_due.is_null(False),
        Conversation.follow_up_done == 0,
        Conversation.follow_up_due <= now.strftime("%Y-%m-%d %H:%M:%S"),
    )
    trashed = list(due.limit(3))
    assert len(trashed) == 3, "the sample has due follow-ups to put in the Trash"
    for conv in trashed:
        delete_conversation(conv.id)
    expected = {q: len(attention.items(q, now)) for q in QUEUES}
    assert attention.counts(now) == expected
    assert {q: attention.count(q, now) for q in QUEUES} == expected


def test_the_queues_one_conversation_waits_in(client_factory, log, now):
    """`waiting` reads one conversation's items, queue by queue, as the lists show them."""
    quiet = client_factory(keep_in_touch_days=7)
    email = log(quiet, "email", OUT, now - timedelta(days=9), follow_up_due=now - timedelta(days=2))
    other = log(quiet, "email", OUT, now - timedelta(days=10))
    got = attention.waiting(email.id, now)
    assert [i.queue for i in got] == ["unconfirmed_email", "follow_up", "losing_touch"]
    listed = {q: attention.items(q, now) for q in QUEUES}
    for item in got:
        assert item in listed[item.queue]
    assert [i.queue for i in attention.waiting(other.id, now)] == ["unconfirmed_email"]
    mark_done(email.id, "follow_up")
    assert [i.queue for i in attention.waiting(email.id, now)] == [
        "unconfirmed_email",
        "losing_touch",
    ]
