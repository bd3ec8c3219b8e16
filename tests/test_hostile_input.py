"""Hostile input: whatever a file holds, an import is whole or refused, never half, never a
traceback; user text is shown as typed, however long or strange."""

import csv
import io

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from contacttracker.io.csv_import import import_file
from contacttracker.io.export import CLIENT_COLUMNS, CONVERSATION_COLUMNS
from contacttracker.store.clients import MAX_NAME
from contacttracker.store.conversations import MAX_SUBJECT
from contacttracker.store.import_report import ImportRejected
from tests.helpers.state import row_counts

pytestmark = pytest.mark.backends

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CELL = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
#: What JSON can spell and no file of text can hold: NUL and halves of UTF-16 pairs too.
JSON_CELL = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=["Cs"]),
        st.characters(whitelist_categories=["Cs"]),
        st.just("\x00"),
    ),
    max_size=40,
)


def _state(target):
    return row_counts(target)


def _attempt(db_path, tmp_path, content: bytes):

    before = _state(db_path)
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    try:
        report = import_file(path)
    except ImportRejected as exc:
        assert str(exc), "a refusal says why"
        assert _state(db_path) == before, "a refused file changes nothing"
        return None
    return report


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes(db_path, tmp_path, data):
    _attempt(db_path, tmp_path, data)


def _csv(header, rows, delimiter=","):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue()


@FAST
@given(
    st.lists(st.lists(CELL, min_size=0, max_size=14), max_size=6),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]),
)
def test_client_files_of_any_shape(db_path, tmp_path, rows, delimiter, encoding):
    text = _csv(CLIENT_COLUMNS, rows, delimiter)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    report = _attempt(db_path, tmp_path, data)
    if report is not None:
        assert report.added + report.updated == len([r for r in rows if r])


@FAST
@given(st.lists(st.lists(CELL, min_size=19, max_size=19), min_size=1, max_size=5))
def test_conversation_files_of_any_content(db_path, tmp_path, rows):
    _attempt(db_path, tmp_path, _csv(CONVERSATION_COLUMNS, rows).encode())


def test_a_huge_name_and_markup_break_nothing(qtbot, window, client_factory, log, now):
    markup = "<img src=x onerror=alert(1)>"
    name = markup + "Щ" * (MAX_NAME - len(markup))  # as long as a name may be
    client = client_factory(name=name)
    log(client, "email", "out", now, subject="<script>" * (MAX_SUBJECT // len("<script>")))
    window.refresh()
    window.open_client(client.id)
    assert window.clients.card.name.text() == name
    window.grab()
    window.show_section("unconfirmed_email")
    assert window.attention.model.index(0, 2).data() == name
    window.grab()


def _attempt_any(db_path, tmp_path, name: str, content: bytes, **kw):
    """Any importer, chosen from the content: whole or refused, never a traceback."""
    from contacttracker.io.importers import import_any

    before = _state(db_path)
    path = tmp_path / name
    path.write_bytes(content)
    try:
        import_any(path, me="Андрій", **kw)
    except ImportRejected as exc:
        assert str(exc)
        assert _state(db_path) == before, "a refused file changes nothing"


VCARD_LINES = st.lists(
    st.one_of(
        st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0"]),
        st.builds(
            lambda k, v: f"{k}:{v}",
            st.sampled_from(
                [
                    "FN",
                    "N",
                    "TEL",
                    "TEL;CELL",
                    "EMAIL",
                    "ORG",
                    "NOTE",
                    "IMPP",
                    "X-SOCIALPROFILE;type=telegram",
                    "CATEGORIES",
                    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE",
                ]
            ),
            CELL,
        ),
        CELL,
    ),
    max_size=15,
)


@FAST
@given(VCARD_LINES)
@example(lines=["BEGIN:VCARD", "END:VCARD", "END:VCARD"])  # a card nested in a card
def test_vcards_of_any_shape(db_path, tmp_path, lines):
    _attempt_any(db_path, tmp_path, "c.vcf", ("BEGIN:VCARD\n" + "\n".join(lines)).encode())


CHAT_LINES = st.lists(
    st.one_of(
        st.builds(
            lambda d, m, y, h, mi, who, text: f"{d}.{m}.{y}, {h}:{mi} - {who}: {text}",
            st.integers(0, 40),
            st.integers(0, 14),
            st.integers(0, 99),
            st.integers(0, 25),
            st.integers(0, 61),
            st.sampled_from(["Андрій", "Олена", "+380 67 123 4567", ""]),
            CELL,
        ),
        st.builds(
            lambda m, d, y, h, text: f"[{m}/{d}/{y}, {h}:05:00 PM] Emily: {text}",
            st.integers(0, 14),
            st.integers(0, 40),
            st.integers(0, 99),
            st.integers(0, 14),
            CELL,
        ),
        CELL,
    ),
    min_size=1,
    max_size=12,
)


@FAST
@given(CHAT_LINES, st.booleans())
def test_whatsapp_chats_of_any_shape(db_path, tmp_path, lines, create):
    _attempt_any(
        db_path,
        tmp_path,
        "WhatsApp Chat with Олена.txt",
        "\n".join(lines).encode(),
        new_clients=create,
    )


@FAST
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "id": st.integers(0, 5),
                "type": st.sampled_from(["message", "service", 3]),
                "date_unixtime": st.one_of(st.integers(-10, 2_000_000_000).map(str), CELL),
                "from": st.one_of(JSON_CELL, st.none()),
                "text": st.one_of(JSON_CELL, st.lists(JSON_CELL, max_size=2)),
            }
        ),
        max_size=6,
    ),
    st.booleans(),
)
def test_telegram_exports_of_any_shape(db_path, tmp_path, messages, create):
    import json

    data = {"name": "Олена", "type": "personal_chat", "id": 1, "messages": messages}
    _attempt_any(db_path, tmp_path, "result.json", json.dumps(data).encode(), new_clients=create)


MAIL_HEADERS = st.lists(
    st.builds(
        lambda k, v: f"{k}: {v}",
        st.sampled_from(
            [
                "From",
                "To",
                "Cc",
                "Subject",
                "Date",
                "Message-ID",
                "In-Reply-To",
                "Content-Type",
                "References",
            ]
        ),
        CELL.filter(lambda v: "\n" not in v and "\r" not in v),
    ),
    max_size=8,
)


@FAST
@given(MAIL_HEADERS, CELL, st.booleans())
def test_mail_files_of_any_shape(db_path, tmp_path, headers, body, as_mbox):
    text = "\n".join(headers) + "\n\n" + body + "\n"
    if as_mbox:
        text = "From someone Tue Mar 12 10:00:00 2024\n" + text
    _attempt_any(db_path, tmp_path, "mail.mbox" if as_mbox else "mail.eml", text.encode())
