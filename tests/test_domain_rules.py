from datetime import timedelta

from contacttracker.domain.channels import Catalogue
from contacttracker.domain.clock import age_in_words, within_hours
from contacttracker.domain.rules import (
    IN,
    OUT,
    Links,
    Record,
    State,
    Step,
    confirmation_channel,
    confirmation_state,
    follow_up_state,
    losing_touch,
    next_escalation_step,
    reply_state,
    summary_state,
)
from contacttracker.domain.thresholds import Thresholds

CAT = Catalogue()
CHANNELS = [("email", "a@b.ua"), ("viber", "+380671234567"), ("phone", "+380671234567")]


def test_email_confirmation_pending_overdue_confirmed(now):
    sent = Record("email", OUT, now - timedelta(hours=5))
    assert confirmation_state(sent, Links(), now) is State.PENDING
    old = Record("email", OUT, now - timedelta(hours=25))
    assert confirmation_state(old, Links(), now) is State.OVERDUE
    assert confirmation_state(old, Links(), now, Thresholds(confirm_overdue_hours=48)) is (
        State.PENDING
    )
    by_viber = Links(confirmations=[Record("viber", IN, now)])
    assert confirmation_state(old, by_viber, now) is State.DONE
    by_reply = Links(replies=[Record("email", IN, now)])
    assert confirmation_state(old, by_reply, now) is State.DONE
    our_own_reply = Links(replies=[Record("email", OUT, now)])
    assert confirmation_state(old, our_own_reply, now) is State.OVERDUE
    assert confirmation_state(Record("email", IN, now), Links(), now) is State.NOT_APPLICABLE
    assert confirmation_state(Record("viber", OUT, now), Links(), now) is State.NOT_APPLICABLE


def test_spoken_agreement_needs_a_summary_email(now):
    call = Record("phone", OUT, now - timedelta(hours=2), agreements="Launch on the 15th")
    assert summary_state(call, Links(), now, CAT) is State.PENDING
    assert summary_state(call, Links(), now + timedelta(days=2), CAT) is State.OVERDUE
    written_up = Links(summaries=[Record("email", OUT, now)])
    assert summary_state(call, written_up, now, CAT) is State.DONE
    no_agreements = Record("meeting", IN, now, agreements="  ")
    assert summary_state(no_agreements, Links(), now, CAT) is State.NOT_APPLICABLE
    chat = Record("viber", IN, now, agreements="something")
    assert summary_state(chat, Links(), now, CAT) is State.NOT_APPLICABLE


def test_incoming_message_awaits_reply_against_response_time(now):
    msg = Record("telegram", IN, now - timedelta(hours=2))
    assert reply_state(msg, [], now, CAT) is State.PENDING
    assert reply_state(msg, [], now, CAT, response_hours=1) is State.OVERDUE
    assert reply_state(msg, [], now + timedelta(hours=2), CAT) is State.OVERDUE
    answered = [Record("phone", OUT, now - timedelta(hours=1))]
    assert reply_state(msg, answered, now, CAT) is State.DONE
    earlier = [Record("phone", OUT, now - timedelta(hours=3))]
    assert reply_state(msg, earlier, now, CAT) is State.PENDING
    call = Record("phone", IN, now)
    assert reply_state(call, [], now, CAT) is State.NOT_APPLICABLE
    confirmation = Record("viber", IN, now, is_confirmation=True)
    assert reply_state(confirmation, [], now, CAT) is State.NOT_APPLICABLE
    dismissed = Record("telegram", IN, now, dismissed="awaiting_reply")
    assert reply_state(dismissed, [], now, CAT) is State.DONE


def test_follow_up_and_losing_touch(now):
    due = Record("email", OUT, now - timedelta(days=3), follow_up_due=now - timedelta(hours=1))
    assert follow_up_state(due, now) is State.PENDING, "due on its day, not overdue yet"
    assert follow_up_state(due, now + timedelta(hours=22, minutes=59)) is State.PENDING
    assert follow_up_state(due, now + timedelta(hours=23)) is State.OVERDUE, "a full day on"
    later = Record("email", OUT, now, follow_up_due=now + timedelta(days=1))
    assert follow_up_state(later, now) is State.SCHEDULED
    done = Record("email", OUT, now, follow_up_due=now, follow_up_done=True)
    assert follow_up_state(done, now) is State.DONE
    assert follow_up_state(Record("email", OUT, now), now) is State.NOT_APPLICABLE
    assert losing_touch(now - timedelta(days=15), 14, now)
    assert not losing_touch(now - timedelta(days=13), 14, now)
    assert losing_touch(None, 14, now)
    assert not losing_touch(None, 14, now, now - timedelta(days=13)), "new: from when added"
    assert losing_touch(None, 14, now, now - timedelta(days=15))
    assert not losing_touch(None, None, now)


