"""Text placed into an e-mail header is one line: a project name with a line break stays in
the subject of the summary e-mail, its .eml draft and its mailto: link."""

import email
from email import policy
from urllib.parse import parse_qs, urlsplit

import pytest

from contacttracker.io import mail, summary_mail
from contacttracker.store.timeutil import now_utc

pytestmark = pytest.mark.backends

PROJECT = "Логотип\nі сайт\r\nдругий етап\u2028(весна)"


def test_a_project_with_line_breaks_stays_in_the_subject(db_path, client_factory, log):
    """The name had cut the subject: its second line went into the body's first."""
    client = client_factory()
    call = log(client, "phone", "out", now_utc(), agreements="Аванс 50%", project=PROJECT)
    d = summary_mail.draft(summary_mail.source(call.id))
    assert d.subject.startswith("Логотип і сайт другий етап (весна): ")
    assert "\n" not in d.subject and "і сайт" not in d.body and "весна" not in d.body

    eml = email.message_from_bytes(summary_mail.render(d, "eml"), policy=policy.default)
    assert eml["Subject"] == d.subject
    assert eml.get_content().startswith(d.body.split("\n", 1)[0])
    text = summary_mail.render(d, "text").decode()
    assert text.split("\n")[1] == f"Subject: {d.subject}" and text.split("\n")[2] == ""
    link = summary_mail.render(d, "mailto").decode().strip()
    assert parse_qs(urlsplit(link).query)["subject"] == [d.subject]


def test_any_header_text_is_folded_where_the_letter_is_made():
    message = mail.letter(
        ["olena@example.com"], "Кошторис\r\nBcc: всім@example.com", "Тіло\n", sender="Андрій"
    )
    assert message["Subject"] == "Кошторис Bcc: всім@example.com"
    assert message["Bcc"] is None
    link = mail.mailto(["olena@example.com"], "Рядок\nдругий", "Тіло")
    assert "%0A" not in link.split("&body=")[0]
