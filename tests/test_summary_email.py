"""The summary e-mail: bodies per language, mailto: encoding, .eml drafts, the whole flow."""

import email
import email.message
import email.utils
import subprocess
import sys
from datetime import date, timedelta
from email import policy
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from contacttracker.domain import summary
from contacttracker.io import mail
from contacttracker.paths import resources_dir, template_folders
from contacttracker.store.models import Conversation
from contacttracker.store.timeutil import now_utc
from tests.conftest import type_text

pytestmark = pytest.mark.backends

FOLDERS = [resources_dir() / "templates"]


def facts(lang, **kw):
    base = dict(
        client_name="Олена Коваленко",
        language=lang,
        channel="phone",
        kind="voice",
        occurred_on=date(2026, 11, 12),
        agreements=["Запуск 15 числа", "Аванс 50%"],
        project="Сайт-каталог",
        next_steps=[],
        sender="Андрій",
    )
    base.update(kw)
    return summary.Facts(**base)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "uk",
            [
                "Сайт-каталог: підсумки розмови від 12 листопада 2026",
                "Добрий день, Олено!",
                "нашу телефонну розмову 12 листопада 2026",
                "1. Запуск 15 числа\n2. Аванс 50%",
                "підтвердьте у відповідь",
            ],
        ),
        (
            "ru",
            [
                "Сайт-каталог: итоги разговора от 12 ноября 2026",
                "Добрый день, Олена!",
                "наш телефонный разговор 12 ноября 2026",
                "1. Запуск 15 числа",
                "подтвердите ответом",
            ],
        ),
        (
            "en",
            [
                "Сайт-каталог: summary of our call, 12 November 2026",
                "Hello Олена,",
                "our phone call on 12 November 2026",
                "2. Аванс 50%",
                "reply to confirm",
            ],
        ),
    ],
)
def test_body_in_each_language(lang, expected):
    d = summary.compose(facts(lang), summary.template_text(lang, FOLDERS), ["o@example.com"])
    whole = d.subject + "\n" + d.body
    for piece in expected:
        assert piece in whole
    assert d.to == ["o@example.com"]
    assert "$" not in whole, "every placeholder filled"


def test_next_steps_and_meeting_wording():
    due = now_utc().replace(year=2026, month=11, day=26)
    line = summary.next_step_line(due, "uk")
    assert line == "Наступний контакт до 26 листопада 2026"
    d = summary.compose(
        facts("uk", channel="meeting", kind="in_person", next_steps=[line], project=""),
        summary.template_text("uk", FOLDERS),
    )
    assert "нашу зустріч" in d.body and "Наступні кроки:\n— Наступний контакт" in d.body
    assert d.subject.startswith("Підсумки зустрічі")


def test_agreements_split_into_lines():
    text = "- Запуск 15 числа\n• Аванс 50%\n\n3. Дві ітерації правок\n  2026 рік  "
    assert summary.split_agreements(text) == [
        "Запуск 15 числа",
        "Аванс 50%",
        "Дві ітерації правок",
        "2026 рік",
    ]


def test_a_user_copy_of_a_template_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folders = template_folders()
    folders[0].mkdir(parents=True)
    (folders[0] / "summary_en.txt").write_text("Subject: Our notes\nHi $name: $agreements\n")
    d = summary.compose(facts("en"), summary.template_text("en", folders))
    assert d.subject == "Our notes" and d.body.startswith("Hi Олена: 1. Запуск")


def test_mailto_follows_rfc_6068():
    body = 'Line "one" & more\nЛінія два: 50%+\n'
    url = mail.mailto(["olena@example.com"], "Підсумки & «план»", body, cc=["a@b.ua"])
    assert url.startswith("mailto:olena@example.com?cc=a@b.ua&subject=")
    assert " " not in url and "+" not in url.split("?", 1)[1].replace("%2B", "")
    assert "%20" in url and "%0D%0A" in url and "%22" in url and "%26" in url
    fields = dict(part.split("=", 1) for part in url.split("?", 1)[1].split("&"))
    assert unquote(fields["subject"]) == "Підсумки & «план»"
    assert unquote(fields["body"]) == body.replace("\n", "\r\n")
    assert mail.fits_mailto(url)
    assert not mail.fits_mailto(mail.mailto(["o@x.ua"], "s", "Довгий текст " * 200))


def test_eml_reads_back_in_any_mail_program(tmp_path):
    body = "Добрий день, Олена!\n\n1. Запуск 15 числа\n"
    path = mail.write_eml(
        tmp_path / "d.eml", ["olena@example.com"], "Підсумки розмови", body, ["boss@example.com"]
    )
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["To"] == "olena@example.com" and msg["Cc"] == "boss@example.com"
    assert msg["Subject"] == "Підсумки розмови" and msg["X-Unsent"] == "1" and msg["Date"]
    assert msg.get_content() == body
    assert msg.get_content_charset() == "utf-8"


class Catcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def catcher():
    c = Catcher()
    for scheme in ("mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, c, "open")
    yield c
    for scheme in ("mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_the_whole_flow_in_the_window(qtbot, window, scripted, client_factory, log, catcher):
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory(language="uk")
    call = log(
        client,
        "phone",
        "out",
        now_utc() - timedelta(hours=3),
        subject="Кошторис",
        agreements="Запуск 15 числа\nАванс 50% до п'ятниці",
        project="Сайт-каталог",
    )
    window.refresh()
    window.show_section("needs_summary")
    window.attention.table.selectRow(0)

    def write(dialog: SummaryDialog):
        assert dialog.to.text() == "olena@example.com"
        assert dialog.language.currentData() == "uk"
        assert dialog.agreements.count() == 2
        assert "2. Аванс 50% до п'ятниці" in dialog.preview.toPlainText()
        dialog.agreements.item(1).setText("Аванс 50% до понеділка")
        assert "2. Аванс 50% до понеділка" in dialog.preview.toPlainText()
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert "To sum up what we agreed" in dialog.preview.toPlainText()
        dialog.language.setCurrentIndex(dialog.language.findData("uk"))
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert "1. Запуск 15 числа" in QGuiApplication.clipboard().text()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert catcher.urls and catcher.urls[-1].startswith("mailto:olena@example.com?subject=")
        type_text(dialog.steps, "\nНадіслати макет у середу")
        assert Conversation.select().count() == 1, "nothing recorded before Mark as sent"
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    scripted.expect(SummaryDialog, write)
    qtbot.mouseClick(window.attention.summary_button, Qt.MouseButton.LeftButton)
    sent = Conversation.get(Conversation.summarizes == call.id)
    assert sent.channel == "email" and sent.direction == "out"
    assert "Аванс 50% до понеділка" in sent.summary and "Надіслати макет у середу" in sent.summary
    assert sent.subject.startswith("Сайт-каталог: підсумки розмови від")
    assert not Conversation.get_by_id(call.id).awaiting_summary
    assert sent.awaiting_confirmation
    qtbot.waitUntil(lambda: window.counts["needs_summary"] == 0)
    assert window.counts["unconfirmed_email"] == 1


def test_a_long_summary_falls_back_to_an_eml_draft(
    qtbot, window, scripted, client_factory, log, catcher
):
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    long = "\n".join(f"Пункт {i}: домовленість про етап роботи" for i in range(60))
    call = log(client, "meeting", "out", now_utc(), agreements=long)

    def write(dialog: SummaryDialog):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert catcher.urls[-1].startswith("file:") and catcher.urls[-1].endswith(".eml")
        assert "too long for a mail link" in dialog.status.text()
        path = QUrl(catcher.urls[-1]).toLocalFile()
        msg = email.message_from_bytes(Path(path).read_bytes(), policy=policy.default)
        assert "Пункт 59" in msg.get_content()
        return dialog.reject() or 0

    scripted.expect(SummaryDialog, write)
    window.write_summary(call.id)
    assert Conversation.get_by_id(call.id).awaiting_summary, "closing records nothing"


def test_summary_command_gives_what_the_dialog_gives(tmp_path, db_path, client_factory, log):
    client = client_factory(language="ru")
    call = log(client, "teams", "out", now_utc(), agreements="Оплата до пятницы")
    from contacttracker.store import close

    close()

    def run(*args):
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "contacttracker",
                "--db",
                str(db_path),
                "summary",
                call.uuid,
                *args,
            ],
            capture_output=True,
            timeout=60,
        )

    text = run().stdout.decode()
    assert text.startswith("To: olena@example.com\nSubject: ")
    assert "нашу встречу в Microsoft Teams" in text and "1. Оплата до пятницы" in text
    out = tmp_path / "s.eml"
    assert run("--format", "eml", "--out", str(out)).returncode == 0
    msg = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["Subject"] in text and msg.get_content() in text
    link = run("--format", "mailto").stdout.decode().strip()
    assert link.startswith("mailto:olena@example.com?subject=")
    email_row = log(client, "email", "out", now_utc())
    close()
    bad = subprocess.run(
        [sys.executable, "-m", "contacttracker", "--db", str(db_path), "summary", email_row.uuid],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and "phone call" in bad.stderr


def _reply_mbox(path: Path, message_id: str, sender: str = "olena@example.com") -> Path:
    """The client's answer to our letter, as her mail program writes it."""
    reply = email.message.EmailMessage()
    reply["From"] = f"Олена <{sender}>"
    reply["To"] = "me@studio.example"
    reply["Subject"] = "Re: Підсумки"
    reply["Date"] = email.utils.format_datetime(now_utc())
    reply["Message-ID"] = "<reply-1@example.com>"
    reply["In-Reply-To"] = message_id
    reply["References"] = message_id
    reply.set_content("Так, усе вірно.")
    path.write_bytes(b"From olena@example.com Thu Nov 19 10:00:00 2026\n" + reply.as_bytes())
    return path


def test_a_reply_to_a_letter_marked_sent_confirms_it(
    qtbot, tmp_path, window, scripted, client_factory, log
):
    """Mark as sent records our Message-ID; the client's reply, imported from an mbox,
    names it in In-Reply-To and takes the e-mail out of the unconfirmed queue."""
    from contacttracker.io.message_import import import_messages
    from contacttracker.io.messages import mail_uuid
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    call = log(client, "phone", "out", now_utc() - timedelta(hours=2), agreements="Аванс 50%")
    seen = {}

    def send(dialog: SummaryDialog):
        seen["id"] = dialog.message_id
        draft_path = tmp_path / "draft.eml"
        scripted.save_paths.append(str(draft_path))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        draft = email.message_from_bytes(draft_path.read_bytes(), policy=policy.default)
        assert draft["Message-ID"] == dialog.message_id, "the draft keeps the letter's id"
        assert dialog.message_id.endswith("@contacttracker.invalid>"), "no account: no host name"
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)  # a double click
        return dialog.result()

    scripted.expect(SummaryDialog, send)
    window.write_summary(call.id)
    sent = Conversation.get(Conversation.summarizes == call.id)
    assert Conversation.select().where(Conversation.summarizes == call.id).count() == 1
    assert sent.uuid == mail_uuid(seen["id"]) and sent.awaiting_confirmation
    report = import_messages(_reply_mbox(tmp_path / "reply.mbox", seen["id"]))
    assert report.added == 1
    reply = Conversation.get(Conversation.uuid == mail_uuid("<reply-1@example.com>"))
    assert reply.replies_to_id == sent.id and reply.direction == "in"
    sent = Conversation.get_by_id(sent.id)
    assert not sent.awaiting_confirmation and sent.confirmed_at is not None


