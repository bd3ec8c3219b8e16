import pytest

from contacttracker.store import stats
from contacttracker.store.conversations import (
    ConversationInput,
    delete_conversation,
    update_conversation,
)
from contacttracker.store.search import fts_query, search

pytestmark = pytest.mark.backends


def test_search_follows_insert_update_delete(client_factory, log, now):
    client = client_factory()
    call = log(
        client,
        "phone",
        "out",
        now,
        subject="Кошторис",
        summary="Обговорили логотип",
        agreements="Оплата до п'ятниці",
    )
    assert [h.conversation for h in search("логотип")] == [call.uuid]
    assert [h.conversation for h in search("п'ятниці")] == [call.uuid]
    assert [h.conversation for h in search("лого")] == [call.uuid], "prefix match"
    assert "[Кошторис]" in search("кошторис")[0].bracketed()
    update_conversation(
        call.id,
        ConversationInput(
            client_id=client.id,
            channel="phone",
            direction="out",
            occurred_at=now,
            subject="Кошторис",
            summary="Обговорили вебсайт",
        ),
    )
    assert search("логотип") == []
    assert len(search("вебсайт")) == 1
    delete_conversation(call.id)
    assert search("вебсайт") == []


def test_search_is_case_and_accent_insensitive(client_factory, log, now):
    client = client_factory()
    log(client, "email", "out", now, summary="Café MENU redesign")
    assert len(search("cafe menu")) == 1
    assert fts_query('"AND" NEAR(x') == '"AND"* "NEAR"* "x"*'
    assert search("") == [] and search("!!!") == []


def test_channel_shares_count_the_cards_of_active_clients(client_factory, log, now):
    assert stats.channel_shares() == (0, [])
    client_factory(name="A", channels=[("email", "a@x.ua"), ("viber", "+380671234567")])
    client_factory(name="B", channels=[("email", "b@x.ua")])
    client_factory(name="C", channels=[("phone", "+380501234567")])
    total, shares = stats.channel_shares()
    assert total == 3
    assert {s.channel: (s.clients, round(s.share, 3)) for s in shares} == {
        "email": (2, 0.667),
        "viber": (1, 0.333),
        "phone": (1, 0.333),
    }


def test_client_filter_finds_substrings_of_any_length(client_factory):
    from contacttracker.store.browse import client_page
    from contacttracker.store.clients import ClientInput, save_client

    a = client_factory(name="Олена Коваленко", tags="vip")
    client_factory(name="Emily Carter", channels=[("telegram", "@emily_c")])
    archived = client_factory(name="Олег Архівний", channels=[("email", "oleg@example.com")])
    save_client(
        ClientInput(name="Олег Архівний", archived=True, channels=[("email", "oleg@example.com")]),
        archived.id,
    )

    def names(text, **kw):
        return [r.name for r in client_page(text, **kw)]

    assert names("аленк") == ["Олена Коваленко"], "substring inside a word"
    assert names("ко") == ["Олена Коваленко"], "short words too"
    assert names("ОЛЕНА vip") == ["Олена Коваленко"], "every word must match"
    assert names("380671234567") == ["Олена Коваленко"], "handles, as stored"
    assert names("067 123") == ["Олена Коваленко"], "handles, as typed"
    assert names('"quoted') == []
    assert names("оле") == ["Олена Коваленко"]
    assert names("оле", archived=True) == ["Олег Архівний", "Олена Коваленко"]
    save_client(ClientInput(name="Олена Шевчук", channels=[("email", "o@example.com")]), a.id)
    assert names("аленк") == [], "the index follows edits"


def test_the_client_filter_is_planned_for_each_word_typed(db_path, client_factory, backend):
    """One letter and a whole surname want different plans: on PostgreSQL the filter's
    statement is never prepared (a prepared one settles on one plan for every word)."""
    from contacttracker.store import browse
    from contacttracker.store.database import db

    client_factory(name="Олена Коваленко")
    client_factory(name="Кирило Бондар")
    client_factory(name="Emily Carter")
    for _ in range(8):  # more than psycopg's five runs before it prepares a statement
        assert [c.name for c in browse.client_page("к")] == ["Кирило Бондар", "Олена Коваленко"]
        assert [c.name for c in browse.client_page("коваленко")] == ["Олена Коваленко"]
    if backend == "postgresql":
        prepared = db.execute_sql("SELECT statement FROM pg_prepared_statements").fetchall()
        assert not [s for (s,) in prepared if "search_text LIKE" in s], prepared
