import pytest

from contacttracker.domain.channels import (
    Catalogue,
    Kind,
    contact_link,
    custom_channel,
    is_email,
    normalise_handle,
)
from contacttracker.domain.phones import formatted, to_e164

CAT = Catalogue()


def test_catalogue_has_the_designed_channels_and_kinds():
    keys = [c.key for c in CAT]
    for key in (
        "email",
        "phone",
        "sms",
        "viber",
        "whatsapp",
        "telegram",
        "skype",
        "teams",
        "video",
        "meeting",
        "social",
    ):
        assert key in keys
    assert CAT.get("phone").kind is Kind.VOICE
    assert CAT.get("meeting").kind is Kind.IN_PERSON
    assert CAT.get("viber").read_receipt and not CAT.get("email").read_receipt
    assert not CAT.get("skype").default_on, "consumer Skype closed in 2025: off for new clients"
    assert set(CAT.spoken_keys()) == {"phone", "skype", "teams", "video", "meeting"}


def test_user_channel_is_added_and_validated():
    slack = custom_channel("slack", "Slack", "written", "https://app.slack.com/{handle}")
    cat = Catalogue([slack])
    assert cat.get("slack").name == "Slack"
    assert contact_link(cat.get("slack"), "team/a b") == "https://app.slack.com/team%2Fa%20b"
    with pytest.raises(ValueError):
        custom_channel("Bad Key!", "x")
    with pytest.raises(ValueError):
        Catalogue([custom_channel("email", "Mail")])
    with pytest.raises(ValueError):
        custom_channel("x", "X", link="javascript:alert(1)")


@pytest.mark.parametrize(
    ("key", "handle", "link"),
    [
        ("email", "anna@example.com", "mailto:anna@example.com"),
        ("phone", "+380671234567", "tel:+380671234567"),
        ("sms", "+380671234567", "sms:+380671234567"),
        ("whatsapp", "+380671234567", "https://wa.me/380671234567"),
        ("viber", "+380671234567", "viber://chat?number=%2B380671234567"),
        ("telegram", "@anna_k", "https://t.me/anna_k"),
        ("telegram", "+380671234567", "https://t.me/+380671234567"),
        ("skype", "live:anna.k", "skype:live:anna.k?call"),
        ("social", "https://facebook.com/anna", "https://facebook.com/anna"),
        ("meeting", "Office", ""),
    ],
)
def test_contact_links(key, handle, link):
    assert contact_link(CAT.get(key), handle) == link


def test_a_handle_cannot_inject_parameters():
    assert contact_link(CAT.get("email"), "a@b.com?cc=evil@x.com") == ""
    assert contact_link(CAT.get("skype"), "bob?chat&x=1") == "skype:bob%3Fchat%26x%3D1?call"
    assert contact_link(CAT.get("social"), "javascript:alert(1)") == ""
    assert contact_link(CAT.get("teams"), "a@b.com&x=1").endswith("a@b.com%26x%3D1")


def test_phones_are_normalised_to_e164_and_formatted_back():
    assert to_e164("067 123 45 67") == "+380671234567"
    assert to_e164("0038 067 123 45 67") == "+380671234567"
    assert to_e164("+44 7700 900123") == "+447700900123"
    assert formatted("+380671234567") == "+380 67 123 4567"
    with pytest.raises(ValueError):
        to_e164("not a phone")
    with pytest.raises(ValueError):
        to_e164("12")


def test_handles_are_normalised_per_channel():
    assert normalise_handle(CAT.get("viber"), "067-123-45-67") == "+380671234567"
    assert normalise_handle(CAT.get("telegram"), "https://t.me/anna_k") == "@anna_k"
    assert normalise_handle(CAT.get("email"), " a@b.ua ") == "a@b.ua"
    assert not is_email("a@b.com\n")  # a header would carry the line break
    for bad in ("a@b", "a b@c.com", "@c.com", "a@@b.com", "a@b..com"):
        assert not is_email(bad)
        with pytest.raises(ValueError):
            normalise_handle(CAT.get("email"), bad)
    with pytest.raises(ValueError):
        normalise_handle(CAT.get("skype"), "two\nlines")
