"""Realistic sample data: Ukrainian, Russian and English clients over six months.

The generator writes its clients in bulk and its conversations through the store's one
bulk path (:mod:`.bulk_write`), which gives each row its rule state from the domain's rules
for a batch, as an import does; a test checks that state against
:func:`contacttracker.store.flags.refresh`.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from contacttracker.store import rollups
from contacttracker.store.bulk_write import write_conversations
from contacttracker.store.database import db
from contacttracker.store.dialect import executemany, sync_ids
from contacttracker.store.import_report import Report
from contacttracker.store.migrations import search_text
from contacttracker.store.progress import Progress, part_of
from contacttracker.store.timeutil import now_utc

FMT = "%Y-%m-%d %H:%M:%S"

FIRST = {
    "uk": [
        "Олена",
        "Андрій",
        "Ірина",
        "Тарас",
        "Наталія",
        "Богдан",
        "Оксана",
        "Юрій",
        "Софія",
        "Максим",
        "Галина",
        "Віктор",
        "Дарина",
        "Остап",
    ],
    "ru": [
        ("Дмитрий", 0),
        ("Екатерина", 1),
        ("Алексей", 0),
        ("Марина", 1),
        ("Сергей", 0),
        ("Анна", 1),
        ("Игорь", 0),
        ("Ольга", 1),
        ("Павел", 0),
        ("Татьяна", 1),
    ],
    "en": ["Emily", "James", "Sophie", "Daniel", "Grace", "Oliver", "Chloe", "Henry"],
}
LAST = {
    "uk": [
        "Коваленко",
        "Шевчук",
        "Бондаренко",
        "Мельник",
        "Ткаченко",
        "Кравчук",
        "Лисенко",
        "Гнатюк",
        "Поліщук",
        "Савчук",
        "Романюк",
        "Дорошенко",
    ],
    "ru": [
        ("Иванов", "Иванова"),
        ("Смирнов", "Смирнова"),
        ("Кузнецов", "Кузнецова"),
        ("Соколов", "Соколова"),
        ("Попов", "Попова"),
        ("Волков", "Волкова"),
        ("Лебедев", "Лебедева"),
        ("Новиков", "Новикова"),
    ],
    "en": ["Carter", "Whitaker", "Turner", "Hughes", "Mitchell", "Bennett", "Fletcher", "Hayes"],
}
_LATIN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "y",
            "e",
            "",
            "io",
        ],
        strict=True,
    )
)


def latin(text: str) -> str:
    """A plausible latin spelling of a name, for sample e-mail addresses and logins."""
    return "".join(_LATIN.get(ch, ch) for ch in text.lower() if ch.isalnum())


def people(lang: str) -> list[tuple[str, str]]:
    """Every (first, last) name pair of a language, gender-agreed for Russian surnames."""
    pairs = []
    for first in FIRST[lang]:
        for last in LAST[lang]:
            if lang == "ru":
                pairs.append((first[0], last[first[1]]))
            else:
                pairs.append((first, last))
    return pairs


COMPANIES = {
    "uk": [
        "ТОВ «Зелений Гай»",
        "Пекарня «Колосок»",
        "Студія «Смарагд»",
        "ФОП Мельник",
        "Агенція «Вітрило»",
        "ТОВ «Карпатські меблі»",
        "Клініка «Добробут-Плюс»",
    ],
    "ru": [
        "ООО «Северный ветер»",
        "Типография «Листок»",
        "Салон «Орхидея»",
        "ООО «ТехноСнаб»",
        "Кофейня «Бариста»",
    ],
    "en": [
        "Brightline Studio",
        "Northwind Trading Ltd",
        "Oakridge Dental",
        "Bluefin Media",
        "Harbour & Hill",
    ],
}
DOMAINS = {
    "uk": ["ukr.net", "gmail.com", "i.ua"],
    "ru": ["gmail.com", "mail.com", "yandex.ru"],
    "en": ["gmail.com", "outlook.com", "icloud.com"],
}
ZONES = {
    "uk": ["Europe/Kyiv"],
    "ru": ["Europe/Kyiv", "Europe/Riga", "Asia/Almaty"],
    "en": ["Europe/London", "America/New_York", "Europe/Dublin"],
}
PROJECTS = {
    "uk": ["Сайт-каталог", "Редизайн лендінгу", "Інтернет-магазин", "SEO-аудит", "Логотип"],
    "ru": ["Сайт-визитка", "Редизайн каталога", "Интернет-магазин", "Контекстная реклама"],
    "en": ["Website redesign", "Online shop", "SEO audit", "Brand identity"],
}
SUBJECTS = {
    "uk": [
        "Макет головної сторінки",
        "Рахунок за етап",
        "Правки до текстів",
        "Терміни запуску",
        "Доступи до хостингу",
        "Фото для каталогу",
        "Звіт за місяць",
    ],
    "ru": [
        "Макет главной страницы",
        "Счёт за этап",
        "Правки к текстам",
        "Сроки запуска",
        "Доступы к хостингу",
        "Фото для каталога",
        "Отчёт за месяц",
    ],
    "en": [
        "Homepage mock-up",
        "Invoice for the stage",
        "Copy edits",
        "Launch dates",
        "Hosting access",
        "Catalogue photos",
        "Monthly report",
    ],
}
SUMMARIES = {
    "uk": [
        "Обговорили макет, клієнт просить світліші кольори та більший логотип.",
        "Клієнт надіслав фото товарів для каталогу, частину треба переробити.",
        "Погодили структуру меню і перелік сторінок.",
        "Клієнт питає про оплату другого етапу і закриваючі документи.",
        "Надіслали звіт про позиції сайту, зростання трафіку на 12%.",
        "Обговорили перенесення запуску через затримку з текстами.",
    ],
    "ru": [
        "Обсудили макет, клиент просит светлее цвета и крупнее логотип.",
        "Клиент прислал фото товаров для каталога, часть нужно переснять.",
        "Согласовали структуру меню и список страниц.",
        "Клиент спрашивает об оплате второго этапа и закрывающих документах.",
        "Отправили отчёт о позициях сайта, трафик вырос на 12%.",
        "Обсудили перенос запуска из-за задержки с текстами.",
    ],
    "en": [
        "Went through the mock-up; the client wants lighter colours and a bigger logo.",
        "The client sent product photos for the catalogue; some need a reshoot.",
        "Agreed the menu structure and the list of pages.",
        "The client asks about paying for the second stage and the paperwork.",
        "Sent the ranking report; traffic is up 12%.",
        "Discussed moving the launch because the copy is late.",
    ],
}
AGREEMENTS = {
    "uk": [
        "Запуск сайту 15 числа",
        "Оплата 50% авансом до п'ятниці",
        "Дві ітерації правок",
        "Тексти від клієнта до понеділка",
        "Фотосесія в студії у вівторок",
    ],
    "ru": [
        "Запуск сайта 15 числа",
        "Оплата 50% авансом до пятницы",
        "Две итерации правок",
        "Тексты от клиента до понедельника",
        "Фотосессия в студии во вторник",
    ],
    "en": [
        "Launch on the 15th",
        "50% advance payment by Friday",
        "Two rounds of edits",
        "Copy from the client by Monday",
        "Studio photo shoot on Tuesday",
    ],
}
ORDER = {"uk": "Замовлення №{}.", "ru": "Заказ №{}.", "en": "Order #{}."}
CONFIRMED = {
    "uk": "Лист отримав, дякую",
    "ru": "Письмо получил, спасибо",
    "en": "Got your e-mail, thanks",
}
TAGS = ["vip", "retainer", "new", "design", "seo", "e-commerce", "slow payer"]

# (channel, probability a client has it); the order inside a client is shuffled by rank.
CHANNEL_USE = [
    ("email", 0.97),
    ("phone", 0.59),
    ("telegram", 0.35),
    ("viber", 0.30),
    ("teams", 0.12),
    ("skype", 0.08),
    ("whatsapp", 0.15),
    ("social", 0.02),
    ("sms", 0.01),
]
MESSENGERS = ("viber", "telegram", "whatsapp")
WRITTEN = {"email", "sms", "viber", "whatsapp", "telegram", "social"}


@dataclass
class Conv:
    """One generated conversation; the bulk writer works out its rule state."""

    uuid: str
    client_id: int
    project_id: int | None
    channel: str
    direction: str
    at: datetime
    subject: str
    summary: str = ""
    agreements: str = ""
    urgent: bool = False
    duration: int | None = None
    follow_up_due: datetime | None = None
    follow_up_done: bool = False
    confirms: str | None = None
    summarizes: str | None = None
    replies_to: str | None = None
    dismissed: str = ""


@dataclass
class Client:
    id: int
    lang: str
    channels: list[tuple[str, str, str]] = field(default_factory=list)  # key, typed, normal
    projects: list[int] = field(default_factory=list)
    quiet_since: datetime | None = None


class Generator:
    def __init__(self, seed: int, now: datetime) -> None:
        self.rnd = random.Random(seed)
        self.now = now.replace(tzinfo=None, microsecond=0)
        self.start = self.now - timedelta(days=182)

    def uuid(self) -> str:
        return str(uuidlib.UUID(int=self.rnd.getrandbits(128), version=4))

    def phone(self, lang: str) -> tuple[str, str]:
        r = self.rnd
        if lang == "en" and r.random() < 0.7:
            digits = "".join(str(r.randrange(10)) for _ in range(9))
            return f"07{digits[:3]} {digits[3:9]}", f"+447{digits}"
        op = r.choice(["67", "50", "63", "93", "97", "66"])
        rest = "".join(str(r.randrange(10)) for _ in range(7))
        return f"0{op} {rest[:3]} {rest[3:5]} {rest[5:]}", f"+380{op}{rest}"

    def client_channels(self, lang: str, first: str, last: str) -> list[tuple[str, str, str]]:
        r = self.rnd
        keys = [k for k, p in CHANNEL_USE if r.random() < p] or ["email"]
        if "email" not in keys and r.random() < 0.8:
            keys.append("email")
        r.shuffle(keys)
        typed_phone, e164 = self.phone(lang)
        out = []
        for key in keys:
            if key == "email":
                value = f"{first}.{last}@{r.choice(DOMAINS[lang])}"
                out.append((key, value, value))
            elif key in ("phone", "viber", "whatsapp", "sms"):
                out.append((key, typed_phone, e164))
            elif key == "telegram":
                handle = f"@{first}_{last}"[:32]
                out.append((key, handle, handle))
            elif key in ("skype", "teams"):
                value = f"{first}.{last}" if key == "skype" else f"{first}.{last}@outlook.com"
                out.append((key, value, value))
            else:
                value = f"https://www.facebook.com/{first}.{last}"
                out.append((key, value, value))
        return out


def _text(rnd: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rnd.choice(table[lang])


def build(
    clients: int = 40,
    conversations: int = 400,
    seed: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> tuple[int, int]:
    """Add sample clients and conversations; returns how many of each were written.

    `progress` hears of the conversations written (of `conversations`); Cancelled when it
    says stop, and nothing is kept."""
    gen = Generator(seed, now or now_utc())
    r = gen.rnd
    stamp = gen.now.strftime(FMT)
    made: list[Client] = []
    with db.atomic():
        next_client = (db.execute_sql("SELECT coalesce(max(id), 0) FROM client").fetchone()[0]) + 1
        next_project = (
            (db.execute_sql("SELECT coalesce(max(id), 0) FROM project").fetchone()[0]) + 1
        )
        if next_client > 1:
            # Sample data added to a database that has clients: other people and other UUIDs
            # than the same seed gave the first time (which would collide).
            r.seed(f"{seed}+{next_client}")
        client_rows, point_rows, project_rows = [], [], []
        project_names: dict[int, str] = {}
        names = {lang: people(lang) for lang in FIRST}
        for pool in names.values():
            r.shuffle(pool)
        used = {lang: 0 for lang in FIRST}
        # Names (and the addresses made from them) already stored are passed over: sample
        # data added twice had made pairs of clients sharing one e-mail address.
        taken = (
            {name for (name,) in db.execute_sql("SELECT name FROM client")}
            if next_client > 1
            else set()
        )
        for i in range(clients):
            lang = r.choices(["uk", "ru", "en"], weights=[5, 3, 2])[0]
            pool = names[lang]
            name = ""
            while not name or name in taken:
                first, last = pool[used[lang] % len(pool)]
                number = used[lang] // len(pool)
                used[lang] += 1
                name = f"{first} {last}" + (f" ({number + 1})" if number else "")
            client = Client(next_client + i, lang)
            client.channels = gen.client_channels(
                lang, latin(first), latin(last) + (str(number + 1) if number else "")
            )
            keep = r.choice([None, None, 14, 30]) if r.random() < 0.4 else None
            if keep and r.random() < 0.35:
                client.quiet_since = gen.now - timedelta(days=keep + r.randint(3, 40))
            company = r.choice(COMPANIES[lang])
            tags = ", ".join(r.sample(TAGS, r.randint(0, 2)))
            handles = [h for _, typed, normal in client.channels for h in (typed, normal)]
            client_rows.append(
                (
                    gen.uuid(),
                    client.id,
                    name,
                    company,
                    lang,
                    r.choice(ZONES[lang]),
                    r.choice(["09:00-18:00", "10:00-19:00", "08:30-17:30", ""]),
                    r.choice([None, None, 3.0, 2.0, 24.0]),
                    keep,
                    tags,
                    "",
                    stamp,
                    stamp,
                    search_text(name, company, tags, handles),
                )
            )
            for rank, (key, typed, normal) in enumerate(client.channels, start=1):
                point_rows.append((gen.uuid(), client.id, key, typed, normal, rank))
            for name_ in r.sample(PROJECTS[lang], r.randint(1, 2)):
                project_rows.append((gen.uuid(), next_project, client.id, name_))
                project_names[next_project] = name_
                client.projects.append(next_project)
                next_project += 1
            made.append(client)
        executemany(
            "INSERT INTO client (uuid, id, name, company, language, time_zone, preferred_hours,"
            " response_hours, keep_in_touch_days, tags, notes, created_at, updated_at, search_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            client_rows,
        )
        executemany(
            "INSERT INTO contact_point (uuid, client_id, channel, value, normalized, rank)"
            " VALUES (?,?,?,?,?,?)",
            point_rows,
        )
        executemany(
            "INSERT INTO project (uuid, id, client_id, name) VALUES (?,?,?,?)", project_rows
        )
        sync_ids("client", "project")
        rollups.refresh_clients(range(next_client, next_client + clients))
        per_client = conversations / max(1, clients)
        written = 0
        shown = 0
        batch: list[Conv] = []
        report = Report(file="demo")
        for index, client in enumerate(made):
            share = round(per_client * (index + 1)) - round(per_client * index)
            showcase = shown < 3 and any(k == "email" for k, _, _ in client.channels)
            shown += showcase
            convs = _client_history(gen, client, share, showcase=showcase)
            batch.extend(convs)
            if len(batch) >= 20000 or index == len(made) - 1:
                # A batch holds whole clients' histories, so its links stay within it.
                _write(batch, project_names, report, part_of(progress, written, conversations))
                written += len(batch)
                batch = []
    return clients, written


def _client_history(
    gen: Generator, client: Client, target: int, showcase: bool = False
) -> list[Conv]:
    """A client's conversations: threads of e-mail, calls, messages, each with its follow-ups."""
    r = gen.rnd
    lang = client.lang
    keys = [k for k, _, _ in client.channels]
    has_email = "email" in keys
    messengers = [k for k in keys if k in MESSENGERS] or (["phone"] if "phone" in keys else [])
    spoken = [k for k in keys if k in ("phone", "teams", "skype")] + ["meeting"]
    written_in = [k for k in keys if k in WRITTEN] or ["email"]
    end = client.quiet_since or gen.now
    span = (end - gen.start).total_seconds()
    out: list[Conv] = []

    def new(channel: str, direction: str, at: datetime, **kw) -> Conv:
        conv = Conv(
            gen.uuid(),
            client.id,
            r.choice(client.projects) if r.random() < 0.7 else None,
            channel,
            direction,
            at,
            kw.pop("subject", _text(r, SUBJECTS, lang)),
            **kw,
        )
        if conv.project_id is not None and conv.summary and r.random() < 0.8:
            # Each project has an order number (100 of them): a word in about 1% of rows.
            conv.summary += " " + ORDER[lang].format(1000 + conv.project_id % 100)
        out.append(conv)
        return conv

    def confirm(email: Conv) -> None:
        """Most e-mails get a "did you get it?" answer; recent ones may still wait."""
        age = (gen.now - email.at).total_seconds() / 3600
        if r.random() < (0.45 if age < 120 else 0.001):
            return
        when = email.at + timedelta(minutes=r.randint(20, 360))
        if when >= gen.now:
            return
        if messengers and r.random() < 0.8:
            new(
                r.choice(messengers),
                "in",
                when,
                subject=email.subject,
                summary=CONFIRMED[lang],
                confirms=email.uuid,
            )
        else:
            new(
                "email",
                "in",
                when,
                subject="Re: " + email.subject,
                summary=CONFIRMED[lang],
                replies_to=email.uuid,
            )

    def moment() -> datetime:
        return (gen.start + timedelta(seconds=r.random() * span)).replace(microsecond=0)

    # Whole threads (at most 3 rows) while they fit; single notes fill the rest exactly.
    if showcase and target >= 6:
        # Today's work, so every queue has something to show whatever the seed:
        # an e-mail nobody confirmed, a call not written up, a message we owe an answer to.
        new("email", "out", gen.now - timedelta(hours=30), summary=_text(r, SUMMARIES, lang))
        new(
            spoken[0],
            "out",
            gen.now - timedelta(hours=5),
            summary=_text(r, SUMMARIES, lang),
            agreements="\n".join(AGREEMENTS[lang][:2]),
            duration=20,
        )
        new(written_in[0], "in", gen.now - timedelta(minutes=50), summary=_text(r, SUMMARIES, lang))
        span = max(1.0, span - 6 * 3600)

    while len(out) + 3 <= target:
        at = moment()
        age_h = (gen.now - at).total_seconds() / 3600
        recent = age_h < 72
        kind = r.random()
        urgent = r.random() < 0.03
        if kind < 0.35 and has_email:
            email = new("email", "out", at, summary=_text(r, SUMMARIES, lang), urgent=urgent)
            confirm(email)
        elif kind < 0.6:
            channel = r.choice(spoken)
            agreements = ""
            if r.random() < 0.6:
                agreements = "\n".join(r.sample(AGREEMENTS[lang], r.randint(1, 3)))
            call = new(
                channel,
                r.choice(["out", "in"]),
                at,
                summary=_text(r, SUMMARIES, lang),
                agreements=agreements,
                duration=r.randint(5, 60),
                urgent=urgent,
            )
            if agreements and has_email:
                write_up = r.random() > (0.4 if recent else 0.005)
                when = at + timedelta(minutes=r.randint(30, 240))
                if write_up and when < gen.now:
                    email = new(
                        "email",
                        "out",
                        when,
                        subject=f"{call.subject}: {_summary_word(lang)}",
                        summary=agreements,
                        summarizes=call.uuid,
                    )
                    confirm(email)
        else:
            channel = r.choice(written_in)
            msg = new(channel, "in", at, summary=_text(r, SUMMARIES, lang), urgent=urgent)
            reply_p = 0.55 if age_h < 6 else 0.7 if recent else 0.995
            when = at + timedelta(minutes=r.randint(10, 300))
            if r.random() < reply_p and when < gen.now:
                answer = new(
                    channel,
                    "out",
                    when,
                    subject=msg.subject,
                    summary=_text(r, SUMMARIES, lang),
                    replies_to=msg.uuid,
                )
                if channel == "email":
                    confirm(answer)
        last = out[-1]
        if r.random() < 0.08:
            due = last.at + timedelta(days=r.randint(1, 14))
            last.follow_up_due = due.replace(hour=9, minute=0, second=0)
            last.follow_up_done = last.follow_up_due < gen.now - timedelta(days=2) and (
                r.random() < 0.97
            )
    notes = [k for k in keys if k != "email"] or ["meeting"]
    while len(out) < target:
        new(r.choice(notes), "out", moment(), summary=_text(r, SUMMARIES, lang))
    if out and r.random() < 0.3:
        latest = max(out, key=lambda c: c.at)
        due = latest.at + timedelta(days=r.randint(1, 10))
        latest.follow_up_due = due.replace(hour=9, minute=0, second=0)
        latest.follow_up_done = False
    return out


def _summary_word(lang: str) -> str:
    return {"uk": "підсумки розмови", "ru": "итоги разговора", "en": "summary of our call"}[lang]


def _fmt(value: datetime | None) -> str | None:
    return value.strftime(FMT) if value else None


def _write(
    convs: list[Conv], project_names: dict[int, str], report: Report, progress: Progress | None
) -> None:
    """One batch through the store's bulk path, in time order (ids follow it)."""
    convs.sort(key=lambda c: (c.at, c.client_id))
    rows = [
        (
            c.uuid,
            c.client_id,
            project_names[c.project_id] if c.project_id is not None else "",
            c.channel,
            c.direction,
            _fmt(c.at),
            c.duration,
            c.subject,
            c.summary,
            c.agreements,
            int(c.urgent),
            _fmt(c.follow_up_due),
            int(c.follow_up_done),
            "demo",
            c.dismissed,
        )
        for c in convs
    ]
    links = [
        (c.uuid, c.confirms or "", c.summarizes or "", c.replies_to or "")
        for c in convs
        if c.confirms or c.summarizes or c.replies_to
    ]
    projects = {
        (c.client_id, project_names[c.project_id]): None for c in convs if c.project_id is not None
    }
    write_conversations(rows, links, projects, report, progress)