def test_urgent_matters_escalate_email_messenger_call(now):
    urgent = Record("email", OUT, now - timedelta(hours=2), urgent=True)
    step = next_escalation_step(urgent, [], CHANNELS, now, CAT)
    assert step is not None and step.step is Step.DUPLICATE_IN_MESSENGER
    assert step.channel == "viber"
    fresh = Record("email", OUT, now - timedelta(minutes=10), urgent=True)
    assert next_escalation_step(fresh, [], CHANNELS, now, CAT) is None
    messaged = [Record("viber", OUT, now - timedelta(hours=1, minutes=30))]
    step = next_escalation_step(urgent, messaged, CHANNELS, now, CAT)
    assert step is not None and step.step is Step.CALL and step.channel == "phone"
    called = [*messaged, Record("phone", OUT, now - timedelta(minutes=5))]
    assert next_escalation_step(urgent, called, CHANNELS, now, CAT) is None
    calm = Record("email", OUT, now - timedelta(hours=5))
    assert next_escalation_step(calm, [], CHANNELS, now, CAT) is None


def test_confirmation_channel_prefers_a_messenger_with_read_receipts():
    assert confirmation_channel(CHANNELS, CAT) == ("viber", "+380671234567")
    assert confirmation_channel([("email", "x@y.ua"), ("phone", "+1")], CAT) == ("phone", "+1")
    assert confirmation_channel([("email", "x@y.ua")], CAT) is None


def test_preferred_hours_and_ages(now):
    # 12:00 UTC is 14:00 in Kyiv in November.
    assert within_hours(now, "Europe/Kyiv", "09:00-18:00") is True
    assert within_hours(now, "Europe/Kyiv", "15:00-18:00") is False
    assert within_hours(now, "Europe/Kyiv", "22:00-15:00") is True
    assert within_hours(now, "Europe/Kyiv", "") is None
    assert age_in_words(0.5) == "30 min"
    assert age_in_words(5) == "5 h"
    assert age_in_words(72) == "3 days"


def test_thresholds_from_settings_ignore_bad_values():
    t = Thresholds.from_settings(
        {"confirm_overdue_hours": "12", "response_hours": "abc", "escalate_after_hours": "-1"}
    )
    assert t.confirm_overdue_hours == 12
    assert t.response_hours == 3
    assert t.escalate_after_hours == 1
    assert Thresholds.from_settings(t.to_settings()) == t


def _history(rnd, now):
    """Random conversations of three clients as a bulk writer holds them, with links between
    them and marks of queues closed by hand (some spelled as stored text may spell them)."""
    channels = ["email", "viber", "phone", "meeting", "telegram", "sms", "video"]
    marks = ["", "", "", "unconfirmed_email", "needs_summary", "AWAITING_REPLY,needs_summary"]
    rows, links = [], {}
    for n in range(rnd.randint(0, 40)):
        key = f"k{n}"
        at = now - timedelta(minutes=rnd.choice([rnd.randint(0, 9000), 60]))
        row = (
            key,
            rnd.randint(1, 3),
            rnd.choice(channels),
            rnd.choice([IN, OUT]),
            at,
            rnd.choice(["", " ", "Оплата до п'ятниці"]),
            rnd.choice(marks),
        )
        if rows and rnd.random() < 0.5:
            same = [r[0] for r in rows if r[1] == row[1]] or [rows[0][0]]
            link = ["", "", ""]
            link[rnd.randrange(3)] = rnd.choice(same)
            links[key] = tuple(link)
        rows.append(row)
    return rows, links


def _one_by_one(rows, links, now):
    """Each row's (awaiting confirmation, summary, reply, confirmed_at, answered_at) by the
    rules of one record, its links and its client's outgoing contacts looked up by hand."""
    none = ("", "", "")

    def rec(r):
        is_confirmation = bool(links.get(r[0], none)[0])
        return Record(r[2], r[3], r[4], r[5], dismissed=r[6], is_confirmation=is_confirmation)

    open_ = (State.PENDING, State.OVERDUE)
    out = []
    for row in rows:
        key, client, channel, direction, at = row[:5]
        pointing = [[rec(r) for r in rows if links.get(r[0], none)[i] == key] for i in range(3)]
        one, linked = rec(row), Links(pointing[0], pointing[2], pointing[1])
        ours = [rec(r) for r in rows if r[1] == client and r[3] == OUT]
        awaiting_reply = reply_state(one, ours, now, CAT)
        answers = [r.occurred_at for r in ours if r.occurred_at >= at]
        confirmations = [r.occurred_at for r in linked.confirmations] + [
            r.occurred_at for r in linked.replies if r.channel == "email" and r.direction == IN
        ]
        email_out = channel == "email" and direction == OUT
        out.append(
            (
                confirmation_state(one, linked, now) in open_,
                summary_state(one, linked, now, CAT) in open_,
                awaiting_reply in open_,
                min(confirmations) if email_out and confirmations else None,
                min(answers) if awaiting_reply is not State.NOT_APPLICABLE and answers else None,
            )
        )
    return out


def test_the_batch_rule_agrees_with_the_rules_of_one_record(now):
    """What a bulk write stores for new rows (rules.state_of_new_rows) is what the rules of
    one record say, on random histories: the one Python form of the rules, both ways."""
    import random

    from contacttracker.domain.rules import state_of_new_rows

    for seed in range(60):
        rows, links = _history(random.Random(seed), now)
        batch = [
            (bool(confirming), bool(summary), bool(reply), confirmed_at, answered_at)
            for confirmed_at, confirming, summary, answered_at, reply in state_of_new_rows(
                rows, links, CAT, lambda r: r
            )
        ]
        assert batch == _one_by_one(rows, links, now), seed
