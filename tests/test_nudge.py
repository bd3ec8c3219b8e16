"""One-click nudges: the greeting in the vocative, each messenger's link with the text
typed in, `nudge --print` for every queue and `--log` recording what was sent."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from contacttracker.domain import nudge
from contacttracker.domain.greeting import salutation, vocative
from contacttracker.paths import template_folders

pytestmark = pytest.mark.backends

# Common Ukrainian first names and their vocative, as the 2019 orthography gives them.
VOCATIVES = {
    "Олена": "Олено",
    "Андрій": "Андрію",
    "Юрій": "Юрію",
    "Софія": "Софіє",
    "Тарас": "Тарасе",
    "Марія": "Маріє",
    "Іван": "Іване",
    "Петро": "Петре",
    "Оксана": "Оксано",
    "Наталія": "Наталіє",
    "Ольга": "Ольго",
    "Микола": "Миколо",
    "Василь": "Василю",
    "Дмитро": "Дмитре",
    "Сергій": "Сергію",
    "Олександр": "Олександре",
    "Олександра": "Олександро",
    "Катерина": "Катерино",
    "Ірина": "Ірино",
    "Анна": "Анно",
    "Тетяна": "Тетяно",
    "Юлія": "Юліє",
    "Віктор": "Вікторе",
    "Володимир": "Володимире",
    "Богдан": "Богдане",
    "Ігор": "Ігорю",
    "Максим": "Максиме",
    "Роман": "Романе",
    "Євген": "Євгене",
    "Галина": "Галино",
    "Людмила": "Людмило",
    "Світлана": "Світлано",
    "Вікторія": "Вікторіє",
    "Дарина": "Дарино",
    "Христина": "Христино",
    "Леся": "Лесю",
    "Надія": "Надіє",
    "Михайло": "Михайле",
    "Григорій": "Григорію",
    "Степан": "Степане",
    "Ярослав": "Ярославе",
    "Зоряна": "Зоряно",
    "Остап": "Остапе",
    "Ілля": "Ілле",
    "Кузьма": "Кузьмо",
    "Павло": "Павле",
    "Валентина": "Валентино",
    "Мирослава": "Мирославо",
}


@pytest.mark.parametrize(("name", "expected"), sorted(VOCATIVES.items()))
def test_ukrainian_first_names_in_the_vocative(name, expected):
    assert vocative(name) == expected
    assert salutation(f"{name} Коваленко", "uk") == f"Добрий день, {expected}!"


@pytest.mark.parametrize("name", ["Sophie Fletcher", "ТОВ Ромашка", "", "  ", "Ґео", "O'Neil"])
def test_a_name_the_declension_cannot_place_gets_the_neutral_greeting(name):
    assert salutation(name, "uk") == "Добрий день!"


def test_russian_and_english_greet_with_the_name_as_it_is():
    assert salutation("Олена Коваленко", "ru") == "Добрый день, Олена!"
    assert salutation("Sophie Fletcher", "en") == "Hello Sophie,"
    assert salutation("", "en") == "Hello,"


def _text(purpose, language, **kw):
    facts = nudge.Facts(client_name=kw.pop("name", "Олена Коваленко"), language=language, **kw)
    return nudge.compose(purpose, facts, nudge.template_text(purpose, language, template_folders()))


def test_the_confirmation_question_names_the_letter_and_its_day():
    day = date(2026, 12, 1)
    kw = {"subject": "Звіт за місяць", "day": day, "today": day}
    assert _text(nudge.Purpose.CONFIRM, "uk", **kw) == (
        "Добрий день, Олено! Чи отримали ви мій лист «Звіт за місяць» від 1 грудня?"
    )
    assert _text(nudge.Purpose.CONFIRM, "ru", **kw) == (
        "Добрый день, Олена! Получили ли вы моё письмо «Звіт за місяць» от 1 декабря?"
    )
    assert _text(nudge.Purpose.CONFIRM, "en", name="Sophie Fletcher", **kw) == (
        "Hello Sophie, did you get my e-mail “Звіт за місяць” of 1 December?"
    )
    # Another year's letter names its year; a letter without a subject leaves no quotes.
    old = _text(nudge.Purpose.CONFIRM, "uk", day=date(2025, 3, 2), today=day)
    assert old == "Добрий день, Олено! Чи отримали ви мій лист від 2 березня 2025?"


def test_every_purpose_has_words_in_every_language():
    for purpose in nudge.Purpose:
        for language in ("uk", "ru", "en"):
            text = _text(purpose, language, subject="Макет", day=date(2026, 5, 4))
            assert text and "$" not in text and "«»" not in text


def test_a_users_template_wins(tmp_path):
    (tmp_path / "nudge_check_in_uk.txt").write_text("$salutation Як там макет?\n", "utf-8")
    template = nudge.template_text(nudge.Purpose.CHECK_IN, "uk", [tmp_path, *template_folders()])
    facts = nudge.Facts("Тарас Шевчук", "uk")
    assert (
        nudge.compose(nudge.Purpose.CHECK_IN, facts, template)
        == "Добрий день, Тарасе! Як там макет?"
    )


HARD = "Привіт 👋 & #1 + 2 = 3?\nДругий рядок"


def _query(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    # Nothing of the text may be read as a separator: & # + = ? and breaks are escaped.
    assert "#" not in url and "\n" not in url and " " not in url
    return {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}


def test_whatsapp_link_carries_the_text():
    link = nudge.message_link("whatsapp", "+380 67 123-45-67", HARD)
    assert link.url.startswith("https://wa.me/380671234567?text=")
    assert _query(link.url) == {"text": HARD} and not link.paste
    assert "%0A" in link.url and "%26" in link.url and "%2B" in link.url and "%23" in link.url


def test_telegram_by_user_name_and_by_phone():
    link = nudge.message_link("telegram", "@olena_k", HARD)
    assert link.url.startswith("tg://resolve?domain=olena_k&text=")
    assert _query(link.url) == {"domain": "olena_k", "text": HARD} and not link.paste
    by_phone = nudge.message_link("telegram", "+380671234567", HARD)
    assert by_phone.url == "tg://resolve?phone=380671234567" and by_phone.paste
    assert by_phone.text == HARD
    # A handle that is not a Telegram user name cannot change the link's target.
    assert nudge.message_link("telegram", "@x&text=evil", HARD) is None


def test_viber_takes_no_text_so_it_goes_to_the_clipboard():
    link = nudge.message_link("viber", "+380 67 123 4567", HARD)
    assert link.url == "viber://chat?number=%2B380671234567" and link.paste


def test_sms_skype_teams_and_phone():
    sms = nudge.message_link("sms", "+380671234567", HARD)
    assert sms.url.startswith("sms:+380671234567?body=") and _query(sms.url) == {"body": HARD}
    skype = nudge.message_link("skype", "live:olena", HARD)
    assert skype.url == "skype:live:olena?chat" and skype.paste
    teams = nudge.message_link("teams", "olena@example.com", HARD)
    assert teams.url.startswith("https://teams.microsoft.com/l/chat/0/0?users=olena@example.com&")
    assert _query(teams.url)["message"] == HARD
    call = nudge.message_link("tel", "+380671234567", HARD)
    assert call.url == "tel:+380671234567" and call.read_aloud and call.text == HARD


def test_no_handle_no_link():
    assert nudge.message_link("whatsapp", "", HARD) is None
    assert nudge.message_link("viber", "no digits", HARD) is None


# The command line, on a real database: an item in every queue.


@pytest.fixture
def items(client_factory, log):
    now = datetime.now(UTC)
    olena = client_factory(
        "Олена Коваленко",
        channels=[
            ("email", "olena@example.com"),
            ("telegram", "@olena_k"),
            ("viber", "+380671234567"),
        ],
    )
    sophie = client_factory(
        "Sophie Fletcher",
        language="en",
        channels=[("whatsapp", "+44 7700 900123")],
        keep_in_touch_days=7,
    )
    made = {
        "unconfirmed_email": log(
            olena, "email", "out", now - timedelta(hours=30), subject="Звіт за місяць"
        ),
        "needs_summary": log(
            olena, "phone", "out", now - timedelta(hours=2), agreements="Запуск 15 числа"
        ),
        "awaiting_reply": log(olena, "telegram", "in", now - timedelta(hours=1), subject="Питання"),
        "follow_up": log(
            olena,
            "viber",
            "out",
            now - timedelta(days=3),
            subject="Макет",
            follow_up_due=now - timedelta(days=1),
        ),
        "losing_touch": log(sophie, "whatsapp", "out", now - timedelta(days=30), subject="Hi"),
    }
    return made, now


def _main(db_path, *args):
    from contacttracker.cli import main
    from contacttracker.store import open_database

    code = main(["--db", str(db_path), *args])
    open_database(str(db_path))  # main() closes the store it opened
    return code


def test_nudge_print_for_every_queue(db_path, items, capsys):
    made, _now = items
    expected = {
        "unconfirmed_email": (
            "tg://resolve?domain=olena_k&text=",
            "Чи отримали ви мій лист «Звіт за місяць»",
        ),
        "needs_summary": ("mailto:olena@example.com?", "Дякую за нашу телефонну розмову"),
        "awaiting_reply": ("tg://resolve?domain=olena_k&text=", "Дякую за ваше повідомлення."),
        "follow_up": (
            "mailto:olena@example.com?subject=Re%3A%20",
            "Повертаюся до нашої розмови «Макет»",
        ),
        "losing_touch": ("https://wa.me/447700900123?text=", "Hello Sophie, it has been a while."),
    }
    for queue, (start, words) in expected.items():
        assert _main(db_path, "nudge", made[queue].uuid, "--print") == 0, queue
        out, err = capsys.readouterr()
        url, text = out.split("\n", 1)
        assert url.startswith(start), (queue, url)
        assert words in text, (queue, text)
        assert text.startswith(("Добрий день, Олено!", "Hello Sophie,")), text
        assert not err
    # The same conversation waits in two queues: --queue picks the one to nudge.
    assert (
        _main(db_path, "nudge", made["awaiting_reply"].uuid, "--queue", "follow_up", "--print") == 1
    )
    assert "in no queue" in capsys.readouterr().err
    # On Viber, which takes no text in its link, the text is there to paste.
    assert _main(db_path, "nudge", made["follow_up"].uuid, "--via", "viber", "--print") == 0
    out, err = capsys.readouterr()
    assert out.startswith("viber://chat?number=%2B380671234567\n") and "paste" in err


def test_nudge_log_records_the_question_and_the_ladder_moves_on(db_path, items, capsys):
    from contacttracker.store import attention
    from contacttracker.store.models import Conversation

    made, _now = items
    email = made["unconfirmed_email"]
    assert _main(db_path, "nudge", email.uuid[:8], "--print", "--log") == 0
    out = capsys.readouterr().out.splitlines()
    asked = Conversation.get(Conversation.uuid == out[-1])
    assert (asked.channel, asked.direction, asked.replies_to_id) == ("telegram", "out", email.id)
    assert asked.summary.startswith("Добрий день, Олено! Чи отримали")
    asked_at = attention.asked_at([email.id, made["needs_summary"].id])
    assert list(asked_at) == [email.id]
    assert asked_at[email.id].replace(tzinfo=None) == asked.occurred_at.replace(tzinfo=None)
    # Asking does not confirm: the e-mail still waits, and the reply we owed is answered.
    queues = {i.queue for i in attention.all_items() if i.conversation_id == email.id}
    assert "unconfirmed_email" in queues
    assert made["awaiting_reply"].id not in {
        i.conversation_id for i in attention.items("awaiting_reply")
    }


def test_nudge_log_of_a_follow_up_closes_it(db_path, items, capsys):
    from contacttracker.store import attention

    made, _now = items
    follow = made["follow_up"]
    assert _main(db_path, "nudge", follow.uuid, "--print", "--log") == 0
    assert follow.id not in {i.conversation_id for i in attention.items("follow_up")}


def test_nudge_refuses_in_words_and_writes_nothing(db_path, items, capsys):
    from contacttracker.store.models import Conversation

    made, _now = items
    before = Conversation.select().count()
    assert _main(db_path, "nudge", "ffffffff-0000", "--print") == 1
    assert "no conversation" in capsys.readouterr().err
    assert (
        _main(db_path, "nudge", made["unconfirmed_email"].uuid, "--via", "whatsapp", "--log") == 1
    )
    assert "has no WhatsApp on file" in capsys.readouterr().err
    assert _main(db_path, "nudge", made["needs_summary"].uuid, "--print", "--log") == 1
    assert "Mark as sent" in capsys.readouterr().err
    assert Conversation.select().count() == before


def test_a_reply_by_e_mail_says_re_once():
    facts = nudge.Facts("Олена", "uk", subject="Re: Макет головної сторінки")
    assert nudge.email_subject(nudge.Purpose.REPLY, facts) == "Re: Макет головної сторінки"
    fresh = nudge.Facts("Олена", "uk", subject="Макет")
    assert nudge.email_subject(nudge.Purpose.REPLY, fresh) == "Re: Макет"
