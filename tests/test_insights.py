"""Insights: each figure checked against small data counted by hand, and the empty case."""

import csv
import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from contacttracker.domain.insights import (
    ENOUGH_FOR_A_SCORE,
    period_bounds,
    previous,
    suggest_score,
)
from contacttracker.store import report, stats

pytestmark = pytest.mark.backends


@pytest.fixture
def practice(client_factory, log, now):
    """Three clients, seven conversations (see each line)."""
    a = client_factory(name="A", channels=[("email", "a@x.ua"), ("viber", "+380671111111")])
    b = client_factory(name="B", channels=[("email", "b@x.ua")])
    c = client_factory(name="C", channels=[("phone", "+380672222222")])
    t = now - timedelta(days=3)
    log(a, "email", "in", t)  # answered by the e-mail 2 h later
    log(a, "email", "out", t + timedelta(hours=2))  # never confirmed
    log(a, "viber", "in", t + timedelta(hours=5))  # answered by the call 1 h later
    log(a, "phone", "out", t + timedelta(hours=6))  # not one of A's two channels
    sent = log(b, "email", "out", t)  # confirmed by B's reply 4 h later
    log(b, "email", "in", t + timedelta(hours=4), replies_to_id=sent.id)  # never answered
    log(c, "phone", "out", t)
    return a, b, c


def test_channel_use(practice):
    total, use = stats.channel_use()
    assert total == 3
    got = {
        u.channel: (u.clients, round(u.share, 3), u.conversations, u.incoming, u.outgoing)
        for u in use
    }
    assert got == {
        "email": (2, 0.667, 4, 2, 2),
        "phone": (2, 0.667, 2, 0, 2),
        "viber": (1, 0.333, 1, 1, 0),
    }


def test_answer_speed(practice):
    speed = {s.key: s for s in stats.response_speed()}
    assert set(speed) == {"email", "viber"}
    assert (speed["email"].answered, speed["email"].median_hours, speed["email"].p90_hours) == (
        1,
        2.0,
        2.0,
    )
    assert speed["viber"].median_hours == 1.0 and speed["viber"].within_target == 1.0
    assert [s.key for s in stats.response_speed(by="client")] == ["A"]


def test_percentiles_by_nearest_rank(client_factory, log, now):
    a = client_factory(name="A", channels=[("email", "a@x.ua")], response_hours=2.5)
    t = now - timedelta(days=30)
    for i, hours in enumerate([1, 2, 3, 4, 10]):
        start = t + timedelta(days=i)
        log(a, "telegram", "in", start)
        log(a, "telegram", "out", start + timedelta(hours=hours))
    [s] = stats.response_speed()
    assert (s.answered, s.median_hours, s.p90_hours) == (5, 3.0, 10.0)
    assert s.within_target == pytest.approx(0.4), "2 of 5 within the client's 2.5 h"


def test_confirmations_and_fit(practice):
    conf = stats.confirmations()
    assert (conf.sent, conf.confirmed, conf.median_hours) == (2, 1, 4.0)
    assert conf.by_channel == [("email", 1)]
    fit = stats.channel_fit()
    assert (fit.outgoing, fit.on_preferred, fit.share) == (4, 3, 0.75)
    assert fit.worst == [("A", 1, 2)]


def test_periods(practice, now):
    assert period_bounds("30d", now) == (now - timedelta(days=30), now)
    assert previous(period_bounds("30d", now)) == (
        now - timedelta(days=60),
        now - timedelta(days=30),
    )
    assert previous(period_bounds("all", now)) is None
    old = stats.channel_use((now - timedelta(days=60), now - timedelta(days=30)))
    assert old == (0, [])
    months = stats.per_month()
    assert sum(i + o for _m, _c, i, o in months) == 7


def test_empty_database_gives_no_data_not_errors(db_path):
    assert stats.channel_use() == (0, [])
    assert stats.response_speed() == []
    assert stats.confirmations() == stats.Confirmations(0, 0, None, [])
    fit = stats.channel_fit()
    assert (fit.outgoing, fit.share, fit.worst) == (0, 0.0, [])
    data = report.build()
    assert data.empty and data.channels == [] and data.earlier == {}


