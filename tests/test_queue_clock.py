"""Queues that move with the clock: the window judges its items again when the next one
crosses a threshold, with no key pressed (a controlled clock: nothing waits on the wall)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from contacttracker.domain.deadlines import deadline, in_english
from contacttracker.ui.main_window import CLOCK_CAP_MS

KYIV = ZoneInfo("Europe/Kyiv")


def tick(window) -> None:
    """What the window's clock timer does when it fires."""
    assert window._clock.isActive(), "the clock timer is always aimed somewhere"
    window._clock.timeout.emit()


def test_a_reply_turns_overdue_at_the_clients_response_time(clock, window, client_factory, log):
    """The new user's case: a 6-minute response time, seven minutes later, no F5."""
    client = client_factory(response_hours=0.1)
    log(client, "telegram", "in", clock.now(), subject="Коли макет?")
    window.refresh()
    window.show_section("awaiting_reply")
    model = window.attention.model
    [item] = model.items
    assert not item.overdue
    assert model.index(0, 1).data().endswith("· 6 min left")
    assert model.index(0, 1).data().startswith("reply by ")
    assert window._clock.interval() == CLOCK_CAP_MS, "six minutes ahead: a minute at most"
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    clock.advance(minutes=3)
    tick(window)
    assert model.index(0, 1).data().endswith("· 3 min left"), "the time left moves too"
    assert not model.items[0].overdue

    clock.advance(minutes=4)
    tick(window)
    [item] = model.items
    assert item.overdue
    assert model.index(0, 0).data() == "●"
    assert model.index(0, 1).data() == "overdue by 1 min"
    assert resets == [], "judged again in place: nothing read, the selection kept"


def test_the_timer_is_aimed_at_the_nearest_deadline(clock, window, client_factory, log):
    client = client_factory(response_hours=0.1)
    log(client, "telegram", "in", clock.now() - timedelta(minutes=5, seconds=30))
    window.refresh()
    window.show_section("awaiting_reply")
    # 30 s left, and a second past it (stored times have whole seconds).
    assert window._clock.interval() == 31_000
    clock.advance(seconds=31)
    tick(window)
    assert window.attention.model.items[0].overdue
    assert window._clock.interval() == CLOCK_CAP_MS, "nothing ahead: a minute"


def test_a_follow_up_enters_its_queue_when_it_falls_due(clock, window, client_factory, log):
    client = client_factory()
    log(
        client,
        "phone",
        "out",
        clock.now() - timedelta(days=1),
        follow_up_due=clock.now() + timedelta(seconds=40),
    )
    window.refresh()
    assert window.counts["follow_up"] == 0
    assert window._clock.interval() == 41_000, "aimed at the follow-up"
    clock.advance(seconds=41)
    tick(window)
    assert window.counts["follow_up"] == 1
    assert "(1)" in window.queue_items["follow_up"].text()
    window.show_section("follow_up")
    assert window.attention.model.index(0, 1).data() == "follow up today"


def test_a_snooze_ending_brings_the_item_back(clock, window, client_factory, log):
    from contacttracker.store import snooze

    client = client_factory()
    message = log(client, "viber", "in", clock.now() - timedelta(hours=1))
    snooze.snooze_conversation(message.id, clock.now() + timedelta(seconds=20))
    window.refresh()
    assert window.counts["awaiting_reply"] == 0
    assert window._clock.interval() == 21_000
    clock.advance(seconds=21)
    tick(window)
    assert window.counts["awaiting_reply"] == 1


@pytest.mark.parametrize(
    ("queue", "due", "overdue", "words"),
    [
        (
            "awaiting_reply",
            datetime(2026, 12, 1, 12, 30, tzinfo=UTC),
            False,
            "reply by 14:30 · 25 min left",
        ),
        ("awaiting_reply", datetime(2026, 12, 1, 10, 5, tzinfo=UTC), True, "overdue by 2 h"),
        (
            "unconfirmed_email",
            datetime(2026, 12, 2, 13, 0, tzinfo=UTC),
            False,
            "confirm by 2026-12-02 15:00 · 25 h left",
        ),
        ("losing_touch", datetime(2026, 11, 28, 12, 0, tzinfo=UTC), True, "overdue by 3 days"),
        ("follow_up", datetime(2026, 12, 2, 11, 0, tzinfo=UTC), False, "follow up today"),
        (
            "follow_up",
            datetime(2026, 12, 1, 14, 0, tzinfo=UTC),
            False,
            "follow up by 16:00 · 2 h left",
        ),
        ("needs_summary", None, False, None),
    ],
)
def test_the_deadline_in_words(queue, due, overdue, words):
    now = datetime(2026, 12, 1, 12, 5, tzinfo=UTC)  # 14:05 in Kyiv
    said = deadline(queue, due, overdue, now, KYIV)
    assert (said and in_english(said, KYIV)) == words


def test_today_moves_with_the_clock_too(clock, window, client_factory, log):
    client = client_factory(response_hours=0.1)
    log(client, "telegram", "in", clock.now(), subject="Коли макет?")
    window.refresh()
    window.show_section("today")
    model = window.today.model
    [row] = [r for r in range(model.rowCount()) if model.item(r)]
    assert model.index(row, 1).data().startswith("reply by ")
    clock.advance(minutes=7)
    tick(window)
    [row] = [r for r in range(model.rowCount()) if model.item(r)]
    assert model.item(row).overdue and model.index(row, 1).data() == "overdue by 1 min"


def test_a_new_client_on_a_rhythm_slips_a_rhythm_after_being_added(clock, window, client_factory):
    """Saved today with a 7-day rhythm and no conversation: not losing touch at once; the
    window moves it there when the seven days run out, with no key pressed."""
    client_factory(name="Нова клієнтка", keep_in_touch_days=7)
    window.refresh()
    assert window.counts["losing_touch"] == 0
    clock.advance(days=7)
    tick(window)
    assert window.counts["losing_touch"] == 0
    clock.advance(seconds=2)
    tick(window)
    assert window.counts["losing_touch"] == 1
    window.show_section("losing_touch")
    assert window.attention.model.index(0, 1).data() == "overdue by 1 min"


def test_an_urgent_emails_next_step_escalates_on_time(clock, window, client_factory, log):
    """Rule 5 with the clock: an hour after an urgent e-mail the next step is to duplicate
    it in the client's messenger, with no key pressed."""
    from contacttracker.domain.rules import Step

    client = client_factory()
    log(client, "email", "out", clock.now(), subject="Терміново: договір", urgent=True)
    window.refresh()
    window.show_section("unconfirmed_email")
    model = window.attention.model
    assert model.items[0].next_step.step is not Step.DUPLICATE_IN_MESSENGER
    clock.advance(minutes=59, seconds=30)
    tick(window)
    assert model.items[0].next_step.step is not Step.DUPLICATE_IN_MESSENGER
    assert window._clock.interval() == 31_000, "aimed at the escalation"
    clock.advance(seconds=31)
    tick(window)
    assert model.items[0].next_step.step is Step.DUPLICATE_IN_MESSENGER
