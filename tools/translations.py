"""Keep the translation files in step with the code: `update`, `release` and `check`.

    uv run python tools/translations.py update   # new texts into the .ts files, then .qm
    uv run python tools/translations.py check    # what the test suite checks

pyside6-lupdate finds the texts; it does not see that `translate(ctx, text, None, n)` with a
variable count is a plural, so every text with `%n` is made a plural here. Translations
already in the .ts files are kept, and texts gone from the code are dropped. English is the
source language: its file holds only the plurals ("%n day(s)" → "1 day", "2 days").
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"uk": 3, "ru": 3, "en": 2}  # language: number of plural forms
PLACEHOLDER = re.compile(r"%\d|%n|\{[^{}]*\}")


@dataclass
class Entry:
    context: str
    source: str
    plural: bool
    forms: list[str] = field(default_factory=list)  # one, or one per plural form
    finished: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6, next to the running Python."""
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else name


def sources() -> list[str]:
    package = ROOT / "contacttracker"
    return sorted(str(p) for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def read(path: Path) -> list[Entry]:
    if not path.exists():
        return []
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif plural:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            finished = translation is not None and translation.get("type") is None
            entries.append(Entry(name, message.findtext("source") or "", plural, forms, finished))
    return entries


def write(path: Path, language: str, entries: list[Entry]) -> None:
    """The .ts format as Qt Linguist writes it, sorted, so diffs stay small."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    out.append(f'<TS version="2.1" language="{language}" sourcelanguage="en">')
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.context, []).append(entry)
    for context in sorted(by_context):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for e in sorted(by_context[context], key=lambda e: e.source):
            state = "" if e.finished else ' type="unfinished"'
            out.append('    <message numerus="yes">' if e.plural else "    <message>")
            out.append(f"        <source>{escape(e.source)}</source>")
            if e.plural:
                out.append(f"        <translation{state}>")
                out += [f"            <numerusform>{escape(f)}</numerusform>" for f in e.forms]
                out.append("        </translation>")
            else:
                text = escape(e.forms[0]) if e.forms else ""
                out.append(f"        <translation{state}>{text}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def extract() -> list[Entry]:
    """Every text in the code, as lupdate finds it, with `%n` texts made plurals."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        found = read(ts)
    for entry in found:
        entry.plural = "%n" in entry.source
        entry.forms, entry.finished = [], False
    return found


def merged(language: str, found: list[Entry]) -> list[Entry]:
    known = {e.key: e for e in read(FOLDER / f"contacttracker_{language}.ts")}
    result = []
    for entry in found:
        if language == "en" and not entry.plural:
            continue  # English is the source text itself
        old = known.get(entry.key)
        if old is not None and old.plural == entry.plural:
            entry = old
        elif entry.plural:
            entry.forms = [""] * LANGUAGES[language]
        result.append(entry)
    return result


def update() -> None:
    found = extract()
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        fresh = [Entry(e.context, e.source, e.plural) for e in found]
        write(FOLDER / f"contacttracker_{language}.ts", language, merged(language, fresh))
    release()


def release(into: Path = FOLDER) -> list[Path]:
    made = []
    for language in LANGUAGES:
        ts = FOLDER / f"contacttracker_{language}.ts"
        qm = into / f"contacttracker_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        made.append(qm)
    return made


def problems() -> list[str]:
    """Everything that keeps the translations from being complete and current."""
    found = {e.key: e for e in extract()}
    out = []
    for language, forms in LANGUAGES.items():
        name = f"contacttracker_{language}.ts"
        entries = {e.key: e for e in read(FOLDER / name)}
        wanted = {k for k, e in found.items() if language != "en" or e.plural}
        for context, source in sorted(wanted - entries.keys()):
            out.append(f"{name}: missing [{context}] {source!r}")
        for context, source in sorted(entries.keys() - wanted):
            out.append(f"{name}: no longer in the code [{context}] {source!r}")
        for e in entries.values():
            where = f"{name}: [{e.context}] {e.source!r}"
            if not e.finished or not all(f.strip() for f in e.forms) or not e.forms:
                out.append(f"{where}: unfinished")
            elif e.plural != ("%n" in e.source):
                out.append(f"{where}: should {'' if '%n' in e.source else 'not '}be a plural")
            elif e.plural and len(e.forms) != forms:
                out.append(f"{where}: {len(e.forms)} plural forms, {language} has {forms}")
            else:
                for form in e.forms:
                    if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(e.source)):
                        out.append(f"{where}: placeholders differ in {form!r}")
    with tempfile.TemporaryDirectory() as tmp:
        for built in release(Path(tmp)):
            shipped = FOLDER / built.name
            if not shipped.exists() or shipped.read_bytes() != built.read_bytes():
                out.append(f"{built.name} is older than its .ts: run tools/translations.py update")
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
