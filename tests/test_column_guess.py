"""The mapping step's guess: what each column holds, from headers in Ukrainian, Russian and
English and from the values, and a mapping as typed on the command line."""

import pytest

from contacttracker.domain.column_guess import (
    MappingError,
    describe,
    guess,
    header_key,
    is_contact_table,
    parse_mapping,
)


def test_the_excel_header_of_a_ukrainian_freelancer():
    header = ["Ім'я", "Компанія", "Телефон", "E-mail", "Telegram", "Примітки"]
    assert guess(header, []) == ["name", "company", "phone", "email", "telegram", "notes"]


def test_russian_headers_with_a_surname_split_the_name():
    header = ["Фамилия", "Имя", "Отчество", "Моб.", "Почта", "Вайбер", "Теги", "Язык"]
    assert guess(header, []) == [
        "last_name",
        "first_name",
        "middle_name",
        "phone",
        "email",
        "viber",
        "tags",
        "language",
    ]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ПІБ", "name"),
        ("Ф.И.О.", "name"),
        ("Ім’я клієнта", "name"),
        ("Full name", "name"),
        ("Email Address", "email"),
        ("Ел. пошта", "email"),
        ("E-mail 2", "email"),
        ("Моб. телефон", "phone"),
        ("Номер телефону", "phone"),
        ("Phone Number", "phone"),
        ("Вотсап", "whatsapp"),
        ("Назва компанії", "company"),
        ("Organization", "company"),
        ("Коментар менеджера", "notes"),
        ("Часовий пояс", "time_zone"),
        ("Время ответа, ч", "response_hours"),
        ("Контакт каждые, дней", "keep_in_touch_days"),
        ("Keep in touch (days)", "keep_in_touch_days"),
        ("Дата", "ignore"),
        # What the spreadsheet export heads its columns with, in uk, ru and en.
        ("Зручні години", "preferred_hours"),
        ("Удобные часы", "preferred_hours"),
        ("Preferred hours", "preferred_hours"),
        ("В архіві", "archived"),
        ("В архиве", "archived"),
        ("Archived", "archived"),
        ("Бажаний канал", "preferred_channel"),
        ("Предпочтительный канал", "preferred_channel"),
        ("Preferred channel", "preferred_channel"),
        ("Соцмережа", "social"),
        ("Відеодзвінок", "video"),
        ("Видеозвонок 2", "video"),
        ("Зустріч", "meeting"),
        ("Last contact", "ignore"),
        ("Останній контакт", "ignore"),
        ("Открытые дела", "ignore"),
    ],
)
def test_one_header_each(header, field):
    assert guess([header], []) == [field]


def test_values_tell_what_a_header_does_not():
    header = ["Контакт", "Колонка 2", "Колонка 3", "Дата"]
    rows = [
        ["olena@example.com", "+380671234567", "@olena_k", "2026-01-01"],
        ["ivan@example.ua", "+380 50 111 22 33", "@ivan_p", ""],
    ]
    assert guess(header, rows) == ["email", "phone", "telegram", "ignore"]


def test_a_table_without_anyone_in_it_is_not_contacts():
    assert not is_contact_table(guess(["Дата", "Сума", "Примітки"], [["1", "2", "3"]]))
    assert is_contact_table(guess(["Назва", "E-mail"], []))


def test_a_typed_mapping_changes_only_the_columns_it_names():
    header = ["Ім'я", "Компанія", "Телефон", "Примітки"]
    fields = guess(header, [])
    assert parse_mapping("Телефон=viber, ім'я = name ,D=-", header, fields) == [
        "name",
        "company",
        "viber",
        "ignore",
    ]
    assert parse_mapping("2=tags", header, fields)[1] == "tags"
    assert parse_mapping("signal=custom", ["signal"], ["ignore"], ["custom"]) == ["custom"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Телефон=fax", "'fax' is not a field"),
        ("Факс=phone", "no column 'Факс'"),
        ("name", "is not COLUMN=FIELD"),
    ],
)
def test_a_wrong_mapping_is_said_in_words(text, says):
    with pytest.raises(MappingError, match=says):
        parse_mapping(text, ["Ім'я", "Телефон"], ["name", "phone"])


def test_the_printed_mapping_reads_back():
    header = ["Ім'я", "Телефон", ""]
    fields = ["name", "phone", "ignore"]
    assert describe(header, fields) == "Ім'я=name,Телефон=phone,C=ignore"
    assert parse_mapping(describe(header, fields), header, ["ignore"] * 3) == fields


def test_the_same_header_is_the_same_file_whatever_its_spelling():
    assert header_key(["Ім'я", "E-mail"]) == header_key(["ім’я ", "e-mail"])
    assert header_key(["Ім'я", "E-mail"]) != header_key(["E-mail", "Ім'я"])


def test_the_persons_own_channels_are_known_by_their_names():
    own = {"Signal": "signal", "Робочий Slack": "slack"}
    assert guess(["Ім’я", "Signal", "Signal 2", "Робочий Slack"], [], own) == [
        "name",
        "signal",
        "signal",
        "slack",
    ]
    assert guess(["Signal"], []) == ["ignore"], "not without the channel"


def test_a_note_about_an_archive_is_a_note():
    """Since "В архіві" became a column, "Примітки (архів)" had been guessed archived and
    every row of its sheet refused as neither yes nor no."""
    from contacttracker.domain.column_guess import from_header

    assert from_header("Примітки (архів)") == "notes"
    assert from_header("Архивные заметки") == "notes"
    assert from_header("В архіві") == from_header("Archived") == "archived"
