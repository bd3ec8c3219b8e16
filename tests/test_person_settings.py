"""Whose setting is it: the database's (shared with colleagues), the person's (their config
folder) or this computer's. Two colleagues are two config folders against one database."""

from __future__ import annotations

import json
import stat

import pytest

from contacttracker.cli import main
from contacttracker.store import open_database, person_settings, settings
from contacttracker.store import setting_keys as keys
from contacttracker.store.models import Conversation, Setting

pytestmark = pytest.mark.backends


def chat(sender: str, number: int) -> str:
    """A Telegram Desktop export: the client asks, `sender` answers (where the name said in
    --me decides what is ours: a Telegram chat names every author)."""
    asks, answers = (
        {
            "id": number + n,
            "type": "message",
            "date": f"2024-03-12T14:{number + n:02d}:00",
            "from": who,
            "text": text,
        }
        for n, (who, text) in enumerate(
            (("Олена Коваленко", "Коли буде макет?"), (sender, "Завтра зранку"))
        )
    )
    data = {
        "name": "Олена Коваленко",
        "type": "personal_chat",
        "id": 7,
        "messages": [asks, answers],
    }
    return json.dumps(data, ensure_ascii=False)


def as_person(monkeypatch, tmp_path, who: str) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / who))


def import_chat(capsys, db_path, tmp_path, sender: str, minute: int, *me: str) -> None:
    path = tmp_path / str(minute) / "result.json"
    path.parent.mkdir()
    path.write_text(chat(sender, minute), "utf-8")
    code = main(["--db", str(db_path), "import", str(path), *me])
    _out, err = capsys.readouterr()
    assert code == 0, err
    open_database(str(db_path))  # the command closed it


def our_answers() -> list[str]:
    rows = Conversation.select().where(Conversation.summary == "Завтра зранку")
    return [r.direction for r in rows.order_by(Conversation.occurred_at)]


def test_a_colleagues_chat_name_does_not_replace_yours(
    db_path, client_factory, tmp_path, monkeypatch, capsys
):
    client_factory()  # Олена Коваленко, the client
    as_person(monkeypatch, tmp_path, "andrii")
    import_chat(capsys, db_path, tmp_path, "Андрій", 0, "--me", "Андрій")
    as_person(monkeypatch, tmp_path, "maria")
    import_chat(capsys, db_path, tmp_path, "Марія", 10, "--me", "Марія")

    # Андрій imports again without saying his name: his is still his own.
    as_person(monkeypatch, tmp_path, "andrii")
    import_chat(capsys, db_path, tmp_path, "Андрій", 20)
    assert our_answers() == ["out", "out", "out"]  # each one's own reply is ours
    assert settings.chat_name() == "Андрій"
    as_person(monkeypatch, tmp_path, "maria")
    assert settings.chat_name() == "Марія"
    assert not Setting.select().where(Setting.key == "chat_name").exists()
    for who, name in (("andrii", "Андрій"), ("maria", "Марія")):
        path = tmp_path / who / "contacttracker" / "person.json"
        assert json.loads(path.read_text("utf-8"))["chat_name"] == name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_chat_name_an_earlier_version_kept_in_the_database_is_carried_over_once(
    db_path, tmp_path, monkeypatch
):
    settings.set_many({keys.OLD_CHAT_NAME: "Андрій"})  # as an earlier version stored it
    as_person(monkeypatch, tmp_path, "maria")
    settings.set_chat_name("Марія")
    as_person(monkeypatch, tmp_path, "andrii")
    assert settings.chat_name() == "Андрій"  # had none: takes the database's
    assert person_settings.get(keys.CHAT_NAME) == "Андрій"  # now in his own file

    settings.set_many({keys.OLD_CHAT_NAME: "Хтось інший"})  # an old version, still running
    settings.set_chat_name("Андрій Коваль")
    assert settings.chat_name() == "Андрій Коваль"
    as_person(monkeypatch, tmp_path, "maria")
    assert settings.chat_name() == "Марія"  # hers was never replaced
    as_person(monkeypatch, tmp_path, "andrii")
    assert settings.chat_name() == "Андрій Коваль"  # carried once, never again


def test_the_persons_file_keeps_what_it_does_not_change_and_survives_damage(
    db_path, tmp_path, monkeypatch
):
    as_person(monkeypatch, tmp_path, "olena")
    settings.set_my_name("Олена")
    settings.set_chat_name("Олена К.")
    assert (settings.my_name(), settings.chat_name()) == ("Олена", "Олена К.")
    assert not any(p.name.endswith(".part") for p in person_settings.path().parent.iterdir())
    assert stat.S_IMODE(person_settings.path().parent.stat().st_mode) == 0o700

    person_settings.path().write_text('{"author": 42, "use_shared": "yes"', "utf-8")
    assert person_settings.read_all() == {}  # a damaged file counts as empty
    person_settings.path().write_text('{"author": 42, "use_shared": "yes"}', "utf-8")
    assert person_settings.get(keys.AUTHOR) == ""  # a value of the wrong type: the default
    assert person_settings.get(keys.USE_SHARED) is False


def test_every_setting_is_declared_once_with_its_scope(db_path):
    assert len({(k.scope, k.name) for k in keys.REGISTRY}) == len(keys.REGISTRY)
    assert {k.name for k in keys.THRESHOLDS} <= {k.name for k in keys.REGISTRY}
    assert settings.get(keys.CSV_DELIMITER) == "comma"  # the declared default
    with pytest.raises(KeyError):
        settings.get("no_such_setting")
    with pytest.raises(ValueError):
        settings.set_many({keys.CHAT_NAME: "Андрій"})  # the person's, not the database's
    with pytest.raises(ValueError):
        person_settings.update({keys.CSV_DELIMITER: "tab"})  # the database's


def test_a_family_of_keys_is_declared_once(db_path):
    """How far the mailbox sync read each folder: one declared family, a key per folder."""
    inbox = keys.MAIL_SYNC_STATE.member("work/INBOX")
    settings.set_many({inbox: '{"uidvalidity": 1, "last_uid": 7}'})
    assert settings.get("mail_sync_state:work/INBOX") == '{"uidvalidity": 1, "last_uid": 7}'
    assert settings.get(keys.MAIL_SYNC_STATE.member("work/Sent")) == ""
    with pytest.raises(ValueError):
        keys.CSV_DELIMITER.member("x")