def test_a_second_summary_of_a_call_asks_first(qtbot, window, scripted, client_factory, log):
    from contacttracker.io import summary_mail
    from contacttracker.ui.summary_dialog import SummaryDialog

    client = client_factory()
    call = log(client, "meeting", "out", now_utc() - timedelta(hours=2), agreements="Етап 1")
    summary_mail.mark_sent(call.id, summary_mail.draft(summary_mail.source(call.id)))
    scripted.answers.append(False)
    window.write_summary(call.id)
    assert "already recorded" in scripted.questions[-1]
    scripted.answers.append(True)
    scripted.expect(SummaryDialog, lambda dialog: dialog.reject() or 0)
    window.write_summary(call.id)
    assert len(scripted.questions) == 2
    assert Conversation.select().where(Conversation.summarizes == call.id).count() == 1


def test_the_summary_draft_carries_its_message_id(db_path, client_factory, log):
    from contacttracker.io import summary_mail

    client = client_factory()
    call = log(client, "phone", "out", now_utc(), agreements="Аванс 50%")
    src = summary_mail.source(call.id)
    first, second = summary_mail.draft(src), summary_mail.draft(src)
    assert first.message_id != second.message_id, "each letter its own id"
    src.sender = "Андрій <andrii@studio.example>"
    d = summary_mail.draft(src)
    d.in_reply_to, d.references = "<q2@example.com>", ["<q1@example.com>"]
    msg = email.message_from_bytes(summary_mail.render(d, "eml"), policy=policy.default)
    assert msg["Message-ID"] == d.message_id and d.message_id.endswith("@studio.example>")
    assert msg["In-Reply-To"] == "<q2@example.com>"
    assert msg["References"] == "<q1@example.com> <q2@example.com>"
    assert msg["From"].addresses[0].addr_spec == "andrii@studio.example"


@pytest.mark.parametrize(
    ("kind", "uk", "en"),
    [
        ("voice", "підсумки розмови", "summary of our call"),
        ("video", "підсумки відеодзвінка", "summary of our video call"),
        ("in_person", "підсумки зустрічі", "summary of our meeting"),
    ],
)
def test_the_subject_names_the_kind_of_talk(kind, uk, en):
    from contacttracker.paths import template_folders

    for lang, words in (("uk", uk), ("en", en)):
        facts = summary.Facts("Олена", lang, "meeting", kind, date(2026, 11, 1), ["x"], "Сайт")
        assert (
            words in summary.compose(facts, summary.template_text(lang, template_folders())).subject
        )