def test_suggested_score():
    assert suggest_score(None) is None
    assert suggest_score(1.0, 0.0, 1.0, 1.0) == 10
    assert suggest_score(0.0, 6.0, 0.0) == 0, "twice the target is no speed at all"
    assert suggest_score(0.5, 3.0, 0.5) == 5, "half speed at the target itself"
    assert suggest_score(0.5, 1.5, 0.5) == 6
    assert suggest_score(0.2) == 2
    # Five conversations make no score: a channel needs ENOUGH_FOR_A_SCORE of them.
    assert suggest_score(1.0, 0.0, 1.0, 1.0, conversations=5) is None
    assert suggest_score(1.0, 0.0, 1.0, 1.0, conversations=ENOUGH_FOR_A_SCORE) == 10


def test_scores_are_saved_and_bounded(db_path):
    stats.save_scores({"email": 8, "viber": 3})
    stats.save_scores({"email": 9})
    assert stats.saved_scores() == {"email": 9, "viber": 3}
    with pytest.raises(ValueError):
        stats.save_scores({"email": 11})


def test_insights_view(qtbot, window, scripted, practice, tmp_path):
    window.show_section("insights")
    page = window.insights
    assert page.summary.text().startswith("3 client")
    assert page.speed_table.rowCount() == 2
    assert "3 of our 4" in page.fit_label.text()
    assert "1 of 2 e-mails confirmed" in page.confirm_label.text()
    assert set(page.sliders) == {"email", "phone", "viber"}
    # Seven conversations: the wheel says it has too little data instead of scoring.
    assert all(r.suggested is None for r in page.data.channels)
    assert page.too_little.isVisible() and "Too little data" in page.too_little.text()
    page.sliders["viber"].setValue(9)
    qtbot.mouseClick(page.save_scores, Qt.MouseButton.LeftButton)
    assert stats.saved_scores()["viber"] == 9
    scripted.save_paths.append(str(tmp_path / "share.csv"))
    qtbot.mouseClick(page.share_card.csv, Qt.MouseButton.LeftButton)
    rows = list(csv.reader((tmp_path / "share.csv").open(encoding="utf-8-sig")))
    assert rows[0] == ["channel", "clients", "share_pct"] and ["viber", "1", "33.3"] in rows
    scripted.save_paths.append(str(tmp_path / "wheel.png"))
    qtbot.mouseClick(page.wheel_card.png, Qt.MouseButton.LeftButton)
    assert (tmp_path / "wheel.png").stat().st_size > 1000
    page.period.setCurrentIndex(page.period.findData("custom"))
    assert page.start.isVisible()


def test_insights_view_on_an_empty_database(qtbot, window):
    window.show_section("insights")
    page = window.insights
    assert "No conversations" in page.summary.text()
    assert not page.share_card.png.isEnabled()
    # Instead of six empty charts, the page says what to do (tests/test_empty_states.py).
    assert page.stack.currentWidget() is page.nothing and page.log_button.isVisible()


def test_stats_command(db_path, practice):
    from contacttracker.store import close

    close()
    out = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "stats", "--format", "csv"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = {r["channel"]: r for r in csv.DictReader(out.splitlines())}
    assert rows["email"]["clients"] == "2" and rows["email"]["confirmed_pct"] == "50.0"
    table = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "stats"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Channel fit: 3 of 4" in table


def test_stats_say_nothing_they_cannot_measure(db_path, client_factory, log, now):
    """A client with no channel on the card prefers none: he had headed "most often reached
    on another channel"; and with no e-mail sent, the line read "confirmed: 0 (%), median
    h"."""
    from contacttracker.store import close

    bare = client_factory("Анна Новак", channels=[])
    for hours in (1, 2, 3):
        log(bare, "phone", "out", now - timedelta(hours=hours))
    close()
    table = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "stats"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "E-mails sent: 0\n" in table and "(%)" not in table and "median  h" not in table
    assert "Анна Новак" not in table and "Channel fit" not in table
